// The binary's command-line model alone: the clap/structopt options and positionals its syntax trees declare (flag,
// variable, default, whether it is required, the subcommand they belong to), its subcommands (derive enums, builder
// calls, the match arms that run them), and which option sets where it listens.
// Verify maps a usage error back to it; the kit passes the listen option every interface.
import type { Node } from "web-tree-sitter";
import { attributesOf, type CfgContext, type NodeReader } from "./cfg.js";
import type { ArgumentValue, AttributeArgument } from "./attribute.js";
import { ConstantTable, fileModule } from "./constants.js";
import { literalValue, type LiteralValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";
import type { Found, SourceFile } from "./scan.js";

export interface CliOption extends Found {
  /** The Rust field, e.g. `listen_addr` (a builder argument's id). */
  field: string;
  /** `--listen-addr`; undefined for a positional. */
  flag?: string;
  /** A positional's value name as usage prints it (`ROOT`). */
  valueName: string;
  /** The variable clap reads it from (`env = "…"`). */
  env?: string;
  /** The default clap applies (`default_value`, `default_value_t`), a constant it names resolved to its value. */
  default?: string;
  /** Where that default is written: the attribute or call, or the constant it names (`const LISTEN: &str = "…"`). */
  defaultAt?: Found;
  /** The name clap knows a derive field by when `name = "…"` gives one (`CONFIG`); else it is the field. */
  id?: string;
  /** It cannot be left out: no default, not optional, not a switch. */
  required: boolean;
  /** It is one of an argument group clap requires one of (`ArgGroup::new("g").required(true).args(&["CONFIG", …])`). */
  inRequiredGroup?: boolean;
  /** The field's type as written (`SocketAddr`, `PathBuf`, `Option<String>`); empty for a builder argument. */
  type: string;
  /** The subcommand it belongs to (`serve`), from the enum variant that declares it. */
  subcommand?: string;
}

/** An option as one file's tree declares it: its default still a literal or the path of a constant. */
export interface DeclaredOption extends Omit<CliOption, "default" | "defaultAt"> {
  default?: { literal?: LiteralValue; path?: string; text: string; line: number };
  /** The struct a derive field is declared in: a subcommand's when a variant wraps it (`Server(ServerOpt)`). */
  struct?: string;
}

/** A subcommand as the tree declares it: its name on the command line, where it is, the struct it wraps. */
export interface DeclaredCommand extends Found {
  name: string;
  /** The last line of its declaration. */
  to: number;
  /** `Server(ServerOpt)`: the struct whose fields are its options. */
  wraps?: string;
}

/** The subcommands one file declares, and what says which one runs. */
export interface CommandFacts {
  /** Enums of subcommands (`#[derive(Subcommand)]`, or a `Parser`/`StructOpt` enum): the Rust name, its variants, and
   * whether it is the program's own parser (a top-level enum) rather than a field's. */
  enums: { name: string; topLevel: boolean; variants: (DeclaredCommand & { variant: string })[] }[];
  /** Fields that hold subcommands (`#[command(subcommand)] cmd: Option<Cmd>`): the struct (none for a field of a
   * subcommand's own variant), the type as written. */
  fields: { struct?: string; type: string }[];
  /** Builder subcommands (`.subcommand(Command::new("server")…)`); `optional`: the file says they may be left out. */
  builders: DeclaredCommand[];
  buildersOptional: boolean;
  /** Match arms on a subcommand (`Command::Server(o) => server::run(o)`): the variant and the calls it makes. */
  arms: { variant: string; calls: string[] }[];
}

const DERIVE_ATTRIBUTES = new Set(["arg", "clap", "structopt", "argh"]);
const COMMAND_ATTRIBUTES = new Set(["command", "clap", "structopt"]);
const BUILDER_CONSTRUCTORS = /^(?:(?:clap::)?Arg::(?:new|with_name))$/;
const COMMAND_CONSTRUCTORS = /^(?:(?:clap::)?(?:Command::new|SubCommand::with_name|App::new))$/;
/** Derives that make an enum a set of subcommands. */
const COMMAND_DERIVE = /(?:^|::)(?:Subcommand|Parser|StructOpt|Clap)$/;
const BUILDER_NAMED = /\bArg\s*::\s*(?:new|with_name)\b/;
const OPTIONAL_TYPE = /^(?:(?:std::)?(?:option::)?Option|Vec|bool)\b/;

/** Where it listens: an address (`--listen`, `--bind`, `--addr`) or a host alone (`--host`, `--ip`). */
export const LISTEN_NAME = /^(?:(?:http|server|listen|bind|web|api)[-_])?(?:listen|bind|addr|address|host|ip|interface|socket)(?:[-_](?:addr|address))?$/i;
export const PORT_NAME = /^(?:(?:http|server|listen|web|api)[-_])?port$/i;
/** The port of a `host:port` address (`[::1]:3000`, `localhost:0`); undefined for a host alone (`::1`, `127.0.0.1`). */
export const addressPort = (value: string | undefined): number | undefined => {
  const m = value === undefined ? null : /^(?:\[[^\]]*\]|[^:\[\]]*):(\d{1,5})$/.exec(value);
  return m ? Number(m[1]) : undefined;
};
/** A loopback address, with or without a port: unreachable from outside a container. */
export const isLoopback = (value: string | undefined) => value !== undefined && /^(?:\[::1\](?::\d+)?|::1|(?:127\.\d+\.\d+\.\d+|localhost)(?::\d+)?)$/.test(value);

