// The catalog alone decides what each choice means: one row per framework, TLS stack, runtime image, platform and profile.

/** `logFilter`: the generated service's log filter when RUST_LOG is unset (images leave it unset). */
export const FRAMEWORKS = {
  axum: { label: "axum", summary: "tokio + tower; the most common choice", logFilter: "info" },
  "actix-web": { label: "actix-web", summary: "actor-based runtime, own worker threads", logFilter: "info" },
  // Rocket logs four info lines per request (health checks included) and its whole configuration at launch.
  rocket: { label: "Rocket", summary: "batteries included; TLS only through rustls", logFilter: "info,rocket=warn,rocket::launch=off" },
} as const;
export type Framework = keyof typeof FRAMEWORKS;

/** How an existing crate built on a framework is started and reached, by the framework's crate name. */
export interface KitFrameworkRow {
  label: string;
  /** Variables it reads for its listen address and port (set to 0.0.0.0 and the port). */
  listenEnv?: { host: string; port: string };
  /** Arguments the binary needs to serve; `{port}` is the port. */
  cmd?: string[];
  /** The health route it registers itself. */
  healthPath?: string;
  /** More environment: value, or the first of several whose config file exists (relative to the package). */
  env?: Record<string, { value: string; ifFile?: string }[]>;
}

export const KIT_FRAMEWORKS: Record<string, KitFrameworkRow> = {
  // Listens where Rocket.toml or these say (127.0.0.1:8000 by default).
  rocket: { label: "Rocket", listenEnv: { host: "ROCKET_ADDRESS", port: "ROCKET_PORT" } },
  // Loco's own CLI: `<app>-cli start --binding … --port …`; it serves /_ping and reads config/<LOCO_ENV>.yaml.
  "loco-rs": {
    label: "Loco",
    cmd: ["start", "--binding", "0.0.0.0", "--port", "{port}"],
    healthPath: "/_ping",
    env: { LOCO_ENV: [{ value: "production", ifFile: "config/production.yaml" }, { value: "development" }] },
  },
};

export const TLS_STACKS = {
  rustls: { label: "rustls", summary: "pure Rust TLS (ring provider): no C toolchain or libssl needed" },
  "openssl-vendored": {
    label: "OpenSSL (vendored)",
    summary: "OpenSSL built from source and linked statically: no libssl in the image",
  },
  none: { label: "none", summary: "plain HTTP; terminate TLS at a proxy or ingress" },
} as const;
export type TlsStack = keyof typeof TLS_STACKS;

/** A backing service: `readyName` is how /ready names it; `compose`, the service compose runs it as (the official
 * image, major pinned). The generated code reads its address from DATABASE_URL or REDIS_URL. */
export interface DatabaseRow {
  summary: string;
  readyName?: string;
  compose?: { service: string; image: string; port: number };
}

export const DATABASES = {
  none: { summary: "no database" },
  postgres: {
    summary: "PostgreSQL through sqlx: pooled, migrations embedded and run at start, a db service in compose",
    readyName: "postgres",
    compose: { service: "db", image: "postgres:18", port: 5432 },
  },
  sqlite: {
    summary: "SQLite through sqlx: one file on a volume, WAL mode, migrations embedded and run at start",
    readyName: "sqlite",
  },
} as const satisfies Record<string, DatabaseRow>;
export type Database = keyof typeof DATABASES;

export const CACHES = {
  none: { summary: "no cache" },
  redis: {
    summary: "Redis through a reconnecting connection manager, checked by /ready; a cache service in compose",
    readyName: "redis",
    compose: { service: "cache", image: "redis:8", port: 6379 },
  },
} as const satisfies Record<string, DatabaseRow>;
export type Cache = keyof typeof CACHES;

/** The variables a generated service reads its database's and cache's addresses from. */
export const BACKING_VARS = { database: "DATABASE_URL", cache: "REDIS_URL" } as const;

/**
 * Client crates that show an existing crate talks to a backing service, by what its build compiles (pools and ORMs
 * such as deadpool, bb8, diesel and sea-orm reach the server through one of these). `option`: the answer that runs
 * the service in compose, wired by the variable the code reads when one matches `urlVar`, else by BACKING_VARS'.
 */
export const BACKING_CLIENTS = [
  { label: "PostgreSQL", crates: ["sqlx-postgres", "tokio-postgres", "pq-sys"], option: { key: "database", value: "postgres", urlVar: /^(DATABASE|DB|POSTGRES|PG)(_[A-Z0-9]+)*_(URL|URI|DSN)$/ } },
  { label: "Redis", crates: ["redis", "fred"], option: { key: "cache", value: "redis", urlVar: /^(REDIS|CACHE)(_[A-Z0-9]+)*_(URL|URI)$/ } },
  { label: "MySQL", crates: ["sqlx-mysql", "mysql_async", "mysqlclient-sys"] },
  { label: "MongoDB", crates: ["mongodb"] },
] as const;

