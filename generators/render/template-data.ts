// Derives everything templates print from the options, so templates hold only `if` and `for`.
import { randomBytes } from "node:crypto";
import { nativeBuild } from "../catalog/native-libs.js";
import { BACKING_VARS, BUILDERS, CACHES, DATABASES, FRAMEWORKS, GITHUB_ACTIONS, ITERATE_PROFILE, PINS, PLATFORMS, PROFILES, REGISTRY_SECRET, RUNTIMES, VENDOR_COMMAND, type RuntimeRow } from "../catalog/catalog.js";
import { ALLOCATOR_CRATES, COMMON_CRATES, backingCrates, FRAMEWORK_CRATES, metricsCrates, TLS_PROBE_CRATES, TRACES_CRATES, type CrateDep } from "../catalog/crates.js";
import { envAnswer, type ServiceOptions } from "../options/options.js";
import { answersFileText, type FlagAnswers } from "../options/answers-file.js";
import type { CrateContext, Healthcheck, Scrape } from "../domain.js";
import { TEMPLATE_DENY } from "../catalog/deny.js";

/** The static tini each builder family installs, copied into the runtime image as PID 1. */
export const INIT = {
  debian: { package: "tini", binary: "/usr/bin/tini-static" },
  alpine: { package: "tini-static", binary: "/sbin/tini-static" },
} as const;

/** The std-only probe the container kit compiles when the binary has no healthcheck subcommand. */
export const PROBE_SOURCE = "docker/healthcheck-probe.rs";
export const PROBE_BIN = "/usr/local/bin/healthcheck-probe";

export function serviceContext(o: ServiceOptions): CrateContext {
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
    openssl: o.tls === "openssl-vendored" ? "vendored" : undefined,
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
    decided: [],
    detected: [],
  };
}

export const CI_WORKFLOW = ".github/workflows/ci.yml";
/** Beside a crate's own workflows the kit's image workflow gets a file of its own. */
export const IMAGE_WORKFLOW = ".github/workflows/container-image.yml";

/** One backing service `/ready` checks: how it is named, where its address comes from, its probe in backing.rs. */
export interface ReadyCheck {
  name: string;
  env: string;
  arg: string;
  probe: string;
  /** An address nothing answers at, for the generated tests. */
  unreachable: string;
}

/** A service compose runs beside the app, and what the app is told to reach it by. */
export interface BackingService {
  service: string;
  image: string;
  env: [string, string][];
  volume: { name: string; path: string };
  /** Its port, published on the host's loopback only (for `cargo run`), and the variable that moves it there. */
  port: number;
  portVar: string;
  /** Its compose healthcheck `test`, exec form. */
  healthcheck: string;
}

const READY_CHECKS = {
  postgres: { name: "postgres", env: BACKING_VARS.database, arg: "database_url", probe: "self.ping_database()", unreachable: "postgres://app:app@127.0.0.1:1/app" },
  sqlite: { name: "sqlite", env: BACKING_VARS.database, arg: "database_url", probe: "self.ping_database()", unreachable: "sqlite:///nonexistent/directory/app.db" },
  redis: { name: "redis", env: BACKING_VARS.cache, arg: "redis_url", probe: "self.cache.ping()", unreachable: "redis://127.0.0.1:1" },
} as const satisfies Record<string, ReadyCheck>;

/** Where a SQLite service keeps its file: a volume owned by the runtime user (the root filesystem is read-only). */
export const SQLITE_DIR = "/data";

/** The compose app's variables for its backing services, and the services themselves (user, database: "app"). */
function backingCompose(o: Pick<ServiceOptions, "database" | "cache">, crate: CrateContext): { env: [string, string][]; services: BackingService[] } {
  const env: [string, string][] = [];
  const services: BackingService[] = [];
  const pg = DATABASES.postgres.compose;
  if (o.database === "postgres") {
    // The password comes from .env (made once, git- and docker-ignored); compose refuses to start without it.
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
      healthcheck: execForm(["CMD", "pg_isready", "--host=127.0.0.1", "--username=app", "--dbname=app"]),
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
      healthcheck: execForm(["CMD", "redis-cli", "ping"]),
    });
  }
  return { env, services };
}

