// --verify on published crates nobody tuned it on: per corpus crate, the real CLI with --verify through the engine
// shim, and what it ended with (Verified / Not verified and what to give), each correction with its evidence, the
// quick build and each round's seconds. One crate at a time (a cold build compiles its whole dependency tree).
// Usage: npm run bench:verify-trials [crate …]   (names from test/corpus/crates.json; default: DEFAULT_CRATES)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fetchCrate, type CorpusCrate } from "../test/corpus/corpus.js";
import { dockerShimDir } from "../test/container/docker-shim.js";
import { docker, startEngine } from "../test/container/docker.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist", "cli.js");
/** Ones that start without outside services (small dependency trees first), then ones that need a config, a directory
 * or a program of the user's, and two whose Cargo.lock pins a dependency today's Rust rejects. */
const DEFAULT_CRATES = ["mini-redis", "simple-http-server", "bore-cli", "sfz", "echo-server", "doh-proxy", "cargo-http-registry", "rustypaste", "rathole", "arkaitzserv"];
/** A cold build of a real crate on a shared 2-core machine, plus its rounds. */
const TRIAL_TIMEOUT_MS = 45 * 60_000;

interface Trial {
  crate: string;
  /** Verified, Not verified, or what went wrong before either (a build failure, a crash of the tool). */
  state: string;
  exitCode: number | null;
  corrections: string[];
  /** What it still needs from the user (the ⚠ lines), or the failure's last lines. */
  toGive: string[];
  /** Each round's quick build seconds (the first is the cold build) and run seconds. */
  rounds: { build: number; run: number }[];
  wallSeconds: number;
  log: string;
}

