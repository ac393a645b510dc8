// Shared test helpers: every supported combination, in-memory rendering through the real engine, and the built CLI.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs, { mkdtempSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Callback, Test } from "uvu";
import { FRAMEWORKS, RUNTIMES, TLS_STACKS, type Framework, type Runtime, type TlsStack } from "../generators/catalog/catalog.js";
import { generate } from "../generators/cli/engine.js";
import type { Mode } from "../generators/render/manifest.js";
import { isSupported, withDefaults, type ServiceOptions } from "../generators/options/options.js";
import type { CrateContext } from "../generators/domain.js";
import { contentPath } from "../generators/host-files.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const CLI = path.join(ROOT, "dist", "cli.js");

export interface Combination {
  framework: Framework;
  tls: TlsStack;
  runtime: Runtime;
}

/** Every framework × TLS × runtime the CLI accepts (the same isSupported()). */
export function supportedCombinations(): Combination[] {
  const all: Combination[] = [];
  for (const framework of Object.keys(FRAMEWORKS) as Framework[])
    for (const tls of Object.keys(TLS_STACKS) as TlsStack[])
      for (const runtime of Object.keys(RUNTIMES) as Runtime[])
        if (isSupported(framework, tls)) all.push({ framework, tls, runtime });
  return all;
}

export const comboName = (c: Combination) => `${c.framework}-${c.tls}-${c.runtime}`;

export function options(partial: Partial<ServiceOptions>): ServiceOptions {
  return withDefaults({ name: "demo-svc", ...partial }, "/nonexistent/demo-svc");
}

/** Renders through the real plop engine as a dry run into a directory that does not exist: nothing is written.
 * `crate` stands for what detection found in an existing crate. */
export async function render(o: ServiceOptions, mode: Mode = "new", crate?: CrateContext): Promise<Map<string, string>> {
  const targetDir = path.join(os.tmpdir(), "crc-render-never-created", crate?.binName ?? o.name);
  const { files } = await generate({ mode, options: o, crate, settings: { targetDir, force: false, dryRun: true } });
  return new Map(files.map((f) => [f.path, f.content]));
}

/** Every file below dir, by relative "/"-separated path, with its content (.git is skipped). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) e.name !== ".git" && walk(p);
      else out.set(contentPath(dir, p), fs.readFileSync(p, "utf8"));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** Writes files (relative path → content) below dir, a new temp dir unless given. */
export function writeTree(files: Map<string, string> | Record<string, string>, dir = tempDir("crc-tree-")): string {
  for (const [p, content] of files instanceof Map ? files : Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), content);
  }
  return dir;
}

/** A copy of dir in a new temp dir with every line ending CRLF, as a Windows checkout (core.autocrlf) leaves it. */
export function crlfCopy(dir: string): string {
  return writeTree(new Map([...readTree(dir)].map(([p, text]) => [p, text.replace(/\r?\n/g, "\r\n")])), tempDir("crc-crlf-"));
}

export function tempDir(prefix = "crc-"): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The environment a plain, uncoloured CLI run sees (uvu's runner sets FORCE_COLOR for itself). */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // Windows names variables case-insensitively (PATH is Path there): an override replaces the inherited spelling.
  const overridden = new Set(Object.keys(extra).map((k) => k.toUpperCase()));
  const inherited = Object.entries(process.env).filter(([k]) => process.platform !== "win32" || !overridden.has(k.toUpperCase()));
  const env: NodeJS.ProcessEnv = { ...Object.fromEntries(inherited), NO_COLOR: "1", ...extra };
  delete env.FORCE_COLOR;
  return env;
}

/** This process's PATH with `dirs` searched first. */
export const pathWithFirst = (...dirs: string[]) => [...dirs, process.env.PATH].join(path.delimiter);

/** What the host appends to an executable's name ("probe" is probe.exe on Windows). */
export const EXE_SUFFIX = process.platform === "win32" ? ".exe" : "";

