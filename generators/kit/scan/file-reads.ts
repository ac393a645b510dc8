// What the code does with the paths it is given: reads that end the program when the file is missing (fallible calls
// that fail hard: `?`, `.expect`, `.unwrap()`), the `let` bindings that carry a path, the existence checks that guard
// reads, and the directories it creates.
import type { Node } from "web-tree-sitter";
import { Callees } from "./callee.js";
import type { NodeReader } from "./cfg.js";
import { literalValue } from "./literal.js";

/** The names an expression mentions: identifiers, field names (`opt.config_file`) and string literals (`"config"`);
 * `scope`: the line of the function it is in (0 outside one). */
export interface Mentions {
  names: string[];
  line: number;
  scope: number;
}

export interface FileReadFacts {
  /** Calls that read or parse a file and end the program when they fail (`Config::from_path(p)?`). */
  fatalReads: (Mentions & { callee: string })[];
  /** `let name = …`: what a binding is made from, so a path can be followed from an option to its read. */
  bindings: (Mentions & { name: string })[];
  /** `if p.exists() { … }`: `exits` when the check only stops the program (`if !p.exists() { exit(1) }`). */
  existenceChecks: (Mentions & { exits: boolean })[];
  /** Functions that may find nothing to read (`fn load(p: &Path) -> Result<Option<Config>>`): a fatal call of one
   * fails on a bad file, not a missing one. */
  optionalLoaders: string[];
  /** Calls that create a directory (`create_dir_all(&root)`, `Repository::init(&root)`). */
  dirCreations: Mentions[];
  /** Checks that stop the program when nothing is configured, asking for a configuration file
   * (`if config.servers.is_empty() { return Err("… or a configuration file") }`). */
  unconfiguredStops: Mentions[];
  /** Struct fields whose absence is made an error (`args.config.ok_or(Error)`, `match args.config { None => bail!(…) }`):
   * an optional option the program still requires. */
  requiredWhenAbsent: { field: string; line: number }[];
}

/** The last segment of a callee that reads or parses a file (`read_config`, `from_path`, `File::open`, `parse`). */
const READ_CALLEE = /^(?:read\w*|load\w*|parse\w*|from_path|from_file\w*|open|with_name)$/;
/** Calls between a read and its `?` that keep the failure (error context, conversions). */
const KEEPS_FAILURE = /^(?:map_err|context|with_context|err_context|wrap_err|wrap_err_with|into|clone)$/;
const FAILS_HARD_METHOD = /^(?:expect|unwrap)$/;
const CREATES_DIR = /^(?:create_dir_all|create_dir|init|init_bare)$/;
const EXISTENCE_METHOD = /^(?:exists|is_file|try_exists)$/;
/** A condition that one setting is unset (`config.server.is_empty()`), and a message that asks for it by an option or a
 * configuration file, or an error named for a missing one (`Err(ConfigError::NoConfig)`). */
