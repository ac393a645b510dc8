// Runs uvu over the given test folders (TypeScript through tsx) and ends with one "N passed, N failed" line.
// Fails when any test fails, or when no test ran at all. Leading NAME=value arguments go into the tests' environment
// (npm runs scripts with cmd.exe on Windows, where a `NAME=value command` prefix does not work).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const uvu = fileURLToPath(new URL("../node_modules/uvu/bin.js", import.meta.url));
const args = process.argv.slice(2);
const assignment = /^([A-Z_][A-Z0-9_]*)=(.*)$/;
const env = { ...process.env, ...Object.fromEntries(args.map((a) => assignment.exec(a)?.slice(1)).filter(Boolean)) };
const dirs = args.filter((a) => !assignment.test(a));
let passed = 0;
let total = 0;
let skipped = 0;
let crashed = false;
for (const dir of dirs) {
  const run = spawnSync(process.execPath, ["--import", "tsx", uvu, dir, "\\.test\\.ts$"], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env,
  });
  process.stdout.write(run.stdout);
  const plain = run.stdout.replace(/\x1b\[[0-9;]*m/g, "");
  const count = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(plain)?.[1] ?? 0);
  total += count("Total");
  passed += count("Passed");
  skipped += count("Skipped");
  // uvu's Total leaves skipped tests out.
  if (run.status !== 0 && count("Total") === count("Passed")) crashed = true;
}
const failed = total - passed;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (crashed) console.error("a test file crashed before its tests could report");
process.exit(failed > 0 || crashed || passed === 0 ? 1 : 0);
