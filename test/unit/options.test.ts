import { test } from "uvu";
import * as assert from "uvu/assert";
import { crateNameFromDirectory, crateNameProblem } from "../../generators/options/crate-name.js";
import {
  allowedChoices,
  combinationProblems,
  FIELDS,
  KIT_ANSWER_FLAGS,
  KIT_FLAGS,
  isSupported,
  correctionFlags,
  mergeCorrections,
  mergeEnv,
  mergeEnvAnswers,
  missingRequired,
  parseCommandLine,
  resolveAnswers,
  resolveKit,
  withDefaults,
} from "../../generators/options/options.js";

test("flags accept --k v and --k=v alike", () => {
  const a = parseCommandLine(["svc", "--framework", "rocket", "--port=3000", "--tls=none"]);
  assert.equal(a.problems, []);
  assert.is(a.directory, "svc");
  assert.equal(a.raw, { framework: "rocket", port: "3000", tls: "none" });
});

test("--platform is repeatable and comma-separated; duplicates collapse", () => {
  const a = parseCommandLine(["--platform", "linux/arm64", "--platform=linux/amd64,linux/arm64"]);
  assert.equal(resolveAnswers(a.raw).options.platforms, ["linux/amd64", "linux/arm64"]);
});

test("run flags and short forms", () => {
  const a = parseCommandLine(["-y", "--no-interactive", "--force", "--dry-run", "--no-lockfile", "--conflict", "backup", "-h", "-v"]);
  assert.equal(a.settings, { yes: true, noInteractive: true, force: true, dryRun: true, noLockfile: true, verify: false, conflict: "backup" });
  assert.ok(a.help && a.version);
});

test("kit flags: --env and --data-dir repeat; bad values are reported with the rest", () => {
  const a = parseCommandLine(["--env", "BIND_ADDR=0.0.0.0:3000", "--env=APP_MODE=prod", "--data-dir", "data", "--data-dir", "/var/lib/app,uploads/"]);
  assert.equal(a.rawKit, { env: "BIND_ADDR=0.0.0.0:3000 APP_MODE=prod", "data-dir": "data,/var/lib/app,uploads/" });
  const { kit, problems } = resolveKit(a.rawKit);
  assert.equal(problems, []);
  assert.equal(kit.env, [["BIND_ADDR", "0.0.0.0:3000"], ["APP_MODE", "prod"]]);
  assert.equal(kit.dataDirs, ["/app/data", "/var/lib/app", "/app/uploads"]);
  assert.equal(resolveKit({ env: "=x", "data-dir": "/" }).problems, [
    'invalid --env "=x": use NAME=value (a variable name, then =)',
    'invalid --data-dir "/": use a directory such as data or /var/lib/app (not /)',
  ]);
  assert.equal(parseCommandLine(["--verify", "--dry-run"]).problems, ["--verify builds what a run writes: it cannot follow --dry-run"]);
});