const NOTHING_SET = /^[\w.]+\.(?:is_empty|is_none)\(\)$/;
const ASKS_FOR_CONFIG = /--[a-z][\w-]*[\s\S]*\b(?:config|configuration) file\b|\b(?:config|configuration) file\b[\s\S]*--[a-z][\w-]*|::(?:No|Missing)Config(?:File|Path)?\b|::Config(?:File|Path)?(?:Missing|Required)\b/i;
/** Calls on an Option that make its absence an error; what a `None` arm does to make it one. */
const REQUIRES_SOME = /^(?:ok_or|ok_or_else|expect|context|with_context)$/;
const ABSENT_IS_ERROR = /\bok_or(?:_else)?\(|\bErr\(|bail!|exit\s*\(|panic!/;
/** Calls that view an Option without changing whether it is set. */
const VIEWS = /^(?:as_ref|as_deref|as_mut|clone|take)$/;
/** What ends the program inside a branch: `exit(1)`, `panic!`, `bail!`, `return Err(…)`. */
const STOPS = /\b(?:exit\s*\(|panic!|bail!|return\s+Err\b|unreachable!)/;

export function fileReadReader(facts: FileReadFacts, callees = new Callees()): NodeReader {
  return {
    types: ["function_item", "call_expression", "let_declaration", "if_expression", "match_expression"],
    visit: (node, type) => {
    if (type === "match_expression") {
      const field = optionField(node.childForFieldName("value"));
      const arms = node.childForFieldName("body")?.namedChildren ?? [];
      const none = arms.find((a) => a?.type === "match_arm" && a.childForFieldName("pattern")?.text === "None");
      if (field && none && ABSENT_IS_ERROR.test(none.childForFieldName("value")?.text ?? "")) facts.requiredWhenAbsent.push({ field, line: node.startPosition.row + 1 });
    } else if (type === "function_item") {
      const returns = node.childForFieldName("return_type")?.text.replace(/\s+/g, "") ?? "";
      if (/^(?:\w+::)*Result<(?:std::)?(?:option::)?Option</.test(returns)) facts.optionalLoaders.push(node.childForFieldName("name")?.text ?? "");
    } else if (type === "let_declaration") {
      const pattern = node.childForFieldName("pattern");
      const value = node.childForFieldName("value");
      if (pattern?.type === "identifier" && value) facts.bindings.push({ name: pattern.text, ...mentions(value) });
    } else if (type === "if_expression") {
      const condition = node.childForFieldName("condition");
      const checked = condition && existenceReceiver(condition);
      const consequence = node.childForFieldName("consequence")?.text ?? "";
      if (checked) {
        const negated = condition.type === "unary_expression" && condition.text.startsWith("!");
        facts.existenceChecks.push({ ...mentions(checked), exits: negated && STOPS.test(consequence) });
      }
      if (condition && NOTHING_SET.test(condition.text.replace(/\s+/g, "")) && STOPS.test(consequence) && ASKS_FOR_CONFIG.test(consequence)) facts.unconfiguredStops.push(mentions(condition));
    } else {
      const { node: fn, method, path } = callees.of(node);
      // `a::b::read_config(…)` → `read_config`; `x.parse(…)` → `parse`.
      const callee = method ?? path?.split("::").at(-1);
      const args = node.childForFieldName("arguments");
      if (callee && args && READ_CALLEE.test(callee) && failsHard(node)) facts.fatalReads.push({ callee, ...mentions(args) });
      if (callee && args && CREATES_DIR.test(callee)) facts.dirCreations.push(mentions(args));
      const field = fn?.type === "field_expression" && REQUIRES_SOME.test(callee ?? "") ? optionField(fn.childForFieldName("value")) : undefined;
      if (field) facts.requiredWhenAbsent.push({ field, line: node.startPosition.row + 1 });
    }
    },
  };
}

/** The struct field an expression is, through views of it: `args.config.as_ref()` → `config`. */
function optionField(node: Node | null): string | undefined {
  let at = node;
  while (at?.type === "call_expression") {
    const fn = at.childForFieldName("function");
    if (fn?.type !== "field_expression" || !VIEWS.test(fn.childForFieldName("field")?.text ?? "")) return undefined;
    at = fn.childForFieldName("value");
  }
  return at?.type === "field_expression" ? at.childForFieldName("field")?.text : undefined;
}

/** Whether a call's failure ends the program: `?` or `.expect(…)`/`.unwrap()`, after calls that keep the error. */
function failsHard(call: Node): boolean {
  for (let at = call; ; ) {
    const parent = at.parent;
    if (parent?.type === "try_expression") return true;
    const next = parent?.parent;
    if (parent?.type !== "field_expression" || next?.type !== "call_expression") return false;
    const method = parent.childForFieldName("field")?.text ?? "";
    if (FAILS_HARD_METHOD.test(method)) return true;
    if (!KEEPS_FAILURE.test(method)) return false;
    at = next;
  }
}

/** The receiver of an existence check in a condition (`path.exists()`, `!Path::new(&p).is_file()`). */
function existenceReceiver(condition: Node): Node | undefined {
  const stack = [condition];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "call_expression") {
      const fn = node.childForFieldName("function");
      if (fn?.type === "field_expression" && EXISTENCE_METHOD.test(fn.childForFieldName("field")?.text ?? "")) return fn.childForFieldName("value") ?? undefined;
    }
    for (const child of node.namedChildren) if (child) stack.push(child);
  }
  return undefined;
}

function scopeOf(node: Node): number {
  for (let p = node.parent; p; p = p.parent) if (p.type === "function_item") return p.startPosition.row + 1;
  return 0;
}

function mentions(node: Node): Mentions {
  const names = new Set<string>();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "identifier" || n.type === "field_identifier") names.add(n.text);
    else if (n.type === "string_literal") {
      const literal = literalValue(n);
      if (literal?.kind === "string") names.add(literal.value);
      continue;
    }
    for (const child of n.children) if (child) stack.push(child);
  }
  return { names: [...names], line: node.startPosition.row + 1, scope: scopeOf(node) };
}
