// The binary's command-line model alone: the clap options and positionals its sources declare (flag, variable,
// default, whether it is required), so a running service's usage error can be mapped back to what it asks for.
import { lineOf } from "./rust-source.js";
import { CLI_FIELD, POSITIONAL } from "./source-rules.js";
import type { Found, SourceFile } from "./scan.js";

export interface CliOption extends Found {
  /** The Rust field, e.g. `listen_addr`. */
  field: string;
  /** `--listen-addr`; undefined for a positional. */
  flag?: string;
  /** A positional's value name as usage prints it (`ROOT`). */
  valueName: string;
  /** The variable clap reads it from (`env = "…"`). */
  env?: string;
  /** The default clap applies (`default_value`, `default_value_t`), as written. */
  default?: string;
  /** It cannot be left out: no default, not optional, not a switch. */
  required: boolean;
  /** The field's type as written (`SocketAddr`, `PathBuf`, `Option<String>`). */
  type: string;
}

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|([^,)\\]]+))`).exec(attributes);

/** The clap options and positionals of every `#[arg]`/`#[clap]` field outside test code, in source order. */
export function findCliOptions(sources: SourceFile[]): CliOption[] {
  const found: CliOption[] = [];
  for (const src of sources) {
    if (src.testOnly || /(^|\/)tests\//.test(src.path)) continue;
    for (const m of src.text.matchAll(CLI_FIELD)) {
      const [, attributes, field, type] = m;
      if (!/#\[(?:arg|clap)\(/.test(attributes) || /\b(?:subcommand|flatten|skip)\b/.test(attributes)) continue;
      const positional = !POSITIONAL.clapNamed.test(attributes);
      const long = attribute(attributes, "long");
      const flag = positional ? undefined : /\blong\b/.test(attributes) ? `--${long?.[1] ?? field.replace(/_/g, "-")}` : undefined;
      if (!positional && !flag) continue;
      const defaultValue = attribute(attributes, "default_value(?:_t|_os)?");
      // `env = "NAME"`, or a bare `env`: clap derives the name from the field.
      const env = attribute(attributes, "env")?.[1] ?? (/\benv\b(?!\s*=)/.test(attributes) ? field.toUpperCase() : undefined);
      const optional = /^(?:(?:std::)?(?:option::)?Option|Vec|bool)\b/.test(type) || /required\s*=\s*false/.test(attributes);
      const line = lineOf(src.text, m.index! + attributes.lastIndexOf("#["));
      found.push({
        field,
        ...(flag ? { flag } : {}),
        valueName: attribute(attributes, "value_name")?.[1] ?? field.toUpperCase(),
        ...(env ? { env } : {}),
        ...(defaultValue ? { default: (defaultValue[1] ?? defaultValue[2]).trim() } : {}),
        required: !defaultValue && !optional && !/default_missing_value/.test(attributes),
        type,
        file: src.path,
        line,
      });
    }
  }
  return found;
}
