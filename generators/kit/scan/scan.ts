// Reads an existing crate's Rust sources for how it runs: its health route, loopback binds, the env vars it listens by.
// Small detectors over the rows in source-rules.ts; nothing here writes or prompts.
import fs from "node:fs";
import path from "node:path";
import { KIT_FRAMEWORKS, METRICS_EXPORTERS } from "../../catalog/catalog.js";
import { detectorText, lineOf, moduleFiles } from "./rust-source.js";
import { inactiveRanges, moduleDeclarations, type CfgContext } from "./cfg.js";
import { ReadBudget, type RustParser } from "./syntax.js";
import { contentPath, readText } from "../../host-files.js";
import { addressListenOption, CommandTree, defaultPort, findCliOptions, heldType, MAX_NESTING, OPTION_TYPE, loopbackListenOption, optionName, takenBy, type CliOption, type CommandFacts, type DeclaredCommand } from "./cli-options.js";
import { readFacts, type SourceFacts } from "./source-facts.js";
import type { Mentions } from "./file-reads.js";
import { joinedRoutes, routerPrefixes, type HeldPaths } from "./routes.js";
import { ConstantTable, fileModule } from "./constants.js";
import type { LiteralValue } from "./literal.js";
import { findOwnRocketConfig, type OwnRocketConfig } from "./rocket-config.js";
import { configFormat, dottedKey, parseConfig, type ConfigDocument, type ConfigValue } from "./config-files.js";
import type { SettingsField } from "./settings.js";
import {
  ADDRESS_VARS,
  BIND_CONTEXT,
  OTHER_ENDPOINT_VAR,
  CLIENT_CONNECT,
  SERVER_SECTIONS,
  EMBEDDED_DIRS,
  ENVIRONMENT_VAR,
  SERVED_DIRS,
  SERVED_ROOT_OPTION,
  CONFIG_ARG,
  ADDRESS_ARG,
  HANDLES_SIGINT,
  HANDLES_SIGTERM,
  HEALTH_HOLDER,
  HEALTH_PATHS,
  HEALTH_SEGMENTS,
  HEALTH_WORDS,
  METRICS_PATHS,
  HOST_ARGS,
  HTTP_SERVER_CRATES,
  LISTEN_VAR_KINDS,
  LISTEN_VAR_PREFIXES,
  LOOPBACK,
  NOT_A_BIND,
  NOT_A_LISTEN_OPTION,
  HAND_ROLLED_LONG_OPTION,
  SECOND_LISTENER,
  UPSTREAM_FIELD,
  PATH_LITERAL,
  PORT_ARGS,
  PORT_CONFIG_FILES,
  ROOT_CONFIG_FILE,
  CONFIG_LISTEN_KEY,
  CONFIG_RS_SET_DEFAULT,
  LISTEN_ADDRESS_FIELD,
  ADDRESS_TYPE,
  HOST_PORT,
  CONFIG_RS_ENVIRONMENT,
  PORT_SHAPES,
  PRODUCTION_CONFIG,
  REQUIRED_FEATURE,
  SECONDARY_LISTENER_MODULES,
  SERVE_SUBCOMMANDS,
  SIGTERM_FEATURES,
  SIGTERM_HANDLING_CRATES,
  SQLX_QUERY_MACROS,
  WRITABLE_PATHS,
  STORAGE_SECTION_PATH,
  HOME_BASE_DIRS,
  HOME_DIR_CALL,
  CONFIG_BASE_DIRS,
  WRITES_FILES,
  PROJECT_DIRS,
  CONFIG_WRITABLE_KEY,
} from "./source-rules.js";

export interface SourceFile {
  /** Path relative to the build context, "/"-separated. */
  path: string;
  /** The source as the image's build compiles it: comments, code a `cfg` leaves out (`#[cfg(test)]` items) and the
   * contents of long literals blanked out, every position kept (`readSource` does it). */
  text: string;
  /** The whole file is compiled for tests only (a module only a `#[cfg(test)]` item declares). */
  testOnly?: boolean;
  /** What its syntax tree says (constants, …), read once while the tree was alive. */
  facts: SourceFacts;
}

/** A source as text alone, for detectors that read no syntax facts. */
export type SourceText = Pick<SourceFile, "path" | "text" | "testOnly">;

export interface Found {
  file: string;
  line: number;
}

export interface HealthRoute extends Found {
  path: string;
  shape: string;
  /** What switches the route on, when it is registered only under a condition: a variable and its value, or a flag. */
  enabledBy?: { name: string; value: string } | { flag: string };
  /** Not a health route: the service's metrics endpoint, probed when it registers none. */
  metrics?: true;
}

/** Where an exporter crate serves the metrics, read from its builder's call: a path on the service's port, or a listener
 * of its own. */
export interface MetricsEndpoint extends Found {
  exporter: string;
  shape: string;
  path: string;
  /** Its own listener: the port when the code names it (or the exporter's default), and whether it binds loopback. */
  listener?: { port?: number; loopback: boolean };
}

export interface ListenVar extends Found {
  name: string;
  kind: "port" | "host" | "environment";
}

/**
 * How sources are read: for a release build of a Linux image (no tests), features unknown, so code behind a feature
 * stays in.
 */
const IMAGE_BUILD: CfgContext = {};

/** A source as the detectors read it: comments, long literals' contents and, from its syntax tree, `cfg`-inactive code
 * blanked out (positions kept); the module files only inactive code declares (a `#[cfg(test)] mod helpers;`), and
 * those only other platforms compile (`#[cfg_attr(windows, path = "windows.rs")]`).
 * `context`: a dependency's build script is read with the features its build turns on. */
export function readSource(
  parser: RustParser,
  file: string,
  raw: string,
  budget?: ReadBudget,
  context: CfgContext = IMAGE_BUILD,
): SourceFile & { inactiveModules: string[]; otherPlatformFiles: string[] } {
  return parser.read(
    file,
    raw,
    (source) => {
      const declarations = moduleDeclarations(source, context);
      const inactiveModules = declarations.filter((m) => !m.active).flatMap((m) => moduleFiles(file, [...m.parents, m.name].join("/")));
      // A path attribute is relative to the declaring file's directory.
      const otherPlatformFiles = declarations.flatMap((m) => m.otherPaths.map((p) => path.posix.join(path.posix.dirname(file), ...m.parents, p)));
      const inactive = inactiveRanges(source, context);
      return { path: file, text: detectorText(raw, inactive), facts: readFacts(source, context, inactive), inactiveModules, otherPlatformFiles };
    },
    budget,
  );
}

/** Every .rs file under `dir` (none when it does not exist); build output, vendored crates and hidden folders skipped. */
function rustFilesUnder(dir: string): string[] {
  const walk = (at: string): string[] =>
    fs.readdirSync(at, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(at, e.name);
      if (e.isDirectory()) return e.name === "target" || e.name === "vendor" || e.name.startsWith(".") ? [] : walk(full);
      return e.isFile() && e.name.endsWith(".rs") ? [full] : [];
    });
  return fs.existsSync(dir) ? walk(dir) : [];
}

/** `mod name;` (a module in a file of its own) in code the image's build compiles. */
export const MODULE_DECLARATION = /(?<![\w:])mod\s+([A-Za-z_]\w*)\s*;/g;

/** Every .rs file under the src/ of the package and of the workspace members it depends on (and the package's bin
 * path), relative to the context; target/ and vendor/ skipped. Reading stops with a clear error past READ_LIMITS. */
export function readSources(parser: RustParser, contextDir: string, packageDirs: string[], extraFiles: string[] = [], otherBins: string[] = []): SourceFile[] {
  const root = path.join(contextDir, packageDirs[0]);
  const files = new Set(packageDirs.flatMap((dir) => rustFilesUnder(path.join(contextDir, dir, "src"))));
  for (const f of extraFiles) if (fs.existsSync(path.join(root, f))) files.add(path.join(root, f));
  // The package's other binaries (a CLI next to the server) are not what the image runs.
  const other = otherBins.map((b) => path.join(root, b));
  const otherDirs = other.filter((b) => path.basename(b) === "main.rs" && path.basename(path.dirname(path.dirname(b))) === "bin").map(path.dirname);
  for (const f of [...files]) if (other.includes(f) || otherDirs.some((d) => f.startsWith(d + path.sep))) files.delete(f);
  const budget = new ReadBudget();
  const readOne = (full: string) => {
    const raw = readText(full);
    budget.admit(contentPath(contextDir, full), Buffer.byteLength(raw));
    return readSource(parser, contentPath(contextDir, full), raw, budget);
  };
  const read = [...files].sort().map(readOne);
  // A binary outside src/ (main.rs at the package root) declares its modules beside it: they are read as the
  // compiler reaches them.
  for (let i = 0; i < read.length; i++)
    for (const m of read[i].text.matchAll(MODULE_DECLARATION))
      for (const file of moduleFiles(read[i].path, m[1]).map((f) => path.join(contextDir, f)))
        if (!files.has(file) && !other.includes(file) && fs.existsSync(file)) {
          files.add(file);
          read.push(readOne(file));
        }
  // Test helpers often live in a file of their own that only `#[cfg(test)] mod helpers;` declares.
  const testFiles = new Set(read.flatMap((src) => src.inactiveModules));
  // Another platform's implementation of a module is not the image's code at all.
  const otherPlatform = new Set(read.flatMap((src) => src.otherPlatformFiles));
  return read
    .filter((src) => !otherPlatform.has(src.path))
    .map(({ inactiveModules: _modules, otherPlatformFiles: _other, ...src }) => (testFiles.has(src.path) ? { ...src, testOnly: true } : src));
}


