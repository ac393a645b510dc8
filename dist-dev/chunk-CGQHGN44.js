import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-VGVB2FOY.js";

// generators/catalog/catalog.ts
var FRAMEWORKS = {
  axum: { label: "axum", summary: "tokio + tower; the most common choice", logFilter: "info" },
  "actix-web": { label: "actix-web", summary: "actor-based runtime, own worker threads", logFilter: "info" },
  // Rocket logs four info lines per request (health checks included) and its whole configuration at launch.
  rocket: { label: "Rocket", summary: "batteries included; TLS only through rustls", logFilter: "info,rocket=warn,rocket::launch=off" }
};
var KIT_FRAMEWORKS = {
  // Listens where Rocket.toml or these say (127.0.0.1:8000 by default).
  rocket: { label: "Rocket", listenEnv: { host: "ROCKET_ADDRESS", port: "ROCKET_PORT" } },
  // Loco's own CLI: `<app>-cli start --binding … --port …`; it serves /_ping and reads config/<LOCO_ENV>.yaml.
  "loco-rs": {
    label: "Loco",
    cmd: ["start", "--binding", "0.0.0.0", "--port", "{port}"],
    healthPath: "/_ping",
    env: { LOCO_ENV: [{ value: "production", ifFile: "config/production.yaml" }, { value: "development" }] }
  }
};
var TLS_STACKS = {
  rustls: { label: "rustls", summary: "pure Rust TLS (ring provider): no C toolchain or libssl needed" },
  "openssl-vendored": {
    label: "OpenSSL (vendored)",
    summary: "OpenSSL built from source and linked statically: no libssl in the image"
  },
  none: { label: "none", summary: "plain HTTP; terminate TLS at a proxy or ingress" }
};
var DATABASES = {
  none: { summary: "no database" },
  postgres: {
    summary: "PostgreSQL through sqlx: pooled, migrations embedded and run at start, a db service in compose",
    readyName: "postgres",
    compose: { service: "db", image: "postgres:18", port: 5432 }
  },
  sqlite: {
    summary: "SQLite through sqlx: one file on a volume, WAL mode, migrations embedded and run at start",
    readyName: "sqlite"
  }
};
var CACHES = {
  none: { summary: "no cache" },
  redis: {
    summary: "Redis through a reconnecting connection manager, checked by /ready; a cache service in compose",
    readyName: "redis",
    compose: { service: "cache", image: "redis:8", port: 6379 }
  }
};
var BACKING_VARS = { database: "DATABASE_URL", cache: "REDIS_URL" };
var BACKING_CLIENTS = [
  { label: "PostgreSQL", crates: ["sqlx-postgres", "tokio-postgres", "pq-sys"], option: { key: "database", value: "postgres", urlVar: /^(DATABASE|DB|POSTGRES|PG)(_[A-Z0-9]+)*_(URL|URI|DSN)$/ } },
  { label: "Redis", crates: ["redis", "fred"], option: { key: "cache", value: "redis", urlVar: /^(REDIS|CACHE)(_[A-Z0-9]+)*_(URL|URI)$/ } },
  { label: "MySQL", crates: ["sqlx-mysql", "mysql_async", "mysqlclient-sys"] },
  { label: "MongoDB", crates: ["mongodb"] }
];
var RUNTIMES = {
  scratch: {
    label: "scratch",
    summary: "empty image: static binary + CA bundle only (smallest)",
    image: "scratch",
    libc: "musl",
    uid: 65532,
    stage: "scratch"
  },
  "distroless-static": {
    label: "distroless static",
    summary: "static binary on distroless: CA bundle, tzdata, /etc/passwd, no shell",
    image: "gcr.io/distroless/static-debian12:nonroot",
    libc: "musl",
    uid: 65532,
    stage: "distroless"
  },
  "distroless-cc": {
    label: "distroless cc",
    summary: "glibc + libgcc on distroless, no shell",
    image: "gcr.io/distroless/cc-debian12:nonroot",
    libc: "glibc",
    uid: 65532,
    stage: "distroless"
  },
  alpine: {
    label: "alpine",
    summary: "static binary on Alpine: a shell and apk for debugging",
    image: "alpine:3.22",
    libc: "musl",
    uid: 10001,
    stage: "alpine"
  },
  "debian-slim": {
    label: "debian slim",
    summary: "glibc on Debian slim: a shell and apt for debugging (largest)",
    image: "debian:bookworm-slim",
    libc: "glibc",
    uid: 10001,
    stage: "debian"
  }
};
var BUILDERS = {
  musl: { image: (v) => `rust:${v}-alpine`, family: "alpine" },
  glibc: { image: (v) => `rust:${v}-slim-bookworm`, family: "debian" }
};
var PLATFORMS = {
  "linux/amd64": { summary: "x86-64 servers", arch: "x86_64" },
  "linux/arm64": { summary: "Graviton, Ampere, Apple silicon", arch: "aarch64" }
};
var PROFILES = {
  size: { label: "size", summary: 'opt-level = "z": smallest binary', optLevel: '"z"' },
  speed: { label: "speed", summary: "opt-level = 3: fastest code", optLevel: "3" }
};
var ITERATE_PROFILE = "iterate";
var DEPLOY_TARGETS = {
  compose: { summary: "compose.yaml: always written", command: "docker compose up --build" },
  kubernetes: {
    summary: "deploy/kubernetes: Deployment, Service, PodDisruptionBudget, kustomization",
    command: "kubectl apply -k deploy/kubernetes     # after pushing the image (see README)"
  },
  fly: { summary: "fly.toml for Fly.io Machines", command: "fly launch --no-deploy && fly deploy" },
  "cloud-run": {
    summary: "deploy/cloud-run/service.yaml (Knative) for Google Cloud Run",
    command: "gcloud run services replace deploy/cloud-run/service.yaml --region REGION"
  }
};
var CI_PROVIDERS = {
  github: { summary: "GitHub Actions: fmt, clippy, tests; multi-arch image pushed to GHCR on main and tags" },
  none: { summary: "no CI workflow" }
};
var ALLOCATORS = {
  mimalloc: { summary: "mimalloc as the global allocator: musl's own is several times slower under load" },
  system: { summary: "the libc allocator (glibc's is fast; musl's is slow under contention)" }
};
var PINS = {
  rust: "1.95.0",
  // Rocket 0.5.1 predates edition 2024; 2021 keeps every framework on the same edition.
  edition: "2021",
  xx: "tonistiigi/xx:1.6.1",
  dockerfileSyntax: "docker/dockerfile:1",
  // Installed in the builder image (cargo install --locked), so every image build runs the same version.
  cargoAuditable: "0.7.7"
};
var VENDOR_COMMAND = "cargo vendor --locked --versioned-dirs";
var REGISTRY_SECRET = { id: "cargo-registry-token", env: "CARGO_REGISTRY_TOKEN" };
var pinned = (action, sha, version) => `${action}@${sha} # ${version}`;
var GITHUB_ACTIONS = {
  checkout: pinned("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1"),
  // Reads rust-toolchain.toml, so CI runs the same Rust as local builds and the Dockerfile.
  rustToolchain: pinned("actions-rust-lang/setup-rust-toolchain", "166cdcfd11aee3cb47222f9ddb555ce30ddb9659", "v1.17.0"),
  rustCache: pinned("Swatinem/rust-cache", "6323deb102c322ba6fcbdcafc7e3dddab59af2b6", "v2.9.2"),
  setupBuildx: pinned("docker/setup-buildx-action", "37fe631027851001ddb9b187196cc803df7f5f0e", "v4.3.0"),
  login: pinned("docker/login-action", "4907a6ddec9925e35a0a9e82d7399ccc52663121", "v4.1.0"),
  metadata: pinned("docker/metadata-action", "dc802804100637a589fabce1cb79ff13a1411302", "v6.2.0"),
  buildPush: pinned("docker/build-push-action", "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a", "v7.3.0"),
  cosignInstaller: pinned("sigstore/cosign-installer", "6f9f17788090df1f26f669e9d70d6ae9567deba6", "v4.1.2"),
  // Grype, reading the same crate list Syft catalogs from the binary.
  grype: pinned("anchore/scan-action", "e1165082ffb1fe366ebaf02d8526e7c4989ea9d2", "v7.4.0"),
  cargoDeny: pinned("EmbarkStudios/cargo-deny-action", "91bf2b620e09e18d6eb78b92e7861937469acedb", "v2.0.17"),
  // This repository's own workflows: Node for the tool itself, and the CPython its hash-pinned test tools are built for.
  setupNode: pinned("actions/setup-node", "820762786026740c76f36085b0efc47a31fe5020", "v7.0.0"),
  setupPython: pinned("actions/setup-python", "5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0")
};
var isFramework = (v) => Object.hasOwn(FRAMEWORKS, v);
var isTlsStack = (v) => Object.hasOwn(TLS_STACKS, v);
var isRuntime = (v) => Object.hasOwn(RUNTIMES, v);
var isPlatform = (v) => Object.hasOwn(PLATFORMS, v);
var isDeployTarget = (v) => Object.hasOwn(DEPLOY_TARGETS, v);
var isCiProvider = (v) => Object.hasOwn(CI_PROVIDERS, v);
var isAllocator = (v) => Object.hasOwn(ALLOCATORS, v);
var isDatabase = (v) => Object.hasOwn(DATABASES, v);
var isCache = (v) => Object.hasOwn(CACHES, v);
var isProfile = (v) => Object.hasOwn(PROFILES, v);

