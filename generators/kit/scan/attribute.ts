// What an attribute (`#[arg(long, default_value_t = PORT)]`) or a macro's token tree says, as keys and values.
import type { Node } from "web-tree-sitter";
import { literalValue, negated, type LiteralValue } from "./literal.js";

/** A value in an attribute or token tree: its source text, and the literal or path it is when it is only one. */
export interface ArgumentValue {
  text: string;
  literal?: LiteralValue;
  /** `DEFAULT_PORT`, `crate::config::PORT`: a name to resolve (a constant, an enum variant, a function). */
  path?: string;
  line: number;
}

/** One comma-separated argument: `long` (a key alone), `short = 'p'` (key and value), `group(id = "g")` (key and
 * nested arguments), or `"/health"` (a value alone). */
export interface AttributeArgument {
  key?: string;
  value?: ArgumentValue;
  arguments?: AttributeArgument[];
  line: number;
}

export interface Attribute {
  /** The attribute's path: `arg`, `cfg`, `serde`, `tokio::main`. */
  name: string;
  /** `#![…]`: it applies to the module or block it sits in. */
  inner: boolean;
  /** What the parentheses hold (empty without them). */
  arguments: AttributeArgument[];
  /** `#[path = "unix.rs"]`: the value after `=`. */
  value?: ArgumentValue;
  line: number;
}

const PATH_TOKENS = new Set(["identifier", "primitive_type", "crate", "self", "super", "::", "metavariable"]);
/** A path segment: a name, or a keyword (`crate`, `self`, `default`, `type`), which token trees hold as bare words. */
const isPathToken = (token: Node) => PATH_TOKENS.has(token.type) || (!token.isNamed && /^[A-Za-z_]\w*$/.test(token.type));
const OPENERS = new Set(["(", "[", "{"]);

/** An `attribute_item` or `inner_attribute_item` read into plain data (undefined for a node that holds none, and for
 * one whose name `named` declines: its arguments are not read). */
export function readAttribute(item: Node, named: (name: string) => boolean = () => true): Attribute | undefined {
  const attribute = item.namedChildren.find((c) => c?.type === "attribute");
  if (!attribute) return undefined;
  const children = attribute.children.filter((c): c is Node => c !== null);
  const equals = children.findIndex((c) => c.type === "=");
  const nameEnd = equals >= 0 ? equals : children.findIndex((c) => c.type === "token_tree");
  const nameTokens = nameEnd >= 0 ? children.slice(0, nameEnd) : children;
  const name = nameTokens.map((t) => t.text).join("");
  if (!named(name)) return undefined;
  const tokenTree = attribute.childForFieldName("arguments");
  const valueNode = attribute.childForFieldName("value");
  return {
    name,
    inner: item.type === "inner_attribute_item",
    arguments: tokenTree ? tokenArguments(tokenTree) : [],
    ...(valueNode ? { value: argumentValue([valueNode], attribute) } : {}),
    line: item.startPosition.row + 1,
  };
}

/** The comma-separated arguments of a token tree, whatever its brackets and however it is wrapped over lines. */
export function tokenArguments(tokenTree: Node): AttributeArgument[] {
  const tokens = tokenTree.children.filter((c): c is Node => c !== null && c.type !== "line_comment" && c.type !== "block_comment");
  const inner = tokens.length >= 2 && OPENERS.has(tokens[0].type) ? tokens.slice(1, -1) : tokens;
  const out: AttributeArgument[] = [];
  let segment: Node[] = [];
  for (const token of [...inner, undefined]) {
    if (token !== undefined && token.type !== ",") {
      segment.push(token);
      continue;
    }
    if (segment.length > 0) out.push(argument(segment, tokenTree));
    segment = [];
  }
  return out;
}

function argument(tokens: Node[], within: Node): AttributeArgument {
  const line = tokens[0].startPosition.row + 1;
  const equals = tokens.findIndex((t) => t.type === "=");
  const keyTokens = equals > 0 ? tokens.slice(0, equals) : tokens;
  const isPath = keyTokens.every(isPathToken);
  if (equals > 0 && isPath) {
    const rest = tokens.slice(equals + 1);
    return { key: keyTokens.map((t) => t.text).join(""), ...(rest.length > 0 ? { value: argumentValue(rest, within) } : {}), line };
  }
  if (isPath) return { key: keyTokens.map((t) => t.text).join(""), line };
  const last = tokens[tokens.length - 1];
  const head = tokens.slice(0, -1);
  if (last.type === "token_tree" && head.length > 0 && head.every(isPathToken))
    return { key: head.map((t) => t.text).join(""), arguments: tokenArguments(last), line };
  return { value: argumentValue(tokens, within), line };
}

/** A run of tokens as a value: the source it spans, and the literal (`-` included) or path it is on its own. */
function argumentValue(tokens: Node[], within: Node): ArgumentValue {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const text = within.text.slice(first.startIndex - within.startIndex, last.endIndex - within.startIndex);
  const line = first.startPosition.row + 1;
  const single = tokens.length === 1 ? literalValue(first) : undefined;
  const signed = tokens.length === 2 && first.type === "-" ? literalValue(last) : undefined;
  const literal = single ?? (signed && negated(signed));
  if (literal) return { text, literal, line };
  if (tokens.every(isPathToken)) return { text, path: text.replace(/\s+/g, ""), line };
  return { text, line };
}
