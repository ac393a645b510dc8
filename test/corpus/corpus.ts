// Scores existing-crate mode against hand-read truth rows of real published crates: per crate, per class, against a committed floor.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DockerfileParser, type Instruction, type JSONInstruction, type PropertyInstruction } from "dockerfile-ast";
import { parse as parseYaml } from "yaml";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, "../../dist/cli.js");
const CRATE_TIMEOUT_MS = 120_000;
const CLASSES = ["binary", "port", "bind", "health", "needs", "signal", "buildTools", "metrics"] as const;
type Class = (typeof CLASSES)[number];

interface Truth {
  binary: { name: string; args?: string[]; evidence: string };
  /** `port: null`: the crate has no default (the user's config file sets it), so the class is not scored. */
  port: { port: number | null; how: string; flag?: string; env?: string; evidence: string };
  /** `address: null` without `env`/`flag`: only the user's config file sets it, not scored. */
  bind: { address: string | null; how: string; flag?: string; env?: string; cannot?: boolean; evidence: string };
  /** An HTTP path, `tcp-connect`, or `none` (no TCP listener to probe, e.g. a Unix socket only). */
  health: { path: string; enabledBy?: { env?: string; flag?: string }; evidence: string };
  /**
   * `env:NAME`, `config` (a file it will not start without), `dir:PATH` (writes), `files:PATH` (serves, must exist),
   * `arg:NAME` (a positional argument without a default that the command must pass).
   */
  needs: { items: string[]; evidence: string };
  signal: { stop: "SIGTERM" | "SIGINT" | "none"; evidence: string };
  /** Tools the builder needs beyond the Rust image's C compiler: openssl, perl, make, clang, protoc, cmake. */
  buildTools: { tools: string[]; evidence: string };
  /** Where Prometheus scrapes it as it starts by default; `port: null`: nowhere (no endpoint, or only one a setting
   * turns on or places). Without the row the class is not scored. */
  metrics?: { port: number | null; path?: string; evidence: string };
}

export interface CorpusCrate {
  name: string;
  version: string;
  sha256: string;
  shape: string[];
  kitArgs?: string[];
  truth: Truth;
  note?: string;
}

/** What the kit decided, read back from the files it wrote. */
interface KitDecision {
  bin: string;
  cmd: string[];
  expose: number | undefined;
  env: Map<string, string>;
  health: { kind: "tcp" } | { kind: "http"; path: string } | { kind: "other"; text: string };
  stop: "SIGTERM" | "SIGINT" | "none";
  buildTools: Set<string>;
  needs: Set<string>;
  warnings: string[];
  /** The scrape target compose's Prometheus is given, when the kit found an endpoint. */
  metrics?: { port: number; path: string };
}

type Verdict = boolean | "n/a";

const WILDCARD = /^(?:0\.0\.0\.0|::|\[::\])$/;
// The Debian and Alpine packages the kit installs, named by the tool a crate's build needs.
const TOOL_OF_PACKAGE: Record<string, string | null> = {
  "libssl-dev": "openssl", "openssl-dev": "openssl", "openssl-libs-static": "openssl",
  perl: "perl", make: "make", cmake: "cmake",
  clang: "clang", "libclang-dev": "clang", "clang-dev": "clang",
  "protobuf-compiler": "protoc", "protobuf-dev": "protoc",
  "pkg-config": null, pkgconf: null, "musl-tools": null, "musl-dev": null, "ca-certificates": null, tini: null,
};

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache");
  return path.join(base, "create-rust-container", "corpus");
}

/** The .crate from the cache, downloaded on a miss; a checksum mismatch throws. */
export async function fetchCrate(c: CorpusCrate): Promise<string> {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${c.name}-${c.version}.crate`);
  if (!existsSync(file)) {
    const url = `https://static.crates.io/crates/${c.name}/${c.name}-${c.version}.crate`;
    const res = await fetch(url, { headers: { "User-Agent": "create-rust-container corpus" } });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    writeFileSync(`${file}.part`, Buffer.from(await res.arrayBuffer()));
    renameSync(`${file}.part`, file);
  }
  const sum = createHash("sha256").update(readFileSync(file)).digest("hex");
  if (sum !== c.sha256) throw new Error(`${file}: sha256 ${sum}, expected ${c.sha256} (delete it to download again)`);
  return file;
}

function runCli(args: string[]): Promise<{ code: number | null; signal: string | null; out: string; timedOut: boolean; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CI: "true" } });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, CRATE_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, timedOut, ms: Date.now() - started });
    });
  });
}

function jsonArgs(i: Instruction): string[] {
  return (i as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue());
}

function portOf(value: string): number | undefined {
  const m = /:(\d+)$/.exec(value) ?? /^(\d+)$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

function hostOf(value: string): string {
  const m = /^(\[[^\]]*\]|[^:]*):\d+$/.exec(value);
  return m ? m[1] : value;
}

