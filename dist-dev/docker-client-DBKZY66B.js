import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-VGVB2FOY.js";
import "./chunk-2NOJFG4U.js";

// generators/verify/docker-client.ts
import { spawn } from "node:child_process";
var DOCKER = "docker";
function runDocker(args, opts = {}) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(DOCKER, args, { env: { ...process.env, DOCKER_BUILDKIT: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let partial = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 6e4);
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => {
      const text = d.toString();
      stderr += text;
      if (!opts.onLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) opts.onLine(line);
    });
    const done = (code, error) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr: error ? `${stderr}${error.message}` : stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    };
    child.on("error", (e) => done(null, e));
    child.on("close", (code) => done(code));
  });
}
async function connectEngine() {
  const r = await runDocker(["version", "--format", "{{.Server.Version}}"], { timeoutMs: 2e4 });
  if (r.code === null && /ENOENT/.test(r.stderr)) throw new UserError("--verify needs Docker: no docker command on PATH (install Docker Engine or Docker Desktop)");
  if (r.code !== 0 || !r.stdout.trim())
    throw new UserError(`--verify needs a running Docker engine: ${r.stderr.trim().split("\n").at(-1) || "docker version did not answer"}`);
  return { version: r.stdout.trim(), run: runDocker };
}
export {
  connectEngine
};
