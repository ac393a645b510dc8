// How Rust sources become syntax trees: tree-sitter's Rust grammar (WebAssembly), loaded once and only when read,
// within a per-crate size and time budget.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Node, Parser } from "web-tree-sitter";
import { UserError } from "../../errors.js";

export interface ParsedSource {
  /** Path relative to the build context, "/"-separated: what facts cite. */
  file: string;
  text: string;
  root: Node;
}

export interface RustParser {
  /** Parses `text` and hands the tree to `reader`; the tree lives only during the call (its memory is WebAssembly's),
   * so readers return plain data. Throws SourceBudgetExceeded when `budget` runs out. */
  read<T>(file: string, text: string, reader: (source: ParsedSource) => T, budget?: ReadBudget): T;
}

/**
 * What reading one crate may cost. A hand-written Rust file is rarely over 500 KB and a service's sources a few MB;
 * generated code (bindgen, prost) reaches a few MB per file and says little about how the service runs. Parsing and
 * the readers run at 1–4 MB/s on a shared 2-core machine (`npm run bench:parse`), linear in the input, so 32 MB is
 * 10–30 s: these bounds admit every real crate with room to spare and stop a runaway (generated or vendored trees
 * under src/, a giant data literal) naming the file, rather than leaving the user waiting minutes.
 */
export const READ_LIMITS = {
  fileBytes: 4 * 1024 * 1024,
  crateBytes: 32 * 1024 * 1024,
  crateMilliseconds: 30_000,
};

export class SourceBudgetExceeded extends UserError {}

/** The size and time one crate's read has left; `admit` each file before reading it. */
export class ReadBudget {
  private bytes = 0;
  private readonly deadline: number;

  constructor(readonly limits: typeof READ_LIMITS = READ_LIMITS) {
    this.deadline = performance.now() + limits.crateMilliseconds;
  }

  admit(file: string, bytes: number): void {
    const { fileBytes, crateBytes } = this.limits;
    if (bytes > fileBytes) this.stop(file, `it is ${mb(bytes)}, over the ${mb(fileBytes)} one source file may have`);
    this.bytes += bytes;
    if (this.bytes > crateBytes) this.stop(file, `the sources read so far reach ${mb(this.bytes)}, over the ${mb(crateBytes)} a crate may have`);
    this.checkTime(file);
  }

  expired(): boolean {
    return performance.now() > this.deadline;
  }

  /** Throws, naming `file`, once the crate's time is up. */
  checkTime(file: string): void {
    if (this.expired()) this.stop(file, `reading took over ${this.limits.crateMilliseconds / 1000} s`);
  }

  private stop(file: string, reason: string): never {
    throw new SourceBudgetExceeded(
      `Reading the crate's Rust sources stopped at ${file}: ${reason}. Is generated or vendored code under src/? ` +
        "Move it out of the sources the kit reads, or pass the settings it would detect as flags.",
    );
  }
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A file's bytes as text: UTF-8 with invalid sequences replaced (the compiler would reject them; reading goes on). */
export function decodeSource(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
}

let loading: Promise<RustParser> | undefined;

/** The Rust parser, loaded on first use and shared by the whole process. */
export function loadRustParser(): Promise<RustParser> {
  loading ??= load();
  return loading;
}

/** The published bundle carries both .wasm files beside it (scripts/build.mjs copies them); run from sources, they
 * are read from their packages. */
function wasmFile(name: string, packagePath: string): string {
  const bundled = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(packagePath);
}

async function load(): Promise<RustParser> {
  const { Parser, Language } = await import("web-tree-sitter");
  const runtime = wasmFile("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
  await Parser.init({ locateFile: () => runtime });
  const rust = await Language.load(wasmFile("tree-sitter-rust.wasm", "tree-sitter-rust/tree-sitter-rust.wasm"));
  const parser = new Parser();
  parser.setLanguage(rust);
  return { read: (file, text, reader, budget) => read(parser, file, text, reader, budget) };
}

function read<T>(parser: Parser, file: string, text: string, reader: (source: ParsedSource) => T, budget?: ReadBudget): T {
  // The progress callback's `true` cancels the parse (its declared type says void).
  const progressCallback = (budget ? () => budget.expired() : undefined) as (() => void) | undefined;
  const tree = parser.parse(text, null, progressCallback ? { progressCallback } : undefined);
  if (!tree) {
    parser.reset();
    budget?.checkTime(file);
    throw new Error(`the Rust parser returned no tree for ${file}`);
  }
  try {
    const result = reader({ file, text, root: tree.rootNode });
    budget?.checkTime(file);
    return result;
  } finally {
    tree.delete();
  }
}
