// Detection alone: reads an existing crate's facts from disk with the real manifest parser. It never prompts or writes.
import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { FRAMEWORKS, isFramework, type Framework } from "../catalog/catalog.js";
import { UserError } from "../errors.js";
import { linkerTools, nativeLibsFor, opensslOf } from "../catalog/native-libs.js";
import { HTTP_SERVER_CRATES } from "./scan/source-rules.js";
import { contentPath, readText } from "../host-files.js";

export interface BinTarget {
  name: string;
  /** Source path relative to the package directory. */
  path: string;
}

export interface PackageFacts {
  name: string;
  version: string;
  description?: string;
  /** Package directory relative to the build context ("" for the context root itself). */
  dir: string;
  bins: BinTarget[];
  defaultRun?: string;
  hasLib: boolean;
  framework?: Framework;
  /** Crate names of its [dependencies] (a renamed dependency by its `package`). */
  dependencies: string[];
  /** The features it turns on per dependency crate name. */
  dependencyFeatures: Record<string, string[]>;
  /** Its own [features] table: each feature and what it enables. */
  features: Record<string, string[]>;
  /** Runtime asset directories next to the manifest (templates/, static/, …), relative to the package directory. */
  assets: string[];
}

export interface CrateFacts {
  /** Build context: the workspace root when the crate is part of a workspace, else the crate itself. */
  contextDir: string;
  /** The package the target directory is (undefined at a virtual workspace root). */
  package?: PackageFacts;
  /** Every member of the workspace (empty outside a workspace). */
  members: PackageFacts[];
  hasLockfile: boolean;
  /** Names of every package Cargo.lock holds. */
  lockedCrates: Set<string>;
  /** How OpenSSL reaches the build, read from Cargo.lock: built from source (openssl-src) or the system's. */
  openssl?: "vendored" | "system";
  /** Rows of NATIVE_LIBS the lock calls for (libraries and build tools the image build needs). */
  nativeLibs: string[];
  /** rust-toolchain file relative to the context, and the channel it pins. */
  toolchainFile?: string;
  toolchainChannel?: string;
  rustVersion?: string;
  buildScript: boolean;
  cargoConfig: boolean;
  /** Compose file already in the context, if any (its name is kept). */
  composeFile?: string;
  /** GitHub workflow files already there, relative to the context. */
  workflows: string[];
}

/** Directories templates/container/dockerignore.ejs excludes: at any depth, and at the context root. */
export const IGNORED_DIRS = { anyDepth: ["target", "secrets", ".idea", ".vscode"], root: [".git", ".github"] };
const ASSET_DIRS = ["assets", "static", "public", "templates", "migrations", "config", "configuration", "locales"];
const COMPOSE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];

type Toml = Record<string, unknown>;

function readToml(file: string): Toml {
  let text: string;
  try {
    text = readText(file);
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseToml(text) as Toml;
  } catch (e) {
    const err = e as Error & { line?: number; column?: number };
    const where = err.line ? `:${err.line}:${err.column}` : "";
    throw new UserError(`${file}${where} is not valid TOML: ${err.message.split("\n")[0].replace(/^Invalid TOML document: /, "")}`);
  }
}

const table = (v: unknown): Toml | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as Toml) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The workspace root above `dir` whose members include it, if any. */
function findWorkspaceRoot(dir: string): string | undefined {
  for (let up = path.dirname(dir); up !== path.dirname(up); up = path.dirname(up)) {
    const manifest = path.join(up, "Cargo.toml");
    if (!fs.existsSync(manifest)) continue;
    const ws = table(readToml(manifest).workspace);
    if (ws && memberDirs(up, ws).some((m) => path.resolve(up, m) === dir)) return up;
  }
  return undefined;
}

