// The value a Rust literal in a syntax tree stands for, decoded as the compiler reads it.
import type { Node } from "web-tree-sitter";

export type LiteralValue =
  | { kind: "string" | "byte-string" | "c-string"; value: string }
  | { kind: "char" | "byte"; value: string }
  | { kind: "integer"; value: bigint; suffix?: string }
  | { kind: "float"; value: number; suffix?: string }
  | { kind: "bool"; value: boolean };

const INTEGER_SUFFIX = /(?:[ui](?:8|16|32|64|128|size))$/;
const FLOAT_SUFFIX = /f(?:16|32|64|128)$/;
const MAX_DIGITS = 128;
const RADIX: Record<string, number> = { "0x": 16, "0o": 8, "0b": 2 };
const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"' };

/**
 * The value of a literal node (string, raw string, byte/C string, char, byte, integer, float, bool), of a negated
 * number (`-1` as a unary expression), or undefined for anything else, including literals that hold an error.
 */
export function literalValue(node: Node): LiteralValue | undefined {
  if (node.hasError) return undefined;
  if (node.type === "unary_expression" && node.firstChild?.type === "-" && node.namedChildCount === 1) {
    const inner = literalValue(node.namedChildren[0]!);
    return inner ? negated(inner) : undefined;
  }
  return literalOfToken(node.type, node.text);
}

function literalOfToken(type: string, text: string): LiteralValue | undefined {
  switch (type) {
    case "string_literal":
      return quoted(text, '"');
    case "raw_string_literal":
      return rawString(text);
    case "char_literal":
      return quoted(text, "'");
    case "integer_literal":
      return integer(text);
    case "float_literal":
      return float(text);
    case "boolean_literal":
      return { kind: "bool", value: text === "true" };
    default:
      return undefined;
  }
}

/** A number with its sign flipped (`-` before a literal); undefined for anything that has no sign. */
export function negated(value: LiteralValue): LiteralValue | undefined {
  if (value.kind === "integer") return { ...value, value: -value.value };
  if (value.kind === "float") return { ...value, value: -value.value };
  return undefined;
}

function quoted(text: string, quote: '"' | "'"): LiteralValue | undefined {
  const open = text.indexOf(quote);
  if (open < 0 || text.length < open + 2 || !text.endsWith(quote)) return undefined;
  const prefix = text.slice(0, open);
  const body = unescape(text.slice(open + 1, -1));
  if (body === undefined) return undefined;
  if (quote === "'") return prefix === "" ? { kind: "char", value: body } : prefix === "b" ? { kind: "byte", value: body } : undefined;
  return prefix === "" ? { kind: "string", value: body } : prefix === "b" ? { kind: "byte-string", value: body } : prefix === "c" ? { kind: "c-string", value: body } : undefined;
}

/** `r#"…"#`, `br"…"`, `cr##"…"##`: everything between the quotes, with no escapes. */
function rawString(text: string): LiteralValue | undefined {
  const m = /^([bc]?)r(#*)"/.exec(text);
  if (!m || !text.endsWith(`"${m[2]}`) || text.length < m[0].length + m[2].length + 1) return undefined;
  const value = text.slice(m[0].length, text.length - m[2].length - 1);
  return { kind: m[1] === "b" ? "byte-string" : m[1] === "c" ? "c-string" : "string", value };
}

/** A string or char body with its escapes resolved; a backslash before a newline drops the line break and the
 * indentation after it. Undefined for an escape Rust rejects. */
function unescape(body: string): string | undefined {
  if (!body.includes("\\")) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const at = body.indexOf("\\", i);
    if (at < 0) return out + body.slice(i);
    out += body.slice(i, at);
    const c = body[at + 1];
    if (c !== undefined && c in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[c];
      i = at + 2;
    } else if (c === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(at + 2, at + 4))) {
      out += String.fromCharCode(parseInt(body.slice(at + 2, at + 4), 16));
      i = at + 4;
    } else if (c === "u") {
      const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(at + 2, at + 14));
      const code = m ? parseInt(m[1].replace(/_/g, ""), 16) : NaN;
      if (!m || !(code <= 0x10ffff)) return undefined;
      out += String.fromCodePoint(code);
      i = at + 2 + m[0].length;
    } else if (c === "\n" || c === "\r") {
      i = at + 1;
      while (i < body.length && /\s/.test(body[i])) i++;
    } else return undefined;
  }
  return out;
}

function integer(text: string): LiteralValue | undefined {
  const clean = text.replace(/_/g, "");
  const radix = RADIX[clean.slice(0, 2).toLowerCase()] ?? 10;
  const suffix = INTEGER_SUFFIX.exec(clean)?.[0];
  const digits = clean.slice(radix === 10 ? 0 : 2, suffix ? -suffix.length : undefined);
  const valid = { 16: /^[0-9a-fA-F]+$/, 10: /^[0-9]+$/, 8: /^[0-7]+$/, 2: /^[01]+$/ }[radix]!;
  // No integer type is wider than 128 bits; a longer digit run is out of range (and costly to convert).
  if (digits.length > MAX_DIGITS || !valid.test(digits)) return undefined;
  const value = BigInt(radix === 10 ? digits : `${clean.slice(0, 2).toLowerCase()}${digits}`);
  return suffix ? { kind: "integer", value, suffix } : { kind: "integer", value };
}

function float(text: string): LiteralValue | undefined {
  const clean = text.replace(/_/g, "");
  const suffix = FLOAT_SUFFIX.exec(clean)?.[0];
  const value = Number(suffix ? clean.slice(0, -suffix.length) : clean);
  if (Number.isNaN(value)) return undefined;
  return suffix ? { kind: "float", value, suffix } : { kind: "float", value };
}
