// What the proof suite runs: the fixture crates, the real CLI in existing mode, each matrix cell's steps, and the
// measured matrix printed when the process ends.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import fse from "fs-extra";
import os from "node:os";
import path from "node:path";
import { suite, type Test } from "uvu";
import * as assert from "uvu/assert";
import { BUILDERS } from "../../generators/catalog/catalog.js";
import { HEALTH_TIMING } from "../../generators/render/template-data.js";
import { httpGet, tail } from "../helpers.js";
import {
  ROOT,
  baseImages,
  build,
  compiledCrates,
  inspectImage,
  prepareContext,
  processUids,
  provideBuilder,
  provideImages,
  removeContainer,
  removeImage,
  runDetached,
  startEngine,
  staticBuildStandIn,
  stop,
  waitHealthy,
  waitHttpOk,
  type Build,
} from "./docker.js";

export const CLI = path.join(ROOT, "dist", "cli.js");
export const FIXTURES = path.join(ROOT, "test", "fixtures", "crates");
export const KEEP = process.env.CRC_KEEP_TMP === "1";

export type HealthStyle = "subcommand" | "probe" | "tcp" | "none";

export interface Cell {
  fixture: string;
  runtime: string;
  /** The binary the image must run, and the JSON "service" its /health names (generated services name none). */
  bin: string;
  service?: string;
  /** Workspace member the build must name (`cargo build --package`), when the context is a workspace. */
  package?: string;
  health: HealthStyle;
  port: number;
  /** Extra CLI flags for this cell. */
  flags: string[];
  /** `docker stop` must end the container within this many seconds (default 3). */
  stopWithinS?: number;
  /** Its exit code then: 0, or 143 for a binary SIGTERM's default action ends (behind tini). */
  stopExitCode?: number;
  /** Tells apart cells of one fixture × runtime (e.g. "offline build") in tags and in the printed matrix. */
  label?: string;
  /** The route the probe must GET (default /health). */
  healthPath?: string;
  /** The image's CMD the kit must write (default: none). */
  cmd?: string[];
  /** How the host checks the running service (default: GET /health answers JSON naming `service`). */
  hostCheck?: { title: string; run: (hostPort: number) => Promise<void> };
}

/** Files existing mode writes into every crate; the probe source only for the probe style. */
export const KIT_FILES = ["Dockerfile", ".dockerignore", "compose.yaml", "README.Docker.md", ".rust-container.json"];
export const PROBE_FILE = "docker/healthcheck-probe.rs";

// ---------------------------------------------------------------------------------------------------------------
// Fixture copies and the real CLI

export function copyFixture(fixture: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `crc-container-${fixture}-`));
  const dir = path.join(root, fixture);
  fse.copySync(path.join(FIXTURES, fixture), dir, { filter: (src) => path.basename(src) !== "target" });
  return dir;
}

export function removeCopy(dir: string): void {
  if (!KEEP) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}

