// --verify through the real CLI and the real engine, on a crate whose port, bind address, health route and state
// directory come from a file it reads at start (nothing the source scan can know): each wrong guess is observed and
// corrected, and the corrected image is healthy, reachable from the host and stops in under 2 s. Without its config
// file, the crate gets a plain reason and a failing exit. Crates whose cause is one look further (state under $HOME
// or a relative directory, a required option, an address the container lacks, a config it builds itself) end as
// stated. A new service is verified as scaffolded.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpGet, tail, tempDir } from "../helpers.js";
import { removeContainer, removeImage, runDetached, startEngine, stop, waitHealthy } from "./docker.js";
import { dockerShimDir } from "./docker-shim.js";
import { CLI, NOTES, armReport, copyFixture, engineOrSkip, removeCopy } from "./harness.js";

const BASE_CONF = { port: "8080", bind: "0.0.0.0", health: "/health", state: "/tmp/runtime-config" };

interface Case {
  title: string;
  /** Changes the copy's code before the run (e.g. drops its signal handling). */
  edit?: (dir: string) => void;
  /** Settings that differ from BASE_CONF; null: no config file at all. */
  conf: Partial<typeof BASE_CONF> | null;
  /** What the run must print as corrected, and the answers it must save. */
  corrects: RegExp[];
  saved: Record<string, unknown>;
  port: number;
  route: string;
}

const CASES: Case[] = [
  // The health route the code shows is read again on every run, not saved; the port is no one's but the default's.
  { title: "a plan that is right stays as it is", conf: {}, corrects: [], saved: { port: 8080, "health-path": undefined }, port: 8080, route: "/health" },
  {
    title: "the port it really listens on",
    conf: { port: "4321" },
    corrects: [/correct it listens on 0\.0\.0\.0:4321, not on 8080: the port becomes 4321/],
    saved: { port: 4321 },
    port: 4321,
    route: "/health",
  },
  {
    title: "a health route other than the one the code shows (which answers only under an env flag)",
    conf: { health: "/livez" },
    corrects: [/correct GET \/health did not answer 2xx; \/livez does: the healthcheck GETs \/livez/],
    saved: { healthcheck: "probe", "health-path": "/livez" },
    port: 8080,
    route: "/livez",
  },
  {
    title: "a loopback bind, moved by the address variable the code reads",
    conf: { bind: "127.0.0.1" },
    corrects: [/correct it listens on 127\.0\.0\.1:8080 only, unreachable from outside the container: LISTEN_ADDR=0\.0\.0\.0:8080/],
    saved: { env: "LISTEN_ADDR=0.0.0.0:8080" },
    port: 8080,
    route: "/health",
  },
  {
    title: "a binary that handles no signal gets tini as PID 1",
    edit: (dir) => {
      // No handler and no ctrlc dependency: the lock is generated again by the CLI.
      const main = path.join(dir, "src/main.rs");
      fs.writeFileSync(main, fs.readFileSync(main, "utf8").replace(/^\s*ctrlc::set_handler.*\n/m, ""));
      const manifest = path.join(dir, "Cargo.toml");
      fs.writeFileSync(manifest, fs.readFileSync(manifest, "utf8").replace(/^ctrlc = .*\n/m, ""));
      fs.rmSync(path.join(dir, "Cargo.lock"));
    },
    conf: {},
    corrects: [],
    saved: {},
    port: 8080,
    route: "/health",
  },
  {
    title: "a state directory the non-root user cannot create",
    conf: { state: "state" },
    corrects: [/correct a run with a writable root created \/app\/state \(state, relative to its working directory\): \/app\/state becomes a directory its user owns/],
    saved: { "data-dir": "/app/state" },
    port: 8080,
    route: "/health",
  },
];

interface NeedsCase {
  fixture: string;
  title: string;
  /** The corrections it must print, in order. */
  corrects: RegExp[];
  /** It ends Not verified with this line; the flag the line names (… filled in) then verifies it. */
  needsUser?: { line: RegExp; flag: RegExp; value: string };
  saved: Record<string, unknown>;
  port: number;
}

