// The options model alone decides what a valid set of answers is: fields, flags, defaults and every validation rule.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  ALLOCATORS,
  CACHES,
  CI_PROVIDERS,
  DATABASES,
  DEPLOY_TARGETS,
  FRAMEWORKS,
  PLATFORMS,
  PROFILES,
  RUNTIMES,
  TLS_STACKS,
  isAllocator,
  isCache,
  isCiProvider,
  isDatabase,
  isDeployTarget,
  isFramework,
  isPlatform,
  isProfile,
  isRuntime,
  isTlsStack,
  type Allocator,
  type Cache,
  type CiProvider,
  type Database,
  type DeployTarget,
  type Framework,
  type Platform,
  type Profile,
  type Runtime,
  type TlsStack,
} from "../catalog/catalog.js";
import { FRAMEWORK_CRATES } from "../catalog/crates.js";
import { crateNameFromDirectory, crateNameProblem } from "./crate-name.js";
import { UserError } from "../errors.js";

/** What the user wants generated: the single source every file is derived from. */
export interface ServiceOptions {
  name: string;
  framework: Framework;
  tls: TlsStack;
  runtime: Runtime;
  platforms: Platform[];
  port: number;
  profile: Profile;
  /** Deploy targets; compose is always among them. */
  deploy: DeployTarget[];
  ci: CiProvider;
  /** Backing services: the code, /ready, compose services and deployment secrets follow. */
  database: Database;
  cache: Cache;
  allocator: Allocator;
  /** Build from vendored sources with --offline, for air-gapped builders. */
  offlineBuild: boolean;
  /** Build the binary with cargo auditable, so the image carries its exact crate list. */
  auditable: boolean;
  /** Name of a private cargo registry whose token reaches the build as a BuildKit secret; "" for none. */
  privateRegistry: string;
}

export const CONFLICT_POLICIES = ["skip", "overwrite", "backup", "merge", "abort"] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];

/** How to run, as opposed to what to generate. */
export interface RunSettings {
  targetDir: string;
  yes: boolean;
  interactive: boolean;
  force: boolean;
  dryRun: boolean;
  /** Skip `cargo generate-lockfile` after writing (it resolves dependencies over the network). */
  noLockfile: boolean;
  /** Build and run the image with the local engine after writing, and correct what the running service shows. */
  verify: boolean;
  conflict?: ConflictPolicy;
}

type Parsed<T> = { value: T } | { error: string };

interface Choice {
  value: string;
  summary: string;
}

export interface Field<K extends keyof ServiceOptions = keyof ServiceOptions> {
  key: K;
  flag: string;
  /** Placeholder in help; the values themselves are listed when the field has choices. */
  placeholder: string;
  description: string;
  prompt: string;
  /** core: asked by default on a terminal; build: asked only after "Customise build options?". */
  group: "core" | "build";
  /** Asked only when this holds for the answers so far (otherwise it takes its default). */
  askWhen?: (known: Partial<ServiceOptions>) => boolean;
  /** switch: a flag without a value, a yes/no question. */
  kind: "select" | "multi" | "text" | "switch";
  choices?: Choice[];
  /** Required fields must be given, answered, or defaulted by --yes; the others silently take their default. */
  required: boolean;
  defaultValue: (known: Partial<ServiceOptions>, targetDir: string) => ServiceOptions[K];
  /** How help describes a default that depends on other answers or has no value to print. */
  defaultHelp?: string;
  parse: (raw: string) => Parsed<ServiceOptions[K]>;
}

const rows = (table: Record<string, { summary: string }>): Choice[] =>
  Object.entries(table).map(([value, row]) => ({ value, summary: row.summary }));

const oneOf =
  <T extends string>(label: string, guard: (v: string) => v is T, table: Record<string, unknown>) =>
  (raw: string): Parsed<T> =>
    guard(raw) ? { value: raw } : { error: `unknown ${label} "${raw}" (choose ${Object.keys(table).join(", ")})` };

const onOff =
  (label: string) =>
  (raw: string): Parsed<boolean> =>
    raw === "true" ? { value: true } : raw === "false" ? { value: false } : { error: `invalid ${label} "${raw}" (true or false)` };

const isMusl = (known: Partial<ServiceOptions>) => known.runtime !== undefined && RUNTIMES[known.runtime].libc === "musl";

