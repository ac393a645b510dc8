// Which configuration documents a file carries in its code, read from its syntax tree: the files it compiles in
// (`include_str!("../server.toml")`) and, in a file that hands TOML text to config-rs (`File::from_str(…,
// FileFormat::Toml)`), the raw strings holding it.
import type { NodeReader } from "./cfg.js";
import { literalValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";
import { CONFIG_RS_FROM_TOML } from "./source-rules.js";

export interface EmbeddedDocument {
  text: string;
  /** 1-based line where its text starts. */
  line: number;
}

export interface EmbeddedConfigFacts {
  /** Config files compiled in, as written (relative to the source file). */
  included: { path: string; line: number }[];
  /** TOML text it hands config-rs. */
  toml: EmbeddedDocument[];
}

const INCLUDES = /\binclude_str!/;
/** A file a config parser reads, by its name. */
const CONFIG_FILE = /\.(?:toml|ya?ml|json)$/i;

/** The reader of a file's embedded configuration, into `facts`. */
export function embeddedConfigReader(source: ParsedSource, facts: EmbeddedConfigFacts): NodeReader {
  const handsToml = CONFIG_RS_FROM_TOML.test(source.text);
  // Each visit costs calls into WebAssembly: macros only in a file that includes a file.
  const includes = INCLUDES.test(source.text);
  return {
    types: [...(includes ? ["macro_invocation"] : []), ...(handsToml ? ["raw_string_literal"] : [])],
    visit: (node, type) => {
      if (type === "raw_string_literal") {
        const content = node.namedChildren.find((c) => c?.type === "string_content");
        if (content) facts.toml.push({ text: content.text, line: content.startPosition.row + 1 });
        return false;
      }
      if (node.childForFieldName("macro")?.text.replace(/^(?:::)?(?:std|core)::/, "") !== "include_str") return;
      const args = node.namedChildren.find((c) => c?.type === "token_tree")?.namedChildren.filter((c) => c !== null) ?? [];
      const literal = args.length === 1 ? literalValue(args[0]) : undefined;
      if (literal?.kind === "string" && CONFIG_FILE.test(literal.value)) facts.included.push({ path: literal.value, line: node.startPosition.row + 1 });
    },
  };
}
