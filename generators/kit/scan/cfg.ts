// Which code a Linux container's release build compiles: `cfg` predicates evaluated, inactive items skipped.
import type { Node, TreeCursor } from "web-tree-sitter";
import { readAttribute, type Attribute, type AttributeArgument } from "./attribute.js";
import { firstAtOrAbove } from "./rust-source.js";
import type { ParsedSource } from "./syntax.js";

/** True, false, or unknown (a predicate the kit cannot settle, like `target_arch` in a multi-arch image). */
export type Truth = boolean | undefined;

export interface CfgContext {
  /** The crate's active features; absent when they are not known, so `feature = "…"` stays unknown. */
  features?: ReadonlySet<string>;
}

/**
 * Configuration names as set for the image: a Linux target, a release build without tests or docs. Names that a
 * build may set itself (`tokio_unstable` through RUSTFLAGS) or that differ between the image's architectures
 * (`target_arch`, `target_env`, `target_pointer_width`) are absent: unknown.
 */
const TARGET_NAMES: Record<string, boolean> = {
  unix: true,
  windows: false,
  test: false,
  debug_assertions: false,
  doc: false,
  doctest: false,
  miri: false,
  proc_macro: false,
};
const TARGET_VALUES: Record<string, (value: string) => boolean> = {
  target_os: (os) => os === "linux",
  target_family: (family) => family === "unix",
};

/** Match arms and struct-literal fields hold their outer attributes as their own first children. */
const SELF_ATTRIBUTED = new Set(["match_arm", "last_match_arm", "field_initializer", "shorthand_field_initializer"]);
const COMMENTS = new Set(["line_comment", "block_comment"]);
/** Nodes that hold only tokens (macro bodies, literals, attributes, comments): a walk goes into them only when it
 * looks for a token-level type. */
const TOKEN_HOLDERS: ReadonlySet<string> = new Set(["token_tree", "string_literal", "raw_string_literal", "attribute_item", "inner_attribute_item", ...COMMENTS]);
const TOKEN_LEVEL = new Set(["token_tree", "attribute", "identifier", "string_content", "escape_sequence", "string_literal", "raw_string_literal", "char_literal", "integer_literal", "float_literal", "boolean_literal", "primitive_type", "metavariable", "doc_comment", "outer_doc_comment_marker", "inner_doc_comment_marker"]);
const NOTHING: ReadonlySet<string> = new Set();

const and = (a: Truth, b: Truth): Truth => (a === false || b === false ? false : a === true && b === true ? true : undefined);
const or = (a: Truth, b: Truth): Truth => (a === true || b === true ? true : a === false && b === false ? false : undefined);
const not = (a: Truth): Truth => (a === undefined ? undefined : !a);

/** A `cfg` predicate (`all(unix, not(test))`, `feature = "tls"`) for the image's build. */
export function evaluateCfg(predicate: AttributeArgument, context: CfgContext): Truth {
  const { key, value, arguments: args } = predicate;
  if (key === undefined) return value?.literal?.kind === "bool" ? value.literal.value : undefined;
  if (args !== undefined) {
    if (key === "all") return args.reduce<Truth>((acc, p) => and(acc, evaluateCfg(p, context)), true);
    if (key === "any") return args.reduce<Truth>((acc, p) => or(acc, evaluateCfg(p, context)), false);
    if (key === "not") return args.length === 1 ? not(evaluateCfg(args[0], context)) : undefined;
    return undefined;
  }
  if (value === undefined) return TARGET_NAMES[key];
  const text = value.literal?.kind === "string" ? value.literal.value : undefined;
  if (text === undefined) return undefined;
  if (key === "feature") return context.features ? context.features.has(text) : undefined;
  return TARGET_VALUES[key]?.(text);
}

/** Whether an attribute leaves its item in the build: `cfg(p)` is p; `cfg_attr(p, cfg(q))` removes it when p holds
 * and q does not; any other attribute keeps it. */
