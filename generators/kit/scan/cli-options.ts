// The binary's command-line model alone: the clap/structopt options and positionals its syntax trees declare (flag,
// variable, default, whether it is required, the subcommand path they belong to), its subcommands (derive enums and
// builder calls, nested ones under their parents; the match arms that run them), and which option sets where it listens.
// Verify maps a usage error back to it; the kit passes the listen option every interface.
import type { Node } from "web-tree-sitter";
import { Callees, calleeOf, type Callee } from "./callee.js";
import { attributesOf, type CfgContext, type NodeReader } from "./cfg.js";
import type { ArgumentValue, AttributeArgument } from "./attribute.js";
import { ConstantTable, fileModule } from "./constants.js";
import { literalValue, type LiteralValue } from "./literal.js";
import { NOT_A_LISTEN_OPTION, OTHER_ENDPOINT_VAR, SECONDARY_LISTENER_WORD } from "./source-rules.js";
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
  /** The subcommand it belongs to as usage names it, nested ones after their parents (`serve`, `server start`). */
  subcommand?: string;
}

/** An option as one file's tree declares it: its default still a literal or the path of a constant. */
export interface DeclaredOption extends Omit<CliOption, "default" | "defaultAt"> {
  default?: { literal?: LiteralValue; path?: string; text: string; line: number };
  /** The struct a derive field is declared in: a subcommand's when a variant wraps it (`Server(ServerOpt)`). */
  struct?: string;
  /** The enum whose variant declares it (`subcommand` is then the variant's own name, before its parents'). */
  enum?: string;
}

/** A subcommand as the tree declares it: its name on the command line, where it is, the struct it wraps. */
export interface DeclaredCommand extends Found {
  name: string;
  /** The last line of its declaration. */
  to: number;
  /** `Server(ServerOpt)`, `Push(push::Push)`: the name of the struct whose fields are its options. */
  wraps?: string;
}

/** The subcommands one file declares, and what says which one runs. */
export interface CommandFacts {
  /** Enums of subcommands (`#[derive(Subcommand)]`, or a `Parser`/`StructOpt` enum): the Rust name, its variants, and
   * whether it is the program's own parser (a top-level enum) rather than a field's. */
  enums: { name: string; topLevel: boolean; variants: (DeclaredCommand & { variant: string })[] }[];
  /** Fields that hold subcommands (`#[command(subcommand)] cmd: Option<Cmd>`): the struct, or the enum and variant
   * of a subcommand that has its own (`Server { #[command(subcommand)] action: ServerAction }`); the type as written. */
  fields: { struct?: string; in?: { enum: string; variant: string }; type: string }[];
  /** Builder subcommands (`.subcommand(Command::new("server")…)`), each with the commands it is nested in (outermost
   * first); `optional`: the file says they may be left out. */
  builders: (DeclaredCommand & { parents: string[] })[];
  buildersOptional: boolean;
  /** Match arms on a subcommand (`Command::Server(o) => server::run(o)`): the variant and the calls it makes. */
  arms: { variant: string; calls: string[] }[];
}

const DERIVE_ATTRIBUTES = new Set(["arg", "clap", "structopt", "argh", "command"]);
const COMMAND_ATTRIBUTES = new Set(["command", "clap", "structopt"]);
const BUILDER_CONSTRUCTORS = /^(?:(?:clap::)?Arg::(?:new|with_name))$/;
const COMMAND_CONSTRUCTORS = /^(?:(?:clap::)?(?:Command::new|SubCommand::with_name|App::new))$/;
/** Derives that make an enum a set of subcommands. */
const COMMAND_DERIVE = /(?:^|::)(?:Subcommand|Parser|StructOpt|Clap)$/;
const BUILDER_NAMED = /\bArg\s*::\s*(?:new|with_name)\b/;
const OPTIONAL_TYPE = /^(?:(?:std::)?(?:option::)?Option|Vec|bool)\b/;

/** Words that qualify a server's own address (`--http-api-addr`, `--web-host`). */
const SERVER_QUALIFIER = "http|https|server|web|api|service|app|listen|bind";
/** Where it listens: a listen word with any qualifiers before it (`--listen`, `--api-bind`, `--http-api-listen-addr`),
 * or an address word (`--addr`, `--host`, `--ip`) after server qualifiers only (`--db-host` is a client's). */