const NEEDS: NeedsCase[] = [
  {
    fixture: "home-state",
    title: "state under $HOME, its error naming no path",
    corrects: [/correct a run with a writable root created ~\/\.local: HOME=\/var\/lib\/home-state, a directory its user owns/],
    saved: { env: "HOME=/var/lib/home-state", "data-dir": "/var/lib/home-state" },
    port: 8080,
  },
  {
    fixture: "relative-state",
    title: "a state directory relative to its working directory, its error naming no path",
    corrects: [/correct a run with a writable root created \/cache \(cache, relative to its working directory\): \/app\/cache becomes a directory its user owns/],
    saved: { "data-dir": "/app/cache" },
    port: 8080,
  },
  {
    fixture: "static-site",
    title: "a required option with a safe value (a served directory)",
    corrects: [/correct its usage error asks for --site-dir .*\(src\/main\.rs:\d+, a directory\): --cmd "--site-dir \/app\/site", \/app\/site a directory its user owns/],
    saved: { cmd: "--site-dir /app/site", "data-dir": "/app/site" },
    port: 8080,
  },
  {
    fixture: "signed-webhooks",
    title: "a required secret: never made up, the exact flag named",
    corrects: [],
    needsUser: { line: /its usage error asks for --webhook-secret .*a secret: give it with --env WEBHOOK_SECRET=… \(--verify never makes one up\)/, flag: /--env WEBHOOK_SECRET=…/, value: "--env=WEBHOOK_SECRET=not-a-real-secret" },
    saved: { env: "WEBHOOK_SECRET=not-a-real-secret" },
    port: 8080,
  },
  {
    fixture: "ipv6-listen",
    title: "an IPv6-loopback listen default: the kit passes its listen option from the code, nothing to correct",
    corrects: [],
    saved: { cmd: undefined },
    port: 8080,
  },
  {
    fixture: "own-config",
    title: "a server config it builds itself from its own options (HOST and PORT ignored): the kit passes --address",
    corrects: [],
    saved: { cmd: undefined },
    port: 8000,
  },
];

