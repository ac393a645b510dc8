// What a call expression calls (a method, or a function by its path), read once for all the readers of a walk.
import type { Node } from "web-tree-sitter";

export interface Callee {
  /** The call's `function` child, and its type. */
  node: Node | null;
  type?: string;
  /** `x.route(…)` → `route`. */
  method?: string;
  /** `get(…)`, `web :: resource(…)`: the name or path, whitespace removed (`web::resource`). */
  path?: string;
}

export function calleeOf(call: Node): Callee {
  const node = call.childForFieldName("function");
  const type = node?.type;
  if (type === "field_expression") return { node, type, method: node!.childForFieldName("field")?.text };
  if (type === "identifier" || type === "scoped_identifier") return { node, type, path: node!.text.replace(/\s+/g, "") };
  return type ? { node, type } : { node };
}

/** The callee of the call the walk is at: a walk hands each node to its readers one after another, and each of them
 * asks what the call calls. */
export class Callees {
  private last?: { call: Node; callee: Callee };

  of(call: Node): Callee {
    if (this.last?.call !== call) this.last = { call, callee: calleeOf(call) };
    return this.last.callee;
  }
}