/** Routes the code registers that look like health checks, best first (the order of HEALTH_PATHS); after them, a
 * metrics endpoint it always serves on its own router, the probe's route when there is no health route. */
export function findHealthRoutes(sources: SourceFile[]): HealthRoute[] {
  const served = sources.filter((src) => !isTestFile(src));
  const found: (HealthRoute & { rank: number })[] = [];
  for (const { route, path, registration, file, module, placed, condition } of joinedRoutes(routeSources(served), crateConstants(served), heldHealthPath(served))) {
    const health = healthRank(route);
    const metrics = health < 0 && METRICS_PATHS.includes(route) && condition === undefined;
    const rank = metrics ? HEALTH_PATHS.length + HEALTH_WORDS.length : health;
    const secondListener = !placed && module.some((m) => SECONDARY_LISTENER_MODULES.includes(m));
    if (rank < 0 || secondListener || found.some((f) => f.path === path)) continue;
    const enabledBy = condition === undefined ? undefined : routeSwitch(sources, condition);
    found.push({ path, shape: registration.shape, file, line: registration.line, rank, ...(enabledBy ? { enabledBy } : {}), ...(metrics ? { metrics } : {}) });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...route }) => route);
}

/**
 * Where it listens on a Unix socket unless a setting says TCP: an `if` on a setting (not on an optional socket path)
 * binds the socket first and returns or has an else, and every TCP listener the code binds comes after that choice,
 * in the same function. Undefined without such a choice, or with a TCP listener of its own elsewhere.
 */
export function findUnixSocketDefault(sources: SourceFile[]): (Found & { condition: string }) | undefined {
  const served = sources.filter((src) => !isTestFile(src));
  const choices = served.flatMap((src) => src.facts.listeners.unix.flatMap((u) => (u.choice ? [{ ...u, choice: u.choice, file: src.path }] : [])));
  const tcp = served.flatMap((src) => src.facts.listeners.tcp.map((t) => ({ ...t, file: src.path })));
  const alternative = (t: (typeof tcp)[number]) => choices.some((u) => u.file === t.file && u.fn === t.fn && t.at >= u.choice.end);
  const [first] = choices;
  return first && tcp.every(alternative) ? { file: first.file, line: first.line, condition: first.choice.condition } : undefined;
}

/** Path literals in the code that end in a health word (`"/api/health"`, `"__x__/healthz"`, one joined onto a base
 * path at run time), each with a leading "/". */
function healthPathLiterals(sources: SourceFile[]): string[] {
  const healthy = (p: string) => HEALTH_SEGMENTS.includes(p.split("/").filter(Boolean).at(-1) ?? "");
  // A bare word ("status") is too common to mean a route; a path of segments ending in a health word is one.
  return sources
    .flatMap((src) => [...src.text.matchAll(PATH_LITERAL)].map((m) => m[1]))
    .filter((p) => healthy(p) && p.includes("/"))
    .map((p) => (p.startsWith("/") ? p : `/${p}`));
}

/**
 * The path a field or variable named for a health route holds (`config.healthcheck_route`), set at run time from a
 * literal, alone or joined onto a prefix that is empty by default (`format!("{}/{}", prefix, "__x/healthcheck")`): the
 * crate's one health path literal. Undefined for other names, or when the crate's literals name several paths.
 */
function heldHealthPath(sources: SourceFile[]): HeldPaths {
  const literals = [...new Set(healthPathLiterals(sources))];
  return (name) => (HEALTH_HOLDER.test(name) && literals.length === 1 ? literals[0] : undefined);
}

const routeSources = (sources: SourceFile[]) => sources.map((src) => ({ path: src.path, routes: src.facts.routes }));
const crateConstants = (sources: SourceFile[]) => new ConstantTable(sources.flatMap((src) => src.facts.constants));

/** How much a route path (as registered, before its router's prefix) looks like a health check, lower is better: a
 * usual path, else one ending in a health word (`/api/v1/health`, `/_ops/healthz`) or a route of its own named like
 * one (`/live` in a router nested elsewhere); -1 for neither, or for a path with parameters. */
function healthRank(route: string): number {
  const usual = HEALTH_PATHS.indexOf(route);
  if (usual >= 0) return usual;
  if (!route.startsWith("/") || /[{}<>:*]/.test(route)) return -1;
  const segments = route.split("/").filter(Boolean);
  const words = segments.length === 1 ? HEALTH_SEGMENTS : HEALTH_WORDS;
  const word = words.indexOf(segments.at(-1) ?? "");
  return word < 0 ? -1 : HEALTH_PATHS.length + word;
}

/**
 * The variable a route's registration depends on: a match-arm guard (`… if ops_enabled =>`) or the `then` block of
 * an enclosing `if` whose condition is true when the variable is set — read directly (`env::var("X").is_ok()`,
 * `== "1"`), through a boolean binding made from it, or a clap `bool` field. The value that switches it on: the
 * literal it is compared with, "true" for a boolean, else "1". A negated or unclear condition switches nothing on.
 */
function routeSwitch(sources: SourceFile[], condition: string): HealthRoute["enabledBy"] {
  if (/!(?!=)|!=|is_err|is_none|\bno_|disable/.test(condition)) return undefined;
  const direct = ENV_SWITCH.exec(condition);
  if (direct) return BOOLEAN_READ.test(condition) ? { name: direct[1], value: switchValue(condition) } : undefined;
  const code = sources.filter((src) => !isTestFile(src));
  const bindings = code.flatMap((src) => src.facts.env.reads.filter((r) => r.binding));
  const switches = findCliOptions(code).filter((o) => o.type === "bool");
  for (const ident of condition.match(/\b[a-z_][a-z0-9_]*\b/g) ?? []) {
    if (/^(?:if|let|some|ok|true|false|self)$/.test(ident)) continue;
    // A binding that is the switch itself: a boolean made from the variable (not a config struct that reads it).
    const read = bindings.find((r) => r.binding!.name === ident);
    if (read) return BOOLEAN_READ.test(read.binding!.text) ? { name: read.name!, value: switchValue(read.binding!.text) } : undefined;
    const option = switches.find((o) => o.field === ident);
    if (option?.env) return { name: option.env, value: "true" };
    // A clap switch without a variable: the image passes the flag.
    if (option?.flag) return { flag: option.flag };
  }
  return undefined;
}

/** A variable read in a condition's own text (the route reader gives conditions as text): its name. */
const ENV_SWITCH = /(?:env::)?var\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/;
/** A read that gives a boolean: set at all, compared with a literal, or parsed as one. */
const BOOLEAN_READ = /\.is_ok\(\)|\.is_ok_and\(|==\s*"|\.eq_ignore_ascii_case\(|parse::<bool>|matches!\(/;
const switchValue = (text: string) => /==\s*"([^"]+)"/.exec(text)?.[1] ?? (/parse::<bool>|:\s*bool\b/.test(text) ? "true" : "1");