/** sha256 of every file under dir, by relative path. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile()) out.set(rel.split(path.sep).join("/"), crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex"));
  }
  return out;
}

export interface CliRun {
  status: number | null;
  output: string;
  args: string[];
}

/** `node dist/cli.js <dir> --existing --yes --runtime <r> …`, as a user runs it. */
export function scaffold(dir: string, runtime: string, flags: string[]): CliRun {
  const args = [dir, "--existing", "--yes", "--runtime", runtime, ...flags];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: path.dirname(dir),
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: r.status, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? r.error.message : ""}`, args };
}

export function toolchainChannel(dir: string): string | undefined {
  const file = path.join(dir, "rust-toolchain.toml");
  if (!fs.existsSync(file)) return undefined;
  return /^\s*channel\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(file, "utf8"))?.[1];
}

// ---------------------------------------------------------------------------------------------------------------
// The measured matrix

export interface CellResult {
  fixture: string;
  runtime: string;
  health: HealthStyle;
  status: "ok" | "failed" | "skipped";
  reason?: string;
  buildS?: number;
  /** Whether cargo compiled in this build (false: the cargo layer came from the BuildKit cache). */
  compiled?: boolean;
  sizeMB?: number;
  healthyS?: number;
  stopS?: number;
  /** How the build differed from the generated Dockerfile, when it had to (shown with the result). */
  buildNote?: string;
}

export const RESULTS = new Map<string, CellResult>();
export const REBUILD: { coldS?: number; warmS?: number; coldCompiled?: string[]; warmCompiled?: string[] } = {};
/** Measured lines from other proofs (build modes), printed under the matrix. */
export const NOTES: string[] = [];
export const COMPOSE_RESULT: { upS?: number; healthyS?: number; downS?: number } = {};

const cellFixture = (cell: Pick<Cell, "fixture" | "label">) => (cell.label ? `${cell.fixture} (${cell.label})` : cell.fixture);

export function record(cell: Pick<Cell, "fixture" | "runtime" | "health" | "label">, patch: Partial<CellResult>): CellResult {
  const key = `${cellFixture(cell)} × ${cell.runtime}`;
  const row = RESULTS.get(key) ?? { fixture: cellFixture(cell), runtime: cell.runtime, health: cell.health, status: "ok" };
  Object.assign(row, patch);
  RESULTS.set(key, row);
  return row;
}

const num = (v: number | undefined, digits = 1) => (v === undefined ? "—" : v.toFixed(digits));

export function matrixText(): string {
  const rows = [...RESULTS.values()];
  const head = ["fixture", "runtime", "healthcheck", "build s", "image MB", "healthy s", "stop s", "result"];
  const body = rows.map((r) => [
    r.fixture,
    r.runtime,
    r.health,
    r.buildS === undefined ? "—" : `${num(r.buildS)}${r.compiled === false ? " (cached)" : ""}`,
    num(r.sizeMB),
    num(r.healthyS),
    num(r.stopS, 2),
    (r.status === "ok" ? "ok" : `${r.status}${r.reason ? `: ${r.reason}` : ""}`) + (r.buildNote ? ` (${r.buildNote})` : ""),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (i === head.length - 1 ? 0 : b[i].length))));
  const line = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  const out = ["", "Container proof matrix (real engine)", line(head), line(widths.map((w) => "-".repeat(w)))];
  for (const b of body) out.push(line(b));
  if (REBUILD.coldS !== undefined)
    out.push(
      "",
      `Warm rebuild (with-local-dep × distroless-cc): cold ${num(REBUILD.coldS)} s, warm ${num(REBUILD.warmS)} s` +
        (REBUILD.warmS ? `, warm/cold ${(REBUILD.warmS / REBUILD.coldS).toFixed(2)}` : "") +
        `; cold compiled [${REBUILD.coldCompiled?.join(", ") ?? ""}], warm compiled [${REBUILD.warmCompiled?.join(", ") ?? ""}]`,
    );
  if (COMPOSE_RESULT.upS !== undefined)
    out.push(
      `docker-compose (plain-bin × distroless-cc): up ${num(COMPOSE_RESULT.upS)} s, healthy ${num(COMPOSE_RESULT.healthyS)} s, down ${num(COMPOSE_RESULT.downS)} s`,
    );
  if (NOTES.length) out.push("", ...NOTES);
  return out.join("\n") + "\n";
}

let reportArmed = false;
/** Prints the matrix once, when the test process ends (after uvu's summary). */
export function armReport(): void {
  if (reportArmed) return;
  reportArmed = true;
  process.on("exit", () => {
    if (RESULTS.size || NOTES.length || REBUILD.coldS !== undefined || COMPOSE_RESULT.upS !== undefined) fs.writeSync(1, matrixText());
  });
}

/** The engine, or a printed `skipped: <reason>` (callers then register no real tests). */
export function engineOrSkip(what: string): boolean {
  const e = startEngine();
  if (!e.ok) console.log(`skipped: ${what}: no container engine could be started (${e.reason})`);
  return e.ok;
}

// ---------------------------------------------------------------------------------------------------------------
// One matrix cell, step by step

export interface CellState {
  cell: Cell;
  dir?: string;
  original?: string;
  prepared?: string;
  tag: string;
  name: string;
  build?: Build;
  containerId?: string;
  hostPort?: number;
  startedAt?: bigint;
  /** Set when a step fails, so the later steps say why they cannot run. */
  broken?: string;
}

export function newState(cell: Cell): CellState {
  const variant = `${cell.runtime}${cell.label ? `-${cell.label.replace(/[^a-z0-9]+/g, "-")}` : ""}`;
  // The pid keeps concurrent runs on one engine (a developer and CI) from moving each other's tags.
  return { cell, tag: `crc-proof/${cell.fixture}:${variant}-${process.pid}`, name: `crc-proof-${cell.fixture}-${variant}-${process.pid}` };
}

/** Runs a step; a failure marks the cell failed and later steps report the first cause. */
export async function step<T>(s: CellState, name: string, fn: () => T | Promise<T>): Promise<T> {
  if (s.broken) assert.unreachable(`not run: an earlier step failed (${s.broken})`);
  try {
    return await fn();
  } catch (e) {
    s.broken = name;
    record(s.cell, { status: "failed", reason: `${name}: ${(e as Error).message.split("\n")[0]}` });
    throw e;
  }
}

export const binPath = (bin: string) => `/usr/local/bin/${bin}`;

/** Step 1: copy the fixture, run the CLI, check files and that the crate's own files are untouched. */
export function scaffoldStep(s: CellState): void {
  const { cell } = s;
  s.dir = copyFixture(cell.fixture);
  const before = snapshot(s.dir);
  const run = scaffold(s.dir, cell.runtime, cell.flags);
  assert.is(run.status, 0, `CLI ${run.args.slice(1).join(" ")} exited ${run.status}:\n${run.output}`);
  for (const f of KIT_FILES) assert.ok(fs.existsSync(path.join(s.dir, f)), `${f} was not written`);
  const probe = cell.health === "probe" || cell.health === "tcp";
  assert.is(
    fs.existsSync(path.join(s.dir, PROBE_FILE)),
    probe,
    probe ? `${PROBE_FILE} (the probe source) was not written` : `${PROBE_FILE} written although the healthcheck is ${cell.health}`,
  );
  const after = snapshot(s.dir);
  const changed = [...before].filter(([f, sum]) => after.get(f) !== sum).map(([f]) => f);
  assert.equal(changed, [], `the CLI changed or removed the crate's own files: ${changed.join(", ")}`);
  s.original = fs.readFileSync(path.join(s.dir, "Dockerfile"), "utf8");
}

