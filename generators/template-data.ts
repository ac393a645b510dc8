// Derives everything templates print from the options, so templates hold only `if` and `for`.
import { BUILDERS, PINS, PROFILES, RUNTIMES, type RuntimeRow } from "./catalog.js";
import { COMMON_CRATES, FRAMEWORK_CRATES, TLS_PROBE_CRATES, type CrateDep } from "./crates.js";
import type { ServiceOptions } from "./options.js";

export type Healthcheck =
  | { kind: "subcommand"; args: string[] }
  | { kind: "probe"; url: string }
  | { kind: "none" };

/** What the container kit needs to know about the crate it packages: generated (new mode) or detected (existing). */
export interface CrateContext {
  origin: "service" | "container-kit";
  packageName: string;
  /** Package directory inside the build context ("" at the root); set for workspace members. */
  packageDir: string;
  /** Whether the build must name the package (the context is a workspace). */
  inWorkspace: boolean;
  binName: string;
  version: string;
  description: string;
  rustVersion: string;
  toolchainFile?: string;
  openssl?: "vendored" | "system";
  /** Asset directories relative to the package directory, copied next to the binary. */
  assets: string[];
  healthcheck: Healthcheck;
  composeFile: string;
}

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
    openssl: o.tls === "openssl-vendored" ? "vendored" : undefined,
    assets: [],
    healthcheck: { kind: "subcommand", args: ["healthcheck"] },
    composeFile: "compose.yaml",
  };
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
  platformList: string;
  /** Where the binary lives in the image. */
  binPath: string;
  uid: number;
  staticBinary: boolean;
  /** Exec-form HEALTHCHECK command, or undefined for none; healthcheckExec is it as a JSON array. */
  healthcheckArgs?: string[];
  healthcheckExec?: string;
  /** The compose healthcheck's `test`. */
  healthcheckTest?: string;
  /** Rust lines that add a `healthcheck` subcommand to an existing main (shown when the binary has none). */
  healthcheckSnippet: string;
  /** The description, safe inside a double-quoted LABEL value. */
  labelDescription: string;
  /** BuildKit cache id of the target dir: one per package and binary, so unrelated builds never share it. */
  targetCacheId: string;
  /** `--package X ` when the build must name the package, else "". */
  packageArg: string;
  /** Packages the runtime stage installs besides CA certificates (only where it has a package manager). */
  runtimePackages: string[];
  /** Environment the build needs, e.g. static OpenSSL linking on musl. */
  buildEnv: string[];
  probeSource: string;
  probeBin: string;
  answersJson: string;
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
  return [...merged.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** One TOML line per crate, e.g. `tokio = { version = "1", features = ["macros"] }`. */
export function dependencyLine(dep: CrateDep): string {
  const features = dep.features?.length ? `, features = [${dep.features.map((f) => JSON.stringify(f)).join(", ")}]` : "";
  const noDefault = dep.defaultFeatures === false ? ", default-features = false" : "";
  if (!features && !noDefault) return `${dep.name} = ${JSON.stringify(dep.version)}`;
  return `${dep.name} = { version = ${JSON.stringify(dep.version)}${noDefault}${features} }`;
}

export function serviceCrates(o: Pick<ServiceOptions, "framework" | "tls">): { deps: CrateDep[]; devDeps: CrateDep[] } {
  const fw = FRAMEWORK_CRATES[o.framework];
  const tlsDeps = o.tls === "none" ? [] : [...(fw.tls[o.tls] ?? []), ...TLS_PROBE_CRATES[o.tls]];
  return { deps: mergeCrates([...fw.deps, ...tlsDeps, ...COMMON_CRATES]), devDeps: mergeCrates(fw.devDeps) };
}

/** The answers a later run starts from, keyed by flag name so they go through the same parsers as flags. */
export function savedAnswers(o: ServiceOptions, crate: CrateContext): Record<string, string | number> {
  const hc = crate.healthcheck;
  return {
    generatedAs: crate.origin,
    ...(crate.origin === "service" ? { name: o.name, framework: o.framework, tls: o.tls, profile: o.profile } : {}),
    ...(crate.inWorkspace ? { package: crate.packageName } : {}),
    ...(crate.origin === "container-kit" ? { bin: crate.binName } : {}),
    runtime: o.runtime,
    platform: o.platforms.join(","),
    port: o.port,
    ...(hc.kind === "subcommand"
      ? { "healthcheck-cmd": hc.args.join(" ") }
      : hc.kind === "probe"
        ? { healthcheck: "probe", "health-path": new URL(hc.url).pathname }
        : { healthcheck: "none" }),
  };
}

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

/** Build-time packages per builder family: what OpenSSL needs on the build machine (host) and for the target.
 * openssl-src runs OpenSSL's Configure (perl) and make; a system OpenSSL links through pkg-config. */
const OPENSSL_BUILD = {
  vendored: { alpine: { host: ["perl", "make"], target: ["linux-headers"] }, debian: { host: ["perl", "make"], target: [] } },
  system: {
    alpine: { host: ["pkgconf"], target: ["openssl-dev", "openssl-libs-static"] },
    debian: { host: ["pkg-config"], target: ["libssl-dev"] },
  },
} as const;

export function buildTemplateData(o: ServiceOptions, crate: CrateContext = serviceContext(o)): TemplateData {
  const runtimeRow = RUNTIMES[o.runtime];
  const builder = BUILDERS[runtimeRow.libc];
  const crossCompile = o.platforms.length > 1;
  const staticBinary = runtimeRow.libc === "musl";
  const openssl = crate.openssl ? OPENSSL_BUILD[crate.openssl][builder.family] : { host: [], target: [] };
  // Alpine's rust image lacks the musl headers; Debian's slim rust image already has gcc and libc6-dev.
  const libcTarget = builder.family === "alpine" ? ["musl-dev"] : [];
  const crossLibc = builder.family === "alpine" ? ["musl-dev", "gcc"] : ["gcc", "libc6-dev"];
  const { deps, devDeps } = serviceCrates(o);
  const binPath = `/usr/local/bin/${crate.binName}`;
  const healthcheckArgs =
    crate.healthcheck.kind === "subcommand"
      ? [binPath, ...crate.healthcheck.args]
      : crate.healthcheck.kind === "probe"
        ? [PROBE_BIN, crate.healthcheck.url]
        : undefined;
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
    runtimeRow,
    runtimeImage: runtimeRow.image,
    builderImage: builder.image("${RUST_VERSION}"),
    builderFamily: builder.family,
    // Cross builds run clang/lld on the build machine; xx installs the target's libraries.
    buildPackages: crossCompile ? ["clang", "lld", ...openssl.host] : [...libcTarget, ...openssl.host, ...openssl.target],
    crossTargetPackages: [...crossLibc, ...openssl.target],
    crossCompile,
    xxImage: PINS.xx,
    dockerfileSyntax: PINS.dockerfileSyntax,
    platformList: o.platforms.join(","),
    binPath,
    uid: runtimeRow.uid,
    staticBinary,
    healthcheckArgs,
    healthcheckExec: healthcheckArgs && execForm(healthcheckArgs),
    healthcheckTest: healthcheckArgs && execForm(["CMD", ...healthcheckArgs]),
    healthcheckSnippet: healthcheckSnippet(o.port, crate.healthcheck.kind === "probe" ? new URL(crate.healthcheck.url).pathname : "/health"),
    labelDescription: crate.description.replace(/["\\$]/g, ""),
    targetCacheId: crate.packageName === crate.binName ? crate.binName : `${crate.packageName}-${crate.binName}`,
    packageArg: crate.inWorkspace ? `--package ${crate.packageName} ` : "",
    // A dynamically linked system OpenSSL needs its library at run time; distroless/cc already ships libssl3.
    runtimePackages: crate.openssl === "system" && runtimeRow.stage === "debian" ? ["libssl3"] : [],
    buildEnv: crate.openssl === "system" && staticBinary ? ["OPENSSL_STATIC=1"] : [],
    probeSource: PROBE_SOURCE,
    probeBin: PROBE_BIN,
    answersJson: JSON.stringify(savedAnswers(o, crate), null, 2),
  };
}