/** Reads Dockerfile, compose.yaml and README.Docker.md the kit wrote into `dir`. */
export function readDecision(dir: string): KitDecision {
  const dockerfile = DockerfileParser.parse(readFileSync(path.join(dir, "Dockerfile"), "utf8"));
  const instructions = dockerfile.getInstructions();
  const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf("FROM");
  const final = instructions.slice(lastFrom);
  const buildStages = instructions.slice(0, lastFrom);
  const last = (keyword: string) => final.filter((i) => i.getKeyword() === keyword).at(-1);

  const entrypoint = last("ENTRYPOINT") ? jsonArgs(last("ENTRYPOINT")!) : [];
  const program = entrypoint.filter((a) => a !== "--").at(-1) ?? "";
  const cmd = last("CMD") ? jsonArgs(last("CMD")!) : [];
  const expose = last("EXPOSE") ? Number(last("EXPOSE")!.getArgumentsContent()!.split(/[\s/]/)[0]) : undefined;

  const env = new Map<string, string>();
  for (const i of final.filter((x) => x.getKeyword() === "ENV"))
    for (const p of (i as PropertyInstruction).getProperties()) env.set(p.getName(), p.getValue() ?? "");
  const compose = parseYaml(readFileSync(path.join(dir, "compose.yaml"), "utf8")) as { services?: Record<string, { build?: unknown; environment?: Record<string, unknown> | string[] }> };
  const service = Object.values(compose.services ?? {}).find((s) => s.build !== undefined);
  const composeEnv = service?.environment ?? {};
  const pairs: [string, string | undefined][] = Array.isArray(composeEnv) ? composeEnv.map((e) => [e.split("=")[0], e.includes("=") ? e.slice(e.indexOf("=") + 1) : undefined]) : Object.entries(composeEnv).map(([k, v]) => [k, v === null ? undefined : String(v)]);
  // A valueless entry (`NAME:`, `- NAME`) passes the shell's variable through: in a clean shell it sets nothing.
  for (const [name, value] of pairs) if (value !== undefined) env.set(name, value);

  const healthText = last("HEALTHCHECK")?.getArgumentsContent() ?? "NONE";
  const url = /"(?:https?|tcp):\/\/[^"]*"/.exec(healthText)?.[0].slice(1, -1);
  const health: KitDecision["health"] = url?.startsWith("tcp://")
    ? { kind: "tcp" }
    : url
      ? { kind: "http", path: new URL(url).pathname }
      : { kind: "other", text: healthText };

  const stop = entrypoint.some((a) => path.basename(a) === "tini") ? "none" : last("STOPSIGNAL")?.getArgumentsContent() === "SIGINT" ? "SIGINT" : "SIGTERM";

  const buildTools = new Set<string>();
  for (const i of buildStages.filter((x) => x.getKeyword() === "RUN")) {
    const text = i.getArgumentsContent() ?? "";
    for (const m of text.matchAll(/(?:apt-get install|apk add)\s+((?:[^&;|\n\\]|\\\n)*)/g))
      for (const pkg of m[1].split(/[\s\\]+/).filter((w) => w && !w.startsWith("-"))) {
        const tool = pkg in TOOL_OF_PACKAGE ? TOOL_OF_PACKAGE[pkg] : pkg;
        if (tool) buildTools.add(tool);
      }
  }

  const readme = readFileSync(path.join(dir, "README.Docker.md"), "utf8");
  const detected = /## Detected\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
  const lines = detected.split("\n").filter((l) => l.startsWith("- "));
  const needs = new Set<string>();
  for (const l of lines) {
    const env = / needs ([A-Z][A-Z0-9_]*) to start/.exec(l);
    if (env) needs.add(`env:${env[1]}`);
    if (/needs a configuration file/.test(l)) needs.add("config");
    const arg = / needs the argument (\S+) to start/.exec(l);
    if (arg) needs.add(`arg:${arg[1]}`);
    const dirWritten = / writes (\S+) at run time/.exec(l);
    if (dirWritten) needs.add(`dir:${normalizeDir(dirWritten[1])}`);
    // Only a directory it cannot do without; one served "when it exists" (a 404 without it) is no need.
    const served = / serves files from (\S+?)\/?, which is not in the crate/.exec(l);
    if (served) needs.add(`files:${normalizeDir(served[1])}`);
  }
  const bin = (JSON.parse(readFileSync(path.join(dir, ".rust-container.json"), "utf8")) as { bin?: string }).bin ?? path.basename(program);
  const prometheus = path.join(dir, "deploy/observability/prometheus.yml");
  const job = existsSync(prometheus) ? (parseYaml(readFileSync(prometheus, "utf8")) as { scrape_configs: { metrics_path?: string; static_configs: { targets: string[] }[] }[] }).scrape_configs[0] : undefined;
  const metrics = job && { port: Number(job.static_configs[0].targets[0].split(":").pop()), path: job.metrics_path ?? "/metrics" };
  return { bin, cmd, expose, env, health, stop, buildTools, needs, warnings: lines.filter((l) => l.includes("⚠")), ...(metrics ? { metrics } : {}) };
}