/** The binary, behind tini where nothing in it handles a signal (its exit after SIGTERM is then 143). */
const entrypoint = (cell: Cell) => [...(cell.stopExitCode === 143 ? ["/usr/bin/tini", "--"] : []), binPath(cell.bin)];

/** Step 2: the Dockerfile as written targets the right binary, user, healthcheck and toolchain. */
export function dockerfileStep(s: CellState): void {
  const { cell } = s;
  // Continuation lines joined, so each instruction is one line.
  const df = s.original!.replace(/\\\r?\n/g, " ");
  const cargo = /cargo auditable build[^\n]*/.exec(df)?.[0] ?? "";
  assert.ok(new RegExp(`--bin ${cell.bin}(\\s|$)`).test(cargo), `cargo build line does not name --bin ${cell.bin}: "${cargo}"`);
  if (cell.package) assert.ok(cargo.includes(`--package ${cell.package} `), `cargo build line does not name --package ${cell.package}: "${cargo}"`);
  else assert.not.ok(/--package\b|\s-p\s/.test(cargo), `cargo build names a package outside a workspace: "${cargo}"`);
  const user = /^USER\s+(\S+)/m.exec(df)?.[1] ?? "";
  assert.ok(/^[1-9]\d*(:\d+)?$/.test(user), `USER must be a numeric non-root uid, got "${user}"`);
  const entry = /^ENTRYPOINT\s+(\[.*\])\s*$/m.exec(df)?.[1];
  assert.ok(entry, "ENTRYPOINT is missing or not exec form");
  assert.equal(JSON.parse(entry!), entrypoint(cell), "ENTRYPOINT runs the wrong binary");
  const hc = /^HEALTHCHECK\b.*$/m.exec(df)?.[0];
  if (cell.health === "none") assert.not.ok(hc, `--healthcheck none still wrote: ${hc}`);
  else {
    const cmd = /CMD\s+(\[.*\])/.exec(hc ?? "")?.[1];
    assert.ok(cmd, `HEALTHCHECK missing or not exec form: ${hc}`);
    const args = JSON.parse(cmd!) as string[];
    if (cell.health === "subcommand") assert.equal(args, [binPath(cell.bin), "healthcheck"]);
    else {
      assert.is(args.length, 2, `probe HEALTHCHECK: ${cmd}`);
      const target = cell.health === "tcp" ? `tcp://127.0.0.1:${cell.port}` : `http://127.0.0.1:${cell.port}${cell.healthPath ?? "/health"}`;
      assert.is(args[1], target, "probe URL");
    }
  }
  const cmdLine = /^CMD\s+(\[.*\])\s*$/m.exec(df)?.[1];
  assert.equal(cmdLine && JSON.parse(cmdLine), cell.cmd, "the image's CMD");
  // A pinned version is the builder's tag, and the build stage selects the image's own toolchain by the version the
  // image declares.
  const tc = toolchainChannel(s.dir!);
  const version = tc && /^\d+\.\d+(\.\d+)?$/.test(tc);
  const selected = /^ENV RUSTUP_TOOLCHAIN=(\S+)$/m.exec(df)?.[1];
  assert.is(selected, version ? "$RUST_VERSION" : undefined, tc ? `the build stage does not select the image's own toolchain (${tc})` : `selects a toolchain (${selected}) although the crate pins none`);
  if (version) assert.match(df, new RegExp(`^(FROM .*|ARG RUST_BUILDER=)rust:${tc.replace(/\./g, "\\.")}-\\S+`, "m"), `the builder's tag is not the pinned ${tc}`);
}

