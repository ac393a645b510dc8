import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { inspectRun } from "/work/main/generators/kit/scan/scan.js";
import { loadRustParser } from "/work/main/generators/kit/scan/syntax.js";
const benchText = fs.readFileSync("/work/main/bench/parse.ts", "utf8");
const SERVICE = /const SERVICE = `([\s\S]*?)`;\n/.exec(benchText)![1];
const oneLine = SERVICE.replace(/\n\s*/g, " ");
const text = oneLine.repeat(Math.ceil(1_000_000 / oneLine.length));
const parser = await loadRustParser();
const crate = fs.mkdtempSync(path.join(os.tmpdir(), "p1mb-"));
fs.mkdirSync(path.join(crate, "src"));
fs.writeFileSync(path.join(crate, "Cargo.toml"), '[package]\nname = "x"\nversion = "0.1.0"\n');
fs.writeFileSync(path.join(crate, "src/main.rs"), text);
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const run = inspectRun(crate, [""], "src/main.rs", "literal", [], parser);
  console.log((performance.now() - t).toFixed(0), "ms", run.port?.port);
}