/** Lines that bind or default to a loopback address (unreachable from outside a container). */
export function findLoopbackBinds(sources: SourceFile[]): LoopbackBind[] {
  const found: LoopbackBind[] = [];
  for (const src of sources)
    src.text.split("\n").forEach((text, i, lines) => {
      // A loopback address a client connects to within the next lines (a healthcheck, a proxy) is not a bind.
      const next = lines.slice(i, i + 4).join("\n");
      const connects = CLIENT_CONNECT.test(next) && !/\b(?:bind|listen)\w*\s*\(/.test(next);
      // The default of another endpoint's variable (`UPSTREAM_ADDR`, `REDIS_HOST`), or an upstream's field, is not a bind.
      const otherEndpoint = [...text.matchAll(/"([A-Z][A-Z0-9_]*)"/g)].some((m) => OTHER_ENDPOINT_VAR.test(m[1]));
      const upstreamField = UPSTREAM_FIELD.field.test(text) && UPSTREAM_FIELD.context.test(lines.slice(Math.max(0, i - 6), i).join("\n"));
      const listens = LOOPBACK.test(text) && BIND_CONTEXT.test(text) && !NOT_A_BIND.test(text);
      // A clap default names its option on the field it annotates.
      const option = optionField(lines, i);
      const otherOption = option !== undefined && NOT_A_LISTEN_OPTION.test(lines.slice(i, option + 1).join("\n"));
      if (listens && !connects && !otherEndpoint && !upstreamField && !otherOption && !isTestFile(src)) {
        const second = SECOND_LISTENER.exec(lines.slice(Math.max(0, i - 6), (option ?? i) + 1).join("\n"))?.[0];
        found.push({ file: src.path, line: i + 1, text: text.trim(), ...(second ? { secondListener: second } : {}) });
      }
    });
  return found;
}

export interface LoopbackBind extends Found {
  text: string;
  /** The name that says it is a listener of its own besides the service's (`prometheus_listen_addr`). */
  secondListener?: string;
}

/** The line of the field a clap default on line `i` annotates: the attribute up to it (its env name, the field's name)
 * says whether it is a listen address (`https_redirect_host`, `SERVER_PROXY_HOST` are not; `metrics_listen_addr` is a
 * second listener). */
function optionField(lines: string[], i: number): number | undefined {
  if (!/default_value/.test(lines[i])) return undefined;
  for (let k = i; k < Math.min(lines.length, i + 10); k++)
    if (/^\s*(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:(?!:)/.test(lines[k]) && !/^\s*#/.test(lines[k])) return k;
  return undefined;
}

/** How many lines after a read of an option the code's fallback for it is looked for. */
const FALLBACK_REACH = 10;

/** Whether the code replaces an option it reads without a default by a loopback address: a loopback literal in a bind
 * context within the lines after a read of the field (`if let Some(addr) = self.addr { return addr; } … LOCALHOST`). */
function fallsBackToLoopback(sources: SourceFile[], field: string): boolean {
  const read = new RegExp(`\\.${field}\\b(?!\\s*:)`);
  return sources.some(
    (src) =>
      !isTestFile(src) &&
      src.text.split("\n").some((line, i, lines) => read.test(line) && lines.slice(i, i + FALLBACK_REACH).some((l) => LOOPBACK.test(l) && !NOT_A_BIND.test(l) && !CLIENT_CONNECT.test(l))),
  );
}

/** A file only tests compile: a module file only a `#[cfg(test)]` item declares, or one under tests/ (the `cfg`-inactive
 * items of other files are blanked out already). */
const isTestFile = (src: SourceText) => src.testOnly === true || /(^|\/)tests\//.test(src.path);

/** Environment variables the code reads for its listen host and port. */
export function findListenVars(sources: SourceFile[], crateName: string, productionConfig?: string): ListenVar[] {
  // The crate's name and its words (chhoto-url: CHHOTO_URL; CHHOTO, CHHOTO_URL).
  const crateWords = crateName.toUpperCase().split(/[-_]/).filter((w) => w.length >= 3);
  const own = new Set([crateName.toUpperCase().replace(/-/g, "_"), ...crateWords]);
  return findEnvReads(sources).flatMap(({ name, file, line }): ListenVar[] => {
    const at = name.lastIndexOf("_");
    const [prefix, suffix] = at < 0 ? ["", name] : [name.slice(0, at), name.slice(at + 1)];
    const kind = LISTEN_VAR_KINDS[suffix];
    // APP_PORT, CHHOTO_URL_PORT, CHHOTO_LISTEN_PORT: after nothing, the crate's whole name, listen words, or a word of
    // the crate's name with a listen word (MQTT_PORT in mqtt-bridge is the broker's).
    const words = prefix ? prefix.split("_") : [];
    const listenWord = words.some((w) => LISTEN_VAR_PREFIXES.includes(w));
    const listenish =
      words.length === 0 ||
      (!OTHER_ENDPOINT_VAR.test(name) && (prefix === crateName.toUpperCase().replace(/-/g, "_") || (listenWord && words.every((w) => own.has(w) || LISTEN_VAR_PREFIXES.includes(w)))));
    const environment = ENVIRONMENT_VAR.test(name) && productionConfig !== undefined;
    return (kind && listenish) || environment ? [{ name, kind: kind ?? "environment", file, line }] : [];
  });
}

/** Every variable the code reads (outside test code), where it first reads it, in order of appearance. */
export function findEnvReads(sources: SourceFile[]): (Found & { name: string })[] {
  const found: (Found & { name: string })[] = [];
  // Helpers that read the variable they are given: `setting("APP_PORT")` reads APP_PORT.
  const wrappers = new Set(sources.flatMap((src) => src.facts.env.wrappers));
  const constants = crateConstants(sources);
  for (const src of sources.filter((s) => !isTestFile(s))) {
    const { reads, wrapperCalls } = src.facts.env;
    const named = [...reads.map((r) => ({ ...r, name: r.name ?? (r.constant ? stringConstant(constants, r.constant, src) : undefined) })), ...wrapperCalls.filter((c) => wrappers.has(c.fn))];
    for (const { name, line } of named.sort((a, b) => a.at - b.at))
      if (name && /^[A-Z][A-Z0-9_]*$/.test(name) && !found.some((f) => f.name === name)) found.push({ name, file: src.path, line });
  }
  return found;
}

/** A configuration file it needs to start: an argument naming it, positional (its name) or an option (`--config`);
 * an option's default path the code then reads (`defaultFile`); or a path the code builds itself (`inCode`). */
export interface ConfigArg extends Found {
  name: string;
  defaultFile?: string;
  inCode?: boolean;
  /** An option of the top level, given before a subcommand. */
  global?: boolean;
}

export interface StartArgs {
  configArg?: ConfigArg;
  /** A positional listen address with a default (the image passes 0.0.0.0 and the port instead). */
  addressArg?: Found & { name: string };
  /** Positionals it cannot start without (a registry's root); `dataDir`: the code creates the directory it names, so
   * the image passes one of its own (under /app, a volume). */
  requiredArgs: (Found & { name: string; dataDir?: string; createdAt?: Found })[];
}

/**
 * Arguments that decide whether and where it starts, of the served subcommand (or global): a configuration file it
 * cannot start without (not optional, no default; or in a group clap requires one of), and a positional listen address
 * with a default.
 */
export function findStartArgs(options: CliOption[], serve?: string): Omit<StartArgs, "requiredArgs"> {
  const args: Omit<StartArgs, "requiredArgs"> = {};
  for (const o of options.filter((o) => takenBy(o, serve))) {
    const name = o.flag ?? o.id ?? o.field;
    const found = { name, file: o.file, line: o.line };
    if (CONFIG_ARG.test(name) && o.default === undefined && (o.required || o.inRequiredGroup)) args.configArg ??= found;
    if (!o.flag && ADDRESS_ARG.test(name) && o.default !== undefined && /SocketAddr|String/.test(o.type)) args.addressArg ??= found;
  }
  return args;
}

/** A binding that holds a configuration file's path (`config_path`, `settings_file`). */
const CONFIG_PATH_BINDING = /^(?:\w+_)?(?:conf|config|configuration|settings)_?(?:path|file|filename)$/i;
/** A binding that may carry an option's path on to its read: named for a path (not `config`, the parsed result). */
const PATH_BINDING = /path|file/i;
const CONFIG_FILE_NAME = /^[\w./-]+\.(?:toml|ya?ml|json|ini|conf|ron)$/;

/**
 * A configuration file it cannot start without that no argument requires: the default path of a config option of the
 * served command (`--config` defaulting to /etc/app.toml) that a call reads and ends the program when the read fails,
 * unless an existence check falls back (`if p.exists() { … }`) or the reader may find nothing (`-> Result<Option<_>>`);
 * or a path binding named for one (`config_path`) that its function exits without (`if !p.exists() { exit(1) }`), then
 * reads; or a check that stops it when nothing is configured and asks for a configuration file. An optional option
 * without a default is read only when given, unless the code makes its absence an error.
 */
export function findConfigRead(sources: SourceFile[], options: CliOption[], serve?: string, servedFile?: string): ConfigArg | undefined {
  const code = sources.filter((src) => !isTestFile(src));
  const facts = code.map((src) => ({ file: src.path, ...src.facts.fileReads }));
  const follow = pathBindingFollower(code);
  const optionalLoaders = new Set(facts.flatMap((f) => f.optionalLoaders));
  const mentions = (names: Set<string>, scope?: number) => (m: Mentions) => (scope === undefined || m.scope === scope) && m.names.some((n) => names.has(n));
  // A check that falls back may guard the read from anywhere the path is passed to.
  const fallsBack = (names: Set<string>) => facts.some((f) => f.existenceChecks.some((c) => !c.exits && mentions(names)(c)));
  const fatalRead = (names: Set<string>, only?: { file: string; scope: number }) => {
    for (const f of facts.filter((f) => !only || f.file === only.file)) {
      const read = f.fatalReads.find((r) => !optionalLoaders.has(r.callee) && mentions(names, only?.scope)(r));
      if (read) return { file: f.file, line: read.line };
    }
    return undefined;
  };
  const requiredWhenAbsent = new Set(facts.flatMap((f) => f.requiredWhenAbsent.map((r) => r.field)));
  const configOptions = options.filter((o): o is CliOption & { flag: string } => o.flag !== undefined && takenBy(o, serve) && (CONFIG_ARG.test(optionName(o)) || CONFIG_ARG.test(o.field)));
  for (const o of configOptions) {
    const global = o.subcommand ? {} : { global: true };
    // An optional option whose absence the code makes an error (`args.config.ok_or(…)?`) is required after all.
    if (o.default === undefined && requiredWhenAbsent.has(o.field)) return { name: o.flag, ...global, file: o.file, line: o.line };
    const names = follow([o.field]);
    if (o.default !== undefined && fatalRead(names) && !fallsBack(names)) return { name: o.flag, defaultFile: o.default, ...global, file: o.file, line: o.line };
  }
  // Nothing configured stops it, asking for a configuration file (or the options that replace one); the served
  // binary's own check first (another binary of a workspace member may have the same one).
  const stops = facts.flatMap((f) => f.unconfiguredStops.map((s) => ({ file: f.file, line: s.line })));
  const stop = stops.find((s) => s.file === servedFile) ?? stops[0];
  if (stop) {
    const [option] = configOptions;
    if (option) return { name: option.flag, ...(option.subcommand ? {} : { global: true }), ...stop };
    // A hand-rolled parser's config option, in the file that stops without it.
    const text = code.find((src) => src.path === stop.file)?.text ?? "";
    const handRolled = [...text.matchAll(HAND_ROLLED_LONG_OPTION)].map((m) => m[1] ?? m[2]).find((name) => CONFIG_ARG.test(name));
    return { name: handRolled ? `--${handRolled}` : "a file it names", ...(handRolled ? { global: true } : {}), ...stop };
  }
  // A path the code builds itself counts where the same function stops the program without the file, then reads it.
  for (const f of facts)
    for (const b of f.bindings.filter((b) => CONFIG_PATH_BINDING.test(b.name))) {
      const names = new Set([b.name]);
      const stops = f.existenceChecks.some((c) => c.exits && mentions(names, b.scope)(c));
      const read = stops ? fatalRead(names, { file: f.file, scope: b.scope }) : undefined;
      const defaultFile = b.names.find((n) => CONFIG_FILE_NAME.test(n));
      if (read) return { name: b.name, inCode: true, ...(defaultFile ? { defaultFile } : {}), ...read };
    }
  return undefined;
}

/**
 * Environment variables the program cannot start without: read and unwrapped (or `?`-propagated) at once, or a clap
 * option read from one that has no default and is not optional, of the served subcommand (`serve`) or global: another
 * subcommand's options (a client's server address) are not asked for. Test code does not count.
 */
export function findRequiredEnv(sources: SourceFile[], options: CliOption[] = findCliOptions(sources), serve?: string): (Found & { name: string; shape: string })[] {
  const found: (Found & { name: string; shape: string })[] = [];
  const add = (src: SourceFile, line: number, name: string, shape: string) => {
    if (!found.some((f) => f.name === name) && !isTestFile(src)) found.push({ name, file: src.path, line, shape });
  };
  for (const src of sources) {
    for (const read of src.facts.env.reads) if (read.name && read.fatal) add(src, read.line, read.name, read.fatal);
    for (const o of options)
      if (o.file === src.path && o.env && o.required && takenBy(o, serve)) add(src, o.line, o.env, "a clap option with no default");
  }
  return found;
}

/** A setting it may be given, the variable or the option: read as optional and with no default, so the code works
 * without it (an optional database URL: it connects only when given one). */
export interface OptionalSetting extends Found {
  /** The variable, or an option's variable (its field in capitals when it names none). */
  name: string;
  flag?: string;
}

/** Settings the served command reads as optional with no default: options (`Option<…>`, a builder argument not
 * required) and variables read into an Option or matched only when set. Test code does not count. */
export function findOptionalSettings(sources: SourceFile[], options: CliOption[], serve?: string): OptionalSetting[] {
  const found: OptionalSetting[] = options
    .filter((o) => o.flag && !o.required && o.default === undefined && takenBy(o, serve) && (o.type === "" || OPTION_TYPE.test(o.type)))
    .map((o) => ({ name: o.env ?? o.field.toUpperCase().replace(/-/g, "_"), flag: o.flag, file: o.file, line: o.line }));
  for (const src of sources.filter((s) => !isTestFile(s)))
    for (const read of src.facts.env.reads)
      if (read.optional && read.name && !found.some((f) => f.name === read.name)) found.push({ name: read.name, file: src.path, line: read.line });
  return found;
}

/** Variables the code reads that may set where it listens, with the value that makes it listen on every interface. */
export function addressVars(envReads: string[]): [string, string][] {
  return envReads.flatMap((name): [string, string][] => {
    if (OTHER_ENDPOINT_VAR.test(name)) return [];
    const row = ADDRESS_VARS.find((r) => r.pattern.test(name));
    return row ? [[name, row.value]] : [];
  });
}

/**
 * Health paths worth trying on the running service, best first: the routes found, then path literals that end in a
 * health word (with the router prefixes the code uses), then the usual names with and without those prefixes.
 */
export function healthCandidates(sources: SourceFile[], found: HealthRoute[], frameworkPath?: string): string[] {
  const literals = healthPathLiterals(sources);
  const prefixes = routerPrefixes(routeSources(sources), crateConstants(sources));
  const prefixed = (p: string) => prefixes.map((prefix) => `${prefix}${p}`);
  const all = [
    ...found.map((r) => r.path),
    ...(frameworkPath ? [frameworkPath] : []),
    ...literals.flatMap((l) => [...prefixed(l), l]),
    ...HEALTH_PATHS,
    ...HEALTH_PATHS.flatMap(prefixed),
  ];
  return [...new Set(all)].slice(0, 32);
}

/** Whether the package depends on a crate that serves HTTP. */
export const servesHttp = (dependencies: string[]) => dependencies.some((d) => HTTP_SERVER_CRATES.includes(d));

export interface RunFacts {
  routes: HealthRoute[];
  /** Where its exporter crates serve metrics, besides a route the routes reader finds. */
  metricsEndpoints: MetricsEndpoint[];
  /** Where it binds a Unix socket unless a setting says TCP (its condition): no port to probe by default. */
  unixSocket?: Found & { condition: string };
  loopback: LoopbackBind[];
  listenVars: ListenVar[];
  http: boolean;
  serve?: ServeCommand;
  port?: PortSource;
  /** A framework dependency with a row in KIT_FRAMEWORKS. */
  framework?: string;
  /** Directories compiled into the binary (migrations), where the code embeds them. */
  embedded: (Found & { dir: string })[];
  /** Directories it serves files from at run time, relative to its working directory. */
  servedDirs: ServedDir[];
  /** The first sqlx query macro (compile-time checked against a database or .sqlx/). */
  sqlxQuery?: Found;
  /** Features a `compile_error!` asks for (any one of each group). */
  requiredFeatures: (Found & { features: string[] })[];
  /** Where the code handles Ctrl-C, when nothing handles SIGTERM (docker stop's signal). */
  interruptOnly?: Found;
  /** The code, a dependency's feature or its server crate handles SIGTERM. */
  handlesSigterm: boolean;
  /** Health paths worth trying on the running service, best first. */
  healthCandidates: string[];
  /** Every environment variable the code reads by name. */
  envReads: string[];
  /** Variables that may carry the listen address, with the value for every interface. */
  addressVars: [string, string][];
  /** Directories the code writes at run time (absolute in the image), where it says so. */
  dataDirs: DataDir[];
  /** Per-user directories it writes under HOME. */
  homeDirs: HomeDir[];
  /** Configuration files at the package root the code reads by name (copied into the image's working directory). */
  configFiles: string[];
  /** Config files it reads that their parser rejects: nothing in them is known. */
  configProblems: (Found & { problem: string })[];
  /** Environment variables it cannot start without. */
  requiredEnv: (Found & { name: string; shape: string })[];
  /** Settings it reads as optional, with no default (see findOptionalSettings). */
  optionalSettings: OptionalSetting[];
  startArgs: StartArgs;
  /** The clap options and positionals it takes. */
  cliOptions: CliOption[];
  /** The option that sets where the serving command listens, when the image must pass it: the serve subcommand's host
   * option, or one whose default is loopback or a random port. */
  listenOption?: CliOption;
  /** A Rocket crate launching with a configuration it builds itself (ROCKET_ADDRESS/ROCKET_PORT may not reach it). */
  ownRocketConfig?: OwnRocketConfig;
  /** The listen address one of them sets, and the variable that overrides it (config-rs), when the code has one. */
  configAddress?: ConfigAddress & { envName?: string };
  /** Without such an address: the settings field config-rs fills with it, and the variable that sets it. */
  configListenField?: Found & { key: string; envName: string };
}

/** How the chosen binary runs, read from its package's sources. */
export function inspectRun(
  contextDir: string,
  packageDirs: string[],
  binPath: string,
  crateName: string,
  dependencies: string[],
  parser: RustParser,
  otherBins: string[] = [],
  dependencyFeatures: Record<string, string[]> = {},
): RunFacts {
  const sigtermByDependency =
    Object.entries(SIGTERM_FEATURES).some(([crate, feature]) => dependencyFeatures[crate]?.includes(feature)) ||
    dependencies.some((d) => SIGTERM_HANDLING_CRATES.includes(d));
  // build.rs too: a build script may stop the build unless a feature is on.
  const sources = readSources(parser, contextDir, packageDirs, [binPath, "build.rs"], otherBins);
  const packageDir = packageDirs[0];
  // What the build script reads (OUT_DIR, TARGET, CARGO_*) is set by cargo while building, never by the container.
  const buildScript = path.posix.join(packageDir, "build.rs");
  const runSources = sources.filter((src) => src.path !== buildScript);
  const envReads = [...new Set(findEnvReads(runSources).map((r) => r.name))];
  const packageRoot = path.join(contextDir, packageDir);
  const configFiles = findConfigFiles(sources, packageRoot);
  const readConfigFiles = [...configFiles, ...findEmbeddedConfigs(sources, packageRoot, packageDir)];
  const given = findConfigAddress(readConfigFiles, packageRoot, packageDir, keysReadBy(runSources)) ?? findCodeConfigAddress(runSources);
  const listenField = given ? undefined : findConfigListenField(runSources);
  const address = given ?? listenField?.address;
  const configAddress = address && { ...address, envName: configEnvName(sources, address.key) };
  const listenFieldEnv = listenField && !address ? configEnvName(sources, listenField.key) : undefined;
  const routes = findHealthRoutes(sources);
  const handlesSigterm = sigtermByDependency || sources.some((src) => !src.testOnly && HANDLES_SIGTERM.test(src.text));
  const framework = dependencies.find((d) => d in KIT_FRAMEWORKS);
  const cliOptions = findCliOptions(sources);
  const serve = findServeCommand(sources, cliOptions);
  const listenOption = serve?.hostArg
    ? cliOptions.find((o) => o.subcommand === serve.name && o.flag === `--${serve.hostArg}`)
    : loopbackListenOption(cliOptions, serve?.name, (o) => fallsBackToLoopback(sources, o.field));
  const unixSocket = findUnixSocketDefault(sources);
  return {
    routes,
    metricsEndpoints: findMetricsEndpoints(sources, dependencies),
    ...(unixSocket ? { unixSocket } : {}),
    healthCandidates: healthCandidates(sources, routes, framework ? KIT_FRAMEWORKS[framework].healthPath : undefined),
    envReads,
    addressVars: addressVars(envReads),
    loopback: findLoopbackBinds(sources),
    listenVars: findListenVars(sources, crateName, productionConfigFile(packageRoot)),
    http: servesHttp(dependencies),
    framework,
    servedDirs: findServedDirs(sources, cliOptions),
    embedded: firstMatches(sources, EMBEDDED_DIRS.map((r) => r.pattern)).map((f, i) => f && { ...f, dir: EMBEDDED_DIRS[i].dir }).filter((f) => f !== undefined),
    sqlxQuery: firstMatches(sources, [SQLX_QUERY_MACROS])[0],
    interruptOnly: handlesSigterm ? undefined : firstMatches(sources, [HANDLES_SIGINT])[0],
    handlesSigterm,
    requiredFeatures: sources.flatMap((src) =>
      [...src.text.matchAll(REQUIRED_FEATURE)].map((m) => ({
        file: src.path,
        line: lineOf(src.text, m.index!),
        features: [...m[1].matchAll(/feature\s*=\s*"([^"]+)"/g)].map((f) => f[1]),
      })).filter((r) => r.features.length > 0),
    ),
    serve,
    port: findPort(sources, packageRoot, packageDir, configAddress, listenOption ?? addressListenOption(cliOptions, serve?.name)),
    configFiles,
    configProblems: findConfigProblems([...new Set([...existingPortConfigs(packageRoot), ...readConfigFiles])], packageRoot, packageDir),
    configAddress,
    configListenField: listenField && listenFieldEnv ? { key: listenField.key, file: listenField.file, line: listenField.line, envName: listenFieldEnv } : undefined,
    requiredEnv: findRequiredEnv(runSources, cliOptions, serve?.name),
    optionalSettings: findOptionalSettings(runSources, cliOptions, serve?.name),
    startArgs: startArgs(findStartArgs(cliOptions, serve?.name), sources, cliOptions, serve?.name, path.posix.join(packageDir, binPath)),
    cliOptions,
    listenOption,
    ownRocketConfig: framework === "rocket" ? findOwnRocketConfig(sources) : undefined,
    dataDirs: [...findDataDirs(sources), ...findConfigDataDirs(configFiles, packageRoot, packageDir)],
    homeDirs: findHomeDirs(runSources),
  };
}

/** The arguments it starts with: a configuration file an argument requires, else one the code reads by default; the
 * other positionals it requires. */
function startArgs(args: Omit<StartArgs, "requiredArgs">, sources: SourceFile[], options: CliOption[], serve: string | undefined, servedFile: string): StartArgs {
  const configArg = args.configArg ?? findConfigRead(sources, options, serve, servedFile);
  const requiredArgs = findRequiredArgs(sources, options, serve);
  return { ...args, ...(configArg ? { configArg } : {}), requiredArgs };
}

/** The names a path is known by as the code passes it on: the start names, and every path binding made of one of
 * them, transitively (`let root = args.root; let db = root.join("db");`). */
function pathBindingFollower(code: SourceFile[]): (start: string[]) => Set<string> {
  const bindings = code.flatMap((src) => src.facts.fileReads.bindings.filter((b) => PATH_BINDING.test(b.name)));
  return (start) => {
    const names = new Set(start);
    for (let grew = true; grew; ) {
      grew = false;
      for (const b of bindings)
        if (!names.has(b.name) && b.names.some((n) => names.has(n))) {
          names.add(b.name);
          grew = true;
        }
    }
    return names;
  };
}

/** A positional the code creates as a directory holds a path (`root: PathBuf`), never a name or a number. */
const PATH_TYPE = /^(?:(?:std::)?(?:path::)?(?:PathBuf|Path)|(?:std::)?(?:ffi::)?OsString|String)$/;

/**
 * Positionals of the served subcommand (or global) it cannot start without, other than a configuration file: no
 * default, not optional. One the code passes to a call that creates a directory (`create_dir_all(&root)`, through path
 * bindings) is a directory it owns: the image passes /app/<name> and keeps it on a volume, as a user deploying it would.
 */
export function findRequiredArgs(sources: SourceFile[], options: CliOption[], serve?: string): StartArgs["requiredArgs"] {
  const code = sources.filter((src) => !isTestFile(src));
  const follow = pathBindingFollower(code);
  return options
    // A configuration file is configArg's.
    .filter((o) => !o.flag && o.required && takenBy(o, serve) && !CONFIG_ARG.test(o.field) && !CONFIG_ARG.test(o.valueName))
    .map((o) => {
      const names = follow([o.field]);
      const creates = PATH_TYPE.test(o.type) ? code.flatMap((src) => src.facts.fileReads.dirCreations.filter((c) => c.names.some((n) => names.has(n))).map((c) => ({ file: src.path, line: c.line })))[0] : undefined;
      const dataDir = creates && `/app/${o.valueName.toLowerCase().replace(/_/g, "-")}`;
      return { name: o.valueName, file: o.file, line: o.line, ...(creates ? { dataDir, createdAt: creates } : {}) };
    });
}

export interface ServedDir extends Found {
  /** Relative to its working directory. */
  dir: string;
  /** What it does when the directory is missing, when that is worse than a 404 (it must exist then). */
  withoutIt?: string;
}

/**
 * Directories it serves files from: a file server's directory, written in the call or held by a constant or by a
 * binding with a literal default (`let root = env::var("ROOT").unwrap_or("public".into())`), and the default of its
 * file-root option (a file server with no root serves nothing); those it cannot do without first. The working
 * directory itself is never one.
 */
export function findServedDirs(sources: SourceFile[], cliOptions: CliOption[]): ServedDir[] {
  const found: ServedDir[] = [];
  const add = (dir: string | undefined, at: Found, withoutIt?: string) => {
    const clean = dir?.replace(/^\.\//, "").replace(/\/+$/, "");
    if (clean && clean !== "." && !clean.startsWith("/") && !/[{}$%]/.test(clean)) found.push({ dir: clean, ...at, ...(withoutIt ? { withoutIt } : {}) });
  };
  const constants = crateConstants(sources);
  for (const src of sources.filter((s) => !isTestFile(s)))
    for (const { pattern, withoutIt } of SERVED_DIRS)
      for (const m of src.text.matchAll(pattern)) {
        const held = m.groups!.held;
        const dir = m.groups!.dir ?? (held === undefined ? undefined : /^[A-Z][A-Z0-9_]*$/.test(held) ? stringConstant(constants, held, src) : bindingDefault(src.text, held));
        add(dir, { file: src.path, line: lineOf(src.text, m.index!) }, withoutIt);
      }
  for (const o of cliOptions)
    if (SERVED_ROOT_OPTION.test(o.field) && o.default !== undefined && o.defaultAt) add(o.default, o.defaultAt, `${o.flag ?? o.valueName} defaults to it, and it serves nothing without it`);
  return found.sort((a, b) => Number(b.withoutIt !== undefined) - Number(a.withoutIt !== undefined));
}

/** The literal a `let` binding falls back to (`let root = env::var("ROOT").unwrap_or("public".to_string());`). */
function bindingDefault(text: string, name: string): string | undefined {
  const binding = new RegExp(`\\blet\\s+(?:mut\\s+)?${name}\\b[^=;]*=[^;]*?\\.unwrap_or(?:_else)?\\(\\s*(?:\\|_?\\|\\s*)?(?:(?:String|PathBuf)::from\\(\\s*)?"([^"]+)"`);
  return binding.exec(text)?.[1];
}

export interface ServeCommand extends Found {
  /** The subcommand the image passes, as usage names it: a nested one after its parents (`server start`). */
  name: string;
  hostArg?: string;
  portArg?: string;
  /** The enum's other subcommands and their lines (1-based, inclusive): their options are not the server's. */
  otherCommands: { name: string; from: number; to: number }[];
}

/** What a subcommand's match arm calls when it serves (`server::run_server`, `axum::serve`, `daemon::start`). */
const SERVE_CALL = /serve|server|daemon|listen/i;

/**
 * The subcommand the binary needs to serve: a variant of its subcommand enum (`#[derive(Subcommand)]` held by a field
 * that is not `Option<…>`, or a top-level `Parser`/`StructOpt` enum), or a builder's `.subcommand(Command::new("…"))`
 * unless subcommands are optional; chosen by its name (SERVE_SUBCOMMANDS, in order), else the one variant whose match
 * arm calls a server. With the `--host`/`--port`-like options that subcommand takes.
 */
export function findServeCommand(sources: SourceFile[], options: CliOption[] = findCliOptions(sources)): ServeCommand | undefined {
  const code = sources.filter((src) => !isTestFile(src)).map((src) => src.facts.commands);
  const tree = new CommandTree(code);
  const fields = code.flatMap((c) => c.fields);
  const wrapped = new Set(code.flatMap((c) => c.enums.flatMap((e) => e.variants.flatMap((v) => (v.wraps ? [v.wraps] : [])))));
  // The program's own command set: held by a field of a struct no subcommand wraps, or a top-level enum no field holds.
  const commandSets = code.flatMap((c) =>
    c.enums.filter((e) => {
      const holders = fields.filter((f) => heldType(f.type) === e.name);
      if (holders.some((f) => OPTION_TYPE.test(f.type))) return false;
      return holders.some((f) => f.struct !== undefined && !wrapped.has(f.struct)) || (e.topLevel && holders.length === 0 && !wrapped.has(e.name));
    }),
  );
  const arms = code.flatMap((c) => c.arms);
  type Candidate = DeclaredCommand & { rank: number; others: DeclaredCommand[]; enum?: string; variant?: DeclaredCommand & { variant: string } };
  const rankOf = (name: string, byArm: boolean) => {
    const named = SERVE_SUBCOMMANDS.indexOf(name);
    return named >= 0 ? named : byArm ? SERVE_SUBCOMMANDS.length : -1;
  };
  const best = (candidates: Candidate[]) => candidates.sort((a, b) => a.rank - b.rank)[0] as Candidate | undefined;
  const fromSets = (sets: CommandFacts["enums"]) =>
    sets.flatMap((set) => {
      const servesByArm = set.variants.filter((v) => arms.some((a) => a.variant === v.variant && a.calls.some((call) => SERVE_CALL.test(call))));
      return set.variants.flatMap((v): Candidate[] => {
        const rank = rankOf(v.name, servesByArm.length === 1 && servesByArm[0] === v);
        return rank >= 0 ? [{ ...v, rank, others: set.variants.filter((o) => o !== v), enum: set.name, variant: v }] : [];
      });
    });
  const builders = code.filter((c) => !c.buildersOptional).flatMap((c) => c.builders);
  const fromBuilders = (parents: string[]) =>
    builders
      .filter((b) => b.parents.join(" ") === parents.join(" ") && SERVE_SUBCOMMANDS.includes(b.name))
      .map((b): Candidate => ({ ...b, rank: SERVE_SUBCOMMANDS.indexOf(b.name), others: [] }));
  // A chosen subcommand that must be given one of its own (`server start`) is followed down to the one that serves.
  const path: Candidate[] = [];
  for (let at = best([...fromSets(commandSets), ...fromBuilders([])]); at && path.length < MAX_NESTING; ) {
    path.push(at);
    const words = path.map((c) => c.name);
    at = best(at.enum && at.variant ? fromSets(tree.requiredChildren(at.enum, at.variant)) : fromBuilders(words));
  }
  if (path.length === 0) return undefined;
  const name = path.map((c) => c.name).join(" ");
  const served = path.at(-1)!;
  const longOption = (names: string[]) => options.find((o) => o.subcommand === name && o.flag && names.includes(optionName(o)))?.flag?.slice(2);
  return {
    name,
    hostArg: longOption(HOST_ARGS),
    portArg: longOption(PORT_ARGS),
    file: served.file,
    line: served.line,
    otherCommands: path.flatMap((c) => c.others).map((o) => ({ name: o.name, from: o.line, to: o.to })),
  };
}

export interface PortSource extends Found {
  port: number;
  shape: string;
}

/** The port the crate says it listens on: a framework config file first, then the code's shapes in order. */
export function findPort(sources: SourceFile[], packageRoot: string, packageDir: string, configAddress?: ConfigAddress, listenOption?: CliOption): PortSource | undefined {
  for (const config of readConfigs(existingPortConfigs(packageRoot), packageRoot, packageDir)) {
    const set = config.document.values.find((v) => SERVER_SECTIONS.includes(String(v.path[0])) && v.path.at(-1) === "port" && !otherEndpointKey(dottedKey(v.path)) && validPort(portNumber(v.value)));
    if (set) return { port: portNumber(set.value), shape: config.name, file: config.file, line: set.line };
  }
  // What the config file it reads says wins over the code's own defaults.
  if (configAddress) return { port: configAddress.port, shape: `${configAddress.key} in ${path.basename(configAddress.file)}`, file: configAddress.file, line: configAddress.line };
  // `--bind localhost:7878`: the listen option's host:port default.
  const optionPort = listenOption && defaultPort(listenOption);
  if (optionPort && validPort(optionPort) && listenOption!.defaultAt)
    return { port: optionPort, shape: `default of ${listenOption!.flag}`, ...listenOption!.defaultAt };
  for (const row of PORT_SHAPES)
    for (const src of sources) {
      if (isTestFile(src)) continue;
      if ("constantName" in row) {
        const constant = src.facts.constants.find((c) => row.constantName.test(c.name) && validPort(constantPort(c.value)));
        if (constant) return { port: constantPort(constant.value), shape: row.shape, file: src.path, line: constant.line };
        continue;
      }
      for (const m of src.text.matchAll(row.pattern))
        if (validPort(Number(m[1])) && !onlyWhenSet(src, m.index!)) return { port: Number(m[1]), shape: row.shape, file: src.path, line: lineOf(src.text, m.index! + m[0].indexOf(m[1])) };
    }
  return undefined;
}

/** Whether `index` lies in a block that runs only when an optional value is set (`if tls.is_some() { 443 }`, `if let
 * Some(domain) = &https_domain { … }`): such a value is unset by default, so that port is not the default one. */
const onlyWhenSet = (src: SourceFile, index: number) => src.facts.optionalBranches.some(([start, end]) => start <= index && index < end);

/** The port a constant's value says: an integer, or a string of digits; NaN for anything else. */
const constantPort = (value: LiteralValue | undefined) =>
  value?.kind === "integer" ? Number(value.value) : value?.kind === "string" ? portNumber(value.value) : NaN;

/** The port a value says: a number, or a string of digits; NaN for anything else. */
const portNumber = (value: ConfigValue["value"]) => (typeof value === "number" || (typeof value === "string" && /^\d{1,5}$/.test(value)) ? Number(value) : NaN);

/** The framework and settings files that set the port (PORT_CONFIG_FILES) present in the package. */
const existingPortConfigs = (packageRoot: string) => PORT_CONFIG_FILES.filter((file) => fs.existsSync(path.join(packageRoot, file)));

export interface ConfigAddress extends Found {
  /** The dotted key (`server.address`), host and port it sets; a port key (`server.port`) sets no host. */
  key: string;
  host?: string;
  port: number;
}

/** Configuration files at the package root whose name the code mentions (it reads them from its working directory). */
export function findConfigFiles(sources: SourceFile[], packageRoot: string): string[] {
  if (!fs.existsSync(packageRoot)) return [];
  const names = fs.readdirSync(packageRoot).filter((n) => ROOT_CONFIG_FILE.test(n) && fs.statSync(path.join(packageRoot, n)).isFile());
  return names.filter((n) => sources.some((src) => !src.testOnly && src.text.includes(`"${n}"`))).sort();
}

/** Configuration files the code compiles in as its defaults (`include_str!("../server.toml")`), relative to the package
 * (nothing to copy: the binary holds them). */
export function findEmbeddedConfigs(sources: SourceFile[], packageRoot: string, packageDir: string): string[] {
  const found = new Set<string>();
  for (const src of sources) {
    if (isTestFile(src)) continue;
    for (const { path: included } of src.facts.embeddedConfig.included) {
      const file = path.posix.relative(packageDir || ".", path.posix.join(path.posix.dirname(src.path), included));
      if (!file.startsWith("..") && fs.existsSync(path.join(packageRoot, file))) found.add(file);
    }
  }
  return [...found];
}

/** A config file the code reads, parsed: its name in the package, its path as facts cite it, and what it says. */
interface ReadConfig {
  name: string;
  file: string;
  document: ConfigDocument;
}

/** Those of `files` (relative to the package) a parser here reads, parsed. */
function readConfigs(files: string[], packageRoot: string, packageDir: string): ReadConfig[] {
  return files.flatMap((name) => {
    const format = configFormat(name);
    return format ? [{ name, file: [packageDir, name].filter(Boolean).join("/"), document: parseConfig(readText(path.join(packageRoot, name)), format) }] : [];
  });
}

/** The config files it reads that their parser rejects (a template, a typo), and why: nothing is read from them. */
export function findConfigProblems(files: string[], packageRoot: string, packageDir: string): (Found & { problem: string })[] {
  return readConfigs(files, packageRoot, packageDir).flatMap(({ file, document: { problem } }) => (problem ? [{ file, line: problem.line, problem: problem.message }] : []));
}

/** A host:port listen address in those files, under its dotted key (`server.address`); else a port the code reads
 * (`[server] port = 7000` read into `struct Server { port: u16 }`, or by `get("server.port")`). */
export function findConfigAddress(files: string[], packageRoot: string, packageDir: string, reads: (key: string) => boolean = () => false): ConfigAddress | undefined {
  const configs = readConfigs(files, packageRoot, packageDir);
  for (const config of configs) {
    const found = addressIn(config.document.values);
    if (found) return { ...found, file: config.file };
  }
  for (const config of configs) {
    const found = config.document.values.find((v) => v.path.at(-1) === "port" && reads(dottedKey(v.path)) && validPort(portNumber(v.value)));
    if (found) return { key: dottedKey(found.path), port: portNumber(found.value), file: config.file, line: found.line };
  }
  return undefined;
}

const validPort = (n: number) => n >= 1 && n <= 65535;

const LISTEN_VALUE = new RegExp(`^${HOST_PORT}$`);

/** The first listen address a config document sets, its dotted key and line; another endpoint's address
 * (`[redis] address = …`) is not the service's. */
function addressIn(values: ConfigValue[]): Omit<ConfigAddress, "file"> | undefined {
  for (const { path: keys, value, line } of values) {
    const name = keys.at(-1);
    const m = typeof name === "string" && CONFIG_LISTEN_KEY.test(name) && typeof value === "string" ? LISTEN_VALUE.exec(value) : null;
    const key = dottedKey(keys);
    if (m && !otherEndpointKey(key)) return { key, host: m[1], port: Number(m[2]), line };
  }
  return undefined;
}

/** A dotted key under another endpoint's section at any depth (`redis.address`, `app.smtp.host`). */
const otherEndpointKey = (key: string) => key.split(".").slice(0, -1).some((section) => OTHER_ENDPOINT_VAR.test(`${section.toUpperCase().replace(/-/g, "_")}_`));

/**
 * A listen address config-rs gets as a default from the code itself: a `set_default` call, or a TOML document in a
 * raw string of a file that hands TOML text to `File::from_str`. A config file's value (findConfigAddress) wins.
 */
export function findCodeConfigAddress(sources: SourceFile[]): ConfigAddress | undefined {
  for (const src of sources) {
    if (isTestFile(src)) continue;
    for (const m of src.text.matchAll(CONFIG_RS_SET_DEFAULT))
      if (!otherEndpointKey(m[1])) return { key: m[1], host: m[2], port: Number(m[3]), file: src.path, line: lineOf(src.text, m.index!) };
    for (const toml of src.facts.embeddedConfig.toml) {
      const found = addressIn(parseConfig(toml.text, "toml").values);
      if (found) return { ...found, file: src.path, line: toml.line + found.line - 1 };
    }
  }
  return undefined;
}

/** How many settings structs up a field's key is followed (`server.http.address`). */
const KEY_DEPTH = 4;

/** A deserialized settings field, under the dotted key it is read from through the structs that hold it (a field
 * held as `server: ServerConfig` gives `server.address`; a flattened holder adds no key). */
interface SettingsKey extends Found {
  key: string;
  field: SettingsField;
}

function settingsKeys(sources: SourceFile[]): SettingsKey[] {
  const structs = sources.filter((src) => !isTestFile(src)).flatMap((src) => src.facts.settings.structs.map((s) => ({ ...s, file: src.path })));
  return structs.flatMap((s) =>
    s.fields.map((field) => {
      const key = [field.key];
      for (let holder = s.name, depth = 0; depth < KEY_DEPTH; depth++) {
        const parent = structs.flatMap((p) => p.fields.filter((f) => f.type.split("::").at(-1) === holder).map((f) => ({ struct: p.name, field: f })))[0];
        if (!parent) break;
        if (!parent.field.flatten) key.unshift(parent.field.key);
        holder = parent.struct;
      }
      return { key: key.join("."), field, file: s.file, line: field.line };
    }),
  );
}

/** Whether the code reads a dotted config key: a deserialized settings field's, or one it asks a config crate for. */
export function keysReadBy(sources: SourceFile[]): (key: string) => boolean {
  const read = new Set([...settingsKeys(sources).map((k) => k.key), ...sources.filter((src) => !isTestFile(src)).flatMap((src) => src.facts.settings.keysRead.map((k) => k.key))]);
  return (key) => read.has(key);
}

/**
 * The dotted key of a listen-address field in the settings config-rs deserializes (`ServerConfig { address: String }`
 * held as `server: ServerConfig` gives `server.address`), when the code reads config-rs's environment: a variable can
 * then set it though the crate ships no value for it. With a serde default function returning a host:port literal,
 * the address it defaults to.
 */
export function findConfigListenField(sources: SourceFile[]): (Found & { key: string; address?: ConfigAddress }) | undefined {
  if (!sources.some((src) => src.text.search(CONFIG_RS_ENVIRONMENT) >= 0)) return undefined;
  for (const { key, field, file, line } of settingsKeys(sources)) {
    if (![field.name, field.key].some((n) => LISTEN_ADDRESS_FIELD.test(n)) || !ADDRESS_TYPE.test(field.type) || otherEndpointKey(key)) continue;
    const address = field.defaultFn ? defaultAddress(sources, field.defaultFn, key) : undefined;
    return { key, file, line, ...(address ? { address } : {}) };
  }
  return undefined;
}

/** The host:port literal a serde default function returns (`fn default_inet() -> SocketAddr { "[::1]:1491".parse()… }`). */
function defaultAddress(sources: SourceFile[], fn: string, key: string): ConfigAddress | undefined {
  for (const src of sources.filter((s) => !isTestFile(s)))
    for (const d of src.facts.settings.literalDefaults) {
      const m = d.fn === fn ? LISTEN_VALUE.exec(d.literal) : null;
      if (m) return { key, host: m[1], port: Number(m[2]), file: src.path, line: d.line };
    }
  return undefined;
}

/** The variable config-rs reads for a dotted key, from the code's `Environment` source (undefined without one, or
 * without a separator, which nested keys need). */
export function configEnvName(sources: SourceFile[], key: string): string | undefined {
  for (const src of sources)
    for (const m of src.text.matchAll(CONFIG_RS_ENVIRONMENT)) {
      const calls = m[2] ?? "";
      const arg = (name: string) => new RegExp(`\\.\\s*${name}\\(\\s*"([^"]*)"\\s*\\)`).exec(calls)?.[1];
      const prefix = m[1] ?? arg("prefix") ?? "";
      const separator = arg("separator");
      if (key.includes(".") && !separator) continue;
      const keyPart = key.split(".").join(separator ?? "_").toUpperCase();
      return prefix ? `${prefix.toUpperCase()}${arg("prefix_separator") ?? separator ?? "_"}${keyPart}` : keyPart;
    }
  return undefined;
}

/** A directory the code writes at run time: `path` the one it names (absolute in the image: under /app when relative),
 * `dir` the one the image makes writable for it (see dataDirOf). */
export interface DataDir extends Found {
  dir: string;
  path: string;
  shape: string;
}

/** Directories the code creates or is told to write by default, as the image's absolute paths (under /app when relative). */
export function findDataDirs(sources: SourceFile[]): DataDir[] {
  const found: DataDir[] = [];
  const add = (value: string | undefined, shape: string, at: Found) => {
    const written = value === undefined ? undefined : writtenDirOf(value);
    if (written && !SYSTEM_DIRS.test(written) && !found.some((f) => f.path === written)) found.push({ dir: dataDirOf(value!)!, path: written, shape, ...at });
  };
  const constants = crateConstants(sources);
  const code = sources.filter((src) => !isTestFile(src));
  for (const { shape, pattern } of WRITABLE_PATHS)
    for (const src of code)
      for (const m of src.text.matchAll(pattern))
        add(shape === "create_dir_all of a constant" ? stringConstant(constants, m[1], src) : (m.groups?.path ?? m[1]), shape, { file: src.path, line: lineOf(src.text, m.index!) });
  // The TOML defaults it hands config-rs: a store's table's path (`[store.kv] path = "./data/store/kv/"`).
  for (const src of code)
    for (const toml of src.facts.embeddedConfig.toml)
      for (const { path: keys, value, line } of parseConfig(toml.text, "toml").values) {
        const key = keys.at(-1);
        if (typeof key === "string" && typeof value === "string" && STORAGE_SECTION_PATH.key.test(key) && STORAGE_SECTION_PATH.section.test(dottedKey(keys.slice(0, -1))))
          add(value, "path of a storage section in its TOML defaults", { file: src.path, line: toml.line + line - 1 });
      }
  return found;
}

/** A per-user directory it writes under HOME (`~/.local/share/app`), and the call that names it. */
export interface HomeDir extends Found {
  path: string;
  call: string;
}

/** Per-user directories the `dirs`/`directories` crates give it, as Linux resolves them under HOME: a base directory
 * and the name the code joins onto it, or each directory it takes of a `ProjectDirs`; a configuration directory only
 * where the same file writes files. HOME itself alone is none. */
export function findHomeDirs(sources: SourceText[]): HomeDir[] {
  const found: HomeDir[] = [];
  const add = (src: SourceText, index: number, base: string, name: string | undefined, call: string) => {
    const path = ["~", HOME_BASE_DIRS[base], name].filter(Boolean).join("/");
    const onlyRead = CONFIG_BASE_DIRS.includes(base) && !WRITES_FILES.test(src.text);
    if (path !== "~" && !onlyRead && !found.some((f) => f.path === path)) found.push({ path, call, file: src.path, line: lineOf(src.text, index) });
  };
  const code = sources.filter((src) => !isTestFile(src));
  for (const src of code)
    for (const m of src.text.matchAll(HOME_DIR_CALL)) if (m.groups!.base in HOME_BASE_DIRS) add(src, m.index!, m.groups!.base, m.groups!.name, `dirs::${m.groups!.base}()`);
  for (const src of code)
    for (const project of src.text.matchAll(PROJECT_DIRS.from)) {
      // directories names the application's directories by its name, lowercased, without spaces.
      const app = project[1].toLowerCase().replace(/\s+/g, "");
      for (const other of code)
        for (const m of other.text.matchAll(PROJECT_DIRS.use))
          if (m[1] in HOME_BASE_DIRS && m[1] !== "home_dir") add(other, m.index!, m[1], app, `ProjectDirs::${m[1]}()`);
    }
  return found;
}

/** The Rust sources under a library's src/ outside the build context (a registry package's directory), comments
 * blanked, each named by the library (`pueue-lib's src/settings.rs`). Text alone: no syntax tree is built. */
export function librarySources(crate: string, dir: string): SourceText[] {
  return rustFilesUnder(path.join(dir, "src")).sort().map((file) => ({ path: `${crate}'s ${contentPath(dir, file)}`, text: detectorText(readText(file)) }));
}

/** Where HOME points when it writes under it: a state directory of its own, named for the service. */
export const homeStateDir = (service: string) => `/var/lib/${service}`;

/** The string a constant holds (`const DIR: &str = "data";`), named where `src` uses it. */
function stringConstant(constants: ConstantTable, name: string, src: SourceFile): string | undefined {
  const value = constants.resolve(name, fileModule(src.path));
  return value?.kind === "string" ? value.value : undefined;
}

/** Writable paths the config files it reads set (upload, data, state, cache directories; a database file's). */
export function findConfigDataDirs(files: string[], packageRoot: string, packageDir: string): DataDir[] {
  const found: DataDir[] = [];
  for (const config of readConfigs(files, packageRoot, packageDir))
    for (const { path: keys, value, line } of config.document.values) {
      const name = keys.at(-1);
      if (typeof name !== "string" || !CONFIG_WRITABLE_KEY.test(name) || typeof value !== "string" || !/^[^\s"'#]+$/.test(value)) continue;
      const written = writtenDirOf(value);
      if (written && !SYSTEM_DIRS.test(written) && !found.some((f) => f.path === written))
        found.push({ dir: dataDirOf(value)!, path: written, shape: `set in ${config.name}`, file: config.file, line });
    }
  return found;
}

/** Paths a service never owns: the system's and the kernel's. */
const SYSTEM_DIRS = /^\/(?:etc|proc|sys|dev|usr|bin|sbin|lib\w*|run|var\/run|home|root)(?:\/|$)/;

/** The directory a path a service writes is, or is in (a file's), as the image's absolute path: relative paths are
 * under the working directory /app, "." is /app itself; undefined for /tmp (always writable), a template or a path
 * under HOME (`~/…`, not the working directory's), or a file directly in the working directory. */
export function writtenDirOf(subject: string): string | undefined {
  const clean = subject.replace(/\/+$/, "").replace(/^\.\/(?=.)/, "");
  if (clean === ".") return WORKDIR;
  if (!clean || /^\/tmp(?:\/|$)/.test(clean) || /[{}$%~]/.test(clean)) return undefined;
  const isFile = /\.[A-Za-z0-9]{1,8}$/.test(clean.split("/").at(-1)!) && !clean.endsWith(".d");
  const dir = isFile ? clean.split("/").slice(0, -1).join("/") : clean;
  if (!dir) return undefined;
  return dir.startsWith("/") ? dir : `${WORKDIR}/${dir}`;
}

/** The directory to make writable for a path a service writes: writtenDirOf's, or under the working directory its
 * first segment (the service creates what is below it). */
export function dataDirOf(subject: string): string | undefined {
  const written = writtenDirOf(subject);
  if (!written?.startsWith(`${WORKDIR}/`)) return written;
  return `${WORKDIR}/${written.slice(WORKDIR.length + 1).split("/")[0]}`;
}

/** The image's working directory, where relative paths resolve. */
const WORKDIR = "/app";

/** An address literal an exporter's listener call is given: `([0, 0, 0, 0], 9100)` or `"0.0.0.0:9100"`. */
const LISTENER_ADDRESS = /\(\s*\[\s*(\d+)\s*,\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\]\s*,\s*(\d+)\s*\)|"(\d+\.\d+\.\d+\.\d+|localhost|\[::1?\]):(\d+)"/;

/** Where the exporter crates it depends on serve the metrics, from their builders' calls outside test code. */
export function findMetricsEndpoints(sources: SourceFile[], dependencies: string[]): MetricsEndpoint[] {
  const found: MetricsEndpoint[] = [];
  for (const exporter of dependencies.filter((d) => d in METRICS_EXPORTERS)) {
    const { endpoint, listener } = METRICS_EXPORTERS[exporter];
    for (const src of sources.filter((f) => !isTestFile(f))) {
      if (endpoint)
        for (const m of src.text.matchAll(new RegExp(endpoint, "g")))
          found.push({ exporter, file: src.path, line: lineOf(src.text, m.index!), shape: `${exporter}: .endpoint("${m[1]}")`, path: m[1] });
      if (listener)
        for (const m of src.text.matchAll(new RegExp(listener.builder, "g"))) {
          // The builder's chain, up to the end of its statement.
          const end = src.text.indexOf(";", m.index!);
          const chain = src.text.slice(m.index!, end < 0 ? undefined : end);
          if (!listener.serves.test(chain)) continue;
          const call = listener.address.exec(chain);
          const address = call ? LISTENER_ADDRESS.exec(chain.slice(call.index)) : undefined;
          const host = address?.[1] ?? address?.[3];
          const port = call ? (address ? Number(address[2] ?? address[4]) : undefined) : listener.defaultPort;
          const loopback = host !== undefined && /^(?:127|localhost|\[::1\])/.test(host);
          const at = call ? `${call[0]}${address ? address[0] : "…"})` : `its default listener, 0.0.0.0:${listener.defaultPort}`;
          found.push({ exporter, file: src.path, line: lineOf(src.text, m.index!), shape: `${exporter}: ${at}`, path: "/metrics", listener: { port, loopback } });
        }
    }
  }
  return found;
}

/** For each pattern, where it first matches outside test code (undefined when nowhere). */
function firstMatches(sources: SourceFile[], patterns: RegExp[]): (Found | undefined)[] {
  return patterns.map((pattern) => {
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const line = lineOf(src.text, m.index!);
        if (!isTestFile(src)) return { file: src.path, line };
      }
    return undefined;
  });
}

/** A production configuration file next to the manifest (config/production.yaml, configuration/production.yaml…). */
export function productionConfigFile(packageRoot: string): string | undefined {
  return PRODUCTION_CONFIG.find((f) => fs.existsSync(path.join(packageRoot, f)));
}

