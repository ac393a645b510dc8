// The real-engine side of the container proof suite: starting Docker (offline stand-ins), preparing a build
// context, building, running, inspecting and stopping images. No assertions here; tests decide what is wrong.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUILDERS, PINS } from "../../generators/catalog/catalog.js";
import { httpGet, tail, tempDir } from "../helpers.js";
import { rustTagVersion } from "../validate/dockerfile-rules.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The engine script lives beside the repository, in the shared tools of the workspace (CI clones it there too). */
export const ENGINE_SCRIPT = path.resolve(ROOT, "..", "shared", "tools", "offline-base-images.sh");
export const COMPOSE = "/usr/bin/docker-compose";

export type Engine =
  | { ok: true; docker: string; env: NodeJS.ProcessEnv; serverVersion: string; rustStandin: string }
  | { ok: false; reason: string };

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function spawn(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; input?: string } = {}): Run {
  const started = process.hrtime.bigint();
  const r: SpawnSyncReturns<string> = spawnSync(cmd, args, {
    encoding: "utf8",
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    timeout: opts.timeoutMs ?? 120_000,
    input: opts.input,
    maxBuffer: 256 * 1024 * 1024,
    stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = (r.stderr ?? "") + (r.error ? `\n${r.error.message}` : "");
  return { status: r.status, stdout: r.stdout ?? "", stderr, seconds };
}

let engine: Engine | undefined;

/**
 * Starts the engine once per process: runs the shared offline script (installs docker.io + docker-compose from
 * Debian, starts dockerd, builds stand-in base images) and uses the client it names on its last line.
 * Without the script (another machine), an already running engine is used as it is.
 */
export function startEngine(): Engine {
  if (engine) return engine;
  let docker = "/usr/bin/docker";
  let env: NodeJS.ProcessEnv = { ...process.env, DOCKER_BUILDKIT: "1" };
  let rustStandin = "";
  if (fs.existsSync(ENGINE_SCRIPT)) {
    const r = spawn("bash", [ENGINE_SCRIPT], { timeoutMs: 15 * 60_000 });
    if (r.status !== 0) {
      engine = { ok: false, reason: `${path.relative(ROOT, ENGINE_SCRIPT)} exited ${r.status}: ${tail(r.stderr, 5)}` };
      return engine;
    }
    // Last line, e.g. "DOCKER_BUILDKIT=1 /usr/bin/docker".
    const words = r.stdout.trim().split("\n").at(-1)!.trim().split(/\s+/);
    for (const w of words.slice(0, -1)) {
      const eq = w.indexOf("=");
      if (eq > 0) env[w.slice(0, eq)] = w.slice(eq + 1);
    }
    docker = words.at(-1)!;
    rustStandin = /stand-ins ready: (\S+)/.exec(r.stderr)?.[1] ?? "";
  } else if (!fs.existsSync(docker)) {
    engine = { ok: false, reason: `no engine script at ${ENGINE_SCRIPT} and no ${docker}` };
    return engine;
  }
  const info = spawn(docker, ["version", "--format", "{{.Server.Version}}"], { env, timeoutMs: 30_000 });
  if (info.status !== 0 || !info.stdout.trim()) {
    engine = { ok: false, reason: `the engine does not answer: ${tail(info.stderr, 3)}` };
    return engine;
  }
  if (!rustStandin) {
    const rustc = spawn("rustc", ["--version"]).stdout.split(/\s+/)[1];
    rustStandin = rustc ? `rust:${rustc}-bookworm` : "rust:1-bookworm";
  }
  engine = { ok: true, docker, env, serverVersion: info.stdout.trim(), rustStandin };
  return engine;
}

function ready(): Extract<Engine, { ok: true }> {
  const e = startEngine();
  if (!e.ok) throw new Error(`no container engine: ${e.reason}`);
  return e;
}

/** Runs the docker client with the engine's environment. */
export function docker(args: string[], opts: { timeoutMs?: number; cwd?: string; input?: string } = {}): Run {
  const e = ready();
  return spawn(e.docker, args, { ...opts, env: e.env });
}

/** Runs docker-compose v1; its builds go through the same docker client (BuildKit), found first on PATH. */
export function compose(args: string[], cwd: string, timeoutMs = 10 * 60_000): Run {
  const e = ready();
  const env = {
    ...e.env,
    COMPOSE_DOCKER_CLI_BUILD: "1",
    PATH: `${path.dirname(e.docker)}:${process.env.PATH ?? ""}`,
  };
  return spawn(COMPOSE, args, { cwd, env, timeoutMs });
}

export const imageExists = (ref: string) => docker(["image", "inspect", ref], { timeoutMs: 30_000 }).status === 0;

/**
 * Makes base images available: already present, or tagged by the offline script onto a stand-in.
 * Returns the reason when an image cannot be had here (e.g. no stand-in for alpine/musl images).
 */
export function provideImages(refs: string[]): string | undefined {
  const missing = refs.filter((r) => r !== "scratch" && !imageExists(r));
  if (!missing.length) return undefined;
  if (!fs.existsSync(ENGINE_SCRIPT)) return `not present locally and no offline script to provide them: ${missing.join(", ")}`;
  const r = spawn("bash", [ENGINE_SCRIPT, ...missing], { timeoutMs: 15 * 60_000 });
  if (r.status === 0) return undefined;
  const said = r.stderr.split("\n").filter((l) => /no offline stand-in/.test(l)).map((l) => l.replace(/^\[[^\]]+\]\s*/, ""));
  return said.length ? said.join("; ") : `offline script exited ${r.status}: ${tail(r.stderr, 3)}`;
}

/** The CA bundle the host trusts: a build network behind a TLS-intercepting proxy reaches the crate registry only with it. */
const HOST_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

/**
 * The builder image a generated Dockerfile names, derived from the rust stand-in so it works offline:
 * the stand-in's toolchain is also linked under each pinned channel (rust-toolchain.toml pins e.g. 1.95.0, which
 * rustup would otherwise download) and under the version the image's tag names, and rustup's self-update check is
 * off. It trusts what the host trusts, so builds that fetch crates reach the registry as cargo on the host does.
 * Cached after the first build.
 */
export function provideBuilder(ref: string, channels: string[]): Run {
  const e = ready();
  const imageVersion = rustTagVersion(ref);
  const links = [...new Set([...channels, ...(imageVersion ? [imageVersion] : [])])].map((c) => `"${c}"`).join(" ");
  const context = fs.mkdtempSync(path.join(os.tmpdir(), "crc-builder-"));
  const trustHost = fs.existsSync(HOST_CA_BUNDLE);
  if (trustHost) fs.copyFileSync(HOST_CA_BUNDLE, path.join(context, "ca-certificates.crt"));
  const dockerfile = [
    `FROM ${e.rustStandin}`,
    ...(trustHost ? ["COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt", "ENV CARGO_HTTP_CAINFO=/etc/ssl/certs/ca-certificates.crt"] : []),
    "RUN rustup set auto-self-update disable \\",
    " && cd /usr/local/rustup/toolchains && tc=$(ls | head -n1) && triple=${tc#*-} \\",
    ` && for c in ${links || '""'}; do [ -z "$c" ] || [ -e "$c-$triple" ] || ln -s "$tc" "$c-$triple"; done`,
    // As the real rust:<version> images do (there, x.y.z): a Dockerfile selects their own toolchain by it.
    ...(imageVersion ? [`ENV RUST_VERSION=${imageVersion}`] : []),
    `LABEL org.opencontainers.image.description="create-rust-container test builder (offline stand-in)"`,
  ].join("\n");
  fs.writeFileSync(path.join(context, "Dockerfile"), dockerfile);
  try {
    return docker(["build", "-q", "-t", ref, context], { timeoutMs: 10 * 60_000 });
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
}

export interface FromLine {
  image: string;
  stage?: string;
}

/** FROM lines with global ARG defaults substituted (a default may name an earlier ARG); stage references and scratch are left for the caller. */
export function fromLines(dockerfile: string): FromLine[] {
  const args = new Map<string, string>();
  const expand = (text: string) => text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a, b) => args.get(a ?? b) ?? "");
  const out: FromLine[] = [];
  const joined = dockerfile.replace(/\\\r?\n/g, " ");
  for (const line of joined.split(/\r?\n/)) {
    const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)=("?)([^"\s]*)\2\s*$/i.exec(line);
    if (arg && out.length === 0) args.set(arg[1], expand(arg[3]));
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i.exec(line);
    if (from) out.push({ image: expand(from[1]), stage: from[2] });
  }
  return out;
}