export const optionName = (o: CliOption) => o.flag?.replace(/^--/, "") ?? o.field.replace(/_/g, "-");

/** An option the served command takes: a global one, or one of the subcommand the image runs (`serve`). */
export const takenBy = (o: CliOption, serve: string | undefined) => o.subcommand === undefined || o.subcommand === serve;
const kebab = (camel: string) => camel.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

/** The value that makes a listen option bind every interface (IPv4: a container may have no IPv6): an address with the
 * port when it takes one (its default has a port, or its type or name says address), else a host alone. */
export function listenValue(o: CliOption, port: number): string {
  const socket = o.default ? addressPort(o.default) !== undefined : /SocketAddr/.test(o.type) || /listen|bind|addr/i.test(optionName(o));
  return socket ? `0.0.0.0:${port}` : "0.0.0.0";
}

/** The port a listen option's `host:port` default holds (0 for a random one). */
export const defaultPort = (o: CliOption): number | undefined => addressPort(o.default);

/** The option of the serving command (`subcommand`, or the top level) that sets where it listens, when its default is
 * not every interface: loopback (unreachable in a container) or a random port (nothing to publish). */
export function loopbackListenOption(options: CliOption[], subcommand?: string): CliOption | undefined {
  return options.find(
    (o) => o.flag !== undefined && o.subcommand === subcommand && LISTEN_NAME.test(optionName(o)) && (isLoopback(o.default) || defaultPort(o) === 0),
  );
}

/** The reader of the options one file declares, into `found`: derive fields (`#[arg(long, default_value = "…")]
 * bind: String`, in a struct or a subcommand's enum variant) and builder arguments
 * (`Arg::new("bind").long("bind").default_value("…")`). */
export function optionReader(source: ParsedSource, context: CfgContext, found: DeclaredOption[]): NodeReader {
  return {
    // Calls are read only in a file that names a builder constructor (most calls in a service are something else).
    types: BUILDER_NAMED.test(source.text) ? ["field_declaration", "call_expression"] : ["field_declaration"],
    visit: (node, type) => {
      const option = type === "field_declaration" ? derivedOption(node, context, source.file) : builderOption(node, source.file);
      if (option) found.push(option);
    },
  };
}