function attributeTruth(attribute: Attribute, context: CfgContext): Truth {
  if (attribute.name === "cfg") return attribute.arguments.length === 1 ? evaluateCfg(attribute.arguments[0], context) : undefined;
  if (attribute.name !== "cfg_attr" || attribute.arguments.length < 2) return true;
  const [predicate, ...attached] = attribute.arguments;
  const kept = attached.reduce<Truth>((acc, a) => and(acc, attributeTruth(asAttribute(a, attribute), context)), true);
  return or(not(evaluateCfg(predicate, context)), kept);
}

/** An attribute written inside `cfg_attr(…, attr)`, read as if it stood alone. */
const asAttribute = (argument: AttributeArgument, within: Attribute): Attribute => ({
  name: argument.key ?? "",
  inner: within.inner,
  arguments: argument.arguments ?? [],
  ...(argument.value ? { value: argument.value } : {}),
  line: argument.line,
});

/** Only `cfg` and `cfg_attr` can remove code: other attributes are not read to decide. */
function itemTruth(item: Node, context: CfgContext): Truth {
  const name = item.namedChildren.find((c) => c?.type === "attribute")?.firstChild?.text;
  if (name !== "cfg" && name !== "cfg_attr") return true;
  const attribute = readAttribute(item);
  return attribute ? attributeTruth(attribute, context) : undefined;
}

/** The outer attribute items of a node: those before it among its siblings, or its own first children. */
function outerAttributeItems(node: Node): Node[] {
  if (SELF_ATTRIBUTED.has(node.type)) {
    const own: Node[] = [];
    for (const child of node.namedChildren) {
      if (child?.type === "attribute_item") own.push(child);
      else if (!child || !COMMENTS.has(child.type)) break;
    }
    return own;
  }
  const before: Node[] = [];
  for (let s = node.previousSibling; s; s = s.previousSibling) {
    if (s.type === "attribute_item") before.unshift(s);
    else if (!COMMENTS.has(s.type)) break;
  }
  return before;
}

/** The attributes on an item, `cfg_attr(p, a, b)` replaced by `a, b` unless p is false; only those `named` keeps
 * (the others' arguments are never read: most attributes a reader meets are not the ones it looks for). */
export function attributesOf(node: Node, context: CfgContext, named: (name: string) => boolean = () => true): Attribute[] {
  const out: Attribute[] = [];
  const expand = (attribute: Attribute) => {
    if (attribute.name !== "cfg_attr" || attribute.arguments.length === 0) return void (named(attribute.name) && out.push(attribute));
    const [predicate, ...attached] = attribute.arguments;
    if (evaluateCfg(predicate, context) !== false) for (const a of attached) expand(asAttribute(a, attribute));
  };
  for (const item of outerAttributeItems(node)) {
    const attribute = readAttribute(item, (name) => name === "cfg_attr" || named(name));
    if (attribute) expand(attribute);
  }
  return out;
}

/**
 * Enters the nodes of the given types under `root` (in source order, outermost first) with whether the build compiles
 * them (false only when a `cfg` says so for certain): an item, field, statement, match arm or expression whose outer
 * attributes rule it out is inactive with all it holds, and so is everything after an inner `#![cfg(…)]` that rules
 * out its module. `enter` (given the node's type, which the cursor has at hand) returns whether to go into a node;
 * nodes that hold only tokens are not gone into. A tree cursor moves through the tree: no call stack per level, no
 * object per node passed over.
 */
function walk(root: Node, context: CfgContext, types: ReadonlySet<string> | "every", enter: (node: Node, active: boolean, type: string) => boolean): void {
  const cursor = root.walk();
  const levels: { active: boolean; attributes: Truth }[] = [];
  let active = true;
  let type = cursor.nodeType;
  try {
    for (;;) {
      const descend = TOKEN_HOLDERS.has(type) ? false : types !== "every" && !types.has(type) ? true : enter(cursor.currentNode, active, type);
      if (descend && cursor.gotoFirstChild()) levels.push({ active, attributes: true });
      else {
        while (levels.length > 0 && !cursor.gotoNextSibling()) {
          cursor.gotoParent();
          levels.pop();
        }
        if (levels.length === 0) return;
      }
      type = cursor.nodeType;
      active = childActive(cursor, type, levels[levels.length - 1], context);
    }
  } finally {
    cursor.delete();
  }
}