// generators/catalog/native-libs.ts
var none = { debian: [], alpine: [] };
var PROTOC = {
  library: "protoc (a build script compiles .proto files)",
  unlessLocked: ["protobuf-src"],
  host: { debian: ["protobuf-compiler"], alpine: ["protoc", "protobuf-dev"] },
  target: none,
  static: { alpine: [], env: [] }
};
var NATIVE_LIBS = {
  "openssl-sys": {
    library: "OpenSSL (libssl)",
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libssl-dev"], alpine: ["openssl-dev"] },
    runtime: { debian: ["libssl3"], inDistrolessCc: true },
    static: { alpine: ["openssl-libs-static"], env: ["OPENSSL_STATIC=1"] }
  },
  // The lock cannot tell whether openssl's `vendored` feature is on: with openssl-src locked, both ways can build.
  "openssl-src": {
    library: "OpenSSL from source (openssl-src)",
    host: { debian: ["perl", "make"], alpine: ["perl", "make"] },
    target: { debian: [], alpine: ["linux-headers"] },
    static: { alpine: [], env: [] }
  },
  "pq-sys": {
    library: "PostgreSQL client (libpq)",
    unlessLocked: ["pq-src"],
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libpq-dev"], alpine: ["libpq-dev"] },
    runtime: { debian: ["libpq5"], inDistrolessCc: false },
    static: false
  },
  "libsqlite3-sys": {
    library: "SQLite (libsqlite3)",
    unlessFeature: ["bundled", "bundled-full", "bundled-sqlcipher"],
    unlessLocked: ["sqlx-sqlite"],
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libsqlite3-dev"], alpine: ["sqlite-dev"] },
    runtime: { debian: ["libsqlite3-0"], inDistrolessCc: false },
    static: { alpine: ["sqlite-static"], env: ["SQLITE3_STATIC=1"] }
  },
  // Without the system library's headers these build their bundled C sources with cc and link them statically.
  "libz-sys": { library: "zlib (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  "zstd-sys": { library: "zstd (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  "bzip2-sys": { library: "bzip2 (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  cmake: { library: "CMake (a build script runs it)", host: { debian: ["cmake"], alpine: ["cmake"] }, target: none, static: { alpine: [], env: [] } },
  "prost-build": PROTOC,
  "tonic-build": PROTOC,
  // Linkers a .cargo/config.toml asks for (`linker = "clang"`, `-fuse-ld=lld|mold`); keys are not crate names.
  "linker-clang": { library: "clang as the linker", via: "cargo-config", host: { debian: ["clang"], alpine: ["clang"] }, target: none, static: { alpine: [], env: [] } },
  "linker-lld": { library: "the lld linker", via: "cargo-config", host: { debian: ["lld"], alpine: ["lld"] }, target: none, static: { alpine: [], env: [] } },
  "linker-mold": { library: "the mold linker", via: "cargo-config", host: { debian: ["mold"], alpine: ["mold"] }, target: none, static: { alpine: [], env: [] } },
  bindgen: { library: "libclang (bindgen)", host: { debian: ["clang", "libclang-dev"], alpine: ["clang", "clang-dev"] }, target: none, static: { alpine: [], env: [] } }
};
function opensslOf(crates) {
  if (!crates.has("openssl-sys") && !crates.has("native-tls")) return void 0;
  return crates.has("openssl-src") ? "vendored" : "system";
}
function nativeLibsFor(locked, features) {
  const on = (crate) => features instanceof Map ? features.get(crate) ?? /* @__PURE__ */ new Set() : features;
  return Object.entries(NATIVE_LIBS).filter(([crate, row]) => locked.has(crate) && !row.unlessLocked?.some((c) => locked.has(c)) && !row.unlessFeature?.some((f) => on(crate).has(f))).map(([crate]) => crate);
}
var union = (lists) => [...new Set(lists.flat())];
function nativeBuild(libs, family, staticBinary) {
  const rows2 = libs.map((l) => NATIVE_LIBS[l]);
  return {
    host: union(rows2.map((r) => r.host[family])),
    target: union(rows2.map((r) => [...r.target[family], ...staticBinary && r.static ? r.static.alpine : []])),
    env: staticBinary ? union(rows2.map((r) => r.static ? r.static.env : [])) : [],
    runtime: staticBinary ? [] : union(rows2.map((r) => r.runtime?.debian ?? []))
  };
}
function fitRuntime(libs, runtime, chosen2, libc) {
  const rows2 = libs.map((l) => [l, NATIVE_LIBS[l]]);
  const notStatic = rows2.filter(([, r]) => r.static === false);
  if (libc === "musl" && notStatic.length)
    return {
      error: `${notStatic.map(([c, r]) => `${c} (${r.library})`).join(", ")} cannot link statically for --runtime ${runtime}: choose --runtime debian-slim (or distroless-cc without it)`
    };
  const missing = rows2.filter(([, r]) => r.runtime && !r.runtime.inDistrolessCc);
  if (runtime !== "distroless-cc" || !missing.length) return { runtime };
  const names = missing.map(([, r]) => r.runtime.debian.join(" ")).join(", ");
  if (chosen2) return { error: `distroless/cc has no ${names}, which ${missing.map(([c]) => c).join(", ")} needs at run time: choose --runtime debian-slim` };
  return { runtime: "debian-slim", note: `distroless/cc has no ${names}: the image runs on debian-slim, which installs ${missing.length > 1 ? "them" : "it"}` };
}
function linkerTools(linkers, rustflags) {
  const tools = /* @__PURE__ */ new Set();
  for (const l of linkers) {
    const base = l.split("/").pop();
    if (/^clang(\+\+)?(-\d+)?$/.test(base)) tools.add("linker-clang");
    if (/^(ld\.)?lld(-\d+)?$/.test(base)) tools.add("linker-lld");
    if (/^(ld\.)?mold$/.test(base)) tools.add("linker-mold");
  }
  for (const flag of rustflags) {
    const ld = /-fuse-ld=(?:\S*\/)?(lld|mold)/.exec(flag)?.[1];
    if (ld) tools.add(`linker-${ld}`);
  }
  const fromFlags = rustflags.map((f) => /^(?:-C)?linker=(\S+)$/.exec(f)?.[1]).filter((l) => l !== void 0);
  return fromFlags.length ? [.../* @__PURE__ */ new Set([...linkerTools(fromFlags, []), ...tools])] : [...tools];
}

// generators/options/options.ts
import path from "node:path";

// generators/catalog/crates.ts
var COMMON_CRATES = [
  // Start-up errors with context ("PORT must be ...: invalid digit").
  { name: "anyhow", version: "1" },
  // The /health body is a #[derive(Serialize)] struct; serde_json is only needed by the tests (devDeps).
  { name: "serde", version: "1", features: ["derive"] },
  { name: "tracing", version: "0.1" },
  // Default features stay on: `tracing-log` forwards `log` records (actix-web, Rocket, rustls) into tracing.
  { name: "tracing-subscriber", version: "0.3", features: ["env-filter", "json"] }
];
var RUSTLS = {
  name: "rustls",
  // 0.23.15+ re-exports rustls-pki-types >= 1.10: PEM parsing (`pki_types::pem`) and `ServerName: From<IpAddr>`.
  version: "0.23.15",
  defaultFeatures: false,
  features: ["ring", "std", "tls12", "logging"]
};
var OPENSSL_VENDORED = { name: "openssl", version: "0.10", features: ["vendored"] };
var AXUM_SERVER = "0.7.3";
var ACTIX_WEB = "4.11";
var ROCKET = "0.5.1";
var FRAMEWORK_CRATES = {
  axum: {
    deps: [
      { name: "axum", version: "0.8" },
      // `time` bounds the drain after a shutdown signal, `sync` carries that signal to axum::serve.
      { name: "tokio", version: "1", features: ["rt-multi-thread", "macros", "net", "signal", "sync", "time"] }
    ],
    devDeps: [
      { name: "serde_json", version: "1" },
      // ServiceExt::oneshot drives the router in tests.
      { name: "tower", version: "0.5", features: ["util"] }
    ],
    tls: {
      // axum-server serves both HTTP and HTTPS in TLS builds; `tls-rustls` would add aws-lc-rs, so no provider here.
      rustls: [{ name: "axum-server", version: AXUM_SERVER, features: ["tls-rustls-no-provider"] }, RUSTLS],
      "openssl-vendored": [{ name: "axum-server", version: AXUM_SERVER, features: ["tls-openssl"] }, OPENSSL_VENDORED]
    }
  },
  "actix-web": {
    // Without the default compression features (brotli, gzip, zstd: C code, a larger binary) nothing the service uses is lost.
    deps: [{ name: "actix-web", version: ACTIX_WEB, defaultFeatures: false, features: ["macros"] }],
    devDeps: [{ name: "serde_json", version: "1" }],
    tls: {
      // actix-tls takes tokio-rustls without default features, so this pulls no aws-lc-rs.
      rustls: [{ name: "actix-web", version: ACTIX_WEB, defaultFeatures: false, features: ["rustls-0_23"] }, RUSTLS],
      "openssl-vendored": [
        { name: "actix-web", version: ACTIX_WEB, defaultFeatures: false, features: ["openssl"] },
        OPENSSL_VENDORED
      ]
    }
  },
  rocket: {
    deps: [{ name: "rocket", version: ROCKET, features: ["json"] }],
    devDeps: [{ name: "serde_json", version: "1" }],
    // Rocket serves TLS only through its own rustls 0.21 (ring); there is no OpenSSL option.
    tls: { rustls: [{ name: "rocket", version: ROCKET, features: ["tls"] }] }
  }
};
var TLS_PROBE_CRATES = {
  rustls: [RUSTLS],
  "openssl-vendored": [OPENSSL_VENDORED],
  none: []
};
var ALLOCATOR_CRATES = {
  mimalloc: [{ name: "mimalloc", version: "0.1" }],
  system: []
};
var SQLX = "0.9";
var SQLX_FEATURES = ["runtime-tokio", "macros", "migrate"];
var BACKING_TLS = {
  rustls: { sqlx: ["tls-rustls-ring-native-roots"], redis: ["tokio-rustls-comp"] },
  "openssl-vendored": { sqlx: ["tls-native-tls"], redis: ["tokio-native-tls-comp"] },
  none: { sqlx: [], redis: [] }
};
var BACKING_TOKIO = { name: "tokio", version: "1", features: ["macros", "sync", "time"] };
function backingCrates(database, cache, tls) {
  const sqlx = (driver) => [
    { name: "sqlx", version: SQLX, defaultFeatures: false, features: [...SQLX_FEATURES, driver, ...BACKING_TLS[tls].sqlx] }
  ];
  const db = database === "postgres" ? sqlx("postgres") : database === "sqlite" ? sqlx("sqlite") : [];
  const redis = cache === "redis" ? [{ name: "redis", version: "1", defaultFeatures: false, features: ["tokio-comp", "connection-manager", ...BACKING_TLS[tls].redis] }] : [];
  return db.length || redis.length ? [...db, ...redis, BACKING_TOKIO] : [];
}

// generators/options/crate-name.ts
var RUST_KEYWORDS = new Set(
  "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield".split(" ")
);
var BUILTIN_LIBRARIES = /* @__PURE__ */ new Set(["core", "std", "alloc", "proc_macro", "proc-macro", "test"]);
var CARGO_ARTIFACT_DIRS = /* @__PURE__ */ new Set(["deps", "examples", "build", "incremental"]);
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
var MAX_LENGTH = 64;
function crateNameProblem(name) {
  if (name === "") return "must not be empty";
  if (name.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
  const bad = [...name].find((c) => !/[A-Za-z0-9_-]/.test(c));
  if (bad !== void 0) return `contains ${JSON.stringify(bad)}: use ASCII letters, digits, "-" and "_" only`;
  if (!/^[A-Za-z]/.test(name)) return "must start with an ASCII letter";
  if (RUST_KEYWORDS.has(name)) return "is a Rust keyword";
  if (BUILTIN_LIBRARIES.has(name)) return "conflicts with a Rust built-in library";
  if (CARGO_ARTIFACT_DIRS.has(name)) return "conflicts with a Cargo build directory name";
  if (WINDOWS_RESERVED.test(name)) return "is a reserved file name on Windows";
  return void 0;
}
function crateNameFromDirectory(dirName) {
  return dirName.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_0-9]+|[-_]+$/g, "");
}

// generators/options/options.ts
var CONFLICT_POLICIES = ["skip", "overwrite", "backup", "merge", "abort"];
var rows = (table) => Object.entries(table).map(([value, row]) => ({ value, summary: row.summary }));
var oneOf = (label, guard, table) => (raw) => guard(raw) ? { value: raw } : { error: `unknown ${label} "${raw}" (choose ${Object.keys(table).join(", ")})` };
var onOff = (label) => (raw) => raw === "true" ? { value: true } : raw === "false" ? { value: false } : { error: `invalid ${label} "${raw}" (true or false)` };
var isMusl = (known) => known.runtime !== void 0 && RUNTIMES[known.runtime].libc === "musl";
function field(f) {
  return f;
}
var FIELDS = [
  field({
    key: "name",
    group: "build",
    flag: "name",
    placeholder: "crate",
    description: "crate and binary name",
    prompt: "Crate name",
    kind: "text",
    required: false,
    defaultHelp: "the directory name",
    defaultValue: (_known, targetDir) => crateNameFromDirectory(path.basename(targetDir)) || "rust-service",
    parse: (raw) => {
      const problem = crateNameProblem(raw);
      return problem ? { error: `invalid crate name "${raw}": ${problem}` } : { value: raw };
    }
  }),
  field({
    key: "framework",
    group: "core",
    flag: "framework",
    placeholder: "framework",
    description: "web framework",
    prompt: "Web framework",
    kind: "select",
    choices: rows(FRAMEWORKS),
    required: true,
    defaultValue: () => "axum",
    parse: oneOf("framework", isFramework, FRAMEWORKS)
  }),
  field({
    key: "tls",
    group: "core",
    flag: "tls",
    placeholder: "stack",
    description: "TLS stack the server (and its healthcheck) speaks HTTPS with",
    prompt: "TLS stack",
    kind: "select",
    choices: rows(TLS_STACKS),
    required: true,
    defaultValue: () => "rustls",
    parse: oneOf("TLS stack", isTlsStack, TLS_STACKS)
  }),
  field({
    key: "runtime",
    group: "core",
    flag: "runtime",
    placeholder: "image",
    description: "runtime base image",
    prompt: "Runtime image",
    kind: "select",
    choices: rows(RUNTIMES),
    required: true,
    defaultValue: () => "distroless-cc",
    parse: oneOf("runtime", isRuntime, RUNTIMES)
  }),
  field({
    key: "platforms",
    group: "build",
    flag: "platform",
    placeholder: "platforms",
    description: "image platforms, comma-separated or repeated; two are cross-compiled",
    prompt: "Image platforms",
    kind: "multi",
    choices: rows(PLATFORMS),
    required: false,
    defaultValue: () => ["linux/amd64"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((p) => !isPlatform(p));
      if (items.length === 0) return { error: "--platform needs at least one platform" };
      if (unknown.length > 0)
        return { error: `unknown platform "${unknown.join(", ")}" (choose ${Object.keys(PLATFORMS).join(", ")})` };
      return { value: [...new Set(items)].sort() };
    }
  }),
  field({
    key: "port",
    group: "build",
    flag: "port",
    placeholder: "1-65535",
    description: "port the service listens on",
    prompt: "Port",
    kind: "text",
    required: false,
    defaultValue: () => 8080,
    parse: (raw) => {
      const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
      return port >= 1 && port <= 65535 ? { value: port } : { error: `invalid port "${raw}": use a number from 1 to 65535` };
    }
  }),
  field({
    key: "deploy",
    group: "core",
    flag: "deploy",
    placeholder: "targets",
    description: "deploy targets, comma-separated or repeated",
    prompt: "Where will it run?",
    kind: "multi",
    choices: rows(DEPLOY_TARGETS),
    required: false,
    defaultValue: () => ["compose"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((t) => !isDeployTarget(t));
      if (unknown.length > 0)
        return { error: `unknown deploy target "${unknown.join(", ")}" (choose ${Object.keys(DEPLOY_TARGETS).join(", ")})` };
      const chosen2 = /* @__PURE__ */ new Set(["compose", ...items]);
      return { value: Object.keys(DEPLOY_TARGETS).filter((t) => chosen2.has(t)) };
    }
  }),
  field({
    key: "database",
    group: "build",
    flag: "database",
    placeholder: "database",
    description: "database the service keeps its data in (existing crates: the one the code uses)",
    prompt: "Database",
    kind: "select",
    choices: rows(DATABASES),
    required: false,
    defaultValue: () => "none",
    parse: oneOf("database", isDatabase, DATABASES)
  }),
  field({
    key: "cache",
    group: "build",
    flag: "cache",
    placeholder: "cache",
    description: "cache beside it (existing crates: the one the code uses)",
    prompt: "Cache",
    kind: "select",
    choices: rows(CACHES),
    required: false,
    defaultValue: () => "none",
    parse: oneOf("cache", isCache, CACHES)
  }),
  field({
    key: "ci",
    group: "build",
    flag: "ci",
    placeholder: "provider",
    description: "CI workflow",
    prompt: "CI workflow",
    kind: "select",
    choices: rows(CI_PROVIDERS),
    required: false,
    defaultValue: () => "github",
    parse: oneOf("CI provider", isCiProvider, CI_PROVIDERS)
  }),
  field({
    key: "allocator",
    group: "build",
    flag: "allocator",
    placeholder: "allocator",
    description: "global allocator",
    prompt: "Global allocator",
    kind: "select",
    choices: rows(ALLOCATORS),
    required: false,
    // musl's allocator is the slow one; glibc's is fine, so the question only matters for musl runtimes.
    askWhen: (known) => isMusl(known),
    defaultHelp: "mimalloc on musl runtimes, else system",
    defaultValue: (known) => isMusl(known) ? "mimalloc" : "system",
    parse: oneOf("allocator", isAllocator, ALLOCATORS)
  }),
  field({
    key: "offlineBuild",
    group: "build",
    flag: "offline-build",
    placeholder: "",
    description: "vendored build for air-gapped builders: cargo vendor + .cargo/config.toml, built with --offline",
    prompt: "Build offline from vendored crates (air-gapped builders)?",
    kind: "switch",
    required: false,
    defaultHelp: "off",
    defaultValue: () => false,
    parse: onOff("offline-build")
  }),
  field({
    key: "auditable",
    group: "build",
    flag: "auditable",
    placeholder: "",
    description: "build with cargo auditable: the binary embeds its exact crate list, which Trivy, Grype, Syft and cargo audit read from the image",
    prompt: "Embed the crate list in the binary (cargo auditable) for image scanners?",
    kind: "switch",
    required: false,
    defaultHelp: "on",
    defaultValue: () => true,
    parse: onOff("auditable")
  }),
  field({
    key: "privateRegistry",
    group: "build",
    flag: "private-registry",
    placeholder: "name",
    description: "private cargo registry (as named in .cargo/config.toml) whose token the build gets as a BuildKit secret",
    prompt: "Private cargo registry (its name in .cargo/config.toml; empty for none)",
    kind: "text",
    required: false,
    defaultHelp: "none",
    defaultValue: () => "",
    parse: (raw) => raw === "" || /^[A-Za-z][A-Za-z0-9_-]*$/.test(raw) ? { value: raw } : { error: `invalid --private-registry "${raw}": use the registry's name from .cargo/config.toml ([registries.<name>])` }
  }),
  field({
    key: "profile",
    group: "build",
    flag: "profile",
    placeholder: "preset",
    description: "release profile preset",
    prompt: "Optimise the release build for",
    kind: "select",
    choices: rows(PROFILES),
    required: false,
    defaultValue: () => "speed",
    parse: oneOf("profile", isProfile, PROFILES)
  })
];
function flagValues(f) {
  return f.choices ? f.choices.map((c) => c.value).join(f.kind === "multi" ? "," : "|") : `<${f.placeholder}>`;
}
function isSupported(framework, tls) {
  return tls === "none" || FRAMEWORK_CRATES[framework].tls[tls] !== void 0;
}
function combinationProblems(o) {
  if (o.framework && o.tls && !isSupported(o.framework, o.tls))
    return [
      `${FRAMEWORKS[o.framework].label} cannot serve TLS through ${TLS_STACKS[o.tls].label}: choose --tls ${Object.keys(TLS_STACKS).filter((t) => isSupported(o.framework, t)).join(" or --tls ")}`
    ];
  return [];
}
function kitFlag(f) {
  return f;
}
var words = (raw) => raw.trim().split(/\s+/).filter(Boolean);
var isSwitchOn = (raw) => ({ value: raw === "true" });
var kitChoice = (flag, values, also = "") => (raw) => values.includes(raw) ? { value: raw } : { error: `unknown --${flag} "${raw}" (choose ${values.join(", ")}${also})` };
var cargoName = (flag) => (raw) => /^[A-Za-z0-9_-]+$/.test(raw) ? { value: raw } : { error: `invalid --${flag} "${raw}"` };
var envPairs = (raw) => words(raw).map((pair) => [pair.slice(0, Math.max(pair.indexOf("="), 0)), pair.slice(pair.indexOf("=") + 1)]);
var envAnswer = (env) => env.map(([name, value]) => `${name}=${value}`).join(" ");
function mergeEnv(...lists) {
  const all = lists.flat();
  return all.filter(([name], i) => !all.slice(i + 1).some(([later]) => later === name));
}
function mergeEnvAnswers(...values) {
  return envAnswer(mergeEnv(...values.map((v) => envPairs(v ?? "")))) || void 0;
}
var KIT_FLAGS = [
  kitFlag({ flag: "existing", saved: false, help: "add the container kit to the crate in the target directory (implied when it has a Cargo.toml)", parse: isSwitchOn }),
  kitFlag({ flag: "package", placeholder: "<name>", saved: true, help: "workspace member to containerise (required at a virtual workspace root with several)", parse: cargoName("package") }),
  kitFlag({ flag: "bin", placeholder: "<name>", saved: true, help: "binary to run (default: the only one, or default-run)", parse: cargoName("bin") }),
  kitFlag({
    flag: "healthcheck-cmd",
    placeholder: '"<args>"',
    saved: true,
    help: "the binary's own healthcheck subcommand, e.g. healthcheck",
    parse: (raw) => words(raw).length ? { value: words(raw) } : { error: "--healthcheck-cmd needs the subcommand, e.g. healthcheck" }
  }),
  kitFlag({
    flag: "healthcheck",
    placeholder: "<style>",
    saved: true,
    help: "without a subcommand: probe (GET the health route), tcp (connect to the port) or none (default: probe when the code registers a health route, else tcp)",
    parse: kitChoice("healthcheck", ["probe", "tcp", "none"], "; or give --healthcheck-cmd")
  }),
  kitFlag({
    flag: "health-path",
    placeholder: "<path>",
    saved: true,
    help: "route the probe requests (default: the health route found in the code)",
    parse: (raw) => /^\/[\x21-\x7e]*$/.test(raw) ? { value: raw } : { error: `invalid --health-path "${raw}": use a path like /health` }
  }),
  kitFlag({
    flag: "features",
    placeholder: "<list>",
    saved: true,
    help: "Cargo features the image build turns on (comma-separated)",
    parse: (raw) => {
      const features = raw.split(/[\s,]+/).filter(Boolean);
      return features.length && features.every((f) => /^[A-Za-z0-9_][A-Za-z0-9_+.\/-]*$/.test(f)) ? { value: features } : { error: `invalid --features "${raw}": use feature names, comma-separated (e.g. postgres,metrics)` };
    }
  }),
  kitFlag({ flag: "no-default-features", saved: true, help: "build without the crate's default features", parse: isSwitchOn }),
  kitFlag({ flag: "all-features", saved: true, help: "build with every feature of the crate", parse: isSwitchOn }),
  kitFlag({
    flag: "cmd",
    placeholder: '"<args>"',
    saved: true,
    help: 'arguments the image runs the binary with (default: a serve subcommand found in the code with its host and port options, or a listen-address argument, read from the code; "" for none)',
    parse: (raw) => ({ value: words(raw) })
  }),
  kitFlag({
    flag: "env",
    placeholder: "<NAME=value>",
    repeat: " ",
    saved: true,
    help: "environment the image sets for the binary (repeatable; values without spaces)",
    parse: (raw) => {
      const env = envPairs(raw);
      return env.every(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) ? { value: env } : { error: `invalid --env "${raw}": use NAME=value (a variable name, then =)` };
    }
  }),
  kitFlag({
    flag: "init",
    placeholder: "<tini|none>",
    saved: true,
    help: "tini as the image's PID 1, so docker stop and Kubernetes stop it at once (default: tini when the code handles no signal)",
    parse: kitChoice("init", ["tini", "none"])
  }),
  kitFlag({
    flag: "data-dir",
    placeholder: "<path>",
    repeat: ",",
    saved: true,
    help: "a directory the binary writes at run time, owned by its user and a volume in compose and Kubernetes (repeatable; relative to /app)",
    parse: (raw) => {
      const dirs = raw.split(",").map((d) => d.trim()).filter(Boolean).map((d) => path.posix.resolve("/app", d));
      return dirs.length && !dirs.includes("/") && !/\s/.test(raw) ? { value: [...new Set(dirs)] } : { error: `invalid --data-dir "${raw}": use a directory such as data or /var/lib/app (not /)` };
    }
  })
];
var KIT_ANSWER_FLAGS = KIT_FLAGS.filter((f) => f.saved);
var SERVICE_ONLY_FIELDS = ["name", "framework", "tls", "profile", "allocator"];
var KIT_FIELDS = new Set(FIELDS.map((f) => f.key).filter((k) => !SERVICE_ONLY_FIELDS.includes(k)));
function resolveKit(raw) {
  const problems = [];
  const given = {};
  for (const f of KIT_ANSWER_FLAGS) {
    const value = raw[f.flag];
    if (value === void 0) continue;
    const parsed = f.parse(value);
    if ("error" in parsed) problems.push(parsed.error);
    else given[f.flag] = parsed.value;
  }
  const args = given["healthcheck-cmd"];
  const style = given.healthcheck;
  const healthPath = given["health-path"];
  if (raw.healthcheck !== void 0 && args) problems.push("--healthcheck and --healthcheck-cmd exclude each other: the subcommand is the healthcheck");
  if (raw["health-path"] !== void 0 && (style === "tcp" || style === "none" || args))
    problems.push("--health-path is the route the probe requests: it needs --healthcheck probe");
  return {
    kit: {
      package: given.package,
      bin: given.bin,
      healthcheck: args ? "subcommand" : style ?? (healthPath !== void 0 ? "probe" : void 0),
      healthcheckArgs: args ?? [],
      healthPath,
      cmd: given.cmd,
      cargoFeatures: [
        ...given.features ? ["--features", given.features.join(",")] : [],
        ...given["no-default-features"] ? ["--no-default-features"] : [],
        ...given["all-features"] ? ["--all-features"] : []
      ],
      env: given.env ?? [],
      dataDirs: given["data-dir"] ?? [],
      init: given.init
    },
    problems
  };
}
function modeProblems(existing, cmd) {
  if (existing)
    return SERVICE_ONLY_FIELDS.filter((k) => cmd.raw[k] !== void 0).map(
      (k) => `--${k} applies to a new service; an existing crate keeps its own code and manifest`
    );
  return KIT_ANSWER_FLAGS.filter((f) => cmd.kitGiven.includes(f.flag)).map(
    (f) => `--${f.flag} applies to an existing crate (the target has no Cargo.toml)`
  );
}
var RUN_FLAGS = {
  yes: { takesValue: false, short: "y" },
  "no-interactive": { takesValue: false },
  force: { takesValue: false },
  "dry-run": { takesValue: false },
  "no-lockfile": { takesValue: false },
  verify: { takesValue: false },
  conflict: { takesValue: true },
  help: { takesValue: false, short: "h" },
  version: { takesValue: false, short: "v" }
};
var RUN_FLAG_HELP = [
  { flag: "-y, --yes", description: "use defaults for everything not given; never prompt" },
  { flag: "--no-interactive", description: "never prompt; fail listing the missing flags" },
  { flag: "--force", description: "scaffold into a non-empty directory, overwriting planned files that differ" },
  {
    flag: "--conflict <policy>",
    description: `files you edited since they were generated: ${CONFLICT_POLICIES.join("|")} (backup keeps <file>.orig; merge is three-way, markers where both changed)`
  },
  { flag: "--dry-run", description: "print the plan and diffs; write nothing" },
  { flag: "--no-lockfile", description: "do not run `cargo generate-lockfile` (it resolves crates over the network)" },
  {
    flag: "--verify",
    description: "then build the image with the local Docker engine (quick profile), run it, observe it (listeners, health routes, healthy, stop) and correct the kit from what it shows"
  },
  { flag: "-h, --help", description: "show this help" },
  { flag: "-v, --version", description: "show the version" }
];
function parseCommandLine(argv) {
  const spec = { ...RUN_FLAGS };
  for (const f of FIELDS) spec[f.flag] = { takesValue: f.kind !== "switch" };
  for (const f of KIT_FLAGS) spec[f.flag] = { takesValue: "placeholder" in f };
  const negations = Object.fromEntries(FIELDS.filter((f) => f.kind === "switch").map((f) => [`no-${f.flag}`, f.flag]));
  for (const negated2 of Object.keys(negations)) spec[negated2] = { takesValue: false };
  const shortNames = Object.fromEntries(Object.entries(RUN_FLAGS).flatMap(([name, s]) => s.short ? [[s.short, name]] : []));
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  const problems = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.startsWith("--") ? splitOnce(arg, "=") : [arg, void 0];
    const name = arg.startsWith("--") ? rawName.slice(2) : shortNames[rawName.slice(1)];
    const flag = name === void 0 ? void 0 : spec[name];
    if (!flag) {
      problems.push(`unknown flag ${rawName}`);
      continue;
    }
    let value = inline;
    if (flag.takesValue && value === void 0) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("-")) {
        problems.push(`${rawName} needs a value`);
        continue;
      }
      value = next;
      i++;
    }
    if (!flag.takesValue && value !== void 0) {
      problems.push(`${rawName} takes no value`);
      continue;
    }
    const key = negations[name] ?? name;
    values.set(key, [...values.get(key) ?? [], negations[name] ? "false" : value ?? "true"]);
  }
  if (values.has("verify") && values.has("dry-run")) problems.push("--verify builds what a run writes: it cannot follow --dry-run");
  if (positionals.length > 1) problems.push(`expected one target directory, got ${positionals.map((p) => `"${p}"`).join(" ")}`);
  const raw = {};
  for (const f of FIELDS) {
    const given = values.get(f.flag);
    if (!given) continue;
    if (f.kind !== "multi" && new Set(given).size > 1) problems.push(`--${f.flag} given more than once (${given.join(", ")})`);
    raw[f.key] = f.kind === "multi" ? given.join(",") : given[given.length - 1];
  }
  const conflict = values.get("conflict")?.at(-1);
  if (conflict !== void 0 && !CONFLICT_POLICIES.includes(conflict))
    problems.push(`unknown --conflict "${conflict}" (choose ${CONFLICT_POLICIES.join(", ")})`);
  const has = (name) => values.has(name);
  const rawKit = {};
  for (const f of KIT_ANSWER_FLAGS) {
    const given = values.get(f.flag);
    if (given) rawKit[f.flag] = "repeat" in f ? given.join(f.repeat) : given.at(-1);
  }
  return {
    help: has("help"),
    version: has("version"),
    directory: positionals[0],
    raw,
    rawKit,
    kitGiven: KIT_FLAGS.map((f) => f.flag).filter(has),
    existing: has("existing"),
    settings: {
      yes: has("yes"),
      noInteractive: has("no-interactive"),
      force: has("force"),
      dryRun: has("dry-run"),
      noLockfile: has("no-lockfile"),
      verify: has("verify"),
      conflict
    },
    problems
  };
}
function splitOnce(s, sep) {
  const at = s.indexOf(sep);
  return at < 0 ? [s, void 0] : [s.slice(0, at), s.slice(at + 1)];
}
function resolveAnswers(raw) {
  const options = {};
  const problems = [];
  for (const f of FIELDS) {
    const value = raw[f.key];
    if (value === void 0) continue;
    const parsed = f.parse(value);
    if ("error" in parsed) problems.push(parsed.error);
    else options[f.key] = parsed.value;
  }
  problems.push(...combinationProblems(options));
  return { options, problems };
}
function missingRequired(options) {
  return FIELDS.filter((f) => f.required && options[f.key] === void 0);
}
function withDefaults(options, targetDir) {
  const filled = { ...options };
  for (const f of FIELDS) {
    if (filled[f.key] === void 0) filled[f.key] = f.defaultValue(filled, targetDir);
  }
  return filled;
}
function allowedChoices(f, known) {
  const values = (f.choices ?? []).map((c) => c.value);
  if (f.key !== "tls" || !known.framework) return values;
  return values.filter((t) => isSupported(known.framework, t));
}