function derivedOption(node: Node, context: CfgContext, file: string): DeclaredOption | undefined {
  const attributes = attributesOf(node, context).filter((a) => DERIVE_ATTRIBUTES.has(a.name));
  if (attributes.length === 0) return undefined;
  const args = attributes.flatMap((a) => a.arguments);
  const keyed = (key: string) => args.find((a) => a.key === key);
  // argh: `switch` is a flag given or not; `option` takes a value by its long name (the field's, unless `long` says).
  if (keyed("subcommand") || keyed("flatten") || keyed("skip") || keyed("switch")) return undefined;
  const field = node.childForFieldName("name")?.text ?? "";
  const type = node.childForFieldName("type")?.text ?? "";
  const text = (a: AttributeArgument | undefined) => (a?.value?.literal?.kind === "string" ? a.value.literal.value : undefined);
  const long = keyed("long") ?? keyed("option");
  const positional = keyed("positional") !== undefined || (!long && !keyed("short"));
  if (!positional && !long) return undefined;
  const flag = long ? `--${(text(keyed("long")) ?? field.replace(/_/g, "-")).replace(/^-+/, "")}` : undefined;
  const defaultValue = args.find((a) => a.key !== undefined && /^default(?:_value(?:_t|_os)?)?$/.test(a.key))?.value;
  const name = text(keyed("name"));
  const id = name ?? field;
  const env = keyed("env");
  const envName = env ? (text(env) ?? (env.value ? undefined : field.toUpperCase())) : undefined;
  const optional = OPTIONAL_TYPE.test(type) || keyed("required")?.value?.literal?.value === false || counted(keyed("action"), keyed("parse"));
  const variant = enclosingVariant(node);
  const struct = enclosingStruct(node);
  return {
    field,
    ...(flag ? { flag } : {}),
    valueName: text(keyed("value_name")) ?? text(keyed("name")) ?? field.toUpperCase(),
    ...(envName ? { env: envName } : {}),
    ...(defaultValue ? { default: declaredDefault(defaultValue) } : {}),
    ...(name ? { id: name } : {}),
    required: !defaultValue && !optional && !keyed("default_missing_value"),
    ...(requiredGroupIds(node, context).includes(id) ? { inRequiredGroup: true } : {}),
    type,
    ...(variant ? { subcommand: variant } : {}),
    ...(struct ? { struct } : {}),
    file,
    line: attributes.at(-1)!.line,
  };
}

/** The ids of the argument groups clap requires one of, as the struct holding a field declares them
 * (`#[clap(group(ArgGroup::new("cmds").required(true).args(&["CONFIG", "genkey"])))]`). */
function requiredGroupIds(field: Node, context: CfgContext): string[] {
  let struct = field.parent;
  while (struct && struct.type !== "struct_item") struct = struct.parent;
  if (!struct) return [];
  return attributesOf(struct, context)
    .filter((a) => COMMAND_ATTRIBUTES.has(a.name))
    .flatMap((a) => a.arguments.filter((g) => g.key === "group").flatMap((g) => g.arguments ?? []))
    .filter((g) => /\.required\(\s*true\s*\)/.test(g.value?.text ?? ""))
    .flatMap((g) => [...(g.value?.text ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]));
}

function enclosingStruct(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === "struct_item") return p.childForFieldName("name")?.text;
  return undefined;
}

/** A builder argument's subcommand: the `Command::new("…")` at the root of the `.subcommand(…)` it is passed into. */
function enclosingBuilderCommand(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent)
    if (p.type === "arguments" && p.parent?.type === "call_expression" && methodOf(p.parent) === "subcommand") return builderCommand(p)?.name;
  return undefined;
}

/** The method a call calls (`x.subcommand(…)` → `subcommand`). */
const methodOf = (call: Node) => {
  const fn = call.childForFieldName("function");
  return fn?.type === "field_expression" ? fn.childForFieldName("field")?.text : undefined;
};

/** The command a `.subcommand(…)` argument builds: the string its chain's root constructor names. */
function builderCommand(args: Node): { name: string; root: Node } | undefined {
  let at = args.namedChildren.find((c) => c !== null && c.type !== "line_comment" && c.type !== "block_comment") ?? undefined;
  while (at?.type === "call_expression") {
    const fn = at.childForFieldName("function");
    if (fn?.type === "field_expression") at = fn.childForFieldName("value") ?? undefined;
    else if (fn && COMMAND_CONSTRUCTORS.test(fn.text.replace(/\s+/g, ""))) {
      const name = firstArgument(at)?.literal;
      return name?.kind === "string" ? { name: name.value, root: at } : undefined;
    } else return undefined;
  }
  return undefined;
}

/** The enum path an arm matches (`Command::Server(o)`, `Command::Serve { .. }`, `Command::Run`). */
function armPath(pattern: Node | null): string | undefined {
  if (pattern?.type === "tuple_struct_pattern" || pattern?.type === "struct_pattern") return pattern.childForFieldName("type")?.text;
  return pattern?.type === "scoped_identifier" ? pattern.text : undefined;
}

/** The subcommands one file declares (derive enums and builder calls), the fields that hold them, and the match arms
 * that run them. */