/** Prepares the build context and the base images it names; returns the reason when they cannot be had here. */
export function provideStep(s: CellState): string | undefined {
  s.prepared = prepareContext(s.dir!);
  let { builder, others } = baseImages(s.prepared);
  assert.ok(builder, "no `FROM … AS build` stage found");
  const runtimeMissing = provideImages(others);
  if (runtimeMissing) return runtimeMissing;
  // Glibc rust builders are derived from the rust stand-in below; a musl builder only exists if the offline script
  // can provide it, else a static glibc build stands in for it (the runtime stage stays as generated).
  if (/alpine|musl/.test(builder!) && provideImages([builder!])) {
    s.prepared = staticBuildStandIn(s.prepared, BUILDERS.glibc.image);
    fs.writeFileSync(path.join(s.dir!, "Dockerfile"), s.prepared);
    builder = baseImages(s.prepared).builder;
    record(s.cell, { buildNote: "build stage: glibc +crt-static, no musl builder offline" });
  }
  const tc = toolchainChannel(s.dir!);
  const b = provideBuilder(builder!, [tc].filter((c): c is string => !!c && /^\d+\.\d+(\.\d+)?$/.test(c)));
  assert.is(b.status, 0, `could not prepare the offline builder ${builder}: ${b.stderr}`);
  return undefined;
}

/** Step 3: build offline (layer cache on); returns the skip reason when the base images cannot be had here. */
export function buildStep(s: CellState, args: string[] = []): string | undefined {
  const missing = provideStep(s);
  if (missing) return missing;
  s.build = build(s.dir!, s.tag, { args, logFile: KEEP ? path.join(path.dirname(s.dir!), "build.log") : undefined });
  assert.ok(s.build.ok, `docker build failed (exit ${s.build.status}):\n${tail(s.build.log)}`);
  record(s.cell, { buildS: s.build.seconds, compiled: compiledCrates(s.build.log).length > 0 });
  return undefined;
}

/** Step 4: the image's own config: non-root numeric USER, ENTRYPOINT, HEALTHCHECK as chosen. */
export function imageConfigStep(s: CellState): void {
  const { cell } = s;
  const img = inspectImage(s.tag);
  record(cell, { sizeMB: img.Size / 1e6 });
  const [uid, gid] = img.Config.User.split(":");
  assert.ok(/^[1-9]\d*$/.test(uid), `image USER "${img.Config.User}" is not a numeric non-root uid`);
  if (gid !== undefined) assert.ok(/^\d+$/.test(gid), `image USER group "${gid}" is not numeric`);
  assert.equal(img.Config.Entrypoint, entrypoint(cell), "image ENTRYPOINT");
  assert.ok(img.Config.ExposedPorts?.[`${cell.port}/tcp`], `image does not EXPOSE ${cell.port}/tcp`);
  const test = img.Config.Healthcheck?.Test;
  if (cell.health === "none") assert.not.ok(test, `image has a Healthcheck although none was chosen: ${JSON.stringify(test)}`);
  else assert.is(test?.[0], "CMD", `image Healthcheck is not exec form: ${JSON.stringify(test)}`);
}

/** Step 5: run detached; wait for Docker's healthcheck (or, with none, for GET /health to answer 200). */
export async function healthyStep(s: CellState): Promise<void> {
  const { cell } = s;
  removeContainer(s.name);
  s.startedAt = process.hrtime.bigint();
  const run = runDetached(s.tag, s.name, cell.port);
  s.containerId = run.id;
  s.hostPort = run.hostPort;
  const waited =
    cell.health === "none"
      ? await waitHttpOk(run.id, run.hostPort, "/health", s.startedAt, 60_000)
      : await waitHealthy(run.id, s.startedAt, 60_000);
  record(cell, { healthyS: waited });
  // Probed every start interval while starting: healthy within a few of them, not after the steady-state interval.
  if (cell.health !== "none")
    assert.ok(waited < 10 * HEALTH_TIMING.startInterval, `healthy only after ${waited.toFixed(1)} s (start interval ${HEALTH_TIMING.startInterval} s)`);
}

