import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);

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
  const rows = libs.map((l) => NATIVE_LIBS[l]);
  return {
    host: union(rows.map((r) => r.host[family])),
    target: union(rows.map((r) => [...r.target[family], ...staticBinary && r.static ? r.static.alpine : []])),
    env: staticBinary ? union(rows.map((r) => r.static ? r.static.env : [])) : [],
    runtime: staticBinary ? [] : union(rows.map((r) => r.runtime?.debian ?? []))
  };
}
function fitRuntime(libs, runtime, chosen2, libc) {
  const rows = libs.map((l) => [l, NATIVE_LIBS[l]]);
  const notStatic = rows.filter(([, r]) => r.static === false);
  if (libc === "musl" && notStatic.length)
    return {
      error: `${notStatic.map(([c, r]) => `${c} (${r.library})`).join(", ")} cannot link statically for --runtime ${runtime}: choose --runtime debian-slim (or distroless-cc without it)`
    };
  const missing = rows.filter(([, r]) => r.runtime && !r.runtime.inDistrolessCc);
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

// generators/catalog/deny.ts
var TEMPLATE_LICENSES = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Unicode-3.0", "Zlib", "BSL-1.0"];
var CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index";
function parseSpdx(expression) {
  const tokens = expression.replace(/\//g, " OR ").match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const atom = () => {
    if (tokens[at] === "(") {
      at++;
      const inner = or();
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
  const and = chain("AND", atom);
  const or = chain("OR", and);
  return or();
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

// generators/render/template-data.ts
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
var ANSWERS_VERSION = 2;
function savedAnswers(o, crate) {
  const hc = crate.healthcheck;
  return {
    generatedAs: crate.origin,
    answers: ANSWERS_VERSION,
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
    ...crate.givenEnv.length ? { env: crate.givenEnv.map(([k, v]) => `${k}=${v}`).join(" ") } : {},
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
function healthcheckSnippet(port, path) {
  return `// First thing in main(): \`<bin> healthcheck\` exits 0 when the running server answers ${path} with 2xx.
if std::env::args().nth(1).as_deref() == Some("healthcheck") {
    use std::io::{Read, Write};
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(${port});
    let probe = || -> std::io::Result<bool> {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
        stream.set_read_timeout(Some(std::time::Duration::from_secs(3)))?;
        stream.write_all(b"GET ${path} HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n")?;
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
    answersJson: JSON.stringify(savedAnswers(o, crate), null, 2),
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
  TLS_STACKS,
  DATABASES,
  CACHES,
  BACKING_VARS,
  BACKING_CLIENTS,
  RUNTIMES,
  BUILDERS,
  PLATFORMS,
  PROFILES,
  DEPLOY_TARGETS,
  CI_PROVIDERS,
  ALLOCATORS,
  PINS,
  VENDOR_COMMAND,
  REGISTRY_SECRET,
  isFramework,
  isTlsStack,
  isRuntime,
  isPlatform,
  isDeployTarget,
  isCiProvider,
  isAllocator,
  isDatabase,
  isCache,
  isProfile,
  NATIVE_LIBS,
  opensslOf,
  nativeLibsFor,
  nativeBuild,
  fitRuntime,
  linkerTools,
  FRAMEWORK_CRATES,
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