export function commandReader(source: ParsedSource, context: CfgContext, facts: CommandFacts): NodeReader {
  const line = (n: Node) => n.startPosition.row + 1;
  return {
    // Fields and calls name a subcommand in their own text (`#[command(subcommand)]`, `.subcommand(…)`): a file
    // without the word has none, and most calls of a service are something else.
    types: /subcommand/.test(source.text) ? ["enum_item", "field_declaration", "call_expression", "match_arm"] : ["enum_item", "match_arm"],
    visit: (node, type) => {
    if (type === "enum_item") {
      const derives = attributesOf(node, context).filter((a) => a.name === "derive").flatMap((a) => a.arguments.map((d) => d.key ?? ""));
      const derive = derives.find((d) => COMMAND_DERIVE.test(d));
      if (!derive) return;
      const variants = (node.childForFieldName("body")?.namedChildren ?? []).filter((v): v is Node => v?.type === "enum_variant").map((v): DeclaredCommand & { variant: string } => {
        const rename = attributesOf(v, context).filter((a) => COMMAND_ATTRIBUTES.has(a.name)).flatMap((a) => a.arguments).find((a) => a.key === "name")?.value?.literal;
        const tuple = v.childForFieldName("body");
        const wraps = tuple?.type === "ordered_field_declaration_list" && tuple.namedChildren.filter((c) => c?.type !== "attribute_item").length === 1 ? tuple.namedChildren.find((c) => c?.type !== "attribute_item")?.text : undefined;
        const variant = v.childForFieldName("name")?.text ?? "";
        return {
          name: rename?.kind === "string" ? rename.value : kebab(variant),
          variant,
          file: source.file,
          line: line(v.childForFieldName("name") ?? v),
          to: v.endPosition.row + 1,
          ...(wraps ? { wraps } : {}),
        };
      });
      facts.enums.push({ name: node.childForFieldName("name")?.text ?? "", topLevel: !/Subcommand$/.test(derive), variants });
    } else if (type === "field_declaration") {
      const held = attributesOf(node, context).some((a) => COMMAND_ATTRIBUTES.has(a.name) && a.arguments.some((x) => x.key === "subcommand"));
      const struct = enclosingStruct(node);
      if (held) facts.fields.push({ ...(struct ? { struct } : {}), type: node.childForFieldName("type")?.text.replace(/\s+/g, "") ?? "" });
    } else if (type === "call_expression") {
      const method = methodOf(node);
      const args = node.childForFieldName("arguments");
      const command = method === "subcommand" && args ? builderCommand(args) : undefined;
      if (command) facts.builders.push({ name: command.name, file: source.file, line: line(command.root), to: node.endPosition.row + 1 });
      if (method === "subcommand_required" && args && firstArgument(node)?.literal?.value === false) facts.buildersOptional = true;
    } else {
      const path = armPath(node.childForFieldName("pattern")?.namedChild(0) ?? null);
      const value = node.childForFieldName("value");
      if (!path || !value) return;
      const calls: string[] = [];
      const stack = [value];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === "call_expression") calls.push(n.childForFieldName("function")?.text ?? "");
        for (const c of n.namedChildren) if (c) stack.push(c);
      }
      facts.arms.push({ variant: path.split("::").at(-1)!, calls });
    }
    },
  };
}

/** A switch or a count (`action = ArgAction::Count`, `parse(from_occurrences)`): given or not, never required. */
const counted = (action: AttributeArgument | undefined, parse: AttributeArgument | undefined) =>
  /(?:^|::)(?:Count|SetTrue|SetFalse|Append)$/.test(action?.value?.path ?? "") || (parse?.arguments ?? []).some((a) => /^from_(?:occurrences|flag)$/.test(a.key ?? ""));

/** The subcommand an enum variant's field belongs to (`Serve { … }` → `serve`). */
function enclosingVariant(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "enum_variant") return kebab(p.childForFieldName("name")?.text ?? "");
    if (p.type === "struct_item" || p.type === "enum_item") return undefined;
  }
  return undefined;
}

const declaredDefault = (value: ArgumentValue): NonNullable<DeclaredOption["default"]> => ({
  ...(value.literal ? { literal: value.literal } : {}),
  ...(value.path ? { path: value.path } : {}),
  text: value.text,
  line: value.line,
});