/** Whether the node under the cursor is compiled, given the attributes before it on its level (which it updates). */
function childActive(cursor: TreeCursor, type: string, level: { active: boolean; attributes: Truth }, context: CfgContext): boolean {
  if (type === "attribute_item") {
    level.attributes = and(level.attributes, itemTruth(cursor.currentNode, context));
    return level.active;
  }
  if (type === "inner_attribute_item") {
    const before = level.active;
    if (itemTruth(cursor.currentNode, context) === false) level.active = false;
    return before;
  }
  if (COMMENTS.has(type)) return level.active;
  const own = SELF_ATTRIBUTED.has(type) ? outerAttributeItems(cursor.currentNode).reduce<Truth>((acc, a) => and(acc, itemTruth(a, context)), true) : true;
  const active = level.active && and(level.attributes, own) !== false;
  level.attributes = true;
  return active;
}

/** One reader of a walk: the node types it wants, and what it does with each (given its type, which costs a call into
 * WebAssembly to ask the node again); `visit` returning false means nothing inside that node is for this reader. */
export interface NodeReader {
  types: readonly string[];
  visit: (node: Node, type: string) => boolean | void;
}

/**
 * Visits the nodes the build compiles once for every reader, outermost first in source order: each node goes to the
 * readers that want its type; `inactive` is what the build leaves out under `root` (inactiveRanges). Reaching a node
 * from JavaScript costs far more than any reader's work (each step crosses into WebAssembly), so the tree is searched
 * inside WebAssembly for the wanted types alone, and a file's readers share that one search. A node inside one a
 * reader declined is not that reader's; nothing inside inactive code (`#[cfg(test)] mod tests { … }`) or inside a
 * node that holds only tokens (an attribute, a macro's body) is visited.
 */
export function walkActive(root: Node, context: CfgContext, readers: readonly NodeReader[], inactive: readonly (readonly [number, number])[] = inactiveRangesUnder(root, root.text, root.startIndex, context)): void {
  const wanting = new Map<string, NodeReader[]>();
  for (const reader of readers) for (const type of reader.types) wanting.set(type, [...(wanting.get(type) ?? []), reader]);
  const opaque = [...wanting.keys()].some((t) => TOKEN_LEVEL.has(t)) ? NOTHING : TOKEN_HOLDERS;
  // In source order, outermost first: a node starting before where an earlier one ends is inside it.
  const nodes = root.descendantsOfType([...new Set([...wanting.keys(), ...opaque])]);
  const declinedUntil = new Map<NodeReader, number>();
  let opaqueUntil = -1;
  let nextInactive = 0;
  for (const node of nodes) {
    const start = node.startIndex;
    if (start < opaqueUntil) continue;
    while (nextInactive < inactive.length && inactive[nextInactive][1] <= start) nextInactive++;
    if (nextInactive < inactive.length && inactive[nextInactive][0] <= start) continue;
    const type = node.type;
    if (opaque.has(type)) {
      opaqueUntil = node.endIndex;
      continue;
    }
    for (const reader of wanting.get(type)!) {
      if (start < (declinedUntil.get(reader) ?? -1)) continue;
      if (reader.visit(node, type) === false) declinedUntil.set(reader, node.endIndex);
    }
  }
}

/**
 * What the build leaves out of a file, as [start, end) offsets into its text: each outermost item, field, statement,
 * match arm or expression a `cfg` rules out (`#[cfg(test)] mod tests { … }`), and what follows an inner
 * `#![cfg(…)]` that rules out its module.
 */
