// Which reads of a file end the program when the file is missing: fallible read calls that fail hard (`?`, `.expect`,
// `.unwrap()`), the `let` bindings that carry a path to them, and the existence checks that guard them.
import type { Node } from "web-tree-sitter";
import { walkActive, type CfgContext } from "./cfg.js";
import { literalValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";

/** The names an expression mentions: identifiers, field names (`opt.config_file`) and string literals (`"config"`). */
export interface Mentions {
  names: string[];
  line: number;
}

export interface FileReadFacts {
  /** Calls that read or parse a file and end the program when they fail (`Config::from_path(p)?`). */
  fatalReads: (Mentions & { callee: string })[];
  /** `let name = …`: what a binding is made from, so a path can be followed from an option to its read. */
  bindings: (Mentions & { name: string })[];
  /** `if p.exists() { … }`: `exits` when the check only stops the program (`if !p.exists() { exit(1) }`). */
  existenceChecks: (Mentions & { exits: boolean })[];
}

/** The last segment of a callee that reads or parses a file (`read_config`, `from_path`, `File::open`, `parse`). */
const READ_CALLEE = /^(?:read\w*|load\w*|parse\w*|from_path|from_file\w*|open|with_name)$/;
/** Calls between a read and its `?` that keep the failure (error context, conversions). */
const KEEPS_FAILURE = /^(?:map_err|context|with_context|err_context|wrap_err|wrap_err_with|into|clone)$/;
const FAILS_HARD_METHOD = /^(?:expect|unwrap)$/;
const EXISTENCE_METHOD = /^(?:exists|is_file|try_exists)$/;
/** What ends the program inside a branch: `exit(1)`, `panic!`, `bail!`, `return Err(…)`. */
const STOPS = /\b(?:exit\s*\(|panic!|bail!|return\s+Err\b|unreachable!)/;

export function fileReadFacts(source: ParsedSource, context: CfgContext): FileReadFacts {
  const facts: FileReadFacts = { fatalReads: [], bindings: [], existenceChecks: [] };
  walkActive(source.root, context, ["call_expression", "let_declaration", "if_expression"], (node) => {
    if (node.type === "let_declaration") {
      const pattern = node.childForFieldName("pattern");
      const value = node.childForFieldName("value");
      if (pattern?.type === "identifier" && value) facts.bindings.push({ name: pattern.text, ...mentions(value) });
    } else if (node.type === "if_expression") {
      const condition = node.childForFieldName("condition");
      const checked = condition && existenceReceiver(condition);
      if (checked) {
        const negated = condition.type === "unary_expression" && condition.text.startsWith("!");
        const consequence = node.childForFieldName("consequence")?.text ?? "";
        facts.existenceChecks.push({ ...mentions(checked), exits: negated && STOPS.test(consequence) });
      }
    } else {
      const callee = calleeName(node);
      const args = node.childForFieldName("arguments");
      if (callee && args && READ_CALLEE.test(callee) && failsHard(node)) facts.fatalReads.push({ callee, ...mentions(args) });
    }
  });
  return facts;
}

/** `a::b::read_config(…)` → `read_config`; `x.parse(…)` → `parse`. */
function calleeName(call: Node): string | undefined {
  const fn = call.childForFieldName("function");
  if (!fn) return undefined;
  if (fn.type === "field_expression") return fn.childForFieldName("field")?.text;
  if (fn.type === "scoped_identifier") return fn.childForFieldName("name")?.text;
  return fn.type === "identifier" ? fn.text : undefined;
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
  return { names: [...names], line: node.startPosition.row + 1 };
}
