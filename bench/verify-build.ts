// The quick build --verify uses, side by side with the release build of the same kit: cold image builds (layer cache
// off, a target-dir cache of their own; crate downloads cached) of fixture crates with real dependencies, interleaved.
// Prints build seconds, image sizes and the quick/release ratio. Usage: npm run bench:verify [fixture …]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { QUICK_BUILD } from "../generators/verify.js";
import { docker, prepareContext, startEngine } from "../test/container/docker.js";
import { copyFixture, removeCopy, scaffold } from "../test/container/harness.js";

const fixtures = process.argv.slice(2).length ? process.argv.slice(2) : ["axum-serve", "rocket-app"];
const engine = startEngine();
if (!engine.ok) throw new Error(`no engine: ${engine.reason}`);

interface Row {
  fixture: string;
  releaseS: number;
  quickS: number;
  releaseMB: number;
  quickMB: number;
}

/** One cold build: no layer cache, and a target-dir cache mount no other build has used. */
function coldBuild(dir: string, tag: string, quick: boolean): { seconds: number; mb: number } {
  const file = path.join(dir, "Dockerfile");
  const fresh = `bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/(--mount=type=cache,target=\/app\/target,id=)/, `$1${fresh}-`));
  const args = quick ? Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]) : [];
  const r = docker(["build", "--no-cache", "-t", tag, ...args, dir], { timeoutMs: 60 * 60_000 });
  if (r.status !== 0) throw new Error(`${tag}: ${r.stderr.slice(-2000)}`);
  const size = Number(docker(["image", "inspect", "--format", "{{.Size}}", tag]).stdout.trim()) / 1e6;
  docker(["image", "rm", "-f", tag]);
  return { seconds: r.seconds, mb: size };
}

const rows: Row[] = [];
for (const fixture of fixtures) {
  const dir = copyFixture(fixture);
  const s = scaffold(dir, "distroless-cc", ["--no-lockfile"]);
  if (s.status !== 0) throw new Error(s.output);
  const original = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  const build = (quick: boolean) => {
    fs.writeFileSync(path.join(dir, "Dockerfile"), original);
    prepareContext(dir);
    return coldBuild(dir, `crc-bench-verify/${fixture}:${quick ? "quick" : "release"}`, quick);
  };
  const release = build(false);
  const quick = build(true);
  rows.push({ fixture, releaseS: release.seconds, quickS: quick.seconds, releaseMB: release.mb, quickMB: quick.mb });
  console.log(`${fixture}: release ${release.seconds.toFixed(1)} s, quick ${quick.seconds.toFixed(1)} s`);
  removeCopy(dir);
}

console.log(`\nCold image builds on ${os.cpus().length} cores, Docker ${engine.serverVersion} (quick: ${Object.entries(QUICK_BUILD).map(([k, v]) => `${k}=${v}`).join(" ")})`);
console.log("| fixture | release build | quick build (--verify) | quick / release | image release → quick |");
console.log("|---|---|---|---|---|");
for (const r of rows)
  console.log(`| ${r.fixture} | ${r.releaseS.toFixed(1)} s | ${r.quickS.toFixed(1)} s | ${(r.quickS / r.releaseS).toFixed(2)} | ${r.releaseMB.toFixed(1)} → ${r.quickMB.toFixed(1)} MB |`);
