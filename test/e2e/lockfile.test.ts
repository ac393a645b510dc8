// The Cargo.lock step after writing, on its failure sides: a registry that cannot be reached, no cargo at all, and
// --no-lockfile. (The reachable side is proven by the Rust suite, whose builds run --locked on the generated lock.)
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { runCli, stubCommand, tempDir, writeTree } from "../helpers.js";

const exists = (dir: string, file: string) => fs.existsSync(path.join(dir, file));

/** A cargo home whose crates.io is replaced by a registry on a closed loopback port: every fetch is refused at once. */
function unreachableCargoHome(): string {
  return writeTree({
    "config.toml": '[source.crates-io]\nreplace-with = "unreachable"\n\n[source.unreachable]\nregistry = "sparse+http://127.0.0.1:1/index/"\n',
  });
}

/** A PATH holding only a `cargo` that records being called, so a test can tell whether the CLI ran it. */
function recordingCargo(): { path: string; calls: string } {
  const bin = tempDir("crc-fake-cargo-");
  const calls = path.join(bin, "calls");
  stubCommand("cargo", `require("node:fs").appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(" ") + "\\n");\nprocess.exitCode = 1;\n`, bin);
  return { path: bin, calls };
}

test("registry unreachable: the scaffold succeeds, says so, and leaves no Cargo.lock (nor a partial one)", () => {
  const cwd = tempDir();
  const started = Date.now();
  const r = runCli(["svc", "--yes"], cwd, { CARGO_HOME: unreachableCargoHome() });
  const seconds = (Date.now() - started) / 1000;
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /cargo could not reach the registry, so there is no Cargo\.lock yet: run `cargo generate-lockfile` before `docker build`/);
  const dir = path.join(cwd, "svc");
  assert.ok(exists(dir, "Cargo.toml") && exists(dir, "Dockerfile") && exists(dir, "src/main.rs"), "the service itself is written");
  assert.not.ok(exists(dir, "Cargo.lock"), "a Cargo.lock was left behind");
  assert.ok(seconds < 30, `an unreachable registry held the scaffold for ${seconds.toFixed(1)} s`);
});

test("--no-lockfile: cargo is never run, in either mode; the next steps say how to make the lock", () => {
  const cargo = recordingCargo();
  const cwd = tempDir();
  const fresh = runCli(["svc", "--yes", "--no-lockfile"], cwd, { PATH: cargo.path });
  assert.is(fresh.status, 0, fresh.stderr);
  assert.match(fresh.stdout, /No Cargo\.lock \(--no-lockfile\): run `cargo generate-lockfile` before `docker build`/);
  assert.not.ok(exists(path.join(cwd, "svc"), "Cargo.lock"));

  const crate = writeTree({ "Cargo.toml": '[package]\nname = "kit"\nversion = "0.1.0"\nedition = "2021"\n', "src/main.rs": "fn main() {}\n" });
  const kit = runCli([crate, "--yes", "--no-lockfile"], crate, { PATH: cargo.path });
  assert.is(kit.status, 0, kit.stderr);
  assert.match(kit.stdout, /No Cargo\.lock \(--no-lockfile\)/);
  assert.ok(exists(crate, "Dockerfile") && !exists(crate, "Cargo.lock"));
  assert.not.ok(fs.existsSync(cargo.calls), `cargo was run: ${fs.existsSync(cargo.calls) ? fs.readFileSync(cargo.calls, "utf8") : ""}`);
});

test("without --no-lockfile the same cargo is asked for the lock, and its failure is reported as unreachable", () => {
  const cargo = recordingCargo();
  const cwd = tempDir();
  const r = runCli(["svc", "--yes"], cwd, { PATH: cargo.path });
  assert.is(r.status, 0, r.stderr);
  assert.match(fs.readFileSync(cargo.calls, "utf8"), /^generate-lockfile\b/m);
  assert.match(r.stdout, /cargo could not reach the registry/);
});

test("no cargo on PATH: the scaffold succeeds and says cargo was not found", () => {
  const cwd = tempDir();
  const r = runCli(["svc", "--yes"], cwd, { PATH: tempDir("crc-empty-path-") });
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /cargo was not found, so there is no Cargo\.lock yet/);
  assert.not.ok(exists(path.join(cwd, "svc"), "Cargo.lock"));
});

test.run();
