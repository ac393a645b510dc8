// What metrics cost a generated service: the same service (PostgreSQL example resource) built with the default
// observability and with `--observability none`, same release profile, side by side in one run: wrk on loopback against
// GET /health (not counted: the middleware's early exit) and GET /items (counted: labels, counter, histogram), rounds
// interleaved so machine noise hits both alike; and the bytes metrics add to the binary.
// Prints requests/s, p99 latency and the on/off ratio per framework and route (goal: within 5%).
// Usage: npm run bench:observability [axum|actix-web|rocket …]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FRAMEWORKS, type Framework } from "../generators/catalog/catalog.js";
import { freePort, httpRequest, tail, tempDir } from "../test/helpers.js";
import { startPostgres } from "../test/rust/backing.js";
import { TARGET_DIR, cargo, fileSize, scaffoldService, startService, stopService } from "../test/rust/service.js";
import { compareRounds, hasWrk, wrk, type WrkResult } from "./wrk.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 32;
/** Rows GET /items returns. */
const ROWS = 50;
const ROUTES = ["/health", "/items"] as const;
/** The builds compared: the measured one first. */
const BUILDS = { metrics: [] as string[], none: ["--observability", "none"] };
type Build = keyof typeof BUILDS;

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
      const results: Record<Build, WrkResult[]> = { metrics: [], none: [] };
      for (let round = 0; round < ROUNDS; round++)
        for (const build of Object.keys(BUILDS) as Build[])
          // As the image runs it: JSON logs, its own log filter.
          results[build].push(await measure(bins[build], { ...env, RUST_LOG: undefined, LOG_FORMAT: "json" }, route));
      const compared = compareRounds(`${framework} ${route}`, results);
      worst = Math.max(worst, 1 - compared.ratio);
      lines.push(...compared.lines);
    }
    const added = fileSize(bins.metrics) - fileSize(bins.none);
    lines.push(`  ${framework.padEnd(10)} binary ${(fileSize(bins.none) / 1e6).toFixed(2)} MB without metrics, +${(added / 1e3).toFixed(0)} kB with them`);
  }
} finally {
  await postgres.close();
}
console.log(`metrics on vs --observability none, wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on loopback, mean of ${ROUNDS} interleaved rounds, ${os.availableParallelism()} cores:`);
for (const l of lines) console.log(l);
console.log(`largest shortfall with metrics: ${(worst * 100).toFixed(1)}% (goal ≤ 5%)`);
if (process.env.CRC_KEEP_TMP !== "1") fs.rmSync(parent, { recursive: true, force: true });