/** Step 6: GET /health from the host through the published port (or the cell's own check). */
export async function hostGetStep(s: CellState): Promise<void> {
  if (s.cell.hostCheck) return s.cell.hostCheck.run(s.hostPort!);
  const a = await httpGet({ port: s.hostPort! }, "/health");
  assert.is(a.status, 200, `GET /health answered ${a.status}: ${a.body}`);
  assert.match(String(a.headers["content-type"]), /application\/json/);
  const json = JSON.parse(a.body) as { status?: string; service?: string };
  assert.equal({ status: json.status, service: json.service }, { status: "ok", service: s.cell.service });
}

/** Step 7: every process in the container runs as the image's uid, which is not root. */
export function nonRootStep(s: CellState): void {
  const uid = Number(inspectImage(s.tag).Config.User.split(":")[0]);
  const procs = processUids(s.containerId!);
  assert.ok(procs.length > 0, "docker top lists no process");
  assert.ok(procs.some((p) => p.args.includes(binPath(s.cell.bin))), `the service binary is not running: ${JSON.stringify(procs)}`);
  for (const p of procs) {
    assert.is.not(p.uid, 0, `process runs as root: ${p.args}`);
    assert.is(p.uid, uid, `process uid ${p.uid} differs from the image USER ${uid}: ${p.args}`);
  }
}

/** Step 8: docker stop delivers SIGTERM to PID 1; the service must exit 0 well before the 10 s kill. */
export function stopStep(s: CellState): void {
  const r = stop(s.containerId!);
  record(s.cell, { stopS: r.seconds });
  assert.not.ok(r.oomKilled, "container was OOM-killed");
  assert.is(r.exitCode, s.cell.stopExitCode ?? 0, `exit code after SIGTERM (137 means it was killed after the grace period)`);
  const within = s.cell.stopWithinS ?? 3;
  assert.ok(r.seconds < within, `docker stop took ${r.seconds.toFixed(2)} s, over ${within} s (SIGTERM not handled promptly)`);
}

export function cleanup(s: CellState): void {
  if (s.containerId) removeContainer(s.containerId);
  else removeContainer(s.name);
  if (!KEEP) removeImage(s.tag);
  if (s.dir) removeCopy(s.dir);
}

/** The steps every built image goes through, from its config to `docker stop`, as tests of the cell's suite. */
export function serveTests(t: Test, s: CellState): void {
  const c = s.cell;
  t(`image config: numeric non-root USER, ENTRYPOINT ${c.bin}, EXPOSE ${c.port}, ${c.health === "none" ? "no Healthcheck" : "exec-form Healthcheck"}`, () =>
    step(s, "image config", () => imageConfigStep(s)),
  );
  t(healthTitle(c), () => step(s, "healthy", () => healthyStep(s)));
  t(c.hostCheck?.title ?? `GET /health from the host answers 200 with JSON${c.service ? ` naming "${c.service}"` : ""}`, () =>
    step(s, "from the host", () => hostGetStep(s)),
  );
  t("every process in the container runs as the image's non-root uid", () => step(s, "non-root", () => nonRootStep(s)));
  t(`docker stop: SIGTERM ends PID 1 with exit ${c.stopExitCode ?? 0} in under ${c.stopWithinS ?? 3} s`, () => step(s, "stop", () => stopStep(s)));
}

/** One cell as a suite: scaffold through the CLI, check the Dockerfile, build, then serveTests. */
export function cellSuite(c: Cell, buildTitle: string): void {
  const s = newState(c);
  const t = suite(`${c.fixture} × ${c.runtime}`);
  t.after(() => cleanup(s));
  t(`scaffolds in existing mode (${c.flags.join(" ") || "no extra flags"}): exit 0, container files written, crate untouched`, () =>
    step(s, "scaffold", () => scaffoldStep(s)),
  );
  t(
    `Dockerfile: --bin ${c.bin}${c.package ? ` --package ${c.package}` : ""}, numeric non-root USER, ${c.health} healthcheck` +
      `${c.healthPath ? ` on ${c.healthPath}` : ""}, port ${c.port}${c.cmd ? `, CMD ${c.cmd.join(" ")}` : ""}`,
    () => step(s, "Dockerfile", () => dockerfileStep(s)),
  );
  t(buildTitle, () =>
    step(s, "build", () => {
      const missing = buildStep(s);
      assert.not.ok(missing, `base images for a glibc runtime must exist offline: ${missing}`);
    }),
  );
  serveTests(t, s);
  t.run();
}

const healthTitle = (c: Cell) =>
  c.health === "none"
    ? "serves GET /health within 60 s (no HEALTHCHECK: polled from the host)"
    : `Docker reports healthy within 60 s (${c.health === "subcommand" ? `${c.bin} healthcheck` : c.health === "tcp" ? "std-only probe, TCP connect" : `std-only probe, GET ${c.healthPath ?? "/health"}`})`;
