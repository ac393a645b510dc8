// What metrics and traces cost a generated service: the same service (PostgreSQL example resource) built with
// `--observability none`, `metrics` and the default `metrics,traces`, same release profile, side by side in one run: wrk on
// loopback against GET /health (neither counted nor traced: the middleware's early exit) and GET /items (counted, and
// traced with its query's span), rounds interleaved so machine noise hits all alike; and the bytes each adds to the binary.
// Three comparisons per framework and route: metrics against none (goal: within 5%); traces compiled in but off
// (OTEL_EXPORTER_OTLP_ENDPOINT unset) against metrics alone (goal: no cost); traces exported to an OTLP receiver started
// here (OTLP/HTTP protobuf, counted, not decoded) against the same build with them off.
// Usage: npm run bench:observability [axum|actix-web|rocket …]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FRAMEWORKS, type Framework } from "../generators/catalog/catalog.js";
import { freePort, httpRequest, tail, tempDir } from "../test/helpers.js";
import { startPostgres } from "../test/rust/backing.js";
import { startReceiver } from "../test/rust/otlp.js";
import { TARGET_DIR, cargo, fileSize, scaffoldService, startService, stopService } from "../test/rust/service.js";
import { compareRounds, hasWrk, wrk, type WrkResult } from "./wrk.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 32;
/** Rows GET /items returns. */
const ROWS = 50;
const ROUTES = ["/health", "/items"] as const;
const BUILDS = { none: ["--observability", "none"], metrics: ["--observability", "metrics"], traces: [] as string[] };
type Build = keyof typeof BUILDS;
/** What is run: a build, and whether its traces are sent to the receiver. */
const RUNS = { none: "none", metrics: "metrics", "traces off": "traces", "traces on": "traces" } as const satisfies Record<string, Build>;
type Run = keyof typeof RUNS;
/** Each comparison: the measured run first, its baseline second. */
const COMPARED: [Run, Run][] = [
  ["metrics", "none"],
  ["traces off", "metrics"],
  ["traces on", "traces off"],
];

async function measure(bin: string, env: NodeJS.ProcessEnv, route: string): Promise<WrkResult> {
  const port = await freePort();
  const service = await startService(bin, { port }, env);
  try {
    return await wrk(port, { connections: CONNECTIONS, seconds: SECONDS, path: route });
  } finally {
    await stopService(service);
  }
}

if (!(await hasWrk())) {
  console.error("bench/observability needs wrk on PATH (Debian: apt-get install wrk)");
  process.exit(2);
}
const frameworks = (process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(FRAMEWORKS)) as Framework[];
const parent = tempDir("crc-bench-observability-");
const postgres = await startPostgres();
const receiver = await startReceiver();
const lines: string[] = [];
let worst = 0;
try {
  for (const framework of frameworks) {
    const bins = {} as Record<Build, string>;
    for (const [build, flags] of Object.entries(BUILDS) as [Build, string[]][]) {
      const name = `gen-obs-${build}-${framework}`;
      const s = scaffoldService(parent, name, ["--framework", framework, "--tls", "none", "--ci", "none", "--database", "postgres", ...flags]);
      if (s.status !== 0) throw new Error(s.output);
      const b = cargo(s.dir, ["build", "--release"]);
      if (b.status !== 0) throw new Error(`cargo build in ${s.dir}:\n${tail(b.output)}`);
      bins[build] = path.join(TARGET_DIR, "release", name);
    }
    const env = { DATABASE_URL: postgres.url };
    // The service applies the migration and fills the table (once: every build reads the same rows).
    const seeding = await startService(bins.none, { port: await freePort() }, env);
    const have = JSON.parse((await httpRequest(seeding.endpoint, "GET", "/items")).body) as unknown[];
    for (let i = have.length; i < ROWS; i++) await httpRequest(seeding.endpoint, "POST", "/items", 3_000, { name: `item ${i}` });
    await stopService(seeding);
    for (const route of ROUTES) {
      const results = Object.fromEntries(Object.keys(RUNS).map((run) => [run, [] as WrkResult[]])) as Record<Run, WrkResult[]>;
      let exports = 0;
      for (let round = 0; round < ROUNDS; round++)
        for (const [run, build] of Object.entries(RUNS) as [Run, Build][]) {
          // The default protocol (protobuf), which the receiver counts without decoding.
          const otlp = run === "traces on" ? { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint } : {};
          // As the image runs it: JSON logs, its own log filter.
          results[run].push(await measure(bins[build], { ...env, ...otlp, RUST_LOG: undefined, LOG_FORMAT: "json" }, route));
          exports += receiver.protobufExports;
          receiver.protobufExports = 0;
        }
      for (const [measured, baseline] of COMPARED) {
        const compared = compareRounds(`${framework} ${route}`, { [measured]: results[measured], [baseline]: results[baseline] });
        if (measured === "metrics") worst = Math.max(worst, 1 - compared.ratio);
        lines.push(...compared.lines);
      }
      lines.push(`  ${framework.padEnd(10)} ${exports} OTLP exports (batches of up to 512 spans) reached the receiver from GET ${route}`);
    }
    const kB = (from: Build, to: Build) => `+${((fileSize(bins[to]) - fileSize(bins[from])) / 1e3).toFixed(0)} kB`;
    lines.push(`  ${framework.padEnd(10)} binary ${(fileSize(bins.none) / 1e6).toFixed(2)} MB with neither, metrics ${kB("none", "metrics")}, traces ${kB("metrics", "traces")} more`);
  }
} finally {
  await postgres.close();
  await receiver.close();
}
console.log(`metrics and traces on and off, wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on loopback, mean of ${ROUNDS} interleaved rounds, ${os.availableParallelism()} cores:`);
for (const l of lines) console.log(l);
console.log(`largest shortfall with metrics: ${(worst * 100).toFixed(1)}% (goal ≤ 5%)`);
if (process.env.CRC_KEEP_TMP !== "1") fs.rmSync(parent, { recursive: true, force: true });
