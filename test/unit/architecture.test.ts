// Imports run one way: a module may import its own layer or a lower one, never a higher one. The imports are read by
// TypeScript's own pre-processor, so type-only and dynamic imports count too.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import ts from "typescript";
import { ROOT } from "../helpers.js";

/** Lowest first. A path is in the layer of the longest prefix that names it. */
const LAYERS: [prefix: string, rank: number][] = [
  ["generators/errors.ts", 0],
  ["generators/package-info.ts", 0],
  ["generators/host-files.ts", 0],
  ["generators/catalog/", 1],
  ["generators/options/", 2],
  ["generators/domain.ts", 3],
  ["generators/render/", 4],
  ["generators/write/", 5],
  ["generators/kit/scan/", 6],
  ["generators/verify/", 7],
  ["generators/kit/", 8],
  ["plopfile.ts", 9],
  ["generators/cli/", 10],
];

function layerOf(file: string): number | undefined {
  const posix = file.split(path.sep).join("/");
  const match = LAYERS.filter(([prefix]) => posix === prefix || (prefix.endsWith("/") && posix.startsWith(prefix)));
  return match.sort((a, b) => b[0].length - a[0].length)[0]?.[1];
}

/** Every import of a source file that points against the layers, as "from → to". */
function upwardImports(file: string, source: string): string[] {
  const from = layerOf(file);
  if (from === undefined) return [`${file} is in no layer`];
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, ".ts"))
    .filter((target) => (layerOf(target) ?? -1) > from)
    .map((target) => `${file} → ${target}`);
}

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : rel.endsWith(".ts") ? [rel] : [];
  });
}

test("every module of the tool is in a layer, and no import points to a higher one", () => {
  const files = [...sources("generators"), "plopfile.ts"];
  const problems = files.flatMap((f) => upwardImports(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
  assert.equal(problems, []);
});

test("an import against the layers is reported, type-only and dynamic ones too", () => {
  assert.equal(upwardImports("generators/render/x.ts", 'import type { Kit } from "../kit/kit.js";'), [
    "generators/render/x.ts → generators/kit/kit.ts",
  ]);
  assert.equal(upwardImports("generators/catalog/x.ts", 'const m = await import("../verify/verify.js");'), [
    "generators/catalog/x.ts → generators/verify/verify.ts",
  ]);
  assert.equal(upwardImports("generators/kit/kit.ts", 'import { scan } from "./scan/scan.js";'), []);
  assert.equal(upwardImports("generators/stray.ts", ""), ["generators/stray.ts is in no layer"]);
});

test.run();
