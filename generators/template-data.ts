// Derives everything templates print from the options, so templates hold only `if` and `for`.
import { BUILDERS, PINS, PLATFORMS, PROFILES, RUNTIMES, TLS_STACKS, type RuntimeRow } from "./catalog.js";
import { COMMON_CRATES, FRAMEWORK_CRATES, TLS_PROBE_CRATES, type CrateDep } from "./crates.js";
import type { ServiceOptions } from "./options.js";

export interface TemplateData extends ServiceOptions {
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
  rustTargets: string[];
  /** Where the binary lives in the image. */
  binPath: string;
  uid: number;
  staticBinary: boolean;
  healthcheckArgs: string[];
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

export function buildTemplateData(o: ServiceOptions): TemplateData {
  const runtimeRow = RUNTIMES[o.runtime];
  const builder = BUILDERS[runtimeRow.libc];
  const crossCompile = o.platforms.length > 1;
  const staticBinary = runtimeRow.libc === "musl";
  const tlsPackages = [...TLS_STACKS[o.tls].buildPackages];
  // Alpine's rust image lacks musl headers and OpenSSL's build needs Linux headers; Debian's slim image has gcc and libc6-dev.
  const nativePackages =
    builder.family === "alpine" ? ["musl-dev", ...(o.tls === "openssl-vendored" ? ["linux-headers"] : [])] : [];
  const crossTargetPackages =
    builder.family === "alpine"
      ? ["musl-dev", "gcc", ...(o.tls === "openssl-vendored" ? ["linux-headers"] : [])]
      : ["gcc", "libc6-dev"];
  const { deps, devDeps } = serviceCrates(o);
  const binPath = `/usr/local/bin/${o.name}`;
  return {
    ...o,
    crateName: o.name,
    binName: o.name,
    packageVersion: "0.1.0",
    description: `${o.name}: a ${o.framework} web service`,
    rustVersion: PINS.rust,
    edition: PINS.edition,
    dependencyLines: deps.map(dependencyLine),
    devDependencyLines: devDeps.map(dependencyLine),
    optLevel: PROFILES[o.profile].optLevel,
    runtimeRow,
    runtimeImage: runtimeRow.image,
    builderImage: builder.image("${RUST_VERSION}"),
    builderFamily: builder.family,
    // Cross builds run clang/lld on the build machine; xx supplies the target's libc and gcc runtime.
    buildPackages: crossCompile ? ["clang", "lld", ...tlsPackages] : [...nativePackages, ...tlsPackages],
    crossTargetPackages,
    crossCompile,
    xxImage: PINS.xx,
    dockerfileSyntax: PINS.dockerfileSyntax,
    platformList: o.platforms.join(","),
    rustTargets: o.platforms.map((p) => `${PLATFORMS[p].rustArch}-unknown-linux-${staticBinary ? "musl" : "gnu"}`),
    binPath,
    uid: runtimeRow.uid,
    staticBinary,
    healthcheckArgs: [binPath, "healthcheck"],
  };
}