export type Libc = "musl" | "glibc";

export interface RuntimeRow {
  label: string;
  summary: string;
  image: string;
  /** musl images get a fully static binary; glibc images link against the image's libc. */
  libc: Libc;
  /** Numeric so Kubernetes' runAsNonRoot can verify it without an /etc/passwd lookup. */
  uid: number;
  /** templates/container/runtime/<stage>.ejs: how the user and CA certificates come to exist in the image. */
  stage: "scratch" | "distroless" | "alpine" | "debian";
}

export const RUNTIMES = {
  scratch: {
    label: "scratch",
    summary: "empty image: static binary + CA bundle only (smallest)",
    image: "scratch",
    libc: "musl",
    uid: 65532,
    stage: "scratch",
  },
  "distroless-static": {
    label: "distroless static",
    summary: "static binary on distroless: CA bundle, tzdata, /etc/passwd, no shell",
    image: "gcr.io/distroless/static-debian12:nonroot",
    libc: "musl",
    uid: 65532,
    stage: "distroless",
  },
  "distroless-cc": {
    label: "distroless cc",
    summary: "glibc + libgcc on distroless, no shell",
    image: "gcr.io/distroless/cc-debian12:nonroot",
    libc: "glibc",
    uid: 65532,
    stage: "distroless",
  },
  alpine: {
    label: "alpine",
    summary: "static binary on Alpine: a shell and apk for debugging",
    image: "alpine:3.22",
    libc: "musl",
    uid: 10001,
    stage: "alpine",
  },
  "debian-slim": {
    label: "debian slim",
    summary: "glibc on Debian slim: a shell and apt for debugging (largest)",
    image: "debian:bookworm-slim",
    libc: "glibc",
    uid: 10001,
    stage: "debian",
  },
} as const satisfies Record<string, RuntimeRow>;
export type Runtime = keyof typeof RUNTIMES;

/** Builder images per libc; glibc builds on the same Debian release as the glibc runtimes, so the binary never needs a newer glibc than the image has. */
export const BUILDERS: Record<Libc, { image: (rustVersion: string) => string; family: "alpine" | "debian" }> = {
  musl: { image: (v) => `rust:${v}-alpine`, family: "alpine" },
  glibc: { image: (v) => `rust:${v}-slim-bookworm`, family: "debian" },
};

export const PLATFORMS = {
  "linux/amd64": { summary: "x86-64 servers", arch: "x86_64" },
  "linux/arm64": { summary: "Graviton, Ampere, Apple silicon", arch: "aarch64" },
} as const;
export type Platform = keyof typeof PLATFORMS;

export const PROFILES = {
  size: { label: "size", summary: "opt-level = \"z\": smallest binary", optLevel: '"z"' },
  speed: { label: "speed", summary: "opt-level = 3: fastest code", optLevel: "3" },
} as const;
export type Profile = keyof typeof PROFILES;

/** The Cargo profile a new service adds for quick rebuilds (no cross-crate LTO, incremental); images select it by build argument. */
export const ITERATE_PROFILE = "iterate";

export const DEPLOY_TARGETS = {
  compose: { summary: "compose.yaml: always written", command: "docker compose up --build" },
  kubernetes: {
    summary: "deploy/kubernetes: Deployment, Service, PodDisruptionBudget, kustomization",
    command: "kubectl apply -k deploy/kubernetes     # after pushing the image (see README)",
  },
  fly: { summary: "fly.toml for Fly.io Machines", command: "fly launch --no-deploy && fly deploy" },
  "cloud-run": {
    summary: "deploy/cloud-run/service.yaml (Knative) for Google Cloud Run",
    command: "gcloud run services replace deploy/cloud-run/service.yaml --region REGION",
  },
} as const;
export type DeployTarget = keyof typeof DEPLOY_TARGETS;

/** What a generated service lets you see into besides its JSON logs; `--observability none` chooses nothing. */
export const OBSERVABILITY = {
  metrics: { summary: "Prometheus metrics at GET /metrics: requests by route, latency histogram, in-flight, build info" },
  traces: { summary: "OpenTelemetry traces over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set; W3C traceparent in, trace id in the logs" },
} as const;
export type Signal = keyof typeof OBSERVABILITY;

export const CI_PROVIDERS = {
  github: { summary: "GitHub Actions: fmt, clippy, tests; multi-arch image pushed to GHCR on main and tags" },
  none: { summary: "no CI workflow" },
} as const;
export type CiProvider = keyof typeof CI_PROVIDERS;

export const ALLOCATORS = {
  mimalloc: { summary: "mimalloc as the global allocator: musl's own is several times slower under load" },
  system: { summary: "the libc allocator (glibc's is fast; musl's is slow under contention)" },
} as const;
export type Allocator = keyof typeof ALLOCATORS;

