// Whether a Rocket crate launches with a configuration it builds itself (`rocket::custom(…)`), and which variables then
// set its address and port: its own figment's `Env::prefixed("X_")` provider, Rocket's ROCKET_ ones, or none.
import { lineOf } from "./rust-source.js";
import type { Found, SourceFile } from "./scan.js";

/** Launching with a configuration the code hands Rocket. */
const CUSTOM_LAUNCH = /\brocket::custom\s*\(/;
/** Rocket's own figment (which reads ROCKET_ variables), or an environment provider of that prefix. */
const ROCKET_FIGMENT = /\brocket::Config::figment\s*\(\s*\)|\bEnv::prefixed\(\s*"ROCKET_"\s*\)/;
/** `Config::figment()` unqualified: Rocket's, unless the crate defines a `fn figment` of its own. */
const BARE_FIGMENT = /(?<!::)\bConfig::figment\s*\(\s*\)/;
const OWN_FIGMENT_FN = /\bfn\s+figment\s*\(/;
/** The environment provider of the crate's own figment: the prefix its variables carry. */
const ENV_PROVIDER = /\bEnv::prefixed\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/;

export interface OwnRocketConfig extends Found {
  /** The prefix of the variables its figment reads (`PASTE_`: PASTE_ADDRESS, PASTE_PORT); none when nothing does. */
  envPrefix?: string;
}

/** Where a Rocket crate launches with its own configuration that ROCKET_ADDRESS and ROCKET_PORT do not reach. */
export function findOwnRocketConfig(sources: SourceFile[]): OwnRocketConfig | undefined {
  const code = sources.filter((src) => !src.testOnly && !/(^|\/)tests\//.test(src.path));
  const launch = code.map((src) => ({ src, at: CUSTOM_LAUNCH.exec(src.text)?.index })).find((l) => l.at !== undefined);
  if (!launch) return undefined;
  const ownFigment = code.some((src) => OWN_FIGMENT_FN.test(src.text));
  if (code.some((src) => ROCKET_FIGMENT.test(src.text) || (!ownFigment && BARE_FIGMENT.test(src.text)))) return undefined;
  const envPrefix = code.map((src) => ENV_PROVIDER.exec(src.text)?.[1]).find((p) => p !== undefined);
  return { file: launch.src.path, line: lineOf(launch.src.text, launch.at!), ...(envPrefix ? { envPrefix } : {}) };
}