// generators/kit/scan/syntax.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var READ_LIMITS = {
  fileBytes: 4 * 1024 * 1024,
  crateBytes: 32 * 1024 * 1024,
  crateMilliseconds: 3e4
};
var SourceBudgetExceeded = class extends UserError {
};
var ReadBudget = class {
  constructor(limits = READ_LIMITS) {
    this.limits = limits;
    this.deadline = performance.now() + limits.crateMilliseconds;
  }
  limits;
  bytes = 0;
  deadline;
  admit(file, bytes) {
    const { fileBytes, crateBytes } = this.limits;
    if (bytes > fileBytes) this.stop(file, `it is ${mb(bytes)}, over the ${mb(fileBytes)} one source file may have`);
    this.bytes += bytes;
    if (this.bytes > crateBytes) this.stop(file, `the sources read so far reach ${mb(this.bytes)}, over the ${mb(crateBytes)} a crate may have`);
    this.checkTime(file);
  }
  expired() {
    return performance.now() > this.deadline;
  }
  /** Throws, naming `file`, once the crate's time is up. */
  checkTime(file) {
    if (this.expired()) this.stop(file, `reading took over ${this.limits.crateMilliseconds / 1e3} s`);
  }
  stop(file, reason) {
    throw new SourceBudgetExceeded(
      `Reading the crate's Rust sources stopped at ${file}: ${reason}. Is generated or vendored code under src/? Move it out of the sources the kit reads, or pass the settings it would detect as flags.`
    );
  }
};
var mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
var loading;
function loadRustParser() {
  loading ??= load();
  return loading;
}
function wasmFile(name, packagePath) {
  const bundled = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(packagePath);
}
async function load() {
  const { Parser, Language } = await import("./web-tree-sitter-GQYOAQ6Z.js");
  const runtime = wasmFile("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  const rust = await Language.load(wasmFile("tree-sitter-rust.wasm", "tree-sitter-rust/tree-sitter-rust.wasm"));
  const parser = new Parser();
  parser.setLanguage(rust);
  return { read: (file, text, reader, budget) => read(parser, file, text, reader, budget) };
}
function read(parser, file, text, reader, budget) {
  const progressCallback = budget ? () => budget.expired() : void 0;
  const tree = parser.parse(text, null, progressCallback ? { progressCallback } : void 0);
  if (!tree) {
    parser.reset();
    budget?.checkTime(file);
    throw new Error(`the Rust parser returned no tree for ${file}`);
  }
  try {
    const result = reader({ file, text, root: tree.rootNode });
    budget?.checkTime(file);
    return result;
  } finally {
    tree.delete();
  }
}

// generators/host-files.ts
import fs from "node:fs";
import path2 from "node:path";
function contentPath(from, to, paths = path2) {
  return paths.relative(from, to).split(paths.sep).join("/");
}
var withLf = (text) => text.replace(/\r\n/g, "\n");
function readText(file) {
  return withLf(fs.readFileSync(file, "utf8"));
}
var endsLinesWithCrlf = (text) => text.includes("\r\n") && !/(?:^|[^\r])\n/.test(text);
var withCrlf = (lfText) => lfText.replace(/\n/g, "\r\n");

// generators/kit/scan/scan.ts
import fs2 from "node:fs";
import path3 from "node:path";

// generators/kit/scan/rust-source.ts
var RAW_STRING = /^r(#*)"/;
var WORD_CHAR = /\w/;
var CHAR_LITERAL = /^'(?:\\.[^']*|[^\\'])'/;
var LONG_LITERAL = 4096;
function withoutCommentsAndLongLiterals(text) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let k = i + 2;
      while (k < text.length && depth > 0) {
        if (text[k] === "/" && text[k + 1] === "*") depth++, k += 2;
        else if (text[k] === "*" && text[k + 1] === "/") depth--, k += 2;
        else k++;
      }
      blank(i, k);
      i = k;
    } else if (c === "r" && RAW_STRING.test(text.slice(i, i + 8)) && !WORD_CHAR.test(text[i - 1] ?? "")) {
      const hashes = RAW_STRING.exec(text.slice(i, i + 8))[1];
      const open = i + hashes.length + 2;
      const close = text.indexOf('"' + hashes, open);
      const end = close < 0 ? text.length : close;
      if (end - open > LONG_LITERAL) blank(open, end);
      i = close < 0 ? text.length : close + hashes.length + 1;
    } else if (c === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      if (k - i - 1 > LONG_LITERAL) blank(i + 1, Math.min(k, text.length));
      i = k + 1;
    } else if (c === "'" && CHAR_LITERAL.test(text.slice(i, i + 12))) {
      i += CHAR_LITERAL.exec(text.slice(i, i + 12))[0].length;
    } else i++;
  }
  return out.join("");
}
function moduleFiles(file, name) {
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const base = file.slice(dir.length);
  const moduleDir = ["main.rs", "lib.rs", "mod.rs", "build.rs"].includes(base) || /\/bin\/[^/]+\.rs$/.test(file) ? dir : `${dir}${base.replace(/\.rs$/, "")}/`;
  return [`${moduleDir}${name}.rs`, `${moduleDir}${name}/mod.rs`];
}
var lineStarts;
function lineOf(text, index) {
  if (lineStarts?.text !== text) {
    const starts2 = [0];
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts2.push(at + 1);
    lineStarts = { text, starts: starts2 };
  }
  const { starts } = lineStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (starts[mid] <= index) low = mid + 1;
    else high = mid;
  }
  return low;
}

