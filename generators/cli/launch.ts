// How the bundled CLI starts: compiled from V8's code cache of it when one fits this Node, from its source otherwise.
// Node 20 caches no compiled code of its own, and compiling is most of a scaffold's time above bare Node.
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

/** The bundle's digest, set by the build: a cache is only ever read by the code it was made from. */
declare const BUNDLE_DIGEST: string;

const BUNDLE = fileURLToPath(new URL("./main.js", import.meta.url));
// V8 takes a cache only from its own version and flags: one file per Node version and architecture, beside the bundle.
const CACHE = path.join(path.dirname(BUNDLE), `main-${BUNDLE_DIGEST}-${process.version}-${process.arch}.v8-cache`);

// Node 22.1+ caches what it compiles itself: here the prompt library, which the bundle loads only to prompt.
(Module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const cachedData = readIfPresent(CACHE);
// The bundle is ASCII (the build checks): read as latin1, its bytes are the string, with no UTF-8 decoding. It is
// wrapped as Node wraps a CommonJS module, in a function of the five names such a module sees.
const source = `(function (exports, require, module, __filename, __dirname) { ${fs.readFileSync(BUNDLE, "latin1")}\n})`;
const script = new vm.Script(source, { filename: BUNDLE, cachedData });
// Written once the run is over, so the cache holds every function the run compiled, not only the outermost.
if (!cachedData || script.cachedDataRejected) process.once("exit", () => writeCache(script));
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(BUNDLE), bundle, BUNDLE, path.dirname(BUNDLE));

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Best effort: an install directory the user cannot write to just runs without a cache. */
function writeCache(compiled: vm.Script): void {
  const partial = `${CACHE}.${process.pid}`;
  try {
    fs.writeFileSync(partial, compiled.createCachedData());
    // Renamed into place whole: another run reading the cache meanwhile sees the old file or the new one.
    fs.renameSync(partial, CACHE);
  } catch {
    fs.rmSync(partial, { force: true });
  }
}