function field<K extends keyof ServiceOptions>(f: Field<K>): Field<K> {
  return f;
}

export const FIELDS = [
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
    },
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
    defaultValue: () => "axum" as const,
    parse: oneOf("framework", isFramework, FRAMEWORKS),
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
    defaultValue: () => "rustls" as const,
    parse: oneOf("TLS stack", isTlsStack, TLS_STACKS),
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
    defaultValue: () => "distroless-cc" as const,
    parse: oneOf("runtime", isRuntime, RUNTIMES),
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
    defaultValue: (): Platform[] => ["linux/amd64"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((p) => !isPlatform(p));
      if (items.length === 0) return { error: "--platform needs at least one platform" };
      if (unknown.length > 0)
        return { error: `unknown platform "${unknown.join(", ")}" (choose ${Object.keys(PLATFORMS).join(", ")})` };
      return { value: [...new Set(items)].sort() as Platform[] };
    },
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
    },
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
    defaultValue: (): DeployTarget[] => ["compose"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((t) => !isDeployTarget(t));
      if (unknown.length > 0)
        return { error: `unknown deploy target "${unknown.join(", ")}" (choose ${Object.keys(DEPLOY_TARGETS).join(", ")})` };
      // compose is always written; the order is the catalog's.
      const chosen = new Set<string>(["compose", ...items]);
      return { value: (Object.keys(DEPLOY_TARGETS) as DeployTarget[]).filter((t) => chosen.has(t)) };
    },
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
    defaultValue: () => "none" as const,
    parse: oneOf("database", isDatabase, DATABASES),
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
    defaultValue: () => "none" as const,
    parse: oneOf("cache", isCache, CACHES),
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
    defaultValue: () => "github" as const,
    parse: oneOf("CI provider", isCiProvider, CI_PROVIDERS),
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
    defaultValue: (known) => (isMusl(known) ? "mimalloc" : "system"),
    parse: oneOf("allocator", isAllocator, ALLOCATORS),
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
    parse: onOff("offline-build"),
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
    parse: onOff("auditable"),
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
    parse: (raw) =>
      raw === "" || /^[A-Za-z][A-Za-z0-9_-]*$/.test(raw)
        ? { value: raw }
        : { error: `invalid --private-registry "${raw}": use the registry's name from .cargo/config.toml ([registries.<name>])` },
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
    defaultValue: () => "speed" as const,
    parse: oneOf("profile", isProfile, PROFILES),
  }),
] as const satisfies readonly Field[];

/** The values a flag takes, as help and "missing" errors show them: `axum|actix-web|rocket`, or its placeholder. */
export function flagValues(f: Field): string {
  return f.choices ? f.choices.map((c) => c.value).join(f.kind === "multi" ? "," : "|") : `<${f.placeholder}>`;
}

/** Whether the framework can serve HTTPS with the TLS stack; the CLI, the prompts and the golden trees all ask this. */
export function isSupported(framework: Framework, tls: TlsStack): boolean {
  return tls === "none" || FRAMEWORK_CRATES[framework].tls[tls] !== undefined;
}

/** Problems with a combination of otherwise valid values. */
export function combinationProblems(o: Partial<ServiceOptions>): string[] {
  if (o.framework && o.tls && !isSupported(o.framework, o.tls))
    return [
      `${FRAMEWORKS[o.framework].label} cannot serve TLS through ${TLS_STACKS[o.tls].label}: choose --tls ${Object.keys(TLS_STACKS)
        .filter((t) => isSupported(o.framework!, t as TlsStack))
        .join(" or --tls ")}`,
    ];
  return [];
}

/** How an existing crate is packaged: flags that only make sense with --existing. */
export interface KitOptions {
  package?: string;
  bin?: string;
  /** subcommand: the binary probes itself (`<bin> <healthcheckCmd…>`); probe: a std-only probe GETs a route;
   * tcp: the same probe only connects to the port; none; undefined: not chosen, so the crate's code decides. */
  healthcheck?: "subcommand" | "probe" | "tcp" | "none";
  healthcheckArgs: string[];
  /** Given with --health-path (or saved); otherwise the health route found in the code, else /health. */
  healthPath?: string;
  /** The image's CMD; undefined: a serve subcommand found in the code decides. */
  cmd?: string[];
  /** Feature arguments for `cargo build`, e.g. ["--features", "postgres,metrics", "--no-default-features"]. */
  cargoFeatures: string[];
  /** Environment the image sets for the binary (NAME, value), after what the kit detected. */
  env: [string, string][];
  /** Directories the binary writes, absolute in the image (relative ones are under its working directory /app). */
  dataDirs: string[];
  /** PID 1: tini (forwards signals, reaps children), none, or undefined when the code decides (tini when it handles no signal). */
  init?: "tini" | "none";
}