// generators/kit/scan/literal.ts
var INTEGER_SUFFIX = /(?:[ui](?:8|16|32|64|128|size))$/;
var FLOAT_SUFFIX = /f(?:16|32|64|128)$/;
var MAX_DIGITS = 128;
var RADIX = { "0x": 16, "0o": 8, "0b": 2 };
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", "\\": "\\", "0": "\0", "'": "'", '"': '"' };
function literalValue(node) {
  if (node.hasError) return void 0;
  if (node.type === "unary_expression" && node.firstChild?.type === "-" && node.namedChildCount === 1) {
    const inner = literalValue(node.namedChildren[0]);
    return inner ? negated(inner) : void 0;
  }
  return literalOfToken(node.type, node.text);
}
function literalOfToken(type, text) {
  switch (type) {
    case "string_literal":
      return quoted(text, '"');
    case "raw_string_literal":
      return rawString(text);
    case "char_literal":
      return quoted(text, "'");
    case "integer_literal":
      return integer(text);
    case "float_literal":
      return float(text);
    case "boolean_literal":
      return { kind: "bool", value: text === "true" };
    default:
      return void 0;
  }
}
function negated(value) {
  if (value.kind === "integer") return { ...value, value: -value.value };
  if (value.kind === "float") return { ...value, value: -value.value };
  return void 0;
}
function quoted(text, quote) {
  const open = text.indexOf(quote);
  if (open < 0 || text.length < open + 2 || !text.endsWith(quote)) return void 0;
  const prefix = text.slice(0, open);
  const body = unescape(text.slice(open + 1, -1));
  if (body === void 0) return void 0;
  if (quote === "'") return prefix === "" ? { kind: "char", value: body } : prefix === "b" ? { kind: "byte", value: body } : void 0;
  return prefix === "" ? { kind: "string", value: body } : prefix === "b" ? { kind: "byte-string", value: body } : prefix === "c" ? { kind: "c-string", value: body } : void 0;
}
function rawString(text) {
  const m = /^([bc]?)r(#*)"/.exec(text);
  if (!m || !text.endsWith(`"${m[2]}`) || text.length < m[0].length + m[2].length + 1) return void 0;
  const value = text.slice(m[0].length, text.length - m[2].length - 1);
  return { kind: m[1] === "b" ? "byte-string" : m[1] === "c" ? "c-string" : "string", value };
}
function unescape(body) {
  if (!body.includes("\\")) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const at = body.indexOf("\\", i);
    if (at < 0) return out + body.slice(i);
    out += body.slice(i, at);
    const c = body[at + 1];
    if (c !== void 0 && c in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[c];
      i = at + 2;
    } else if (c === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(at + 2, at + 4))) {
      out += String.fromCharCode(parseInt(body.slice(at + 2, at + 4), 16));
      i = at + 4;
    } else if (c === "u") {
      const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(at + 2, at + 14));
      const code = m ? parseInt(m[1].replace(/_/g, ""), 16) : NaN;
      if (!m || !(code <= 1114111)) return void 0;
      out += String.fromCodePoint(code);
      i = at + 2 + m[0].length;
    } else if (c === "\n" || c === "\r") {
      i = at + 1;
      while (i < body.length && /\s/.test(body[i])) i++;
    } else return void 0;
  }
  return out;
}
function integer(text) {
  const clean = text.replace(/_/g, "");
  const radix = RADIX[clean.slice(0, 2).toLowerCase()] ?? 10;
  const suffix = INTEGER_SUFFIX.exec(clean)?.[0];
  const digits = clean.slice(radix === 10 ? 0 : 2, suffix ? -suffix.length : void 0);
  const valid = { 16: /^[0-9a-fA-F]+$/, 10: /^[0-9]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ }[radix];
  if (digits.length > MAX_DIGITS || !valid.test(digits)) return void 0;
  const value = BigInt(radix === 10 ? digits : `${clean.slice(0, 2).toLowerCase()}${digits}`);
  return suffix ? { kind: "integer", value, suffix } : { kind: "integer", value };
}
function float(text) {
  const clean = text.replace(/_/g, "");
  const suffix = FLOAT_SUFFIX.exec(clean)?.[0];
  const value = Number(suffix ? clean.slice(0, -suffix.length) : clean);
  if (Number.isNaN(value)) return void 0;
  return suffix ? { kind: "float", value, suffix } : { kind: "float", value };
}

// generators/kit/scan/attribute.ts
var PATH_TOKENS = /* @__PURE__ */ new Set(["identifier", "primitive_type", "crate", "self", "super", "::", "metavariable"]);
var isPathToken = (token) => PATH_TOKENS.has(token.type) || !token.isNamed && /^[A-Za-z_]\w*$/.test(token.type);
var OPENERS = /* @__PURE__ */ new Set(["(", "[", "{"]);
function readAttribute(item) {
  const attribute2 = item.namedChildren.find((c) => c?.type === "attribute");
  if (!attribute2) return void 0;
  const children = attribute2.children.filter((c) => c !== null);
  const equals = children.findIndex((c) => c.type === "=");
  const nameEnd = equals >= 0 ? equals : children.findIndex((c) => c.type === "token_tree");
  const nameTokens = nameEnd >= 0 ? children.slice(0, nameEnd) : children;
  const tokenTree = attribute2.childForFieldName("arguments");
  const valueNode = attribute2.childForFieldName("value");
  return {
    name: nameTokens.map((t) => t.text).join(""),
    inner: item.type === "inner_attribute_item",
    arguments: tokenTree ? tokenArguments(tokenTree) : [],
    ...valueNode ? { value: argumentValue([valueNode], attribute2) } : {},
    line: item.startPosition.row + 1
  };
}
function tokenArguments(tokenTree) {
  const tokens = tokenTree.children.filter((c) => c !== null && c.type !== "line_comment" && c.type !== "block_comment");
  const inner = tokens.length >= 2 && OPENERS.has(tokens[0].type) ? tokens.slice(1, -1) : tokens;
  const out = [];
  let segment = [];
  for (const token of [...inner, void 0]) {
    if (token !== void 0 && token.type !== ",") {
      segment.push(token);
      continue;
    }
    if (segment.length > 0) out.push(argument(segment, tokenTree));
    segment = [];
  }
  return out;
}
function argument(tokens, within) {
  const line = tokens[0].startPosition.row + 1;
  const equals = tokens.findIndex((t) => t.type === "=");
  const keyTokens = equals > 0 ? tokens.slice(0, equals) : tokens;
  const isPath = keyTokens.every(isPathToken);
  if (equals > 0 && isPath) {
    const rest = tokens.slice(equals + 1);
    return { key: keyTokens.map((t) => t.text).join(""), ...rest.length > 0 ? { value: argumentValue(rest, within) } : {}, line };
  }
  if (isPath) return { key: keyTokens.map((t) => t.text).join(""), line };
  const last = tokens[tokens.length - 1];
  const head = tokens.slice(0, -1);
  if (last.type === "token_tree" && head.length > 0 && head.every(isPathToken))
    return { key: head.map((t) => t.text).join(""), arguments: tokenArguments(last), line };
  return { value: argumentValue(tokens, within), line };
}
function argumentValue(tokens, within) {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const text = within.text.slice(first.startIndex - within.startIndex, last.endIndex - within.startIndex);
  const line = first.startPosition.row + 1;
  const single = tokens.length === 1 ? literalValue(first) : void 0;
  const signed = tokens.length === 2 && first.type === "-" ? literalValue(last) : void 0;
  const literal = single ?? (signed && negated(signed));
  if (literal) return { text, literal, line };
  if (tokens.every(isPathToken)) return { text, path: text.replace(/\s+/g, ""), line };
  return { text, line };
}

// generators/kit/scan/cfg.ts
var TARGET_NAMES = {
  unix: true,
  windows: false,
  test: false,
  debug_assertions: false,
  doc: false,
  doctest: false,
  miri: false,
  proc_macro: false
};
var TARGET_VALUES = {
  target_os: (os) => os === "linux",
  target_family: (family) => family === "unix"
};
var SELF_ATTRIBUTED = /* @__PURE__ */ new Set(["match_arm", "last_match_arm", "field_initializer", "shorthand_field_initializer"]);
var COMMENTS = /* @__PURE__ */ new Set(["line_comment", "block_comment"]);
var TOKEN_HOLDERS = /* @__PURE__ */ new Set(["token_tree", "string_literal", "raw_string_literal", "attribute_item", "inner_attribute_item", ...COMMENTS]);
var TOKEN_LEVEL = /* @__PURE__ */ new Set(["token_tree", "attribute", "identifier", "string_content", "escape_sequence", "string_literal", "raw_string_literal", "char_literal", "integer_literal", "float_literal", "boolean_literal", "primitive_type", "metavariable", "doc_comment", "outer_doc_comment_marker", "inner_doc_comment_marker"]);
var NOTHING = /* @__PURE__ */ new Set();
var and = (a, b) => a === false || b === false ? false : a === true && b === true ? true : void 0;
var or = (a, b) => a === true || b === true ? true : a === false && b === false ? false : void 0;
var not = (a) => a === void 0 ? void 0 : !a;
function evaluateCfg(predicate, context) {
  const { key, value, arguments: args } = predicate;
  if (key === void 0) return value?.literal?.kind === "bool" ? value.literal.value : void 0;
  if (args !== void 0) {
    if (key === "all") return args.reduce((acc, p) => and(acc, evaluateCfg(p, context)), true);
    if (key === "any") return args.reduce((acc, p) => or(acc, evaluateCfg(p, context)), false);
    if (key === "not") return args.length === 1 ? not(evaluateCfg(args[0], context)) : void 0;
    return void 0;
  }
  if (value === void 0) return TARGET_NAMES[key];
  const text = value.literal?.kind === "string" ? value.literal.value : void 0;
  if (text === void 0) return void 0;
  if (key === "feature") return context.features ? context.features.has(text) : void 0;
  return TARGET_VALUES[key]?.(text);
}
function attributeTruth(attribute2, context) {
  if (attribute2.name === "cfg") return attribute2.arguments.length === 1 ? evaluateCfg(attribute2.arguments[0], context) : void 0;
  if (attribute2.name !== "cfg_attr" || attribute2.arguments.length < 2) return true;
  const [predicate, ...attached] = attribute2.arguments;
  const kept = attached.reduce((acc, a) => and(acc, attributeTruth(asAttribute(a, attribute2), context)), true);
  return or(not(evaluateCfg(predicate, context)), kept);
}
var asAttribute = (argument2, within) => ({
  name: argument2.key ?? "",
  inner: within.inner,
  arguments: argument2.arguments ?? [],
  ...argument2.value ? { value: argument2.value } : {},
  line: argument2.line
});
function itemTruth(item, context) {
  const name = item.namedChildren.find((c) => c?.type === "attribute")?.firstChild?.text;
  if (name !== "cfg" && name !== "cfg_attr") return true;
  const attribute2 = readAttribute(item);
  return attribute2 ? attributeTruth(attribute2, context) : void 0;
}
function outerAttributeItems(node) {
  if (SELF_ATTRIBUTED.has(node.type)) {
    const own = [];
    for (const child of node.namedChildren) {
      if (child?.type === "attribute_item") own.push(child);
      else if (!child || !COMMENTS.has(child.type)) break;
    }
    return own;
  }
  const before = [];
  for (let s = node.previousSibling; s; s = s.previousSibling) {
    if (s.type === "attribute_item") before.unshift(s);
    else if (!COMMENTS.has(s.type)) break;
  }
  return before;
}
function attributesOf(node, context) {
  const out = [];
  const expand = (attribute2) => {
    if (attribute2.name !== "cfg_attr" || attribute2.arguments.length === 0) return void out.push(attribute2);
    const [predicate, ...attached] = attribute2.arguments;
    if (evaluateCfg(predicate, context) !== false) for (const a of attached) expand(asAttribute(a, attribute2));
  };
  for (const item of outerAttributeItems(node)) {
    const attribute2 = readAttribute(item);
    if (attribute2) expand(attribute2);
  }
  return out;
}
function walk(root, context, types, inactive, enter) {
  const opaque = types !== "every" && [...types].some((t) => TOKEN_LEVEL.has(t)) ? NOTHING : TOKEN_HOLDERS;
  const cursor = root.walk();
  const levels = [];
  let active = true;
  let type = cursor.nodeType;
  try {
    for (; ; ) {
      const descend = (active || inactive === "enter") && (types !== "every" && !types.has(type) ? !opaque.has(type) : opaque.has(type) ? false : enter(cursor.currentNode, active));
      if (descend && cursor.gotoFirstChild()) levels.push({ active, attributes: true });
      else {
        while (levels.length > 0 && !cursor.gotoNextSibling()) {
          cursor.gotoParent();
          levels.pop();
        }
        if (levels.length === 0) return;
      }
      type = cursor.nodeType;
      active = childActive(cursor, type, levels[levels.length - 1], context);
    }
  } finally {
    cursor.delete();
  }
}
function childActive(cursor, type, level, context) {
  if (type === "attribute_item") {
    level.attributes = and(level.attributes, itemTruth(cursor.currentNode, context));
    return level.active;
  }
  if (type === "inner_attribute_item") {
    const before = level.active;
    if (itemTruth(cursor.currentNode, context) === false) level.active = false;
    return before;
  }
  if (COMMENTS.has(type)) return level.active;
  const own = SELF_ATTRIBUTED.has(type) ? outerAttributeItems(cursor.currentNode).reduce((acc, a) => and(acc, itemTruth(a, context)), true) : true;
  const active = level.active && and(level.attributes, own) !== false;
  level.attributes = true;
  return active;
}
function inactiveRanges(source, context) {
  const cfgAt = [];
  for (let at = source.text.indexOf("cfg"); at >= 0; at = source.text.indexOf("cfg", at + 3)) cfgAt.push(at);
  const holdsCfg = (start, end) => {
    let low = 0;
    let high = cfgAt.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (cfgAt[mid] < start) low = mid + 1;
      else high = mid;
    }
    return low < cfgAt.length && cfgAt[low] < end;
  };
  const ranges = [];
  if (cfgAt.length === 0) return ranges;
  walk(source.root, context, "every", "enter", (node, active) => {
    if (active) return holdsCfg(node.startIndex, node.endIndex);
    ranges.push([node.startIndex, node.endIndex]);
    return false;
  });
  return ranges;
}
var MODULE_WALK = /* @__PURE__ */ new Set(["mod_item", "function_item", "impl_item", "trait_item", "struct_item", "enum_item", "union_item", "const_item", "static_item", "use_declaration", "macro_invocation", "macro_definition", "type_item", "foreign_mod_item", "expression_statement"]);
function moduleDeclarations(source, context) {
  const found = [];
  walk(source.root, context, MODULE_WALK, "enter", (node, active) => {
    if (node.type !== "mod_item") return false;
    if (node.childForFieldName("body")) return true;
    const name = node.childForFieldName("name")?.text;
    if (!name) return false;
    const path4 = active ? attributesOf(node, context).find((a) => a.name === "path")?.value?.literal : void 0;
    found.push({
      name,
      parents: enclosingModules(node),
      ...path4?.kind === "string" ? { path: path4.value } : {},
      active,
      file: source.file,
      line: node.startPosition.row + 1
    });
    return false;
  });
  return found;
}
function enclosingModules(node) {
  const names = [];
  for (let p = node.parent; p; p = p.parent) if (p.type === "mod_item") names.unshift(p.childForFieldName("name")?.text ?? "");
  return names;
}

