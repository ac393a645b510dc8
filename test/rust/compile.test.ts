// Every supported framework × TLS pair, for real: scaffolded by the CLI, resolved against the crate registry, built,
// linted and tested by cargo, then run on loopback: /health over HTTP and HTTPS, /metrics as a Prometheus text-format
// parser reads it, spans as an OTLP receiver gets them, the healthcheck subcommand, a bounded load, and SIGTERM in the
// middle of one. Each framework with a
// database and a cache (debug builds) runs against a real PostgreSQL and Redis on loopback: migrations, the example
// resource, /ready through each one's outage and return, /items in the metrics.
// A crate that cannot be fetched fails its pair; nothing is skipped.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseToml } from "smol-toml";
import { FRAMEWORKS, TLS_STACKS, type Cache, type Database, type Framework, type TlsStack } from "../../generators/catalog/catalog.js";
import { isSupported } from "../../generators/options/options.js";
import { SHUTDOWN_TIMING } from "../../generators/render/template-data.js";
import { freePort, httpGet, httpRequest, tail, tempDir, type Endpoint } from "../helpers.js";
import { startPostgres, startRedis, type BackingServer } from "./backing.js";
import { family, samples, scrape, value } from "./metrics.js";
import { startReceiver } from "./otlp.js";
import {
  TARGET_DIR,
  cargo,
  connectOutcome,
  fileSize,
  healthcheck,
  load,
  makeCertificate,
  scaffoldService,
  sleep,
  startService,
  stopService,
  type LoadResult,
  type RequestRecord,
  type Service,
} from "./service.js";

/** Debug builds without debug info: they compile and link faster, and nothing here reads it. */
const DEBUG_BUILD = { CARGO_PROFILE_DEV_DEBUG: "0" };

/**
 * Clippy as the compiler of the crate's own targets, warnings denied, inside the build and the test build: together
 * they lint what `cargo clippy --all-targets -- -D warnings` lints, without a third compilation of every dependency
 * (registry crates keep `--cap-lints allow`, so the flag reaches only the service's code).
 */
function clippyBuild(dir: string): NodeJS.ProcessEnv {
  const driver = spawnSync("rustup", ["which", "clippy-driver"], { cwd: dir, encoding: "utf8" }).stdout.trim();
  assert.ok(driver, "rustup names no clippy-driver for the crate's toolchain");
  return { RUSTC_WORKSPACE_WRAPPER: driver, RUSTFLAGS: "-D warnings" };
}

/** How long the generated mains drain in-flight requests after SIGTERM. */
const DRAIN_SECONDS = SHUTDOWN_TIMING.drain;
const LOAD = { connections: 16, seconds: 10 };
/** The environment the Dockerfile gives the service (HOST and PORT come from the test). */
const IMAGE_ENV = { RUST_LOG: undefined, LOG_FORMAT: "json" };

interface Variant {
  framework: Framework;
  tls: TlsStack;
  database: Database;
  cache: Cache;
  /** Extra CLI flags; the label names them. */
  flags: string[];
  /** The flags choose a release profile and allocator of their own. */
  profileFlags?: boolean;
  /** The flags turn metrics and traces off (`--observability none`). */
  noMetrics?: boolean;
  /** The flags give /metrics a port of its own (`--metrics-port`). */
  metricsPort?: boolean;
  /**
   * The release build, its load and its shutdown under load (every pair); else a debug build (no debug info) that is
   * linted, tested and run against its backing services: what differs there is the service's own code, not the
   * profile, and a release build of sqlx would triple the suite's time on two cores.
   */
  release: boolean;
  label: string;
}

const variants: Variant[] = [];
for (const framework of Object.keys(FRAMEWORKS) as Framework[])
  for (const tls of Object.keys(TLS_STACKS) as TlsStack[])
    if (isSupported(framework, tls)) variants.push({ framework, tls, database: "none", cache: "none", flags: [], release: true, label: `${framework}/${tls}` });
