// Which code a Linux container's release build compiles: `cfg` predicates evaluated, inactive items skipped.
import type { Node } from "web-tree-sitter";
import { readAttribute, type Attribute, type AttributeArgument } from "./attribute.js";

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
export function attributeTruth(attribute: Attribute, context: CfgContext): Truth {
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

/** The attributes on an item, `cfg_attr(p, a, b)` replaced by `a, b` unless p is false. */
export function attributesOf(node: Node, context: CfgContext): Attribute[] {
  const out: Attribute[] = [];
  const expand = (attribute: Attribute) => {
    if (attribute.name !== "cfg_attr" || attribute.arguments.length === 0) return void out.push(attribute);
    const [predicate, ...attached] = attribute.arguments;
    if (evaluateCfg(predicate, context) !== false) for (const a of attached) expand(asAttribute(a, attribute));
  };
  for (const item of outerAttributeItems(node)) {
    const attribute = readAttribute(item);
    if (attribute) expand(attribute);
  }
  return out;
}

/**
 * Every node under `root` with whether the build compiles it (false only when a `cfg` says so for certain): an item,
 * field, statement, match arm or expression whose outer attributes rule it out is inactive with all it holds, and so
 * is everything after an inner `#![cfg(…)]` that rules out its module. `enter` returns whether to go into a node.
 * Iterative, so nesting depth costs no call stack.
 */
function walk(root: Node, context: CfgContext, enter: (node: Node, active: boolean) => boolean): void {
  const stack: [Node, boolean][] = [[root, true]];
  while (stack.length > 0) {
    const [node, active] = stack.pop()!;
    if (!enter(node, active) || node.childCount === 0) continue;
    const children: [Node, boolean][] = [];
    let levelActive = active;
    let attributes: Truth = true;
    for (const child of node.children) {
      if (!child) continue;
      if (child.type === "attribute_item") {
        attributes = and(attributes, itemTruth(child, context));
        children.push([child, levelActive]);
      } else if (child.type === "inner_attribute_item") {
        if (itemTruth(child, context) === false) levelActive = false;
        children.push([child, active]);
      } else if (COMMENTS.has(child.type)) children.push([child, levelActive]);
      else {
        const own = SELF_ATTRIBUTED.has(child.type) ? outerAttributeItems(child).reduce<Truth>((acc, a) => and(acc, itemTruth(a, context)), true) : true;
        children.push([child, levelActive && and(attributes, own) !== false]);
        attributes = true;
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Visits the nodes the build compiles, outermost first in source order; `visit` returning false skips a node's
 * children. Inactive code (`#[cfg(test)] mod tests { … }`) is never visited. */
export function walkActive(root: Node, context: CfgContext, visit: (node: Node) => boolean | void): void {
  walk(root, context, (node, active) => active && visit(node) !== false);
}

export interface ModuleDeclaration {
  /** `mod name;` */
  name: string;
  /** The inline modules it is declared in (`mod a { mod b; }`: `["a"]`), which its file lives under. */
  parents: string[];
  /** A `#[path = "…"]` that places its file. */
  path?: string;
  /** False when a `cfg` rules it out: its file is not compiled. */
  active: boolean;
  line: number;
}

/** The `mod name;` declarations of a file (those with a file of their own), active or not. */
export function moduleDeclarations(root: Node, context: CfgContext): ModuleDeclaration[] {
  const found: ModuleDeclaration[] = [];
  walk(root, context, (node, active) => {
    if (node.type !== "mod_item" || node.childForFieldName("body")) return true;
    const name = node.childForFieldName("name")?.text;
    if (!name) return false;
    const path = active ? attributesOf(node, context).find((a) => a.name === "path")?.value?.literal : undefined;
    found.push({
      name,
      parents: enclosingModules(node),
      ...(path?.kind === "string" ? { path: path.value } : {}),
      active,
      line: node.startPosition.row + 1,
    });
    return false;
  });
  return found;
}

/** The names of the inline modules around a node, outermost first. */
export function enclosingModules(node: Node): string[] {
  const names: string[] = [];
  for (let p = node.parent; p; p = p.parent) if (p.type === "mod_item") names.unshift(p.childForFieldName("name")?.text ?? "");
  return names;
}