/** `Arg::new("id")` and the builder calls chained on it: `.long("x")`, `.env("X")`, `.default_value(…)`. */
function builderOption(node: Node, file: string): DeclaredOption | undefined {
  const callee = node.childForFieldName("function");
  if (!callee || !BUILDER_CONSTRUCTORS.test(callee.text.replace(/\s+/g, ""))) return undefined;
  const id = firstArgument(node)?.literal;
  if (id?.kind !== "string") return undefined;
  const calls = new Map<string, Node | undefined>();
  for (let call = node; ; ) {
    const member = call.parent;
    const next = member?.parent;
    if (member?.type !== "field_expression" || next?.type !== "call_expression" || member.childForFieldName("value")?.id !== call.id) break;
    const method = member.childForFieldName("field")?.text;
    if (method && !calls.has(method)) calls.set(method, next);
    call = next;
  }
  const stringOf = (method: string) => {
    const call = calls.get(method);
    const value = call ? firstArgument(call)?.literal : undefined;
    return value?.kind === "string" ? value.value : undefined;
  };
  const long = calls.has("long") ? (stringOf("long") ?? id.value) : undefined;
  // A short-only argument is a switch the kit never passes; one without either is a positional.
  if (!long && calls.has("short")) return undefined;
  const defaultCall = calls.get("default_value");
  const defaultArgument = defaultCall ? firstArgument(defaultCall) : undefined;
  const requiredCall = calls.get("required");
  const required = requiredCall ? firstArgument(requiredCall)?.literal?.value === true : false;
  const subcommand = enclosingBuilderCommand(node);
  return {
    field: id.value,
    ...(long ? { flag: `--${long.replace(/^-+/, "")}` } : {}),
    valueName: stringOf("value_name") ?? id.value.toUpperCase(),
    ...(stringOf("env") ? { env: stringOf("env") } : {}),
    ...(defaultArgument ? { default: declaredDefault(defaultArgument) } : {}),
    required: required && !defaultArgument,
    type: "",
    ...(subcommand ? { subcommand } : {}),
    file,
    line: node.startPosition.row + 1,
  };
}

/** A call's first argument as a value: the literal, or the path of a constant (`LISTEN_ADDRESS`, `consts::PORT`). */
function firstArgument(call: Node): ArgumentValue | undefined {
  const argument = call.childForFieldName("arguments")?.namedChildren.find((c) => c !== null && c.type !== "line_comment" && c.type !== "block_comment");
  if (!argument) return undefined;
  const literal = literalValue(argument);
  const path = argument.type === "identifier" || argument.type === "scoped_identifier" ? argument.text : undefined;
  return { text: argument.text, ...(literal ? { literal } : {}), ...(path ? { path } : {}), line: argument.startPosition.row + 1 };
}

const shown = (literal: LiteralValue) => (literal.kind === "integer" ? literal.value.toString() : String(literal.value));

/** The clap options and positionals of the sources outside test code, in source order; a default that names a
 * constant holds the constant's value, and says where that is. */
export function findCliOptions(sources: SourceFile[]): CliOption[] {
  const constants = new ConstantTable(sources.flatMap((src) => src.facts.constants));
  // A struct a subcommand's variant wraps holds that subcommand's options.
  const wrappedBy = new Map(sources.flatMap((src) => src.facts.commands.enums.flatMap((e) => e.variants.flatMap((v) => (v.wraps ? [[v.wraps, v.name] as const] : [])))));
  return sources
    .filter((src) => !src.testOnly && !/(^|\/)tests\//.test(src.path))
    .flatMap((src) =>
      src.facts.cliOptions.map(({ default: declared, struct, ...declaredOption }): CliOption => {
        const wrapped = struct === undefined || declaredOption.subcommand ? undefined : wrappedBy.get(struct);
        const option = wrapped ? { ...declaredOption, subcommand: wrapped } : declaredOption;
        if (!declared) return option;
        const item = !declared.literal && declared.path ? constants.definition(declared.path, fileModule(src.path)) : undefined;
        const literal = declared.literal ?? item?.value;
        return {
          ...option,
          default: literal ? shown(literal) : declared.text.trim(),
          defaultAt: item ? { file: item.file, line: item.line } : { file: src.path, line: declared.line },
        };
      }),
    );
}
