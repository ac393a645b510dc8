// Verification alone: builds the kit's image with the local engine, runs it the way compose would, observes the
// service (listeners, health routes, healthy, stop) and turns what it saw into corrected answers, or into a plain
// reason the user must act on. It writes no files: the CLI re-renders through the usual writer.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import type { Healthcheck } from "../domain.js";
import { HEALTH_TIMING, dnsLabel, probePath } from "../render/template-data.js";
import type { DockerEngine } from "./docker-client.js";
import { addedPaths, askedFor, exitReason, helpOptions, judgeRoutes, lockedDependencyFailure, parseListeners, type ExitReason, type Listener, type RouteAnswers } from "./observe.js";
import type { CorrectedAnswers, ServiceOptions } from "../options/options.js";
import { dataDirOf } from "../kit/scan/scan.js";
import type { CliOption } from "../kit/scan/cli-options.js";
import { answerAsks, listenWhere, stateFromWrites, type Need, type NeedContext } from "./needs.js";

/** Cargo profile settings for the verify build: the same code, built fast (half the cold build of a fat-LTO release,
 * measured by bench:verify). What is observed (where it listens, which routes answer, why it exits, how it stops) does
 * not depend on optimisation; debug assertions stay off as in release. The Dockerfile declares these as build args. */
export const QUICK_BUILD: Record<string, string> = {
  CARGO_PROFILE_RELEASE_LTO: "false",
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS: "16",
  CARGO_PROFILE_RELEASE_OPT_LEVEL: "0",
};

/** How long a service may take to listen: the healthcheck's start period, plus a margin. */
const LISTEN_DEADLINE_S = HEALTH_TIMING.startPeriod + 10;
/** Once it listens, how long it has to report healthy before its routes are examined. */
const HEALTHY_GRACE_S = 4;
const POLL_MS = 250;
/** How long the writable-root run may go on before its created paths are read (unless it exits or listens first). */
const WRITE_WATCH_S = 5;
/** A stop that takes this long was the engine's SIGKILL after its 10 s wait, not the service's own exit. */
export const KILLED_AFTER_S = 9.5;

export interface VerifySubject {
  contextDir: string;
  /** The tag the verify build gets. */
  image: string;
  port: number;
  healthcheck: Healthcheck;
  /** The image holds the kit's probe (it reads listeners and tries routes from inside the container). */
  hasProbe: boolean;
  /** The service speaks HTTP, so health routes are worth trying. */
  http: boolean;
  /** Health paths to try, best first. */
  candidates: string[];
  /** The route the host GETs through the published port; without one it only connects. */
  hostRoute?: string;
  dataDirs: string[];
  /** Variables the code reads that may carry its listen address, and the value each would take. */
  addressVars: [string, string][];
  /** Variables the image already sets. */
  env: string[];
  /** tini is the image's PID 1; undefined where the kit does not decide it (a new service handles its signals). */
  init?: boolean;
  /** The image's command arguments, the clap options the binary takes, and the compose service name. */
  cmd: string[];
  cliOptions: CliOption[];
  service: string;
}

export interface BuildOutcome {
  ok: boolean;
  seconds: number;
  sizeMB?: number;
  /** The last lines of the build log when it failed. */
  failure?: string;
  /** Why it failed, when that is known: a locked dependency the builder's Rust cannot compile. */
  reason?: string;
}

export interface Observation {
  exited?: { code: number; reason?: ExitReason; logTail: string; asked?: string[] };
  /** After a start that failed on a write: what a run with a writable root created, and the working directory. */
  written?: { added: string[]; workdir: string };
  /** After a usage error, an address it could not bind, or a loopback-only listener: what its --help printed. */
  help?: string;
  /** Seconds the run and its observation took. */
  seconds?: number;
  listeners: Listener[];
  /** Seconds from start to healthy; undefined when it never was. */
  healthySeconds?: number;
  health?: string;
  routes?: RouteAnswers;
  /** The health route (or the port) as the host sees it through the published port. */
  fromHost?: { ok: boolean; detail: string };
  stopSeconds?: number;
  stopExitCode?: number;
  logTail: string;
}