// [arguments, the kit they give or the problems they raise]
const KIT_FLAG_CASES: [string[], Partial<ReturnType<typeof resolveKit>["kit"]> | string[]][] = [
  [["--package", "api", "--bin", "srv"], { package: "api", bin: "srv" }],
  [["--bin", "a b"], ['invalid --bin "a b"']],
  [["--healthcheck-cmd", " self  check "], { healthcheck: "subcommand", healthcheckArgs: ["self", "check"] }],
  [["--healthcheck-cmd", " "], ["--healthcheck-cmd needs the subcommand, e.g. healthcheck"]],
  [["--healthcheck", "tcp"], { healthcheck: "tcp", healthPath: undefined }],
  [["--healthcheck", "http"], ['unknown --healthcheck "http" (choose probe, tcp, none; or give --healthcheck-cmd)']],
  [["--healthcheck", "tcp", "--healthcheck-cmd", "hc"], ["--healthcheck and --healthcheck-cmd exclude each other: the subcommand is the healthcheck"]],
  [["--health-path", "/up"], { healthcheck: "probe", healthPath: "/up" }],
  [["--health-path", "up"], ['invalid --health-path "up": use a path like /health']],
  [["--health-path", "/up", "--healthcheck", "none"], ["--health-path is the route the probe requests: it needs --healthcheck probe"]],
  [["--features", "a, b", "--no-default-features", "--all-features"], { cargoFeatures: ["--features", "a,b", "--no-default-features", "--all-features"] }],
  [["--features", ","], ['invalid --features ",": use feature names, comma-separated (e.g. postgres,metrics)']],
  [["--cmd", "serve --port 80"], { cmd: ["serve", "--port", "80"] }],
  [["--cmd", ""], { cmd: [] }],
  [["--env", "A=1", "--env", "B=x=y"], { env: [["A", "1"], ["B", "x=y"]] }],
  [["--env", "NOVALUE"], ['invalid --env "NOVALUE": use NAME=value (a variable name, then =)']],
  [["--init", "none"], { init: "none" }],
  [["--init", "dumb-init"], ['unknown --init "dumb-init" (choose tini, none)']],
  [["--data-dir", "data", "--data-dir", "/app/data,cache"], { dataDirs: ["/app/data", "/app/cache"] }],
];
for (const [argv, expected] of KIT_FLAG_CASES)
  test(`kit flags: ${argv.join(" ")}`, () => {
    const cmd = parseCommandLine(argv);
    assert.equal(cmd.problems, []);
    const { kit, problems } = resolveKit(cmd.rawKit);
    if (Array.isArray(expected)) return assert.equal(problems, expected);
    assert.equal(problems, []);
    for (const [key, value] of Object.entries(expected)) assert.equal(kit[key as keyof typeof kit], value, key);
  });

test("kit flags: one row each gives the parser, --help, the answers and the mode check", () => {
  const switches = KIT_FLAGS.filter((f) => !("placeholder" in f)).map((f) => f.flag);
  assert.equal(switches, ["existing", "no-default-features", "all-features"]);
  assert.equal(parseCommandLine(["--all-features=yes"]).problems, ["--all-features takes no value"]);
  assert.equal(parseCommandLine(["--init"]).problems, ["--init needs a value"]);
  assert.equal(KIT_ANSWER_FLAGS.map((f) => f.flag), KIT_FLAGS.map((f) => f.flag).filter((f) => f !== "existing"));
  const all = parseCommandLine(["--existing", "--no-default-features", "--bin", "a", "--bin", "b"]);
  assert.equal(all.rawKit, { "no-default-features": "true", bin: "b" }, "the last value of a flag that does not repeat");
  assert.equal(all.kitGiven, ["existing", "bin", "no-default-features"]);
  assert.ok(all.existing);
});

// [environments, earliest first; merged]
const ENV_MERGES: [[string, string][][], [string, string][]][] = [
  [[[["A", "1"], ["B", "2"]], [["C", "3"]]], [["A", "1"], ["B", "2"], ["C", "3"]]],
  [[[["HOST", "0.0.0.0"], ["PORT", "80"]], [["HOST", "::"]]], [["PORT", "80"], ["HOST", "::"]]],
  [[[["A", "1"], ["A", "2"]], []], [["A", "2"]]],
  [[[["A", "1"]], [["B", "2"]], [["A", "3"], ["B", "4"]]], [["A", "3"], ["B", "4"]]],
  [[[], []], []],
];
for (const [lists, merged] of ENV_MERGES)
  test(`env merge: ${JSON.stringify(lists)}`, () => {
    assert.equal(mergeEnv(...lists), merged);
  });

test("env merge of --env values: the same merge, as the flag's value", () => {
  assert.is(mergeEnvAnswers("A=1 BIND=127.0.0.1:80", undefined, "BIND=0.0.0.0:80 C=x=y"), "A=1 BIND=0.0.0.0:80 C=x=y");
  assert.is(mergeEnvAnswers(undefined, ""), undefined);
});