/** Expands `members` (with trailing-`*` globs, the form Cargo users write) minus `exclude`. */
function memberDirs(root: string, ws: Toml): string[] {
  const exclude = new Set(((ws.exclude as string[] | undefined) ?? []).map((e) => path.normalize(e)));
  const dirs: string[] = [];
  for (const pattern of (ws.members as string[] | undefined) ?? []) {
    if (pattern.endsWith("/*")) {
      const base = pattern.slice(0, -2);
      const full = path.join(root, base);
      if (!fs.existsSync(full)) continue;
      for (const e of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
        if (e.isDirectory() && fs.existsSync(path.join(full, e.name, "Cargo.toml"))) dirs.push(path.join(base, e.name));
    } else dirs.push(path.normalize(pattern));
  }
  return dirs.filter((d) => !exclude.has(d));
}

function packageFacts(contextDir: string, pkgDir: string, workspacePackage: Toml | undefined): PackageFacts {
  const manifestPath = path.join(pkgDir, "Cargo.toml");
  const manifest = readToml(manifestPath);
  const pkg = table(manifest.package);
  if (!pkg) throw new UserError(`${manifestPath} has no [package] section`);
  const inherited = (key: string) => {
    const v = pkg[key];
    return table(v)?.workspace === true ? str(workspacePackage?.[key]) : str(v);
  };
  const name = str(pkg.name);
  if (!name) throw new UserError(`${manifestPath} has no package name`);
  const bins: BinTarget[] = [];
  const explicit = (manifest.bin as Toml[] | undefined) ?? [];
  for (const b of explicit) {
    const binName = str(b.name);
    if (!binName) throw new UserError(`${manifestPath}: a [[bin]] has no name`);
    bins.push({ name: binName, path: str(b.path) ?? defaultBinPath(pkgDir, binName, name) });
  }
  // Cargo discovers src/main.rs and src/bin/* unless `autobins = false`.
  if (pkg.autobins !== false) {
    const add = (binName: string, p: string) => {
      if (!bins.some((b) => b.name === binName || b.path === p)) bins.push({ name: binName, path: p });
    };
    if (fs.existsSync(path.join(pkgDir, "src/main.rs"))) add(name, "src/main.rs");
    const binDir = path.join(pkgDir, "src/bin");
    if (fs.existsSync(binDir))
      for (const e of fs.readdirSync(binDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isFile() && e.name.endsWith(".rs")) add(e.name.slice(0, -3), `src/bin/${e.name}`);
        else if (e.isDirectory() && fs.existsSync(path.join(binDir, e.name, "main.rs"))) add(e.name, `src/bin/${e.name}/main.rs`);
      }
  }
  const deps = { ...table(manifest.dependencies) };
  const dependencies = Object.entries(deps).map(([key, spec]) => str(table(spec)?.package) ?? key);
  const dependencyFeatures = Object.fromEntries(
    Object.entries(deps).map(([key, spec]) => [str(table(spec)?.package) ?? key, ((table(spec)?.features as unknown[] | undefined) ?? []).map(String)]),
  );
  const framework = (Object.keys(FRAMEWORKS) as Framework[]).find((f) => dependencies.includes(f));
  return {
    name,
    version: inherited("version") ?? "0.0.0",
    description: inherited("description"),
    dir: contentPath(contextDir, pkgDir),
    bins,
    defaultRun: str(pkg["default-run"]),
    hasLib: manifest.lib !== undefined || fs.existsSync(path.join(pkgDir, "src/lib.rs")),
    framework: framework && isFramework(framework) ? framework : undefined,
    dependencies,
    dependencyFeatures,
    features: Object.fromEntries(Object.entries(table(manifest.features) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []])),
    assets: ASSET_DIRS.filter((d) => fs.statSync(path.join(pkgDir, d), { throwIfNoEntry: false })?.isDirectory()),
  };
}

function defaultBinPath(pkgDir: string, binName: string, pkgName: string): string {
  if (binName === pkgName && fs.existsSync(path.join(pkgDir, "src/main.rs"))) return "src/main.rs";
  return fs.existsSync(path.join(pkgDir, `src/bin/${binName}/main.rs`)) ? `src/bin/${binName}/main.rs` : `src/bin/${binName}.rs`;
}

/** The toolchain file rustup finds when cargo runs at the context root, as the image build does. */
function readToolchain(contextDir: string): { file?: string; channel?: string } {
  for (const file of ["rust-toolchain.toml", "rust-toolchain"]) {
    const full = path.join(contextDir, file);
    if (!fs.existsSync(full)) continue;
    const text = readText(full);
    const channel = text.includes("[toolchain]") ? str(table(readToml(full).toolchain)?.channel) : text.trim() || undefined;
    return { file, channel };
  }
  return {};
}