/** A new service: its own healthcheck subcommand, /health, the port it was given. */
export function serviceSubject(o: ServiceOptions, dir: string): VerifySubject {
  return {
    contextDir: dir,
    image: `${dnsLabel(o.name, 63)}:verify`,
    port: o.port,
    healthcheck: { kind: "subcommand", args: ["healthcheck"] },
    hasProbe: false,
    http: true,
    candidates: ["/health"],
    hostRoute: "/health",
    dataDirs: [],
    addressVars: [],
    env: ["HOST", "PORT"],
    cmd: [],
    cliOptions: [],
    service: o.name,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PROBE = "/usr/local/bin/healthcheck-probe";

/** Builds the context's Dockerfile with the quick profile; `progress` gets each build step as it starts. */
export async function buildImage(engine: DockerEngine, subject: VerifySubject, progress: (step: string) => void): Promise<BuildOutcome> {
  const args = ["build", "--progress=plain", "-t", subject.image, ...Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]), subject.contextDir];
  const r = await engine.run(args, {
    timeoutMs: 60 * 60_000,
    onLine: (line) => {
      const step = /^#\d+ \[([^\]]+)\] (.+)$/.exec(line);
      if (step) progress(`[${step[1]}] ${step[2].replace(/\s+/g, " ").slice(0, 90)}`);
    },
  });
  if (r.code !== 0) {
    const lock = path.join(subject.contextDir, "Cargo.lock");
    const reason = fs.existsSync(lock) ? lockedDependencyFailure(r.stderr, fs.readFileSync(lock, "utf8")) : undefined;
    return { ok: false, seconds: r.seconds, failure: r.stderr.trimEnd().split("\n").slice(-15).join("\n"), ...(reason ? { reason } : {}) };
  }
  const size = await engine.run(["image", "inspect", "--format", "{{.Size}}", subject.image]);
  return { ok: true, seconds: r.seconds, sizeMB: Number(size.stdout.trim()) / 1e6 || undefined };
}

/** Runs the image once, hardened as compose runs it (read-only root, no capabilities), and watches it; a start that
 * fails on a write is run once more with a writable root to see what it creates. */
export async function observe(engine: DockerEngine, subject: VerifySubject): Promise<Observation> {
  const started = Date.now();
  const obs = await watch(engine, subject);
  if (obs.exited?.reason?.kind === "permission") obs.written = await watchWrites(engine, subject);
  const kind = obs.exited?.reason?.kind;
  if (kind === "usage" || kind === "address-unavailable" || (obs.listeners.length && obs.listeners.every((l) => l.loopback)))
    obs.help = await helpText(engine, subject);
  return { ...obs, seconds: (Date.now() - started) / 1000 };
}

async function watch(engine: DockerEngine, subject: VerifySubject): Promise<Observation> {
  const runArgs = [
    "run", "-d", "--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", "--security-opt", "no-new-privileges:true",
    "-p", `127.0.0.1::${subject.port}`,
    ...subject.dataDirs.flatMap((d) => ["-v", d]),
    subject.image,
  ];
  const started = Date.now();
  const run = await engine.run(runArgs);
  if (run.code !== 0) throw new Error(`docker run failed: ${run.stderr.trim()}`);
  const id = run.stdout.trim();
  const seconds = () => (Date.now() - started) / 1000;
  const obs: Observation = { listeners: [], logTail: "" };
  try {
    let listeningSince: number | undefined;
    while (seconds() < LISTEN_DEADLINE_S) {
      const state = await engine.run(["inspect", "--format", "{{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{end}}", id]);
      const [status, code, health] = state.stdout.trim().split(" ");
      obs.health = health || undefined;
      if (status === "exited" || status === "dead") {
        const logs = await engine.run(["logs", "--tail", "30", id]);
        const text = lastLines(`${logs.stdout}${logs.stderr}`, 30);
        const reason = exitReason(text);
        obs.exited = { code: Number(code), reason, logTail: lastLines(text, 8), ...(reason?.kind === "usage" ? { asked: askedFor(text) } : {}) };
        obs.logTail = lastLines(text, 8);
        return obs;
      }
      if (subject.hasProbe) obs.listeners = await listeners(engine, id);
      const listening = subject.hasProbe ? obs.listeners.length > 0 : health === "healthy" || (await connects(engine, id, subject.port));
      if (health === "healthy" && obs.healthySeconds === undefined) obs.healthySeconds = seconds();
      if (listening) listeningSince ??= seconds();
      if (obs.healthySeconds !== undefined || (listeningSince !== undefined && seconds() - listeningSince > HEALTHY_GRACE_S)) break;
      await sleep(POLL_MS);
    }
    if (subject.hasProbe && subject.http && obs.listeners.length) obs.routes = await tryRoutes(engine, id, subject, obs.listeners);
    obs.fromHost = await fromHost(engine, id, subject);
    const stop = await engine.run(["stop", "--time", "10", id], { timeoutMs: 30_000 });
    obs.stopSeconds = stop.seconds;
    obs.stopExitCode = Number((await engine.run(["inspect", "--format", "{{.State.ExitCode}}", id])).stdout.trim());
    const logs = await engine.run(["logs", "--tail", "30", id]);
    obs.logTail = lastLines(`${logs.stdout}${logs.stderr}`, 8);
    return obs;
  } finally {
    await engine.run(["rm", "-f", "-v", id]);
  }
}

