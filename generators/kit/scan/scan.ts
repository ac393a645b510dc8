// Reads an existing crate's Rust sources for how it runs: its health route, loopback binds, the env vars it listens by.
// Small detectors over the rows in source-rules.ts; nothing here writes or prompts.
import fs from "node:fs";
import path from "node:path";
import { KIT_FRAMEWORKS } from "../../catalog/catalog.js";
import { detectorText, lineOf, moduleFiles } from "./rust-source.js";
import { inactiveRanges, moduleDeclarations, type CfgContext } from "./cfg.js";
import { ReadBudget, type RustParser } from "./syntax.js";
import { contentPath, readText } from "../../host-files.js";
import { defaultPort, findCliOptions, loopbackListenOption, type CliOption } from "./cli-options.js";
import { readFacts, type SourceFacts } from "./source-facts.js";
import { joinedRoutes, routerPrefixes } from "./routes.js";
import type { LiteralValue } from "./literal.js";
import { findOwnRocketConfig, type OwnRocketConfig } from "./rocket-config.js";
import {
  ADDRESS_VARS,
  BIND_CONTEXT,
  OTHER_ENDPOINT_VAR,
  CLIENT_CONNECT,
  CONFIG_PORT,
  EMBEDDED_DIRS,
  ENVIRONMENT_VAR,
  ENV_READS,
  ENV_READ_CALL,
  SERVED_DIR,
  CLI_FIELD,
  POSITIONAL,
  CONFIG_ARG,
  ADDRESS_ARG,
  ENV_READ_OF_CONSTANT,
  ENV_WRAPPER_FN,
  CLAP_ENV_OPTION,
  OPTIONAL_CLAP_OPTION,
  HANDLES_SIGINT,
  HANDLES_SIGTERM,
  HEALTH_PATHS,
  HEALTH_SEGMENTS,
  HEALTH_WORDS,
  HOST_ARGS,
  HTTP_SERVER_CRATES,
  LISTEN_VAR_KINDS,
  LISTEN_VAR_PREFIXES,
  LOOPBACK,
  NOT_A_BIND,
  NOT_A_LISTEN_OPTION,
  SECOND_LISTENER,
  UPSTREAM_FIELD,
  PATH_LITERAL,
  PORT_ARGS,
  PORT_CONFIG_FILES,
  ROOT_CONFIG_FILE,
  CONFIG_ADDRESS,
  CONFIG_RS_SET_DEFAULT,
  CONFIG_RS_FROM_TOML,
  RAW_STRING_LITERAL,
  DESERIALIZED_STRUCT,
  STRUCT_FIELD,
  LISTEN_ADDRESS_FIELD,
  ADDRESS_TYPE,
  HOST_PORT,
  EMBEDDED_CONFIG,
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
  CONFIG_WRITABLE_PATH,
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

export interface Found {
  file: string;
  line: number;
}

export interface HealthRoute extends Found {
  path: string;
  shape: string;
  /** What switches the route on, when it is registered only under a condition: a variable and its value, or a flag. */
  enabledBy?: { name: string; value: string } | { flag: string };
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
 * blanked out (positions kept); and the module files only inactive code declares (a `#[cfg(test)] mod helpers;`).
 * `context`: a dependency's build script is read with the features its build turns on. */
export function readSource(parser: RustParser, file: string, raw: string, budget?: ReadBudget, context: CfgContext = IMAGE_BUILD): SourceFile & { inactiveModules: string[] } {
  return parser.read(
    file,
    raw,
    (source) => {
      const inactiveModules = moduleDeclarations(source, context)
        .filter((m) => !m.active)
        .flatMap((m) => moduleFiles(file, [...m.parents, m.name].join("/")));
      return { path: file, text: detectorText(raw, inactiveRanges(source, context)), facts: readFacts(source, context), inactiveModules };
    },
    budget,
  );
}

/** `mod name;` (a module in a file of its own) in code the image's build compiles. */
export const MODULE_DECLARATION = /(?<![\w:])mod\s+([A-Za-z_]\w*)\s*;/g;

/** Every .rs file under the src/ of the package and of the workspace members it depends on (and the package's bin
 * path), relative to the context; target/ and vendor/ skipped. Reading stops with a clear error past READ_LIMITS. */
export function readSources(parser: RustParser, contextDir: string, packageDirs: string[], extraFiles: string[] = [], otherBins: string[] = []): SourceFile[] {
  const root = path.join(contextDir, packageDirs[0]);
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== "target" && e.name !== "vendor" && !e.name.startsWith(".")) walk(full);
      else if (e.isFile() && e.name.endsWith(".rs")) files.add(full);
    }
  };
  for (const dir of packageDirs) if (fs.existsSync(path.join(contextDir, dir, "src"))) walk(path.join(contextDir, dir, "src"));
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
  return read.map(({ inactiveModules: _modules, ...src }) => (testFiles.has(src.path) ? { ...src, testOnly: true } : src));
}


