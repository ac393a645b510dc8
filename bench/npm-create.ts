// `npm create <name>@latest` end to end, as a user types it, against one local registry (verdaccio) holding both
// this package and create-vite: npm resolves, downloads and unpacks the package into a fresh cache, then runs it.
// Interleaved runs, medians, and the ratio against create-vite. The Cargo.lock step is left out (--no-lockfile), like
// the dependency install create-vite does not run either.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, cliEnv, tempDir } from "../test/helpers.js";
import { startRegistry } from "../test/pack/registry.js";

const runs = Number(process.env.BENCH_RUNS ?? 9);
const work = tempDir("crc-bench-npm-create-");

function pack(spec: string): string {
  const r = spawnSync("npm", ["pack", spec, "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8", env: cliEnv() });
  if (r.status !== 0) throw new Error(`npm pack ${spec}: ${r.stderr}`);
  return path.join(work, JSON.parse(r.stdout.slice(r.stdout.indexOf("[")))[0].filename);
}

const subjects: Record<string, string[]> = {
  "npm create vite@latest": ["create", "vite@latest", "app", "--", "--template", "vanilla-ts", "--no-interactive", "--no-immediate"],
  "npm create rust-container@latest": ["create", "rust-container@latest", "app", "--", "--yes", "--no-lockfile"],
};

const registry = await startRegistry();
try {
  registry.publish(pack("."));
  // The tarball create-vite's own release published, at the version installed here.
  const vite = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "create-vite", "package.json"), "utf8")).version;
  registry.publish(pack(`create-vite@${vite}`));
  const timeOnce = (args: string[]) => {
    const cwd = fs.mkdtempSync(path.join(work, "run-"));
    const start = process.hrtime.bigint();
    const r = spawnSync("npm", args, { cwd, env: registry.clientEnv(), stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`npm ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (!fs.existsSync(path.join(cwd, "app", "package.json")) && !fs.existsSync(path.join(cwd, "app", "Cargo.toml")))
      throw new Error(`npm ${args.join(" ")} scaffolded nothing`);
    fs.rmSync(cwd, { recursive: true, force: true });
    return ms;
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(subjects).map((k) => [k, []]));
  for (const args of Object.values(subjects)) timeOnce(args); // warm the file cache and the registry
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(subjects)) samples[name].push(timeOnce(args));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
  console.log(`median of ${runs} runs each, every run with a fresh npm cache against the same local registry:`);
  for (const [name, ms] of Object.entries(m)) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
  const ratio = m["npm create rust-container@latest"] / m["npm create vite@latest"];
  console.log(`npm create rust-container / npm create vite = ${ratio.toFixed(2)}`);
} finally {
  await registry.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
