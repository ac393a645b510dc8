// Which build tools a crate's build script runs on a Linux builder, read from the script's own code.
import { readFileSync } from "node:fs";
import path from "node:path";
import { MODULE_DECLARATION, readSource } from "./scan.js";
import { moduleFiles } from "./rust-source.js";
import type { RustParser } from "./syntax.js";

/**
 * What a build script's code shows it runs, by the NATIVE_LIBS row it calls for. A builder that shells out names the
 * program in a literal (`Command::new("make")`, a `"gmake"` fallback, a `configure` script it copies and runs); the
 * library builders are read by their paths. Code a `cfg` leaves out of a Linux build (a macOS-only `main`) is blanked
 * before the rules run.
 */
const TOOL_EVIDENCE: { row: string; shows: RegExp }[] = [
  // autotools: a configure script writes Makefiles that make then runs.
  { row: "make", shows: /"(?:g?make|(?:\.\/)?configure)"|\bautotools::/ },
  { row: "autotools", shows: /"autoreconf"|\.reconf\(/ },
  // Only a direct call: a script that can take perl from a variable (ring) runs it only to regenerate assembly its
  // published crate ships.
  { row: "perl", shows: /Command::new\(\s*"perl"/ },
  { row: "cmake", shows: /\bcmake::(?:Config|build)\b|"cmake"/ },
  { row: "bindgen", shows: /\bbindgen::/ },
  { row: "prost-build", shows: /\b(?:prost_build|tonic_build|tonic_prost_build)::|"protoc"/ },
];

/**
 * A script that can also build with cc chooses between its builders while it runs (by target, by environment, by what
 * the machine has): cmake there is a fallback, not evidence.
 */
const CC_BUILDER = /\bcc::Build\b/;
/** A script that takes protoc from a vendored binary crate needs none installed. */
const VENDORED_PROTOC = /\bprotoc_bin_vendored::/;

/** The rows a build script's code calls for, from its entry file and the module files it declares (a `builder/`
 * directory of several files); undefined when a file cannot be read, so the caller falls back to the lock. */
export function buildScriptTools(parser: RustParser, entry: string, features: ReadonlySet<string>): Set<string> | undefined {
  const texts: string[] = [];
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let raw: string;
    try {
      raw = readFileSync(file, "utf8");
    } catch {
      if (file === entry) return undefined;
      continue; // the other candidate path of a `mod` declaration
    }
    const { text } = readSource(parser, file.split(path.sep).join("/"), raw, undefined, { features });
    texts.push(text);
    for (const m of text.matchAll(MODULE_DECLARATION)) queue.push(...moduleFiles(file.split(path.sep).join("/"), m[1]).map((f) => path.normalize(f)));
  }
  const code = texts.join("\n");
  const rows = new Set(TOOL_EVIDENCE.filter((t) => t.shows.test(code)).map((t) => t.row));
  if (CC_BUILDER.test(code)) rows.delete("cmake");
  if (VENDORED_PROTOC.test(code)) rows.delete("prost-build");
  return rows;
}

/** The rows every build script of the build calls for, each with the crates whose scripts run it; undefined when one
 * script cannot be read. `features`: the features cargo's resolve turns on in each crate. */
export function buildToolsOf(parser: RustParser, scripts: { crate: string; entry: string }[], features: Map<string, Set<string>>): Map<string, string[]> | undefined {
  const runners = new Map<string, string[]>();
  for (const s of scripts) {
    const rows = buildScriptTools(parser, s.entry, features.get(s.crate) ?? new Set());
    if (!rows) return undefined;
    for (const row of rows) runners.set(row, [...(runners.get(row) ?? []), s.crate]);
  }
  return runners;
}
