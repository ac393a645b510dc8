// A `docker` command for --verify runs on this machine: the CLI calls `docker` from PATH, and this engine (Debian's
// 20.10, no registry) can build the kit's Dockerfile only as engineDockerfile() prepares it. Every other command goes
// to the engine's own client unchanged. Run as a script, it is the `build` half of the shim.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { engineDockerfile } from "./docker.js";

const SELF = fileURLToPath(import.meta.url);
const TSX = path.resolve(path.dirname(SELF), "../../node_modules/tsx/dist/loader.mjs");

/** A directory holding the `docker` shim, to put first on PATH; `client` is the engine's own client. */
export function dockerShimDir(client: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crc-docker-shim-"));
  const script = [
    "#!/usr/bin/env bash",
    `if [ "$1" = build ]; then exec ${JSON.stringify(process.execPath)} --import ${JSON.stringify(TSX)} ${JSON.stringify(SELF)} ${JSON.stringify(client)} "$@"; fi`,
    `exec ${JSON.stringify(client)} "$@"`,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "docker"), script, { mode: 0o755 });
  return dir;
}

if (process.argv[1] === SELF) {
  const [client, , ...args] = process.argv.slice(2);
  const context = args.at(-1)!;
  const version = spawnSync(client, ["version", "--format", "{{.Server.Version}}"], { encoding: "utf8" }).stdout.trim();
  const prepared = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crc-shim-build-")), "Dockerfile");
  fs.writeFileSync(prepared, engineDockerfile(fs.readFileSync(path.join(context, "Dockerfile"), "utf8"), Number(version.split(".")[0]) >= 25));
  const r = spawnSync(client, ["build", "-f", prepared, ...args], { stdio: "inherit" });
  fs.rmSync(path.dirname(prepared), { recursive: true, force: true });
  process.exit(r.status ?? 1);
}
