import fs from "node:fs";
import { walkActive } from "/work/main/generators/kit/scan/cfg.js";
import { commandReader, optionReader } from "/work/main/generators/kit/scan/cli-options.js";
import { constantReader } from "/work/main/generators/kit/scan/constants.js";
import { fileReadReader } from "/work/main/generators/kit/scan/file-reads.js";
import { listenerReader } from "/work/main/generators/kit/scan/listeners.js";
import { routeReader } from "/work/main/generators/kit/scan/routes.js";
import { loadRustParser } from "/work/main/generators/kit/scan/syntax.js";
const benchText = fs.readFileSync("/work/main/bench/parse.ts", "utf8");
const SERVICE = /const SERVICE = `([\s\S]*?)`;\n/.exec(benchText)![1];
const oneLine = SERVICE.replace(/\n\s*/g, " ");
const text = oneLine.repeat(Math.ceil(1_000_000 / oneLine.length));
const parser = await loadRustParser();
const ctx = { features: new Set(["default"]) };
const mk: Record<string, (s: any) => any> = {
  none: () => undefined,
  constants: (s) => constantReader(s, []),
  routes: (s) => routeReader(s, ctx, { routes: [], placements: [], guardedCalls: [] }),
  options: (s) => optionReader(s, ctx, []),
  commands: (s) => commandReader(s, ctx, { enums: [], fields: [], builders: [], buildersOptional: false, arms: [] }),
  fileReads: () => fileReadReader({ fatalReads: [], bindings: [], existenceChecks: [], optionalLoaders: [], dirCreations: [], unconfiguredStops: [], requiredWhenAbsent: [] }),
  listeners: (s) => listenerReader(s, { unix: [], tcp: [] }),
};
for (const round of [0, 1])
  for (const [name, f] of Object.entries(mk)) {
    const t = performance.now();
    parser.read("src/main.rs", text, (source: any) => {
      const r = f(source);
      walkActive(source.root, ctx, r ? [r] : []);
    });
    if (round) console.log(name.padEnd(10), (performance.now() - t).toFixed(0), "ms");
  }
