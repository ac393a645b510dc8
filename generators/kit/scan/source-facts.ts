// What a source file's syntax tree says, as plain data: every tree reader runs here, in one walk per file, while the
// tree is alive (its memory is WebAssembly's and is freed after the read). Detectors in scan.ts read these facts.
import { Callees } from "./callee.js";
import { inactiveRanges, walkActive, type CfgContext } from "./cfg.js";
import { commandReader, optionReader, type CommandFacts, type DeclaredOption } from "./cli-options.js";
import { constantReader, type ConstantItem } from "./constants.js";
import { embeddedConfigReader, type EmbeddedConfigFacts } from "./embedded-config.js";
import { envReader, type EnvFacts } from "./env-reads.js";
import { fileReadReader, type FileReadFacts } from "./file-reads.js";
import { listenerReader, type ListenerFacts } from "./listeners.js";
import { optionalBranchReader } from "./optional-branches.js";
import { routeReader, type RouteFacts } from "./routes.js";
import { settingsReader, type SettingsFacts } from "./settings.js";
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
  /** The config files it compiles in, and the TOML documents it hands config-rs as text (its defaults). */
  embeddedConfig: EmbeddedConfigFacts;
  /** The environment variables it reads (and which reads end it when unset), its helpers that read one by name. */
  env: EnvFacts;
  /** The then-blocks that run only when an optional value is set, as [start, end) offsets. */
  optionalBranches: [number, number][];
  /** The settings structs serde fills, and the config keys it reads by name. */
  settings: SettingsFacts;
}

/** `inactive`: what the build leaves out of the file (inactiveRanges), when the caller has it at hand. */
export function readFacts(source: ParsedSource, context: CfgContext, inactive = inactiveRanges(source, context)): SourceFacts {
  const facts: SourceFacts = {
    constants: [],
    routes: { routes: [], placements: [], guardedCalls: [] },
    cliOptions: [],
    commands: { enums: [], fields: [], builders: [], buildersOptional: false, arms: [] },
    fileReads: { fatalReads: [], bindings: [], existenceChecks: [], optionalLoaders: [], dirCreations: [], unconfiguredStops: [], requiredWhenAbsent: [] },
    listeners: { unix: [], tcp: [] },
    embeddedConfig: { included: [], toml: [] },
    env: { reads: [], wrappers: [], wrapperCalls: [] },
    optionalBranches: [],
    settings: { structs: [], keysRead: [], literalDefaults: [] },
  };
  // Five readers ask each call what it calls: it is read once.
  const callees = new Callees();
  const readers = [
    constantReader(source, facts.constants),
    routeReader(source, context, facts.routes, callees),
    optionReader(source, context, facts.cliOptions, callees),
    commandReader(source, context, facts.commands, callees),
    fileReadReader(facts.fileReads, callees),
    listenerReader(source, facts.listeners, callees),
    embeddedConfigReader(source, facts.embeddedConfig),
    envReader(source, context, facts.env),
    optionalBranchReader(facts.optionalBranches),
    settingsReader(source, context, facts.settings),
  ];
  walkActive(source.root, context, readers.filter((r) => r !== undefined), inactive);
  return facts;
}