/** Reads every fact the container kit needs from the crate (or workspace) at `dir`. */
export function detectCrate(dir: string): CrateFacts {
  const target = path.resolve(dir);
  const manifestPath = path.join(target, "Cargo.toml");
  if (!fs.existsSync(manifestPath)) throw new UserError(`${target} has no Cargo.toml`);
  const manifest = readToml(manifestPath);
  const ownWorkspace = table(manifest.workspace);
  const contextDir = ownWorkspace ? target : (findWorkspaceRoot(target) ?? target);
  const rootManifest = contextDir === target ? manifest : readToml(path.join(contextDir, "Cargo.toml"));
  const ws = table(rootManifest.workspace);
  const workspacePackage = table(ws?.package);
  const members = ws
    ? memberDirs(contextDir, ws).map((m) => packageFacts(contextDir, path.join(contextDir, m), workspacePackage))
    : [];
  const pkg = manifest.package ? packageFacts(contextDir, target, workspacePackage) : undefined;
  if (pkg && ws && !members.some((m) => m.name === pkg.name)) members.unshift(pkg);

  const lockPath = path.join(contextDir, "Cargo.lock");
  const hasLockfile = fs.existsSync(lockPath);
  const lockedNames = new Set(
    hasLockfile ? ((readToml(lockPath).package as Toml[] | undefined) ?? []).map((p) => String(p.name)) : [],
  );
  const manifestDirs = [contextDir, ...(contextDir === target ? [] : [target]), ...(ws ? memberDirs(contextDir, ws).map((m) => path.join(contextDir, m)) : [])];
  const manifests = manifestDirs.map((d) => (d === contextDir ? rootManifest : d === target ? manifest : readToml(path.join(d, "Cargo.toml"))));
  manifests.forEach((m, i) => checkPathDependencies(contextDir, manifestDirs[i], m));
  const openssl = opensslOf(lockedNames);
  const toolchain = readToolchain(contextDir);
  const ownRustVersion = table(manifest.package)?.["rust-version"];
  // `rust-version.workspace = true` (or a virtual root) takes the workspace's value.
  const rustVersion = str(ownRustVersion) ?? str(workspacePackage?.["rust-version"]);
  return {
    contextDir,
    package: pkg,
    members,
    hasLockfile,
    lockedCrates: lockedNames,
    openssl,
    nativeLibs: [...nativeLibsFor(lockedNames, dependencyFeatures(manifests)), ...cargoConfigLinkers(contextDir)],
    toolchainFile: toolchain.file,
    toolchainChannel: toolchain.channel,
    rustVersion,
    buildScript: fs.existsSync(path.join(target, "build.rs")),
    cargoConfig: fs.existsSync(path.join(contextDir, ".cargo/config.toml")) || fs.existsSync(path.join(contextDir, ".cargo/config")),
    composeFile: COMPOSE_NAMES.find((n) => fs.existsSync(path.join(contextDir, n))),
    workflows: fs.existsSync(path.join(contextDir, ".github/workflows"))
      ? fs.readdirSync(path.join(contextDir, ".github/workflows")).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `.github/workflows/${f}`)
      : [],
  };
}

/** Linker rows for the context's .cargo/config.toml: `linker` values and `rustflags` of [build] and every [target.*]. */
function cargoConfigLinkers(contextDir: string): string[] {
  const file = [".cargo/config.toml", ".cargo/config"].map((f) => path.join(contextDir, f)).find((f) => fs.existsSync(f));
  if (!file) return [];
  const config = readToml(file);
  // [build] and the targets an image build can be for (Linux triples, cfg(…) expressions); not macOS or Windows.
  const targets = Object.entries(table(config.target) ?? {}).filter(([key]) => key.includes("linux") || key.startsWith("cfg("));
  const sections = [table(config.build), ...targets.map(([, t]) => table(t))].filter((t) => t !== undefined);
  const flags = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split(/\s+/) : []);
  return linkerTools(
    sections.map((t) => str(t.linker)).filter((l) => l !== undefined),
    sections.flatMap((t) => flags(t.rustflags)),
  );
}