export interface TemplateData extends ServiceOptions {
  crate: CrateContext;
  crateName: string;
  binName: string;
  packageVersion: string;
  description: string;
  rustVersion: string;
  edition: string;
  dependencyLines: string[];
  devDependencyLines: string[];
  optLevel: string;
  iterateProfile: string;
  /** The service's log filter when RUST_LOG is unset. */
  logFilter: string;
  /** The toolchain a toolchain file pins; whether the build installs it from that file (only what the image cannot
   * already be: nightly, beta), else the build stage selects the image's own with RUSTUP_TOOLCHAIN; and whether the
   * file pins the builder tag's version (CI checks that the two agree). */
  toolchain?: { name: string; install: boolean; pinsBuilder: boolean };
  runtimeRow: RuntimeRow;
  runtimeImage: string;
  builderImage: string;
  builderFamily: "alpine" | "debian";
  /** Packages the build stage installs (native build) or the host-side tools (cross build). */
  buildPackages: string[];
  /** Target-side packages xx installs for cross builds. */
  crossTargetPackages: string[];
  crossCompile: boolean;
  xxImage: string;
  dockerfileSyntax: string;
  vendorCommand: string;
  /** The platform CI builds into its engine to scan before pushing. */
  scanPlatform: string;
  /** The Rust targets the image's platforms build, for cargo deny's graph. */
  denyTargets: string[];
  /** cargo-auditable's pinned version. */
  auditableVersion: string;
  platformList: string;
  /** Where the binary lives in the image. */
  binPath: string;
  uid: number;
  staticBinary: boolean;
  /** The image's CMD as a JSON array. */
  cmdExec: string;
  /** Exec-form HEALTHCHECK command, or undefined for none; healthcheckExec is it as a JSON array. */
  healthcheckArgs?: string[];
  healthcheckExec?: string;
  /** The compose healthcheck's `test`. */
  healthcheckTest?: string;
  /** Rust lines that add a `healthcheck` subcommand to an existing main (shown when the binary has none). */
  healthcheckSnippet: string;
  /** The description, safe inside a double-quoted LABEL value. */
  labelDescription: string;
  /** The route health probes request (the probe's path for an existing crate). */
  healthPath: string;
  /** Seconds the generated service drains in-flight requests after SIGTERM. */
  drainSeconds: number;
  health: typeof HEALTH_TIMING;
  /** Rocket's split of the drain: requests finish within `grace` s, then connections close within `mercy` s. */
  rocketShutdown: { grace: number; mercy: number };
  /** Environment variable cargo reads the private registry's token from, e.g. CARGO_REGISTRIES_CORP_TOKEN. */
  registryTokenEnv: string;
  /** Variable that makes cargo use its cargo:token provider (env token) for the registry: authenticated registries
   * need a credential provider configured (cargo 1.74+), and the builder's cargo has none. */
  registryProviderEnv: string;
  /** BuildKit secret id the build mounts the registry token from. */
  registrySecretId: string;
  /** Where the token comes from: the GitHub Actions secret, and the local variable `docker build --secret …,env=` reads. */
  registrySecretEnv: string;
  /** Whether the cargo build mounts the registry token: a private registry, unless the build is offline (vendored sources need none). */
  registrySecret: boolean;
  /** GitHub Actions used by the CI workflow, pinned. */
  actions: typeof GITHUB_ACTIONS;
  /** CI: the command printing the builder tag's Rust version, and (with a toolchain file) the one printing its channel. */
  builderVersionCommand: string;
  toolchainChannelCommand?: string;
  /** CI: `--workspace ` when the repository is a workspace (clippy and tests cover every member), else "". */
  ciScope: string;
  /** BuildKit cache id of the target dir: one per package and binary, so unrelated builds never share it. */
  targetCacheId: string;
  /** The cargo build's target-dir cache mount (per platform when cross-compiling, else per libc). */
  targetCacheMount: string;
  /** `--package X ` when the build must name the package, else "". */
  cargoSelectArgs: string;
  /** Packages the runtime stage installs besides CA certificates (only where it has a package manager). */
  runtimePackages: string[];
  /** Environment the build needs, e.g. static OpenSSL linking on musl. */
  buildEnv: string[];
  probeSource: string;
  probeBin: string;
  /** Where the build stage's package puts the static tini (Debian: tini, Alpine: tini-static). */
  initBinary: string;
  /** A named volume per data directory: `<bin>-<dir>`, a DNS label. */
  dataVolumes: { name: string; path: string }[];
  answersJson: string;
  /** Name of the deployed service (Kubernetes objects, Fly app, Cloud Run service): the binary's name as a DNS label. */
  deployName: string;
  /** Whether the service itself serves HTTPS where a deployment mounts a certificate (a generated service with a TLS stack). */
  servesTls: boolean;
  /** How orchestrators check health: GET healthPath when the route is known, else the image's healthcheck command, else a TCP connect. */
  healthProbe: "http" | "command" | "tcp";
  /** The service has a database or a cache: src/backing.rs, /ready. */
  backing: boolean;
  readyChecks: ReadyCheck[];
  /** `/ready`'s body when every backing service is down, as the generated tests expect it. */
  readyDownJson: string;
  /** What readiness probes request: /ready with backing services, else the health route. */
  readyPath: string;
  /** The generated service's own code serves Prometheus metrics. */
  metrics: boolean;
  /** The generated service's own code exports OpenTelemetry traces (when OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  traces: boolean;
  /** Each request passes the service's telemetry middleware: it has metrics, traces or both. */
  observed: boolean;
  /** Seconds the last spans get to reach the collector after the drain, inside the stop timeout's margin. */
  traceFlushSeconds: number;
  /** The collector of compose's `observability` profile. */
  otelCollectorImage: string;
  /** Where Prometheus scrapes the service; `separate` when that is a listener of its own, reachable only inside. */
  scrape?: Scrape;
  /** A Prometheus Operator ServiceMonitor beside the Kubernetes manifests. */
  serviceMonitor: boolean;
  /** The metrics store of compose's `observability` profile. */
  prometheusImage: string;
  /** Secrets made for this run, written once to .env, which compose reads. */
  secrets?: { postgresPassword: string };
  backingServices: BackingService[];
  /** The app's variables in compose that point it at its backing services. */
  backingEnv: [string, string][];
  /** Variables a deployment takes from a Secret: the platforms run no database. */
  secretEnv: string[];
  /** Kubernetes: seconds a terminating pod waits before SIGTERM, so endpoints and load balancers stop sending it requests first. */
  preStopSeconds: number;
  /** Kubernetes terminationGracePeriodSeconds: the preStop wait, the drain, and a margin before SIGKILL. */
  terminationGraceSeconds: number;
  /** Seconds from SIGTERM to SIGKILL: the drain and a margin (Fly's kill_timeout; Kubernetes adds the preStop wait). */
  killTimeoutSeconds: number;
}