const LISTEN_SHAPE = new RegExp(
  `^(?:(?:[a-z0-9]+[-_])*(?:listen|bind|binding)(?:[-_](?:addr|address|host|ip|socket|on))?|(?:(?:${SERVER_QUALIFIER})[-_])*(?:addr|address|host|ip|interface|socket)(?:[-_](?:addr|address))?)$`,
  "i",
);
export const PORT_NAME = /^(?:(?:http|server|listen|web|api)[-_])?port$/i;
/** Whether an option's name says it sets where the service listens; a second listener of its own (metrics, admin,
 * gRPC) or another endpoint's address (a database, an upstream) is not that, whatever its shape. */
export const isListenName = (name: string) =>
  LISTEN_SHAPE.test(name) && !NOT_A_LISTEN_OPTION.test(name) && !name.split(/[-_]/).some((word) => OTHER_ENDPOINT_VAR.test(`${word.toUpperCase()}_`) || SECONDARY_LISTENER_WORD.test(word));
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
  const socket = o.default ? addressPort(o.default) !== undefined : /SocketAddr/.test(o.type) || (!/Ip(?:v[46])?Addr/.test(o.type) && /listen|bind|addr/i.test(optionName(o)));
  return socket ? `0.0.0.0:${port}` : "0.0.0.0";
}

/** The port a listen option's `host:port` default holds (0 for a random one). */
export const defaultPort = (o: CliOption): number | undefined => addressPort(o.default);

/** The options of the serving command (`subcommand`, or the top level) that set where it listens. */
const listenOptions = (options: CliOption[], subcommand?: string) =>
  options.filter((o) => o.flag !== undefined && o.subcommand === subcommand && isListenName(optionName(o)));

/** Of those, the one whose default is not every interface: loopback (unreachable in a container) or a random port
 * (nothing to publish); or one without a default that `fallsBackToLoopback` says the code replaces with loopback. */
export const loopbackListenOption = (options: CliOption[], subcommand?: string, fallsBackToLoopback: (o: CliOption) => boolean = () => false): CliOption | undefined =>
  listenOptions(options, subcommand).find((o) => isLoopback(o.default) || defaultPort(o) === 0 || (o.default === undefined && !/^bool$/.test(o.type) && fallsBackToLoopback(o)));

/** Of those, the first whose default is a host:port (`0.0.0.0:9100`): where it listens when nothing is passed. */
export const addressListenOption = (options: CliOption[], subcommand?: string): CliOption | undefined =>
  listenOptions(options, subcommand).find((o) => defaultPort(o) !== undefined);

/** The reader of the options one file declares, into `found`: derive fields (`#[arg(long, default_value = "…")]
 * bind: String`, in a struct or a subcommand's enum variant) and builder arguments
 * (`Arg::new("bind").long("bind").default_value("…")`). */
export function optionReader(source: ParsedSource, context: CfgContext, found: DeclaredOption[], callees = new Callees()): NodeReader {
  return {
    // Calls are read only in a file that names a builder constructor (most calls in a service are something else).
    types: BUILDER_NAMED.test(source.text) ? ["field_declaration", "call_expression"] : ["field_declaration"],
    visit: (node, type) => {
      const option = type === "field_declaration" ? derivedOption(node, context, source.file) : builderOption(node, callees.of(node), source.file);
      if (option) found.push(option);
    },
  };
}

function derivedOption(node: Node, context: CfgContext, file: string): DeclaredOption | undefined {
  const attributes = attributesOf(node, context, (name) => DERIVE_ATTRIBUTES.has(name));
  // clap takes a field without attributes of a struct or variant it derives as a positional.
  if (attributes.length === 0 && !derivesCommandLine(node, context)) return undefined;
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
    ...(variant ? { subcommand: commandName(variant.node, context), enum: variant.enum } : {}),
    ...(struct ? { struct } : {}),
    file,
    line: attributes.at(-1)?.line ?? node.startPosition.row + 1,
  };
}

/** Clap's derives of a command line: a struct or enum with one of them reads every field. */
const COMMAND_LINE_DERIVE = /(?:^|::)(?:Parser|Args|Subcommand|StructOpt)$/;

/** Whether the struct or enum a field is declared in derives clap's command line. */
function derivesCommandLine(field: Node, context: CfgContext): boolean {
  let item = field.parent;
  while (item && item.type !== "struct_item" && item.type !== "enum_item") item = item.parent;
  return item !== null && attributesOf(item, context, (name) => name === "derive").some((a) => a.arguments.some((d) => COMMAND_LINE_DERIVE.test(d.key ?? "")));
}

/** The ids of the argument groups clap requires one of, as the struct holding a field declares them
 * (`#[clap(group(ArgGroup::new("cmds").required(true).args(&["CONFIG", "genkey"])))]`). */