/**
 * Runs a throwaway container with `args`, waits until it exits, `enough` says it has shown what is wanted, or
 * WRITE_WATCH_S pass, then returns what `read` takes from it, and removes it.
 */
async function runOnce<T>(engine: DockerEngine, args: string[], read: (id: string) => Promise<T>, enough?: (id: string) => Promise<boolean>): Promise<T | undefined> {
  const run = await engine.run(["run", "-d", ...args]);
  if (run.code !== 0) return undefined;
  const id = run.stdout.trim();
  try {
    const started = Date.now();
    while ((Date.now() - started) / 1000 < WRITE_WATCH_S) {
      if ((await engine.run(["inspect", "--format", "{{.State.Status}}", id])).stdout.trim() !== "running") break;
      if (enough && (await enough(id))) break;
      await sleep(POLL_MS);
    }
    return await read(id);
  } finally {
    await engine.run(["rm", "-f", "-v", id]);
  }
}

/**
 * The paths a start creates, seen with a writable root as root (so no ownership stops it at the first write): the
 * engine's diff after it exits or has run a few seconds. Its home directory is then /root, which counts as home.
 */
async function watchWrites(engine: DockerEngine, subject: VerifySubject): Promise<Observation["written"]> {
  const workdir = (await engine.run(["image", "inspect", "--format", "{{.Config.WorkingDir}}", subject.image])).stdout.trim();
  return runOnce(
    engine,
    ["--user", "0:0", "--tmpfs", "/tmp", ...subject.dataDirs.flatMap((d) => ["-v", d]), subject.image],
    async (id) => ({ added: addedPaths((await engine.run(["diff", id])).stdout), workdir }),
    // Listening, it is past the writes it makes at start.
    async (id) => subject.hasProbe && (await listeners(engine, id)).length > 0,
  );
}