// generators/kit/scan/source-rules.ts
var HEALTH_PATHS = ["/health", "/healthz", "/_health", "/health_check", "/livez", "/alive", "/_ping", "/ping", "/readyz", "/status"];
var HEALTH_SEGMENTS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "live", "liveness", "alive", "_ping", "ping", "readyz", "ready", "status"];
var HEALTH_WORDS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "liveness", "alive", "_ping", "readyz"];
var PATH_LITERAL = /"(\/?[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*)"/g;
var PREFIX_BY_NAME = [
  /\.nest(?:_service)?\(\s*"(\/[^"]*)"\s*,\s*(?:([\w:]+)::)?{}\b/,
  /\.mount\(\s*"(\/[^"]*)"\s*,\s*routes!\[[^\]]*?(?:([\w:]+)::)?{}\b/,
  /scope\(\s*"(\/[^"]*)"\s*\)(?:\s*\.\w+\([^()]*(?:\([^()]*\))?[^()]*\))*?\s*\.(?:configure|service)\(\s*(?:([\w:]+)::)?{}\b/
];
var ROUTE_PREFIX = /(?:\.nest(?:_service)?|web::scope|\.scope|\.mount)\(\s*"(\/[^"]*)"/g;
var ADDRESS_VARS = [
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:HOST|HOSTNAME|BIND_HOST|LISTEN_HOST|INTERFACE|IP)$/, value: "0.0.0.0" },
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:ADDR|ADDRESS|BIND|BIND_ADDR|BIND_ADDRESS|LISTEN|LISTEN_ADDR|LISTEN_ADDRESS|SOCKET_ADDR|SERVER_ADDR)$/, value: "0.0.0.0:{port}" }
];
var OTHER_ENDPOINT_PREFIXES = [
  ...["DATABASE", "DB", "POSTGRES", "PG", "MYSQL", "MARIADB", "SQL\\w*", "MONGO\\w*", "CLICKHOUSE", "ELASTIC\\w*", "REDIS", "MEMCACHED?"],
  ...["AMQP", "RABBIT\\w*", "KAFKA", "NATS", "MQTT", "SMTP", "MAIL", "S3", "AWS", "ETCD", "CONSUL", "VAULT", "LDAP"],
  ...["STATSD", "OTEL", "OTLP", "JAEGER", "ZIPKIN", "SENTRY", "METRICS", "ADMIN", "GRPC"],
  ...["PROXY", "HTTPS?_PROXY", "UPSTREAM", "BACKEND", "REMOTE", "CLIENT"]
];
var OTHER_ENDPOINT = `(?:${OTHER_ENDPOINT_PREFIXES.join("|")})_`;
var OTHER_ENDPOINT_VAR = new RegExp(`^${OTHER_ENDPOINT}`);
var ROUTE_SHAPES = [
  { shape: '.route("\u2026")', pattern: /\.route\(\s*"([^"]+)"/g },
  { shape: 'web::resource("\u2026")', pattern: /web::resource\(\s*"([^"]+)"/g },
  { shape: '#[get("\u2026")]', pattern: /#\[\s*(?:get|head|route)\s*\(\s*(?:GET\s*,\s*)?(?:path\s*=\s*)?"([^"]+)"/g },
  // Plain hyper services compare the request path: `req.uri().path() == "/health"`, match arms on `(method, path)`.
  // A match arm may have a guard: `("GET", "/_ops/healthz") if ops_enabled =>`.
  { shape: "path comparison", pattern: /(?:==\s*"(\/[^"]*)"|"(\/[^"]*)"\s*\)?\s*\)?\s*(?:if\s[^=\n]*)?=>)/g }
];
var HTTP_SERVER_CRATES = ["axum", "actix-web", "rocket", "hyper", "warp", "poem", "salvo", "tide", "loco-rs", "ntex", "tower-http"];
var LOOPBACK = /"(?:127\.0\.0\.1|localhost)(?::[^"\s]*)?"|\[\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\]|(?:default\b|bind\w*\().*Ipv4Addr::new\(\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\)|Ipv4Addr::LOCALHOST|Ipv6Addr::LOCALHOST|"\[?::1\]?(?::\d+)?"/;
var BIND_CONTEXT = /\b(?:bind\w*|listen\w*|serve|SocketAddr|TcpListener|default_value(?:_t)?|unwrap_or(?:_else)?|host|addr(?:ess)?)\b/i;
var CLIENT_CONNECT = /\bconnect\w*\s*\(/;
var NOT_A_BIND = /^\s*\/\/|"https?:\/\/|Url::parse|reqwest|Client::|[=!]=\s*(?:"(?:127\.0\.0\.1|localhost)"|Ipv[46]Addr::LOCALHOST)|"(?:127\.0\.0\.1|localhost)"\s*[=!]=|matches!\(|\.is_loopback\(\)|\bredirect/i;
var NOT_A_LISTEN_OPTION = /redirect|proxy|upstream|remote|target|allow|origin|canonical|client|peer|public|external|trusted/i;
var ENV_READS = [/(?<![.\w])(?:env::)?var(?:_os)?\(\s*"([A-Z][A-Z0-9_]*)"/g, /\benv\s*=\s*"([A-Z][A-Z0-9_]*)"/g, /env!\(\s*"([A-Z][A-Z0-9_]*)"/g];
var ENV_READ_CALL = /(?<![.\w])(?:(?:std::)?(?:env|dotenvy?)::)?var\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/g;
var ENV_READ_OF_CONSTANT = /(?<![.\w])(?:(?:std::)?env::)?var(?:_os)?\(\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*\)/g;
var ENV_WRAPPER_FN = /\bfn\s+(\w+)\s*\(\s*(\w+)\s*:\s*&(?:'\w+\s+)?str\b[^{]*\{[^}]{0,400}?(?<![.\w])(?:(?:std::)?env::)?var(?:_os)?\(\s*&?\2\s*\)/g;
var CLAP_ENV_OPTION = /#\[(?:arg|clap)\(([^\]]*?\benv\s*=\s*"([A-Z][A-Z0-9_]*)"[^\]]*)\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?\w+\s*:\s*([\w:]+)/g;
var OPTIONAL_CLAP_OPTION = { attribute: /default_value|default_missing_value|required\s*=\s*false/, type: /^(?:(?:std::)?(?:option::)?Option|Vec|bool)$/ };
var SET_BY_IMAGE = /^(?:HOST|PORT|RUST_LOG|RUST_BACKTRACE|LOG_FORMAT|SSL_CERT_FILE|HOME|PATH|USER|HOSTNAME|TZ|PWD|CARGO_\w+)$/;
var CLI_FIELD = /((?:#\[(?:arg|clap|argh)\((?:[^\[\]]|\[[^\]]*\])*\)\]\s*)+)(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:\s*([\w:]+(?:<[\w:]+>)?)\s*,/g;
var POSITIONAL = { argh: /#\[argh\([^\]]*\bpositional\b/, clapNamed: /#\[(?:arg|clap)\([^\]]*\b(?:long|short|subcommand|flatten|skip)\b/ };
var CONFIG_ARG = /(?:^|[-_])(?:conf|config|configuration|settings)(?:[-_]|$)/i;
var ADDRESS_ARG = /addr|bind|listen/i;
var LISTEN_VAR_PREFIXES = ["APP", "SERVER", "HTTP", "LISTEN", "BIND", "WEB", "API", "SERVICE"];
var LISTEN_VAR_KINDS = { PORT: "port", HOST: "host" };
var SERVE_SUBCOMMANDS = ["serve", "server", "start", "web", "run"];
var HOST_ARGS = ["host", "bind", "binding"];
var PORT_ARGS = ["port"];
var PORT_SHAPES = [
  { shape: "clap default of the port option", pattern: /default_value(?:_t)?\s*=\s*"?(\d{2,5})"?[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*)*(?:pub\s+)?port\s*:/g },
  { shape: "clap default of the port option", pattern: /#\[(?:arg|clap)\([^\]\n]*PORT[^\]\n]*default_value(?:_t)?\s*=\s*"?(\d{2,5})/gi },
  { shape: "clap default of the port option", pattern: /Arg::(?:new|with_name)\(\s*"port"\s*\)[^;]*?\.default_value\(\s*"(\d{2,5})"\s*\)/g },
  { shape: "default port function", pattern: /fn\s+\w*port\w*\s*\(\s*\)\s*->\s*u16\s*\{\s*(\d{2,5})\s*\}/g },
  { shape: "port in a Default impl", pattern: /impl\s+Default\s+for\s+\w+\s*\{[^}]{0,400}?\bport\s*:\s*(\d{2,5})\s*,/g },
  // Read directly or through a helper given the name (`setting("APP_PORT", …)`).
  {
    shape: "default of the PORT variable",
    pattern: new RegExp(`(?:env::var|\\w+)\\(\\s*"(?!${OTHER_ENDPOINT})[A-Z_]*PORT"\\s*(?:,[^()]*)?\\)[^;]*?unwrap_or(?:_else)?\\(\\s*(?:\\|_?\\|\\s*)?(?:"|String::from\\(")?(\\d{2,5})`, "g")
  },
  { shape: "port constant", pattern: /const\s+[A-Z_]*PORT[A-Z_]*\s*:\s*u16\s*=\s*(\d{2,5})/g },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*&?\(?\s*"(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]|::)?:?(\d{2,5})"/g },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*\(\s*"[^"]*"\s*,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /SocketAddr::from\(\s*\(\s*\[[\d,\s]+\]\s*,\s*(\d{2,5})\s*\)\s*\)/g },
  // SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8088) — every interface, so a server's — or inside a default = "…".
  { shape: "port in a socket address", pattern: /SocketAddr(?:V4|V6)?::new\((?=[^;]*?UNSPECIFIED)(?:[^();]|\((?:[^();]|\([^();]*\))*\))*?,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /default\s*=\s*"SocketAddr(?:V4|V6)?::new\((?:[^();"]|\((?:[^();"]|\([^();"]*\))*\))*?,\s*(\d{2,5})\s*\)/g }
];
var PORT_CONFIG_FILES = ["Rocket.toml", ...["config", "configuration", "settings"].flatMap(
  (dir) => ["production", "prod", "base", "default", "settings", "config", "development"].flatMap((name) => ["yaml", "yml", "toml"].map((ext) => `${dir}/${name}.${ext}`))
)];
var SERVER_SECTION = "(?:application|server|http|web|app|api|service|default|release|global)";
var CONFIG_PORT = [
  new RegExp(`^${SERVER_SECTION}:[ \\t]*\\n(?:[ \\t]+.*\\n|[ \\t]*\\n)*?[ \\t]+port:[ \\t]*"?(\\d{2,5})"?[ \\t]*$`, "m"),
  new RegExp(`^\\[${SERVER_SECTION}\\][ \\t]*\\n(?:(?!\\[).*\\n)*?[ \\t]*port[ \\t]*=[ \\t]*(\\d{2,5})[ \\t]*$`, "m")
];
var ROOT_CONFIG_FILE = /^(?:config|settings|app|application|server|service)\.(?:toml|ya?ml|json|ron|ini)$/;
var CONFIG_ADDRESS = /^[ \t]*(address|addr|bind|bind_address|bind_addr|listen|listen_address|listen_addr|socket_addr|server_addr|host)[ \t]*[=:][ \t]*["']?((?:\d{1,3}(?:\.\d{1,3}){3})|localhost|\[[0-9a-fA-F:]*\]|::):(\d{2,5})["']?[ \t]*$/gm;
var CONFIG_RS_ENVIRONMENT = /Environment::(?:default\(\)|new\(\)|with_prefix\(\s*"([^"]*)"\s*\))((?:\s*\.\s*(?:prefix|prefix_separator|separator|try_parsing|list_separator|with_list_parse_key|ignore_empty|keep_prefix|convert_case|source)\([^)]*\))*)/g;
var ENVIRONMENT_VAR = /^(?:[A-Z][A-Z0-9]*_)?(?:ENV|ENVIRONMENT|RUN_MODE)$/;
var PRODUCTION_CONFIG = ["config", "configuration", "settings"].flatMap(
  (dir) => ["production", "prod"].flatMap((name) => ["yaml", "yml", "toml", "json"].map((ext) => `${dir}/${name}.${ext}`))
);
var WRITABLE_PATHS = [
  { shape: "create_dir_all", pattern: /create_dir(?:_all)?\(\s*"([^"]+)"/g },
  // A constant's value (`const SPOOL: &str = "var/spool"; … create_dir_all(SPOOL)`): the group is the constant's name.
  { shape: "create_dir_all of a constant", pattern: /create_dir(?:_all)?\(\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*\)/g },
  // The key where it is defined (not read: `c.data_folder`), its default a path (not a variable's name, not a URL).
  { shape: "default of a data-directory setting", pattern: /(?<![.\w])data_?(?:folder|dir|directory)\b\s*[:=,][^\n"]{0,60}"((?![A-Z0-9_]+")[\w.~-][\w.\/~-]*)"/g },
  { shape: "database file path", pattern: /"((?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\/[\w-]+\.(?:sqlite3?|db|redb))"/g },
  { shape: "default of a data-directory variable", pattern: /"[A-Z0-9_]*(?:DATA|STATE|STORAGE|UPLOADS?)_?(?:DIR|PATH|DIRECTORY|FOLDER)"\s*\)[^;]*?unwrap_or(?:_else)?\(\s*(?:\|_?\|\s*)?(?:"|(?:String|PathBuf)::from\(\s*")([^"]+)"/g },
  { shape: "clap default of a data-directory option", pattern: /default_value\s*=\s*"([^"]+)"[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*|#\[[^\]]*\]\s*)*(?:pub\s+)?\w*(?:data|state|storage|upload)s?_?(?:dir|path|directory)\s*:/g },
  { shape: "SQLite database file", pattern: /"sqlite:(?:\/\/)?([^"?]+\/[^"?]+)/g }
];
var CONFIG_WRITABLE_PATH = /^[ \t]*\w*(?:upload|data|storage|state|cache|db|database)s?_?(?:path|dir|directory|folder)[ \t]*[=:][ \t]*["']?([^"'\s#]+)["']?[ \t]*$/gm;
var EMBEDDED_DIRS = [
  { dir: "migrations", pattern: /\b(?:sqlx::)?migrate!\s*\(|embed_migrations!\s*\(/g },
  // askama and sailfish compile templates/ into the binary (tera, minijinja and handlebars read it at run time).
  { dir: "templates", pattern: /#\[template\(\s*(?:path|source)\s*=/g }
];
var SERVED_DIR = /(?:ServeDir::new|fs::dir|FileServer::from|relative!|Files::new\(\s*"[^"]*"\s*,)\s*\(?\s*"(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*)\/?"/g;
var SQLX_QUERY_MACROS = /\bsqlx::query(?:_as|_scalar|_file|_file_as|_file_scalar)?(?:_unchecked)?!\s*\(/g;
var REQUIRED_FEATURE = /#\[cfg\(not\((?:any\()?([^\]]*?)\)?\)\)\]\s*compile_error!/g;
var HANDLES_SIGINT = /signal::ctrl_c\s*\(|ctrlc::set_handler|SignalKind::interrupt\s*\(|\bSIGINT\b|\bsignal\(\s*2\s*,/g;
var HANDLES_SIGTERM = /SignalKind::terminate\s*\(|\bSIGTERM\b|\bsignal\(\s*15\s*,/;
var SIGTERM_HANDLING_CRATES = ["actix-web", "actix-server", "rocket", "ntex", "loco-rs"];
var SIGTERM_FEATURES = { ctrlc: "termination" };

// generators/kit/scan/cli-options.ts
var attribute = (attributes, name) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|([^,)\\]]+))`).exec(attributes);
function findCliOptions(sources) {
  const found = [];
  for (const src of sources) {
    if (src.testOnly || /(^|\/)tests\//.test(src.path)) continue;
    for (const m of src.text.matchAll(CLI_FIELD)) {
      const [, attributes, field2, type] = m;
      if (!/#\[(?:arg|clap)\(/.test(attributes) || /\b(?:subcommand|flatten|skip)\b/.test(attributes)) continue;
      const positional = !POSITIONAL.clapNamed.test(attributes);
      const long = attribute(attributes, "long");
      const flag = positional ? void 0 : /\blong\b/.test(attributes) ? `--${long?.[1] ?? field2.replace(/_/g, "-")}` : void 0;
      if (!positional && !flag) continue;
      const defaultValue = attribute(attributes, "default_value(?:_t|_os)?");
      const env = attribute(attributes, "env")?.[1] ?? (/\benv\b(?!\s*=)/.test(attributes) ? field2.toUpperCase() : void 0);
      const optional = /^(?:(?:std::)?(?:option::)?Option|Vec|bool)\b/.test(type) || /required\s*=\s*false/.test(attributes);
      const line = lineOf(src.text, m.index + attributes.lastIndexOf("#["));
      found.push({
        field: field2,
        ...flag ? { flag } : {},
        valueName: attribute(attributes, "value_name")?.[1] ?? field2.toUpperCase(),
        ...env ? { env } : {},
        ...defaultValue ? { default: (defaultValue[1] ?? defaultValue[2]).trim() } : {},
        required: !defaultValue && !optional && !/default_missing_value/.test(attributes),
        type,
        file: src.path,
        line
      });
    }
  }
  return found;
}

// generators/kit/scan/scan.ts
var IMAGE_BUILD = {};
function readSource(parser, file, raw, budget) {
  return parser.read(
    file,
    raw,
    (source) => {
      const text = withoutCommentsAndLongLiterals(raw).split("");
      for (const [start, end] of inactiveRanges(source, IMAGE_BUILD)) for (let k = start; k < end; k++) if (text[k] !== "\n") text[k] = " ";
      const inactiveModules = moduleDeclarations(source, IMAGE_BUILD).filter((m) => !m.active).flatMap((m) => moduleFiles(file, [...m.parents, m.name].join("/")));
      return { path: file, text: text.join(""), inactiveModules };
    },
    budget
  );
}
function readSources(parser, contextDir, packageDirs, extraFiles = [], otherBins = []) {
  const root = path3.join(contextDir, packageDirs[0]);
  const files = /* @__PURE__ */ new Set();
  const walk2 = (dir) => {
    for (const e of fs2.readdirSync(dir, { withFileTypes: true })) {
      const full = path3.join(dir, e.name);
      if (e.isDirectory() && e.name !== "target" && e.name !== "vendor" && !e.name.startsWith(".")) walk2(full);
      else if (e.isFile() && e.name.endsWith(".rs")) files.add(full);
    }
  };
  for (const dir of packageDirs) if (fs2.existsSync(path3.join(contextDir, dir, "src"))) walk2(path3.join(contextDir, dir, "src"));
  for (const f of extraFiles) if (fs2.existsSync(path3.join(root, f))) files.add(path3.join(root, f));
  const other = otherBins.map((b) => path3.join(root, b));
  const otherDirs = other.filter((b) => path3.basename(b) === "main.rs" && path3.basename(path3.dirname(path3.dirname(b))) === "bin").map(path3.dirname);
  for (const f of [...files]) if (other.includes(f) || otherDirs.some((d) => f.startsWith(d + path3.sep))) files.delete(f);
  const budget = new ReadBudget();
  const read2 = [...files].sort().map((full) => {
    const raw = readText(full);
    budget.admit(contentPath(contextDir, full), Buffer.byteLength(raw));
    return readSource(parser, contentPath(contextDir, full), raw, budget);
  });
  const testFiles = new Set(read2.flatMap((src) => src.inactiveModules));
  return read2.map(({ inactiveModules: _modules, ...src }) => testFiles.has(src.path) ? { ...src, testOnly: true } : src);
}
function findHealthRoutes(sources) {
  const found = [];
  for (const src of sources)
    for (const { shape, pattern } of ROUTE_SHAPES)
      for (const m of src.text.matchAll(pattern)) {
        const route = m[1] ?? m[2];
        const rank = route ? healthRank(route) : -1;
        const line = lineOf(src.text, m.index);
        if (rank < 0 || isTestFile(src)) continue;
        const path4 = joinPaths([...routePrefixes(sources, src, m.index, shape), route]);
        const enabledBy = routeSwitch(sources, src, m.index, m[0]);
        if (!found.some((f) => f.path === path4)) found.push({ path: path4, shape, file: src.path, line, rank, ...enabledBy ? { enabledBy } : {} });
      }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...route }) => route);
}
function healthRank(route) {
  const usual = HEALTH_PATHS.indexOf(route);
  if (usual >= 0) return usual;
  if (!route.startsWith("/") || /[{}<>:*]/.test(route)) return -1;
  const segments = route.split("/").filter(Boolean);
  const words2 = segments.length === 1 ? HEALTH_SEGMENTS : HEALTH_WORDS;
  const word = words2.indexOf(segments.at(-1) ?? "");
  return word < 0 ? -1 : HEALTH_PATHS.length + word;
}
function routeSwitch(sources, src, index, matched) {
  const condition = /\bif\s([^=\n]*)=>/.exec(matched)?.[1] ?? enclosingIf(src.text, index);
  if (!condition || /!(?!=)|!=|is_err|is_none|\bno_|disable/.test(condition)) return void 0;
  const direct = ENV_SWITCH.exec(condition);
  if (direct) return BOOLEAN_READ.test(condition) ? { name: direct[1], value: switchValue(condition) } : void 0;
  for (const ident of condition.match(/\b[a-z_][a-z0-9_]*\b/g) ?? []) {
    if (/^(?:if|let|some|ok|true|false|self)$/.test(ident)) continue;
    for (const other of sources) {
      const binding = new RegExp(`\\blet\\s+(?:mut\\s+)?${ident}\\s*(?::\\s*bool\\s*)?=\\s*(?:std::)?${ENV_SWITCH.source}[^;]*;`).exec(other.text);
      if (binding) return BOOLEAN_READ.test(binding[0]) ? { name: binding[1], value: switchValue(binding[0]) } : void 0;
      const field2 = new RegExp(`env\\s*=\\s*"([A-Z][A-Z0-9_]*)"[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (field2) return { name: field2[1], value: "true" };
      const flag = new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (flag) return { flag: `--${/long\s*=\s*"([^"]+)"/.exec(flag[0])?.[1] ?? ident.replace(/_/g, "-")}` };
    }
  }
  return void 0;
}
var ENV_SWITCH = /(?:env::)?var\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/;
var BOOLEAN_READ = /\.is_ok\(\)|\.is_ok_and\(|==\s*"|\.eq_ignore_ascii_case\(|parse::<bool>|matches!\(/;
var switchValue = (text) => /==\s*"([^"]+)"/.exec(text)?.[1] ?? (/parse::<bool>|:\s*bool\b/.test(text) ? "true" : "1");
function enclosingIf(text, index) {
  const before = text.slice(Math.max(0, index - 600), index);
  for (const m of [...before.matchAll(/\bif\s+([^{};]+)\{/g)].reverse()) {
    let depth = 0;
    for (const c of before.slice(m.index + m[0].length)) if ((depth += c === "{" ? 1 : c === "}" ? -1 : 0) < 0) break;
    if (depth >= 0) return m[1];
  }
  return void 0;
}
function chainedOn(rest) {
  let depth = 0;
  for (const c of rest) if ((depth += c === "(" ? 1 : c === ")" ? -1 : 0) < 0) return false;
  return true;
}
var joinPaths = (parts) => `/${parts.flatMap((p) => p.split("/").filter(Boolean)).join("/")}`;
function routePrefixes(sources, src, index, shape, depth = 0) {
  const { text } = src;
  const inline = [];
  let level = 0;
  let innerStart = index;
  for (let k = index - 1; k >= Math.max(0, index - 6e3); k--) {
    if (text[k] === ")") level++;
    else if (text[k] === "(" && level-- === 0) {
      level = 0;
      const argument2 = text.slice(k + 1, innerStart);
      const scope = [...argument2.matchAll(/scope\(\s*"(\/[^"]*)"\s*\)/g)].filter((s) => chainedOn(argument2.slice(s.index + s[0].length))).at(-1);
      if (scope) inline.unshift(scope[1]);
      const nest = /\.nest(?:_service)?\($/.test(text.slice(Math.max(0, k - 14), k + 1)) && /^\s*"(\/[^"]*)"/.exec(text.slice(k + 1));
      if (nest) inline.unshift(nest[1]);
      innerStart = k;
    }
  }
  if (depth >= 3) return inline;
  const fns = functionsOf(src);
  let low = 0;
  let high = fns.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (fns[mid].index < index) low = mid + 1;
    else high = mid;
  }
  const at = low - 1;
  const fn = (shape.startsWith("#[") ? fns[at + 1] : fns[at])?.name;
  if (!fn) return inline;
  const module = path3.posix.basename(src.path, ".rs").replace(/^(?:mod|lib|main)$/, path3.posix.basename(path3.posix.dirname(src.path)));
  return [...placedUnder(sources, fn, module, depth), ...inline];
}
var functionsCache = /* @__PURE__ */ new WeakMap();
function functionsOf(src) {
  let fns = functionsCache.get(src);
  if (!fns) functionsCache.set(src, fns = [...src.text.matchAll(/\bfn\s+(\w+)/g)].map((m) => ({ index: m.index, name: m[1] })));
  return fns;
}
var placedCache = /* @__PURE__ */ new WeakMap();
function placedUnder(sources, fn, module, depth) {
  let cache = placedCache.get(sources);
  if (!cache) placedCache.set(sources, cache = /* @__PURE__ */ new Map());
  const key = `${fn} ${module} ${depth}`;
  let found = cache.get(key);
  if (found) return found;
  found = [];
  search: for (const other of sources)
    for (const rule of PREFIX_BY_NAME)
      for (const m of other.text.matchAll(new RegExp(rule.source.replace("{}", fn), "g"))) {
        const named = m[2]?.split("::").filter((s) => s && s !== "crate" && s !== "self" && s !== "super").at(-1);
        if (named === void 0 || named === module) {
          found = [...routePrefixes(sources, other, m.index, "", depth + 1), m[1]];
          break search;
        }
      }
  cache.set(key, found);
  return found;
}
function findLoopbackBinds(sources) {
  const found = [];
  for (const src of sources)
    src.text.split("\n").forEach((text, i, lines) => {
      const next = lines.slice(i, i + 4).join("\n");
      const connects = CLIENT_CONNECT.test(next) && !/\b(?:bind|listen)\w*\s*\(/.test(next);
      if (LOOPBACK.test(text) && BIND_CONTEXT.test(text) && !NOT_A_BIND.test(text) && !connects && !otherOption(lines, i) && !isTestFile(src))
        found.push({ file: src.path, line: i + 1, text: text.trim() });
    });
  return found;
}
function otherOption(lines, i) {
  if (!/default_value/.test(lines[i])) return false;
  for (let k = i; k < Math.min(lines.length, i + 10); k++) {
    const field2 = /^\s*(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:(?!:)/.exec(lines[k]);
    if (field2 && !/^\s*#/.test(lines[k])) return NOT_A_LISTEN_OPTION.test(lines.slice(i, k + 1).join("\n"));
  }
  return false;
}
var isTestFile = (src) => src.testOnly === true || /(^|\/)tests\//.test(src.path);
function findListenVars(sources, crateName, productionConfig) {
  const crateWords = crateName.toUpperCase().split(/[-_]/).filter((w) => w.length >= 3);
  const own = /* @__PURE__ */ new Set([crateName.toUpperCase().replace(/-/g, "_"), ...crateWords]);
  return findEnvReads(sources).flatMap(({ name, file, line }) => {
    const at = name.lastIndexOf("_");
    const [prefix, suffix] = at < 0 ? ["", name] : [name.slice(0, at), name.slice(at + 1)];
    const kind = LISTEN_VAR_KINDS[suffix];
    const words2 = prefix ? prefix.split("_") : [];
    const listenWord = words2.some((w) => LISTEN_VAR_PREFIXES.includes(w));
    const listenish = words2.length === 0 || !OTHER_ENDPOINT_VAR.test(name) && (prefix === crateName.toUpperCase().replace(/-/g, "_") || listenWord && words2.every((w) => own.has(w) || LISTEN_VAR_PREFIXES.includes(w)));
    const environment = ENVIRONMENT_VAR.test(name) && productionConfig !== void 0;
    return kind && listenish || environment ? [{ name, kind: kind ?? "environment", file, line }] : [];
  });
}
function findEnvReads(sources) {
  const found = [];
  const add = (src, index, name) => {
    if (!name || !/^[A-Z][A-Z0-9_]*$/.test(name) || found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestFile(src)) found.push({ name, file: src.path, line });
  };
  const wrappers = [...new Set(sources.flatMap((src) => [...src.text.matchAll(ENV_WRAPPER_FN)].map((m) => m[1])))];
  const patterns = [...ENV_READS, ...wrappers.map((fn) => new RegExp(`(?<![.\\w])${fn}\\(\\s*"([A-Z][A-Z0-9_]*)"`, "g"))];
  for (const src of sources) {
    for (const pattern of patterns) for (const m of src.text.matchAll(pattern)) add(src, m.index, m[1]);
    for (const m of src.text.matchAll(ENV_READ_OF_CONSTANT)) add(src, m.index, constantValue(sources, m[1]));
  }
  const order = (f) => sources.findIndex((s) => s.path === f.file) * 1e6 + f.line;
  return found.sort((a, b) => order(a) - order(b));
}
function findStartArgs(sources) {
  const args = {};
  for (const src of sources)
    for (const m of src.text.matchAll(CLI_FIELD)) {
      const [, attributes, field2, type] = m;
      const positional = POSITIONAL.argh.test(attributes) || /#\[(?:arg|clap)\(/.test(attributes) && !POSITIONAL.clapNamed.test(attributes);
      const option = /#\[(?:arg|clap)\([^\]]*\blong\b/.test(attributes) || /#\[argh\([^\]]*\boption\b/.test(attributes);
      if (!positional && !option || /\bbool\b/.test(type) || isTestFile(src)) continue;
      const given = /\bname\s*=\s*"([^"]+)"/.exec(attributes)?.[1] ?? field2;
      const name = positional ? given : `--${given.replace(/_/g, "-")}`;
      const found = { name, file: src.path, line: lineOf(src.text, m.index + attributes.lastIndexOf("#[")) };
      const hasDefault = /\bdefault(?:_value\w*)?\s*=/.test(attributes);
      const optional = /^(?:(?:std::)?(?:option::)?Option|Vec)\b/.test(type);
      const requiredGroup = () => new RegExp(`\\.required\\(\\s*true\\s*\\)[^;]*?"${name}"`).test(src.text);
      if (CONFIG_ARG.test(name) && !hasDefault && (!optional || requiredGroup())) args.configArg ??= found;
      if (positional && ADDRESS_ARG.test(name) && hasDefault && /SocketAddr|String/.test(type)) args.addressArg ??= found;
    }
  return args;
}
var FAILS_HARD = /^\s*(?:\?|\.unwrap\(\)|\.expect\()/;
var ERROR_ADAPTER = /^\s*\.(?:context|with_context|wrap_err|wrap_err_with|map_err)\(/;
var OPTION_AFTER_TRY = /^\s*\?\s*\.(?:is_some|is_none|is_some_and|unwrap_or|unwrap_or_default|unwrap_or_else|map_or|map_or_else|as_deref|filter|or|or_else)\b/;
var MATCHED_WITH_NONE = /^[^{]*\{[^}]*\bNone\s*=>/;
function pastClosing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}
function findRequiredEnv(sources) {
  const found = [];
  const add = (src, index, name, shape) => {
    if (found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestFile(src)) found.push({ name, file: src.path, line, shape });
  };
  for (const src of sources) {
    for (const m of src.text.matchAll(ENV_READ_CALL)) {
      let after = m.index + m[0].length;
      const adapter = ERROR_ADAPTER.exec(src.text.slice(after, after + 80));
      if (adapter) after = pastClosing(src.text, after + adapter[0].length - 1);
      const ending = FAILS_HARD.exec(src.text.slice(after, after + 40));
      const optional = OPTION_AFTER_TRY.test(src.text.slice(after, after + 40)) || /\bmatch\s+$/.test(src.text.slice(Math.max(0, m.index - 12), m.index)) && MATCHED_WITH_NONE.test(src.text.slice(after, after + 400));
      const end = optional ? void 0 : ending?.[0].trim();
      if (end) add(src, m.index, m[1], `env::var(\u2026)${adapter ? `${adapter[0].trim()}\u2026)` : ""}${end === ".expect(" ? ".expect(\u2026)" : end}`);
    }
    for (const m of src.text.matchAll(CLAP_ENV_OPTION))
      if (!OPTIONAL_CLAP_OPTION.attribute.test(m[1]) && !OPTIONAL_CLAP_OPTION.type.test(m[3])) add(src, m.index, m[2], "a clap option with no default");
  }
  return found;
}
function addressVars(envReads) {
  return envReads.flatMap((name) => {
    if (OTHER_ENDPOINT_VAR.test(name)) return [];
    const row = ADDRESS_VARS.find((r) => r.pattern.test(name));
    return row ? [[name, row.value]] : [];
  });
}
function healthCandidates(sources, found, frameworkPath) {
  const healthy = (p) => HEALTH_SEGMENTS.includes(p.split("/").filter(Boolean).at(-1) ?? "");
  const literals = sources.flatMap((src) => [...src.text.matchAll(PATH_LITERAL)].map((m) => m[1])).filter((p) => healthy(p) && p.includes("/")).map((p) => p.startsWith("/") ? p : `/${p}`);
  const prefixes = [...new Set(sources.flatMap((src) => [...src.text.matchAll(ROUTE_PREFIX)].map((m) => m[1].replace(/\/+$/, ""))))].filter(Boolean);
  const prefixed = (p) => prefixes.map((prefix) => `${prefix}${p}`);
  const all = [
    ...found.map((r) => r.path),
    ...frameworkPath ? [frameworkPath] : [],
    ...literals.flatMap((l) => [...prefixed(l), l]),
    ...HEALTH_PATHS,
    ...HEALTH_PATHS.flatMap(prefixed)
  ];
  return [...new Set(all)].slice(0, 32);
}
var servesHttp = (dependencies) => dependencies.some((d) => HTTP_SERVER_CRATES.includes(d));
function inspectRun(contextDir, packageDirs, binPath, crateName, dependencies, parser, otherBins = [], dependencyFeatures = {}) {
  const sigtermByDependency = Object.entries(SIGTERM_FEATURES).some(([crate, feature]) => dependencyFeatures[crate]?.includes(feature)) || dependencies.some((d) => SIGTERM_HANDLING_CRATES.includes(d));
  const sources = readSources(parser, contextDir, packageDirs, [binPath, "build.rs"], otherBins);
  const envReads = [...new Set(findEnvReads(sources).map((r) => r.name))];
  const packageDir = packageDirs[0];
  const packageRoot = path3.join(contextDir, packageDir);
  const configFiles = findConfigFiles(sources, packageRoot);
  const address = findConfigAddress(configFiles, packageRoot, packageDir);
  const configAddress = address && { ...address, envName: configEnvName(sources, address.key) };
  const routes = findHealthRoutes(sources);
  const handlesSigterm = sigtermByDependency || sources.some((src) => !src.testOnly && HANDLES_SIGTERM.test(src.text));
  const framework = dependencies.find((d) => d in KIT_FRAMEWORKS);
  return {
    routes,
    healthCandidates: healthCandidates(sources, routes, framework ? KIT_FRAMEWORKS[framework].healthPath : void 0),
    envReads,
    addressVars: addressVars(envReads),
    loopback: findLoopbackBinds(sources),
    listenVars: findListenVars(sources, crateName, productionConfigFile(packageRoot)),
    http: servesHttp(dependencies),
    framework,
    servedDirs: sources.filter((src) => !isTestFile(src)).flatMap((src) => [...src.text.matchAll(SERVED_DIR)].map((m) => ({ dir: m[1], file: src.path, line: lineOf(src.text, m.index) }))),
    embedded: firstMatches(sources, EMBEDDED_DIRS.map((r) => r.pattern)).map((f, i) => f && { ...f, dir: EMBEDDED_DIRS[i].dir }).filter((f) => f !== void 0),
    sqlxQuery: firstMatches(sources, [SQLX_QUERY_MACROS])[0],
    interruptOnly: handlesSigterm ? void 0 : firstMatches(sources, [HANDLES_SIGINT])[0],
    handlesSigterm,
    requiredFeatures: sources.flatMap(
      (src) => [...src.text.matchAll(REQUIRED_FEATURE)].map((m) => ({
        file: src.path,
        line: lineOf(src.text, m.index),
        features: [...m[1].matchAll(/feature\s*=\s*"([^"]+)"/g)].map((f) => f[1])
      })).filter((r) => r.features.length > 0)
    ),
    serve: findServeCommand(sources),
    port: findPort(sources, packageRoot, packageDir, configAddress),
    configFiles,
    configAddress,
    requiredEnv: findRequiredEnv(sources),
    startArgs: findStartArgs(sources),
    cliOptions: findCliOptions(sources),
    dataDirs: [...findDataDirs(sources), ...findConfigDataDirs(configFiles, packageRoot, packageDir)]
  };
}
var kebab = (camel) => camel.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
function braced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}
function findServeCommand(sources) {
  const candidates = [];
  for (const src of sources) {
    for (const m of src.text.matchAll(/#\[derive\([^)]*\b(?:Subcommand|Parser)\b[^)]*\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?enum\s+(\w+)\s*\{/g)) {
      const enumName = m[1];
      if (new RegExp(`Option<\\s*${enumName}\\s*>`).test(src.text)) continue;
      const bodyAt = m.index + m[0].length;
      const body = braced(src.text, bodyAt - 1);
      const variants = [...body.matchAll(/(?:^|[,}\n])\s*(?:#\[[^\]]*\]\s*)*([A-Z]\w*)\s*(?=(\{|\(|,|\n|$))/g)].map((v) => {
        const fields = v[2] === "{" ? braced(body, v.index + v[0].length) : "";
        const start = bodyAt + v.index + v[0].indexOf(v[1]);
        return { name: kebab(v[1]), fields, from: lineOf(src.text, start), to: lineOf(src.text, start + v[0].length - v[0].indexOf(v[1]) + fields.length + 1) };
      });
      for (const v of variants.filter((v2) => SERVE_SUBCOMMANDS.includes(v2.name))) {
        const longArg = (names) => names.find((n) => new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\]\\s*(?:///[^\\n]*\\n\\s*)*(?:pub\\s+)?${n}\\s*:`).test(v.fields));
        const otherCommands = variants.filter((o) => o !== v).map(({ name, from, to }) => ({ name, from, to }));
        candidates.push({ name: v.name, hostArg: longArg(HOST_ARGS), portArg: longArg(PORT_ARGS), file: src.path, line: v.from, otherCommands });
      }
    }
    for (const m of src.text.matchAll(/(?:Command::new|SubCommand::with_name)\(\s*"([a-z-]+)"\s*\)/g)) {
      if (!SERVE_SUBCOMMANDS.includes(m[1]) || /subcommand_required\(\s*false/.test(src.text) || !/\.subcommand\(/.test(src.text)) continue;
      const after = src.text.slice(m.index, m.index + 600);
      const argNamed = (names) => names.find((n) => new RegExp(`Arg::new\\(\\s*"${n}"\\s*\\)[^;]*?\\.long\\(`).test(after));
      candidates.push({ name: m[1], hostArg: argNamed(HOST_ARGS), portArg: argNamed(PORT_ARGS), file: src.path, line: lineOf(src.text, m.index), otherCommands: [] });
    }
  }
  return candidates.sort((a, b) => SERVE_SUBCOMMANDS.indexOf(a.name) - SERVE_SUBCOMMANDS.indexOf(b.name))[0];
}
function findPort(sources, packageRoot, packageDir, configAddress) {
  const valid = (n) => n >= 1 && n <= 65535;
  for (const file of PORT_CONFIG_FILES) {
    const full = path3.join(packageRoot, file);
    if (!fs2.existsSync(full)) continue;
    const text = readText(full);
    for (const pattern of CONFIG_PORT) {
      const m = pattern.exec(text);
      if (m && valid(Number(m[1])))
        return { port: Number(m[1]), shape: file, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index + m[0].lastIndexOf(m[1])) };
    }
  }
  if (configAddress) return { port: configAddress.port, shape: `${configAddress.key} in ${path3.basename(configAddress.file)}`, file: configAddress.file, line: configAddress.line };
  for (const { shape, pattern } of PORT_SHAPES)
    for (const src of sources)
      for (const m of src.text.matchAll(pattern))
        if (valid(Number(m[1])) && !isTestFile(src))
          return { port: Number(m[1]), shape, file: src.path, line: lineOf(src.text, m.index + m[0].indexOf(m[1])) };
  return void 0;
}
function findConfigFiles(sources, packageRoot) {
  if (!fs2.existsSync(packageRoot)) return [];
  const names = fs2.readdirSync(packageRoot).filter((n) => ROOT_CONFIG_FILE.test(n) && fs2.statSync(path3.join(packageRoot, n)).isFile());
  return names.filter((n) => sources.some((src) => !src.testOnly && src.text.includes(`"${n}"`))).sort();
}
function findConfigAddress(files, packageRoot, packageDir) {
  for (const file of files) {
    const text = readText(path3.join(packageRoot, file));
    for (const m of text.matchAll(CONFIG_ADDRESS)) {
      const before = text.slice(0, m.index);
      const section = /\.toml$/.test(file) ? /\[([\w.-]+)\][^\[]*$/.exec(before)?.[1] : /^(\w+):[ \t]*$/m.test(before) && /^[ \t]+/.test(m[0]) ? [...before.matchAll(/^(\w+):[ \t]*$/gm)].at(-1)?.[1] : void 0;
      return {
        key: [section, m[1]].filter(Boolean).join("."),
        host: m[2],
        port: Number(m[3]),
        file: [packageDir, file].filter(Boolean).join("/"),
        line: lineOf(text, m.index + m[0].search(/\S/))
      };
    }
  }
  return void 0;
}
function configEnvName(sources, key) {
  for (const src of sources)
    for (const m of src.text.matchAll(CONFIG_RS_ENVIRONMENT)) {
      const calls = m[2] ?? "";
      const arg = (name) => new RegExp(`\\.\\s*${name}\\(\\s*"([^"]*)"\\s*\\)`).exec(calls)?.[1];
      const prefix = m[1] ?? arg("prefix") ?? "";
      const separator = arg("separator");
      if (key.includes(".") && !separator) continue;
      const keyPart = key.split(".").join(separator ?? "_").toUpperCase();
      return prefix ? `${prefix.toUpperCase()}${arg("prefix_separator") ?? separator ?? "_"}${keyPart}` : keyPart;
    }
  return void 0;
}
function findDataDirs(sources) {
  const found = [];
  for (const { shape, pattern } of WRITABLE_PATHS)
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const value = shape === "create_dir_all of a constant" ? constantValue(sources, m[1]) : m[1];
        const dir = value === void 0 ? void 0 : dataDirOf(value);
        if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir) && !isTestFile(src))
          found.push({ dir, shape, file: src.path, line: lineOf(src.text, m.index) });
      }
  return found;
}
function constantValue(sources, name) {
  const definition = new RegExp(`\\b(?:const|static)\\s+${name}\\s*:\\s*&(?:'static\\s+)?str\\s*=\\s*"([^"]+)"`);
  for (const src of sources) {
    const m = definition.exec(src.text);
    if (m) return m[1];
  }
  return void 0;
}
function findConfigDataDirs(files, packageRoot, packageDir) {
  const found = [];
  for (const file of files) {
    const text = readText(path3.join(packageRoot, file));
    for (const m of text.matchAll(CONFIG_WRITABLE_PATH)) {
      const dir = dataDirOf(m[1]);
      if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir))
        found.push({ dir, shape: `set in ${file}`, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index + m[0].search(/\S/)) });
    }
  }
  return found;
}
var SYSTEM_DIRS = /^\/(?:etc|proc|sys|dev|usr|bin|sbin|lib\w*|run|var\/run|home|root)(?:\/|$)/;
function dataDirOf(subject) {
  const clean = subject.replace(/\/+$/, "").replace(/^\.\//, "");
  if (!clean || clean === "." || /^\/tmp(?:\/|$)/.test(clean) || /[{}$%]/.test(clean)) return void 0;
  const isFile = /\.[A-Za-z0-9]{1,8}$/.test(clean.split("/").at(-1)) && !clean.endsWith(".d");
  const dir = isFile ? clean.split("/").slice(0, -1).join("/") : clean;
  if (!dir) return void 0;
  return dir.startsWith("/") ? dir : `/app/${dir.split("/")[0]}`;
}
function firstMatches(sources, patterns) {
  return patterns.map((pattern) => {
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const line = lineOf(src.text, m.index);
        if (!isTestFile(src)) return { file: src.path, line };
      }
    return void 0;
  });
}
function productionConfigFile(packageRoot) {
  return PRODUCTION_CONFIG.find((f) => fs2.existsSync(path3.join(packageRoot, f)));
}

// generators/options/answers-file.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
var ANSWERS_FILE = ".rust-container.json";
var ANSWERS_VERSION = 2;
var contentHash = (content) => `sha256-${createHash("sha256").update(content).digest("hex")}`;
var CONTENT_HASH = /^sha256-[0-9a-f]{64}$/;
function readAnswersFile(file) {
  if (!existsSync2(file)) return void 0;
  let saved;
  try {
    saved = JSON.parse(readFileSync(file, "utf8"));
    if (!saved || typeof saved !== "object" || Array.isArray(saved)) throw new Error("not a JSON object");
  } catch (e) {
    throw new UserError(`${file} is not valid: ${e.message}; fix or delete it`);
  }
  const raw = {};
  for (const f of FIELDS) if (saved[f.flag] !== void 0) raw[f.key] = String(saved[f.flag]);
  const rawKit = {};
  const generatedAs = saved.generatedAs === "service" || saved.generatedAs === "container-kit" ? saved.generatedAs : void 0;
  const detectedThen = generatedAs === "container-kit" && saved.answers === void 0 ? ["cmd", "healthcheck", "health-path"] : [];
  for (const { flag } of KIT_ANSWER_FLAGS)
    if (saved[flag] !== void 0 && !detectedThen.includes(flag)) rawKit[flag] = String(saved[flag]);
  const files = Object.fromEntries(
    Object.entries(saved.files && typeof saved.files === "object" ? saved.files : {}).filter(([, h]) => typeof h === "string" && CONTENT_HASH.test(h))
  );
  return { raw, rawKit, generatedAs, files };
}
function answersFileText(generatedAs, answers) {
  return JSON.stringify({ generatedAs, answers: ANSWERS_VERSION, ...answers }, null, 2);
}
function withFileHashes(text, files) {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a < b ? -1 : 1));
  return `${JSON.stringify({ ...JSON.parse(text), files: sorted }, null, 2)}
`;
}

// generators/catalog/deny.ts
var TEMPLATE_LICENSES = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Unicode-3.0", "Zlib", "BSL-1.0"];
var CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index";
function parseSpdx(expression) {
  const tokens = expression.replace(/\//g, " OR ").match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const atom = () => {
    if (tokens[at] === "(") {
      at++;
      const inner = or2();
      at++;
      return inner;
    }
    let id = tokens[at++] ?? "";
    if (tokens[at] === "WITH") {
      id = `${id} WITH ${tokens[at + 1]}`;
      at += 2;
    }
    return { id };
  };
  const chain = (op, next) => () => {
    const args = [next()];
    while (tokens[at] === op) {
      at++;
      args.push(next());
    }
    return args.length === 1 ? args[0] : { op, args };
  };
  const and2 = chain("AND", atom);
  const or2 = chain("OR", and2);
  return or2();
}
var satisfied = (e, allowed) => "id" in e ? allowed.has(e.id) : e.op === "AND" ? e.args.every((a) => satisfied(a, allowed)) : e.args.some((a) => satisfied(a, allowed));
var chosen = (e, allowed) => "id" in e ? [e.id] : e.op === "AND" ? e.args.flatMap((a) => chosen(a, allowed)) : chosen(e.args.find((a) => satisfied(a, allowed)) ?? e.args[0], allowed);
function denyLists(packages) {
  const common = new Set(TEMPLATE_LICENSES);
  const allowed = new Set(common);
  const extra = /* @__PURE__ */ new Map();
  const unlicensed = [];
  for (const p of packages) {
    if (p.source === null) continue;
    if (!p.license) {
      unlicensed.push(`${p.name} ${p.version}`);
      continue;
    }
    const expr = parseSpdx(p.license);
    if (satisfied(expr, common)) continue;
    for (const id of chosen(expr, allowed).filter((id2) => !common.has(id2))) {
      extra.set(id, [.../* @__PURE__ */ new Set([...extra.get(id) ?? [], p.name])]);
      allowed.add(id);
    }
  }
  const sources = packages.map((p) => p.source).filter((s) => s !== null);
  const registries = /* @__PURE__ */ new Set([CRATES_IO_INDEX]);
  for (const s of sources) if (/^(registry|sparse)\+/.test(s)) registries.add(s.replace(/^registry\+/, ""));
  const git = [...new Set(sources.filter((s) => s.startsWith("git+")).map((s) => s.slice(4).replace(/[?#].*$/, "")))];
  return {
    allow: [...allowed],
    extra: [...extra].map(([license, crates]) => ({ license, crates })),
    registries: [...registries],
    git,
    unlicensed
  };
}
var TEMPLATE_DENY = { allow: [...TEMPLATE_LICENSES], extra: [], registries: [CRATES_IO_INDEX], git: [], unlicensed: [] };

// generators/render/template-data.ts
import { randomBytes } from "node:crypto";
var INIT = {
  debian: { package: "tini", binary: "/usr/bin/tini-static" },
  alpine: { package: "tini-static", binary: "/sbin/tini-static" }
};
var PROBE_SOURCE = "docker/healthcheck-probe.rs";
var PROBE_BIN = "/usr/local/bin/healthcheck-probe";
function serviceContext(o) {
  return {
    origin: "service",
    packageName: o.name,
    packageDir: "",
    inWorkspace: false,
    binName: o.name,
    version: "0.1.0",
    description: `${o.name}: a web service built with ${o.framework}`,
    rustVersion: PINS.rust,
    toolchainFile: "rust-toolchain.toml",
    toolchainChannel: PINS.rust,
    buildInputs: [],
    openssl: o.tls === "openssl-vendored" ? "vendored" : void 0,
    nativeLibs: o.tls === "openssl-vendored" ? ["openssl-src"] : [],
    assets: [],
    configFiles: [],
    healthcheck: { kind: "subcommand", args: ["healthcheck"] },
    composeFile: "compose.yaml",
    listenEnv: [],
    requiredEnv: [],
    cmd: [],
    cargoFeatures: [],
    dataDirs: o.database === "sqlite" ? [SQLITE_DIR] : [],
    backingVars: { ...BACKING_VARS },
    givenBacking: {},
    givenEnv: [],
    givenDataDirs: [],
    buildEnv: [],
    ciWorkflow: CI_WORKFLOW,
    ciChecks: true,
    deny: TEMPLATE_DENY,
    dependabot: true,
    detected: []
  };
}
var CI_WORKFLOW = ".github/workflows/ci.yml";
var IMAGE_WORKFLOW = ".github/workflows/container-image.yml";
var READY_CHECKS = {
  postgres: { name: "postgres", env: BACKING_VARS.database, arg: "database_url", probe: "self.ping_database()", unreachable: "postgres://app:app@127.0.0.1:1/app" },
  sqlite: { name: "sqlite", env: BACKING_VARS.database, arg: "database_url", probe: "self.ping_database()", unreachable: "sqlite:///nonexistent/directory/app.db" },
  redis: { name: "redis", env: BACKING_VARS.cache, arg: "redis_url", probe: "self.cache.ping()", unreachable: "redis://127.0.0.1:1" }
};
var SQLITE_DIR = "/data";
function backingCompose(o, crate) {
  const env = [];
  const services = [];
  const pg = DATABASES.postgres.compose;
  if (o.database === "postgres") {
    const password = "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}";
    env.push([crate.backingVars.database, `postgres://app:${password}@${pg.service}:${pg.port}/app`]);
    services.push({
      service: pg.service,
      image: pg.image,
      env: [["POSTGRES_USER", "app"], ["POSTGRES_DB", "app"], ["POSTGRES_PASSWORD", password]],
      // PostgreSQL 18 images keep their data under /var/lib/postgresql/<major>/ and refuse a volume on the older …/data.
      volume: { name: `${pg.service}-data`, path: "/var/lib/postgresql" },
      port: pg.port,
      portVar: "DB_PORT",
      // Over TCP: while the image initialises a new volume it runs a temporary server on the Unix socket only, which
      // a socket check would report healthy, starting the app against a server about to restart.
      healthcheck: execForm(["CMD", "pg_isready", "--host=127.0.0.1", "--username=app", "--dbname=app"])
    });
  }
  if (o.database === "sqlite") env.push([crate.backingVars.database, `sqlite://${SQLITE_DIR}/${crate.binName}.db`]);
  const redis = CACHES.redis.compose;
  if (o.cache === "redis") {
    env.push([crate.backingVars.cache, `redis://${redis.service}:${redis.port}`]);
    services.push({
      service: redis.service,
      image: redis.image,
      env: [],
      volume: { name: `${redis.service}-data`, path: "/data" },
      port: redis.port,
      portVar: "CACHE_PORT",
      healthcheck: execForm(["CMD", "redis-cli", "ping"])
    });
  }
  return { env, services };
}
function mergeCrates(deps) {
  const merged = /* @__PURE__ */ new Map();
  for (const dep of deps) {
    const prior = merged.get(dep.name);
    if (!prior) {
      merged.set(dep.name, { ...dep, features: dep.features ? [...dep.features] : void 0 });
      continue;
    }
    const features = [.../* @__PURE__ */ new Set([...prior.features ?? [], ...dep.features ?? []])];
    prior.features = features.length ? features : void 0;
    if (dep.defaultFeatures === false) prior.defaultFeatures = false;
  }
  return [...merged.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function dependencyLine(dep) {
  const features = dep.features?.length ? `, features = [${dep.features.map((f) => JSON.stringify(f)).join(", ")}]` : "";
  const noDefault = dep.defaultFeatures === false ? ", default-features = false" : "";
  if (!features && !noDefault) return `${dep.name} = ${JSON.stringify(dep.version)}`;
  return `${dep.name} = { version = ${JSON.stringify(dep.version)}${noDefault}${features} }`;
}
function serviceCrates(o) {
  const fw = FRAMEWORK_CRATES[o.framework];
  const tlsDeps = o.tls === "none" ? [] : [...fw.tls[o.tls] ?? [], ...TLS_PROBE_CRATES[o.tls]];
  const deps = [...fw.deps, ...tlsDeps, ...ALLOCATOR_CRATES[o.allocator], ...COMMON_CRATES, ...backingCrates(o.database, o.cache, o.tls)];
  return { deps: mergeCrates(deps), devDeps: mergeCrates(fw.devDeps) };
}
function savedAnswers(o, crate) {
  const hc = crate.healthcheck;
  return {
    ...crate.origin === "service" ? { name: o.name, framework: o.framework, tls: o.tls, profile: o.profile } : {},
    ...crate.inWorkspace ? { package: crate.packageName } : {},
    ...crate.origin === "container-kit" ? { bin: crate.binName } : {},
    runtime: o.runtime,
    platform: o.platforms.join(","),
    ...crate.portDetected ? {} : { port: o.port },
    deploy: o.deploy.join(","),
    ci: o.ci,
    ...crate.origin === "service" ? { allocator: o.allocator, database: o.database, cache: o.cache } : crate.givenBacking,
    ...o.offlineBuild ? { "offline-build": true } : {},
    ...o.auditable ? {} : { auditable: false },
    ...o.privateRegistry ? { "private-registry": o.privateRegistry } : {},
    ...crate.givenCmd ? { cmd: crate.givenCmd.join(" ") } : {},
    ...crate.givenEnv.length ? { env: envAnswer(crate.givenEnv) } : {},
    ...crate.givenDataDirs.length ? { "data-dir": crate.givenDataDirs.join(",") } : {},
    ...crate.initGiven ? { init: crate.initGiven } : {},
    ...featureAnswers(crate.cargoFeatures),
    ...crate.origin === "service" || crate.healthGiven ? healthAnswers(hc) : {}
  };
}
function healthAnswers(hc) {
  if (hc.kind === "subcommand") return { "healthcheck-cmd": hc.args.join(" ") };
  if (hc.kind === "none") return { healthcheck: "none" };
  const route = probePath(hc);
  return route ? { healthcheck: "probe", "health-path": route } : { healthcheck: "tcp" };
}
function featureAnswers(args) {
  const at = args.indexOf("--features");
  return {
    ...at >= 0 ? { features: args[at + 1] } : {},
    ...args.includes("--no-default-features") ? { "no-default-features": true } : {},
    ...args.includes("--all-features") ? { "all-features": true } : {}
  };
}
var probePath = (hc) => hc.kind === "probe" && hc.url.startsWith("http://") ? new URL(hc.url).pathname : void 0;
var execForm = (args) => `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;
function healthcheckSnippet(port, path4) {
  return `// First thing in main(): \`<bin> healthcheck\` exits 0 when the running server answers ${path4} with 2xx.
if std::env::args().nth(1).as_deref() == Some("healthcheck") {
    use std::io::{Read, Write};
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(${port});
    let probe = || -> std::io::Result<bool> {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
        stream.set_read_timeout(Some(std::time::Duration::from_secs(3)))?;
        stream.write_all(b"GET ${path4} HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n")?;
        let mut head = [0u8; 12];
        stream.read_exact(&mut head)?;
        Ok(head.starts_with(b"HTTP/1.") && head[9] == b'2')
    };
    std::process::exit(if matches!(probe(), Ok(true)) { 0 } else { 1 });
}`;
}
function dnsLabel(name, max = 49) {
  const trim = (s) => s.slice(0, max).replace(/-+$/, "");
  const label = trim(name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+/, ""));
  return /^[a-z]/.test(label) ? label : trim(`app-${label}`);
}
var SHUTDOWN_TIMING = { drain: 8, closeConnections: 2, preStop: 5, margin: 5 };
var HEALTH_TIMING = { startInterval: 0.5, probePeriod: 1, startPeriod: 30, interval: 30, timeout: 3, retries: 3 };
function buildToolchain(crate) {
  if (!crate.toolchainFile) return void 0;
  const channel = crate.toolchainChannel ?? "stable";
  if (channel === crate.rustVersion || channel === "stable") return { name: crate.rustVersion, install: false, pinsBuilder: channel !== "stable" };
  return { name: channel, install: true, pinsBuilder: false };
}
var BUILDER_RUST_VERSION_COMMAND = "sed -nE 's/^(FROM[[:space:]](.*[[:space:]])?|ARG RUST_BUILDER=)rust:([0-9]+(\\.[0-9]+){1,2})([-@[:space:]].*)?$/\\3/p' Dockerfile | head -n1";
var toolchainChannelCommand = (file) => `if grep -q '^\\[toolchain\\]' ${file}; then sed -nE 's/^[[:space:]]*channel[[:space:]]*=[[:space:]]*"([^"]+)".*/\\1/p' ${file}; else tr -d '[:space:]' < ${file}; fi`;
function buildTemplateData(o, crate = serviceContext(o)) {
  const runtimeRow = RUNTIMES[o.runtime];
  const builder = BUILDERS[runtimeRow.libc];
  const crossCompile = o.platforms.length > 1;
  const staticBinary = runtimeRow.libc === "musl";
  const native = nativeBuild(crate.nativeLibs, builder.family, runtimeRow.libc === "musl");
  const libcTarget = builder.family === "alpine" ? ["musl-dev"] : [];
  const crossLibc = builder.family === "alpine" ? ["musl-dev", "gcc"] : ["gcc", "libc6-dev"];
  const { deps, devDeps } = serviceCrates(o);
  const binPath = `/usr/local/bin/${crate.binName}`;
  const registryEnvPrefix = `CARGO_REGISTRIES_${o.privateRegistry.toUpperCase().replace(/-/g, "_")}`;
  const targetCacheId = crate.packageName === crate.binName ? crate.binName : `${crate.packageName}-${crate.binName}`;
  const healthcheckArgs = crate.healthcheck.kind === "subcommand" ? [binPath, ...crate.healthcheck.args] : crate.healthcheck.kind === "probe" ? [PROBE_BIN, crate.healthcheck.url] : void 0;
  const readyChecks = crate.origin === "service" ? [...o.database === "none" ? [] : [READY_CHECKS[o.database]], ...o.cache === "none" ? [] : [READY_CHECKS[o.cache]]] : [];
  const compose = backingCompose(o, crate);
  return {
    ...o,
    crate,
    crateName: crate.packageName,
    binName: crate.binName,
    packageVersion: crate.version,
    description: crate.description,
    rustVersion: crate.rustVersion,
    edition: PINS.edition,
    dependencyLines: deps.map(dependencyLine),
    devDependencyLines: devDeps.map(dependencyLine),
    optLevel: PROFILES[o.profile].optLevel,
    iterateProfile: ITERATE_PROFILE,
    logFilter: FRAMEWORKS[o.framework].logFilter,
    toolchain: buildToolchain(crate),
    runtimeRow,
    runtimeImage: runtimeRow.image,
    builderImage: builder.image(crate.rustVersion),
    builderFamily: builder.family,
    // Cross builds run clang/lld on the build machine; xx installs the target's libraries.
    buildPackages: [
      // cargo-auditable is compiled for the build machine, so a cross build on Alpine needs its musl headers too.
      ...crossCompile ? ["clang", "lld", ...native.host, ...o.auditable && !o.offlineBuild ? libcTarget : []] : [...libcTarget, ...native.host, ...native.target],
      ...crate.init ? [INIT[builder.family].package] : []
    ],
    crossTargetPackages: [...crossLibc, ...native.target],
    crossCompile,
    xxImage: PINS.xx,
    dockerfileSyntax: PINS.dockerfileSyntax,
    vendorCommand: VENDOR_COMMAND,
    auditableVersion: PINS.cargoAuditable,
    platformList: o.platforms.join(","),
    scanPlatform: o.platforms[0],
    denyTargets: o.platforms.map((p) => `${PLATFORMS[p].arch}-unknown-linux-${runtimeRow.libc === "musl" ? "musl" : "gnu"}`),
    binPath,
    uid: runtimeRow.uid,
    staticBinary,
    healthcheckArgs,
    healthcheckExec: healthcheckArgs && execForm(healthcheckArgs),
    healthcheckTest: healthcheckArgs && execForm(["CMD", ...healthcheckArgs]),
    cmdExec: execForm(crate.cmd),
    healthcheckSnippet: healthcheckSnippet(o.port, probePath(crate.healthcheck) ?? "/health"),
    // One line: a manifest description may span lines ("""…"""), which would end the LABEL instruction.
    labelDescription: crate.description.replace(/\s+/g, " ").trim().replace(/["\\$]/g, ""),
    healthPath: probePath(crate.healthcheck) ?? "/health",
    drainSeconds: SHUTDOWN_TIMING.drain,
    health: HEALTH_TIMING,
    rocketShutdown: { grace: SHUTDOWN_TIMING.drain - SHUTDOWN_TIMING.closeConnections, mercy: SHUTDOWN_TIMING.closeConnections },
    registryTokenEnv: `${registryEnvPrefix}_TOKEN`,
    registryProviderEnv: `${registryEnvPrefix}_CREDENTIAL_PROVIDER`,
    registrySecretId: REGISTRY_SECRET.id,
    registrySecretEnv: REGISTRY_SECRET.env,
    registrySecret: o.privateRegistry !== "" && !o.offlineBuild,
    actions: GITHUB_ACTIONS,
    builderVersionCommand: BUILDER_RUST_VERSION_COMMAND,
    toolchainChannelCommand: crate.toolchainFile && toolchainChannelCommand(crate.toolchainFile),
    ciScope: crate.inWorkspace ? "--workspace " : "",
    targetCacheId,
    targetCacheMount: `--mount=type=cache,target=/app/target,id=${targetCacheId}-target-${crossCompile ? "$TARGETPLATFORM" : runtimeRow.libc},sharing=locked`,
    cargoSelectArgs: `${crate.inWorkspace ? `--package ${crate.packageName} ` : ""}${crate.cargoFeatures.map((a) => `${a} `).join("")}`,
    // Shared libraries the binary loads: installed on debian-slim; distroless/cc is only chosen when it ships them.
    runtimePackages: runtimeRow.stage === "debian" ? native.runtime : [],
    buildEnv: [...native.env, ...crate.buildEnv],
    probeSource: PROBE_SOURCE,
    probeBin: PROBE_BIN,
    initBinary: INIT[builder.family].binary,
    dataVolumes: crate.dataDirs.map((p) => ({ name: dnsLabel(`${crate.binName}-${p.split("/").filter(Boolean).join("-")}`, 63), path: p })),
    answersJson: answersFileText(crate.origin, savedAnswers(o, crate)),
    deployName: dnsLabel(crate.binName),
    // An existing crate's `tls` is only a saved or default answer; only a generated service is known to serve HTTPS.
    servesTls: crate.origin === "service" && o.tls !== "none",
    healthProbe: crate.origin === "service" || probePath(crate.healthcheck) ? "http" : crate.healthcheck.kind === "subcommand" ? "command" : "tcp",
    backing: readyChecks.length > 0,
    readyChecks,
    readyDownJson: JSON.stringify({ status: "unavailable", checks: Object.fromEntries(readyChecks.map((c) => [c.name, "down"])) }),
    readyPath: readyChecks.length ? "/ready" : probePath(crate.healthcheck) ?? "/health",
    // base64url: safe inside the DATABASE_URL it is interpolated into.
    secrets: o.database === "postgres" ? { postgresPassword: randomBytes(24).toString("base64url") } : void 0,
    backingServices: compose.services,
    backingEnv: compose.env,
    secretEnv: compose.env.filter(([, value]) => !value.startsWith("sqlite:")).map(([name]) => name),
    preStopSeconds: SHUTDOWN_TIMING.preStop,
    terminationGraceSeconds: SHUTDOWN_TIMING.preStop + SHUTDOWN_TIMING.drain + SHUTDOWN_TIMING.margin,
    killTimeoutSeconds: SHUTDOWN_TIMING.drain + SHUTDOWN_TIMING.margin
  };
}

export {
  FRAMEWORKS,
  KIT_FRAMEWORKS,
  DATABASES,
  CACHES,
  BACKING_VARS,
  BACKING_CLIENTS,
  RUNTIMES,
  BUILDERS,
  DEPLOY_TARGETS,
  PINS,
  VENDOR_COMMAND,
  REGISTRY_SECRET,
  isFramework,
  NATIVE_LIBS,
  opensslOf,
  nativeLibsFor,
  nativeBuild,
  fitRuntime,
  linkerTools,
  FIELDS,
  flagValues,
  envAnswer,
  mergeEnv,
  mergeEnvAnswers,
  KIT_FLAGS,
  KIT_FIELDS,
  resolveKit,
  modeProblems,
  RUN_FLAG_HELP,
  parseCommandLine,
  resolveAnswers,
  missingRequired,
  withDefaults,
  allowedChoices,
  loadRustParser,
  contentPath,
  withLf,
  readText,
  endsLinesWithCrlf,
  withCrlf,
  HEALTH_PATHS,
  HTTP_SERVER_CRATES,
  SET_BY_IMAGE,
  inspectRun,
  dataDirOf,
  productionConfigFile,
  ANSWERS_FILE,
  contentHash,
  readAnswersFile,
  withFileHashes,
  denyLists,
  TEMPLATE_DENY,
  PROBE_SOURCE,
  CI_WORKFLOW,
  IMAGE_WORKFLOW,
  probePath,
  dnsLabel,
  HEALTH_TIMING,
  buildTemplateData
};
