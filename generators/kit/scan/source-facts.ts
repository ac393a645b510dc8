// What a source file's syntax tree says, as plain data: every tree reader runs here, in one walk per file, while the
// tree is alive (its memory is WebAssembly's and is freed after the read). Detectors in scan.ts read these facts.
import { walkActive, type CfgContext } from "./cfg.js";
import { optionReader, type DeclaredOption } from "./cli-options.js";
import { constantReader, type ConstantItem } from "./constants.js";
import { listenerReader, type ListenerFacts } from "./listeners.js";
import { routeReader, type RouteFacts } from "./routes.js";
import type { ParsedSource } from "./syntax.js";

export interface SourceFacts {
  /** The file's active `const`/`static` items, for resolving a name used anywhere in the crate. */
  constants: ConstantItem[];
  /** The routes it registers and where it places routers, paths as written (constants resolved crate-wide). */
  routes: RouteFacts;
  /** The clap/structopt options and positionals it declares (derive fields, builder arguments). */
  cliOptions: DeclaredOption[];
  /** The Unix sockets and TCP listeners it binds. */
  listeners: ListenerFacts;
}

export function readFacts(source: ParsedSource, context: CfgContext): SourceFacts {
  const facts: SourceFacts = { constants: [], routes: { routes: [], placements: [], guardedCalls: [] }, cliOptions: [], listeners: { unix: [], tcp: [] } };
  const readers = [
    constantReader(source, facts.constants),
    routeReader(source, context, facts.routes),
    optionReader(source, context, facts.cliOptions),
    listenerReader(source, facts.listeners),
  ];
  walkActive(source.root, context, readers.filter((r) => r !== undefined));
  return facts;
}