/** What the binary prints for --help after the image's command (a subcommand's own help), within a few seconds. */
async function helpText(engine: DockerEngine, subject: VerifySubject): Promise<string | undefined> {
  return runOnce(engine, ["--network", "none", "--read-only", "--cap-drop", "ALL", subject.image, ...subject.cmd, "--help"], async (id) => {
    const logs = await engine.run(["logs", id]);
    return `${logs.stdout}${logs.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  });
}

/** The last lines of a log, without the colour codes a service writes even when nothing reads a terminal. */
const lastLines = (text: string, n: number) => text.replace(/\x1b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-n).join("\n");

async function listeners(engine: DockerEngine, id: string): Promise<Listener[]> {
  const r = await engine.run(["exec", id, PROBE, "listeners"], { timeoutMs: 10_000 });
  return r.code === 0 ? parseListeners(r.stdout) : [];
}

/** Without the probe in the image: whether the published port accepts a connection from the host. */
async function connects(engine: DockerEngine, id: string, port: number): Promise<boolean> {
  const hostPort = await publishedPort(engine, id, port);
  return hostPort !== undefined && (await tcpConnect(hostPort));
}

/** The port a route is tried on: the configured one when something listens there, else the one listener there is. */
function probedPort(subject: VerifySubject, found: Listener[]): number | undefined {
  if (found.some((l) => l.port === subject.port)) return subject.port;
  const ports = [...new Set(found.map((l) => l.port))];
  return ports.length === 1 ? ports[0] : undefined;
}

async function tryRoutes(engine: DockerEngine, id: string, subject: VerifySubject, found: Listener[]): Promise<RouteAnswers | undefined> {
  const port = probedPort(subject, found);
  if (port === undefined) return undefined;
  const get = async (p: string) => (await engine.run(["exec", id, PROBE, `http://127.0.0.1:${port}${p}`], { timeoutMs: 10_000 })).code === 0;
  const random = `/${Math.random().toString(36).slice(2, 12)}-no-such-route`;
  const ask = async () => {
    const answers = [];
    for (const p of subject.candidates) answers.push({ path: p, ok: await get(p) });
    return answers;
  };
  let answers = await ask();
  // On a busy machine a probe can time out on a route that is there: "none answered" must hold twice, a second apart,
  // before the healthcheck falls back to a connect.
  if (!answers.some((a) => a.ok)) {
    await sleep(1_000);
    answers = await ask();
  }
  return judgeRoutes(answers, await get(random));
}

async function publishedPort(engine: DockerEngine, id: string, port: number): Promise<number | undefined> {
  const r = await engine.run(["port", id, `${port}/tcp`]);
  const m = /:(\d+)\s*$/m.exec(r.stdout);
  return m ? Number(m[1]) : undefined;
}

async function fromHost(engine: DockerEngine, id: string, subject: VerifySubject): Promise<Observation["fromHost"]> {
  const hostPort = await publishedPort(engine, id, subject.port);
  if (hostPort === undefined) return { ok: false, detail: `port ${subject.port} is not published` };
  const route = subject.hostRoute;
  if (!route) {
    const ok = await tcpConnect(hostPort);
    return { ok, detail: `connect 127.0.0.1:${hostPort} → ${ok ? "accepted" : "refused"}` };
  }
  const status = await httpStatus(hostPort, route);
  return { ok: status >= 200 && status < 300, detail: `GET http://127.0.0.1:${hostPort}${route} → ${status || "no answer"}` };
}

function tcpConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    socket.on("connect", () => {
      // Docker's proxy accepts on the host side even when nothing listens inside: a real service keeps the
      // connection open, the proxy closes it at once.
      const timer = setTimeout(() => (socket.destroy(), resolve(true)), 300);
      socket.on("close", () => (clearTimeout(timer), resolve(false)));
    });
    socket.on("error", () => resolve(false));
  });
}