const crates = JSON.parse(fs.readFileSync(path.join(ROOT, "test/corpus/crates.json"), "utf8")) as CorpusCrate[];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_CRATES;
const unknown = wanted.filter((n) => !crates.some((c) => c.name === n));
if (unknown.length) throw new Error(`not in test/corpus/crates.json: ${unknown.join(", ")}`);
if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first`);
const engine = startEngine();
if (!engine.ok) throw new Error(`no engine: ${engine.reason}`);
const engineEnv = engine.env;
const shim = dockerShimDir(engine.docker);
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "crc-verify-trials-logs-"));

/** The CLI as a user runs it on the crate, its output streamed to a log file (a cold build prints for minutes). */
function runCli(dir: string, args: string[], logFile: string): Promise<{ code: number | null; signal: string | null; out: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, "--existing", dir, "--yes", "--verify", ...args], {
      cwd: path.dirname(dir),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...engineEnv, NO_COLOR: "1", PATH: `${shim}:${process.env.PATH}` },
    });
    const log = fs.createWriteStream(logFile);
    let out = "";
    const take = (d: Buffer) => ((out += d), log.write(d));
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const timer = setTimeout(() => child.kill("SIGKILL"), TRIAL_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      log.end();
      resolve({ code, signal, out, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** What the output shows: the end block, the corrections, the rounds (from the report's time row, else the "built"
 * lines of a run that ended before its report). */
function readTrial(crate: string, out: string, code: number | null, signal: string | null, wallSeconds: number, log: string): Trial {
  const lines = out.split("\n");
  const corrections = lines.filter((l) => /^\s+correct /.test(l)).map((l) => l.replace(/^\s+correct /, ""));
  // A warning's indented continuation (its last log lines) follows it.
  const warned = lines.flatMap((l, at) => {
    if (!l.startsWith("⚠")) return [];
    const more = [];
    for (const next of lines.slice(at + 1)) {
      if (!/^ {4}/.test(next)) break;
      if (next.trim()) more.push(next.trim());
    }
    return [[l.replace(/^⚠\s*/, ""), ...more].join(" | ")];
  });
  const time = /^\s+time\s+\d+ s in all: (.+)$/m.exec(out)?.[1];
  const rounds = time
    ? [...time.matchAll(/build (\d+\.\d) s \+ run (\d+\.\d) s/g)].map((m) => ({ build: Number(m[1]), run: Number(m[2]) }))
    : [...out.matchAll(/built \S+ in (\d+\.\d) s|The image did not build \((\d+) s\)/g)].map((m) => ({ build: Number(m[1] ?? m[2]), run: NaN }));
  const state = /^Verified:$/m.test(out)
    ? "Verified"
    : /^Not verified:$/m.test(out)
      ? "Not verified"
      : /The image did not build/.test(out)
        ? "build failed"
        : signal
          ? `tool killed (${signal}${signal === "SIGKILL" ? `, timeout ${TRIAL_TIMEOUT_MS / 60_000} min` : ""})`
          : `tool crash (exit ${code})`;
  const failed = state !== "Verified" && state !== "Not verified";
  const toGive = failed ? lines.filter((l) => l.trim()).slice(-12) : warned;
  return { crate, state, exitCode: code, corrections, toGive, rounds, wallSeconds, log };
}

async function trial(c: CorpusCrate): Promise<Trial> {
  const file = await fetchCrate(c);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `crc-verify-trial-${c.name}-`));
  const log = path.join(logDir, `${c.name}.log`);
  try {
    const untar = await new Promise<number | null>((resolve) => spawn("tar", ["-xzf", file, "-C", work]).on("close", resolve));
    if (untar !== 0) throw new Error(`tar -xzf ${file} exited ${untar}`);
    const dir = path.join(work, `${c.name}-${c.version}`);
    // A published crate may ship a Dockerfile or compose file of its own: the kit's is what is verified.
    const r = await runCli(dir, ["--ci", "none", "--conflict", "overwrite", ...(c.kitArgs ?? [])], log);
    const t = readTrial(c.name, r.out, r.code, r.signal, r.seconds, log);
    const image = /built (\S+:verify) in/.exec(r.out)?.[1];
    if (image) docker(["image", "rm", "-f", image]);
    return t;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function print(t: Trial): void {
  const rounds = t.rounds.map((r, i) => `round ${i + 1}: build ${r.build.toFixed(1)} s${Number.isNaN(r.run) ? "" : ` + run ${r.run.toFixed(1)} s`}`);
  console.log(`\n== ${t.crate}: ${t.state} (exit ${t.exitCode}), ${t.wallSeconds.toFixed(0)} s in all (log: ${t.log})`);
  console.log(`   quick build ${t.rounds[0] ? `${t.rounds[0].build.toFixed(1)} s` : "none"}; ${rounds.join("; ") || "no round ran"}`);
  for (const c of t.corrections) console.log(`   corrected: ${c}`);
  for (const g of t.toGive) console.log(`   ${t.state === "Verified" ? "note" : t.state === "Not verified" ? "to give" : "output"}: ${g}`);
}

const trials: Trial[] = [];
for (const name of wanted) {
  const c = crates.find((x) => x.name === name)!;
  console.log(`-- ${c.name}@${c.version}: --verify (a cold build first; minutes)`);
  let t: Trial;
  try {
    t = await trial(c);
  } catch (e) {
    t = { crate: c.name, state: `bench error: ${(e as Error).message}`, exitCode: null, corrections: [], toGive: [], rounds: [], wallSeconds: 0, log: "" };
  }
  trials.push(t);
  print(t);
}

const width = Math.max(...trials.map((t) => t.crate.length));
console.log(`\n${"crate".padEnd(width)}  ${"end state".padEnd(14)} corr  quick build  rounds (build + run, s)           total`);
for (const t of trials)
  console.log(
    `${t.crate.padEnd(width)}  ${t.state.padEnd(14).slice(0, 40)} ${String(t.corrections.length).padStart(4)}  ${(t.rounds[0] ? `${t.rounds[0].build.toFixed(1)} s` : "-").padStart(11)}  ${t.rounds.map((r) => `${r.build.toFixed(1)}+${Number.isNaN(r.run) ? "?" : r.run.toFixed(1)}`).join(", ").padEnd(32)} ${t.wallSeconds.toFixed(0).padStart(5)} s`,
  );
const broken = trials.filter((t) => t.state !== "Verified" && t.state !== "Not verified");
console.log(`\n${trials.length - broken.length} of ${trials.length} ended Verified or Not verified${broken.length ? `; ${broken.map((t) => `${t.crate}: ${t.state}`).join("; ")}` : ""}`);
fs.rmSync(shim, { recursive: true, force: true });
process.exit(broken.length ? 1 : 0);