if (engineOrSkip("--verify")) {
  armReport();
  const engine = startEngine();
  const shim = engine.ok ? dockerShimDir(engine.docker) : "";

  const verify = (dir: string, args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, dir, "--yes", "--verify", ...args], {
      cwd: path.dirname(dir),
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", PATH: `${shim}:${process.env.PATH}` },
      timeout: 30 * 60_000,
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}${r.error?.message ?? ""}` };
  };

  const writeConf = (dir: string, conf: Case["conf"]) => {
    if (conf === null) return fs.rmSync(path.join(dir, "config"), { recursive: true, force: true });
    const settings = { ...BASE_CONF, ...conf };
    fs.writeFileSync(path.join(dir, "config/service.conf"), Object.entries(settings).map(([k, v]) => `${k} = ${v}\n`).join(""));
  };

  for (const c of CASES)
    test(`--verify: ${c.title}; the corrected image is healthy, answers the host and stops in under 2 s`, async () => {
      const dir = copyFixture("runtime-config");
      writeConf(dir, c.conf);
      c.edit?.(dir);
      const started = Date.now();
      const r = verify(dir, ["--runtime", "distroless-cc"]);
      const seconds = (Date.now() - started) / 1000;
      assert.is(r.status, 0, tail(r.output, 60));
      assert.match(r.output, /\nVerified:\n/);
      const corrected = r.output.split("\n").filter((l) => /^\s+correct /.test(l));
      assert.is(corrected.length, c.corrects.length, corrected.join("\n"));
      c.corrects.forEach((pattern, i) => assert.match(corrected[i], pattern));
      const saved = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
      for (const [k, v] of Object.entries(c.saved)) assert.equal(saved[k], v, `${k} in .rust-container.json`);
      const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
      assert.match(dockerfile, new RegExp(`EXPOSE ${c.port}\\n`));
      assert.is(/ENTRYPOINT \["\/usr\/bin\/tini", "--"/.test(dockerfile), c.edit !== undefined, "tini only where nothing handles a signal");
      NOTES.push(`--verify ${c.title}: ${seconds.toFixed(0)} s (${corrected.length} correction${corrected.length === 1 ? "" : "s"})`);

      // The image verify left behind, run the plain `docker run` way: healthy, reachable, stopped by SIGTERM.
      const name = `crc-verify-${process.pid}-${CASES.indexOf(c)}`;
      const since = process.hrtime.bigint();
      const { id, hostPort } = runDetached("runtime-config:verify", name, c.port);
      try {
        const healthyS = await waitHealthy(id, since, 30_000);
        assert.ok(healthyS < 5, `healthy after ${healthyS} s`);
        const answer = await httpGet({ port: hostPort }, c.route);
        assert.is(answer.status, 200, answer.body);
        const stopped = stop(id);
        assert.ok(stopped.seconds < 2, `docker stop took ${stopped.seconds} s`);
        // Its own handler exits 0; with no handler, SIGTERM's default action ends it (128 + 15, passed on by tini).
        assert.is(stopped.exitCode, c.edit ? 143 : 0);
      } finally {
        removeContainer(id);
        removeCopy(dir);
      }
    });

  for (const c of NEEDS)
    test(`--verify: ${c.title} → ${c.needsUser ? "Not verified with the exact flag, then verified with it" : "corrected"}; the image then runs healthy, reachable, stopped in under 2 s`, async () => {
      const dir = copyFixture(c.fixture);
      const started = Date.now();
      let r = verify(dir, ["--runtime", "distroless-cc"]);
      const corrected = r.output.split("\n").filter((l) => /^\s+correct /.test(l));
      assert.is(corrected.length, c.corrects.length, tail(r.output, 60));
      c.corrects.forEach((pattern, i) => assert.match(corrected[i], pattern));
      if (c.needsUser) {
        assert.is(r.status, 1, tail(r.output, 40));
        assert.match(r.output, /\nNot verified:\n/);
        assert.match(r.output, c.needsUser.line);
        assert.match(r.output, c.needsUser.flag);
        // What it printed, given: verified.
        r = verify(dir, ["--runtime", "distroless-cc", c.needsUser.value]);
      }
      assert.is(r.status, 0, tail(r.output, 60));
      const block = r.output.slice(r.output.indexOf("\nVerified:"));
      assert.match(block, /\n  time\s+\d+ s in all: build \d+\.\d s \+ run \d+\.\d s/);
      for (const pattern of c.corrects) assert.match(block, new RegExp(`\n\\s+- ${pattern.source.replace(/^correct /, "")}`));
      const saved = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
      for (const [k, v] of Object.entries(c.saved)) assert.equal(saved[k], v, `${k} in .rust-container.json`);
      NOTES.push(`--verify ${c.fixture}: ${((Date.now() - started) / 1000).toFixed(0)} s; ${/\n  time\s+([^\n]+)/.exec(block)?.[1]}`);

      // The image verify left behind, run as compose runs it (read-only root, its state directories as volumes).
      const volumes = String(saved["data-dir"] ?? "").split(",").filter(Boolean).flatMap((d) => ["-v", d]);
      const name = `crc-verify-needs-${process.pid}-${NEEDS.indexOf(c)}`;
      const since = process.hrtime.bigint();
      const { id, hostPort } = runDetached(`${c.fixture}:verify`, name, c.port, ["--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", ...volumes]);
      try {
        const healthyS = await waitHealthy(id, since, 30_000);
        assert.ok(healthyS < 5, `healthy after ${healthyS} s`);
        const answer = await httpGet({ port: hostPort }, "/health");
        assert.is(answer.status, 200, answer.body);
        const stopped = stop(id);
        assert.ok(stopped.seconds < 2, `docker stop took ${stopped.seconds} s`);
        assert.is(stopped.exitCode, 0);
      } finally {
        removeContainer(id);
        removeImage(`${c.fixture}:verify`);
        removeCopy(dir);
      }
    });

  test("--verify: a config file the crate needs is missing → exit 1 with the plain reason, nothing guessed", () => {
    const dir = copyFixture("runtime-config");
    writeConf(dir, null);
    const r = verify(dir, ["--runtime", "distroless-cc"]);
    assert.is(r.status, 1, tail(r.output, 40));
    assert.match(r.output, /\nNot verified:\n/);
    assert.match(r.output, /it exited \(code 1\) at start: a configuration file it reads at start is not in the image \(config\/service\.conf\)/);
    assert.not.match(r.output, /^\s+correct /m);
    removeCopy(dir);
    removeImage("runtime-config:verify");
  });

  test("--verify: a new service is built, healthy, answers /health from the host and stops at once", () => {
    const cwd = tempDir("crc-verify-new-");
    const dir = path.join(cwd, "verified-svc");
    const r = verify(dir, ["--framework", "axum", "--tls", "none", "--runtime", "distroless-cc"]);
    assert.is(r.status, 0, tail(r.output, 60));
    const block = r.output.slice(r.output.indexOf("\nVerified:"));
    assert.match(block, /healthcheck\s+the healthcheck subcommand/);
    assert.match(block, /healthy\s+after \d+\.\d s/);
    assert.match(block, /from host\s+GET http:\/\/127\.0\.0\.1:\d+\/health → 200/);
    const stopS = Number(/stop\s+(\d+\.\d) s \(exit 0\)/.exec(block)?.[1]);
    assert.ok(stopS < 2, block);
    NOTES.push(`--verify new axum service: ${/\n  build\s+([^\n]+)/.exec(block)?.[1]}`);
    removeImage("verified-svc:verify");
    if (!process.env.CRC_KEEP_TMP) fs.rmSync(cwd, { recursive: true, force: true });
  });
}

test.run();