/** A path as truth rows write it: relative to the image's working directory /app ("." for /app itself). */
function normalizeDir(dir: string): string {
  return dir.replace(/\/+$/, "").replace(/^\/app(?:\/|$)/, "").replace(/^\.\//, "") || ".";
}

function flagValue(cmd: string[], flag: string): string | undefined {
  const i = cmd.indexOf(flag);
  if (i >= 0) return cmd[i + 1];
  return cmd.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

function sameSet(a: Iterable<string>, b: Iterable<string>): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** One verdict per class: does the image the kit wrote do what the truth row says it must? */
export function judge(t: Truth, k: KitDecision): Record<Class, Verdict> {
  const args = t.binary.args ?? [];
  const binary = k.bin === t.binary.name && args.every((a, i) => k.cmd[i] === a);

  let port: Verdict = "n/a";
  if (t.port.port !== null) {
    const fromFlag = t.port.flag ? flagValue(k.cmd, t.port.flag) : undefined;
    const fromEnv = t.port.env ? k.env.get(t.port.env) : undefined;
    const listens = (fromFlag && portOf(fromFlag)) ?? (fromEnv && portOf(fromEnv)) ?? t.port.port;
    port = listens === k.expose;
  }

  let bind: Verdict;
  if (t.bind.cannot) bind = k.warnings.some((w) => /loopback|unreachable/.test(w));
  else {
    const fromFlag = t.bind.flag ? flagValue(k.cmd, t.bind.flag) : undefined;
    const fromEnv = t.bind.env ? k.env.get(t.bind.env) : undefined;
    const set = fromFlag ?? fromEnv;
    const host = set !== undefined ? hostOf(set) : t.bind.address;
    bind = host === null ? (t.bind.env || t.bind.flag ? false : "n/a") : host.split("+").some((h) => WILDCARD.test(h));
  }

  let health: boolean;
  if (t.health.path === "tcp-connect") health = k.health.kind === "tcp";
  else if (t.health.path === "none") health = k.health.kind === "other";
  else {
    const gate = t.health.enabledBy;
    const gateOpen = !gate || (gate.env ? /^(?:1|true|yes|on)$/i.test(k.env.get(gate.env) ?? "") : k.cmd.includes(gate.flag!));
    health = k.health.kind === "http" && k.health.path === t.health.path && gateOpen;
  }

  return {
    binary,
    port,
    bind,
    health,
    needs: sameSet(t.needs.items, k.needs),
    signal: k.stop === t.signal.stop,
    buildTools: sameSet(t.buildTools.tools, k.buildTools),
    metrics: !t.metrics ? "n/a" : t.metrics.port === null ? !k.metrics : k.metrics?.port === t.metrics.port && k.metrics.path === t.metrics.path,
  };
}

/** What the truth row wanted and what the kit wrote, for a class it got wrong. */
function missDetail(k: Class, t: Truth, d: KitDecision): string {
  const list = (xs: Iterable<string>) => `[${[...xs].sort().join(", ")}]`;
  const written: Record<Class, string> = {
    binary: `${d.bin} ${d.cmd.join(" ")}`,
    port: `EXPOSE ${d.expose ?? "none"}`,
    bind: `CMD ${d.cmd.join(" ")}; env ${list([...d.env].map(([n, v]) => `${n}=${v}`))}`,
    health: d.health.kind === "http" ? d.health.path : d.health.kind,
    needs: list(d.needs),
    signal: d.stop,
    buildTools: list(d.buildTools),
    metrics: d.metrics ? `${d.metrics.path} on ${d.metrics.port}` : "none",
  };
  const wanted: Record<Class, string> = {
    binary: [t.binary.name, ...(t.binary.args ?? [])].join(" "),
    port: `${t.port.port}${t.port.flag ? ` via ${t.port.flag}` : ""}${t.port.env ? ` via ${t.port.env}` : ""}`,
    bind: t.bind.cannot ? "a loopback warning" : `${t.bind.address} (${t.bind.how})`,
    health: t.health.path,
    needs: list(t.needs.items),
    signal: t.signal.stop,
    buildTools: list(t.buildTools.tools),
    metrics: t.metrics?.port ? `${t.metrics.path} on ${t.metrics.port}` : "none",
  };
  return `want ${wanted[k]}, got ${written[k]}`;
}

interface Outcome {
  crate: CorpusCrate;
  verdicts: Record<Class, Verdict>;
  ms: number;
  failure?: string;
  decision?: KitDecision;
}

async function scoreCrate(c: CorpusCrate): Promise<Outcome> {
  const allWrong = Object.fromEntries(CLASSES.map((k) => [k, false])) as Record<Class, Verdict>;
  let file: string;
  try {
    file = await fetchCrate(c);
  } catch (e) {
    return { crate: c, verdicts: allWrong, ms: 0, failure: `download: ${(e as Error).message}` };
  }
  const work = mkdtempSync(path.join(tmpdir(), "crc-corpus-"));
  try {
    const untar = spawnSync("tar", ["-xzf", file, "-C", work], { encoding: "utf8" });
    if (untar.status !== 0) return { crate: c, verdicts: allWrong, ms: 0, failure: `extract: ${untar.stderr}` };
    const dir = path.join(work, `${c.name}-${c.version}`);
    // A published crate may ship its own .dockerignore or compose file: the kit's version is what is measured.
    const run = await runCli(["--existing", dir, "--yes", "--ci", "none", "--conflict", "overwrite", ...(c.kitArgs ?? [])]);
    if (run.timedOut) return { crate: c, verdicts: allWrong, ms: run.ms, failure: `timeout after ${CRATE_TIMEOUT_MS / 1000} s` };
    if (run.code !== 0) return { crate: c, verdicts: allWrong, ms: run.ms, failure: `exit ${run.code ?? run.signal}: ${run.out.trim().split("\n").slice(-3).join(" | ")}` };
    const decision = readDecision(dir);
    return { crate: c, verdicts: judge(c.truth, decision), ms: run.ms, decision };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function mark(v: Verdict): string {
  return v === "n/a" ? "  -  " : v ? "  ok " : " MISS";
}

async function main(): Promise<number> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first`);
  const crates = JSON.parse(readFileSync(path.join(HERE, "crates.json"), "utf8")) as CorpusCrate[];
  const floor = JSON.parse(readFileSync(path.join(HERE, "floor.json"), "utf8")) as Record<Class, number>;
  const only = process.env.CRC_CORPUS_CRATES?.split(",");
  const selected = only ? crates.filter((c) => only.includes(c.name)) : crates;
  const started = Date.now();
  const outcomes: Outcome[] = [];
  for (const c of selected) {
    const o = await scoreCrate(c);
    outcomes.push(o);
    const misses = CLASSES.filter((k) => o.verdicts[k] === false);
    process.stdout.write(`${c.name}@${c.version}: ${o.failure ?? (misses.length ? `wrong ${misses.join(", ")}` : "all right")} (${(o.ms / 1000).toFixed(1)} s)\n`);
    if (o.decision) for (const k of misses) process.stdout.write(`    ${k}: ${missDetail(k, c.truth, o.decision)}\n`);
  }

  const nameWidth = Math.max(...outcomes.map((o) => o.crate.name.length));
  console.log(`\n${"crate".padEnd(nameWidth)} ${CLASSES.map((k) => k.slice(0, 5).padStart(5)).join(" ")}   time`);
  for (const o of outcomes)
    console.log(`${o.crate.name.padEnd(nameWidth)} ${CLASSES.map((k) => mark(o.verdicts[k])).join(" ")} ${(o.ms / 1000).toFixed(1).padStart(5)} s${o.failure ? `  ${o.failure}` : ""}`);

  let right = 0;
  let wrong = 0;
  const problems: string[] = [];
  console.log("\naccuracy per class (scored crates):");
  for (const k of CLASSES) {
    const scored = outcomes.filter((o) => o.verdicts[k] !== "n/a");
    const classRight = scored.filter((o) => o.verdicts[k] === true).length;
    right += classRight;
    wrong += scored.length - classRight;
    const accuracy = scored.length ? classRight / scored.length : 1;
    console.log(`  ${k.padEnd(10)} ${classRight}/${scored.length} = ${(accuracy * 100).toFixed(0)}%  (floor ${(floor[k] * 100).toFixed(0)}%)`);
    if (!only && accuracy + 1e-9 < floor[k]) problems.push(`${k} accuracy ${(accuracy * 100).toFixed(1)}% is below the floor ${(floor[k] * 100).toFixed(1)}%`);
  }
  for (const o of outcomes.filter((x) => x.failure)) problems.push(`${o.crate.name}: ${o.failure}`);
  console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(1)} s for ${outcomes.length} crates`);
  for (const p of problems) console.log(`FAIL ${p}`);
  // The checks: every crate read without a crash or a timeout, every class at or above its floor. The truth fields
  // the kit gets wrong are the measurement, not failures.
  const checks = outcomes.length + (only ? 0 : CLASSES.length);
  console.log(`truth fields: ${right} right, ${wrong} wrong`);
  console.log(`${checks - problems.length} passed, ${problems.length} failed`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
