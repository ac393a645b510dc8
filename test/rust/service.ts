// Generated services as real processes: scaffolded by the CLI, built by cargo, started on loopback, probed over
// HTTP(S), loaded and stopped. No assertions here; the suites and benches decide what is wrong.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { CLI, cliEnv, httpGet, tail, type Endpoint } from "../helpers.js";

/** One target dir for every service, so the dependencies they share are compiled once. */
export const TARGET_DIR = process.env.CRC_RUST_TARGET_DIR ?? path.join(os.tmpdir(), "crc-rust-target");

export interface Timed {
  status: number | null;
  output: string;
  seconds: number;
}

/** Runs cargo in dir with the shared target dir; output is kept for the failure message. */
export function cargo(dir: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 20 * 60_000): Timed {
  const started = process.hrtime.bigint();
  const r = spawnSync("cargo", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, CARGO_TARGET_DIR: TARGET_DIR, CARGO_TERM_COLOR: "never", ...env },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? `\n${r.error.message}` : ""}`, seconds };
}

/** `node dist/cli.js <name> --yes …` in parent, as a user runs it. */
export function scaffoldService(parent: string, name: string, flags: string[]): Timed & { dir: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, name, "--yes", ...flags], {
    cwd: parent,
    encoding: "utf8",
    env: cliEnv(),
    timeout: 120_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}`, seconds, dir: path.join(parent, name) };
}

/** A self-signed certificate for 127.0.0.1 and localhost, made with the openssl CLI. */
export function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  const r = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (r.status !== 0) throw new Error(`openssl req failed: ${r.stderr}`);
  return { cert, key };
}

export interface Service {
  child: ChildProcess;
  endpoint: Endpoint;
  /** Everything the process printed so far. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: bigint }>;
}

/** Starts a built binary on 127.0.0.1:<port> with extra environment; resolves once GET /health answers 200. */
export async function startService(bin: string, endpoint: Endpoint, env: NodeJS.ProcessEnv = {}, timeoutMs = 15_000): Promise<Service> {
  let output = "";
  const child = spawn(bin, [], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(endpoint.port), RUST_LOG: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: bigint }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, at: process.hrtime.bigint() })),
  );
  const service: Service = { child, endpoint, output: () => output, exited };
  const started = Date.now();
  let last = "";
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${path.basename(bin)} exited (${child.exitCode ?? child.signalCode}) before serving:\n${tail(output)}`);
    try {
      const a = await httpGet(endpoint, "/health", 1_000);
      if (a.status === 200) return service;
      last = `status ${a.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`${path.basename(bin)} did not answer /health within ${timeoutMs} ms (${last}):\n${tail(output)}`);
}

/** SIGTERM, then the exit code and the seconds it took (SIGKILL after `killAfterMs`). */
export async function stopService(service: Service, killAfterMs = 15_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number }> {
  const sent = process.hrtime.bigint();
  service.child.kill("SIGTERM");
  const timer = setTimeout(() => service.child.kill("SIGKILL"), killAfterMs);
  const { code, signal, at } = await service.exited;
  clearTimeout(timer);
  return { code, signal, seconds: Number(at - sent) / 1e9 };
}

/** `<bin> healthcheck` with the service's environment: its exit code and what it printed. */
export function healthcheck(bin: string, endpoint: Endpoint, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const r = spawnSync(bin, ["healthcheck"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(endpoint.port), ...env },
    encoding: "utf8",
    timeout: 15_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RequestRecord {
  /** ms since the load started, when the request was made. */
  sentMs: number;
  /** When its bytes were handed to the OS (unset if they never were). */
  writtenMs?: number;
  doneMs: number;
  status?: number;
  error?: string;
  /** Whether the request went out on a kept-alive connection that had already carried one. */
  reused: boolean;
}

export interface LoadResult {
  records: RequestRecord[];
  seconds: number;
  /** Latency percentiles of answered requests, ms. */
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

/**
 * Keeps `connections` keep-alive connections busy with GET `path` (default /health; each connection sends its next
 * request when the previous one is answered) for at most `seconds`, or until `stop()`; every request is recorded with
 * its outcome. Bounded in time and aimed at loopback only.
 */
export function load(
  endpoint: Endpoint,
  opts: { connections: number; seconds: number; path?: string },
): { done: Promise<LoadResult>; stop: () => void; startedAt: bigint } {
  const startedAt = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - startedAt) / 1e6;
  const agentOpts = { keepAlive: true, maxSockets: opts.connections };
  const agent = endpoint.ca ? new https.Agent({ ...agentOpts, ca: endpoint.ca }) : new http.Agent(agentOpts);
  const client = endpoint.ca ? https : http;
  const records: RequestRecord[] = [];
  let stopped = false;
  const deadline = setTimeout(() => (stopped = true), opts.seconds * 1000);
  const one = () =>
    new Promise<void>((resolve) => {
      const rec: RequestRecord = { sentMs: ms(), doneMs: 0, reused: false };
      records.push(rec);
      const req = client.get({ host: "127.0.0.1", port: endpoint.port, path: opts.path ?? "/health", agent, timeout: 5_000 }, (res) => {
        res.resume();
        res.on("end", () => {
          rec.status = res.statusCode;
          rec.doneMs = ms();
          resolve();
        });
        res.on("error", (e) => {
          rec.error = (e as NodeJS.ErrnoException).code ?? e.message;
          rec.doneMs = ms();
          resolve();
        });
      });
      req.on("socket", () => (rec.reused = req.reusedSocket));
      req.on("finish", () => (rec.writtenMs = ms()));
      req.on("timeout", () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
      req.on("error", (e) => {
        rec.error = (e as NodeJS.ErrnoException).code ?? e.message;
        rec.doneMs = ms();
        resolve();
      });
    });
  const worker = async () => {
    while (!stopped) await one();
  };
  const done = Promise.all(Array.from({ length: opts.connections }, worker)).then((): LoadResult => {
    clearTimeout(deadline);
    agent.destroy();
    const seconds = ms() / 1000;
    const latencies = records.filter((r) => r.status !== undefined).map((r) => r.doneMs - r.sentMs).sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    return { records, seconds, p50: pct(50), p99: pct(99), requestsPerSecond: latencies.length / seconds };
  });
  return { done, stop: () => (stopped = true), startedAt };
}

/** How a TCP connect to the port ends right now: "refused", "connected", or another error code. */
export function connectOutcome(port: number, timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve("timeout");
    });
    socket.on("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "ECONNREFUSED" ? "refused" : (e.code ?? e.message)));
  });
}

export const fileSize = (file: string) => fs.statSync(file).size;
