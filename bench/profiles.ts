// Release profiles side by side on one generated service (axum + rustls by default), in one run: cargo's default
// release profile, the tuned `speed` and `size` presets, and the iterate profile. Each builds cold in a target dir of
// its own (crate downloads cached), then warm after a one-line change in src/; prints binary size, cold and warm
// build times and GET /health req/s (wrk, loopback, bounded), with ratios against cargo's default.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ITERATE_PROFILE } from "../generators/catalog/catalog.js";
import { freePort, tail, tempDir } from "../test/helpers.js";
import { cargo, scaffoldService, startService, stopService } from "../test/rust/service.js";
import { wrk } from "./wrk.js";

const FRAMEWORK = process.env.BENCH_FRAMEWORK ?? "axum";
const TLS = process.env.BENCH_TLS ?? "rustls";
const LOAD_SECONDS = 5;

interface Variant {
  label: string;
  preset: "speed" | "size";
  /** cargo's profile flag. */
  profile: string[];
  /** Where cargo puts the binary, under the target dir. */
  outDir: string;
  /** Drops the generated profiles, leaving cargo's defaults. */
  cargoDefaults?: boolean;
}

const VARIANTS: Variant[] = [
  { label: "cargo default release", preset: "speed", profile: ["--release"], outDir: "release", cargoDefaults: true },
  { label: "tuned, speed preset", preset: "speed", profile: ["--release"], outDir: "release" },
  { label: "tuned, size preset", preset: "size", profile: ["--release"], outDir: "release" },
  { label: `${ITERATE_PROFILE} profile`, preset: "speed", profile: ["--profile", ITERATE_PROFILE], outDir: ITERATE_PROFILE },
];

const parent = tempDir("crc-bench-profiles-");
const rows: { label: string; sizeMB: number; coldS: number; warmS: number; rps: number }[] = [];
for (const [i, v] of VARIANTS.entries()) {
  const name = `prof-${i}`;
  const s = scaffoldService(parent, name, ["--framework", FRAMEWORK, "--tls", TLS, "--profile", v.preset, "--ci", "none"]);
  if (s.status !== 0) throw new Error(s.output);
  const manifest = path.join(s.dir, "Cargo.toml");
  if (v.cargoDefaults) fs.writeFileSync(manifest, fs.readFileSync(manifest, "utf8").replace(/\n(#[^\n]*\n)*\[profile\.[\s\S]*$/, "\n"));
  const env = { CARGO_TARGET_DIR: path.join(parent, `target-${i}`) };
  const cold = cargo(s.dir, ["build", "--locked", ...v.profile], env);
  if (cold.status !== 0) throw new Error(`${v.label}: ${tail(cold.output)}`);
  const main = path.join(s.dir, "src", "main.rs");
  fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace("run the server\\n", "run the server (edited)\\n"));
  const warm = cargo(s.dir, ["build", "--locked", ...v.profile], env);
  if (warm.status !== 0) throw new Error(`${v.label}: ${tail(warm.output)}`);
  const bin = path.join(env.CARGO_TARGET_DIR, v.outDir, name);
  const port = await freePort();
  const service = await startService(bin, { port }, { RUST_LOG: undefined, LOG_FORMAT: "json" });
  const rps = (await wrk(port, { connections: 32, seconds: LOAD_SECONDS })).rps;
  await stopService(service);
  rows.push({ label: v.label, sizeMB: fs.statSync(bin).size / 1e6, coldS: cold.seconds, warmS: warm.seconds, rps });
  fs.rmSync(env.CARGO_TARGET_DIR, { recursive: true, force: true });
}

const base = rows[0];
console.log(`${FRAMEWORK} + ${TLS}, ${os.availableParallelism()} cores; cold = every crate compiled (downloads cached), warm = after a one-line change in src/main.rs:`);
console.log(`  ${"profile".padEnd(24)} ${"binary".padStart(9)} ${"vs default".padStart(10)} ${"cold".padStart(8)} ${"warm".padStart(8)} ${"cold/warm".padStart(9)} ${"req/s".padStart(8)}`);
for (const r of rows)
  console.log(
    `  ${r.label.padEnd(24)} ${`${r.sizeMB.toFixed(2)} MB`.padStart(9)} ${`${((r.sizeMB / base.sizeMB) * 100).toFixed(0)}%`.padStart(10)} ` +
      `${`${r.coldS.toFixed(1)} s`.padStart(8)} ${`${r.warmS.toFixed(1)} s`.padStart(8)} ${`${(r.coldS / r.warmS).toFixed(1)}×`.padStart(9)} ${r.rps.toFixed(0).padStart(8)}`,
  );
if (process.env.CRC_KEEP_TMP !== "1") fs.rmSync(parent, { recursive: true, force: true });