function requiredGroupIds(field: Node, context: CfgContext): string[] {
  let struct = field.parent;
  while (struct && struct.type !== "struct_item") struct = struct.parent;
  if (!struct) return [];
  return attributesOf(struct, context, (name) => COMMAND_ATTRIBUTES.has(name))
    .flatMap((a) => a.arguments.filter((g) => g.key === "group").flatMap((g) => g.arguments ?? []))
    .filter((g) => /\.required\(\s*true\s*\)/.test(g.value?.text ?? ""))
    .flatMap((g) => [...(g.value?.text ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]));
}

function enclosingStruct(node: Node): string | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === "struct_item") return p.childForFieldName("name")?.text;
  return undefined;
}

/** The builder subcommands a node is passed into, outermost first: the `Command::new("…")` at the root of each
 * `.subcommand(…)` around it (`.subcommand(Command::new("server").subcommand(Command::new("start")…))`). */
function enclosingBuilderCommands(node: Node): string[] {
  const path: string[] = [];
  for (let p = node.parent; p; p = p.parent)
    if (p.type === "arguments" && p.parent?.type === "call_expression" && calleeOf(p.parent).method === "subcommand") {
      const name = builderCommand(p)?.name;
      if (name) path.unshift(name);
    }
  return path;
}

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
export function commandReader(source: ParsedSource, context: CfgContext, facts: CommandFacts, callees = new Callees()): NodeReader {
  const line = (n: Node) => n.startPosition.row + 1;
  return {
    // Fields and calls name a subcommand in their own text (`#[command(subcommand)]`, `.subcommand(…)`): a file
    // without the word has none, and most calls of a service are something else.
    types: /subcommand/.test(source.text) ? ["enum_item", "field_declaration", "call_expression", "match_arm"] : ["enum_item", "match_arm"],
    visit: (node, type) => {
    if (type === "enum_item") {
      const derives = attributesOf(node, context, (name) => name === "derive").flatMap((a) => a.arguments.map((d) => d.key ?? ""));
      const derive = derives.find((d) => COMMAND_DERIVE.test(d));
      if (!derive) return;
      const variants = (node.childForFieldName("body")?.namedChildren ?? []).filter((v): v is Node => v?.type === "enum_variant").map((v): DeclaredCommand & { variant: string } => {
        const tuple = v.childForFieldName("body");
        const wraps = tuple?.type === "ordered_field_declaration_list" && tuple.namedChildren.filter((c) => c?.type !== "attribute_item").length === 1 ? heldType(tuple.namedChildren.find((c) => c?.type !== "attribute_item")?.text ?? "") : undefined;
        const variant = v.childForFieldName("name")?.text ?? "";
        return {
          name: commandName(v, context),
          variant,
          file: source.file,
          line: line(v.childForFieldName("name") ?? v),
          to: v.endPosition.row + 1,
          ...(wraps ? { wraps } : {}),
        };
      });
      facts.enums.push({ name: node.childForFieldName("name")?.text ?? "", topLevel: !/Subcommand$/.test(derive), variants });
    } else if (type === "field_declaration") {
      const held = attributesOf(node, context, (name) => COMMAND_ATTRIBUTES.has(name)).some((a) => a.arguments.some((x) => x.key === "subcommand"));
      if (!held) return;
      const struct = enclosingStruct(node);
      const variant = enclosingVariant(node);
      const inVariant = variant && { enum: variant.enum, variant: variant.node.childForFieldName("name")?.text ?? "" };
      facts.fields.push({ ...(struct ? { struct } : inVariant ? { in: inVariant } : {}), type: node.childForFieldName("type")?.text.replace(/\s+/g, "") ?? "" });
    } else if (type === "call_expression") {
      const { method } = callees.of(node);
      const args = node.childForFieldName("arguments");
      const command = method === "subcommand" && args ? builderCommand(args) : undefined;
      if (command) facts.builders.push({ name: command.name, parents: enclosingBuilderCommands(node), file: source.file, line: line(command.root), to: node.endPosition.row + 1 });
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

/** The enum variant a field belongs to (`Serve { … }`), and the enum that declares it. */
function enclosingVariant(node: Node): { node: Node; enum: string } | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "enum_variant") {
      let e = p.parent;
      while (e && e.type !== "enum_item") e = e.parent;
      return { node: p, enum: e?.childForFieldName("name")?.text ?? "" };
    }
    if (p.type === "struct_item" || p.type === "enum_item") return undefined;
  }
  return undefined;
}

/** A subcommand variant's name on the command line: its `name = "…"`, else the variant in kebab case. */
function commandName(variant: Node, context: CfgContext): string {
  const rename = attributesOf(variant, context, (name) => COMMAND_ATTRIBUTES.has(name)).flatMap((a) => a.arguments).find((a) => a.key === "name")?.value?.literal;
  return rename?.kind === "string" ? rename.value : kebab(variant.childForFieldName("name")?.text ?? "");
}

const declaredDefault = (value: ArgumentValue): NonNullable<DeclaredOption["default"]> => ({
  ...(value.literal ? { literal: value.literal } : {}),
  ...(value.path ? { path: value.path } : {}),
  text: value.text,
  line: value.line,
});

/** `Arg::new("id")` and the builder calls chained on it: `.long("x")`, `.env("X")`, `.default_value(…)`. */
function builderOption(node: Node, { path }: Callee, file: string): DeclaredOption | undefined {
  if (path === undefined || !BUILDER_CONSTRUCTORS.test(path)) return undefined;
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
  const subcommand = enclosingBuilderCommands(node).join(" ");
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
  const tree = new CommandTree(sources.map((src) => src.facts.commands));
  return sources
    .filter((src) => !src.testOnly && !/(^|\/)tests\//.test(src.path))
    .flatMap((src) =>
      src.facts.cliOptions.map(({ default: declared, struct, enum: declaredIn, ...declaredOption }): CliOption => {
        // A struct a subcommand's variant wraps holds that subcommand's options; a nested one is named after its parents.
        const path = declaredIn !== undefined && declaredOption.subcommand ? [...tree.prefix(declaredIn), declaredOption.subcommand] : struct !== undefined && !declaredOption.subcommand ? tree.wrapping(struct) : undefined;
        const option = path ? { ...declaredOption, subcommand: path.join(" ") } : declaredOption;
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

/** Where each derive subcommand sits in the command tree: the words usage puts before it. */
export class CommandTree {
  /** Each enum's parent subcommand (its enum and variant); none for the program's own set. */
  private readonly parents = new Map<string, { enum: string; variant: DeclaredCommand & { variant: string } }>();
  private readonly variants: { enum: string; variant: DeclaredCommand & { variant: string } }[];
  private readonly enums: CommandFacts["enums"];
  private readonly fields: CommandFacts["fields"];

  constructor(facts: CommandFacts[]) {
    const enums = (this.enums = facts.flatMap((f) => f.enums));
    this.variants = enums.flatMap((e) => e.variants.map((variant) => ({ enum: e.name, variant })));
    const fields = (this.fields = facts.flatMap((f) => f.fields));
    const variant = (enumName: string, name: string) => this.variants.find((v) => v.enum === enumName && v.variant.variant === name);
    const wrapping = (type: string) => this.variants.find((v) => v.variant.wraps === type);
    for (const e of enums) {
      const holder = fields.find((f) => heldType(f.type) === e.name);
      // Held by a variant's own field, by a struct a variant wraps, or wrapped by a variant directly (`Server(ServerCmd)`).
      const parent = holder?.in ? variant(holder.in.enum, holder.in.variant) : holder?.struct !== undefined ? wrapping(holder.struct) : wrapping(e.name);
      if (parent) this.parents.set(e.name, parent);
    }
  }

  /** The subcommand words before an enum's variants (`["server"]` for the enum the `server` variant holds). */
  prefix(enumName: string, depth = 0): string[] {
    const parent = this.parents.get(enumName);
    return parent && depth < MAX_NESTING ? [...this.prefix(parent.enum, depth + 1), parent.variant.name] : [];
  }

  /** The subcommand path a struct's fields belong to, when a variant wraps it (`Start(StartArgs)` → `server start`). */
  wrapping(struct: string): string[] | undefined {
    const by = this.variants.find((v) => v.variant.wraps === struct);
    return by && [...this.prefix(by.enum), by.variant.name];
  }

  /** The subcommand sets a subcommand must be given one of (`server` → `start`, `stop`): held by a field that is not
   * `Option<…>`, or wrapped by the variant itself. */
  requiredChildren(enumName: string, variant: DeclaredCommand & { variant: string }): CommandFacts["enums"] {
    return this.enums.filter((set) => {
      const parent = this.parents.get(set.name);
      const holder = this.fields.find((f) => heldType(f.type) === set.name);
      return parent?.enum === enumName && parent.variant === variant && !(holder && OPTION_TYPE.test(holder.type));
    });
  }
}

/** Subcommands nested deeper than this are not followed (a cycle in malformed code). */
export const MAX_NESTING = 8;
/** A field type clap may leave unset (`Option<…>`). */
export const OPTION_TYPE = /^(?:(?:std::)?(?:option::)?Option)</;
/** The type a subcommand field holds, without `Option<…>`/`Box<…>` around it. */
export const heldType = (type: string) => /(?:^|::|<)(\w+)>*$/.exec(type)?.[1];