function httpStatus(port: number, route: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: route, timeout: 3000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

export interface Correction {
  /** The answers that fix what was observed, each with the observation behind it. */
  answers: CorrectedAnswers;
  /** What changed and why, one line each. */
  changes: string[];
  /** What only the user can fix, one line each. */
  needsUser: string[];
}

/** Turns one observation into answers that fix what it showed, and lines for what it cannot fix. */
export function correct(obs: Observation, subject: VerifySubject): Correction {
  const c: Correction = { answers: {}, changes: [], needsUser: [] };
  const ctx: NeedContext = {
    service: subject.service,
    port: subject.port,
    cmd: subject.cmd,
    options: withHelp(subject.cliOptions, obs.help),
    dataDirs: subject.dataDirs,
    addressVars: subject.addressVars.filter(([name]) => !subject.env.includes(name)),
  };
  if (obs.exited) {
    const reason = obs.exited.reason;
    const needs = reason ? exitNeeds(obs, reason, ctx) : [];
    apply(c, needs, subject);
    if (!needs.length)
      c.needsUser.push(
        reason
          ? `it exited (code ${obs.exited.code}) at start: ${reason.reason}${reason.subject ? ` (${reason.subject})` : ""}. It said: ${reason.line.slice(0, 200).replace(/\.$/, "")}${reason.kind === "missing-config" && reason.subject ? `. Give it yours: mount it at ${inWorkdir(reason.subject)} (a bind mount, or a compose configs entry)` : ""}`
          : `it exited (code ${obs.exited.code}) at start. Its last lines:\n${indent(obs.exited.logTail)}`,
      );
    return c;
  }
  const reachable = obs.listeners.filter((l) => !l.loopback);
  if (subject.hasProbe && !obs.listeners.length) {
    c.needsUser.push(`nothing listened within ${LISTEN_DEADLINE_S} s${obs.logTail ? `. Its last lines:\n${indent(obs.logTail)}` : ""}`);
    return c;
  }
  if (subject.hasProbe && !reachable.some((l) => l.port === subject.port)) {
    const ports = [...new Set(reachable.map((l) => l.port))];
    if (ports.length === 1) {
      const change = `it listens on ${describe(reachable)}, not on ${subject.port}: the port becomes ${ports[0]}`;
      c.answers.port = { value: ports[0], observed: change };
      c.changes.push(change);
    } else if (ports.length > 1) c.needsUser.push(`it listens on ${describe(reachable)}: choose the service's port with --port`);
    else {
      // Only loopback: unreachable through any published port. Its own listen option, or the address variables the
      // code reads, may move it.
      const loopPort = obs.listeners[0].port;
      const moved = listenWhere(ctx, loopPort, `it listens on ${describe(obs.listeners)} only, unreachable from outside the container`);
      if (moved) {
        const port = moved.port !== undefined && moved.port !== subject.port ? moved.port : undefined;
        const need = port ? { ...moved, change: `${moved.change}; the port becomes ${port}` } : moved;
        apply(c, [need], subject);
        if (port) c.answers.port = { value: port, observed: need.change ?? "" };
      } else {
        // Its port is observed even though no flag can make it reachable: the user gets both halves of the fix.
        const port = loopPort !== subject.port ? `, then give --port ${loopPort} (the kit's is ${subject.port})` : "";
        c.needsUser.push(`it listens on ${describe(obs.listeners)} only, unreachable from outside the container: make it bind 0.0.0.0 (the Detected lines name the code)${port}`);
      }
    }
    return c;
  }
  const routes = obs.routes;
  const current = probePath(subject.healthcheck);
  const tcp = subject.healthcheck.kind === "probe" && subject.healthcheck.url.startsWith("tcp://");
  if (routes && !routes.catchAll) {
    const best = routes.ok[0];
    if (current && !routes.ok.includes(current)) {
      if (best) correctHealth(c, { style: "probe", path: best }, `GET ${current} did not answer 2xx; ${best} does: the healthcheck GETs ${best}`);
      else correctHealth(c, { style: "tcp" }, `no health route answered 2xx (tried ${subject.candidates.join(", ")}): the healthcheck connects to port ${subject.port} instead`);
    } else if (tcp && best) correctHealth(c, { style: "probe", path: best }, `${best} answers 2xx: the healthcheck GETs it instead of only connecting`);
  }
  if (!c.changes.length && obs.healthySeconds === undefined && subject.healthcheck.kind !== "none")
    c.needsUser.push(`it listens, but its healthcheck did not pass (status: ${obs.health ?? "none"})${obs.logTail ? `. Its last lines:\n${indent(obs.logTail)}` : ""}`);
  const killed = obs.stopSeconds !== undefined && obs.stopSeconds >= KILLED_AFTER_S;
  if (killed && subject.init === false) {
    const change = `docker stop waited ${obs.stopSeconds!.toFixed(1)} s and killed it (SIGTERM ignored as PID 1): tini becomes PID 1 and passes the signal on`;
    c.answers.init = { value: "tini", observed: change };
    c.changes.push(change);
  } else if (!c.changes.length && killed)
    c.needsUser.push(`docker stop waited ${obs.stopSeconds!.toFixed(1)} s and killed it: it does not exit on SIGTERM (handle it, as README.Docker.md shows under "Stopping")`);
  return c;
}

function correctHealth(c: Correction, value: NonNullable<CorrectedAnswers["healthcheck"]>["value"], change: string): void {
  c.answers.healthcheck = { value, observed: change };
  c.changes.push(change);
}

/** The CLI model the code shows, completed by what its --help prints (options the source scan cannot read). */
function withHelp(model: CliOption[], help: string | undefined): CliOption[] {
  if (!help) return model;
  const known = (o: CliOption) => model.some((m) => (o.flag ? m.flag === o.flag : !m.flag && m.valueName.toUpperCase() === o.valueName.toUpperCase()));
  return [...model, ...helpOptions(help).filter((o) => !known(o))];
}

/** What a start that ended shows it needs: what it asked for, where it may listen, where it writes. */
function exitNeeds(obs: Observation, reason: ExitReason, ctx: NeedContext): Need[] {
  if (reason.kind === "usage") return answerAsks(obs.exited?.asked ?? [], ctx, reason.line);
  if (reason.kind === "address-unavailable") {
    const moved = listenWhere(ctx, ctx.port, `it could not bind at start ("${reason.line.slice(0, 100)}")`);
    return moved ? [moved] : [];
  }
  if (reason.kind !== "permission") return [];
  const written = obs.written && stateFromWrites(obs.written.added, obs.written.workdir, ctx);
  if (written?.length) return written;
  // No path created even with a writable root: the path its log names, if any.
  const dir = reason.subject ? dataDirOf(reason.subject) : undefined;
  return dir && !ctx.dataDirs.includes(dir)
    ? [{ dataDirs: [dir], change: `it could not write ${reason.subject} (${reason.line.slice(0, 120)}): ${dir} becomes a directory its user owns, a volume in compose` }]
    : [];
}

/** Adds decisions to a correction as the flags that give them: arguments after the image's command, variables,
 * directories after the ones it has; what only the user can give stays a line for them. */
function apply(c: Correction, needs: Need[], subject: VerifySubject): void {
  // Each value carries the lines of the needs that gave it.
  const observed = (has: (n: Need) => boolean) => needs.filter(has).map((n) => n.change ?? n.needsUser ?? "").join("; ");
  const args = needs.flatMap((n) => n.args ?? []);
  const dirs = needs.flatMap((n) => n.dataDirs ?? []);
  if (args.length) c.answers.cmd = { value: [...subject.cmd, ...args], observed: observed((n) => !!n.args?.length) };
  for (const n of needs) for (const pair of n.env ?? []) (c.answers.env ??= []).push({ value: pair, observed: n.change ?? n.needsUser ?? "" });
  if (dirs.length) c.answers.dataDirs = { value: [...new Set([...subject.dataDirs, ...dirs])], observed: observed((n) => !!n.dataDirs?.length) };
  for (const n of needs) {
    if (n.change) c.changes.push(n.change);
    if (n.needsUser) c.needsUser.push(n.needsUser);
  }
}

/** A path its log names, as it is in the image: a relative one is under the kit's working directory. */
const inWorkdir = (p: string) => (p.startsWith("/") ? p : `/app/${p.replace(/^\.\//, "")}`);
const describe = (ls: Listener[]) => ls.map((l) => `${l.address.includes(":") ? `[${l.address}]` : l.address}:${l.port}`).join(", ");
const indent = (text: string) => text.split("\n").map((l) => `    ${l}`).join("\n");

/** The Verified block's rows, in order. */
export function verifiedRows(build: BuildOutcome, obs: Observation, subject: VerifySubject, engineVersion: string): [string, string][] {
  const hc = subject.healthcheck;
  const route = hc.kind === "probe" ? hc.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, "GET ").replace(/^tcp:\/\/127\.0\.0\.1:/, "connect to port ") : hc.kind === "subcommand" ? `the ${hc.args.join(" ")} subcommand` : "none";
  return [
    ["engine", `Docker ${engineVersion}; quick build (no LTO, ${QUICK_BUILD.CARGO_PROFILE_RELEASE_CODEGEN_UNITS} codegen units, opt-level ${QUICK_BUILD.CARGO_PROFILE_RELEASE_OPT_LEVEL}): release images keep Cargo.toml's profile`],
    ["build", `${build.seconds.toFixed(1)} s, image ${build.sizeMB?.toFixed(1) ?? "?"} MB`],
    ["listening", subject.hasProbe ? describe(obs.listeners) || "nothing" : obs.fromHost?.ok ? `port ${subject.port} (answers the host)` : "not seen"],
    ["healthcheck", route],
    ["healthy", obs.healthySeconds === undefined ? `no (${obs.health ?? "no healthcheck"})` : `after ${obs.healthySeconds.toFixed(1)} s`],
    ["from host", obs.fromHost ? `${obs.fromHost.detail}` : "not checked"],
    ["stop", obs.stopSeconds === undefined ? "not stopped" : `${obs.stopSeconds.toFixed(1)} s (exit ${obs.stopExitCode})`],
  ];
}