export const KIT_FLAG_HELP: { flag: string; description: string }[] = [
  { flag: "--existing", description: "add the container kit to the crate in the target directory (implied when it has a Cargo.toml)" },
  { flag: "--package <name>", description: "workspace member to containerise (required at a virtual workspace root with several)" },
  { flag: "--bin <name>", description: "binary to run (default: the only one, or default-run)" },
  { flag: '--healthcheck-cmd "<args>"', description: "the binary's own healthcheck subcommand, e.g. healthcheck" },
  { flag: "--healthcheck <style>", description: "without a subcommand: probe (GET the health route), tcp (connect to the port) or none (default: probe when the code registers a health route, else tcp)" },
  { flag: "--health-path <path>", description: "route the probe requests (default: the health route found in the code)" },
  { flag: "--features <list>", description: "Cargo features the image build turns on (comma-separated)" },
  { flag: "--no-default-features", description: "build without the crate's default features" },
  { flag: "--all-features", description: "build with every feature of the crate" },
  { flag: '--cmd "<args>"', description: 'arguments the image runs the binary with (default: a serve subcommand found in the code with its host and port options, or a listen-address argument, read from the code; "" for none)' },
  { flag: "--env <NAME=value>", description: "environment the image sets for the binary (repeatable; values without spaces)" },
  { flag: "--init <tini|none>", description: "tini as the image's PID 1, so docker stop and Kubernetes stop it at once (default: tini when the code handles no signal)" },
  { flag: "--data-dir <path>", description: "a directory the binary writes at run time, owned by its user and a volume in compose and Kubernetes (repeatable; relative to /app)" },
];

/** The kit flags (a switch counts as "true"); saved in .rust-container.json under the same names. */
const KIT_VALUE_FLAGS = [
  "package",
  "bin",
  "healthcheck-cmd",
  "healthcheck",
  "health-path",
  "cmd",
  "features",
  "no-default-features",
  "all-features",
  "env",
  "data-dir",
  "init",
] as const;
/** Kit flags that may be given several times: their values are joined with the separator. */
const REPEATABLE_KIT_FLAGS: Partial<Record<(typeof KIT_VALUE_FLAGS)[number], string>> = { env: " ", "data-dir": "," };
const KIT_FLAGS = ["existing", ...KIT_VALUE_FLAGS] as const;
/** Which answers apply to which mode, decided here only: a new service's code fields, and the rest for both. */
const SERVICE_ONLY_FIELDS: readonly (keyof ServiceOptions)[] = ["name", "framework", "tls", "profile", "allocator"];
/** The answers an existing crate takes (its code and manifest stay its own). */
export const KIT_FIELDS = new Set(FIELDS.map((f) => f.key).filter((k) => !SERVICE_ONLY_FIELDS.includes(k)));

export type RawKit = Partial<Record<(typeof KIT_VALUE_FLAGS)[number], string>>;

/** A flag's arguments, split on whitespace ("" gives none); undefined when the flag was not given. */
const words = (value: string | undefined) => value?.trim().split(/\s+/).filter(Boolean);

