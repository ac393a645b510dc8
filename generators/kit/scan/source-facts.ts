// What a source file's syntax tree says, as plain data: every tree reader runs here, once per file, while the tree is
// alive (its memory is WebAssembly's and is freed after the read). Detectors in scan.ts read these facts.
import type { CfgContext } from "./cfg.js";
import { declaredCommands, declaredOptions, type CommandFacts, type DeclaredOption } from "./cli-options.js";
import { constantItems, type ConstantItem } from "./constants.js";
import { fileReadFacts, type FileReadFacts } from "./file-reads.js";
import { routeFacts, type RouteFacts } from "./routes.js";
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
}

export function readFacts(source: ParsedSource, context: CfgContext): SourceFacts {
  return { constants: constantItems(source, context), routes: routeFacts(source, context), cliOptions: declaredOptions(source, context), commands: declaredCommands(source, context), fileReads: fileReadFacts(source, context) };
}
