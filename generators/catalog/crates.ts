// Crate pins alone: which crates (versions, features) each framework and TLS stack brings into Cargo.toml.
import type { Allocator, Cache, Database, Framework, TlsStack } from "./catalog.js";

export interface CrateDep {
  name: string;
  version: string;
  features?: string[];
  /** false writes `default-features = false`. */
  defaultFeatures?: boolean;
}

export interface FrameworkCrates {
  deps: CrateDep[];
  devDeps: CrateDep[];
  /** What serving HTTPS with each TLS stack adds to this framework; a missing stack is unsupported. */
  tls: Partial<Record<Exclude<TlsStack, "none">, CrateDep[]>>;
}

/** Every generated service uses these. */
export const COMMON_CRATES: CrateDep[] = [
  // Start-up errors with context ("PORT must be ...: invalid digit").
  { name: "anyhow", version: "1" },
  // The /health body is a #[derive(Serialize)] struct; serde_json is only needed by the tests (devDeps).
  { name: "serde", version: "1", features: ["derive"] },
  { name: "tracing", version: "0.1" },
  // Default features stay on: `tracing-log` forwards `log` records (actix-web, Rocket, rustls) into tracing.
  { name: "tracing-subscriber", version: "0.3", features: ["env-filter", "json"] },
];

/** rustls 0.23 with the ring provider. Its default features (and `prefer-post-quantum`) pull aws-lc-rs, which needs cmake to build. */
const RUSTLS: CrateDep = {
  name: "rustls",
  // 0.23.15+ re-exports rustls-pki-types >= 1.10: PEM parsing (`pki_types::pem`) and `ServerName: From<IpAddr>`.
  version: "0.23.15",
  defaultFeatures: false,
  features: ["ring", "std", "tls12", "logging"],
};

/** OpenSSL built from source and linked statically: the builder needs perl, make and a C compiler (plus linux-headers on Alpine). */
const OPENSSL_VENDORED: CrateDep = { name: "openssl", version: "0.10", features: ["vendored"] };

// 0.7.3 is the newest 0.7 the crate registry serves; 0.7.2 and older do not build against current hyper-util.
const AXUM_SERVER = "0.7.3";
// 4.11 added HttpServer::shutdown_signal, which the generated main uses to make SIGINT graceful too.
const ACTIX_WEB = "4.11";
const ROCKET = "0.5.1";

export const FRAMEWORK_CRATES: Record<Framework, FrameworkCrates> = {
  axum: {
    deps: [
      { name: "axum", version: "0.8" },
      // `time` bounds the drain after a shutdown signal, `sync` carries that signal to axum::serve.
      { name: "tokio", version: "1", features: ["rt-multi-thread", "macros", "net", "signal", "sync", "time"] },
    ],
    devDeps: [
      { name: "serde_json", version: "1" },
      // ServiceExt::oneshot drives the router in tests.
      { name: "tower", version: "0.5", features: ["util"] },
    ],
    tls: {
      // axum-server serves both HTTP and HTTPS in TLS builds; `tls-rustls` would add aws-lc-rs, so no provider here.
      rustls: [{ name: "axum-server", version: AXUM_SERVER, features: ["tls-rustls-no-provider"] }, RUSTLS],
      "openssl-vendored": [{ name: "axum-server", version: AXUM_SERVER, features: ["tls-openssl"] }, OPENSSL_VENDORED],
    },
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
        OPENSSL_VENDORED,
      ],
    },
  },
  rocket: {
    deps: [{ name: "rocket", version: ROCKET, features: ["json"] }],
    devDeps: [{ name: "serde_json", version: "1" }],
    // Rocket serves TLS only through its own rustls 0.21 (ring); there is no OpenSSL option.
    tls: { rustls: [{ name: "rocket", version: ROCKET, features: ["tls"] }] },
  },
};

