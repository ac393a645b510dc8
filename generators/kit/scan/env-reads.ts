// Which environment variables a file reads, from its syntax tree: `env::var("X")` and `var_os`, `env!`/`option_env!`,
// a field attribute's `env = "X"` (clap, structopt), a read of a constant's name, calls of the file's own helpers that
// read the variable they are given; and whether a read ends the program when the variable is unset.
import type { Node } from "web-tree-sitter";
import { attributesOf, type CfgContext, type NodeReader } from "./cfg.js";
import type { AttributeArgument } from "./attribute.js";
import { literalValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";

export interface EnvRead {
  /** The variable, or the constant that names it. */
  name?: string;
  constant?: string;
  line: number;
  at: number;
  /** How a read ends the program when the variable is unset (`env::var(…).context(…)?`); none when it goes on. */
  fatal?: string;
  /** Kept as an Option (`var("X").ok()`) or matched only when set (`if let Ok(url) = var("X")`): the code works without it. */
  optional?: true;
  /** The `let` whose value starts with the read (`let on = env::var("X").is_ok();`): its name and text. */
  binding?: { name: string; text: string };
}

export interface EnvFacts {
  reads: EnvRead[];
  /** Functions that read the variable their first `&str` parameter names (`fn setting(name: &str) … var(name)`). */
  wrappers: string[];
  /** Calls of a plain function with a variable-like name as first argument (`setting("APP_PORT")`): reads when the
   * function is a wrapper, anywhere in the crate. */
  wrapperCalls: { fn: string; name: string; line: number; at: number }[];
}

const VARIABLE = /^[A-Z][A-Z0-9_]*$/;
const READ_FN = /^var(?:_os)?$/;
/** Error adapters that keep the failure, to be followed by `?`, `.unwrap()` or `.expect(…)`. */
const ERROR_ADAPTER = /^(?:context|with_context|wrap_err|wrap_err_with|map_err)$/;
/** What `?` leaves is still an Option: the read goes through a helper returning `Result<Option<_>>` (an unset variable
 * is None, handled). */
const OPTION_AFTER_TRY = /^(?:is_some|is_none|is_some_and|unwrap_or|unwrap_or_default|unwrap_or_else|map_or|map_or_else|as_deref|filter|or|or_else)$/;

/** What a file's text holds when it may read a variable each way: the node types worth visiting otherwise are skipped
 * (each visit costs calls into WebAssembly). */
const GATES = {
  readCall: /\bvar(?:_os)?\s*\(/,
  namedCall: /\(\s*"[A-Z][A-Z0-9_]*"/,
  macro: /\benv!/,
  attribute: /\benv\s*=/,
  wrapper: /\bvar(?:_os)?\s*\(\s*&?[a-z_]\w*\s*\)/,
};

/** The reader of a file's variable reads, into `facts`. */
export function envReader(source: ParsedSource, context: CfgContext, facts: EnvFacts): NodeReader {
  const has = (gate: keyof typeof GATES) => GATES[gate].test(source.text);
  const namedCalls = has("namedCall");
  const types = [
    ...(has("readCall") || namedCalls ? ["call_expression"] : []),
    ...(has("macro") ? ["macro_invocation"] : []),
    ...(has("attribute") ? ["field_declaration"] : []),
    ...(has("wrapper") ? ["function_item"] : []),
  ];
  return {
    types,
    visit: (node, type) => {
      if (type === "field_declaration") {
        for (const a of attributesOf(node, context))
          for (const name of envArguments(a.arguments)) facts.reads.push({ name, line: a.line, at: node.startIndex });
      } else if (type === "macro_invocation") {
        const name = node.childForFieldName("macro")?.text.replace(/^(?:::)?(?:std|core)::/, "");
        const args = name === "env" || name === "option_env" ? tokenArguments(node) : [];
        const literal = args.length >= 1 ? literalValue(args[0]) : undefined;
        if (literal?.kind === "string" && VARIABLE.test(literal.value)) facts.reads.push({ name: literal.value, line: node.startPosition.row + 1, at: node.startIndex });
      } else if (type === "function_item") {
        if (readsItsParameter(node)) facts.wrappers.push(node.childForFieldName("name")!.text);
      } else readCall(node, facts, namedCalls);
    },
  };
}

function readCall(call: Node, facts: EnvFacts, namedCalls: boolean): void {
  const fn = call.childForFieldName("function");
  const fnName = fn?.type === "identifier" ? fn.text : fn?.type === "scoped_identifier" ? fn.childForFieldName("name")?.text : undefined;
  if (!fnName || (!namedCalls && !READ_FN.test(fnName))) return;
  // Only the first argument matters: asking for all of every call's would cost a call into WebAssembly each.
  const first = call.childForFieldName("arguments")?.firstNamedChild;
  const literal = first?.type === "string_literal" ? literalValue(first) : undefined;
  const at = { line: call.startPosition.row + 1, at: call.startIndex };
  if (!READ_FN.test(fnName)) {
    if (literal?.kind === "string" && VARIABLE.test(literal.value)) facts.wrapperCalls.push({ fn: fnName, name: literal.value, ...at });
    return;
  }
  if (literal?.kind === "string") {
    if (!VARIABLE.test(literal.value)) return;
    const fatal = fnName === "var" ? fatalEnding(call) : undefined;
    const binding = bindingOf(call);
    const optional = !fatal && readAsOptional(call);
    facts.reads.push({ name: literal.value, ...at, ...(fatal ? { fatal } : {}), ...(optional ? { optional } : {}), ...(binding ? { binding } : {}) });
    return;
  }
  const named = first?.type === "reference_expression" ? first.childForFieldName("value") : first;
  const constant = named?.type === "identifier" ? named.text : named?.type === "scoped_identifier" ? named.childForFieldName("name")?.text : undefined;
  if (constant && VARIABLE.test(constant)) facts.reads.push({ constant, ...at });
}

/** How a read's error ends the program: `?`, `.unwrap()` or `.expect(…)`, after an error adapter or not; undefined when
 * the unset case is handled (an Option after `?`, a `match … { None => … }`) or the result is kept. */
function fatalEnding(call: Node): string | undefined {
  let node = call;
  let adapter = "";
  const method = (of: Node) => {
    const member = of.parent;
    return member?.type === "field_expression" && member.parent?.type === "call_expression" ? { name: member.childForFieldName("field")?.text ?? "", call: member.parent } : undefined;
  };
  const adapted = method(node);
  if (adapted && ERROR_ADAPTER.test(adapted.name)) ((adapter = `.${adapted.name}(…)`), (node = adapted.call));
  const parent = node.parent;
  if (parent?.type === "try_expression") {
    const after = method(parent);
    if (after && OPTION_AFTER_TRY.test(after.name)) return undefined;
    if (matchedWithNone(parent)) return undefined;
    return `env::var(…)${adapter}?`;
  }
  const ending = method(node);
  if (ending?.name === "unwrap" && argumentsOf(ending.call).length === 0) return `env::var(…)${adapter}.unwrap()`;
  if (ending?.name === "expect") return `env::var(…)${adapter}.expect(…)`;
  return undefined;
}

/** `var("X").ok()`, or `if let Ok(v)/Some(v) = var("X")`. */
function readAsOptional(call: Node): boolean {
  const member = call.parent;
  if (member?.type === "field_expression" && member.childForFieldName("field")?.text === "ok") return true;
  const condition = call.parent;
  if (condition?.type !== "let_condition" || !condition.childForFieldName("value")?.equals(call)) return false;
  const pattern = condition.childForFieldName("pattern");
  const variant = pattern?.type === "tuple_struct_pattern" ? pattern.childForFieldName("type")?.text : undefined;
  return variant === "Ok" || variant === "Some";
}

/** The `let` (in the same statement) whose value starts with the call, when it binds a plain name. */
function bindingOf(call: Node): EnvRead["binding"] {
  let node: Node | null = call;
  while (node && node.type !== "let_declaration" && !node.type.endsWith("statement") && node.type !== "block") node = node.parent;
  const pattern = node?.type === "let_declaration" ? node.childForFieldName("pattern") : null;
  if (!node || pattern?.type !== "identifier" || node.childForFieldName("value")?.startIndex !== call.startIndex) return undefined;
  return { name: pattern.text, text: node.text };
}

/** `match var("X")? { … None => … }`: the unset case is handled. */
function matchedWithNone(tried: Node): boolean {
  const match = tried.parent;
  if (match?.type !== "match_expression" || !match.childForFieldName("value")?.equals(tried)) return false;
  const arms = match.childForFieldName("body")?.namedChildren ?? [];
  return arms.some((arm) => arm?.type === "match_arm" && arm.childForFieldName("pattern")?.text.replace(/\s+/g, "") === "None");
}

/** Whether a function reads the variable its first parameter (`name: &str`) names: `var(name)` / `var(&name)` in it. */
function readsItsParameter(fn: Node): boolean {
  const first = fn.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "parameter");
  const type = first?.childForFieldName("type");
  const param = first?.childForFieldName("pattern");
  if (!param || param.type !== "identifier" || type?.type !== "reference_type" || type.childForFieldName("type")?.text !== "str") return false;
  const body = fn.childForFieldName("body");
  return (body?.descendantsOfType("call_expression") ?? []).some((call) => {
    const callee = call?.childForFieldName("function");
    const name = callee?.type === "identifier" ? callee.text : callee?.type === "scoped_identifier" ? callee.childForFieldName("name")?.text : undefined;
    const [arg] = call ? argumentsOf(call) : [];
    const passed = arg?.type === "reference_expression" ? arg.childForFieldName("value") : arg;
    return name !== undefined && READ_FN.test(name) && passed?.type === "identifier" && passed.text === param.text;
  });
}

const argumentsOf = (call: Node) => call.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => c !== null && !c.type.endsWith("comment")) ?? [];
const tokenArguments = (macro: Node) => macro.namedChildren.find((c) => c?.type === "token_tree")?.namedChildren.filter((c): c is Node => c !== null) ?? [];

/** Every `env = "X"` among an attribute's arguments, nested ones too. */
function envArguments(args: AttributeArgument[]): string[] {
  return args.flatMap((a) => {
    const literal = a.key === "env" ? a.value?.literal : undefined;
    const own = literal?.kind === "string" && VARIABLE.test(literal.value) ? [literal.value] : [];
    return [...own, ...envArguments(a.arguments ?? [])];
  });
}
