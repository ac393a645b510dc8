// What a source file's syntax tree says, as plain data: every tree reader runs here, in one walk per file, while the
// tree is alive (its memory is WebAssembly's and is freed after the read). Detectors in scan.ts read these facts.
import { walkActive, type CfgContext } from "./cfg.js";
import { commandReader, optionReader, type CommandFacts, type DeclaredOption } from "./cli-options.js";
import { constantReader, type ConstantItem } from "./constants.js";
import { fileReadReader, type FileReadFacts } from "./file-reads.js";
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
  /** The subcommands it declares, the fields holding them and the match arms running them. */
  commands: CommandFacts;
  /** Reads of a file that end the program when it fails, the bindings that carry paths, the existence checks. */
  fileReads: FileReadFacts;
  /** The Unix sockets and TCP listeners it binds. */
  listeners: ListenerFacts;
}

export function readFacts(source: ParsedSource, context: CfgContext): SourceFacts {
  const facts: SourceFacts = {
    constants: [],
    routes: { routes: [], placements: [], guardedCalls: [] },
    cliOptions: [],
    commands: { enums: [], fields: [], builders: [], buildersOptional: false, arms: [] },
    fileReads: { fatalReads: [], bindings: [], existenceChecks: [], optionalLoaders: [], dirCreations: [], unconfiguredStops: [], requiredWhenAbsent: [] },
    listeners: { unix: [], tcp: [] },
  };
  const readers = [
    constantReader(source, facts.constants),
    routeReader(source, context, facts.routes),
    optionReader(source, context, facts.cliOptions),
    commandReader(source, context, facts.commands),
    fileReadReader(facts.fileReads),
    listenerReader(source, facts.listeners),
  ];
  walkActive(source.root, context, readers.filter((r) => r !== undefined));
  return facts;
}
