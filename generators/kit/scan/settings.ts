// Which configuration keys the code reads, from its syntax trees: the structs serde fills (each field under the name
// serde gives it, and the literal its default function returns) and the keys it asks a config crate for by name
// (`settings.get::<u16>("server.port")`).
import type { Node } from "web-tree-sitter";
import { attributesOf, type CfgContext, type NodeReader } from "./cfg.js";
import { literalValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";

export interface SettingsField {
  /** Its name in Rust. */
  name: string;
  /** The key serde reads it from: `rename`, else the struct's `rename_all` of the field's name. */
  key: string;
  /** Its type, whitespace removed, an `Option<…>` or `Box<…>` around it taken off. */
  type: string;
  /** `#[serde(flatten)]`: its own fields sit at the holder's level. */
  flatten?: true;
  /** The function `#[serde(default = "…")]` names (its last path segment). */
  defaultFn?: string;
  line: number;
}

export interface SettingsStruct {
  name: string;
  fields: SettingsField[];
}

export interface SettingsFacts {
  /** Structs that derive `Deserialize`. */
  structs: SettingsStruct[];
  /** Keys read by name through a `get`-like method (`get`, `get_int`, `get_string`, …) from a string literal. */
  keysRead: { key: string; line: number }[];
  /** The string literals in the own block of functions without parameters that return a value (serde default
   * functions: `fn default_inet() -> SocketAddr { "[::1]:1491".parse().unwrap() }`): name, literal, its line. */
  literalDefaults: { fn: string; literal: string; line: number }[];
}

/** What a file's text holds when it may declare a settings struct, or read a key by name: the node types worth
 * visiting otherwise are skipped (each visit costs calls into WebAssembly). */
const DESERIALIZES = /\bDeserialize\b/;
const GETS_KEY = /\.get(?:_\w+)?\s*(?:::\s*<[^>]*>\s*)?\(\s*"/;

/** The reader of the settings one file declares and the keys it reads, into `facts`. */
export function settingsReader(source: ParsedSource, context: CfgContext, facts: SettingsFacts): NodeReader {
  // The deserialized struct whose body the walk is in (a walk in source order meets its fields before anything after).
  let open: { struct: SettingsStruct; renameAll?: string; end: number } | undefined;
  return {
    types: [...(DESERIALIZES.test(source.text) ? ["struct_item", "field_declaration"] : []), ...(GETS_KEY.test(source.text) ? ["call_expression"] : []), "function_item"],
    visit: (node, type) => {
      if (type === "struct_item") {
        const attributes = attributesOf(node, context);
        const derives = attributes.filter((a) => a.name === "derive").flatMap((a) => a.arguments.map((d) => d.key ?? ""));
        if (!derives.some((d) => /(?:^|::)Deserialize$/.test(d))) return;
        const renameAll = serdeArguments(attributes).find((a) => a.key === "rename_all")?.value?.literal;
        const struct = { name: node.childForFieldName("name")?.text ?? "", fields: [] };
        facts.structs.push(struct);
        open = { struct, ...(renameAll?.kind === "string" ? { renameAll: renameAll.value } : {}), end: node.endIndex };
      } else if (type === "field_declaration") {
        if (!open || node.startIndex >= open.end) return;
        const field = settingsField(node, context, open.renameAll);
        if (field) open.struct.fields.push(field);
      } else if (type === "function_item") facts.literalDefaults.push(...ownLiterals(node));
      else {
        const key = keyRead(node);
        if (key) facts.keysRead.push({ key, line: node.startPosition.row + 1 });
      }
    },
  };
}

function settingsField(node: Node, context: CfgContext, renameAll?: string): SettingsField | undefined {
  const name = node.childForFieldName("name");
  const typeNode = node.childForFieldName("type");
  if (!name || !typeNode) return undefined;
  const serde = serdeArguments(attributesOf(node, context));
  const text = (key: string) => {
    const literal = serde.find((a) => a.key === key)?.value?.literal;
    return literal?.kind === "string" ? literal.value : undefined;
  };
  if (serde.some((a) => a.key === "skip" || a.key === "skip_deserializing")) return undefined;
  const defaultFn = text("default")?.split("::").at(-1);
  return {
    name: name.text.replace(/^r#/, ""),
    key: text("rename") ?? renamed(name.text.replace(/^r#/, ""), renameAll),
    type: innerType(typeNode),
    ...(serde.some((a) => a.key === "flatten" && !a.value) ? { flatten: true as const } : {}),
    ...(defaultFn ? { defaultFn } : {}),
    line: name.startPosition.row + 1,
  };
}

/** A default function is a few lines; a longer body (a `main() -> Result<()>`) is not gone through. */
const DEFAULT_FN_LINES = 10;

/** The string literals of a parameterless function's own block (not of a block inside it: a branch is no default). */
function ownLiterals(fn: Node): SettingsFacts["literalDefaults"] {
  const body = fn.childForFieldName("body");
  if (!body || !fn.childForFieldName("return_type") || fn.childForFieldName("parameters")?.namedChildCount !== 0) return [];
  if (body.endPosition.row - body.startPosition.row > DEFAULT_FN_LINES) return [];
  const name = fn.childForFieldName("name")?.text ?? "";
  return body.descendantsOfType("string_literal").flatMap((literal) => {
    let block = literal?.parent;
    while (block && block.type !== "block") block = block.parent;
    const value = literal && block?.equals(body) ? literalValue(literal) : undefined;
    return value?.kind === "string" ? [{ fn: name, literal: value.value, line: literal!.startPosition.row + 1 }] : [];
  });
}

const serdeArguments = (attributes: ReturnType<typeof attributesOf>) => attributes.filter((a) => a.name === "serde").flatMap((a) => a.arguments);

/** `Option<T>` and `Box<T>` hold a T as serde reads it. */
function innerType(type: Node): string {
  const outer = type.type === "generic_type" ? type.childForFieldName("type")?.text.split("::").at(-1) : undefined;
  const argument = type.childForFieldName("type_arguments")?.namedChildren.filter((c) => c !== null);
  const held = (outer === "Option" || outer === "Box") && argument?.length === 1 ? argument[0] : type;
  return held.text.replace(/\s+/g, "");
}

/** A field's key under serde's `rename_all` rules (snake_case fields in, as Rust writes them). */
function renamed(field: string, rule: string | undefined): string {
  const words = field.split("_").filter(Boolean);
  const capitalized = words.map((w) => w[0].toUpperCase() + w.slice(1));
  switch (rule) {
    case "lowercase":
      return field.toLowerCase();
    case "UPPERCASE":
    case "SCREAMING_SNAKE_CASE":
      return field.toUpperCase();
    case "kebab-case":
      return words.join("-");
    case "SCREAMING-KEBAB-CASE":
      return words.join("-").toUpperCase();
    case "camelCase":
      return words[0] + capitalized.slice(1).join("");
    case "PascalCase":
      return capitalized.join("");
    default:
      return field;
  }
}

/** Methods config crates read one key by: config-rs's `get`, `get_int`, `get_string`, `get_float`, `get_bool`. */
const KEY_GETTER = /^get(?:_(?:int|string|str|float|bool))?$/;

/** The key a `x.get("server.port")` / `x.get::<u16>("port")` call reads. */
function keyRead(call: Node): string | undefined {
  let fn = call.childForFieldName("function");
  if (fn?.type === "generic_function") fn = fn.childForFieldName("function");
  if (fn?.type !== "field_expression" || !KEY_GETTER.test(fn.childForFieldName("field")?.text ?? "")) return undefined;
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null) ?? [];
  const literal = args.length === 1 ? literalValue(args[0]) : undefined;
  return literal?.kind === "string" && /^[\w-]+(?:\.[\w-]+)*$/.test(literal.value) ? literal.value : undefined;
}
