// The crates an image build really compiles: cargo's own resolve for the package and its feature flags, so a -sys
// crate that only an unused feature of some dependency reaches asks for no native library. Cargo.lock alone lists
// every optional dependency of every feature.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { LockedPackage } from "../catalog/deny.js";

export interface BuildGraph {
  /** Names of the crates compiled for the binary (normal and build dependencies, not dev). */
  crates: Set<string>;
  /** The features turned on in each of them. */
  features: Map<string, Set<string>>;
  /** Every package of the resolve for the image's platform but the workspace's own (dev dependencies too). */
  packages: LockedPackage[];
  /** Workspace members with no license that cargo could publish: cargo deny reports them as unlicensed. */
  unlicensedMembers: string[];
  /** The build script (`custom-build` target) of each compiled crate that has one: its entry file on this machine. */
  buildScripts: { crate: string; entry: string }[];
  /** The package's own libraries published apart (`pueue-lib` for `pueue`: a compiled registry package from the same
   * repository), with their directories on this machine: their code runs as its own. */
  ownLibraries: { crate: string; dir: string }[];
}

interface ManifestDependency {
  name: string;
  rename?: string | null;
  optional: boolean;
  kind: string | null;
}

interface Metadata {
  packages: {
    id: string;
    name: string;
    version?: string;
    license?: string | null;
    license_file?: string | null;
    /** [] for `publish = false`. */
    publish?: string[] | null;
    source?: string | null;
    dependencies?: ManifestDependency[];
    features?: Record<string, string[]>;
    targets?: { kind: string[]; src_path: string }[];
    repository?: string | null;
    manifest_path?: string;
  }[];
  workspace_members: string[];
  resolve: { nodes: { id: string; features: string[]; deps: { pkg: string; dep_kinds: { kind: string | null }[] }[] }[] };
}

/** The platform images are built for; -sys crates differ by OS, not between gnu/musl or amd64/arm64. */
const IMAGE_TARGET = "x86_64-unknown-linux-gnu";

/**
 * cargo's resolve of `pkg` with the image's feature arguments, from the locked versions (`--locked`: the lock is
 * never changed); undefined when cargo cannot answer (not installed, no lock, or the registry cannot be reached for
 * sources it has not cached), and the caller falls back to the lock.
 */
export function resolveBuildGraph(contextDir: string, pkg: string, cargoFeatures: string[], inWorkspace: boolean): BuildGraph | undefined {
  // In a workspace, features are named through their package (a virtual root takes no bare feature names).
  const featureArgs = inWorkspace ? qualifyFeatures(cargoFeatures, pkg) : cargoFeatures;
  // The resolve does not depend on the toolchain: a pinned one that is not installed is not downloaded for it.
  let toolchain: Record<string, string> = { RUSTUP_AUTO_INSTALL: "0" };
  const metadataRun = (network: string[]) =>
    spawnSync("cargo", ["metadata", "--format-version", "1", "--locked", ...network, "--filter-platform", IMAGE_TARGET, ...featureArgs], {
      cwd: contextDir,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      timeout: 90_000,
      env: { ...process.env, CARGO_TERM_COLOR: "never", ...toolchain },
    });
  // Sources cargo has cached answer at once; only what is missing is fetched.
  let r = metadataRun(["--offline"]);
  if (r.status !== 0 && /toolchain '[^']+' is not installed/.test(r.stderr ?? "")) {
    const fallback = /^(\S+)/.exec(spawnSync("rustup", ["default"], { encoding: "utf8" }).stdout ?? "")?.[1];
    if (fallback) toolchain = { RUSTUP_TOOLCHAIN: fallback };
    r = metadataRun(["--offline"]);
  }
  if (r.status !== 0 && !r.error) r = metadataRun([]);
  if (r.status !== 0 || !r.stdout) return undefined;
  let metadata: Metadata;
  try {
    metadata = JSON.parse(r.stdout) as Metadata;
  } catch {
    return undefined;
  }
  return reachable(metadata, pkg);
}

function qualifyFeatures(args: string[], pkg: string): string[] {
  const at = args.indexOf("--features");
  if (at < 0) return args;
  const named = args[at + 1].split(",").map((f) => (f.includes("/") ? f : `${pkg}/${f}`));
  return [...args.slice(0, at), "--features", named.join(","), ...args.slice(at + 2)];
}

/**
 * The crates the package's binary build reaches in the resolve, walking normal and build edges only. cargo metadata
 * also lists an optional dependency that only a weak feature (`dep?/feature`) names, which does not enable it: such an
 * edge counts only when one of the package's enabled features enables the dependency itself.
 */
export function reachable(metadata: Metadata, pkg: string): BuildGraph | undefined {
  const names = new Map(metadata.packages.map((p) => [p.id, p.name]));
  const packages = new Map(metadata.packages.map((p) => [p.id, p]));
  const enabled = (from: string, features: string[], depName: string) => {
    const manifest = packages.get(from);
    const entries = manifest?.dependencies?.filter((d) => d.name === depName && d.kind !== "dev") ?? [];
    if (!entries.length || entries.some((d) => !d.optional)) return true;
    return entries.some((d) => {
      const key = d.rename ?? d.name;
      return features.includes(key) || features.some((f) => (manifest?.features?.[f] ?? []).some((x) => x === `dep:${key}` || x.startsWith(`${key}/`)));
    });
  };
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const root = metadata.workspace_members.find((id) => names.get(id) === pkg);
  if (!root || !nodes.has(root)) return undefined;
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length) {
    const node = nodes.get(queue.pop()!);
    for (const dep of node?.deps ?? [])
      if (!seen.has(dep.pkg) && dep.dep_kinds.some((k) => k.kind !== "dev") && enabled(node!.id, node!.features, names.get(dep.pkg)!)) {
        seen.add(dep.pkg);
        queue.push(dep.pkg);
      }
  }
  const features = new Map<string, Set<string>>();
  for (const id of seen) features.set(names.get(id)!, new Set([...(features.get(names.get(id)!) ?? []), ...(nodes.get(id)?.features ?? [])]));
  const members = new Set(metadata.workspace_members);
  const packagesOut = metadata.packages
    .filter((p) => !members.has(p.id) && nodes.has(p.id))
    .map((p) => ({ name: p.name, version: p.version ?? "", license: p.license ?? null, source: p.source ?? null }));
  const unlicensedMembers = metadata.packages
    .filter((p) => members.has(p.id) && !p.license && !p.license_file && !(Array.isArray(p.publish) && p.publish.length === 0))
    .map((p) => p.name);
  const buildScripts = [...seen].flatMap((id) =>
    (packages.get(id)?.targets ?? []).filter((t) => t.kind.includes("custom-build")).map((t) => ({ crate: names.get(id)!, entry: t.src_path })),
  );
  const repository = (id: string) => packages.get(id)?.repository?.replace(/(?:\.git)?\/*$/, "").toLowerCase() || undefined;
  const ownRepository = repository(root);
  const ownLibraries = [...seen]
    .filter((id) => !members.has(id) && ownRepository !== undefined && repository(id) === ownRepository)
    .flatMap((id) => {
      const p = packages.get(id)!;
      return p.manifest_path && p.targets?.some((t) => t.kind.includes("lib")) ? [{ crate: p.name, dir: path.dirname(p.manifest_path) }] : [];
    });
  return { crates: new Set(features.keys()), features, packages: packagesOut, unlicensedMembers, buildScripts, ownLibraries };
}
