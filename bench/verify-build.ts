// The quick build --verify uses, side by side with the release build of the same kit: cold image builds (layer cache
// off, a target-dir cache of their own; crate downloads cached). Subjects: `service` (a generated axum + rustls service,
// whose release profile is tuned: fat LTO, one codegen unit) and fixture crates with real dependencies (cargo's
// default release profile). Prints build seconds, image sizes and the quick/release ratio.
// Usage: npm run bench:verify [service|fixture …]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { QUICK_BUILD } from "../generators/verify/verify.js";
import { docker, prepareContext, startEngine } from "../test/container/docker.js";
import { CLI, copyFixture, removeCopy, scaffold } from "../test/container/harness.js";

const subjects = process.argv.slice(2).length ? process.argv.slice(2) : ["service", "axum-serve"];
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
/** A generated service (its own tuned profile), or a fixture crate given the kit. */
function prepare(subject: string): string {
  if (subject !== "service") {
    const dir = copyFixture(subject);
    const s = scaffold(dir, "distroless-cc", ["--no-lockfile"]);
    if (s.status !== 0) throw new Error(s.output);
    return dir;
  }
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crc-bench-")), "bench-svc");
  const r = spawnSync(process.execPath, [CLI, dir, "--yes", "--framework", "axum", "--tls", "rustls", "--runtime", "distroless-cc"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return dir;
}

for (const fixture of subjects) {
  const dir = prepare(fixture);
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
console.log("| subject | release build | quick build (--verify) | quick / release | image release → quick |");
console.log("|---|---|---|---|---|");
for (const r of rows)
  console.log(`| ${r.fixture} | ${r.releaseS.toFixed(1)} s | ${r.quickS.toFixed(1)} s | ${(r.quickS / r.releaseS).toFixed(2)} | ${r.releaseMB.toFixed(1)} → ${r.quickMB.toFixed(1)} MB |`);
