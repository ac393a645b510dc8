// Real PostgreSQL and Redis servers on loopback for generated services to use, from the Debian packages (.ci/run
// installs them; the packages' own cluster and service are never used). Each server has its own temp dir and port,
// and can be stopped and started again with its data, so a suite can take a service's backing store away.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort, tail, tempDir } from "../helpers.js";

export interface BackingServer {
  url: string;
  port: number;
  /** Stops the server; its data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data; resolves once it answers. */
  start(): Promise<void>;
  /** Stops it and removes its temp dir. */
  close(): Promise<void>;
}

const TIMEOUT_MS = 20_000;

/** Kills what is still up and removes its temp dir when the test process ends: pg_ctl puts postgres in its own
 * session, out of reach of the terminal's Ctrl-C, and a SIGTERM sent to node alone would leave redis-server behind. */
const live = new Set<() => void>();
const killAll = () => live.forEach((kill) => kill());
process.on("exit", killAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });

/** Runs a command to completion, killed after timeoutMs; never rejects. */
function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: opts.timeoutMs ?? TIMEOUT_MS,
      killSignal: "SIGKILL",
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("error", (e) => resolve({ status: null, output: `${output}${e.message}` }));
    child.on("close", (status, signal) => resolve({ status, output: signal ? `${output}\n${cmd} killed by ${signal}` : output }));
  });
}

/** Idempotent start/stop/close over `up` and `down`, one call at a time (a close() in a finally can race a start()).
 * Both must leave the server down when they throw. */
function backing(url: string, port: number, dir: string, up: () => Promise<void>, down: () => Promise<void>, kill: () => void): BackingServer {
  let running = true;
  let closed = false;
  let last: Promise<unknown> = Promise.resolve();
  const serial = (f: () => Promise<void>) => {
    const next = last.then(f, f);
    last = next.catch(() => {});
    return next;
  };
  const halt = async () => {
    if (!running) return;
    try {
      await down();
    } finally {
      running = false;
    }
  };
  const abandon = () => {
    kill();
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {}
  };
  live.add(abandon);
  return {
    url,
    port,
    stop: () => serial(halt),
    start: () =>
      serial(async () => {
        if (closed) throw new Error(`the server on port ${port} is closed`);
        if (running) return;
        await up();
        running = true;
      }),
    close: () =>
      serial(async () => {
        closed = true;
        try {
          await halt();
        } finally {
          live.delete(abandon);
          abandon();
        }
      }),
  };
}

/** The bin dir of the newest PostgreSQL major under /usr/lib/postgresql (Debian keeps initdb and pg_ctl off PATH). */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((m) => /^\d+$/.test(m)).sort((a, b) => Number(b) - Number(a)) : [];
  const major = majors.find((m) => fs.existsSync(path.join(root, m, "bin", "initdb")));
  if (!major) throw new Error(`no ${root}/<major>/bin/initdb: apt-get install postgresql (.ci/run does)`);
  return path.join(root, major, "bin");
}

/** A fresh cluster with superuser and database `app`, on 127.0.0.1 only, password auth over TCP. */
export async function startPostgres(): Promise<BackingServer> {
  const bin = postgresBin();
  const dir = tempDir("crc-pg-");
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const port = await freePort();
  const password = randomBytes(16).toString("hex");
  const url = `postgres://app:${password}@127.0.0.1:${port}/app`;
  // initdb and postgres refuse to run as root: as root, the package's `postgres` user owns the dir and runs them.
  const root = process.getuid?.() === 0;
  const asOwner = (cmd: string, args: string[]) =>
    root ? run("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", cmd, ...args], { cwd: dir }) : run(cmd, args, { cwd: dir });
  const logTail = () => (fs.existsSync(log) ? `\nserver log:\n${tail(fs.readFileSync(log, "utf8"))}` : "");
  const pidFile = path.join(data, "postmaster.pid");
  // SIGQUIT is postgres's immediate shutdown; no pid file means it is down.
  const kill = () => {
    try {
      process.kill(Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]), "SIGQUIT");
    } catch {}
  };
  const pgCtl = async (args: string[]) => {
    const r = await asOwner(path.join(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "15", ...args]);
    if (r.status === 0) return;
    kill();
    throw new Error(`pg_ctl ${args.join(" ")} failed (${r.status}): ${r.output.trim()}${logTail()}`);
  };
  const up = () => pgCtl(["start"]);
  const down = () => pgCtl(["-m", "fast", "stop"]);
  try {
    fs.mkdirSync(path.join(dir, "sock"));
    fs.writeFileSync(path.join(dir, "pwfile"), `${password}\n`);
    if (root) {
      const r = await run("chown", ["-R", "postgres:", dir]);
      if (r.status !== 0) throw new Error(`chown to the postgres user failed: ${r.output}`);
    }
    // Local (socket) connections are trusted: the socket lives in this 0700 dir.
    const init = await asOwner(path.join(bin, "initdb"), [
      "-D", data, "-U", "app", `--pwfile=${path.join(dir, "pwfile")}`, "--auth-local=trust", "--auth-host=scram-sha-256",
      "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
    ]);
    fs.rmSync(path.join(dir, "pwfile"));
    if (init.status !== 0) throw new Error(`initdb failed (${init.status}):\n${tail(init.output)}`);
    fs.appendFileSync(
      path.join(data, "postgresql.conf"),
      `\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${path.join(dir, "sock")}'\nfsync = off\n`,
    );
    await up();
    // Over TCP with the password, so a broken auth setup fails here rather than in a service.
    const created = await run(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "app", "app"], { env: { PGPASSWORD: password } });
    if (created.status !== 0) throw new Error(`createdb app failed (${created.status}): ${created.output.trim()}${logTail()}`);
  } catch (e) {
    kill();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return backing(url, port, dir, up, down, kill);
}

/** redis-server with no persistence but a snapshot on SIGTERM (--shutdown-on-sigterm save), so stop() keeps data. */
export async function startRedis(): Promise<BackingServer> {
  const dir = tempDir("crc-redis-");
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = "";
  const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null || c.pid === undefined;
  const kill = () => child?.kill("SIGKILL");
  const up = async () => {
    output = "";
    const c = spawn(
      "redis-server",
      ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", dir, "--shutdown-on-sigterm", "save"],
      { cwd: dir, stdio: ["ignore", "pipe", "pipe"] },
    );
    child = c;
    c.stdout!.on("data", (d) => (output += d));
    c.stderr!.on("data", (d) => (output += d));
    c.on("error", (e) => (output += `${e.message}\n`));
    const started = Date.now();
    while (Date.now() - started < TIMEOUT_MS) {
      if (exited(c)) break;
      // Answers LOADING instead while it reads the snapshot back.
      if ((await run("redis-cli", ["-p", String(port), "ping"], { timeoutMs: 2_000 })).output.trim() === "PONG") return;
      await new Promise((r) => setTimeout(r, 50));
    }
    child = undefined;
    const why = exited(c) ? `exited (${c.exitCode ?? c.signalCode ?? "not started"})` : `did not answer PING within ${TIMEOUT_MS} ms`;
    c.kill("SIGKILL");
    throw new Error(`redis-server on port ${port} ${why}:\n${tail(output)}`);
  };
  const down = async () => {
    const c = child;
    child = undefined;
    if (!c || exited(c)) return;
    const gone = new Promise((r) => c.once("exit", r));
    c.kill("SIGTERM");
    const timer = setTimeout(() => c.kill("SIGKILL"), 15_000);
    await gone;
    clearTimeout(timer);
  };
  try {
    await up();
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return backing(`redis://127.0.0.1:${port}`, port, dir, up, down, kill);
}