/** The dependency tables of a manifest that cargo reads to build: every kind, per target, the workspace's, and [patch]. */
function dependencyTables(m: Toml): Toml[] {
  const kinds = ["dependencies", "dev-dependencies", "build-dependencies"];
  return [
    ...kinds.map((k) => table(m[k])),
    ...Object.values(table(m.target) ?? {}).flatMap((t) => kinds.map((k) => table(table(t)?.[k]))),
    table(table(m.workspace)?.dependencies),
    ...Object.values(table(m.patch) ?? {}).map(table),
  ].filter((t) => t !== undefined);
}

/** Path dependencies and patches must be inside the build context: the image build sees nothing else. */
function checkPathDependencies(contextDir: string, manifestDir: string, manifest: Toml): void {
  for (const deps of dependencyTables(manifest))
    for (const [name, spec] of Object.entries(deps)) {
      const rel = str(table(spec)?.path);
      if (rel === undefined) continue;
      const full = path.resolve(manifestDir, rel);
      const inContext = path.relative(contextDir, full);
      // The kit's .dockerignore drops these directories at any depth: a dependency inside one never reaches the build.
      const segments = inContext.split(path.sep);
      const ignored = segments.find((segment, i) => IGNORED_DIRS.anyDepth.includes(segment) || (i === 0 && IGNORED_DIRS.root.includes(segment)));
      if (ignored && !inContext.startsWith(".."))
        throw new UserError(`${name} (path = "${rel}") is inside ${ignored}/, which the container kit's .dockerignore excludes: move it elsewhere in the repository`);
      if (inContext.startsWith("..")) {
        let common = contextDir;
        while (path.relative(common, full).startsWith("..")) common = path.dirname(common);
        throw new UserError(
          `${name} (path = "${rel}" in ${path.relative(contextDir, path.join(manifestDir, "Cargo.toml")) || "Cargo.toml"}) is outside the build context ${contextDir}: ` +
            `the image build cannot see it; move it inside, or make ${common} (which holds both) a workspace and run there`,
        );
      }
    }
}

/** Every feature any manifest turns on for a dependency (`features = [...]` in [dependencies] tables of any kind). */
function dependencyFeatures(manifests: Toml[]): Set<string> {
  const features = new Set<string>();
  const fromTable = (deps: unknown) => {
    for (const spec of Object.values(table(deps) ?? {})) for (const f of (table(spec)?.features as unknown[] | undefined) ?? []) if (typeof f === "string") features.add(f);
  };
  for (const m of manifests) for (const deps of dependencyTables(m)) fromTable(deps);
  return features;
}

export interface CrateChoice {
  package: PackageFacts;
  bin: BinTarget;
  /** Why this binary, when the manifest alone did not say. */
  reason?: string;
}

/** A binary named as the server among several (mini-redis-server next to mini-redis-cli, api next to worker). */
const SERVER_BIN = /(^|[-_])(server|serve|api|web|http|service|daemon)([-_]|$)/;

/**
 * The binary member that is the server: the one that serves HTTP and is named as the server (by package or
 * directory: crates/shop_server), else the only one that serves HTTP, else — when none does — the only one named so.
 */
function serverMember(members: PackageFacts[]): { member: PackageFacts; reason: string } | undefined {
  const list = `${members.length} binary packages (${members.map((m) => m.name).join(", ")})`;
  const named = members.filter((m) => SERVER_BIN.test(m.name) || SERVER_BIN.test(path.posix.basename(m.dir)));
  const http = members.filter((m) => m.dependencies.some((d) => HTTP_SERVER_CRATES.includes(d)));
  const both = named.filter((m) => http.includes(m));
  if (both.length === 1) return { member: both[0], reason: `${list}; ${both[0].name} (${both[0].dir}) is named as the server and serves HTTP` };
  if (http.length === 1) return { member: http[0], reason: `${list}; only ${http[0].name} depends on an HTTP server crate` };
  if (http.length === 0 && named.length === 1) return { member: named[0], reason: `${list}; ${named[0].name} (${named[0].dir}) is named as the server` };
  return undefined;
}

export interface Chooser {
  (message: string, choices: string[]): Promise<string>;
}