/** Merges crate rows by name: union of features, `default-features = false` if any row asks, first row's version. */
export function mergeCrates(deps: CrateDep[]): CrateDep[] {
  const merged = new Map<string, CrateDep>();
  for (const dep of deps) {
    const prior = merged.get(dep.name);
    if (!prior) {
      merged.set(dep.name, { ...dep, features: dep.features ? [...dep.features] : undefined });
      continue;
    }
    const features = [...new Set([...(prior.features ?? []), ...(dep.features ?? [])])];
    prior.features = features.length ? features : undefined;
    if (dep.defaultFeatures === false) prior.defaultFeatures = false;
  }
  // Code-unit order: the same on every machine and locale, and no collator to load at start-up.
  return [...merged.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One TOML line per crate, e.g. `tokio = { version = "1", features = ["macros"] }`. */
export function dependencyLine(dep: CrateDep): string {
  const features = dep.features?.length ? `, features = [${dep.features.map((f) => JSON.stringify(f)).join(", ")}]` : "";
  const noDefault = dep.defaultFeatures === false ? ", default-features = false" : "";
  if (!features && !noDefault) return `${dep.name} = ${JSON.stringify(dep.version)}`;
  return `${dep.name} = { version = ${JSON.stringify(dep.version)}${noDefault}${features} }`;
}

export function serviceCrates(
  o: Pick<ServiceOptions, "framework" | "tls" | "allocator" | "database" | "cache" | "observability" | "metricsPort">,
): { deps: CrateDep[]; devDeps: CrateDep[] } {
  const fw = FRAMEWORK_CRATES[o.framework];
  const tlsDeps = o.tls === "none" ? [] : [...(fw.tls[o.tls] ?? []), ...TLS_PROBE_CRATES[o.tls]];
  const metrics = o.observability.includes("metrics") ? metricsCrates(o.metricsPort !== 0) : [];
  const traces = o.observability.includes("traces") ? TRACES_CRATES : [];
  const deps = [...fw.deps, ...tlsDeps, ...ALLOCATOR_CRATES[o.allocator], ...COMMON_CRATES, ...backingCrates(o.database, o.cache, o.tls), ...metrics, ...traces];
  return { deps: mergeCrates(deps), devDeps: mergeCrates(fw.devDeps) };
}

/** The answers a later run starts from: what was given, not what the code showed. */
function savedAnswers(o: ServiceOptions, crate: CrateContext): FlagAnswers {
  const hc = crate.healthcheck;
  return {
    ...(crate.origin === "service" ? { name: o.name, framework: o.framework, tls: o.tls, profile: o.profile } : {}),
    ...(crate.inWorkspace ? { package: crate.packageName } : {}),
    ...(crate.origin === "container-kit" ? { bin: crate.binName } : {}),
    runtime: o.runtime,
    platform: o.platforms.join(","),
    ...(crate.portDetected ? {} : { port: o.port }),
    deploy: o.deploy.join(","),
    ci: o.ci,
    ...(crate.origin === "service" ? { allocator: o.allocator, database: o.database, cache: o.cache } : crate.givenBacking),
    ...(crate.origin === "service" ? { observability: o.observability.join(",") || "none", ...(o.metricsPort ? { "metrics-port": o.metricsPort } : {}) } : {}),
    ...(o.serviceMonitor ? { "service-monitor": true } : {}),
    ...(o.offlineBuild ? { "offline-build": true } : {}),
    ...(o.auditable ? {} : { auditable: false }),
    ...(o.privateRegistry ? { "private-registry": o.privateRegistry } : {}),
    ...(crate.givenCmd ? { cmd: crate.givenCmd.join(" ") } : {}),
    ...(crate.givenEnv.length ? { env: envAnswer(crate.givenEnv) } : {}),
    ...(crate.givenDataDirs.length ? { "data-dir": crate.givenDataDirs.join(",") } : {}),
    ...(crate.initGiven ? { init: crate.initGiven } : {}),
    ...featureAnswers(crate.cargoFeatures),
    ...(crate.origin === "service" || crate.healthGiven ? healthAnswers(hc) : {}),
  };
}

function healthAnswers(hc: Healthcheck): Record<string, string> {
  if (hc.kind === "subcommand") return { "healthcheck-cmd": hc.args.join(" ") };
  if (hc.kind === "none") return { healthcheck: "none" };
  const route = probePath(hc);
  return route ? { healthcheck: "probe", "health-path": route } : { healthcheck: "tcp" };
}

/** `--features a,b --no-default-features` as saved answers. */
function featureAnswers(args: string[]): Record<string, string | boolean> {
  const at = args.indexOf("--features");
  return {
    ...(at >= 0 ? { features: args[at + 1] } : {}),
    ...(args.includes("--no-default-features") ? { "no-default-features": true } : {}),
    ...(args.includes("--all-features") ? { "all-features": true } : {}),
  };
}

/** The route an HTTP probe requests; undefined for a TCP probe and the other kinds. */
export const probePath = (hc: Healthcheck) => (hc.kind === "probe" && hc.url.startsWith("http://") ? new URL(hc.url).pathname : undefined);

/** A JSON array as Dockerfiles and compose files write exec-form commands: ["a", "b"]. */
export const execForm = (args: string[]) => `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;

/** std-only Rust that gives any binary a `healthcheck` subcommand probing its own port on loopback. */
export function healthcheckSnippet(port: number, path: string): string {
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

/** A DNS label (lowercase letters, digits, `-`, starting with a letter) of at most `max` characters: Kubernetes object
 * and container names, Fly app names and Cloud Run service names (≤ 49) all accept it; Cargo names may not be one. */
export function dnsLabel(name: string, max = 49): string {
  const trim = (s: string) => s.slice(0, max).replace(/-+$/, "");
  const label = trim(name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+/, ""));
  return /^[a-z]/.test(label) ? label : trim(`app-${label}`);
}

/** Shutdown timing: the generated mains drain in-flight requests for `drain` s after SIGTERM (below Docker's 10 s stop
 * timeout; Rocket spends the last `closeConnections` of them closing connections), then give the last spans at most
 * `traceFlush` s to reach the collector (drain + flush still below those 10 s); Kubernetes waits `preStop` s before
 * sending it; `margin` is left before SIGKILL. */
export const SHUTDOWN_TIMING = { drain: 8, closeConnections: 2, traceFlush: 1, preStop: 5, margin: 5 } as const;

/** Health check timing (seconds): while starting, Docker probes every `startInterval` (Engine 25+, compose
 * `start_interval`), so a container reports healthy within a second of start (bench:start-interval: 0.73 s at 0.5 s,
 * 1.17 s at 1 s; only the checks until healthy run at that pace); Kubernetes and Cloud Run probe at most once a second
 * (`probePeriod`). Failures in the first `startPeriod` do not count. Once healthy, a calm `interval`, and `retries`
 * misses make it unhealthy. */
export const HEALTH_TIMING = { startInterval: 0.5, probePeriod: 1, startPeriod: 30, interval: 30, timeout: 3, retries: 3 } as const;

/** The builder image is rust:<rustVersion> (x.y.z, or x.y: that minor's latest release), whose own toolchain the
 * image declares as RUST_VERSION: a toolchain file pinning that version (or plain `stable`) needs nothing installed;
 * any other channel (nightly, beta) does. */
export function buildToolchain(crate: Pick<CrateContext, "toolchainFile" | "toolchainChannel" | "rustVersion">): TemplateData["toolchain"] {
  if (!crate.toolchainFile) return undefined;
  const channel = crate.toolchainChannel ?? "stable";
  if (channel === crate.rustVersion || channel === "stable") return { name: crate.rustVersion, install: false, pinsBuilder: channel !== "stable" };
  return { name: channel, install: true, pinsBuilder: false };
}

/**
 * Shell commands the CI workflow runs in a checkout: the Rust version the Dockerfile's builder tag names (rust:x.y.z-…
 * in a FROM line, or RUST_BUILDER's default offline), and the channel a toolchain file pins (TOML, or the legacy
 * one-line form).
 */
const BUILDER_RUST_VERSION_COMMAND =
  "sed -nE 's/^(FROM[[:space:]](.*[[:space:]])?|ARG RUST_BUILDER=)rust:([0-9]+(\\.[0-9]+){1,2})([-@[:space:]].*)?$/\\3/p' Dockerfile | head -n1";
const toolchainChannelCommand = (file: string) =>
  `if grep -q '^\\[toolchain\\]' ${file}; then sed -nE 's/^[[:space:]]*channel[[:space:]]*=[[:space:]]*"([^"]+)".*/\\1/p' ${file}; else tr -d '[:space:]' < ${file}; fi`;

export function buildTemplateData(o: ServiceOptions, crate: CrateContext = serviceContext(o)): TemplateData {
  const runtimeRow = RUNTIMES[o.runtime];
  const builder = BUILDERS[runtimeRow.libc];
  const crossCompile = o.platforms.length > 1;
  const staticBinary = runtimeRow.libc === "musl";
  const native = nativeBuild(crate.nativeLibs, builder.family, runtimeRow.libc === "musl");
  // Alpine's rust image lacks the musl headers; Debian's slim rust image already has gcc and libc6-dev.
  const libcTarget = builder.family === "alpine" ? ["musl-dev"] : [];
  const crossLibc = builder.family === "alpine" ? ["musl-dev", "gcc"] : ["gcc", "libc6-dev"];
  const { deps, devDeps } = serviceCrates(o);
  const binPath = `/usr/local/bin/${crate.binName}`;
  // Cargo's environment form of `registries.<name>.*`: upper case, `-` as `_`.
  const registryEnvPrefix = `CARGO_REGISTRIES_${o.privateRegistry.toUpperCase().replace(/-/g, "_")}`;
  const targetCacheId = crate.packageName === crate.binName ? crate.binName : `${crate.packageName}-${crate.binName}`;
  const healthcheckArgs =
    crate.healthcheck.kind === "subcommand"
      ? [binPath, ...crate.healthcheck.args]
      : crate.healthcheck.kind === "probe"
        ? [PROBE_BIN, crate.healthcheck.url]
        : undefined;
  // Only a generated service has /ready (an existing crate's routes are its own).
  const readyChecks: ReadyCheck[] =
    crate.origin === "service"
      ? [...(o.database === "none" ? [] : [READY_CHECKS[o.database]]), ...(o.cache === "none" ? [] : [READY_CHECKS[o.cache]])]
      : [];
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
      ...(crossCompile ? ["clang", "lld", ...native.host, ...(o.auditable && !o.offlineBuild ? libcTarget : [])] : [...libcTarget, ...native.host, ...native.target]),
      ...(crate.init ? [INIT[builder.family].package] : []),
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
    healthProbe:
      crate.origin === "service" || probePath(crate.healthcheck) ? "http" : crate.healthcheck.kind === "subcommand" ? "command" : "tcp",
    backing: readyChecks.length > 0,
    readyChecks,
    readyDownJson: JSON.stringify({ status: "unavailable", checks: Object.fromEntries(readyChecks.map((c) => [c.name, "down"])) }),
    readyPath: readyChecks.length ? "/ready" : (probePath(crate.healthcheck) ?? "/health"),
    metrics: crate.origin === "service" && o.observability.includes("metrics"),
    traces: crate.origin === "service" && o.observability.includes("traces"),
    observed: crate.origin === "service" && o.observability.length > 0,
    traceFlushSeconds: SHUTDOWN_TIMING.traceFlush,
    otelCollectorImage: PINS.otelCollector,
    scrape:
      crate.origin !== "service"
        ? crate.scrape
        : o.observability.includes("metrics")
          ? { port: o.metricsPort || o.port, path: "/metrics", separate: o.metricsPort !== 0 }
          : undefined,
    serviceMonitor: o.serviceMonitor,
    prometheusImage: PINS.prometheus,
    // base64url: safe inside the DATABASE_URL it is interpolated into.
    secrets: o.database === "postgres" ? { postgresPassword: randomBytes(24).toString("base64url") } : undefined,
    backingServices: compose.services,
    backingEnv: compose.env,
    secretEnv: compose.env.filter(([, value]) => !value.startsWith("sqlite:")).map(([name]) => name),
    preStopSeconds: SHUTDOWN_TIMING.preStop,
    terminationGraceSeconds: SHUTDOWN_TIMING.preStop + SHUTDOWN_TIMING.drain + SHUTDOWN_TIMING.margin,
    killTimeoutSeconds: SHUTDOWN_TIMING.drain + SHUTDOWN_TIMING.margin,
  };
}