/** Crates the `healthcheck` probe needs to speak each TLS stack (the client side, independent of the framework). */
export const TLS_PROBE_CRATES: Record<TlsStack, CrateDep[]> = {
  rustls: [RUSTLS],
  "openssl-vendored": [OPENSSL_VENDORED],
  none: [],
};

/** The global allocator's crate; the generated main declares it with #[global_allocator]. */
export const ALLOCATOR_CRATES: Record<Allocator, CrateDep[]> = {
  mimalloc: [{ name: "mimalloc", version: "0.1" }],
  system: [],
};

// Query functions, not the compile-time-checked macros: those need a live database or a `.sqlx/` cache at build time,
// and the image must build without either. `macros` is for `sqlx::migrate!`, which embeds migrations/ in the binary.
const SQLX = "0.9";
const SQLX_FEATURES = ["runtime-tokio", "macros", "migrate"];
/** sqlx's and redis' TLS to their servers, on the service's own TLS stack (rustls: ring and the image's CA bundle). */
const BACKING_TLS: Record<TlsStack, { sqlx: string[]; redis: string[] }> = {
  rustls: { sqlx: ["tls-rustls-ring-native-roots"], redis: ["tokio-rustls-comp"] },
  "openssl-vendored": { sqlx: ["tls-native-tls"], redis: ["tokio-native-tls-comp"] },
  none: { sqlx: [], redis: [] },
};
// `/ready` bounds each check with tokio's timer and runs them together; the lazy Redis connection waits on a OnceCell.
const BACKING_TOKIO: CrateDep = { name: "tokio", version: "1", features: ["macros", "sync", "time"] };

/** The crates each database and cache brings, on a TLS stack. */
export function backingCrates(database: Database, cache: Cache, tls: TlsStack): CrateDep[] {
  const sqlx = (driver: string): CrateDep[] => [
    { name: "sqlx", version: SQLX, defaultFeatures: false, features: [...SQLX_FEATURES, driver, ...BACKING_TLS[tls].sqlx] },
  ];
  const db = database === "postgres" ? sqlx("postgres") : database === "sqlite" ? sqlx("sqlite") : [];
  const redis: CrateDep[] =
    cache === "redis" ? [{ name: "redis", version: "1", defaultFeatures: false, features: ["tokio-comp", "connection-manager", ...BACKING_TLS[tls].redis] }] : [];
  return db.length || redis.length ? [...db, ...redis, BACKING_TOKIO] : [];
}

/**
 * Prometheus metrics: the `metrics` facade records, metrics-exporter-prometheus renders the text format from its
 * handle. Its defaults add a push gateway (hyper-rustls with aws-lc-rs: cmake in the builder); only a separate metrics
 * port turns on its HTTP listener, the one code path all three frameworks share for that port.
 */
/**
 * OpenTelemetry traces through the `tracing` spans the service already makes: the SDK with its batch exporter, OTLP over
 * HTTP (protobuf or JSON, as OTEL_EXPORTER_OTLP_PROTOCOL says) with a blocking reqwest client on the exporter's own
 * thread, and no TLS crate (a collector beside the service is reached over plain HTTP). gRPC would add tonic.
 */
export const TRACES_CRATES: CrateDep[] = [
  { name: "opentelemetry", version: "0.33", defaultFeatures: false, features: ["trace"] },
  { name: "opentelemetry_sdk", version: "0.33", defaultFeatures: false, features: ["trace"] },
  {
    name: "opentelemetry-otlp",
    version: "0.33",
    defaultFeatures: false,
    features: ["trace", "http-proto", "http-json", "reqwest-blocking-client"],
  },
  { name: "tracing-opentelemetry", version: "0.34", defaultFeatures: false },
];

export function metricsCrates(separatePort: boolean): CrateDep[] {
  return [
    { name: "metrics", version: "0.24" },
    { name: "metrics-exporter-prometheus", version: "0.18", defaultFeatures: false, ...(separatePort ? { features: ["http-listener"] } : {}) },
  ];
}