/**
 * Crates that put Prometheus metrics on a crate's HTTP endpoint, and how the endpoint shows in its code: a route the
 * routes reader finds (most: they encode, the crate serves), a path the exporter's builder is given (`endpoint`), or
 * a listener of the exporter's own (`listener`: its builder, and the port it binds on every interface by default).
 */
export interface MetricsExporterRow {
  summary: string;
  /** A builder call naming the path it answers on the service's own port; group 1 is the path. */
  endpoint?: RegExp;
  listener?: { builder: RegExp; serves: RegExp; address: RegExp; defaultPort: number };
}

export const METRICS_EXPORTERS: Record<string, MetricsExporterRow> = {
  "metrics-exporter-prometheus": {
    summary: "the metrics facade's Prometheus exporter",
    // install()/build() start its HTTP listener (0.0.0.0:9000 unless with_http_listener says otherwise);
    // install_recorder()/build_recorder() only record, for a route of the crate's own.
    listener: { builder: /\bPrometheusBuilder::new\(\)/, serves: /\.(?:install|build)\(\)/, address: /\.with_http_listener\(/, defaultPort: 9000 },
  },
  prometheus: { summary: "the prometheus crate's registry, encoded by the crate's own route" },
  "prometheus-client": { summary: "the OpenMetrics client, encoded by the crate's own route" },
  "opentelemetry-prometheus": { summary: "OpenTelemetry metrics into a prometheus registry the crate serves" },
  autometrics: { summary: "autometrics' Prometheus exporter, served by the crate's own route" },
  "axum-prometheus": { summary: "axum middleware whose handle the crate renders on a route" },
  "actix-web-prom": { summary: "actix-web middleware answering its endpoint", endpoint: /\bPrometheusMetricsBuilder::new\([^)]*\)\s*\.endpoint\(\s*"([^"]+)"/ },
  rocket_prometheus: { summary: "a Rocket fairing whose routes the crate mounts" },
};

/** Version pins: one place for the toolchain, edition and images. Crate pins live in crates.ts. */
export const PINS = {
  rust: "1.95.0",
  // Rocket 0.5.1 predates edition 2024; 2021 keeps every framework on the same edition.
  edition: "2021",
  xx: "tonistiigi/xx:1.6.1",
  dockerfileSyntax: "docker/dockerfile:1",
  // Installed in the builder image (cargo install --locked), so every image build runs the same version.
  cargoAuditable: "0.7.7",
  // compose's `observability` profile: OTLP in, spans to its log; Prometheus scrapes the service.
  prometheus: "prom/prometheus:v3.13.2",
  otelCollector: "otel/opentelemetry-collector:0.165.0",
} as const;

/**
 * Fills vendor/ for --offline-build. Versioned directories make a new crate version a new path: BuildKit re-sends a
 * build-context file only when its size or mtime changed, and vendored files all carry one fixed mtime, so a version
 * bump that keeps a file's size would otherwise reach the build as the old file.
 */
export const VENDOR_COMMAND = "cargo vendor --locked --versioned-dirs";

/** The BuildKit secret carrying a private registry's token, and the variable `docker build --secret …,env=` reads it from. */
export const REGISTRY_SECRET = { id: "cargo-registry-token", env: "CARGO_REGISTRY_TOKEN" } as const;

/**
 * GitHub Actions the generated CI workflow and this repository's own workflows use, pinned by full commit SHA (a tag
 * can be moved to other code; a SHA cannot) with the release as a comment, which Dependabot updates together.
 */
const pinned = (action: string, sha: string, version: string) => `${action}@${sha} # ${version}`;
export const GITHUB_ACTIONS = {
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
  setupPython: pinned("actions/setup-python", "5fda3b95a4ea91299a34e894583c3862153e4b97", "v7.0.0"),
} as const;

export const isFramework = (v: string): v is Framework => Object.hasOwn(FRAMEWORKS, v);
export const isTlsStack = (v: string): v is TlsStack => Object.hasOwn(TLS_STACKS, v);
export const isRuntime = (v: string): v is Runtime => Object.hasOwn(RUNTIMES, v);
export const isPlatform = (v: string): v is Platform => Object.hasOwn(PLATFORMS, v);
export const isDeployTarget = (v: string): v is DeployTarget => Object.hasOwn(DEPLOY_TARGETS, v);
export const isSignal = (v: string): v is Signal => Object.hasOwn(OBSERVABILITY, v);
export const isCiProvider = (v: string): v is CiProvider => Object.hasOwn(CI_PROVIDERS, v);
export const isAllocator = (v: string): v is Allocator => Object.hasOwn(ALLOCATORS, v);
export const isDatabase = (v: string): v is Database => Object.hasOwn(DATABASES, v);
export const isCache = (v: string): v is Cache => Object.hasOwn(CACHES, v);
export const isProfile = (v: string): v is Profile => Object.hasOwn(PROFILES, v);