export function inactiveRanges(source: ParsedSource, context: CfgContext): [number, number][] {
  return inactiveRangesUnder(source.root, source.text, 0, context);
}

/** inactiveRanges under `root`, whose text is `text` from offset `textStart` of the file. */
function inactiveRangesUnder(root: Node, text: string, textStart: number, context: CfgContext): [number, number][] {
  // Only a node whose text holds `cfg` can hold an attribute that rules code out: the walk goes into no other.
  const cfgAt: number[] = [];
  for (let at = text.indexOf("cfg"); at >= 0; at = text.indexOf("cfg", at + 3)) cfgAt.push(textStart + at);
  const holdsCfg = (start: number, end: number) => {
    const first = firstAtOrAbove(cfgAt, start);
    return first < cfgAt.length && cfgAt[first] < end;
  };
  const ranges: [number, number][] = [];
  if (cfgAt.length === 0) return ranges;
  walk(root, context, "every", (node, active) => {
    if (active) return holdsCfg(node.startIndex, node.endIndex);
    ranges.push([node.startIndex, node.endIndex]);
    return false;
  });
  return ranges;
}

export interface ModuleDeclaration {
  /** `mod name;` */
  name: string;
  /** The inline modules it is declared in (`mod a { mod b; }`: `["a"]`), which its file lives under. */
  parents: string[];
  /** A `#[path = "…"]` that places its file. */
  path?: string;
  /** Files `#[cfg_attr(p, path = "…")]` places it in when p is false for the image: other platforms' (`windows.rs`). */
  otherPaths: string[];
  /** False when a `cfg` rules it out: its file is not compiled. */
  active: boolean;
  /** Where it is declared. */
  file: string;
  line: number;
}

/** `mod name;` with a file of its own is only declared among items, never inside a function or an impl: the walk for
 * it passes over every other item. */
const MODULE_WALK = new Set(["mod_item", "function_item", "impl_item", "trait_item", "struct_item", "enum_item", "union_item", "const_item", "static_item", "use_declaration", "macro_invocation", "macro_definition", "type_item", "foreign_mod_item", "expression_statement"]);

/** The `mod name;` declarations of a file (those with a file of their own), active or not. */
export function moduleDeclarations(source: ParsedSource, context: CfgContext): ModuleDeclaration[] {
  const found: ModuleDeclaration[] = [];
  // A declaration is written with the keyword: a file without the word has none, and its items are not walked.
  if (!source.text.includes("mod")) return found;
  walk(source.root, context, MODULE_WALK, (node, active) => {
    if (node.type !== "mod_item") return false;
    if (node.childForFieldName("body")) return true;
    const name = node.childForFieldName("name")?.text;
    if (!name) return false;
    const path = active ? attributesOf(node, context, (name) => name === "path")[0]?.value?.literal : undefined;
    found.push({
      name,
      parents: enclosingModules(node),
      ...(path?.kind === "string" ? { path: path.value } : {}),
      otherPaths: otherPlatformPaths(node, context),
      active,
      file: source.file,
      line: node.startPosition.row + 1,
    });
    return false;
  });
  return found;
}

/** The `path = "…"` values of a module's `cfg_attr`s whose predicate is false for the image. */
function otherPlatformPaths(node: Node, context: CfgContext): string[] {
  return outerAttributeItems(node).flatMap((item) => {
    const attribute = readAttribute(item);
    if (attribute?.name !== "cfg_attr" || attribute.arguments.length < 2 || evaluateCfg(attribute.arguments[0], context) !== false) return [];
    return attribute.arguments.slice(1).flatMap((a) => (a.key === "path" && a.value?.literal?.kind === "string" ? [a.value.literal.value] : []));
  });
}

/** The names of the inline modules around a node, outermost first. */
export function enclosingModules(node: Node): string[] {
  const names: string[] = [];
  for (let p = node.parent; p; p = p.parent) if (p.type === "mod_item") names.unshift(p.childForFieldName("name")?.text ?? "");
  return names;
}
