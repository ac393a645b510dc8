// Start-to-finish wall time of a non-interactive scaffold as a process, measured side by side with a bare
// `node -e 0` and with create-vite (vanilla-ts, --no-interactive, no install) in the same run; prints ratios.
// The compared scaffold runs with --no-lockfile: `cargo generate-lockfile` resolves crates over the network, like the
// dependency install create-vite also skips here. The lockfile step is timed on its own (a scaffold with it, minus
// one without), against a warm cargo index cache.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const env = { ...process.env, NO_COLOR: "1" };
delete env.FORCE_COLOR;

const subjects = {
  "node -e 0": () => [process.execPath, ["-e", "0"]],
  "create-vite vanilla-ts": (dir) => [process.execPath, [path.join(root, "node_modules/create-vite/index.js"), dir, "--template", "vanilla-ts", "--no-interactive", "--no-immediate"]],
  "create-rust-container --yes": (dir) => [process.execPath, [path.join(root, "dist/cli.js"), dir, "--yes", "--no-lockfile"]],
  "  with the Cargo.lock step": (dir) => [process.execPath, [path.join(root, "dist/cli.js"), dir, "--yes"]],
};

function timeOnce(make) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "crc-bench-"));
  const [cmd, args] = make(path.join(scratch, "app"));
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: scratch, env, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  rmSync(scratch, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
  return ms;
}

const samples = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
for (const make of Object.values(subjects)) timeOnce(make); // warm the file cache
// Interleaved so that machine noise hits every subject alike.
for (let i = 0; i < runs; i++) for (const [name, make] of Object.entries(subjects)) samples[name].push(timeOnce(make));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
const bare = m["node -e 0"];
const vite = m["create-vite vanilla-ts"];
console.log(`median of ${runs} runs each (ms), ratios against bare node and create-vite:`);
for (const [name, ms] of Object.entries(m))
  console.log(`  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / bare).toFixed(2)}× node  ${(ms / vite).toFixed(2)}× create-vite`);
const lockStep = m["  with the Cargo.lock step"] - m["create-rust-container --yes"];
console.log(`the Cargo.lock step alone: ${lockStep.toFixed(1)} ms (cargo generate-lockfile, index cached)`);
const ratio = m["create-rust-container --yes"] / vite;
console.log(`create-rust-container / create-vite = ${ratio.toFixed(2)} (goal ≤ 1.00)`);
process.exitCode = ratio <= 1 ? 0 : 1;