/**
 * `t` itself, or on one of `platforms` its skip: uvu counts the test as skipped, and the reason is printed when the
 * file runs, so no test goes missing silently.
 */
export function skipOn<T>(t: Test<T>, platforms: NodeJS.Platform[], reason: string): (name: string, fn: Callback<T>) => void {
  if (!platforms.includes(process.platform)) return t;
  return (name) => {
    t.before(() => console.log(`  skipped on ${process.platform}: "${name}": ${reason}`));
    t.skip(name);
  };
}

let launcher: string | undefined;
/** test/stub-launcher.rs compiled for this host once per process, set to run scripts with this Node. */
function stubLauncher(): string {
  if (launcher) return launcher;
  const out = path.join(tempDir("crc-stub-launcher-"), `launcher${EXE_SUFFIX}`);
  const r = spawnSync("rustc", ["--edition", "2021", "-o", out, path.join(ROOT, "test/stub-launcher.rs")], {
    encoding: "utf8",
    env: { ...process.env, STUB_NODE: process.execPath },
  });
  if (r.status !== 0) throw new Error(`rustc could not build the stub launcher: ${r.error?.message ?? r.stderr}`);
  return (launcher = out);
}

/**
 * A command `name` in `dir` (a new temp dir unless given) that runs `script`, CommonJS, with this Node and its own
 * arguments. A compiled launcher stands in on every host: Windows would not find a script there.
 */
export function stubCommand(name: string, script: string, dir = tempDir("crc-stub-")): string {
  fs.copyFileSync(stubLauncher(), path.join(dir, `${name}${EXE_SUFFIX}`));
  fs.writeFileSync(path.join(dir, `${name}.cjs`), script);
  return dir;
}

/**
 * A directory with a stand-in `docker` to put first on PATH: it answers `docker version` with `serverVersion`, or
 * fails as a machine without an engine does; any other command fails. Interactive runs offer --verify only when an
 * engine answers, so sessions see the same questions whether or not this machine runs one.
 */
export function stubDockerDir(serverVersion?: string): string {
  // A CommonJS script may return at its top level; exitCode rather than exit(), which could cut off piped output.
  const version = serverVersion ? `if (process.argv[2] === "version") return console.log(${JSON.stringify(serverVersion)});\n` : "";
  return stubCommand("docker", `${version}console.error("Cannot connect to the Docker daemon");\nprocess.exitCode = 1;\n`);
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: cliEnv(env),
    timeout: 60_000,
  });
}

/** A TCP port free on the host loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** The last lines of a process's output, for failure messages. */
export const tail = (text: string, lines = 40) => text.trimEnd().split("\n").slice(-lines).join("\n");

export interface Endpoint {
  port: number;
  /** PEM of the certificate the server presents; undefined for plain HTTP. */
  ca?: string;
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One GET to 127.0.0.1 on a fresh connection; HTTPS verifies the server against `ca`. */
export function httpGet(endpoint: Endpoint, urlPath = "/health", timeoutMs = 3_000): Promise<HttpAnswer> {
  return httpRequest(endpoint, "GET", urlPath, timeoutMs);
}

/** One request, with an empty body or `json` as an application/json body, and any `extraHeaders`. */
export function httpRequest(
  endpoint: Endpoint,
  method: string,
  urlPath: string,
  timeoutMs = 3_000,
  json?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = { ...(json === undefined ? {} : { "content-type": "application/json" }), ...extraHeaders };
    const opts = { host: "127.0.0.1", port: endpoint.port, path: urlPath, method, headers, timeout: timeoutMs, agent: false as const };
    const req = endpoint.ca ? https.request({ ...opts, ca: endpoint.ca }, answer) : http.request(opts, answer);
    req.end(json === undefined ? undefined : JSON.stringify(json));
    function answer(res: http.IncomingMessage) {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    }
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath} timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
  });
}