/** Picks the package and binary to containerise: from flags, the manifest (default-run, a single bin), or by asking. */
export async function chooseTarget(
  facts: CrateFacts,
  flags: { package?: string; bin?: string },
  ask?: Chooser,
): Promise<CrateChoice> {
  const withBins = facts.members.filter((m) => m.bins.length > 0);
  let pkg = facts.package;
  if (flags.package !== undefined) {
    pkg = facts.members.find((m) => m.name === flags.package) ?? (facts.package?.name === flags.package ? facts.package : undefined);
    if (!pkg)
      throw new UserError(
        `no package "${flags.package}" here${withBins.length ? ` (binary packages: ${withBins.map((m) => m.name).join(", ")})` : ""}`,
      );
  }
  if (!pkg) {
    if (withBins.length === 0) throw new UserError(`the workspace at ${facts.contextDir} has no binary package to containerise`);
    if (withBins.length === 1) pkg = withBins[0];
    const server = ask ? undefined : serverMember(withBins);
    if (!pkg && server) return { ...(await chooseTarget(facts, { ...flags, package: server.member.name })), reason: server.reason };
    if (!pkg) {
      if (!ask) throw new UserError(`this is a virtual workspace: choose --package ${withBins.map((m) => m.name).join("|")}`);
      const name = await ask("Which package should the image run?", withBins.map((m) => m.name));
      pkg = withBins.find((m) => m.name === name)!;
    }
  }
  if (pkg.bins.length === 0)
    throw new UserError(`package "${pkg.name}" has no binary target (it is a library): the image needs a binary to run`);
  if (flags.bin !== undefined) {
    const bin = pkg.bins.find((b) => b.name === flags.bin);
    if (!bin) throw new UserError(`package "${pkg.name}" has no binary "${flags.bin}" (binaries: ${pkg.bins.map((b) => b.name).join(", ")})`);
    return { package: pkg, bin };
  }
  const preferred = pkg.bins.length === 1 ? pkg.bins[0] : pkg.bins.find((b) => b.name === pkg!.defaultRun);
  if (preferred) return { package: pkg, bin: preferred };
  const servers = pkg.bins.filter((b) => SERVER_BIN.test(b.name));
  const list = `${pkg.bins.length} binaries (${pkg.bins.map((b) => b.name).join(", ")})`;
  if (!ask && servers.length === 1) return { package: pkg, bin: servers[0], reason: `${list}; ${servers[0].name} is named as the server` };
  // The package's own binary (src/main.rs, or a [[bin]] named like the package) is what `cargo install` users reach
  // for first; the others are helpers beside it (a CLI, a migrator).
  const own = pkg.bins.find((b) => b.name === pkg!.name);
  if (!ask && servers.length === 0 && own) return { package: pkg, bin: own, reason: `${list}; ${own.name} is named like the package` };
  if (!ask) throw new UserError(`package "${pkg.name}" has several binaries: choose --bin ${pkg.bins.map((b) => b.name).join("|")}`);
  const name = await ask("Which binary should the image run?", pkg.bins.map((b) => b.name));
  return { package: pkg, bin: pkg.bins.find((b) => b.name === name)! };
}

/**
 * The package's own features cargo turns on for these build arguments: `default` (unless --no-default-features), the
 * ones named with --features, and every feature they enable in turn; "all" for --all-features. Entries that enable a
 * dependency's feature (`dep:x`, `x/y`) add none of the package's own.
 */
export function enabledFeatures(features: Record<string, string[]>, cargoArgs: string[]): Set<string> | "all" {
  if (cargoArgs.includes("--all-features")) return "all";
  const at = cargoArgs.indexOf("--features");
  const queue = [...(cargoArgs.includes("--no-default-features") ? [] : ["default"]), ...(at >= 0 ? cargoArgs[at + 1].split(",") : [])];
  const enabled = new Set<string>();
  while (queue.length) {
    const f = queue.shift()!;
    if (enabled.has(f)) continue;
    enabled.add(f);
    for (const entry of features[f] ?? []) if (!entry.startsWith("dep:") && !entry.includes("/")) queue.push(entry);
  }
  return enabled;
}
