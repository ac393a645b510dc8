// How soon a generated service's container reports healthy, by healthcheck start interval (1 s, 500 ms, 250 ms), and
// what the faster probing costs: rounds interleaved, each a fresh container of the same image. Measured: container
// start → first passing check (the engine's own timestamps), the checks run until then, and the container's CPU time
// over its first 5 s (cgroup cpuacct). Engines before 25 have no start interval: there the interval itself is set to
// it, so probing goes on at that pace after healthy too, and the CPU figure is an upper bound of the real cost.
// Usage: npm run bench:start-interval
import fs from "node:fs";
import path from "node:path";
import { QUICK_BUILD } from "../generators/verify/verify.js";
import { tempDir } from "../test/helpers.js";
import { docker, engineHasStartInterval, prepareContext, provideImages, startEngine } from "../test/container/docker.js";
import { scaffoldService } from "../test/rust/service.js";

const INTERVALS_MS = [1000, 500, 250];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_MS = 5_000;

const engine = startEngine();
if (!engine.ok) throw new Error(`no engine: ${engine.reason}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const parent = tempDir("crc-bench-start-");
const s = scaffoldService(parent, "start-bench", ["--framework", "axum", "--tls", "none", "--runtime", "distroless-cc", "--ci", "none"]);
if (s.status !== 0) throw new Error(s.output);
prepareContext(s.dir);
const missing = provideImages(["gcr.io/distroless/cc-debian12:nonroot"]);
if (missing) throw new Error(missing);
const tag = `crc-bench-start:${process.pid}`;
const built = docker(["build", "-t", tag, ...Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]), s.dir], { timeoutMs: 30 * 60_000 });
if (built.status !== 0) throw new Error(built.stderr.slice(-2000));

/** cpuacct usage of the container in ms (cgroup v1 or v2). */
function cpuMs(id: string): number {
  for (const file of [`/sys/fs/cgroup/cpuacct/docker/${id}/cpuacct.usage`, `/sys/fs/cgroup/system.slice/docker-${id}.scope/cpu.stat`]) {
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    return file.endsWith("cpu.stat") ? Number(/usage_usec (\d+)/.exec(text)![1]) / 1000 : Number(text.trim()) / 1e6;
  }
  return NaN;
}

interface Sample {
  healthyMs: number;
  probes: number;
  cpuMs: number;
}

async function sample(intervalMs: number): Promise<Sample> {
  const timing = engineHasStartInterval()
    ? [`--health-start-interval=${intervalMs}ms`, "--health-interval=30s"]
    : [`--health-interval=${intervalMs}ms`];
  const run = docker(["run", "-d", "--read-only", "--health-start-period=30s", ...timing, tag]);
  if (run.status !== 0) throw new Error(run.stderr);
  const id = run.stdout.trim();
  try {
    const inspect = () => JSON.parse(docker(["inspect", id]).stdout)[0];
    let info = inspect();
    while (info.State.Health?.Status !== "healthy") {
      await sleep(20);
      info = inspect();
    }
    const started = Date.parse(info.State.StartedAt);
    const log = info.State.Health.Log as { End: string; ExitCode: number }[];
    const passed = log.find((l) => l.ExitCode === 0)!;
    // The engine keeps the last five checks: enough, when the first pass comes within five.
    const probes = log.indexOf(passed) + 1;
    await sleep(Math.max(0, started + WINDOW_MS - Date.now()));
    return { healthyMs: Date.parse(passed.End) - started, probes, cpuMs: cpuMs(id) };
  } finally {
    docker(["rm", "-f", id]);
  }
}

const samples = new Map<number, Sample[]>(INTERVALS_MS.map((ms) => [ms, []]));
for (let round = 0; round < ROUNDS; round++) for (const ms of INTERVALS_MS) samples.get(ms)!.push(await sample(ms));
docker(["image", "rm", "-f", tag]);
fs.rmSync(path.dirname(s.dir), { recursive: true, force: true });

const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
const base = mean(samples.get(1000)!.map((x) => x.healthyMs));
const baseCpu = mean(samples.get(1000)!.map((x) => x.cpuMs));
console.log(`start → healthy of a generated axum service (distroless-cc), ${ROUNDS} interleaved rounds, engine ${engine.serverVersion}${engineHasStartInterval() ? "" : " (no start interval: the interval stands in for it)"}:`);
for (const [ms, xs] of samples) {
  const healthy = mean(xs.map((x) => x.healthyMs));
  const cpu = mean(xs.map((x) => x.cpuMs));
  console.log(
    `  start interval ${String(ms).padStart(4)} ms: healthy after ${healthy.toFixed(0).padStart(5)} ms (max ${Math.max(...xs.map((x) => x.healthyMs)).toFixed(0)}), ` +
      `${mean(xs.map((x) => x.probes)).toFixed(1)} checks, CPU in the first ${WINDOW_MS / 1000} s ${cpu.toFixed(1)} ms; ` +
      `healthy ${(healthy / base).toFixed(2)}× and CPU ${(cpu / baseCpu).toFixed(2)}× the 1 s interval's`,
  );
}