// The size preset and the mimalloc line (written for musl runtimes) compile too, and so does a service without metrics.
variants.push({
  framework: "axum",
  tls: "none",
  database: "none",
  cache: "none",
  flags: ["--profile", "size", "--allocator", "mimalloc", "--observability", "none"],
  profileFlags: true,
  noMetrics: true,
  release: true,
  label: "axum/none, size + mimalloc, no observability",
});
// /metrics on a port of its own: one listener every framework shares (telemetry.rs), so one framework runs it.
variants.push({ framework: "axum", tls: "none", database: "none", cache: "none", flags: ["--metrics-port", "9464"], metricsPort: true, release: true, label: "axum/none + metrics port" });
/**
 * PostgreSQL + Redis and SQLite, against a real PostgreSQL and Redis on loopback, on every framework (axum with rustls,
 * so sqlx's and redis' rustls TLS builds too).
 */
const backingFrameworks: [Framework, TlsStack][] = [["axum", "rustls"], ["actix-web", "none"], ["rocket", "none"]];
for (const [framework, tls] of backingFrameworks)
  for (const [database, cache] of [["postgres", "redis"], ["sqlite", "none"]] as [Database, Cache][])
    variants.push({
      framework,
      tls,
      database,
      cache,
      flags: ["--database", database, "--cache", cache],
      release: false,
      label: `${framework}/${tls} + ${database}${cache === "none" ? "" : ` + ${cache}`}`,
    });

interface Row {
  label: string;
  buildS?: number;
  testS?: number;
  sizeMB?: number;
  rps?: number;
  p99?: number;
  stopS?: number;
  drainStopS?: number;
  inFlight?: number;
}
const rows: Row[] = [];
process.on("exit", () => {
  if (!rows.length) return;
  const n = (v: number | undefined, d = 1) => (v === undefined ? "—" : v.toFixed(d));
  const head = ["pair", "build s", "test s", "binary MB", "req/s", "p99 ms", "stop s", "stop under load s", "in flight at SIGTERM"];
  const body = rows.map((r) => [r.label, n(r.buildS), n(r.testS), n(r.sizeMB, 2), n(r.rps, 0), n(r.p99), n(r.stopS, 2), n(r.drainStopS, 2), n(r.inFlight, 0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i])).join("  ");
  fs.writeSync(1, ["", `Generated services, compiled and run (target dir ${TARGET_DIR})`, line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line), ""].join("\n"));
});

/**
 * A request written to a kept-alive connection within a few ms of SIGTERM may reach a server that is closing that
 * connection as idle, and is reset unread: the race every HTTP/1.1 client must expect on a reused connection
 * (RFC 9112 §9.3.1.1, retried by clients), not a request the drain dropped.
 */
const KEEP_ALIVE_RACE_MS = 10;
const keepAliveRace = (r: RequestRecord, sigtermMs: number) =>
  r.reused && r.status === undefined && (r.error === "ECONNRESET" || r.error === "EPIPE") && sigtermMs - r.writtenMs! < KEEP_ALIVE_RACE_MS;

/** Checks a finished load: every request answered 200, nothing failed. */
function assertClean(result: LoadResult, what: string): void {
  const non2xx = result.records.filter((r) => r.status !== undefined && (r.status < 200 || r.status > 299));
  const errors = result.records.filter((r) => r.error !== undefined);
  assert.ok(result.records.length > 100, `${what}: only ${result.records.length} requests were made`);
  assert.is(non2xx.length, 0, `${what}: ${non2xx.length} non-2xx answers, e.g. ${non2xx[0]?.status}`);
  assert.is(errors.length, 0, `${what}: ${errors.length} socket errors, e.g. ${errors[0]?.error}`);
}

/** Polls `urlPath` until it answers `status`, for at most `ms`; returns the last answer. */
async function waitFor(endpoint: Endpoint, urlPath: string, status: number, ms = 15_000) {
  const until = Date.now() + ms;
  for (;;) {
    const answer = await httpGet(endpoint, urlPath, 5_000);
    if (answer.status === status || Date.now() > until) return answer;
    await sleep(200);
  }
}

// CRC_RUST_PAIRS="axum/none,rocket/rustls" runs only those (while working on one template).
const only = process.env.CRC_RUST_PAIRS?.split(",").map((p) => p.trim());
const chosen = variants.filter((v) => !only || only.includes(v.label));

const servers: { postgres?: BackingServer; redis?: BackingServer } = {};
const needsServers = chosen.some((v) => v.database === "postgres" || v.cache === "redis");
if (needsServers) {
  const setup = suite("loopback PostgreSQL and Redis");
  setup("start", async () => {
    [servers.postgres, servers.redis] = await Promise.all([startPostgres(), startRedis()]);
  });
  setup.run();
}