/** Parses the kit flags; problems are reported with the rest. */
export function resolveKit(raw: RawKit): { kit: KitOptions; problems: string[] } {
  const problems: string[] = [];
  const args = words(raw["healthcheck-cmd"]);
  if (raw["healthcheck-cmd"] !== undefined && !args?.length) problems.push("--healthcheck-cmd needs the subcommand, e.g. healthcheck");
  const style = raw.healthcheck;
  if (style !== undefined && style !== "probe" && style !== "tcp" && style !== "none")
    problems.push(`unknown --healthcheck "${style}" (choose probe, tcp, none; or give --healthcheck-cmd)`);
  if (style !== undefined && args?.length)
    problems.push("--healthcheck and --healthcheck-cmd exclude each other: the subcommand is the healthcheck");
  const healthPath = raw["health-path"];
  if (healthPath !== undefined && !/^\/[\x21-\x7e]*$/.test(healthPath)) problems.push(`invalid --health-path "${healthPath}": use a path like /health`);
  const features = raw.features?.split(/[\s,]+/).filter(Boolean);
  const badFeature = features?.find((f) => !/^[A-Za-z0-9_][A-Za-z0-9_+.\/-]*$/.test(f));
  if (raw.features !== undefined && (!features?.length || badFeature))
    problems.push(`invalid --features "${raw.features}": use feature names, comma-separated (e.g. postgres,metrics)`);
  if (healthPath !== undefined && (style === "tcp" || style === "none" || args?.length))
    problems.push("--health-path is the route the probe requests: it needs --healthcheck probe");
  const env = (words(raw.env) ?? []).map((pair): [string, string] => {
    const at = pair.indexOf("=");
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
  for (const [name] of env) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`invalid --env "${raw.env}": use NAME=value (a variable name, then =)`);
  const dataDirs = (raw["data-dir"]?.split(",").map((d) => d.trim()).filter(Boolean) ?? []).map((d) => path.posix.resolve("/app", d));
  if (raw["data-dir"] !== undefined && (!dataDirs.length || dataDirs.includes("/") || /\s/.test(raw["data-dir"])))
    problems.push(`invalid --data-dir "${raw["data-dir"]}": use a directory such as data or /var/lib/app (not /)`);
  if (raw.init !== undefined && raw.init !== "tini" && raw.init !== "none") problems.push(`unknown --init "${raw.init}" (choose tini, none)`);
  for (const key of ["package", "bin"] as const)
    if (raw[key] !== undefined && !/^[A-Za-z0-9_-]+$/.test(raw[key]!)) problems.push(`invalid --${key} "${raw[key]}"`);
  return {
    kit: {
      package: raw.package,
      bin: raw.bin,
      healthcheck: args?.length ? "subcommand" : (style as KitOptions["healthcheck"]) ?? (healthPath !== undefined ? "probe" : undefined),
      healthcheckArgs: args ?? [],
      healthPath,
      cmd: words(raw.cmd),
      cargoFeatures: [
        ...(features?.length ? ["--features", features.join(",")] : []),
        ...(raw["no-default-features"] === "true" ? ["--no-default-features"] : []),
        ...(raw["all-features"] === "true" ? ["--all-features"] : []),
      ],
      env,
      dataDirs: [...new Set(dataDirs)],
      init: raw.init === "tini" || raw.init === "none" ? raw.init : undefined,
    },
    problems,
  };
}

/** Answers saved by an earlier run (.rust-container.json), split like the command line; undefined when absent. */
export function readSavedAnswers(
  file: string,
): { raw: RawAnswers; rawKit: RawKit; generatedAs?: "service" | "container-kit"; files: Record<string, string> } | undefined {
  if (!existsSync(file)) return undefined;
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(readFileSync(file, "utf8"));
    if (!saved || typeof saved !== "object" || Array.isArray(saved)) throw new Error("not a JSON object");
  } catch (e) {
    throw new UserError(`${file} is not valid: ${(e as Error).message}; fix or delete it`);
  }
  const raw: RawAnswers = {};
  for (const f of FIELDS) if (saved[f.flag] !== undefined) raw[f.key] = String(saved[f.flag]);
  const rawKit: RawKit = {};
  const generatedAs = saved.generatedAs === "service" || saved.generatedAs === "container-kit" ? saved.generatedAs : undefined;
  // Files from before answers version 2 saved the command and healthcheck read from the code as if given: read again.
  const detectedThen = generatedAs === "container-kit" && saved.answers === undefined ? ["cmd", "healthcheck", "health-path"] : [];
  for (const k of KIT_VALUE_FLAGS)
    if (saved[k] !== undefined && !detectedThen.includes(k)) rawKit[k] = String(saved[k]);
  // Hashes of the files earlier runs wrote; anything else there is ignored, so those files count as edited.
  const files = Object.fromEntries(
    Object.entries(saved.files && typeof saved.files === "object" ? saved.files : {}).filter(([, h]) => typeof h === "string" && /^sha256-[0-9a-f]{64}$/.test(h)),
  ) as Record<string, string>;
  return { raw, rawKit, generatedAs, files };
}