/** External images (not stages, not scratch) the Dockerfile starts from. */
export function baseImages(dockerfile: string): { builder?: string; others: string[] } {
  const lines = fromLines(dockerfile);
  const stages = new Set(lines.map((l) => l.stage).filter(Boolean));
  const external = lines.filter((l) => !stages.has(l.image) && l.image !== "scratch");
  const builder = external.find((l) => l.stage === "build")?.image;
  return { builder, others: [...new Set(external.filter((l) => l.image !== builder).map((l) => l.image))] };
}

/**
 * The engine here cannot fetch a Dockerfile frontend: drop `# syntax=` and `COPY --link` (the files the tool wrote
 * keep them; only this build context copy changes). Returns the prepared text.
 */
export function prepareContext(dir: string): string {
  const file = path.join(dir, "Dockerfile");
  const prepared = engineDockerfile(fs.readFileSync(file, "utf8"), engineHasStartInterval());
  fs.writeFileSync(file, prepared);
  return prepared;
}

/** A Dockerfile as this machine's engine can build it: no frontend to fetch, and start intervals emulated before 25. */
export function engineDockerfile(text: string, hasStartInterval: boolean): string {
  const plain = text.replace(/^#\s*syntax\s*=.*\r?\n/im, "").replace(/^(\s*COPY\b[^\n]*?)\s--link(?:=\w+)?(?=\s)/gim, "$1");
  return hasStartInterval ? plain : startIntervalAsInterval(plain);
}

/** Engines before 25 refuse HEALTHCHECK --start-interval (and Compose v1 `start_interval`).
 * On such an engine the flag is dropped and the start interval becomes the interval, so the
 * measured start → healthy time is the one an engine with start intervals gives. */
export const engineHasStartInterval = () => Number(ready().serverVersion.split(".")[0]) >= 25;

export function withoutStartInterval(text: string): string {
  return engineHasStartInterval() ? text : startIntervalAsInterval(text);
}

/** docker-compose v1 (the one here) predates `develop` (Compose 2.22): a service's `develop:` block is dropped. */
export const withoutDevelop = (text: string) => text.replace(/^( +)develop:\n(?:\1 +.*\n)+/gm, "");

function startIntervalAsInterval(text: string): string {
  const dockerfile = /--start-interval=(\S+)/.exec(text);
  if (dockerfile)
    return text.replace(/\s--start-interval=\S+/, "").replace(/--interval=\S+/, `--interval=${dockerfile[1]}`);
  const compose = /^( *)start_interval: (\S+)\r?\n/m.exec(text);
  if (!compose) return text;
  // The interval of the same healthcheck: the nearest one above it (a file may hold other services' healthchecks).
  const before = text.slice(0, compose.index);
  const interval = [...before.matchAll(new RegExp(`^${compose[1]}interval: \\S+`, "gm"))].at(-1);
  if (!interval) return text;
  const at = interval.index!;
  // Each service's healthcheck in turn.
  return startIntervalAsInterval(before.slice(0, at) + `${compose[1]}interval: ${compose[2]}` + before.slice(at + interval[0].length) + text.slice(compose.index + compose[0].length));
}

/** The engine's own Rust target (it runs on this machine), e.g. x86_64-unknown-linux-gnu. */
function hostTarget(): string {
  const host = /^host: (\S+)$/m.exec(spawn("rustc", ["-vV"]).stdout)?.[1];
  if (!host) throw new Error("rustc -vV names no host target");
  return host;
}

/**
 * Static runtimes build in rust:*-alpine, which has no offline stand-in here. What that stage hands the runtime stage
 * is a static binary (and probe) at fixed paths plus the CA bundle; a glibc build linked with +crt-static on the
 * glibc builder gives the same. The static flag goes to the target only (an explicit --target), since proc-macros
 * are built for the host and cannot be static. Only the build stage changes: the runtime stage must come back byte
 * for byte.
 */
export function staticBuildStandIn(dockerfile: string, glibcBuilder: (rustVersion: string) => string): string {
  if (/\bxx-/.test(dockerfile)) throw new Error("the static stand-in build covers single-platform Dockerfiles only");
  const target = hostTarget();
  const targetEnv = target.toUpperCase().replace(/-/g, "_");
  const runtimeStage = (text: string) => text.slice(text.lastIndexOf("\nFROM "));
  const swapped = dockerfile
    .replace(
      /^FROM\s+rust:(\S+)-alpine\s+AS\s+build$/m,
      (_, version: string) =>
        `FROM ${glibcBuilder(version)} AS build\nENV CARGO_BUILD_TARGET=${target} CARGO_TARGET_${targetEnv}_RUSTFLAGS="-C target-feature=+crt-static"`,
    )
    .replace(/^RUN apk add [^\n]*\n/gm, "")
    .replace(/cp "target\/\$CARGO_PROFILE\//g, `cp "target/${target}/$CARGO_PROFILE/`)
    .replace(/\brustc --edition/g, "rustc -C target-feature=+crt-static --edition");
  if (!swapped.includes("+crt-static")) throw new Error("no rust:<version>-alpine build stage to stand in for");
  if (runtimeStage(swapped) !== runtimeStage(dockerfile)) throw new Error("the static stand-in build changed the runtime stage");
  return swapped;
}

export interface Build extends Run {
  ok: boolean;
  log: string;
}

/** `docker build --progress=plain`; the whole log is kept (cargo's output is in it). `args`: more flags (--secret, --network…). */
/**
 * Makes the next build of `dir` run `COPY . .` and every step after it again (the context holds a file no earlier build
 * saw), while the layers before it stay cached, as on a developer's machine: the builder's packages and its
 * cargo-auditable are built once per engine, not per test.
 */
export function bustContextCache(dir: string): void {
  fs.writeFileSync(path.join(dir, "build-nonce.txt"), `${process.pid} ${Date.now()}\n`);
}

let preparedBuilder: string | undefined;
/**
 * A builder image that already holds cargo-auditable, as an offline build needs one (README: Offline build): the
 * builder image plus the same RUN the online Dockerfile has, so the engine builds that layer once for both.
 */
export function auditableBuilder(): string {
  if (preparedBuilder) return preparedBuilder;
  const tag = `crc-auditable-builder:${PINS.rust}`;
  const dir = tempDir("crc-builder-");
  fs.writeFileSync(
    path.join(dir, "Dockerfile"),
    `FROM ${BUILDERS.glibc.image(PINS.rust)}\nRUN --mount=type=cache,target=/usr/local/cargo/registry \\\n    cargo install --locked cargo-auditable@${PINS.cargoAuditable}\n`,
  );
  const r = build(dir, tag);
  if (!r.ok) throw new Error(`the cargo-auditable builder image did not build:\n${tail(r.log)}`);
  return (preparedBuilder = tag);
}

export function build(dir: string, tag: string, opts: { logFile?: string; args?: string[] } = {}): Build {
  const args = ["build", "--progress=plain", "-t", tag, ...(opts.args ?? [])];
  const r = docker([...args, dir], { timeoutMs: 15 * 60_000 });
  const log = r.stdout + r.stderr;
  if (opts.logFile) fs.writeFileSync(opts.logFile, log);
  return { ...r, ok: r.status === 0, log };
}

/** Build-log lines in which cargo compiles a crate, e.g. "Compiling heavy v0.1.0 (/app/heavy)". */
export const compiledCrates = (log: string) => [...log.matchAll(/\bCompiling ([A-Za-z0-9_-]+) v\S+/g)].map((m) => m[1]);

/** Removes the BuildKit cache mounts (e.g. a cargo target dir) created by a RUN whose command matches. */
export function pruneCacheMounts(matches: (description: string) => boolean): string[] {
  const df = docker(["system", "df", "-v", "--format", "{{json .BuildCache}}"], { timeoutMs: 60_000 });
  if (df.status !== 0) throw new Error(`docker system df failed: ${tail(df.stderr, 3)}`);
  const records = (JSON.parse(df.stdout.trim() || "[]") ?? []) as { ID: string; CacheType: string; Description: string }[];
  const ids = records.filter((c) => c.CacheType === "exec.cachemount" && matches(c.Description)).map((c) => c.ID);
  for (const id of ids) {
    const r = docker(["builder", "prune", "-f", "--filter", `id=${id}`], { timeoutMs: 60_000 });
    if (r.status !== 0) throw new Error(`docker builder prune ${id} failed: ${tail(r.stderr, 3)}`);
  }
  return ids;
}

/** `docker history --no-trunc`: every layer's creating command, as the image records it. */
export function history(ref: string): string {
  const r = docker(["history", "--no-trunc", "--format", "{{.CreatedBy}}", ref], { timeoutMs: 60_000 });
  if (r.status !== 0) throw new Error(`docker history ${ref}: ${tail(r.stderr, 3)}`);
  return r.stdout;
}

/**
 * How often `needle` occurs in `docker save` of the image: its config, history and every layer's files (the saved
 * layers are plain tars, so file contents appear verbatim). Streamed through grep, so a large image needs no buffer.
 */
export function occurrencesInSavedImage(ref: string, needle: string): { count: number; seconds: number } {
  const e = ready();
  const r = spawn("bash", ["-c", 'set -o pipefail; "$DOCKER" save "$REF" | { grep -a -o -F -e "$NEEDLE" || true; } | wc -l'], {
    env: { ...e.env, DOCKER: e.docker, REF: ref, NEEDLE: needle },
    timeoutMs: 10 * 60_000,
  });
  if (r.status !== 0) throw new Error(`docker save ${ref} | grep failed (${r.status}): ${tail(r.stderr, 3)}`);
  return { count: Number(r.stdout.trim()), seconds: r.seconds };
}

export interface ContainerState {
  Status: string;
  Running: boolean;
  ExitCode: number;
  OOMKilled: boolean;
  Pid: number;
  StartedAt: string;
  Health?: { Status: string; Log?: { ExitCode: number; Output: string; End: string }[] };
}

export interface ContainerInfo {
  Id: string;
  State: ContainerState;
  RestartCount: number;
  Config: { User: string; Healthcheck?: { Test: string[] } };
  HostConfig: { ReadonlyRootfs?: boolean; CapDrop?: string[] | null; SecurityOpt?: string[] | null };
}

export function inspectContainer(id: string): ContainerInfo {
  const r = docker(["inspect", id], { timeoutMs: 30_000 });
  if (r.status !== 0) throw new Error(`docker inspect ${id}: ${tail(r.stderr, 3)}`);
  return (JSON.parse(r.stdout) as ContainerInfo[])[0];
}

export interface ImageInfo {
  Id: string;
  Size: number;
  Config: { User: string; Healthcheck?: { Test: string[] } | null; Entrypoint?: string[] | null; ExposedPorts?: Record<string, object> };
}

export function inspectImage(ref: string): ImageInfo {
  const r = docker(["image", "inspect", ref], { timeoutMs: 30_000 });
  if (r.status !== 0) throw new Error(`docker image inspect ${ref}: ${tail(r.stderr, 3)}`);
  return (JSON.parse(r.stdout) as ImageInfo[])[0];
}

/** `docker run -d` publishing the container port on a random loopback port; returns the id and that port. */
/** `runArgs` go before the image (e.g. compose's read-only root and volumes). */
export function runDetached(image: string, name: string, containerPort: number, runArgs: string[] = []): { id: string; hostPort: number } {
  const r = docker(["run", "-d", "--name", name, "-p", `127.0.0.1::${containerPort}`, ...runArgs, image], { timeoutMs: 60_000 });
  if (r.status !== 0) throw new Error(`docker run ${image}: ${tail(r.stderr, 5)}`);
  const id = r.stdout.trim();
  return { id, hostPort: publishedPort(id, containerPort) };
}

export function publishedPort(id: string, containerPort: number): number {
  const p = docker(["port", id, `${containerPort}/tcp`], { timeoutMs: 30_000 });
  const port = Number(/:(\d+)\s*$/m.exec(p.stdout)?.[1]);
  if (!port) throw new Error(`no published port for ${containerPort}/tcp: ${p.stdout}${p.stderr}`);
  return port;
}

export const logs = (id: string) => {
  const r = docker(["logs", id], { timeoutMs: 30_000 });
  return tail(r.stdout + r.stderr, 30);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for Docker's own healthcheck to report healthy; returns seconds since `since` (hrtime). */
export async function waitHealthy(id: string, since: bigint, timeoutMs = 60_000): Promise<number> {
  for (;;) {
    const info = inspectContainer(id);
    const waited = Number(process.hrtime.bigint() - since) / 1e9;
    const status = info.State.Health?.Status;
    if (status === "healthy") return waited;
    if (!info.State.Running)
      throw new Error(`container exited (${info.State.ExitCode}) before it was healthy; logs:\n${logs(id)}`);
    if (status === "unhealthy" || waited * 1000 > timeoutMs) {
      const last = info.State.Health?.Log?.at(-1);
      throw new Error(
        `health is "${status}" after ${waited.toFixed(1)} s` +
          (last ? `; last check exited ${last.ExitCode}: ${last.Output.trim()}` : "") +
          `; logs:\n${logs(id)}`,
      );
    }
    await sleep(200);
  }
}

/** Polls GET until it answers 200 (for images without a HEALTHCHECK); returns seconds since `since`. */
export async function waitHttpOk(id: string, port: number, urlPath: string, since: bigint, timeoutMs = 60_000): Promise<number> {
  let last = "";
  for (;;) {
    const waited = Number(process.hrtime.bigint() - since) / 1e9;
    try {
      const a = await httpGet({ port }, urlPath, 1_000);
      if (a.status === 200) return waited;
      last = `status ${a.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    if (!inspectContainer(id).State.Running) throw new Error(`container exited before serving ${urlPath}; logs:\n${logs(id)}`);
    if (waited * 1000 > timeoutMs) throw new Error(`GET ${urlPath} not 200 after ${waited.toFixed(1)} s (${last}); logs:\n${logs(id)}`);
    await sleep(200);
  }
}

/** uid of every process in the container, as the engine sees them (works without a shell in the image). */
export function processUids(id: string): { uid: number; args: string }[] {
  const r = docker(["top", id, "-o", "pid,uid,args"], { timeoutMs: 30_000 });
  if (r.status !== 0) throw new Error(`docker top: ${tail(r.stderr, 3)}`);
  return r.stdout
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .map(([, uid, ...args]) => ({ uid: Number(uid), args: args.join(" ") }));
}

/** `docker stop` with the default 10 s grace; returns its wall time and the exit code the process left. */
export function stop(id: string): { seconds: number; exitCode: number; oomKilled: boolean } {
  const r = docker(["stop", "-t", "10", id], { timeoutMs: 60_000 });
  if (r.status !== 0) throw new Error(`docker stop: ${tail(r.stderr, 3)}`);
  const state = inspectContainer(id).State;
  return { seconds: r.seconds, exitCode: state.ExitCode, oomKilled: state.OOMKilled };
}

export function removeContainer(idOrName: string): void {
  docker(["rm", "-f", "-v", idOrName], { timeoutMs: 60_000 });
}

export function removeImage(ref: string): void {
  docker(["image", "rm", "-f", ref], { timeoutMs: 60_000 });
}