for (const v of chosen) {
  const t = suite(v.label);
  const row: Row = { label: v.label };
  rows.push(row);
  const name = `svc-${v.framework}-${v.tls}${v.database === "none" ? "" : `-${v.database}`}${v.profileFlags ? "-tuned" : ""}${v.metricsPort ? "-metrics-port" : ""}`;
  const state: { dir?: string; bin?: string; broken?: string; service?: Service; cert?: { cert: string; key: string }; env: NodeJS.ProcessEnv } = { env: {} };
  const step = async (what: string, fn: () => void | Promise<void>) => {
    if (state.broken) assert.unreachable(`not run: ${state.broken} failed`);
    try {
      await fn();
    } catch (e) {
      state.broken = what;
      if (state.service && state.service.child.exitCode === null) state.service.child.kill("SIGKILL");
      throw e;
    }
  };

  t("scaffolds through the CLI and resolves a Cargo.lock from the crate registry", () =>
    step("scaffold", () => {
      const s = scaffoldService(tempDir("crc-rust-"), name, ["--framework", v.framework, "--tls", v.tls, ...v.flags]);
      assert.is(s.status, 0, s.output);
      assert.match(s.output, /Cargo\.lock generated\./, "the registry is reachable here, so the lockfile must be generated");
      const lock = parseToml(fs.readFileSync(path.join(s.dir, "Cargo.lock"), "utf8")) as { package: { name: string }[] };
      const locked = new Set(lock.package.map((p) => p.name));
      for (const crate of [name, v.framework, "tracing"]) assert.ok(locked.has(crate), `Cargo.lock lacks ${crate}`);
      state.dir = s.dir;
      state.bin = path.join(TARGET_DIR, v.release ? "release" : "debug", name);
      // Where its backing services are, as compose would say.
      const sqliteDir = path.join(path.dirname(s.dir), "data");
      if (v.database === "sqlite") fs.mkdirSync(sqliteDir);
      state.env = {
        ...(v.database === "postgres" ? { DATABASE_URL: servers.postgres!.url } : v.database === "sqlite" ? { DATABASE_URL: `sqlite://${sqliteDir}/${name}.db` } : {}),
        ...(v.cache === "redis" ? { REDIS_URL: servers.redis!.url } : {}),
      };
    }),
  );

  const profileArgs = v.release ? ["--release"] : [];
  const profileEnv = () => ({ ...(v.release ? {} : DEBUG_BUILD), ...clippyBuild(state.dir!) });
  t(`cargo build${v.release ? " --release" : ""} --locked (${v.release ? "the Dockerfile's build" : "a debug build"}, on the generated lockfile), clippy -D warnings on its code`, () =>
    step("build", () => {
      const r = cargo(state.dir!, ["build", ...profileArgs, "--locked"], profileEnv());
      assert.is(r.status, 0, `cargo build (with clippy) failed:\n${tail(r.output)}`);
      row.buildS = r.seconds;
      if (v.release) row.sizeMB = fileSize(state.bin!) / 1e6;
    }),
  );

  t("cargo fmt --check", () =>
    step("fmt", () => {
      const r = cargo(state.dir!, ["fmt", "--check"]);
      assert.is(r.status, 0, `not rustfmt-clean:\n${tail(r.output)}`);
    }),
  );

  // Advisories need the RustSec database from github.com, which this network cannot reach: CI's workflow runs them.
  t("cargo deny check bans licenses sources: deny.toml's licenses and sources fit every crate of the lock", () =>
    step("deny", () => {
      assert.ok(fs.existsSync(path.join(state.dir!, "deny.toml")), "no deny.toml");
      const r = cargo(state.dir!, ["deny", "--offline", "check", "bans", "licenses", "sources"]);
      assert.is(r.status, 0, `cargo deny failed (.ci/run installs cargo-deny):\n${tail(r.output, 40)}`);
      assert.match(r.output, /bans ok, licenses ok, sources ok/);
      assert.not.match(r.output, /^(warning|error)\[/m, "cargo deny reports something");
    }),
  );

  t("cargo test --locked: clippy -D warnings on the test code; the service's own tests pass", () =>
    step("test", () => {
      const r = cargo(state.dir!, ["test", "--locked"], profileEnv());
      assert.is(r.status, 0, `cargo test failed:\n${tail(r.output)}`);
      assert.match(r.output, /test result: ok\. [1-9]\d* passed/);
      row.testS = r.seconds;
    }),
  );

  const http: Endpoint = { port: 0 };
  const metricsEndpoint: Endpoint = { port: 0 };
  const listen = async () => {
    http.port = await freePort();
    metricsEndpoint.port = v.metricsPort ? await freePort() : http.port;
    if (v.metricsPort) state.env.METRICS_PORT = String(metricsEndpoint.port);
  };

  const metricsTest = () =>
    v.noMetrics
      ? t("--observability none: no /metrics", () =>
          step("metrics", async () => {
            assert.is((await httpGet(http, "/metrics")).status, 404);
          }),
        )
      : t(`GET /metrics${v.metricsPort ? " on its own port" : ""}: Prometheus text format; requests by route template, method and status class; probes and scrapes not counted; build info`, () =>
          step("metrics", async () => {
            const before = await scrape(metricsEndpoint);
            assert.is(before.status, 200);
            assert.match(before.contentType, /^text\/plain/);
            if (v.metricsPort) assert.is((await httpGet(http, "/metrics")).status, 404, "the service's own port serves no /metrics");
            for (let i = 0; i < 5; i++) assert.is((await httpGet(http, `/no-such-route/${i}`)).status, 404);
            for (let i = 0; i < 3; i++) assert.is((await httpGet(http, "/health")).status, 200);
            const items = v.database !== "none";
            if (items) {
              for (let i = 0; i < 3; i++) assert.is((await httpGet(http, `/items?page=${i}`)).status, 200);
              assert.is((await httpRequest(http, "POST", "/items", 3_000, { name: "" })).status, 422);
              assert.is((await httpGet(http, "/ready")).status, 200);
            }
            const after = await scrape(metricsEndpoint);
            const moved = (labels: Record<string, string>) =>
              value(after, "http_server_requests_total", labels) - value(before, "http_server_requests_total", labels);
            // With a metrics port of its own, the service's port has no /metrics: the 404 asked above is traffic.
            const unmatched = 5 + (v.metricsPort ? 1 : 0);
            assert.is(moved({ method: "GET", route: "unmatched", status_class: "4xx" }), unmatched, `${unmatched} requests no route matched`);
            if (items) {
              assert.is(moved({ method: "GET", route: "/items", status_class: "2xx" }), 3, "GET /items under its template, query and all");
              assert.is(moved({ method: "POST", route: "/items", status_class: "4xx" }), 1);
            }
            const routes = new Set(samples(after, "http_server_requests_total").map((m) => m.labels?.route));
            for (const probe of ["/health", "/ready", "/metrics"]) assert.not.ok(routes.has(probe), `${probe} is counted`);
            assert.ok([...routes].every((r) => r === "unmatched" || r === "/items"), `a route label that is no template: ${[...routes].join(", ")}`);
            const duration = family(after, "http_server_request_duration_seconds");
            assert.is(duration?.type, "HISTOGRAM");
            const bounds = Object.keys(duration!.metrics[0]?.buckets ?? {})
              .map((le) => (le === "+Inf" ? Infinity : Number(le)))
              .sort((a, b) => a - b);
            assert.equal(bounds, [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, Infinity]);
            assert.is(value(after, "http_server_active_requests", {}), 0, "no request in flight between scrapes");
            const build = samples(after, `${name.replace(/-/g, "_")}_build_info`);
            assert.is(build.length, 1);
            assert.is(build[0]!.value, "1");
            assert.equal({ ...build[0]!.labels, rustc: build[0]!.labels?.rustc?.replace(/^\d+\.\d+\.\d+.*$/, "x.y.z") }, { version: "0.1.0", revision: "unknown", rustc: "x.y.z" });
          }),
        );

  const tracesTest = () =>
    v.noMetrics
      ? t("--observability none: OTEL_EXPORTER_OTLP_ENDPOINT set, nothing is sent", () =>
          step("traces", async () => {
            const receiver = await startReceiver();
            try {
              state.service = await startService(state.bin!, http, { ...state.env, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint });
              assert.is((await httpGet(http, "/no-such-route")).status, 404);
              const stopped = await stopService(state.service);
              assert.equal([stopped.code, stopped.signal], [0, null], state.service.output());
              assert.is(receiver.spans.length + receiver.protobufExports + receiver.rejected.length, 0, "a service without traces sent something");
            } finally {
              await receiver.close();
            }
          }),
        )
      : t("traces over OTLP/HTTP to a receiver started here: a server span per request, named by method and route template, with its status, a child of the incoming traceparent; database calls as its children; its trace id in the request's JSON log line; probes untraced; SIGTERM under load: a span for every answered request", () =>
          step("traces", async () => {
            const receiver = await startReceiver();
            const target = name.replace(/-/g, "_");
            try {
              const env = {
                ...state.env,
                OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
                OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
                // Nothing leaves on a timer: what full batches have not sent by SIGTERM only the flush at exit sends.
                OTEL_BSP_SCHEDULE_DELAY: "60000",
                LOG_FORMAT: "json",
                RUST_LOG: `warn,${target}=debug`,
              };
              state.service = await startService(state.bin!, http, env);
              const traceId = randomBytes(16).toString("hex");
              const callerSpan = randomBytes(8).toString("hex");
              const items = v.database !== "none";
              const traced = await httpRequest(http, "GET", items ? "/items?page=1" : "/no-such-route/1", 3_000, undefined, {
                traceparent: `00-${traceId}-${callerSpan}-01`,
              });
              assert.is(traced.status, items ? 200 : 404, traced.body);
              assert.is((await httpGet(http, "/health")).status, 200);
              const running = load(http, { connections: 2, seconds: 10, path: "/traced-load" });
              await sleep(1_000);
              const stopped = await stopService(state.service);
              running.stop();
              const result = await running.done;
              assert.equal([stopped.code, stopped.signal], [0, null], `exit after SIGTERM:\n${state.service.output()}`);
              assert.is(receiver.rejected.length, 0, `not trace exports: ${receiver.rejected.join("; ")}`);

              const server = receiver.spans.filter((s) => s.kind === 2);
              const request = server.find((s) => s.traceId === traceId);
              assert.ok(request, `no server span in the caller's trace among ${server.length}`);
              assert.is(request.parentSpanId, callerSpan, "the span's parent is the caller's span");
              assert.is(request.service, name);
              assert.is(request.name, items ? "GET /items" : "GET");
              assert.is(request.attributes["http.request.method"], "GET");
              assert.is(request.attributes["http.response.status_code"], items ? 200 : 404);
              if (items) {
                assert.is(request.attributes["http.route"], "/items");
                const query = receiver.spans.find((s) => s.traceId === traceId && s.parentSpanId === request.spanId);
                assert.ok(query, "no database span under the request's");
                assert.is(query.name, "SELECT items");
                assert.is(query.kind, 3, "a client span");
                assert.is(query.attributes["db.system.name"], v.database === "postgres" ? "postgresql" : "sqlite");
              }

              const lines = state.service.output().trim().split("\n").filter((l) => l.startsWith("{"));
              const logged = lines
                .map((l) => JSON.parse(l) as { message?: string; spans?: { trace_id?: string }[] })
                .find((l) => l.message === "answered" && l.spans?.some((s) => s.trace_id === traceId));
              assert.ok(logged, `no "answered" log line carries trace id ${traceId}`);

              // Probes make no span: every server span is the traced request's or one of the load's.
              const answered = result.records.filter((r) => r.status === 404).length;
              const loadSpans = server.length - 1;
              assert.ok(answered > 100, `only ${answered} load requests were answered`);
              assert.ok(loadSpans >= answered, `${answered} load requests answered, ${loadSpans} spans arrived: the last were not flushed`);
              assert.ok(loadSpans <= result.records.length, `${loadSpans} load spans for ${result.records.length} requests: probes are traced`);
            } finally {
              await receiver.close();
            }
          }),
        );

  if (v.release) {
    t("runs as its image does (JSON logs, RUST_LOG unset): GET /health answers 200 JSON over HTTP; `healthcheck` exits 0", () =>
      step("serve", async () => {
        await listen();
        state.service = await startService(state.bin!, http, { ...IMAGE_ENV, ...state.env });
        const a = await httpGet(http);
        assert.is(a.status, 200);
        assert.equal(JSON.parse(a.body), { status: "ok" });
        const hc = healthcheck(state.bin!, http);
        assert.is(hc.status, 0, `healthcheck while up: ${hc.output}`);
      }),
    );

    t(`a bounded ${LOAD.seconds} s load on loopback: every answer 200, no socket error`, () =>
      step("load", async () => {
        const result = await load(http, LOAD).done;
        assertClean(result, "load");
        row.rps = result.requestsPerSecond;
        row.p99 = result.p99;
        // Health checks hit the service every few seconds: by default a request must not cost a log line.
        const lines = state.service!.output().trim().split("\n").filter(Boolean);
        assert.ok(lines.length < 10, `${lines.length} log lines for ${result.records.length} requests, e.g.\n${lines.slice(-3).join("\n")}`);
        for (const line of lines) assert.ok(JSON.parse(line), `LOG_FORMAT=json wrote a line that is not JSON: ${line}`);
      }),
    );

    // After the load, whose log budget the 404s asked here would spend (Rocket logs each one).
    metricsTest();

    t("SIGTERM when idle: exit 0 within a second; `healthcheck` then exits 1", () =>
      step("stop", async () => {
        const stopped = await stopService(state.service!);
        assert.equal([stopped.code, stopped.signal], [0, null], `exit after SIGTERM:\n${state.service!.output()}`);
        assert.ok(stopped.seconds < 1, `took ${stopped.seconds.toFixed(2)} s`);
        row.stopS = stopped.seconds;
        const hc = healthcheck(state.bin!, http);
        assert.is(hc.status, 1, `healthcheck with the server down: ${hc.output}`);
      }),
    );

    t("SIGTERM under load: requests already sent are answered 200, new connections are refused, exit 0 within the drain", () =>
      step("drain", async () => {
        state.service = await startService(state.bin!, http, state.env);
        const running = load(http, { connections: LOAD.connections, seconds: 10 });
        await sleep(2_000);
        const sigtermMs = Number(process.hrtime.bigint() - running.startedAt) / 1e6;
        const stopping = stopService(state.service);
        await sleep(300);
        const lateConnect = await connectOutcome(http.port);
        const stopped = await stopping;
        running.stop();
        const result = await running.done;
        assert.equal([stopped.code, stopped.signal], [0, null], `exit after SIGTERM under load:\n${state.service.output()}`);
        assert.ok(stopped.seconds < DRAIN_SECONDS, `took ${stopped.seconds.toFixed(2)} s, beyond the ${DRAIN_SECONDS} s drain`);
        row.drainStopS = stopped.seconds;
        assert.is(lateConnect, "refused", "a new connection 300 ms after SIGTERM");
        const before = result.records.filter((r) => r.writtenMs !== undefined && r.writtenMs < sigtermMs);
        const inFlight = before.filter((r) => r.doneMs > sigtermMs);
        row.inFlight = inFlight.length;
        const lost = before.filter((r) => r.status !== 200 && !keepAliveRace(r, sigtermMs));
        assert.is(lost.length, 0, `${lost.length} requests sent before SIGTERM got no 200: ${JSON.stringify(lost.slice(0, 3))}`);
        const bad = result.records.filter((r) => r.status !== undefined && r.status !== 200);
        assert.is(bad.length, 0, `non-200 answers during the drain: ${JSON.stringify(bad.slice(0, 3))}`);
      }),
    );

    tracesTest();

    if (v.tls !== "none") {
      const tls: Endpoint = { port: 0 };
      t("HTTPS with a certificate made here: GET /health verifies and answers 200; `healthcheck` speaks TLS; SIGTERM exits 0", () =>
        step("https", async () => {
          state.cert = makeCertificate(path.dirname(state.dir!));
          tls.port = await freePort();
          tls.ca = fs.readFileSync(state.cert.cert, "utf8");
          const env = { TLS_CERT_FILE: state.cert.cert, TLS_KEY_FILE: state.cert.key, ...state.env };
          state.service = await startService(state.bin!, tls, env);
          const a = await httpGet(tls);
          assert.is(a.status, 200);
          assert.equal(JSON.parse(a.body), { status: "ok" });
          const plain = await httpGet({ port: tls.port }).then((a) => `answered ${a.status}`, () => "refused");
          assert.is(plain, "refused", "plain HTTP on the HTTPS port");
          const hc = healthcheck(state.bin!, tls, env);
          assert.is(hc.status, 0, `healthcheck over TLS: ${hc.output}`);
          const result = await load(tls, { connections: 8, seconds: 3 }).done;
          assertClean(result, "HTTPS load");
          const stopped = await stopService(state.service);
          assert.equal([stopped.code, stopped.signal], [0, null], state.service.output());
          assert.ok(stopped.seconds < 1, `took ${stopped.seconds.toFixed(2)} s`);
        }),
      );
    }
  } else {
    t("with its backing services: migration applied at start, the example resource round-trips, /ready is 200", () =>
      step("backing", async () => {
        await listen();
        state.service = await startService(state.bin!, http, state.env);
        const ready = await httpGet(http, "/ready");
        const checks = { ...(v.database !== "none" ? { [v.database]: "up" } : {}), ...(v.cache !== "none" ? { [v.cache]: "up" } : {}) };
        assert.is(ready.status, 200, ready.body);
        assert.equal(JSON.parse(ready.body), { status: "ready", checks });
        const created = await httpRequest(http, "POST", "/items", 3_000, { name: `first from ${v.label}` });
        assert.is(created.status, 201, created.body);
        const item = JSON.parse(created.body) as { id: number; name: string };
        assert.is(item.name, `first from ${v.label}`);
        assert.type(item.id, "number");
        const listed = await httpGet(http, "/items");
        assert.is(listed.status, 200, listed.body);
        assert.ok((JSON.parse(listed.body) as { id: number }[]).some((i) => i.id === item.id), listed.body);
        const blank = await httpRequest(http, "POST", "/items", 3_000, { name: "  " });
        assert.is(blank.status, 422, blank.body);
        assert.equal(JSON.parse(blank.body), { error: "name must not be empty" });
        if (v.database === "sqlite") assert.ok(fs.existsSync(`${state.env.DATABASE_URL!.replace("sqlite://", "")}-wal`), "SQLite runs in WAL mode");
      }),
    );

    metricsTest();

    const stores = [...(v.database === "postgres" ? (["postgres"] as const) : []), ...(v.cache === "redis" ? (["redis"] as const) : [])];
    for (const store of stores)
      t(`${store} stopped: /ready 503 naming it while /health stays 200; started again: /ready 200, same process`, () =>
        step(`${store} outage`, async () => {
          const server = servers[store]!;
          await server.stop();
          try {
            const down = await waitFor(http, "/ready", 503);
            assert.is(down.status, 503, down.body);
            const body = JSON.parse(down.body) as { status: string; checks: Record<string, string> };
            assert.is(body.status, "unavailable");
            assert.is(body.checks[store], "down", down.body);
            assert.ok(Object.entries(body.checks).every(([n, s]) => n === store || s === "up"), down.body);
            assert.is((await httpGet(http, "/health")).status, 200, "/health is liveness: it never asks a backing service");
          } finally {
            await server.start();
          }
          const up = await waitFor(http, "/ready", 200);
          assert.is(up.status, 200, `after ${store} came back: ${up.body}`);
          assert.is(state.service!.child.exitCode, null, "the service kept running");
          if (store === "postgres") assert.is((await httpGet(http, "/items")).status, 200, "queries work again on the pool's new connections");
        }),
      );

    t("restarted, it keeps its data (and applies no migration twice); SIGTERM exits 0", () =>
      step("restart", async () => {
        const before = await httpGet(http, "/items");
        const stopped = await stopService(state.service!);
        assert.equal([stopped.code, stopped.signal], [0, null], state.service!.output());
        state.service = await startService(state.bin!, http, state.env);
        const after = await httpGet(http, "/items");
        assert.is(after.status, 200, after.body);
        assert.equal(JSON.parse(after.body), JSON.parse(before.body));
        const again = await stopService(state.service);
        assert.equal([again.code, again.signal], [0, null], state.service.output());
      }),
    );

    tracesTest();
  }

  t("cleans up", () => {
    if (state.service && state.service.child.exitCode === null) state.service.child.kill("SIGKILL");
    if (state.dir && process.env.CRC_KEEP_TMP !== "1") fs.rmSync(path.dirname(state.dir), { recursive: true, force: true });
  });
  t.run();
}

if (needsServers) {
  const teardown = suite("loopback PostgreSQL and Redis, closed");
  teardown("close", async () => {
    await Promise.all([servers.postgres?.close(), servers.redis?.close()]);
  });
  teardown.run();
}
