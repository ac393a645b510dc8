// An interactive session through a real pseudo-terminal: the prompts a person sees, answered by keystrokes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import pty from "@lydell/node-pty";
import { parse as parseToml } from "smol-toml";
import { CLI, cliEnv, pathWithFirst, skipOn, stubDockerDir, tempDir } from "../helpers.js";

const ENTER = "\r";
const DOWN = "\x1b[B";
const UP = "\x1b[A";
const CTRL_C = "\x03";

/** Drives the CLI in a pty: waits for each expected screen text, then types the answer. */
async function session(args: string[], cwd: string, steps: [RegExp, string][], engineVersion?: string): Promise<{ exitCode: number; screen: string }> {
  const env = cliEnv({ PATH: pathWithFirst(stubDockerDir(engineVersion)) });
  const term = pty.spawn(process.execPath, [CLI, ...args], { cols: 120, rows: 40, cwd, env: env as Record<string, string> });
  let screen = "";
  let seen = 0;
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  term.onData((d) => (screen += d));
  for (const [waitFor, keys] of steps) {
    const deadline = Date.now() + 15_000;
    while (!waitFor.test(screen.slice(seen))) {
      if (Date.now() > deadline) {
        term.kill();
        throw new Error(`timed out waiting for ${waitFor} in:\n${screen.slice(seen)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    seen = screen.length;
    term.write(keys);
  }
  const exitCode = await Promise.race([exited, new Promise<number>((_, rej) => setTimeout(() => rej(new Error(`no exit:\n${screen}`)), 30_000))]);
  return { exitCode, screen };
}

// The screens asserted on are the CLI's own bytes through a pty.
const onPosixPty = skipOn(
  test,
  ["win32"],
  "ConPTY repaints its own screen instead of passing the CLI's output through, and may deliver it after the exit",
);

/** The questions a screen asked, in order (inquirer prints each as "? <message>"). */
const questions = (screen: string) =>
  [...new Set([...screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").matchAll(/(?:^|[\r\n])\? ([A-Z][^\r\n?(]*)/g)].map((m) => m[1].trim()))];

onPosixPty("the default path: five questions, then build options declined; answers echo the value only", async () => {
  const cwd = tempDir();
  const { exitCode, screen } = await session([], cwd, [
    [/Project directory/, `quick-svc${ENTER}`],
    [/Web framework/, ENTER],
    [/TLS stack/, ENTER],
    [/Runtime image[\s\S]*glibc \+ libgcc on distroless/, `${DOWN}${DOWN}${ENTER}`], // described while choosing; debian-slim
    [/Where will it run\?[\s\S]*always written/, `${DOWN} ${ENTER}`], // kubernetes added
    [/Customise build options/, ENTER], // default: no
  ]);
  assert.is(exitCode, 0, screen);
  assert.equal(questions(screen), ["Project directory", "Web framework", "TLS stack", "Runtime image", "Where will it run", "Customise build options"]);
  const plain = screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
  assert.match(plain, /Runtime image debian-slim\s*\n/, "the echoed answer is the value alone");
  assert.match(plain, /Where will it run\? compose, kubernetes\s*\n/);
  const answers = JSON.parse(fs.readFileSync(path.join(cwd, "quick-svc/.rust-container.json"), "utf8"));
  assert.equal([answers.name, answers.framework, answers.runtime, answers.deploy], ["quick-svc", "axum", "debian-slim", "compose,kubernetes"]);
  assert.equal([answers.port, answers.platform, answers.ci, answers.profile, Boolean(answers["offline-build"])], [8080, "linux/amd64", "github", "speed", false]);
});

onPosixPty("customised: every build option asked after the five questions", async () => {
  const cwd = tempDir();
  const { exitCode, screen } = await session([], cwd, [
    [/Project directory/, `pty-svc${ENTER}`],
    [/Web framework/, `${DOWN}${ENTER}`], // actix-web
    [/TLS stack/, `${DOWN}${ENTER}`], // openssl-vendored
    [/Runtime image/, `${DOWN}${DOWN}${ENTER}`], // from the default distroless-cc to debian-slim
    [/Where will it run\?/, `${DOWN} ${ENTER}`], // compose stays, kubernetes added
    [/Customise build options/, `y${ENTER}`],
    [/Crate name/, `pty-api${ENTER}`],
    [/Image platforms[\s\S]*x86-64 servers/, ` ${DOWN} ${ENTER}`], // untick amd64, tick arm64
    [/Port/, `\x7f\x7f\x7f\x7f3000${ENTER}`],
    [/Database/, `${DOWN}${ENTER}`], // postgres
    [/Cache/, ENTER], // none
    [/Observability/, ENTER], // metrics and traces stay
    [/Port of a separate metrics listener/, `9090${ENTER}`],
    [/ServiceMonitor/, `y${ENTER}`], // asked because kubernetes is a target
    [/CI workflow/, `${DOWN}${ENTER}`], // none
    [/Build offline from vendored crates/, `y${ENTER}`],
    [/Embed the crate list in the binary/, `n${ENTER}`],
    [/Private cargo registry/, `corp${ENTER}`],
    [/Optimise the release build for/, `${UP}${ENTER}`], // from the default speed to size
  ]);
  assert.not.match(screen, /Global allocator/, "a glibc runtime is not asked about the allocator");
  assert.is(exitCode, 0, screen);
  assert.match(screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ""), /Image platforms linux\/arm64\s*\n/, "the echoed answer is the value alone");
  const dir = path.join(cwd, "pty-svc");
  const manifest = parseToml(fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8")) as any;
  assert.is(manifest.package.name, "pty-api");
  assert.ok(manifest.dependencies["actix-web"]);
  const answers = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
  assert.equal(
    [answers.framework, answers.tls, answers.runtime, answers.platform, answers.port, answers.profile, answers.deploy, answers.ci],
    ["actix-web", "openssl-vendored", "debian-slim", "linux/arm64", 3000, "size", "compose,kubernetes", "none"],
  );
  assert.equal([answers.allocator, answers["offline-build"], answers.auditable, answers["private-registry"]], ["system", true, false, "corp"]);
  assert.not.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /cargo auditable|cargo-auditable/);
  assert.equal([answers.database, answers.cache], ["postgres", "none"]);
  assert.equal([answers.observability, answers["metrics-port"], answers["service-monitor"]], ["metrics,traces", 9090, true]);
  assert.ok(manifest.dependencies.sqlx, "postgres brings sqlx");
  assert.match(fs.readFileSync(path.join(dir, ".env"), "utf8"), /^POSTGRES_PASSWORD=[\w-]{32}$/m);
  assert.ok(fs.existsSync(path.join(dir, ".cargo/config.toml")));
  assert.ok(fs.existsSync(path.join(dir, "deploy/kubernetes/deployment.yaml")));
  assert.not.ok(fs.existsSync(path.join(dir, ".github")));
});

onPosixPty("flags given are not asked again; Rocket is never offered OpenSSL; musl runtimes are asked about the allocator", async () => {
  const cwd = tempDir();
  const given = ["--framework", "rocket", "--runtime", "scratch", "--platform", "linux/amd64", "--port", "8080", "--profile", "speed"];
  const more = ["--name", "r-svc", "--deploy", "compose", "--ci", "none", "--database", "none", "--cache", "none", "--observability", "none", "--no-offline-build", "--auditable", "--private-registry="];
  const { exitCode, screen } = await session(["r-svc", ...given, ...more], cwd, [
    [/TLS stack/, ENTER],
    [/Customise build options \(allocator\)/, `y${ENTER}`],
    [/Global allocator/, `${DOWN}${ENTER}`], // from the musl default mimalloc to system
  ]);
  assert.is(exitCode, 0, screen);
  assert.not.match(screen, /Web framework|Runtime image|openssl-vendored|Build offline|Private cargo registry/);
  const answers = JSON.parse(fs.readFileSync(path.join(cwd, "r-svc/.rust-container.json"), "utf8"));
  assert.is(answers.allocator, "system");
});

for (const [at, keys] of [
  ["a core question", [[/Web framework/, CTRL_C]]],
  ["the customise question", [[/Web framework/, ENTER], [/TLS stack/, ENTER], [/Runtime image/, ENTER], [/Where will it run/, ENTER], [/Customise build options/, CTRL_C]]],
  ["a build option", [[/Web framework/, ENTER], [/TLS stack/, ENTER], [/Runtime image/, ENTER], [/Where will it run/, ENTER], [/Customise build options/, `y${ENTER}`], [/Crate name/, CTRL_C]]],
] as [string, [RegExp, string][]][])
  onPosixPty(`Ctrl-C at ${at} writes nothing and exits 130`, async () => {
    const cwd = tempDir();
    const { exitCode, screen } = await session(["later"], cwd, keys);
    assert.is(exitCode, 130, screen);
    assert.match(screen, /Cancelled: nothing was written/);
    assert.equal(fs.readdirSync(cwd), []);
  });

onPosixPty("existing crate on a terminal: asks which binary, the runtime and the healthcheck style", async () => {
  const dir = tempDir("crc-pty-existing-");
  fs.writeFileSync(path.join(dir, "Cargo.toml"), '[package]\nname = "two"\nversion = "0.1.0"\n');
  fs.mkdirSync(path.join(dir, "src/bin"), { recursive: true });
  for (const b of ["api", "worker"]) fs.writeFileSync(path.join(dir, `src/bin/${b}.rs`), "fn main() {}\n");
  fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM mine\n");
  const { exitCode, screen } = await session([dir], dir, [
    [/Which binary/, `${DOWN}${ENTER}`], // worker
    [/Runtime image/, ENTER],
    [/Where will it run\?/, ENTER],
    [/Customise build options \(platform, port, database, cache, ci, offline-build, auditable, private-registry\)/, ENTER],
    [/How should the image check/, `${DOWN}${ENTER}`], // subcommand
    [/Dockerfile exists and differs/, `${DOWN}${DOWN}${ENTER}`], // backup
  ]);
  assert.is(exitCode, 0, screen);
  assert.match(screen, /-FROM mine/);
  assert.is(fs.readFileSync(path.join(dir, "Dockerfile.orig"), "utf8"), "FROM mine\n");
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /CMD \["\/usr\/local\/bin\/worker", "healthcheck"\]/);
});

onPosixPty("with a Docker engine answering, writing is followed by the offer to verify (default no)", async () => {
  const cwd = tempDir();
  const { exitCode, screen } = await session(
    ["offer-svc", "--framework", "axum", "--tls", "none", "--runtime", "distroless-cc", "--deploy", "compose", "--no-lockfile"],
    cwd,
    [
      [/Customise build options/, ENTER],
      [/A Docker engine is running: build the image now, run it and check it \(--verify\)\?/, ENTER],
    ],
    "28.2.2",
  );
  assert.is(exitCode, 0, screen);
  assert.not.match(screen, /Verifying with Docker/);
  assert.ok(fs.existsSync(path.join(cwd, "offer-svc/Dockerfile")));
});

test.run();