/** Flags that belong to the other mode: a new service has no crate to inspect, an existing crate keeps its code. */
export function modeProblems(existing: boolean, cmd: ParsedCommandLine): string[] {
  if (existing)
    return SERVICE_ONLY_FIELDS.filter((k) => cmd.raw[k] !== undefined).map(
      (k) => `--${k} applies to a new service; an existing crate keeps its own code and manifest`,
    );
  return KIT_FLAGS.filter((f) => f !== "existing" && cmd.kitGiven.includes(f)).map(
    (f) => `--${f} applies to an existing crate (the target has no Cargo.toml)`,
  );
}

const NON_FIELD_FLAGS: Record<string, { takesValue: boolean; short?: string }> = {
  existing: { takesValue: false },
  package: { takesValue: true },
  bin: { takesValue: true },
  "healthcheck-cmd": { takesValue: true },
  healthcheck: { takesValue: true },
  "health-path": { takesValue: true },
  cmd: { takesValue: true },
  features: { takesValue: true },
  "no-default-features": { takesValue: false },
  "all-features": { takesValue: false },
  env: { takesValue: true },
  "data-dir": { takesValue: true },
  init: { takesValue: true },
  yes: { takesValue: false, short: "y" },
  "no-interactive": { takesValue: false },
  force: { takesValue: false },
  "dry-run": { takesValue: false },
  "no-lockfile": { takesValue: false },
  verify: { takesValue: false },
  conflict: { takesValue: true },
  help: { takesValue: false, short: "h" },
  version: { takesValue: false, short: "v" },
};

export const RUN_FLAG_HELP: { flag: string; description: string }[] = [
  { flag: "-y, --yes", description: "use defaults for everything not given; never prompt" },
  { flag: "--no-interactive", description: "never prompt; fail listing the missing flags" },
  { flag: "--force", description: "scaffold into a non-empty directory, overwriting planned files that differ" },
  {
    flag: "--conflict <policy>",
    description: `files you edited since they were generated: ${CONFLICT_POLICIES.join("|")} (backup keeps <file>.orig; merge is three-way, markers where both changed)`,
  },
  { flag: "--dry-run", description: "print the plan and diffs; write nothing" },
  { flag: "--no-lockfile", description: "do not run `cargo generate-lockfile` (it resolves crates over the network)" },
  {
    flag: "--verify",
    description: "then build the image with the local Docker engine (quick profile), run it, observe it (listeners, health routes, healthy, stop) and correct the kit from what it shows",
  },
  { flag: "-h, --help", description: "show this help" },
  { flag: "-v, --version", description: "show the version" },
];

export type RawAnswers = Partial<Record<keyof ServiceOptions, string>>;

export interface ParsedCommandLine {
  help: boolean;
  version: boolean;
  directory?: string;
  raw: RawAnswers;
  rawKit: RawKit;
  /** Kit flags present on the command line (for mode checks). */
  kitGiven: string[];
  existing: boolean;
  settings: Omit<RunSettings, "targetDir" | "interactive"> & { noInteractive: boolean };
  problems: string[];
}

