// End to end: the built CLI as a process, the real plop engine, real files on disk.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import fse from "fs-extra";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { checkContainerKit } from "../validate/checks.js";
import { ROOT, cliEnv, pathWithFirst, readTree, runCli, skipOn, stubDockerDir, tempDir } from "../helpers.js";

const NEW_FILES = [
  ".dockerignore",
  ".github/dependabot.yml",
  ".github/workflows/ci.yml",
  ".gitignore",
  ".rust-container.json",
  "Cargo.toml",
  "Dockerfile",
  "README.md",
  "build.rs",
  "compose.yaml",
  "deny.toml",
  "deploy/observability/otel-collector.yaml",
  "deploy/observability/prometheus.yml",
  "rust-toolchain.toml",
  "src/healthcheck.rs",
  "src/main.rs",
  "src/settings.rs",
  "src/telemetry.rs",
];

const files = (dir: string) => [...readTree(dir).keys()].sort();

test("--help lists every flag; --version prints the package version", () => {
  const help = runCli(["--help"], ROOT);
  assert.is(help.status, 0);
  for (const flag of ["--name", "--framework", "--tls", "--runtime", "--platform", "--port", "--profile", "--yes", "--no-interactive",
    "--force", "--conflict", "--dry-run", "--existing", "--package", "--bin", "--healthcheck-cmd", "--healthcheck", "--health-path", "--[no-]auditable", "--help", "--version"])
    assert.ok(help.stdout.includes(flag), flag);
  const version = runCli(["-v"], ROOT);
  assert.is(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
});

test("the README documents every flag --help lists, and its first block runs as printed", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const flags = runCli(["--help"], ROOT).stdout.match(/^  (?:-\w, )?--[\w-]+/gm)!.map((l) => l.trim().split(" ").pop()!);
  assert.ok(flags.length >= 20);
  for (const flag of flags) assert.ok(readme.includes("`" + flag), `README lacks ${flag}`);
  assert.match(readme, /```sh\n# install, then scaffold[^\n]*\nnpm ci && node dist\/cli\.js my-service --yes\n/);
  assert.match(readme, /\nnpm ci && npm test\n/);
});

test("--yes scaffolds the default service and prints next steps", () => {
  const cwd = tempDir();
  const r = runCli(["my-svc", "--yes"], cwd);
  assert.is(r.status, 0, r.stderr);
  const dir = path.join(cwd, "my-svc");
  assert.equal(files(dir).filter((f) => f !== "Cargo.lock"), NEW_FILES);
  assert.match(r.stdout, /Next steps:\n  cd my-svc\n  cargo run/);
  assert.match(r.stdout, /Cargo\.lock (generated|kept)|could not reach the registry/);
  const manifest = parseToml(fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8")) as any;
  assert.is(manifest.package.name, "my-svc");
  assert.ok(manifest.dependencies.axum);
  assert.equal(checkContainerKit(readTree(dir), { port: 8080 }), []);
  const { files: recorded, ...answers } = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
  // Every file written is recorded by content hash, so a re-run can tell the untouched ones from the edited.
  assert.equal(Object.keys(recorded).sort(), files(dir).filter((f) => f !== ".rust-container.json" && f !== "Cargo.lock"));
  assert.equal(answers, {
    generatedAs: "service",
    answers: 2,
    name: "my-svc",
    framework: "axum",
    tls: "rustls",
    profile: "speed",
    runtime: "distroless-cc",
    platform: "linux/amd64",
    port: 8080,
    deploy: "compose",
    ci: "github",
    allocator: "system",
    database: "none",
    cache: "none",
    observability: "metrics,traces",
    "healthcheck-cmd": "healthcheck",
  });
});

test("every flag, in --k v and --k=v form", () => {
  const cwd = tempDir();
  const r = runCli(
    ["svc", "--framework=actix-web", "--tls", "openssl-vendored", "--runtime=debian-slim", "--platform", "linux/arm64",
      "--platform=linux/amd64", "--port", "9000", "--profile=size", "--name", "orders_api", "--no-interactive"],
    cwd,
  );
  assert.is(r.status, 0, r.stderr);
  const dir = path.join(cwd, "svc");
  const manifest = parseToml(fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8")) as any;
  assert.is(manifest.package.name, "orders_api");
  assert.ok(manifest.dependencies["actix-web"].features.includes("openssl"));
  assert.is(manifest.profile.release["opt-level"], "z");
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /FROM --platform=\$BUILDPLATFORM rust:1\.95\.0-slim-bookworm AS build/);
  assert.match(dockerfile, /apt-get install -y --no-install-recommends clang lld perl make/);
  assert.match(dockerfile, /EXPOSE 9000/);
  assert.equal(checkContainerKit(readTree(dir), { port: 9000 }), []);
});

const errorCases: [string, string[], RegExp[]][] = [
  ["unknown flag", ["s", "--colour=red", "--yes"], [/^error: unknown flag --colour$/m]],
  ["unknown value", ["s", "--framework", "flask", "--yes"], [/^error: unknown framework "flask" \(choose axum, actix-web, rocket\)$/m]],
  ["invalid crate name", ["s", "--name", "fn", "--yes"], [/^error: invalid crate name "fn": is a Rust keyword$/m]],
  ["port out of range", ["s", "--port", "70000", "--yes"], [/^error: invalid port "70000"/m]],
  ["Rocket with OpenSSL", ["s", "--framework", "rocket", "--tls", "openssl-vendored", "--yes"], [/^error: Rocket cannot serve TLS through OpenSSL/m]],
  ["missing flags without a terminal", ["s"], [/^error: missing --framework axum\|actix-web\|rocket$/m, /^error: missing --tls/m, /^error: missing --runtime/m, /No terminal to ask on/]],
  ["several problems at once", ["s", "--framework", "flask", "--port", "0", "--runtime", "ubuntu", "--yes"], [/framework "flask"/, /port "0"/, /runtime "ubuntu"/]],
  ["a kit flag for a new service", ["s", "--bin", "x", "--yes"], [/^error: --bin applies to an existing crate/m]],
  ["unknown deploy target", ["s", "--deploy", "kubernetes,heroku", "--yes"], [/^error: unknown deploy target "heroku" \(choose compose, kubernetes, fly, cloud-run\)$/m]],
  ["unknown observability", ["s", "--observability", "metrics,logs", "--yes"], [/^error: unknown observability "logs" \(choose metrics, traces, or none\)$/m]],
  ["metrics port without metrics", ["s", "--observability", "none", "--metrics-port", "9090", "--yes"], [/^error: --metrics-port needs metrics: add metrics to --observability$/m]],
  ["metrics port on the service port", ["s", "--port", "9000", "--metrics-port", "9000", "--yes"], [/^error: --metrics-port 9000 is the service port/m]],
  ["metrics port default clash", ["s", "--metrics-port", "8080", "--yes"], [/^error: --metrics-port 8080 is the service port/m]],
  ["service monitor without kubernetes", ["s", "--service-monitor", "--yes"], [/^error: --service-monitor needs the Kubernetes manifests: add --deploy kubernetes$/m]],
  ["observability for an existing crate", ["s", "--existing", "--observability", "none", "--yes"], [/^error: --observability applies to a new service; an existing crate keeps its own code and manifest$/m]],
  ["unknown CI provider", ["s", "--ci", "gitlab", "--yes"], [/^error: unknown CI provider "gitlab" \(choose github, none\)$/m]],
  ["unknown allocator", ["s", "--allocator", "jemalloc", "--yes"], [/^error: unknown allocator "jemalloc" \(choose mimalloc, system\)$/m]],
  ["a value for a switch", ["s", "--offline-build=yes", "--yes"], [/^error: --offline-build takes no value$/m]],
  ["a switch and its --no- form", ["s", "--offline-build", "--no-offline-build", "--yes"], [/^error: --offline-build given more than once \(true, false\)$/m]],
  ["invalid registry name", ["s", "--private-registry", "my registry", "--yes"], [/^error: invalid --private-registry "my registry"/m]],
];

for (const [name, args, patterns] of errorCases) {
  test(`bad input: ${name} → exit 2, one line per problem, nothing written`, () => {
    const cwd = tempDir();
    const r = runCli(args, cwd);
    assert.is(r.status, 2, r.stdout + r.stderr);
    for (const p of patterns) assert.match(r.stderr, p);
    assert.equal(fs.readdirSync(cwd), []);
    assert.is(r.stdout, "");
  });
}

test("deploy targets, CI and build modes by flag", () => {
  const cwd = tempDir();
  const r = runCli(
    ["svc", "--runtime", "scratch", "--deploy", "kubernetes", "--deploy=fly,cloud-run", "--ci", "none", "--offline-build", "--private-registry", "corp", "--yes"],
    cwd,
  );
  assert.is(r.status, 0, r.stderr);
  for (const step of ["cargo vendor --locked", "docker build -t svc .", "kubectl apply -k deploy/kubernetes", "fly deploy", "gcloud run services replace"])
    assert.ok(r.stdout.includes(step), `next steps name ${step}`);
  const dir = path.join(cwd, "svc");
  const written = files(dir);
  for (const f of ["deploy/kubernetes/deployment.yaml", "deploy/kubernetes/service.yaml", "deploy/kubernetes/pdb.yaml",
    "deploy/kubernetes/kustomization.yaml", "fly.toml", "deploy/cloud-run/service.yaml", ".cargo/config.toml"])
    assert.ok(written.includes(f), f);
  assert.not.ok(written.some((f) => f.startsWith(".github/")));
  const manifest = parseToml(fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8")) as any;
  assert.ok(manifest.dependencies.mimalloc, "musl runtime: mimalloc by default");
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /--offline/);
  assert.not.match(dockerfile, /type=secret/, "an offline build never reaches the registry, so it needs no token");
  assert.match(fs.readFileSync(path.join(dir, "src/main.rs"), "utf8"), /#\[global_allocator\]/);
  const answers = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
  assert.equal([answers.deploy, answers.ci, answers.allocator, answers["offline-build"], answers["private-registry"]], [
    "compose,kubernetes,fly,cloud-run", "none", "mimalloc", true, "corp",
  ]);
  const online = runCli(["reg", "--private-registry", "corp", "--yes"], cwd);
  assert.is(online.status, 0, online.stderr);
  assert.ok(online.stdout.includes("docker build --secret id=cargo-registry-token,env=CARGO_REGISTRY_TOKEN -t reg ."), online.stdout);
  assert.match(fs.readFileSync(path.join(cwd, "reg/Dockerfile"), "utf8"), /--mount=type=secret,id=cargo-registry-token,required=true/);
  const system = runCli(["sys", "--runtime", "scratch", "--allocator", "system", "--yes"], cwd);
  assert.is(system.status, 0, system.stderr);
  assert.not.ok((parseToml(fs.readFileSync(path.join(cwd, "sys/Cargo.toml"), "utf8")) as any).dependencies.mimalloc);
});

test("a non-empty directory is refused; --force touches only the planned files", () => {
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, "notes.txt"), "mine\n");
  fs.writeFileSync(path.join(cwd, "README.md"), "my readme\n");
  const refused = runCli([".", "--yes"], cwd);
  assert.is(refused.status, 2);
  assert.match(refused.stderr, /is not empty \(2 entries\): pass --force/);
  assert.equal(files(cwd), ["README.md", "notes.txt"]);
  const forced = runCli([".", "--yes", "--force"], cwd);
  assert.is(forced.status, 0, forced.stderr);
  assert.is(fs.readFileSync(path.join(cwd, "notes.txt"), "utf8"), "mine\n");
  assert.match(fs.readFileSync(path.join(cwd, "README.md"), "utf8"), /^# /);
  assert.match(forced.stdout, /overwrite\s+README\.md/);
});

test("--dry-run prints the plan and writes nothing; with existing files it shows the diff", () => {
  const cwd = tempDir();
  const r = runCli(["svc", "--yes", "--dry-run"], cwd);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /Plan \(dry run, nothing written\):/);
  assert.match(r.stdout, /create\s+src\/main\.rs/);
  assert.equal(fs.readdirSync(cwd), []);
  fs.mkdirSync(path.join(cwd, "svc"));
  fs.writeFileSync(path.join(cwd, "svc", ".gitignore"), "/target\n");
  const diff = runCli(["svc", "--yes", "--dry-run", "--force"], cwd);
  assert.is(diff.status, 0, diff.stderr);
  assert.match(diff.stdout, /--- a\/\.gitignore\n\+\+\+ b\/\.gitignore/);
  assert.equal(files(path.join(cwd, "svc")), [".gitignore"]);
});

test("--verify: without an engine, or after --dry-run, one line and exit 2 before anything is written", () => {
  const cwd = tempDir();
  const noEngine = runCli(["no-engine", "--yes", "--verify"], cwd, { PATH: pathWithFirst(stubDockerDir()) });
  assert.is(noEngine.status, 2);
  assert.is(noEngine.stderr.trim(), "error: --verify needs a running Docker engine: Cannot connect to the Docker daemon");
  const noDocker = runCli(["no-docker", "--yes", "--verify"], cwd, { PATH: tempDir("crc-empty-path-") });
  assert.is(noDocker.status, 2);
  assert.match(noDocker.stderr, /^error: --verify needs Docker: no docker command on PATH/);
  const dry = runCli(["dry", "--yes", "--verify", "--dry-run"], cwd);
  assert.is(dry.status, 2);
  assert.is(dry.stderr.trim(), "error: --verify builds what a run writes: it cannot follow --dry-run");
  assert.equal(fs.readdirSync(cwd), []);
});

const withModeBits = skipOn(test, ["win32"], "Windows has no directory mode bits: chmod cannot make a directory unwritable");

withModeBits("unwritable target: one line, exit 2, nothing written", () => {
  const cwd = tempDir();
  const asRoot = process.getuid?.() === 0;
  // Root writes anywhere: as root the CLI runs as nobody, below a directory only root may write; otherwise as the
  // owner of a directory nobody may write.
  fs.chmodSync(cwd, asRoot ? 0o755 : 0o555);
  const r = asRoot ? runCliAsNobody(["svc", "--yes"], cwd) : runCli(["svc", "--yes"], cwd);
  assert.is(r.status, 2, r.stderr);
  assert.match(r.stderr, /^error: .*(not writable|EACCES)/m);
  assert.equal(fs.readdirSync(cwd), []);
});

test("the launcher: without a code cache it compiles the bundle and writes one; a damaged cache is replaced, same output", () => {
  const pkg = tempDir("crc-launch-");
  for (const part of ["dist", "templates", "package.json"]) fse.copySync(path.join(ROOT, part), path.join(pkg, part));
  const dist = path.join(pkg, "dist");
  const caches = () => fs.readdirSync(dist).filter((f) => f.includes(".v8-cache"));
  for (const f of caches()) fs.rmSync(path.join(dist, f));
  const scaffold = () => {
    const cwd = tempDir();
    const r = spawnSync(process.execPath, [path.join(dist, "cli.js"), "svc", "--yes", "--no-lockfile"], { cwd, encoding: "utf8", env: cliEnv() });
    assert.is(r.status, 0, r.stderr);
    return readTree(path.join(cwd, "svc"));
  };
  const compiled = scaffold();
  assert.equal(caches(), [`main-${/main-([0-9a-f]{16})-/.exec(fs.readFileSync(path.join(ROOT, "dist/cli.js"), "utf8"))![1]}-${process.version}-${process.arch}.v8-cache`]);
  const cache = path.join(dist, caches()[0]);
  const written = fs.readFileSync(cache);
  assert.ok(written.length > 100_000, `a cache of ${written.length} bytes holds too little`);
  assert.equal(scaffold(), compiled);
  assert.ok(fs.readFileSync(cache).equals(written), "a cache that fits is read, not written again");
  fs.writeFileSync(cache, "not a code cache");
  assert.equal(scaffold(), compiled);
  assert.equal(caches(), [path.basename(cache)]);
  assert.ok(fs.readFileSync(cache).length > 100_000, "the damaged cache was not replaced");
});

/** The CLI run as nobody, from a world-readable copy of the package: the checkout may sit where nobody cannot read
 * it (a mktemp -d clone). */
function runCliAsNobody(args: string[], cwd: string) {
  const pkg = tempDir();
  for (const part of ["dist", "templates", "package.json"]) fse.copySync(path.join(ROOT, part), path.join(pkg, part));
  fs.chmodSync(pkg, 0o755);
  return spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, path.join(pkg, "dist/cli.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: cliEnv({ HOME: "/tmp" }),
  });
}

test.run();
