// The engine client alone: runs the `docker` command found on PATH (build, run, exec, inspect, logs, stop) and
// hands back what it printed. It decides nothing about what the output means.
import { spawn } from "node:child_process";
import { UserError } from "../errors.js";

export interface DockerResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

export interface DockerEngine {
  /** The engine's server version, e.g. 28.2.2. */
  version: string;
  run(args: string[], opts?: { timeoutMs?: number; onLine?: (line: string) => void }): Promise<DockerResult>;
}

const DOCKER = "docker";

function runDocker(args: string[], opts: { timeoutMs?: number; onLine?: (line: string) => void } = {}): Promise<DockerResult> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    // BuildKit: engines before 23 still default to the legacy builder without it.
    const child = spawn(DOCKER, args, { env: { ...process.env, DOCKER_BUILDKIT: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let partial = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      const text = d.toString();
      stderr += text;
      if (!opts.onLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) opts.onLine(line);
    });
    const done = (code: number | null, error?: Error) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr: error ? `${stderr}${error.message}` : stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    };
    child.on("error", (e) => done(null, e));
    child.on("close", (code) => done(code));
  });
}

/** The local engine, or a one-line reason why there is none. */
export async function connectEngine(): Promise<DockerEngine> {
  const r = await runDocker(["version", "--format", "{{.Server.Version}}"], { timeoutMs: 20_000 });
  if (r.code === null && /ENOENT/.test(r.stderr)) throw new UserError("--verify needs Docker: no docker command on PATH (install Docker Engine or Docker Desktop)");
  if (r.code !== 0 || !r.stdout.trim())
    throw new UserError(`--verify needs a running Docker engine: ${r.stderr.trim().split("\n").at(-1) || "docker version did not answer"}`);
  return { version: r.stdout.trim(), run: runDocker };
}
