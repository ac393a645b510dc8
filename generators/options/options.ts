// The options model alone decides what a valid set of answers is: fields, flags, defaults and every validation rule.
import path from "node:path";
import {
  ALLOCATORS,
  CACHES,
  CI_PROVIDERS,
  DATABASES,
  DEPLOY_TARGETS,
  FRAMEWORKS,
  OBSERVABILITY,
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
  isSignal,
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
  type Signal,
  type TlsStack,
} from "../catalog/catalog.js";
import { FRAMEWORK_CRATES } from "../catalog/crates.js";
import { crateNameFromDirectory, crateNameProblem } from "./crate-name.js";

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
  /** What the service lets you see into (metrics, traces); empty for nothing. */
  observability: Signal[];
  /** The port a separate metrics listener serves /metrics on; 0 serves it on `port` with the routes. */
  metricsPort: number;
  /** A Prometheus Operator ServiceMonitor beside the Kubernetes manifests. */
  serviceMonitor: boolean;
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

/** A list flag's items: comma-separated (a repeated flag's values arrive joined by commas). */
const commaList = (raw: string) => raw.split(",").map((s) => s.trim()).filter(Boolean);

const DEFAULT_PORT = 8080;

const parsePort =
  (flag: string) =>
  (raw: string): Parsed<number> => {
    const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    return port >= 1 && port <= 65535 ? { value: port } : { error: `invalid ${flag} "${raw}": use a number from 1 to 65535` };
  };

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
      const items = commaList(raw);
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
    defaultValue: () => DEFAULT_PORT,
    parse: parsePort("port"),
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
      const items = commaList(raw);
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
    key: "observability",
    group: "build",
    flag: "observability",
    placeholder: "signals",
    description: "metrics,traces (both), metrics, traces, or none",
    prompt: "Observability",
    kind: "multi",
    choices: rows(OBSERVABILITY),
    required: false,
    // Both: a production service is scraped and traced from day one. /metrics costs a few percent of throughput at
    // most; traces cost nothing until OTEL_EXPORTER_OTLP_ENDPOINT names a collector.
    defaultValue: (): Signal[] => ["metrics", "traces"],
    parse: (raw) => {
      const items = commaList(raw);
      if (items.length === 1 && items[0] === "none") return { value: [] };
      const unknown = items.filter((s) => !isSignal(s));
      if (items.length === 0 || unknown.length > 0)
        return { error: `unknown observability "${unknown.join(", ") || raw}" (choose ${Object.keys(OBSERVABILITY).join(", ")}, or none)` };
      return { value: (Object.keys(OBSERVABILITY) as Signal[]).filter((s) => items.includes(s)) };
    },
  }),
  field({
    key: "metricsPort",
    group: "build",
    flag: "metrics-port",
    placeholder: "1-65535",
    description: "serve /metrics on a listener of its own at this port, reachable only inside the cluster or compose network",
    prompt: "Port of a separate metrics listener (empty: /metrics on the service port)",
    kind: "text",
    required: false,
    askWhen: (known) => known.observability?.includes("metrics") ?? true,
    defaultHelp: "the service port",
    defaultValue: () => 0,
    parse: (raw) => (raw.trim() === "" || raw.trim() === "0" ? { value: 0 } : parsePort("metrics-port")(raw)),
  }),
  field({
    key: "serviceMonitor",
    group: "build",
    flag: "service-monitor",
    placeholder: "",
    description: "a Prometheus Operator ServiceMonitor beside the Kubernetes manifests (needs the operator's CRDs)",
    prompt: "Add a ServiceMonitor for the Prometheus Operator?",
    kind: "switch",
    required: false,
    askWhen: (known) => (known.deploy?.includes("kubernetes") ?? false) && (known.observability?.includes("metrics") ?? true),
    defaultHelp: "off",
    defaultValue: () => false,
    parse: onOff("service-monitor"),
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
  const metrics = o.observability?.includes("metrics") ?? true;
  if (o.metricsPort && !metrics) return ["--metrics-port needs metrics: add metrics to --observability"];
  if (o.metricsPort && o.metricsPort === (o.port ?? DEFAULT_PORT)) return [`--metrics-port ${o.metricsPort} is the service port: choose another or leave it out`];
  if (o.serviceMonitor && !metrics) return ["--service-monitor needs metrics: add metrics to --observability"];
  if (o.serviceMonitor && !o.deploy?.includes("kubernetes")) return ["--service-monitor needs the Kubernetes manifests: add --deploy kubernetes"];
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

/** What each kit flag's value parses to. */
interface KitValues {
  existing: boolean;
  package: string;
  bin: string;
  "healthcheck-cmd": string[];
  healthcheck: "probe" | "tcp" | "none";
  "health-path": string;
  features: string[];
  "no-default-features": boolean;
  "all-features": boolean;
  cmd: string[];
  env: [string, string][];
  init: "tini" | "none";
  "data-dir": string[];
}

export interface KitFlag<K extends keyof KitValues = keyof KitValues> {
  flag: K;
  /** What help shows after the flag; a flag without one is a switch (its value is "true"). */
  placeholder?: string;
  help: string;
  /** Given several times, the values are joined with this; otherwise the last one counts. */
  repeat?: string;
  /** An answer about the kit, kept in the answers file under the flag's name; otherwise the flag only picks the mode. */
  saved: boolean;
  parse: (raw: string) => Parsed<KitValues[K]>;
}

function kitFlag<K extends keyof KitValues, const S extends boolean>(f: Omit<KitFlag<K>, "saved"> & { saved: S }): KitFlag<K> & { saved: S } {
  return f;
}

/** A flag's arguments, split on whitespace ("" gives none). */
const words = (raw: string) => raw.trim().split(/\s+/).filter(Boolean);
const isSwitchOn = (raw: string): Parsed<boolean> => ({ value: raw === "true" });
const kitChoice =
  <T extends string>(flag: string, values: readonly T[], also = "") =>
  (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw) ? { value: raw as T } : { error: `unknown --${flag} "${raw}" (choose ${values.join(", ")}${also})` };
const cargoName = (flag: string) => (raw: string): Parsed<string> =>
  /^[A-Za-z0-9_-]+$/.test(raw) ? { value: raw } : { error: `invalid --${flag} "${raw}"` };

/** `A=1 B=2` as pairs; a word without = has no name. */
export const envPairs = (raw: string) => words(raw).map((pair): [string, string] => [pair.slice(0, Math.max(pair.indexOf("="), 0)), pair.slice(pair.indexOf("=") + 1)]);
/** Pairs as --env's value (the answers file keeps them so too). */
export const envAnswer = (env: [string, string][]) => env.map(([name, value]) => `${name}=${value}`).join(" ");

/** Environments merged by name: a later value replaces an earlier one, in its own place; the order is otherwise kept. */
export function mergeEnv(...lists: [string, string][][]): [string, string][] {
  const all = lists.flat();
  return all.filter(([name], i) => !all.slice(i + 1).some(([later]) => later === name));
}

/** --env values merged as mergeEnv merges them; undefined when none is left. */
export function mergeEnvAnswers(...values: (string | undefined)[]): string | undefined {
  return envAnswer(mergeEnv(...values.map((v) => envPairs(v ?? "")))) || undefined;
}

/** An answer --verify gives, with what it observed that calls for it. */
export interface Observed<T> {
  value: T;
  observed: string;
}

/** --verify's corrections as typed answers: each stands for the flag it is given as (and saved as). */
export interface CorrectedAnswers {
  port?: Observed<number>;
  healthcheck?: Observed<{ style: "probe"; path: string } | { style: "tcp" }>;
  init?: Observed<"tini">;
  cmd?: Observed<string[]>;
  env?: Observed<[string, string]>[];
  dataDirs?: Observed<string[]>;
}

/** Several rounds of corrections as one: a later round's value wins; variables accumulate by name, as mergeEnv merges. */
export function mergeCorrections(rounds: CorrectedAnswers[]): CorrectedAnswers {
  const merged: CorrectedAnswers = Object.assign({}, ...rounds);
  const env = rounds.flatMap((r) => r.env ?? []);
  if (env.length) merged.env = mergeEnv(env.map((e) => e.value)).map(([name]) => [...env].reverse().find((e) => e.value[0] === name)!);
  return merged;
}

/** Corrections as the flags they stand for. */
export function correctionFlags(c: CorrectedAnswers): { raw: RawAnswers; rawKit: RawKit } {
  const health = c.healthcheck?.value;
  return {
    raw: c.port ? { port: String(c.port.value) } : {},
    rawKit: {
      ...(health ? { healthcheck: health.style, ...(health.style === "probe" ? { "health-path": health.path } : {}) } : {}),
      ...(c.init ? { init: c.init.value } : {}),
      ...(c.cmd ? { cmd: c.cmd.value.join(" ") } : {}),
      ...(c.env?.length ? { env: envAnswer(c.env.map((e) => e.value)) } : {}),
      ...(c.dataDirs ? { "data-dir": c.dataDirs.value.join(",") } : {}),
    },
  };
}

/** The flags of existing-crate mode, in help order: help, the command-line parser, the answers file and validation read them. */
export const KIT_FLAGS = [
  kitFlag({ flag: "existing", saved: false, help: "add the container kit to the crate in the target directory (implied when it has a Cargo.toml)", parse: isSwitchOn }),
  kitFlag({ flag: "package", placeholder: "<name>", saved: true, help: "workspace member to containerise (required at a virtual workspace root with several)", parse: cargoName("package") }),
  kitFlag({ flag: "bin", placeholder: "<name>", saved: true, help: "binary to run (default: the only one, or default-run)", parse: cargoName("bin") }),
  kitFlag({
    flag: "healthcheck-cmd",
    placeholder: '"<args>"',
    saved: true,
    help: "the binary's own healthcheck subcommand, e.g. healthcheck",
    parse: (raw) => (words(raw).length ? { value: words(raw) } : { error: "--healthcheck-cmd needs the subcommand, e.g. healthcheck" }),
  }),
  kitFlag({
    flag: "healthcheck",
    placeholder: "<style>",
    saved: true,
    help: "without a subcommand: probe (GET the health route), tcp (connect to the port) or none (default: probe when the code registers a health route, else tcp)",
    parse: kitChoice("healthcheck", ["probe", "tcp", "none"] as const, "; or give --healthcheck-cmd"),
  }),
  kitFlag({
    flag: "health-path",
    placeholder: "<path>",
    saved: true,
    help: "route the probe requests (default: the health route found in the code)",
    parse: (raw) => (/^\/[\x21-\x7e]*$/.test(raw) ? { value: raw } : { error: `invalid --health-path "${raw}": use a path like /health` }),
  }),
  kitFlag({
    flag: "features",
    placeholder: "<list>",
    saved: true,
    help: "Cargo features the image build turns on (comma-separated)",
    parse: (raw) => {
      const features = raw.split(/[\s,]+/).filter(Boolean);
      return features.length && features.every((f) => /^[A-Za-z0-9_][A-Za-z0-9_+.\/-]*$/.test(f))
        ? { value: features }
        : { error: `invalid --features "${raw}": use feature names, comma-separated (e.g. postgres,metrics)` };
    },
  }),
  kitFlag({ flag: "no-default-features", saved: true, help: "build without the crate's default features", parse: isSwitchOn }),
  kitFlag({ flag: "all-features", saved: true, help: "build with every feature of the crate", parse: isSwitchOn }),
  kitFlag({
    flag: "cmd",
    placeholder: '"<args>"',
    saved: true,
    help: 'arguments the image runs the binary with (default: a serve subcommand found in the code with its host and port options, or a listen-address argument, read from the code; "" for none)',
    parse: (raw) => ({ value: words(raw) }),
  }),
  kitFlag({
    flag: "env",
    placeholder: "<NAME=value>",
    repeat: " ",
    saved: true,
    help: "environment the image sets for the binary (repeatable; values without spaces)",
    parse: (raw) => {
      const env = envPairs(raw);
      return env.every(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        ? { value: env }
        : { error: `invalid --env "${raw}": use NAME=value (a variable name, then =)` };
    },
  }),
  kitFlag({
    flag: "init",
    placeholder: "<tini|none>",
    saved: true,
    help: "tini as the image's PID 1, so docker stop and Kubernetes stop it at once (default: tini when the code handles no signal)",
    parse: kitChoice("init", ["tini", "none"] as const),
  }),
  kitFlag({
    flag: "data-dir",
    placeholder: "<path>",
    repeat: ",",
    saved: true,
    help: "a directory the binary writes at run time, owned by its user and a volume in compose and Kubernetes (repeatable; relative to /app)",
    parse: (raw) => {
      const dirs = raw.split(",").map((d) => d.trim()).filter(Boolean).map((d) => path.posix.resolve("/app", d));
      return dirs.length && !dirs.includes("/") && !/\s/.test(raw)
        ? { value: [...new Set(dirs)] }
        : { error: `invalid --data-dir "${raw}": use a directory such as data or /var/lib/app (not /)` };
    },
  }),
] as const satisfies readonly KitFlag[];

type KitAnswerFlag = Extract<(typeof KIT_FLAGS)[number], { saved: true }>;
/** The kit answers as given (flags, saved answers, corrections), keyed by flag name; a switch is "true". */
export type RawKit = Partial<Record<KitAnswerFlag["flag"], string>>;
/** The flags that answer something about the kit (all but the mode switch). */
export const KIT_ANSWER_FLAGS = KIT_FLAGS.filter((f): f is KitAnswerFlag => f.saved);

/** Which answers apply to which mode, decided here only: a new service's code fields, and the rest for both. */
const SERVICE_ONLY_FIELDS: readonly (keyof ServiceOptions)[] = ["name", "framework", "tls", "profile", "allocator", "observability", "metricsPort"];
/** The answers an existing crate takes (its code and manifest stay its own). */
export const KIT_FIELDS = new Set(FIELDS.map((f) => f.key).filter((k) => !SERVICE_ONLY_FIELDS.includes(k)));

/** Parses the kit flags, each by its row, then checks how they combine; problems are reported with the rest. */
export function resolveKit(raw: RawKit): { kit: KitOptions; problems: string[] } {
  const problems: string[] = [];
  const given: Partial<KitValues> = {};
  for (const f of KIT_ANSWER_FLAGS) {
    const value = raw[f.flag];
    if (value === undefined) continue;
    const parsed = (f as KitFlag).parse(value);
    if ("error" in parsed) problems.push(parsed.error);
    else (given as Record<string, unknown>)[f.flag] = parsed.value;
  }
  const args = given["healthcheck-cmd"];
  const style = given.healthcheck;
  const healthPath = given["health-path"];
  if (raw.healthcheck !== undefined && args) problems.push("--healthcheck and --healthcheck-cmd exclude each other: the subcommand is the healthcheck");
  if (raw["health-path"] !== undefined && (style === "tcp" || style === "none" || args))
    problems.push("--health-path is the route the probe requests: it needs --healthcheck probe");
  return {
    kit: {
      package: given.package,
      bin: given.bin,
      healthcheck: args ? "subcommand" : style ?? (healthPath !== undefined ? "probe" : undefined),
      healthcheckArgs: args ?? [],
      healthPath,
      cmd: given.cmd,
      cargoFeatures: [
        ...(given.features ? ["--features", given.features.join(",")] : []),
        ...(given["no-default-features"] ? ["--no-default-features"] : []),
        ...(given["all-features"] ? ["--all-features"] : []),
      ],
      env: given.env ?? [],
      dataDirs: given["data-dir"] ?? [],
      init: given.init,
    },
    problems,
  };
}

/** Flags that belong to the other mode: a new service has no crate to inspect, an existing crate keeps its code. */
export function modeProblems(existing: boolean, cmd: ParsedCommandLine): string[] {
  if (existing)
    return SERVICE_ONLY_FIELDS.filter((k) => cmd.raw[k] !== undefined).map(
      (k) => `--${k} applies to a new service; an existing crate keeps its own code and manifest`,
    );
  return KIT_ANSWER_FLAGS.filter((f) => cmd.kitGiven.includes(f.flag)).map(
    (f) => `--${f.flag} applies to an existing crate (the target has no Cargo.toml)`,
  );
}

/** The run's own flags; fields and kit flags come from their tables. */
const RUN_FLAGS: Record<string, { takesValue: boolean; short?: string }> = {
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
  const spec: Record<string, { takesValue: boolean }> = { ...RUN_FLAGS };
  for (const f of FIELDS) spec[f.flag] = { takesValue: f.kind !== "switch" };
  for (const f of KIT_FLAGS) spec[f.flag] = { takesValue: "placeholder" in f };
  // Each switch has a --no- form, so a terminal run can settle it without a prompt.
  const negations = Object.fromEntries(FIELDS.filter((f) => f.kind === "switch").map((f) => [`no-${f.flag}`, f.flag]));
  for (const negated of Object.keys(negations)) spec[negated] = { takesValue: false };
  const shortNames = Object.fromEntries(Object.entries(RUN_FLAGS).flatMap(([name, s]) => (s.short ? [[s.short, name]] : [])));
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
