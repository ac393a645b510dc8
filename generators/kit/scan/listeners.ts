// Which sockets a binary binds, read from its syntax trees: Unix sockets and TCP listeners, and the `if` that picks a
// Unix socket over TCP when the code offers both.
import type { Node } from "web-tree-sitter";
import { Callees } from "./callee.js";
import type { NodeReader } from "./cfg.js";
import type { ParsedSource } from "./syntax.js";
import { TCP_LISTEN_CALL, UNIX_LISTEN_CALL } from "./source-rules.js";

export interface ListenCall {
  line: number;
  /** Where the function around it starts (a file offset): binds in one function are one choice. */
  fn: number;
  /** Its own offset in the file. */
  at: number;
}

export interface UnixListen extends ListenCall {
  /** The `if` whose then-block binds it, when that block returns or has an else: the choice's condition, and where the
   * block ends (TCP bound after it in the same function is the other alternative). */
  choice?: { condition: string; end: number };
}

export interface ListenerFacts {
  unix: UnixListen[];
  tcp: ListenCall[];
}

/** The reader of a file's listener binds, into `facts`; none for a file that never names a socket type. */
export function listenerReader(source: ParsedSource, facts: ListenerFacts, callees = new Callees()): NodeReader | undefined {
  if (!SOCKET_TYPE.test(source.text)) return undefined;
  return {
    types: ["call_expression"],
    visit: (call) => {
      const { type, path } = callees.of(call);
      if (type !== "scoped_identifier" || path === undefined) return;
      const unix = UNIX_LISTEN_CALL.test(path);
      if (!unix && !TCP_LISTEN_CALL.test(path)) return;
      const fn = enclosingFunction(call);
      const bind = { line: call.startPosition.row + 1, fn: fn?.startIndex ?? -1, at: call.startIndex };
      if (!unix) return void facts.tcp.push(bind);
      const choice = choosingIf(call);
      facts.unix.push({ ...bind, ...(choice ? { choice } : {}) });
    },
  };
}

const SOCKET_TYPE = /\b(?:Unix|Tcp)(?:Listener|Socket)\b/;

/** A condition on a value that may be absent (`config.socket.is_some()`): the socket is an option, TCP the default. */
const OPTIONAL = /\bis_some\b|\bSome\s*\(/;

function enclosingFunction(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === "function_item") return p;
  return undefined;
}

/** The innermost `if` whose then-block holds the node and either returns or has an else: what picks it over what
 * follows. An `if let` or a test for a value that may be absent (a socket path given or not) picks nothing by default
 * and is not a choice here. */
function choosingIf(node: Node): UnixListen["choice"] {
  for (let child = node, p = node.parent; p && p.type !== "function_item"; child = p, p = p.parent) {
    if (p.type !== "if_expression") continue;
    const consequence = p.childForFieldName("consequence");
    const condition = p.childForFieldName("condition");
    if (!consequence || !condition || !consequence.equals(child)) continue;
    if (condition.type === "let_condition" || condition.type === "let_chain" || OPTIONAL.test(condition.text)) return undefined;
    const decides = p.childForFieldName("alternative") !== null || /\breturn\b/.test(consequence.text);
    return decides ? { condition: condition.text, end: consequence.endIndex } : undefined;
  }
  return undefined;
}
