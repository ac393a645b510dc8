// What a configuration file says, as its parser reads it: each scalar value under its key path, with its line; a file
// its parser rejects (a template, a typo) is a problem at a line, never an exception.
import { parse as parseToml, TomlError } from "smol-toml";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from "yaml";
import { lineOf } from "./rust-source.js";

export type ConfigFormat = "toml" | "yaml" | "json";

export interface ConfigValue {
  /** Keys from the document's root; a number is a position in a list. */
  path: (string | number)[];
  value: string | number | boolean;
  /** 1-based line of its key (of the value, in a list). */
  line: number;
}

export interface ConfigDocument {
  /** In document order. */
  values: ConfigValue[];
  /** Why the parser rejected the file, and where: its values are then unknown. */
  problem?: { line: number; message: string };
}

/** The format a file's name says; undefined for those no parser here reads (RON, INI). */
export function configFormat(file: string): ConfigFormat | undefined {
  const ext = /\.(toml|ya?ml|json)$/i.exec(file)?.[1].toLowerCase();
  return ext === "toml" ? "toml" : ext === "json" ? "json" : ext ? "yaml" : undefined;
}

/** A config document's values, by its real parser. */
export function parseConfig(text: string, format: ConfigFormat): ConfigDocument {
  try {
    if (format === "yaml") return yamlValues(text);
    const parsed: unknown = format === "toml" ? parseToml(text) : JSON.parse(text);
    const values: ConfigValue[] = [];
    collect(parsed, [], values, (path) => keyLine(text, path));
    return { values: values.sort((a, b) => a.line - b.line) };
  } catch (error) {
    return { values: [], problem: { line: errorLine(error, text), message: firstLine(error) } };
  }
}

/** The dotted form of a key path (`server.address`; list positions left out, as config-rs names keys). */
export const dottedKey = (path: ConfigValue["path"]) => path.filter((k) => typeof k === "string").join(".");

function collect(value: unknown, path: ConfigValue["path"], into: ConfigValue[], lineOfPath: (path: ConfigValue["path"]) => number): void {
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i], into, lineOfPath));
  else if (value instanceof Date) into.push({ path, value: value.toISOString(), line: lineOfPath(path) });
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) collect(item, [...path, key], into, lineOfPath);
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") into.push({ path, value, line: lineOfPath(path) });
}

/**
 * The line of a key path in TOML or JSON text (their parsers keep no positions): each key in turn, searched from
 * where its parent's was, where a key is written (a line's first token, after `[`, `.`, `{` or `,`, before `=`, `:`,
 * `.` or `]`); list positions are passed over. Where a key is not found (a quoted key with escapes), its parent's line.
 */
function keyLine(text: string, path: ConfigValue["path"]): number {
  let from = 0;
  let keyAt = 0;
  for (const key of path) {
    if (typeof key === "number") continue;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(String.raw`(?:^|[\[.{,])[ \t]*["']?${escaped}["']?[ \t]*(?=[=:.\]])`, "gm");
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) break;
    keyAt = m.index;
    from = m.index + m[0].length;
  }
  return lineOf(text, keyAt);
}

function yamlValues(text: string): ConfigDocument {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  // An empty stream (comments alone, or nothing a document starts with) carries its errors itself.
  const error = ("empty" in documents ? documents.errors : documents.flatMap((d) => d.errors))[0];
  if (error) return { values: [], problem: { line: lineAt(error.pos[0]), message: firstLine(error) } };
  const values: ConfigValue[] = [];
  const walk = (node: unknown, path: ConfigValue["path"], keyOffset?: number): void => {
    if (isMap(node))
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as YamlNode | null;
        const name = isScalar(key) ? String(key.value) : String(key ?? "");
        walk(pair.value, [...path, name], key?.range?.[0]);
      }
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i], (item as YamlNode | null)?.range?.[0]));
    else if (isScalar(node) && node.value !== null && node.value !== undefined) {
      const v = node.value;
      values.push({ path, value: typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v), line: lineAt(keyOffset ?? node.range?.[0]) });
    }
  };
  for (const document of documents) walk(document.contents, []);
  return { values };
}

/** The line a parser names for its error: TOML's own; for JSON, whose errors carry no line, the YAML parser's (JSON
 * is YAML), else the first. */
function errorLine(error: unknown, text: string): number {
  if (error instanceof TomlError) return error.line;
  return yamlValues(text).problem?.line ?? 1;
}

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0].trim();
