// Which HTTP routes a crate registers and the full paths they are served under, read from its syntax trees: method
// chains (`.route`, `.nest`, `web::scope`, `.mount`), handler attributes (`#[get("…")]`) and request-path comparisons.
import type { Node } from "web-tree-sitter";
import { Callees, calleeOf, type Callee } from "./callee.js";
import { attributesOf, type CfgContext, type NodeReader } from "./cfg.js";
import { tokenArguments, type ArgumentValue } from "./attribute.js";
import { fileModule, type ConstantTable } from "./constants.js";
import { literalValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";

/** One piece of a path as written: literal text, a constant to resolve across the crate, or a field or variable set
 * at run time, known here only by its name (`config.healthcheck_route`). */
export type PathPart = { text: string } | { constant: string; module: string[] } | { heldIn: string };

/** The function a registration or placement sits in (or, for a handler attribute, the handler it annotates). */
export interface RouteOwner {
  fn: string;
  /** Its module from the crate root, and the type whose `impl` holds it: what `api::router()`/`Api::routes()` name. */
  module: string[];
  implType?: string;
  /** The local bindings it is built into (`let api = Router::new().route(…)`), placed by name in the same function. */
  bindings: string[];
}

export interface RouteRegistration {
  path: PathPart[];
  shape: string;
  line: number;
  /** The prefixes of the routers around it in its own function, outermost first. */
  prefixes: PathPart[][];
  owner?: RouteOwner;
  /** The condition of the innermost `if` whose then-block holds it, or its match arm's guard. */
  condition?: string;
}

/** Where a router-building function, a local router or a handler is placed: `.nest("/p", api())`, `.merge(x())`,
 * `.mount("/p", routes![h])`, `web::scope("/p").configure(f)` / `.service(h)`. */
export interface RouterPlacement {
  /** The placement's own prefix (empty for `.merge`, `.configure`, `.service`). */
  prefix: PathPart[];
  /** The function path named (`api::router`), or a local binding's name. */
  target: string;
  local: boolean;
  prefixes: PathPart[][];
  owner?: RouteOwner;
}

/** A call of a function under a condition (`if opts.health && is_health(req)`, after `if !opts.health { return }`):
 * a route that function registers or compares is served only when the condition holds. */
export interface GuardedCall {
  callee: string;
  condition: string;
}

export interface RouteFacts {
  routes: RouteRegistration[];
  placements: RouterPlacement[];
  guardedCalls: GuardedCall[];
}

/** Methods whose first argument is a route's path: axum/actix `.route`, axum `.route_service`, poem `.at`. */
const ROUTE_METHODS = new Set(["route", "route_service", "at"]);
/** Calls whose second argument is a router served under the first: axum/poem `.nest`, Rocket `.mount`. */
const NESTING_METHODS = new Set(["nest", "nest_service", "mount"]);
/** Calls that place a router or handler without a prefix of their own (a scope they are chained on gives one). */
const MERGING_METHODS = new Set(["merge", "configure", "service"]);
/** Handler attributes of a GET route: actix and Rocket `#[get("…")]`, `#[route("…", method = "GET")]`. */
const HANDLER_ATTRIBUTES = new Set(["get", "head", "route"]);
/** Conversions that keep a path's value: `"/x".to_string()`, `String::from(P)`, `p.as_str()`. */
const SAME_VALUE_METHODS = new Set(["to_string", "to_owned", "into", "as_str", "as_ref", "clone"]);
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
/** An expression that holds the request's path: `req.uri().path()`, `req_path`, `path`. */
const REQUEST_PATH = /\b(?:\w*_)?(?:path|uri)(?:_\w*)?\b/i;
const READ_TYPES = ["function_item", "call_expression", "binary_expression", "match_arm", "last_match_arm"];

/** The reader of the routes and router placements a file's active code registers, into `facts`. */
export function routeReader(source: ParsedSource, context: CfgContext, facts: RouteFacts, callees = new Callees()): NodeReader {
  const file = new FileRoutes(source.root, fileModule(source.file));
  return {
    types: READ_TYPES,
    visit: (node, type) => {
      if (type === "function_item") readHandlerAttributes(node, context, file, facts);
      else if (type === "call_expression") readCall(node, callees.of(node), file, facts);
      else if (type === "binary_expression") readComparison(node, file, facts);
      else readMatchArm(node, file, facts);
    },
  };
}

/**
 * A fact of each node that is the same fact of the next node on a path from it (up to its function, down a method
 * chain), changed by the node, or settled at the node itself. Each node's is found once per file: a path of thousands
 * (a chain of thousands of `.route()` calls) is walked once, not once for each node on it.
 */
class PathFacts<T> {
  private readonly known = new Map<number, T>();

  constructor(private readonly step: (node: Node) => { next: Node; extend?: (after: T) => T } | { value: T }) {}

  of(node: Node): T {
    const path: { id: number; extend?: (after: T) => T }[] = [];
    let value: T;
    for (let at = node; ; ) {
      if (this.known.has(at.id)) {
        value = this.known.get(at.id)!;
        break;
      }
      const step = this.step(at);
      if ("value" in step) {
        value = step.value;
        this.known.set(at.id, value);
        break;
      }
      path.push({ id: at.id, extend: step.extend });
      at = step.next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const { id, extend } = path[i];
      if (extend) value = extend(value);
      this.known.set(id, value);
    }
    return value;
  }
}

/**
 * The nodes from the root down to the last one asked about, from which a node's parent is read. tree-sitter finds a
 * parent by descending from the root, at a cost that grows with the depth (a chain of thousands of calls is thousands
 * deep); here the path moves from node to node as the readers go through the file in source order, so each node on
 * it is found once, from the one above.
 */
class TreePath {
  private readonly path: { node: Node; end: number }[];
  private readonly depth = new Map<number, number>();

  constructor(root: Node) {
    this.path = [{ node: root, end: root.endIndex }];
    this.depth.set(root.id, 0);
  }

  /** The node's parent, as `node.parent` gives it. */
  parentOf(node: Node): Node | null {
    this.moveTo(node);
    const depth = this.depth.get(node.id);
    return depth === undefined ? this.path[this.path.length - 1].node : depth > 0 ? this.path[depth - 1].node : null;
  }

  private moveTo(node: Node): void {
    if (this.depth.has(node.id)) return;
    // Only a node that holds it is one of its ancestors (an empty node may sit at the edge of one that does not).
    const start = node.startIndex;
    const end = node.endIndex;
    let keep = this.path.length;
    while (keep > 1 && (start === end || start < this.path[keep - 1].node.startIndex || end > this.path[keep - 1].end)) keep--;
    this.cut(keep);
    for (;;) {
      const child = this.path[this.path.length - 1].node.childWithDescendant(node);
      if (!child) return;
      this.depth.set(child.id, this.path.length);
      this.path.push({ node: child, end: child.endIndex });
      if (child.id === node.id) return;
    }
  }

  private cut(length: number): void {
    while (this.path.length > length) this.depth.delete(this.path.pop()!.node.id);
  }
}

/** What a block's statements say to the calls in it: its first early return's guard, and its `let` bindings. */
interface BlockStatements {
  guard?: { start: number; condition: string };
  bindings: { start: number; name: string; declaration: Node }[];
}

/** One file's reading: its module, and what the nodes a registration is read from share (the function and bindings
 * around them, their conditions, router prefixes and inline modules, each block's statements), found once. */
class FileRoutes {
  private readonly blocks = new Map<number, BlockStatements>();
  private readonly tree: TreePath;

  constructor(
    root: Node,
    readonly module: string[],
  ) {
    this.tree = new TreePath(root);
  }

  parentOf(node: Node): Node | null {
    return this.tree.parentOf(node);
  }

  /** The names of the inline modules around a node, outermost first. */
  readonly modules = new PathFacts<string[]>((node) => {
    const p = this.parentOf(node);
    if (!p) return { value: [] };
    if (p.type !== "mod_item") return { next: p };
    const name = p.childForFieldName("name")?.text ?? "";
    return { next: p, extend: (after) => [...after, name] };
  });

  /** The module a node is in from the crate root. */
  moduleOf(node: Node): string[] {
    return [...this.module, ...this.modules.of(node)];
  }

  /** The function around a node and the local bindings it is built into there, innermost first. */
  readonly functions = new PathFacts<{ fn?: Node; bindings: string[] }>((node) => {
    const own = bindingName(node);
    const p = this.parentOf(node);
    if (!p || p.type === "function_item") return { value: { ...(p ? { fn: p } : {}), bindings: own } };
    return { next: p, extend: own.length === 0 ? undefined : (after) => ({ ...after, bindings: [...own, ...after.bindings] }) };
  });

  /**
   * What must hold for a node to run, within its function: the condition of the innermost `if` whose then-block
   * holds it, else the negated condition of an early return before it (`if !opts.health { return None; }`).
   */
  readonly conditions = new PathFacts<string | undefined>((node) => {
    const p = this.parentOf(node);
    if (!p || p.type === "function_item") return { value: undefined };
    if (p.type === "if_expression" && p.childForFieldName("consequence")?.id === node.id) return { value: p.childForFieldName("condition")?.text };
    const guard = p.type === "block" ? this.statements(p).guard : undefined;
    return guard && guard.start < node.startIndex ? { value: guard.condition } : { next: p };
  });

  /** The prefixes of the routers around a node in its function, outermost first: `.nest("/p", …)`/`.mount` whose
   * router argument holds it, and `web::scope("/p")` at the start of the chain of a call it is an argument of. */
  readonly prefixes = new PathFacts<PathPart[][]>((node) => {
    const p = this.parentOf(node);
    if (!p || p.type === "function_item") return { value: [] };
    const outer = p.type === "arguments" ? this.parentOf(p) : null;
    if (outer?.type !== "call_expression") return { next: p };
    const found: PathPart[][] = [];
    const outerScope = this.scopes.of(outer);
    if (outerScope) found.push(outerScope);
    const method = calleeOf(outer).method;
    const args = argumentsOf(outer);
    if (method && NESTING_METHODS.has(method) && args.length >= 2 && args[0].id !== node.id) {
      const prefix = pathOf(args[0], this);
      if (prefix) found.push(prefix);
    }
    return { next: p, extend: found.length === 0 ? undefined : (after) => [...after, ...found] };
  });

  /** The path of a `web::scope("/p")` (or `scope("/p")`) call that starts the method chain a call is on. */
  readonly scopes = new PathFacts<PathPart[] | undefined>((call) => {
    const callee = call.childForFieldName("function");
    if (callee?.type === "field_expression") {
      const receiver = callee.childForFieldName("value");
      return receiver?.type === "call_expression" ? { next: receiver } : { value: undefined };
    }
    const args = argumentsOf(call);
    return { value: callee && callee.text.replace(/\s+/g, "").split("::").at(-1) === "scope" && args.length === 1 ? pathOf(args[0], this) : undefined };
  });

  /** A block's early-return guard and bindings, read once for every node in it. */
  statements(block: Node): BlockStatements {
    let found = this.blocks.get(block.id);
    if (!found) {
      const read: BlockStatements = { bindings: [] };
      for (const statement of block.namedChildren) {
        if (!statement) continue;
        const type = statement.type;
        if (type === "let_declaration") read.bindings.push({ start: statement.startIndex, name: statement.childForFieldName("pattern")?.text ?? "", declaration: statement }); else if (!read.guard && type === "expression_statement") {
          const condition = earlyReturnGuard(statement);
          if (condition) read.guard = { start: statement.startIndex, condition };
        }
      }
      this.blocks.set(block.id, read);
      found = read;
    }
    return found;
  }
}

function readHandlerAttributes(fn: Node, context: CfgContext, file: FileRoutes, facts: RouteFacts): void {
  for (const attribute of attributesOf(fn, context, (name) => HANDLER_ATTRIBUTES.has(name.split("::").at(-1)!))) {
    // `#[get("/p")]`, `#[route(GET, path = "/p")]`, `#[route("/p", method = "GET")]`
    const argument = attribute.arguments.find((a) => (a.key === undefined || a.key === "path" || a.key === "uri") && a.value?.literal?.kind === "string");
    const value = argument?.value?.literal?.kind === "string" ? argument.value.literal.value : undefined;
    if (value === undefined) continue;
    const owner = ownerOf(fn, file);
    facts.routes.push({ path: [{ text: value }], shape: `#[${attribute.name.split("::").at(-1)}("…")]`, line: attribute.line, prefixes: [], ...(owner ? { owner } : {}) });
  }
}

function readCall(call: Node, { node: callee, method, path: functionPath }: Callee, file: FileRoutes, facts: RouteFacts): void {
  if (!callee) return;
  if (functionPath) {
    const condition = conjunctOf(call, file) ?? file.conditions.of(call);
    if (condition) facts.guardedCalls.push({ callee: functionPath, condition });
  }
  const functionName = functionPath?.split("::").at(-1);
  // Most calls place nothing: their arguments are not read.
  if (functionName !== "resource" && !(method && (ROUTE_METHODS.has(method) || NESTING_METHODS.has(method) || MERGING_METHODS.has(method)))) return;
  const args = argumentsOf(call);
  const registration = (shape: string) => {
    const path = pathOf(args[0], file) ?? heldPath(args[0]);
    if (!path) return;
    const owner = ownerOf(call, file);
    const condition = file.conditions.of(call);
    const held = path.find((p) => "heldIn" in p);
    facts.routes.push({
      path,
      shape: held ? `${shape} with the path held in ${held.heldIn}` : shape,
      line: args[0].startPosition.row + 1,
      prefixes: prefixesAround(call, file),
      ...(owner ? { owner } : {}),
      ...(condition ? { condition } : {}),
    });
  };
  if (args.length === 0) return;
  if (method && ROUTE_METHODS.has(method)) return registration(`.${method}("…")`);
  if (functionName === "resource") return registration('web::resource("…")');
  if (method && NESTING_METHODS.has(method) && args.length >= 2) {
    const prefix = pathOf(args[0], file);
    if (prefix) for (const target of placedTargets(args[1])) facts.placements.push(placement(call, file, prefix, target));
  } else if (method && MERGING_METHODS.has(method)) for (const target of placedTargets(args[0])) facts.placements.push(placement(call, file, [], target));
}

function placement(call: Node, file: FileRoutes, prefix: PathPart[], target: { name: string; local: boolean }): RouterPlacement {
  const owner = ownerOf(call, file);
  return { prefix, target: target.name, local: target.local, prefixes: prefixesAround(call, file), ...(owner ? { owner } : {}) };
}

/** What an argument places: the function a router comes from (`api::router(state)`, its chain's first call), a local
 * router's name, a handler or configure function (`health`, `api::config`), or the handlers of `routes![…]`. */
function placedTargets(argument: Node): { name: string; local: boolean }[] {
  let node = unreferenced(argument);
  if (node.type === "macro_invocation" && node.childForFieldName("macro")?.text === "routes") {
    const tree = node.namedChildren.find((c) => c?.type === "token_tree");
    return tree ? tokenArguments(tree).flatMap((a) => (a.key && !a.value && !a.arguments ? [{ name: a.key, local: false }] : [])) : [];
  }
  for (;;) {
    const callee = node.type === "call_expression" ? node.childForFieldName("function") : undefined;
    if (callee?.type !== "field_expression") break;
    node = callee.childForFieldName("value")!;
  }
  // A bare name is a function passed as a value (`.configure(api)`) or a local router (`.nest("/api", api)`).
  if (node.type === "identifier") return [{ name: node.text, local: true }, { name: node.text, local: false }];
  if (node.type === "call_expression") node = node.childForFieldName("function")!;
  return node.type === "identifier" || node.type === "scoped_identifier" ? [{ name: node.text.replace(/\s+/g, ""), local: false }] : [];
}

function readComparison(node: Node, file: FileRoutes, facts: RouteFacts): void {
  if (node.childForFieldName("operator")?.type !== "==") return;
  const sides = [node.childForFieldName("left"), node.childForFieldName("right")];
  for (const [side, other] of [sides, [...sides].reverse()]) {
    if (!side || !other) continue;
    const requestPath = REQUEST_PATH.test(other.text);
    const literal = literalValue(side);
    const path: PathPart[] | undefined =
      literal?.kind === "string"
        ? literal.value.startsWith("/") || requestPath
          ? [{ text: literal.value }]
          : undefined
        : requestPath && isConstantPath(side)
          ? [{ constant: side.text.replace(/\s+/g, ""), module: file.moduleOf(side) }]
          : undefined;
    if (!path) continue;
    const owner = ownerOf(node, file);
    const condition = file.conditions.of(node);
    facts.routes.push({ path, shape: "path comparison", line: side.startPosition.row + 1, prefixes: [], ...(owner ? { owner } : {}), ...(condition ? { condition } : {}) });
    return;
  }
}

/** A match arm on the request path: `(&Method::GET, "/health") =>`, `"/healthz" | "/livez" =>`, with its guard. */
function readMatchArm(arm: Node, file: FileRoutes, facts: RouteFacts): void {
  const pattern = arm.childForFieldName("pattern");
  if (!pattern) return;
  const guard = pattern.childForFieldName("condition");
  const owner = ownerOf(arm, file);
  const condition = guard?.text ?? file.conditions.of(arm);
  const visit = (node: Node) => {
    if (guard && node.equals(guard)) return;
    const literal = node.type === "string_literal" || node.type === "raw_string_literal" ? literalValue(node) : undefined;
    if (literal?.kind === "string" && literal.value.startsWith("/"))
      facts.routes.push({ path: [{ text: literal.value }], shape: "path comparison", line: node.startPosition.row + 1, prefixes: [], ...(owner ? { owner } : {}), ...(condition ? { condition } : {}) });
    else for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(pattern);
}

const argumentsOf = (call: Node): Node[] => call.childForFieldName("arguments")?.namedChildren.filter((c): c is Node => c !== null && !c.type.endsWith("comment")) ?? [];

/** `&x`, `&*x`, `(x)`: the expression itself. */
function unreferenced(node: Node): Node {
  let current = node;
  while (["reference_expression", "parenthesized_expression"].includes(current.type) || (current.type === "unary_expression" && current.firstChild?.type === "*"))
    current = current.namedChildren.at(-1) ?? current;
  return current;
}

const isConstantPath = (node: Node) => (node.type === "identifier" || node.type === "scoped_identifier") && CONSTANT_NAME.test(node.text.split("::").at(-1)!);

/**
 * A path expression as pieces: a literal, a constant, `format!("{}/health", PREFIX)` or `format!("{PREFIX}/x")`,
 * `concat!("/api", "/health")`, a local `let` binding of one, and value-keeping conversions of these. Undefined for
 * anything known only at run time.
 */
function pathOf(expression: Node, file: FileRoutes, depth = 0): PathPart[] | undefined {
  const node = unreferenced(expression);
  if (depth > 4) return undefined;
  const literal = literalValue(node);
  if (literal) return literal.kind === "string" ? [{ text: literal.value }] : undefined;
  if (isConstantPath(node)) return [{ constant: node.text.replace(/\s+/g, ""), module: file.moduleOf(node) }];
  if (node.type === "identifier") {
    const bound = localBinding(node, file);
    return bound ? pathOf(bound, file, depth + 1) : undefined;
  }
  if (node.type === "macro_invocation") return macroPath(node, file);
  if (node.type === "call_expression") {
    const callee = node.childForFieldName("function");
    const args = argumentsOf(node);
    if (callee?.type === "field_expression" && SAME_VALUE_METHODS.has(callee.childForFieldName("field")?.text ?? "") && args.length === 0)
      return pathOf(callee.childForFieldName("value")!, file, depth + 1);
    if (callee && /^(?:String|PathBuf)::from$/.test(callee.text.replace(/\s+/g, "")) && args.length === 1) return pathOf(args[0], file, depth + 1);
  }
  return undefined;
}

/** A path held in a field or a variable the function does not bind (`&config.health_route`, a parameter): its name. */
function heldPath(expression: Node): PathPart[] | undefined {
  const node = unreferenced(expression);
  const name = node.type === "field_expression" ? node.childForFieldName("field")?.text : node.type === "identifier" ? node.text : undefined;
  return name ? [{ heldIn: name }] : undefined;
}

function macroPath(node: Node, file: FileRoutes): PathPart[] | undefined {
  const name = node.childForFieldName("macro")?.text.split("::").at(-1);
  const tree = node.namedChildren.find((c) => c?.type === "token_tree");
  if (!tree || (name !== "format" && name !== "concat")) return undefined;
  const args = tokenArguments(tree);
  const piece = (value: ArgumentValue | undefined): PathPart | undefined =>
    value?.literal?.kind === "string"
      ? { text: value.literal.value }
      : value?.path && CONSTANT_NAME.test(value.path.split("::").at(-1)!)
        ? { constant: value.path, module: file.moduleOf(node) }
        : undefined;
  if (name === "concat") {
    const parts = args.map((a) => (a.key === undefined && a.value?.literal?.kind === "string" ? { text: a.value.literal.value } : undefined));
    return parts.every((p) => p !== undefined) ? parts : undefined;
  }
  const template = args[0]?.value?.literal;
  if (template?.kind !== "string") return undefined;
  // A bare name is read as a key alone: as a positional argument it is a path.
  const positional = args.slice(1).filter((a) => a.key === undefined || (!a.value && !a.arguments)).map((a) => a.value ?? { text: a.key!, path: a.key!, line: a.line });
  const named = new Map(args.slice(1).flatMap((a) => (a.key !== undefined && a.value ? [[a.key, a.value] as const] : [])));
  const parts: PathPart[] = [];
  let next = 0;
  for (const m of template.value.matchAll(/\{\{|\}\}|\{([^{}:]*)(?::[^{}]*)?\}|[^{}]+/g)) {
    if (m[0] === "{{" || m[0] === "}}") parts.push({ text: m[0][0] });
    else if (!m[0].startsWith("{")) parts.push({ text: m[0] });
    else {
      const key = m[1].trim();
      const value = key === "" ? positional[next++] : /^\d+$/.test(key) ? positional[Number(key)] : named.get(key);
      // `{PREFIX}` with no argument of that name captures the constant in scope.
      const part = value ? piece(value) : CONSTANT_NAME.test(key) ? { constant: key, module: file.moduleOf(node) } : undefined;
      if (!part) return undefined;
      parts.push(part);
    }
  }
  return parts;
}

/** The value of the nearest `let name = …;` before `identifier` in the blocks around it. */
function localBinding(identifier: Node, file: FileRoutes): Node | undefined {
  const name = identifier.text;
  for (let block = file.parentOf(identifier); block && block.type !== "function_item"; block = file.parentOf(block)) {
    if (block.type !== "block") continue;
    let found: Node | undefined;
    for (const binding of file.statements(block).bindings) {
      if (binding.start >= identifier.startIndex) break;
      if (binding.name === name) found = binding.declaration;
    }
    const value = found?.childForFieldName("value");
    if (value) return value;
  }
  return undefined;
}

/** `let name = …` or `name = …`: the name a node binds, as a list of none or one. */
function bindingName(node: Node): string[] {
  const type = node.type;
  const target = type === "let_declaration" ? node.childForFieldName("pattern") : type === "assignment_expression" ? node.childForFieldName("left") : null;
  return target?.type === "identifier" ? [target.text] : [];
}

/** The function around a node (or the handler an attribute annotates), and the bindings it is built into there. */
function ownerOf(node: Node, file: FileRoutes): RouteOwner | undefined {
  const { fn, bindings } = node.type === "function_item" ? { fn: node, bindings: [] } : file.functions.of(node);
  const name = fn?.childForFieldName("name")?.text;
  if (!fn || !name) return undefined;
  const container = file.parentOf(fn);
  const impl = container ? file.parentOf(container) : null;
  const implType = impl?.type === "impl_item" ? impl.childForFieldName("type")?.text : undefined;
  return { fn: name, module: file.moduleOf(fn), ...(implType ? { implType } : {}), bindings };
}

/** `if !c { return …; }` as a statement: c. */
function earlyReturnGuard(statement: Node): string | undefined {
  const branch = statement.type === "expression_statement" ? statement.namedChildren[0] : undefined;
  if (branch?.type !== "if_expression" || branch.childForFieldName("alternative")) return undefined;
  const condition = branch.childForFieldName("condition");
  const body = branch.childForFieldName("consequence")?.namedChildren.filter((c) => c !== null && !c.type.endsWith("comment"));
  const returns = body?.length === 1 && (body[0]!.type === "return_expression" || body[0]!.namedChildren[0]?.type === "return_expression");
  return returns && condition?.type === "unary_expression" && condition.firstChild?.type === "!" ? condition.namedChildren[0]?.text : undefined;
}

/** The other operand of an `&&` the call is one side of (`opts.health && is_health(req)`). */
function conjunctOf(call: Node, file: FileRoutes): string | undefined {
  const parent = file.parentOf(call);
  if (parent?.type !== "binary_expression" || parent.childForFieldName("operator")?.type !== "&&") return undefined;
  const left = parent.childForFieldName("left");
  return (left?.equals(call) ? parent.childForFieldName("right") : left)?.text;
}

/** The prefixes of the routers a call sits in within its function, outermost first (FileRoutes.prefixes), and the
 * `web::scope("/p")` that starts its own chain. */
function prefixesAround(call: Node, file: FileRoutes): PathPart[][] {
  const scope = file.scopes.of(call);
  return [...file.prefixes.of(call), ...(scope ? [scope] : [])];
}

/** A source's route facts and where it is. */
export interface RouteSource {
  path: string;
  routes: RouteFacts;
}

export interface JoinedRoute {
  /** The path as registered (its own pieces resolved) and under every prefix it is served under. */
  route: string;
  path: string;
  registration: RouteRegistration;
  file: string;
  /** The module it is registered in, and whether a router elsewhere places it (under a prefix or merged). */
  module: string[];
  placed: boolean;
  /** What must hold for it to be served: its own condition, else one its function is only called under. */
  condition?: string;
}

/** How deep placements are followed (`main` nests `api()`, which merges `health()`…). */
const PLACEMENT_DEPTH = 4;

/** What a field or variable named `name` holds as a path, when the crate says (undefined when it does not). */
export type HeldPaths = (name: string) => string | undefined;

/** Every route the sources register whose path resolves, with its full path: the prefixes around it, then where its
 * function (or local router, or handler) is placed, followed outward. */
export function joinedRoutes(sources: RouteSource[], constants: ConstantTable, held: HeldPaths = () => undefined): JoinedRoute[] {
  const placedCache = new Map<string, string[] | undefined>();
  const resolve = (parts: PathPart[]) => resolvePath(parts, constants, held);
  /** The prefixes outside the owner's function, outermost first; undefined when nothing places it. */
  const placedUnder = (owner: RouteOwner | undefined, depth: number): string[] | undefined => {
    if (!owner || depth >= PLACEMENT_DEPTH) return undefined;
    const key = `${owner.module.join("::")} ${owner.implType ?? ""} ${owner.fn} ${owner.bindings.join(",")} ${depth}`;
    if (placedCache.has(key)) return placedCache.get(key);
    let found: string[] | undefined;
    search: for (const src of sources)
      for (const placement of src.routes.placements)
        if (places(placement, owner)) {
          const prefix = resolve(placement.prefix);
          const around = placement.prefixes.map(resolve);
          if (prefix === undefined || around.some((p) => p === undefined)) continue;
          found = [...(placedUnder(placement.owner, depth + 1) ?? []), ...(around as string[]), prefix];
          break search;
        }
    placedCache.set(key, found);
    return found;
  };
  const guardedCalls = sources.flatMap((src) => src.routes.guardedCalls);
  const joined: JoinedRoute[] = [];
  for (const src of sources)
    for (const registration of src.routes.routes) {
      const route = resolve(registration.path);
      const around = registration.prefixes.map(resolve);
      if (route === undefined || !route.includes("/") || around.some((p) => p === undefined)) continue;
      const own = route.startsWith("/") ? route : `/${route}`;
      const placed = placedUnder(registration.owner, 0);
      const owner = registration.owner;
      const condition =
        registration.condition ??
        (owner && guardedCalls.find((c) => namesOwner(c.callee, owner))?.condition);
      joined.push({
        route: own,
        path: joinPaths([...(placed ?? []), ...(around as string[]), own]),
        registration,
        file: src.path,
        module: registration.owner?.module ?? fileModule(src.path),
        placed: placed !== undefined,
        ...(condition ? { condition } : {}),
      });
    }
  return joined;
}

/** Every router prefix the sources use (nest, mount, scope), resolved. */
export function routerPrefixes(sources: RouteSource[], constants: ConstantTable): string[] {
  const all = sources.flatMap((src) => [...src.routes.placements.flatMap((p) => [p.prefix, ...p.prefixes]), ...src.routes.routes.flatMap((r) => r.prefixes)]);
  return [...new Set(all.map((p) => resolvePath(p, constants, () => undefined)))].filter((p): p is string => p !== undefined && p.replace(/\/+$/, "") !== "").map((p) => p.replace(/\/+$/, ""));
}

/** Whether a placement names this owner: its function (qualified by its module or `impl` type when the target is),
 * or a local router it is built into, in the same function. */
function places(placement: RouterPlacement, owner: RouteOwner): boolean {
  if (placement.local)
    return placement.owner !== undefined && placement.owner.fn === owner.fn && same(placement.owner.module, owner.module) && owner.bindings.includes(placement.target);
  return namesOwner(placement.target, owner);
}

/** Whether a function path (`health`, `api::router`, `Api::routes`) names the owner's function. */
function namesOwner(target: string, owner: RouteOwner): boolean {
  const segments = target.split("::").filter((s) => s !== "crate" && s !== "self" && s !== "super");
  const name = segments.pop();
  const qualifier = segments.at(-1);
  return name === owner.fn && (qualifier === undefined || qualifier === owner.module.at(-1) || qualifier === owner.implType);
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

function resolvePath(parts: PathPart[], constants: ConstantTable, held: HeldPaths): string | undefined {
  let out = "";
  for (const part of parts) {
    if ("text" in part) out += part.text;
    else if ("heldIn" in part) {
      const value = held(part.heldIn);
      if (value === undefined) return undefined;
      out += value;
    } else {
      const value = constants.resolve(part.constant, part.module);
      if (value?.kind !== "string") return undefined;
      out += value.value;
    }
  }
  return out;
}

export const joinPaths = (parts: string[]) => `/${parts.flatMap((p) => p.split("/").filter(Boolean)).join("/")}`;