test("verify's corrections of several rounds: a later value wins, variables accumulate by name, each keeps its observation", () => {
  const merged = mergeCorrections([
    { port: { value: 3000, observed: "listens on 3000" }, healthcheck: { value: { style: "probe", path: "/healthz" }, observed: "/healthz answers" }, env: [{ value: ["A", "1"], observed: "round 1" }, { value: ["B", "1"], observed: "round 1" }] },
    { healthcheck: { value: { style: "tcp" }, observed: "no route answered" }, env: [{ value: ["A", "2"], observed: "round 2" }] },
  ]);
  assert.equal(merged, {
    port: { value: 3000, observed: "listens on 3000" },
    healthcheck: { value: { style: "tcp" }, observed: "no route answered" },
    env: [{ value: ["B", "1"], observed: "round 1" }, { value: ["A", "2"], observed: "round 2" }],
  });
  // As flags: a later tcp healthcheck leaves no --health-path behind (it would need probe).
  assert.equal(correctionFlags(merged), { raw: { port: "3000" }, rawKit: { healthcheck: "tcp", env: "B=1 A=2" } });
  assert.equal(
    correctionFlags({ cmd: { value: ["serve", "--addr", "0.0.0.0:80"], observed: "" }, dataDirs: { value: ["/app/data", "/app/cache"], observed: "" }, init: { value: "tini", observed: "" } }).rawKit,
    { init: "tini", cmd: "serve --addr 0.0.0.0:80", "data-dir": "/app/data,/app/cache" },
  );
  assert.equal(correctionFlags({}), { raw: {}, rawKit: {} });
});

test("every command-line problem is reported at once", () => {
  const a = parseCommandLine(["a", "b", "--colour=red", "-x", "--framework", "--force=yes", "--conflict", "theirs", "--port", "1", "--port", "2"]);
  assert.equal(a.problems, [
    "unknown flag --colour",
    "unknown flag -x",
    "--framework needs a value",
    "--force takes no value",
    'expected one target directory, got "a" "b"',
    "--port given more than once (1, 2)",
    'unknown --conflict "theirs" (choose skip, overwrite, backup, merge, abort)',
  ]);
});

test("each field's validation message", () => {
  const { problems } = resolveAnswers({
    name: "1abc",
    framework: "flask",
    tls: "gnutls",
    runtime: "ubuntu",
    platforms: "linux/riscv64",
    port: "70000",
    profile: "tiny",
    deploy: "compose,heroku",
    ci: "gitlab",
    allocator: "jemalloc",
    offlineBuild: "maybe",
    privateRegistry: "my registry",
  });
  assert.equal(problems, [
    'invalid crate name "1abc": must start with an ASCII letter',
    'unknown framework "flask" (choose axum, actix-web, rocket)',
    'unknown TLS stack "gnutls" (choose rustls, openssl-vendored, none)',
    'unknown runtime "ubuntu" (choose scratch, distroless-static, distroless-cc, alpine, debian-slim)',
    'unknown platform "linux/riscv64" (choose linux/amd64, linux/arm64)',
    'invalid port "70000": use a number from 1 to 65535',
    'unknown deploy target "heroku" (choose compose, kubernetes, fly, cloud-run)',
    'unknown CI provider "gitlab" (choose github, none)',
    'unknown allocator "jemalloc" (choose mimalloc, system)',
    'invalid offline-build "maybe" (true or false)',
    'invalid --private-registry "my registry": use the registry\'s name from .cargo/config.toml ([registries.<name>])',
    'unknown profile "tiny" (choose size, speed)',
  ]);
});

test("switches have a --no- form; giving both is a conflict", () => {
  assert.equal(parseCommandLine(["--offline-build"]).raw, { offlineBuild: "true" });
  assert.equal(parseCommandLine(["--no-offline-build"]).raw, { offlineBuild: "false" });
  assert.is(resolveAnswers(parseCommandLine(["--no-offline-build"]).raw).options.offlineBuild, false);
  assert.equal(parseCommandLine(["--offline-build", "--no-offline-build"]).problems, ["--offline-build given more than once (true, false)"]);
  assert.equal(parseCommandLine(["--no-offline-build=yes"]).problems, ["--no-offline-build takes no value"]);
  assert.is(resolveAnswers({ privateRegistry: "" }).options.privateRegistry, "", "an empty registry answer means none");
});

