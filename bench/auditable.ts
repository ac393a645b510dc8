// What cargo auditable costs, side by side with the same generated service built without it (--no-auditable): the
// one-time install of cargo-auditable into the builder image, a cold image build (a target-dir cache no other build
// used; the builder's layers cached, as on any machine that built once), a warm rebuild after a one-line change, and
// the binary's size. Builds alternate between the two so load drifts hit both.
// Usage: npm run bench:auditable [rounds]   (release profile; a round is two cold and two warm builds)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILDERS, PINS } from "../generators/catalog/catalog.js";
import { docker, prepareContext, startEngine } from "../test/container/docker.js";
import { CLI } from "../test/container/harness.js";

const rounds = Number(process.argv[2] ?? 1);
const engine = startEngine();
if (!engine.ok) throw new Error(`no engine: ${engine.reason}`);

function run(args: string[], what: string) {
  const r = docker(args, { timeoutMs: 60 * 60_000 });
  if (r.status !== 0) throw new Error(`${what}: ${r.stderr.slice(-2000)}`);
  return r;
}

/**
 * The install layer alone, uncached: what the first build on a builder image pays once. The same two instructions as
 * the generated Dockerfile's, so the builds below find the layer cached, as every build after the first does.
 */
function installOnce(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crc-bench-tool-"));
  const install = `RUN --mount=type=cache,target=/usr/local/cargo/registry \\\n    cargo install --locked cargo-auditable@${PINS.cargoAuditable}`;
  fs.writeFileSync(path.join(dir, "Dockerfile"), `FROM ${BUILDERS.glibc.image(PINS.rust)}\n${install}\n`);
  return run(["build", "--no-cache", "-t", "crc-bench-auditable-tool", dir], "cargo-auditable install").seconds;
}

function scaffold(auditable: boolean): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crc-bench-")), "bench-svc");
  const flags = ["--yes", "--framework", "axum", "--tls", "rustls", "--runtime", "distroless-cc", "--ci", "none", auditable ? "--auditable" : "--no-auditable"];
  const r = spawnSync(process.execPath, [CLI, dir, ...flags], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  prepareContext(dir);
  return dir;
}

/** A build with a target-dir cache mount of its own (cold), or the previous one's (warm). */
function build(dir: string, tag: string, cold: boolean): number {
  const file = path.join(dir, "Dockerfile");
  if (cold) {
    const fresh = `bench-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/(--mount=type=cache,target=\/app\/target,id=)/, `$1${fresh}-`));
  } else {
    const main = path.join(dir, "src/main.rs");
    fs.appendFileSync(main, `// rebuilt ${Date.now()}\n`);
  }
  return run(["build", "-t", tag, dir], tag).seconds;
}

function binaryBytes(tag: string): number {
  const id = run(["create", tag], "create").stdout.trim();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "crc-bench-bin-")), "bin");
  try {
    run(["cp", `${id}:/usr/local/bin/bench-svc`, out], "cp");
  } finally {
    docker(["rm", id]);
  }
  return fs.statSync(out).size;
}

const tool = installOnce();
console.log(`cargo-auditable ${PINS.cargoAuditable} installed into the builder image in ${tool.toFixed(1)} s (once per builder image)`);
const dirs = { off: scaffold(false), on: scaffold(true) };
const times = { off: { cold: [] as number[], warm: [] as number[] }, on: { cold: [] as number[], warm: [] as number[] } };
const sizes = { off: 0, on: 0 };
for (let i = 0; i < rounds; i++)
  for (const mode of ["off", "on"] as const) {
    const tag = `crc-bench-auditable:${mode}`;
    times[mode].cold.push(build(dirs[mode], tag, true));
    sizes[mode] = binaryBytes(tag);
    times[mode].warm.push(build(dirs[mode], tag, false));
    console.log(`round ${i + 1} ${mode}: cold ${times[mode].cold.at(-1)!.toFixed(1)} s, warm ${times[mode].warm.at(-1)!.toFixed(1)} s`);
  }
for (const mode of ["off", "on"]) docker(["image", "rm", "-f", `crc-bench-auditable:${mode}`, "crc-bench-auditable-tool"]);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (what: string, off: number, on: number, unit: string, digits: number) =>
  `| ${what} | ${off.toFixed(digits)} ${unit} | ${on.toFixed(digits)} ${unit} | ${(on / off).toFixed(3)} |`;
console.log(`\naxum + rustls service, release profile, ${rounds} round(s), ${os.cpus().length} cores, Docker ${engine.serverVersion}`);
console.log("| | cargo build | cargo auditable build | auditable / plain |");
console.log("|---|---|---|---|");
console.log(row("cold image build", median(times.off.cold), median(times.on.cold), "s", 1));
console.log(row("warm rebuild, one-line change", median(times.off.warm), median(times.on.warm), "s", 1));
console.log(row("binary", sizes.off / 1024, sizes.on / 1024, "KiB", 0));
console.log(`one-time: cargo-auditable's install layer, ${tool.toFixed(1)} s per builder image`);