/** Routes the code registers that look like health checks, best first (the order of HEALTH_PATHS). */
export function findHealthRoutes(sources: SourceFile[]): HealthRoute[] {
  const served = sources.filter((src) => !isTestFile(src));
  const found: (HealthRoute & { rank: number })[] = [];
  for (const { route, path, registration, file, module, placed, condition } of joinedRoutes(routeSources(served), crateConstants(served))) {
    const rank = healthRank(route);
    const secondListener = !placed && module.some((m) => SECONDARY_LISTENER_MODULES.includes(m));
    if (rank < 0 || secondListener || found.some((f) => f.path === path)) continue;
    const enabledBy = condition === undefined ? undefined : routeSwitch(sources, condition);
    found.push({ path, shape: registration.shape, file, line: registration.line, rank, ...(enabledBy ? { enabledBy } : {}) });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...route }) => route);
}

const routeSources = (sources: SourceFile[]) => sources.map((src) => ({ path: src.path, routes: src.facts.routes }));
const crateConstants = (sources: SourceFile[]) => sources.flatMap((src) => src.facts.constants);

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
  for (const ident of condition.match(/\b[a-z_][a-z0-9_]*\b/g) ?? []) {
    if (/^(?:if|let|some|ok|true|false|self)$/.test(ident)) continue;
    for (const other of sources) {
      // A binding that is the switch itself: a boolean made from the variable (not a config struct that reads it).
      const binding = new RegExp(`\\blet\\s+(?:mut\\s+)?${ident}\\s*(?::\\s*bool\\s*)?=\\s*(?:std::)?${ENV_SWITCH.source}[^;]*;`).exec(other.text);
      if (binding) return BOOLEAN_READ.test(binding[0]) ? { name: binding[1], value: switchValue(binding[0]) } : undefined;
      const field = new RegExp(`env\\s*=\\s*"([A-Z][A-Z0-9_]*)"[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (field) return { name: field[1], value: "true" };
      // A clap switch without a variable: the image passes the flag.
      const flag = new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (flag) return { flag: `--${/long\s*=\s*"([^"]+)"/.exec(flag[0])?.[1] ?? ident.replace(/_/g, "-")}` };
    }
  }
  return undefined;
}

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
      if (listens && !connects && !otherEndpoint && !upstreamField && !otherOption(lines, i) && !isTestFile(src)) {
        const second = SECOND_LISTENER.exec(lines.slice(Math.max(0, i - 6), i + 1).join("\n"))?.[0];
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

/** Whether a clap default on line `i` belongs to an option that is not a listen address: the attribute up to the
 * field it annotates (its env name, the field's name) says so (`https_redirect_host`, `SERVER_PROXY_HOST`). */
function otherOption(lines: string[], i: number): boolean {
  if (!/default_value/.test(lines[i])) return false;
  for (let k = i; k < Math.min(lines.length, i + 10); k++) {
    const field = /^\s*(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:(?!:)/.exec(lines[k]);
    if (field && !/^\s*#/.test(lines[k])) return NOT_A_LISTEN_OPTION.test(lines.slice(i, k + 1).join("\n"));
  }
  return false;
}

/** A file only tests compile: a module file only a `#[cfg(test)]` item declares, or one under tests/ (the `cfg`-inactive
 * items of other files are blanked out already). */
const isTestFile = (src: SourceFile) => src.testOnly === true || /(^|\/)tests\//.test(src.path);

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
  const add = (src: SourceFile, index: number, name: string | undefined) => {
    if (!name || !/^[A-Z][A-Z0-9_]*$/.test(name) || found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestFile(src)) found.push({ name, file: src.path, line });
  };
  // Helpers that read the variable they are given: `setting("APP_PORT")` reads APP_PORT.
  const wrappers = [...new Set(sources.flatMap((src) => [...src.text.matchAll(ENV_WRAPPER_FN)].map((m) => m[1])))];
  const patterns = [...ENV_READS, ...wrappers.map((fn) => new RegExp(`(?<![.\\w])${fn}\\(\\s*"([A-Z][A-Z0-9_]*)"`, "g"))];
  for (const src of sources) {
    for (const pattern of patterns) for (const m of src.text.matchAll(pattern)) add(src, m.index!, m[1]);
    for (const m of src.text.matchAll(ENV_READ_OF_CONSTANT)) add(src, m.index!, constantValue(sources, m[1]));
  }
  const order = (f: Found) => sources.findIndex((s) => s.path === f.file) * 1e6 + f.line;
  return found.sort((a, b) => order(a) - order(b));
}

export interface StartArgs {
  /** An argument it needs to start that names a configuration file: positional (its name) or an option (`--config`). */
  configArg?: Found & { name: string };
  /** A positional listen address with a default (the image passes 0.0.0.0 and the port instead). */
  addressArg?: Found & { name: string };
}

/**
 * Positional arguments that decide whether and where it starts: a configuration file it cannot start without
 * (not optional, no default; or in a group clap requires), and a listen address with a default.
 */
export function findStartArgs(sources: SourceFile[]): StartArgs {
  const args: StartArgs = {};
  for (const src of sources)
    for (const m of src.text.matchAll(CLI_FIELD)) {
      const [, attributes, field, type] = m;
      const positional = POSITIONAL.argh.test(attributes) || (/#\[(?:arg|clap)\(/.test(attributes) && !POSITIONAL.clapNamed.test(attributes));
      const option = /#\[(?:arg|clap)\([^\]]*\blong\b/.test(attributes) || /#\[argh\([^\]]*\boption\b/.test(attributes);
      if ((!positional && !option) || /\bbool\b/.test(type) || isTestFile(src)) continue;
      const given = /\bname\s*=\s*"([^"]+)"/.exec(attributes)?.[1] ?? field;
      const name = positional ? given : `--${given.replace(/_/g, "-")}`;
      const found = { name, file: src.path, line: lineOf(src.text, m.index! + attributes.lastIndexOf("#[")) };
      const hasDefault = /\bdefault(?:_value\w*)?\s*=/.test(attributes);
      const optional = /^(?:(?:std::)?(?:option::)?Option|Vec)\b/.test(type);
      // clap: an optional positional in an ArgGroup marked required (`.required(true).args(&["CONFIG", …])`).
      const requiredGroup = () => new RegExp(`\\.required\\(\\s*true\\s*\\)[^;]*?"${name}"`).test(src.text);
      if (CONFIG_ARG.test(name) && !hasDefault && (!optional || requiredGroup())) args.configArg ??= found;
      if (positional && ADDRESS_ARG.test(name) && hasDefault && /SocketAddr|String/.test(type)) args.addressArg ??= found;
    }
  return args;
}

/** What follows a call's closing parenthesis ends the program when it fails: `.expect(…)`, `.unwrap()`, `?`. */
const FAILS_HARD = /^\s*(?:\?|\.unwrap\(\)|\.expect\()/;
/** Error adapters that keep the failure, to be followed by one of those. */
const ERROR_ADAPTER = /^\s*\.(?:context|with_context|wrap_err|wrap_err_with|map_err)\(/;
/**
 * What `?` leaves is still an Option: the read goes through a helper returning `Result<Option<_>>` (an unset variable
 * is `Ok(None)`, only a bad value an error), used as one (`var("X")?.is_some()`, `.unwrap_or(…)`).
 */
const OPTION_AFTER_TRY = /^\s*\?\s*\.(?:is_some|is_none|is_some_and|unwrap_or|unwrap_or_default|unwrap_or_else|map_or|map_or_else|as_deref|filter|or|or_else)\b/;
/** `match var("X")? { … None => … }`: the unset case is handled. */
const MATCHED_WITH_NONE = /^[^{]*\{[^}]*\bNone\s*=>/;

/** The index just past the parenthesis that closes the one at `open`. */
function pastClosing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Environment variables the program cannot start without: read and unwrapped (or `?`-propagated) at once, or a clap
 * option read from one that has no default and is not optional. Test code does not count.
 */
export function findRequiredEnv(sources: SourceFile[]): (Found & { name: string; shape: string })[] {
  const found: (Found & { name: string; shape: string })[] = [];
  const add = (src: SourceFile, index: number, name: string, shape: string) => {
    if (found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestFile(src)) found.push({ name, file: src.path, line, shape });
  };
  for (const src of sources) {
    for (const m of src.text.matchAll(ENV_READ_CALL)) {
      let after = m.index! + m[0].length;
      const adapter = ERROR_ADAPTER.exec(src.text.slice(after, after + 80));
      if (adapter) after = pastClosing(src.text, after + adapter[0].length - 1);
      const ending = FAILS_HARD.exec(src.text.slice(after, after + 40));
      const optional =
        OPTION_AFTER_TRY.test(src.text.slice(after, after + 40)) ||
        (/\bmatch\s+$/.test(src.text.slice(Math.max(0, m.index! - 12), m.index!)) && MATCHED_WITH_NONE.test(src.text.slice(after, after + 400)));
      const end = optional ? undefined : ending?.[0].trim();
      if (end) add(src, m.index!, m[1], `env::var(…)${adapter ? `${adapter[0].trim()}…)` : ""}${end === ".expect(" ? ".expect(…)" : end}`);
    }
    for (const m of src.text.matchAll(CLAP_ENV_OPTION))
      if (!OPTIONAL_CLAP_OPTION.attribute.test(m[1]) && !OPTIONAL_CLAP_OPTION.type.test(m[3])) add(src, m.index!, m[2], "a clap option with no default");
  }
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
  const healthy = (p: string) => HEALTH_SEGMENTS.includes(p.split("/").filter(Boolean).at(-1) ?? "");
  // A bare word ("status") is too common to mean a route; a path of segments ending in a health word is one.
  const literals = sources
    .flatMap((src) => [...src.text.matchAll(PATH_LITERAL)].map((m) => m[1]))
    .filter((p) => healthy(p) && p.includes("/"))
    .map((p) => (p.startsWith("/") ? p : `/${p}`));
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
  servedDirs: (Found & { dir: string })[];
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
  dataDirs: (Found & { dir: string; shape: string })[];
  /** Configuration files at the package root the code reads by name (copied into the image's working directory). */
  configFiles: string[];
  /** Environment variables it cannot start without. */
  requiredEnv: (Found & { name: string; shape: string })[];
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
  const given = findConfigAddress([...configFiles, ...findEmbeddedConfigs(sources, packageRoot, packageDir)], packageRoot, packageDir) ?? findCodeConfigAddress(runSources);
  const listenField = given ? undefined : findConfigListenField(runSources);
  const address = given ?? listenField?.address;
  const configAddress = address && { ...address, envName: configEnvName(sources, address.key) };
  const listenFieldEnv = listenField && !address ? configEnvName(sources, listenField.key) : undefined;
  const routes = findHealthRoutes(sources);
  const handlesSigterm = sigtermByDependency || sources.some((src) => !src.testOnly && HANDLES_SIGTERM.test(src.text));
  const framework = dependencies.find((d) => d in KIT_FRAMEWORKS);
  const cliOptions = findCliOptions(sources);
  const serve = findServeCommand(sources);
  const listenOption = serve?.hostArg
    ? cliOptions.find((o) => o.subcommand === serve.name && o.flag === `--${serve.hostArg}`)
    : loopbackListenOption(cliOptions, serve?.name);
  return {
    routes,
    healthCandidates: healthCandidates(sources, routes, framework ? KIT_FRAMEWORKS[framework].healthPath : undefined),
    envReads,
    addressVars: addressVars(envReads),
    loopback: findLoopbackBinds(sources),
    listenVars: findListenVars(sources, crateName, productionConfigFile(packageRoot)),
    http: servesHttp(dependencies),
    framework,
    servedDirs: sources
      .filter((src) => !isTestFile(src))
      .flatMap((src) => [...src.text.matchAll(SERVED_DIR)].map((m) => ({ dir: m[1], file: src.path, line: lineOf(src.text, m.index!) }))),
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
    port: findPort(sources, packageRoot, packageDir, configAddress, listenOption),
    configFiles,
    configAddress,
    configListenField: listenField && listenFieldEnv ? { key: listenField.key, file: listenField.file, line: listenField.line, envName: listenFieldEnv } : undefined,
    requiredEnv: findRequiredEnv(runSources),
    startArgs: findStartArgs(sources),
    cliOptions,
    listenOption,
    ownRocketConfig: framework === "rocket" ? findOwnRocketConfig(sources) : undefined,
    dataDirs: [...findDataDirs(sources), ...findConfigDataDirs(configFiles, packageRoot, packageDir)],
  };
}

export interface ServeCommand extends Found {
  /** The arguments the image passes: the subcommand, then the listen options it takes. */
  name: string;
  hostArg?: string;
  portArg?: string;
  /** The enum's other subcommands and their lines (1-based, inclusive): their options are not the server's. */
  otherCommands: { name: string; from: number; to: number }[];
}

const kebab = (camel: string) => camel.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** The body between the brace at `open` and its match. */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/**
 * A subcommand the binary needs to serve: a clap derive `Subcommand` enum (required, not `Option<…>`) or a builder
 * `Command::new("…")` with a serve-like name, and the `--host`/`--port`-like options that subcommand takes.
 */
export function findServeCommand(sources: SourceFile[]): ServeCommand | undefined {
  const candidates: ServeCommand[] = [];
  for (const src of sources) {
    // A `Subcommand` enum inside a parser struct, or a top-level `Parser` enum whose variants are the commands.
    for (const m of src.text.matchAll(/#\[derive\([^)]*\b(?:Subcommand|Parser)\b[^)]*\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?enum\s+(\w+)\s*\{/g)) {
      const enumName = m[1];
      // `command: Option<Commands>` runs without one: serving needs no subcommand then.
      if (new RegExp(`Option<\\s*${enumName}\\s*>`).test(src.text)) continue;
      const bodyAt = m.index! + m[0].length;
      const body = braced(src.text, bodyAt - 1);
      const variants = [...body.matchAll(/(?:^|[,}\n])\s*(?:#\[[^\]]*\]\s*)*([A-Z]\w*)\s*(?=(\{|\(|,|\n|$))/g)].map((v) => {
        const fields = v[2] === "{" ? braced(body, v.index! + v[0].length) : "";
        const start = bodyAt + v.index! + v[0].indexOf(v[1]);
        return { name: kebab(v[1]), fields, from: lineOf(src.text, start), to: lineOf(src.text, start + v[0].length - v[0].indexOf(v[1]) + fields.length + 1) };
      });
      for (const v of variants.filter((v) => SERVE_SUBCOMMANDS.includes(v.name))) {
        const longArg = (names: string[]) =>
          names.find((n) => new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\]\\s*(?:///[^\\n]*\\n\\s*)*(?:pub\\s+)?${n}\\s*:`).test(v.fields));
        const otherCommands = variants.filter((o) => o !== v).map(({ name, from, to }) => ({ name, from, to }));
        candidates.push({ name: v.name, hostArg: longArg(HOST_ARGS), portArg: longArg(PORT_ARGS), file: src.path, line: v.from, otherCommands });
      }
    }
    for (const m of src.text.matchAll(/(?:Command::new|SubCommand::with_name)\(\s*"([a-z-]+)"\s*\)/g)) {
      if (!SERVE_SUBCOMMANDS.includes(m[1]) || /subcommand_required\(\s*false/.test(src.text) || !/\.subcommand\(/.test(src.text)) continue;
      const after = src.text.slice(m.index!, m.index! + 600);
      const argNamed = (names: string[]) => names.find((n) => new RegExp(`Arg::new\\(\\s*"${n}"\\s*\\)[^;]*?\\.long\\(`).test(after));
      candidates.push({ name: m[1], hostArg: argNamed(HOST_ARGS), portArg: argNamed(PORT_ARGS), file: src.path, line: lineOf(src.text, m.index!), otherCommands: [] });
    }
  }
  return candidates.sort((a, b) => SERVE_SUBCOMMANDS.indexOf(a.name) - SERVE_SUBCOMMANDS.indexOf(b.name))[0];
}

export interface PortSource extends Found {
  port: number;
  shape: string;
}

/** The port the crate says it listens on: a framework config file first, then the code's shapes in order. */
export function findPort(sources: SourceFile[], packageRoot: string, packageDir: string, configAddress?: ConfigAddress, listenOption?: CliOption): PortSource | undefined {
  const valid = (n: number) => n >= 1 && n <= 65535;
  for (const file of PORT_CONFIG_FILES) {
    const full = path.join(packageRoot, file);
    if (!fs.existsSync(full)) continue;
    const text = readText(full);
    for (const pattern of CONFIG_PORT) {
      const m = pattern.exec(text);
      if (m && valid(Number(m[1])))
        return { port: Number(m[1]), shape: file, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index + m[0].lastIndexOf(m[1])) };
    }
  }
  // What the config file it reads says wins over the code's own defaults.
  if (configAddress) return { port: configAddress.port, shape: `${configAddress.key} in ${path.basename(configAddress.file)}`, file: configAddress.file, line: configAddress.line };
  // `--bind localhost:7878`: the listen option's host:port default.
  const optionPort = listenOption && defaultPort(listenOption);
  if (optionPort && valid(optionPort) && listenOption!.defaultAt)
    return { port: optionPort, shape: `default of ${listenOption!.flag}`, ...listenOption!.defaultAt };
  for (const row of PORT_SHAPES)
    for (const src of sources) {
      if (isTestFile(src)) continue;
      if ("constantName" in row) {
        const constant = src.facts.constants.find((c) => row.constantName.test(c.name) && valid(portNumber(c.value)));
        if (constant) return { port: portNumber(constant.value), shape: row.shape, file: src.path, line: constant.line };
        continue;
      }
      for (const m of src.text.matchAll(row.pattern))
        if (valid(Number(m[1])) && !onlyWhenSet(src.text, m.index!)) return { port: Number(m[1]), shape: row.shape, file: src.path, line: lineOf(src.text, m.index! + m[0].indexOf(m[1])) };
    }
  return undefined;
}

/** How far back the `if` around a port literal is looked for. */
const BRANCH_REACH = 2000;

/**
 * Whether `index` lies in the block an `if` runs only when an optional value is present (`if tls.is_some() { 443 }`,
 * `if let Some(domain) = &https_domain { … }`): such a value is unset by default, so that port is not the default one.
 */
function onlyWhenSet(text: string, index: number): boolean {
  let depth = 0;
  for (let i = index - 1; i >= Math.max(0, index - BRANCH_REACH); i--) {
    if (text[i] === "}") depth++;
    else if (text[i] === "{" && depth-- === 0) {
      const head = text.slice(Math.max(0, i - 200), i);
      return OPTIONAL_PRESENT.test(head);
    }
  }
  return false;
}

/** The head of an `if` whose block runs when an optional value is set (not negated). */
const OPTIONAL_PRESENT = /\bif\s+(?:let\s+Some\s*\([^{};]*|(?!!)[^{};!]*\.is_some(?:_and)?\([^{};]*)$/;

/** The port a constant's value says: an integer, or a string of digits; NaN for anything else. */
const portNumber = (value: LiteralValue | undefined) =>
  value?.kind === "integer" ? Number(value.value) : value?.kind === "string" && /^\d{1,5}$/.test(value.value) ? Number(value.value) : NaN;

export interface ConfigAddress extends Found {
  /** The dotted key (`server.address`), host and port it sets. */
  key: string;
  host: string;
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
    for (const m of src.text.matchAll(EMBEDDED_CONFIG)) {
      const file = path.posix.relative(packageDir || ".", path.posix.join(path.posix.dirname(src.path), m[1]));
      if (!file.startsWith("..") && fs.existsSync(path.join(packageRoot, file))) found.add(file);
    }
  }
  return [...found];
}

/** A host:port listen address in those files (TOML sections and YAML top-level keys give the dotted key). */
export function findConfigAddress(files: string[], packageRoot: string, packageDir: string): ConfigAddress | undefined {
  for (const file of files) {
    const text = readText(path.join(packageRoot, file));
    const found = addressIn(text, /\.toml$/.test(file));
    if (found) return { ...found.address, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, found.at) };
  }
  return undefined;
}

/** The first listen address a config document sets, its dotted key and where its line starts; another endpoint's
 * address (`[redis] address = …`) is not the service's. */
function addressIn(text: string, toml: boolean): { address: Omit<ConfigAddress, "file" | "line">; at: number } | undefined {
  for (const m of text.matchAll(CONFIG_ADDRESS)) {
    const before = text.slice(0, m.index!);
    const section = toml
      ? /\[([\w.-]+)\][^\[]*$/.exec(before)?.[1]
      : /^(\w+):[ \t]*$/m.test(before) && /^[ \t]+/.test(m[0]) ? [...before.matchAll(/^(\w+):[ \t]*$/gm)].at(-1)?.[1] : undefined;
    const key = [section, m[1]].filter(Boolean).join(".");
    if (!otherEndpointKey(key)) return { address: { key, host: m[2], port: Number(m[3]) }, at: m.index! + m[0].search(/\S/) };
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
    if (!CONFIG_RS_FROM_TOML.test(src.text)) continue;
    for (const m of src.text.matchAll(RAW_STRING_LITERAL)) {
      const found = addressIn(m[2], true);
      if (found) return { ...found.address, file: src.path, line: lineOf(src.text, m.index! + m[0].indexOf('"') + 1 + found.at) };
    }
  }
  return undefined;
}

/** How many settings structs up a listen field's key is followed (`server.http.address`). */
const KEY_DEPTH = 4;

/**
 * The dotted key of a listen-address field in the settings config-rs deserializes (`ServerConfig { address: String }`
 * held as `server: ServerConfig` gives `server.address`), when the code reads config-rs's environment: a variable can
 * then set it though the crate ships no value for it. With a serde default function returning a host:port literal,
 * the address it defaults to.
 */
export function findConfigListenField(sources: SourceFile[]): (Found & { key: string; address?: ConfigAddress }) | undefined {
  if (!sources.some((src) => src.text.search(CONFIG_RS_ENVIRONMENT) >= 0)) return undefined;
  const structs = sources
    .filter((src) => !isTestFile(src))
    .flatMap((src) =>
      [...src.text.matchAll(DESERIALIZED_STRUCT)].map((m) => {
        const bodyAt = m.index! + m[0].length;
        const fields = [...braced(src.text, bodyAt - 1).matchAll(STRUCT_FIELD)].map((f) => ({
          name: /rename\s*=\s*"([^"]+)"/.exec(f[1])?.[1] ?? f[2],
          defaultFn: /\bdefault\s*=\s*"(?:\w+::)*(\w+)"/.exec(f[1])?.[1],
          type: f[3].replace(/^(?:Option|Box)<\s*(.*)>$/, "$1").trim(),
          at: bodyAt + f.index! + f[1].length,
        }));
        return { name: m[1], fields, src };
      }),
    );
  for (const s of structs)
    for (const field of s.fields) {
      if (!LISTEN_ADDRESS_FIELD.test(field.name) || !ADDRESS_TYPE.test(field.type)) continue;
      const key = [field.name];
      for (let holder = s.name, depth = 0; depth < KEY_DEPTH; depth++) {
        const parent = structs.flatMap((p) => p.fields.filter((f) => f.type === holder).map((f) => ({ struct: p.name, field: f.name })))[0];
        if (!parent) break;
        key.unshift(parent.field);
        holder = parent.struct;
      }
      if (otherEndpointKey(key.join("."))) continue;
      const address = field.defaultFn ? defaultAddress(sources, field.defaultFn, key.join(".")) : undefined;
      return { key: key.join("."), file: s.src.path, line: lineOf(s.src.text, field.at), ...(address ? { address } : {}) };
    }
  return undefined;
}

/** The host:port literal a serde default function returns (`fn default_inet() -> SocketAddr { "[::1]:1491".parse()… }`). */
function defaultAddress(sources: SourceFile[], fn: string, key: string): ConfigAddress | undefined {
  const returns = new RegExp(`\\bfn\\s+${fn}\\s*\\(\\s*\\)\\s*->[^{;]*\\{[^{}]*?"${HOST_PORT}"`);
  for (const src of sources) {
    const m = returns.exec(src.text);
    if (m && !isTestFile(src)) return { key, host: m[1], port: Number(m[2]), file: src.path, line: lineOf(src.text, m.index + m[0].lastIndexOf('"' + m[1])) };
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

/** Directories the code creates or is told to write by default, as the image's absolute paths (under /app when relative). */
export function findDataDirs(sources: SourceFile[]): (Found & { dir: string; shape: string })[] {
  const found: (Found & { dir: string; shape: string })[] = [];
  for (const { shape, pattern } of WRITABLE_PATHS)
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const value = shape === "create_dir_all of a constant" ? constantValue(sources, m[1]) : m[1];
        const dir = value === undefined ? undefined : dataDirOf(value);
        if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir) && !isTestFile(src))
          found.push({ dir, shape, file: src.path, line: lineOf(src.text, m.index!) });
      }
  return found;
}

/** The string a `const NAME: &str = "…";` (or a static) in any of the sources holds. */
function constantValue(sources: SourceFile[], name: string): string | undefined {
  const definition = new RegExp(`\\b(?:const|static)\\s+${name}\\s*:\\s*&(?:'static\\s+)?str\\s*=\\s*"([^"]+)"`);
  for (const src of sources) {
    const m = definition.exec(src.text);
    if (m) return m[1];
  }
  return undefined;
}

/** Writable paths the config files it reads set (upload, data, state, cache directories; a database file's). */
export function findConfigDataDirs(files: string[], packageRoot: string, packageDir: string): (Found & { dir: string; shape: string })[] {
  const found: (Found & { dir: string; shape: string })[] = [];
  for (const file of files) {
    const text = readText(path.join(packageRoot, file));
    for (const m of text.matchAll(CONFIG_WRITABLE_PATH)) {
      const dir = dataDirOf(m[1]);
      if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir))
        found.push({ dir, shape: `set in ${file}`, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index! + m[0].search(/\S/)) });
    }
  }
  return found;
}

/** Paths a service never owns: the system's and the kernel's. */
const SYSTEM_DIRS = /^\/(?:etc|proc|sys|dev|usr|bin|sbin|lib\w*|run|var\/run|home|root)(?:\/|$)/;

/** The directory to make writable for a path a service writes: the path itself, or a file's directory; relative
 * paths are under the working directory /app (their first segment); /tmp is always writable. */
export function dataDirOf(subject: string): string | undefined {
  const clean = subject.replace(/\/+$/, "").replace(/^\.\//, "");
  if (!clean || clean === "." || /^\/tmp(?:\/|$)/.test(clean) || /[{}$%]/.test(clean)) return undefined;
  const isFile = /\.[A-Za-z0-9]{1,8}$/.test(clean.split("/").at(-1)!) && !clean.endsWith(".d");
  const dir = isFile ? clean.split("/").slice(0, -1).join("/") : clean;
  if (!dir) return undefined;
  return dir.startsWith("/") ? dir : `/app/${dir.split("/")[0]}`;
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

