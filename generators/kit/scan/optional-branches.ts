// Which blocks run only when an optional value is set, read from syntax trees: the then-block of an `if let Some(…)`
// or of an `if` that tests `.is_some()` / `.is_some_and(…)` (not negated). Such a value is unset by default, so what
// the block does (a port it listens on) is not what the program does by default.
import type { Node } from "web-tree-sitter";
import type { NodeReader } from "./cfg.js";

/** The reader of a file's optional branches, into `into` as [start, end) offsets of each then-block. */
export function optionalBranchReader(into: [number, number][]): NodeReader {
  return {
    types: ["if_expression"],
    visit: (node) => {
      const condition = node.childForFieldName("condition");
      const consequence = node.childForFieldName("consequence");
      if (condition && consequence && testsPresence(condition)) into.push([consequence.startIndex, consequence.endIndex]);
    },
  };
}

/** Whether a condition holds only when an optional value is present: a `let Some(…)` binding, or an `.is_some()`-like
 * call, alone or as one of the conditions `&&` joins (a negation or an `||` makes it hold without the value). */
function testsPresence(condition: Node): boolean {
  switch (condition.type) {
    case "let_condition":
      return somePattern(condition.childForFieldName("pattern"));
    case "let_chain":
      return condition.namedChildren.some((c) => c !== null && testsPresence(c));
    case "parenthesized_expression":
      return condition.namedChildren.some((c) => c !== null && testsPresence(c));
    case "binary_expression":
      return condition.childForFieldName("operator")?.type === "&&" && [condition.childForFieldName("left"), condition.childForFieldName("right")].some((c) => c !== null && testsPresence(c));
    case "call_expression": {
      const fn = condition.childForFieldName("function");
      return fn?.type === "field_expression" && PRESENCE_TEST.test(fn.childForFieldName("field")?.text ?? "");
    }
    default:
      return false;
  }
}

const PRESENCE_TEST = /^is_some(?:_and)?$/;

const somePattern = (pattern: Node | null) => pattern?.type === "tuple_struct_pattern" && pattern.childForFieldName("type")?.text.split("::").at(-1) === "Some";