test("the allocator is asked about only for musl runtimes", () => {
  const allocator = FIELDS.find((f) => f.key === "allocator")!;
  assert.ok(allocator.askWhen?.({ runtime: "alpine" }));
  assert.not.ok(allocator.askWhen?.({ runtime: "debian-slim" }));
});

test("ports: bounds and non-numbers", () => {
  for (const bad of ["0", "65536", "-1", "80a", "", "8.5"]) assert.is(resolveAnswers({ port: bad }).problems.length, 1, bad);
  for (const good of ["1", "80", "65535"]) assert.equal(resolveAnswers({ port: good }).options.port, Number(good));
});

test("crate names follow Cargo's rules", () => {
  const cases: [string, string | undefined][] = [
    ["my-service", undefined],
    ["my_service2", undefined],
    ["", "must not be empty"],
    ["a".repeat(65), "must be at most 64 characters"],
    ["my service", 'contains " ": use ASCII letters, digits, "-" and "_" only'],
    ["café", 'contains "é": use ASCII letters, digits, "-" and "_" only'],
    ["9lives", "must start with an ASCII letter"],
    ["_private", "must start with an ASCII letter"],
    ["fn", "is a Rust keyword"],
    ["async", "is a Rust keyword"],
    ["std", "conflicts with a Rust built-in library"],
    ["test", "conflicts with a Rust built-in library"],
    ["deps", "conflicts with a Cargo build directory name"],
    ["nul", "is a reserved file name on Windows"],
    ["COM1", "is a reserved file name on Windows"],
  ];
  for (const [name, problem] of cases) assert.is(crateNameProblem(name), problem, name);
});

test("directory names become crate-name defaults", () => {
  assert.is(crateNameFromDirectory("My Service"), "my-service");
  assert.is(crateNameFromDirectory("2024_api!"), "api");
  assert.is(withDefaults({}, "/tmp/Orders API").name, "orders-api");
  assert.is(withDefaults({}, "/tmp/---").name, "rust-service");
});

test("Rocket cannot serve TLS through OpenSSL; everything else combines", () => {
  assert.not.ok(isSupported("rocket", "openssl-vendored"));
  for (const fw of ["axum", "actix-web"] as const) for (const tls of ["rustls", "openssl-vendored", "none"] as const) assert.ok(isSupported(fw, tls));
  assert.equal(combinationProblems({ framework: "rocket", tls: "openssl-vendored" }), [
    "Rocket cannot serve TLS through OpenSSL (vendored): choose --tls rustls or --tls none",
  ]);
  const tlsField = FIELDS.find((f) => f.key === "tls")!;
  assert.equal(allowedChoices(tlsField, { framework: "rocket" }), ["rustls", "none"]);
});

test("missing required fields and defaults", () => {
  assert.equal(missingRequired({ framework: "axum" }).map((f) => f.flag), ["tls", "runtime"]);
  assert.equal(withDefaults({ framework: "rocket" }, "/x/svc"), {
    framework: "rocket",
    name: "svc",
    tls: "rustls",
    runtime: "distroless-cc",
    platforms: ["linux/amd64"],
    port: 8080,
    profile: "speed",
    deploy: ["compose"],
    ci: "github",
    database: "none",
    cache: "none",
    observability: ["metrics", "traces"],
    metricsPort: 0,
    serviceMonitor: false,
    allocator: "system",
    offlineBuild: false,
    auditable: true,
    privateRegistry: "",
  });
  assert.is(withDefaults({ runtime: "scratch" }, "/x/svc").allocator, "mimalloc", "musl's allocator is the slow one");
  assert.equal(resolveAnswers({ deploy: "fly,kubernetes,fly" }).options.deploy, ["compose", "kubernetes", "fly"]);
});

test.run();