/** Reads argv into raw answers and run settings, collecting every problem instead of stopping at the first. */
export function parseCommandLine(argv: string[]): ParsedCommandLine {
  const spec: Record<string, { takesValue: boolean }> = { ...NON_FIELD_FLAGS };
  for (const f of FIELDS) spec[f.flag] = { takesValue: f.kind !== "switch" };
  // Each switch has a --no- form, so a terminal run can settle it without a prompt.
  const negations = Object.fromEntries(FIELDS.filter((f) => f.kind === "switch").map((f) => [`no-${f.flag}`, f.flag]));
  for (const negated of Object.keys(negations)) spec[negated] = { takesValue: false };
  const shortNames = Object.fromEntries(Object.entries(NON_FIELD_FLAGS).flatMap(([name, s]) => (s.short ? [[s.short, name]] : [])));
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  const problems: string[] = [];
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
    const [rawName, inline] = arg.startsWith("--") ? splitOnce(arg, "=") : [arg, undefined];
    const name = arg.startsWith("--") ? rawName.slice(2) : shortNames[rawName.slice(1)];
    const flag = name === undefined ? undefined : spec[name];
    if (!flag) {
      problems.push(`unknown flag ${rawName}`);
      continue;
    }
    let value = inline;
    if (flag.takesValue && value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) {
        problems.push(`${rawName} needs a value`);
        continue;
      }
      value = next;
      i++;
    }
    if (!flag.takesValue && value !== undefined) {
      problems.push(`${rawName} takes no value`);
      continue;
    }
    const key = negations[name!] ?? name!;
    values.set(key, [...(values.get(key) ?? []), negations[name!] ? "false" : (value ?? "true")]);
  }
  if (values.has("verify") && values.has("dry-run")) problems.push("--verify builds what a run writes: it cannot follow --dry-run");
  if (positionals.length > 1) problems.push(`expected one target directory, got ${positionals.map((p) => `"${p}"`).join(" ")}`);

  const raw: RawAnswers = {};
  for (const f of FIELDS) {
    const given = values.get(f.flag);
    if (!given) continue;
    if (f.kind !== "multi" && new Set(given).size > 1) problems.push(`--${f.flag} given more than once (${given.join(", ")})`);
    raw[f.key] = f.kind === "multi" ? given.join(",") : given[given.length - 1];
  }
  const conflict = values.get("conflict")?.at(-1);
  if (conflict !== undefined && !(CONFLICT_POLICIES as readonly string[]).includes(conflict))
    problems.push(`unknown --conflict "${conflict}" (choose ${CONFLICT_POLICIES.join(", ")})`);
  const has = (name: string) => values.has(name);
  const rawKit: RawKit = {};
  for (const f of KIT_VALUE_FLAGS) {
    const given = values.get(f);
    const separator = REPEATABLE_KIT_FLAGS[f];
    if (given) rawKit[f] = separator === undefined ? given.at(-1) : given.join(separator);
  }
  return {
    help: has("help"),
    version: has("version"),
    directory: positionals[0],
    raw,
    rawKit,
    kitGiven: KIT_FLAGS.filter(has),
    existing: has("existing"),
    settings: {
      yes: has("yes"),
      noInteractive: has("no-interactive"),
      force: has("force"),
      dryRun: has("dry-run"),
      noLockfile: has("no-lockfile"),
      verify: has("verify"),
      conflict: conflict as ConflictPolicy | undefined,
    },
    problems,
  };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const at = s.indexOf(sep);
  return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + 1)];
}

export interface Resolution {
  options: Partial<ServiceOptions>;
  problems: string[];
}

/** Parses raw answers (from flags, saved answers or prompts) field by field, then checks the combination. */
export function resolveAnswers(raw: RawAnswers): Resolution {
  const options: Partial<ServiceOptions> = {};
  const problems: string[] = [];
  for (const f of FIELDS) {
    const value = raw[f.key];
    if (value === undefined) continue;
    const parsed = (f as Field).parse(value);
    if ("error" in parsed) problems.push(parsed.error);
    else (options as Record<string, unknown>)[f.key] = parsed.value;
  }
  problems.push(...combinationProblems(options));
  return { options, problems };
}

/** Fields still unanswered that must be answered (by flag or prompt) unless defaults were accepted. */
export function missingRequired(options: Partial<ServiceOptions>): Field[] {
  return FIELDS.filter((f) => f.required && options[f.key] === undefined);
}

/** Fills every unanswered field with its default. */
export function withDefaults(options: Partial<ServiceOptions>, targetDir: string): ServiceOptions {
  const filled: Partial<ServiceOptions> = { ...options };
  for (const f of FIELDS) {
    if (filled[f.key] === undefined) (filled as Record<string, unknown>)[f.key] = (f as Field).defaultValue(filled, targetDir);
  }
  return filled as ServiceOptions;
}

/** Values a select field may offer given the answers so far (e.g. no OpenSSL for Rocket). */
export function allowedChoices(f: Field, known: Partial<ServiceOptions>): string[] {
  const values = (f.choices ?? []).map((c) => c.value);
  if (f.key !== "tls" || !known.framework) return values;
  return values.filter((t) => isSupported(known.framework!, t as TlsStack));
}
