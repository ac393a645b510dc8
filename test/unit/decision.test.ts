// The kit's decision as a table: crate facts and answers in, each value and its evidence out.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { decide, filesAsked, healthDefault, type DecisionAnswers, type DecisionFacts, type KitDecision } from "../../generators/kit/decision.js";
import { evidenceText, noteLines, valueLines } from "../../generators/kit/report.js";
import type { ConfigArg, HealthRoute, MetricsEndpoint, RunFacts } from "../../generators/kit/scan/scan.js";
import type { CliOption } from "../../generators/kit/scan/cli-options.js";
import { HEALTH_PATHS } from "../../generators/kit/scan/source-rules.js";
import type { Decided, Evidence, Healthcheck, Scrape } from "../../generators/domain.js";
import { backingFindings, backingUse, nativeTools, type NativeTool } from "../../generators/kit/findings.js";
import type { Runtime } from "../../generators/catalog/catalog.js";
import type { KitOptions } from "../../generators/options/options.js";

const NOTHING: RunFacts = {
  routes: [],
  metricsEndpoints: [],
  loopback: [],
  listenVars: [],
  http: true,
  embedded: [],
  servedDirs: [],
  requiredFeatures: [],
  handlesSigterm: true,
  healthCandidates: [],
  envReads: [],
  addressVars: [],
  dataDirs: [],
  homeDirs: [],
  configProblems: [],
  configFiles: [],
  requiredEnv: [],
  optionalSettings: [],
  startArgs: { requiredArgs: [] },
  cliOptions: [],
};
const NO_ANSWERS: KitOptions = { healthcheckArgs: [], cargoFeatures: [], env: [], dataDirs: [] };
const at = (line: number, shape: string): Evidence => ({ kind: "code", file: "src/main.rs", line, shape });
const where = (line: number) => ({ file: "src/main.rs", line });
const probe = (path: string, port = 8080): Healthcheck => ({ kind: "probe", url: `http://127.0.0.1:${port}${path}` });
const tcp = (port = 8080): Healthcheck => ({ kind: "probe", url: `tcp://127.0.0.1:${port}` });
const DEFAULT = { kind: "default" } as const;
const flag = (f: string) => ({ kind: "flag", flag: f }) as const;
const saved = (f: string) => ({ kind: "saved", flag: f }) as const;
const verified = (observed: string) => ({ kind: "verify", observed }) as const;

interface Case {
  run?: Partial<RunFacts>;
  facts?: Partial<Omit<DecisionFacts, "run">>;
  kit?: Partial<KitOptions>;
  port?: number;
  given?: DecisionAnswers["given"];
}
function decideCase(c: Case): KitDecision {
  return decide(
    { run: { ...NOTHING, ...c.run }, bin: { value: "app", from: DEFAULT }, nativeTools: [], files: [], crossCompile: false, wiredEnv: [], buildNotes: [], exporters: [], ...c.facts },
    { kit: { ...NO_ANSWERS, ...c.kit }, port: c.port ?? 8080, given: c.given ?? {} },
  );
}

const PORT_FOUND = { ...where(12), port: 3000, shape: "SocketAddr" };
// [case, facts and answers, the port decided]
const PORTS: [string, Case, KitDecision["port"]][] = [
  ["the code's port", { run: { port: PORT_FOUND }, port: 3000 }, { value: 3000, from: at(12, "SocketAddr") }],
  ["--port wins, the code's is named as not used", { run: { port: PORT_FOUND }, port: 9000, given: { port: flag("--port") } }, { value: 9000, from: flag("--port"), instead: { value: 3000, from: at(12, "SocketAddr") } }],
  ["a saved --port that agrees with the code", { run: { port: PORT_FOUND }, port: 3000, given: { port: saved("--port") } }, { value: 3000, from: saved("--port") }],
  ["verify's port", { run: { port: PORT_FOUND }, port: 4000, given: { port: verified("it listens on 0.0.0.0:4000") } }, { value: 4000, from: verified("it listens on 0.0.0.0:4000"), instead: { value: 3000, from: at(12, "SocketAddr") } }],
  ["nothing found: the default", {}, { value: 8080, from: DEFAULT }],
];
for (const [name, c, expected] of PORTS) test(`port: ${name}`, () => assert.equal(decideCase(c).port, expected));

const ROUTE = { ...where(30), path: "/healthz", shape: '.route("…")' };
// [case, facts and answers, the healthcheck decided]
const HEALTH: [string, Case, KitDecision["healthcheck"]][] = [
  ["the code's route", { run: { routes: [ROUTE] } }, { value: probe("/healthz"), from: at(30, '.route("…")') }],
  ["the framework's own route", { run: { framework: "loco-rs" } }, { value: probe("/_ping"), from: { kind: "framework", framework: "Loco", why: "serves /_ping" } }],
  ["an HTTP server without a route: the port, by default", {}, { value: tcp(), from: { kind: "default", why: `no health route: looked for ${HEALTH_PATHS.join(", ")}; add one and re-run for an HTTP check` } }],
  ["no HTTP server", { run: { http: false } }, { value: tcp(), from: { kind: "default", why: "no HTTP server crate" } }],
  [
    "a Unix socket by default: none",
    { run: { unixSocket: { ...where(27), condition: "settings.use_unix_socket" } } },
    { value: { kind: "none" }, from: at(27, "listens on a Unix socket when settings.use_unix_socket, on TCP only otherwise: by default no port listens to probe (--healthcheck tcp if you run it on TCP)") },
  ],
  ["its metrics endpoint when it has no health route", { run: { routes: [{ ...ROUTE, path: "/metrics", metrics: true }] } }, { value: probe("/metrics"), from: at(30, '.route("…"); no health route, /metrics is its metrics endpoint') }],
  [
    "--health-path wins over the code's route",
    { run: { routes: [ROUTE] }, kit: { healthcheck: "probe", healthPath: "/up" }, given: { "health-path": flag("--health-path"), healthcheck: flag("--health-path") } },
    { value: probe("/up"), from: flag("--health-path"), instead: { value: probe("/healthz"), from: at(30, '.route("…")') } },
  ],
  ["a saved --healthcheck tcp", { run: { routes: [ROUTE] }, kit: { healthcheck: "tcp" }, given: { healthcheck: saved("--healthcheck") } }, { value: tcp(), from: saved("--healthcheck"), instead: { value: probe("/healthz"), from: at(30, '.route("…")') } }],
  ["--healthcheck probe keeps the code's route: nothing replaced", { run: { routes: [ROUTE] }, kit: { healthcheck: "probe" }, given: { healthcheck: flag("--healthcheck") } }, { value: probe("/healthz"), from: flag("--healthcheck") }],
  ["its own subcommand", { kit: { healthcheck: "subcommand", healthcheckArgs: ["healthcheck"] } }, { value: { kind: "subcommand", args: ["healthcheck"] }, from: flag("--healthcheck-cmd") }],
  [
    "verify's route",
    { run: { routes: [ROUTE] }, kit: { healthcheck: "probe", healthPath: "/api/health" }, given: { "health-path": verified("GET /healthz did not answer 2xx") } },
    { value: probe("/api/health"), from: verified("GET /healthz did not answer 2xx"), instead: { value: probe("/healthz"), from: at(30, '.route("…")') } },
  ],
];
for (const [name, c, expected] of HEALTH) test(`healthcheck: ${name}`, () => assert.equal(decideCase(c).healthcheck, expected));

const ROCKET_FW = { kind: "framework", framework: "Rocket", why: "reads ROCKET_ADDRESS and ROCKET_PORT" } as const;
const CONFIG_ADDRESS = { file: "config.toml", line: 2, key: "server.address", host: "127.0.0.1", port: 8000, envName: "SERVER__ADDRESS" };
// [case, facts and answers, the environment decided]
const ENV: [string, Case, KitDecision["env"]][] = [
  ["a framework's listen variables", { run: { framework: "rocket" } }, [{ value: ["ROCKET_ADDRESS", "0.0.0.0"], from: ROCKET_FW }, { value: ["ROCKET_PORT", "8080"], from: ROCKET_FW }]],
  [
    "a Rocket configuration of its own reads its own prefix",
    { run: { framework: "rocket", ownRocketConfig: { ...where(7), envPrefix: "PASTE_" } } },
    [
      { value: ["PASTE_ADDRESS", "0.0.0.0"], from: at(7, "launches Rocket with its own configuration, read from PASTE_* variables") },
      { value: ["PASTE_PORT", "8080"], from: at(7, "launches Rocket with its own configuration, read from PASTE_* variables") },
    ],
  ],
  ["a framework variable by the file that exists", { run: { framework: "loco-rs" }, facts: { files: ["config/production.yaml"] } }, [{ value: ["LOCO_ENV", "production"], from: { kind: "framework", framework: "Loco", why: "reads LOCO_ENV; config/production.yaml exists" } }]],
  ["a framework variable without the file", { run: { framework: "loco-rs" } }, [{ value: ["LOCO_ENV", "development"], from: { kind: "framework", framework: "Loco", why: "reads LOCO_ENV" } }]],
  [
    "listen variables the code reads (HOST and PORT are the image's own)",
    { run: { listenVars: [{ ...where(3), name: "APP_PORT", kind: "port" }, { ...where(4), name: "HOST", kind: "host" }, { ...where(5), name: "APP_ENV", kind: "environment" }] }, facts: { productionConfig: "config/production.toml" } },
    [
      { value: ["APP_PORT", "8080"], from: at(3, "reads APP_PORT") },
      { value: ["APP_ENV", "production"], from: at(5, "reads APP_ENV; config/production.toml exists") },
    ],
  ],
  [
    "a loopback address in its configuration, overridden by config-rs's variable",
    { run: { configAddress: CONFIG_ADDRESS } },
    [{ value: ["SERVER__ADDRESS", "0.0.0.0:8080"], from: { kind: "config", file: "config.toml:2", key: "server.address", why: "127.0.0.1:8000; config-rs reads SERVER__ADDRESS over that value" } }],
  ],
  [
    "a port key in its configuration that differs from the image's port: config-rs's variable gets the port alone",
    { run: { configAddress: { file: "config.toml", line: 2, key: "server.port", port: 7000, envName: "APP__SERVER__PORT" } } },
    [{ value: ["APP__SERVER__PORT", "8080"], from: { kind: "config", file: "config.toml:2", key: "server.port", why: "7000; config-rs reads APP__SERVER__PORT over that value" } }],
  ],
  ["a port key the image's port agrees with: nothing to set", { run: { configAddress: { file: "config.toml", line: 2, key: "server.port", port: 8080, envName: "APP__SERVER__PORT" } } }, []],
  [
    "a config-rs listen field with no value in the crate: its variable",
    { run: { configListenField: { ...where(8), key: "server.address", envName: "APP__SERVER__ADDRESS" } } },
    [{ value: ["APP__SERVER__ADDRESS", "0.0.0.0:8080"], from: at(8, "reads its listen address from server.address: config-rs, no value in the crate; it reads APP__SERVER__ADDRESS over the config file") }],
  ],
  [
    "--env replaces a detected value, naming it",
    { run: { framework: "rocket" }, kit: { env: [["ROCKET_ADDRESS", "::"], ["EXTRA", "1"]] }, given: { "env:ROCKET_ADDRESS": flag("--env") } },
    [
      { value: ["ROCKET_PORT", "8080"], from: ROCKET_FW },
      { value: ["ROCKET_ADDRESS", "::"], from: flag("--env"), instead: { value: ["ROCKET_ADDRESS", "0.0.0.0"], from: ROCKET_FW } },
      { value: ["EXTRA", "1"], from: flag("--env") },
    ],
  ],
  ["verify's variable", { kit: { env: [["BIND_ADDR", "0.0.0.0:8080"]] }, given: { "env:BIND_ADDR": verified("it listens on 127.0.0.1:8080 only") } }, [{ value: ["BIND_ADDR", "0.0.0.0:8080"], from: verified("it listens on 127.0.0.1:8080 only") }]],
  [
    "a health route behind a variable: the image sets it",
    { run: { routes: [{ ...ROUTE, enabledBy: { name: "ENABLE_HEALTH", value: "1" } }] } },
    [{ value: ["ENABLE_HEALTH", "1"], from: at(30, "/healthz is registered only when ENABLE_HEALTH is set") }],
  ],
  [
    "a loopback default of an address variable: the image sets the variable",
    { run: { loopback: [{ ...where(9), text: 'env::var("BIND").unwrap_or("127.0.0.1:3000".into())' }], addressVars: [["BIND", "0.0.0.0:{port}"]] } },
    [{ value: ["BIND", "0.0.0.0:8080"], from: at(9, "defaults to loopback") }],
  ],
];
for (const [name, c, expected] of ENV) test(`env: ${name}`, () => assert.equal(decideCase(c).env, expected));

const SERVE = { ...where(15), name: "serve", hostArg: "host", portArg: "port", otherCommands: [{ name: "client", from: 20, to: 25 }] };
const LISTEN_OPTION: CliOption = { ...where(9), field: "listen_address", flag: "--listen-address", valueName: "LISTEN_ADDRESS", default: "127.0.0.1:3000", required: false, type: "SocketAddr" };
// [case, facts and answers, the command decided]
const COMMANDS: [string, Case, KitDecision["cmd"]][] = [
  ["none: the binary's own defaults", {}, []],
  ["a serve subcommand with its listen options", { run: { serve: SERVE } }, [{ value: ["serve", "--host", "0.0.0.0", "--port", "8080"], from: at(15, "the `serve` subcommand") }]],
  ["the framework's own command", { run: { framework: "loco-rs" } }, [{ value: ["start", "--binding", "0.0.0.0", "--port", "8080"], from: { kind: "framework", framework: "Loco", why: "serves through `start`" } }]],
  ["a listen address as its first argument", { run: { startArgs: { addressArg: { ...where(5), name: "ADDR" }, requiredArgs: [] } } }, [{ value: ["0.0.0.0:8080"], from: at(5, "takes its listen address as an argument (ADDR)") }]],
  ["its own listen option", { run: { listenOption: LISTEN_OPTION } }, [{ value: ["--listen-address", "0.0.0.0:8080"], from: at(9, "--listen-address sets where it listens (default 127.0.0.1:3000)") }]],
  [
    "a flag a health route needs, as a part of its own",
    { run: { serve: SERVE, routes: [{ ...ROUTE, enabledBy: { flag: "--with-health" } }] } },
    [
      { value: ["serve", "--host", "0.0.0.0", "--port", "8080"], from: at(15, "the `serve` subcommand") },
      { value: ["--with-health"], from: at(30, "/healthz is registered only with --with-health") },
    ],
  ],
  [
    "a directory argument it creates: the image passes one of its own",
    { run: { serve: { ...SERVE, hostArg: undefined, portArg: undefined }, startArgs: { requiredArgs: [{ ...where(32), name: "DATA_ROOT", dataDir: "/app/data-root", createdAt: where(48) }, { ...where(33), name: "PEER" }] } } },
    [
      { value: ["serve"], from: at(15, "the `serve` subcommand") },
      { value: ["/app/data-root"], from: at(32, "it needs the argument DATA_ROOT to start, a directory it creates (src/main.rs:48)") },
    ],
  ],
  ["--cmd wins, naming what the code asked for", { run: { serve: SERVE }, kit: { cmd: ["run"] } }, [{ value: ["run"], from: flag("--cmd"), instead: { value: ["serve", "--host", "0.0.0.0", "--port", "8080"], from: at(15, "the `serve` subcommand") } }]],
  ["verify's command", { kit: { cmd: ["--root", "/app/root"] }, given: { cmd: verified("it asked for ROOT") } }, [{ value: ["--root", "/app/root"], from: verified("it asked for ROOT") }]],
];
for (const [name, c, expected] of COMMANDS) test(`command: ${name}`, () => assert.equal(decideCase(c).cmd, expected));

// [case, facts and answers, stop signal and init decided]
const SIGNALS: [string, Case, [KitDecision["stopSignal"], KitDecision["init"]]][] = [
  ["it handles SIGTERM", {}, [{ value: "SIGTERM", from: DEFAULT }, { value: "none", from: { kind: "default", why: "the binary handles its stop signal" } }]],
  ["only Ctrl-C", { run: { handlesSigterm: false, interruptOnly: where(8) } }, [{ value: "SIGINT", from: at(8, "handles Ctrl-C (SIGINT) but nothing handles SIGTERM") }, { value: "none", from: { kind: "default", why: "the binary handles its stop signal" } }]],
  ["no signal at all: tini", { run: { handlesSigterm: false } }, [{ value: "SIGTERM", from: DEFAULT }, { value: "tini", from: { kind: "default", why: "nothing in the code handles SIGTERM or SIGINT" } }]],
  ["no signal, a multi-platform build: no tini", { run: { handlesSigterm: false }, facts: { crossCompile: true } }, [{ value: "SIGTERM", from: DEFAULT }, { value: "none", from: { kind: "default", why: "nothing in the code handles SIGTERM or SIGINT" } }]],
  ["--init none", { run: { handlesSigterm: false }, kit: { init: "none" }, given: { init: saved("--init") } }, [{ value: "SIGTERM", from: DEFAULT }, { value: "none", from: saved("--init") }]],
  ["verify's tini", { kit: { init: "tini" }, given: { init: verified("docker stop waited 10.2 s") } }, [{ value: "SIGTERM", from: DEFAULT }, { value: "tini", from: verified("docker stop waited 10.2 s") }]],
];
for (const [name, c, expected] of SIGNALS)
  test(`signals: ${name}`, () => {
    const d = decideCase(c);
    assert.equal([d.stopSignal, d.init], expected);
  });

test("a multi-platform build that wants tini says what covers it instead", () => {
  const d = decideCase({ run: { handlesSigterm: false }, facts: { crossCompile: true } });
  assert.ok(d.notes.some((n) => /multi-platform build cannot install tini/.test(n.action)));
  assert.not.ok(decideCase({ run: { handlesSigterm: false } }).notes.some((n) => /tini/.test(n.action)));
});

test("data dirs: each place the code writes (two may share a directory), then the answers' not among them", () => {
  const d = decideCase({
    run: { dataDirs: [{ ...where(6), dir: "/app/data", path: "/app/data/db", shape: "create_dir_all" }, { ...where(7), dir: "/app/data", path: "/app/data/kv", shape: "a storage setting" }] },
    kit: { dataDirs: ["/app/data", "/var/cache/app"] },
    given: { "data-dir": verified("it could not write /var/cache/app") },
  });
  assert.equal(d.dataDirs, [
    { value: "/app/data", from: at(6, "create_dir_all; writes /app/data/db at run time") },
    { value: "/app/data", from: at(7, "a storage setting; writes /app/data/kv at run time") },
    { value: "/var/cache/app", from: verified("it could not write /var/cache/app") },
  ]);
});

test("required arguments: a directory it creates is a data dir the image passes; another is the user's, with the command to give", () => {
  const d = decideCase({ run: { startArgs: { requiredArgs: [{ ...where(32), name: "DATA_ROOT", dataDir: "/app/data-root" }, { ...where(33), name: "PEER" }] } } });
  assert.equal(d.dataDirs, [{ value: "/app/data-root", from: at(32, "the image passes it as the argument DATA_ROOT") }]);
  assert.equal(d.notes, [{ found: "src/main.rs:33 needs the argument PEER to start", action: 'yours to provide: run it with --cmd "/app/data-root <PEER>" (without it the binary exits with a usage error)', warn: true }]);
  const given = decideCase({ run: { startArgs: { requiredArgs: [{ ...where(32), name: "DATA_ROOT", dataDir: "/app/data-root" }] } }, kit: { cmd: ["/srv/root"] } });
  assert.equal([given.dataDirs, given.notes], [[], []], "--cmd gives its own arguments");
});

test("a configuration file it needs: where to mount it, and the command that names it (a global option before the subcommand)", () => {
  const action = (configArg: ConfigArg) => decideCase({ run: { serve: { ...SERVE, hostArg: undefined, portArg: undefined }, startArgs: { configArg, requiredArgs: [] } } }).notes[0].action;
  assert.is(action({ ...where(11), name: "--config", global: true }), 'yours to provide: mount one (e.g. at /app/config.toml) and run it with --cmd "--config /app/config.toml serve" (without it the binary exits with a usage error)');
  assert.is(action({ ...where(11), name: "--config" }), 'yours to provide: mount one (e.g. at /app/config.toml) and run it with --cmd "serve --config /app/config.toml" (without it the binary exits with a usage error)');
  assert.is(action({ ...where(11), name: "CONFIG", defaultFile: "store.toml", inCode: true }), "yours to provide: mount one at /app/store.toml (without it the binary exits at start)");
});

test("per-user directories: HOME becomes the image's state directory, a data dir, unless --env gives HOME", () => {
  const homeDirs = [{ ...where(5), path: "~/.local/share/app", call: "dirs::data_dir()" }, { ...where(9), path: "~/.config/app", call: "dirs::config_dir()" }];
  const d = decideCase({ run: { homeDirs } });
  const from = at(5, "dirs::data_dir(); writes ~/.local/share/app at run time");
  assert.equal([d.env, d.dataDirs], [[{ value: ["HOME", "/var/lib/app"], from }], [{ value: "/var/lib/app", from }]]);
  assert.equal(d.notes.map((n) => n.found), ["src/main.rs:5 writes ~/.local/share/app at run time (dirs::data_dir())", "src/main.rs:9 writes ~/.config/app at run time (dirs::config_dir())"]);
  const given = decideCase({ run: { homeDirs }, kit: { env: [["HOME", "/data"]] } });
  assert.equal([given.env.map((e) => e.value), given.dataDirs], [[["HOME", "/data"]], []]);
  assert.is(given.notes[0].action, "under HOME=/data (--env)");
  // Where HOME came from is the note's: a --verify correction, a saved answer.
  const observed = "it wrote /data/.cache at start";
  const corrected = decideCase({ run: { homeDirs }, kit: { env: [["HOME", "/data"]] }, given: { "env:HOME": verified(observed) } });
  assert.is(corrected.notes[0].action, `under HOME=/data (verify: ${observed})`);
  assert.is(decideCase({ run: { homeDirs }, kit: { env: [["HOME", "/data"]] }, given: { "env:HOME": saved("--env") } }).notes[0].action, "under HOME=/data (--env, saved in .rust-container.json)");
});

test("a config file its parser rejects is a warning naming its line; none without one", () => {
  const d = decideCase({ run: { configProblems: [{ file: "config.toml", line: 3, problem: "Invalid TOML document: unexpected character" }] } });
  assert.equal(d.notes.map((n) => [n.found, n.warn]), [["config.toml:3 does not parse (Invalid TOML document: unexpected character)", true]]);
  assert.equal(decideCase({}).notes, []);
});

test("required env: only what nothing sets (the image, an answer, compose's backing services)", () => {
  const need = (name: string, line: number) => ({ ...where(line), name, shape: "env::var(…).expect(…)" });
  const d = decideCase({
    run: { requiredEnv: [need("API_TOKEN", 2), need("HOME", 3), need("GIVEN", 4), need("DATABASE_URL", 5)] },
    kit: { env: [["GIVEN", "x"]] },
    facts: { wiredEnv: ["DATABASE_URL"] },
  });
  assert.equal(d.requiredEnv, [{ value: "API_TOKEN", from: at(2, "env::var(…).expect(…)") }]);
});

test("bind: a loopback default the image overrides, one in another subcommand, a second listener, and one left to fix", () => {
  const bind = (line: number, text: string, secondListener?: string) => ({ ...where(line), text, ...(secondListener ? { secondListener } : {}) });
  const d = decideCase({
    run: {
      serve: SERVE,
      listenVars: [{ ...where(16), name: "APP_HOST", kind: "host" }],
      loopback: [bind(17, '#[arg(env = "APP_HOST", default_value = "127.0.0.1")]'), bind(22, 'default_value = "127.0.0.1"'), bind(40, '"127.0.0.1:9100"', "metrics_addr"), bind(50, 'TcpListener::bind("127.0.0.1:8080")')],
    },
  });
  assert.equal(d.bind.map((b) => [b.at.line, b.fix]), [
    [17, { kind: "overridden", by: "APP_HOST" }],
    [22, { kind: "other-command", command: "client", serve: "serve" }],
    [40, { kind: "second-listener", name: "metrics_addr" }],
    [50, { kind: "none" }],
  ]);
});

test("the files the decision asks about are the framework's own", () => {
  assert.equal(filesAsked({ framework: "loco-rs" }), ["config/production.yaml"]);
  assert.equal(filesAsked({ framework: "rocket" }), []);
  assert.equal(filesAsked({}), []);
});

// [rows the build calls for, the runtime, the build scripts read; each tool decided, with where its need was read]
const NATIVE: [string, string[], Runtime, Map<string, string[]> | undefined, Decided<NativeTool>[]][] = [
  ["a library the lock names", ["pq-sys"], "debian-slim", undefined, [{ value: { library: "PostgreSQL client (libpq)", install: "pkg-config libpq-dev in the builder; libpq5 at run time" }, from: { kind: "config", file: "Cargo.lock", key: "pq-sys" } }]],
  ["a linker .cargo/config.toml names", ["linker-lld"], "distroless-cc", undefined, [{ value: { library: "the lld linker", install: "lld in the builder" }, from: { kind: "config", file: ".cargo/config.toml", key: "linker" } }]],
  [
    "a tool the build scripts run",
    ["cmake"],
    "distroless-cc",
    new Map([["cmake", ["aws-lc-sys"]]]),
    [{ value: { library: "CMake (a build script runs it)", install: "cmake in the builder" }, from: { kind: "config", file: "Cargo.lock", key: "aws-lc-sys", why: "its build script runs it" } }],
  ],
];
for (const [name, libs, runtime, runners, expected] of NATIVE) test(`native tools: ${name}`, () => assert.equal(nativeTools(libs, runtime, runners), expected));

// [evidence, as the report names it]
const EVIDENCE: [Evidence, string][] = [
  [flag("--port"), "--port"],
  [saved("--port"), "--port, saved in .rust-container.json"],
  [verified("it listens on 0.0.0.0:3000, not on 8080: the port becomes 3000"), "verify: it listens on 0.0.0.0:3000, not on 8080: the port becomes 3000"],
  [at(12, "SocketAddr"), "code src/main.rs:12 (SocketAddr)"],
  [{ kind: "config", file: "Cargo.toml", key: "default-run" }, "config Cargo.toml default-run"],
  [{ kind: "framework", framework: "Loco", why: "serves /_ping" }, "framework Loco (serves /_ping)"],
  [DEFAULT, "default"],
];
for (const [evidence, text] of EVIDENCE) test(`evidence: ${evidence.kind}`, () => assert.is(evidenceText(evidence), text));

test("report: every value line names its evidence, and the value an answer replaced", () => {
  const d = decideCase({ run: { port: PORT_FOUND, serve: SERVE, routes: [ROUTE], handlesSigterm: false }, port: 9000, given: { port: flag("--port") } });
  assert.equal(valueLines(d), [
    "binary app — default",
    "port 9000 — --port; not used: 3000 — code src/main.rs:12 (SocketAddr)",
    "command serve --host 0.0.0.0 --port 9000 — code src/main.rs:15 (the `serve` subcommand)",
    "healthcheck GET /healthz — code src/main.rs:30 (.route(\"…\"))",
    "stop signal SIGTERM — default",
    "init tini as PID 1 — default (nothing in the code handles SIGTERM or SIGINT)",
  ]);
  const parts = decideCase({ run: { serve: SERVE, routes: [{ ...ROUTE, enabledBy: { flag: "--with-health" } }] } });
  assert.is(valueLines(parts)[2], "command serve --host 0.0.0.0 --port 8080 --with-health — serve --host 0.0.0.0 --port 8080: code src/main.rs:15 (the `serve` subcommand); --with-health: code src/main.rs:30 (/healthz is registered only with --with-health)");
  assert.is(valueLines(decideCase({}))[2], "command (no arguments) — default");
});

test("report: the notes keep what stays the user's as warnings, after the build's notes", () => {
  const d = decide(
    {
      run: { ...NOTHING, loopback: [{ ...where(50), text: 'bind("127.0.0.1:8080")' }], requiredEnv: [{ ...where(2), name: "API_TOKEN", shape: "env::var(…)?" }] },
      bin: { value: "app", from: DEFAULT },
      nativeTools: [],
      files: [],
      exporters: [],
      crossCompile: false,
      wiredEnv: [],
      buildNotes: [{ found: "Cargo.lock: pq-sys", action: "libpq-dev in the builder" }],
    },
    { kit: NO_ANSWERS, port: 8080, given: {} },
  );
  assert.equal(noteLines(d), [
    { found: "Cargo.lock: pq-sys", action: "libpq-dev in the builder" },
    { found: 'src/main.rs:50 binds loopback: bind("127.0.0.1:8080")', action: "unreachable from outside a container: bind 0.0.0.0 (or read HOST) instead", warn: true },
    { found: "src/main.rs:2 needs API_TOKEN to start (env::var(…)?)", action: "yours to provide: the compose file lists it (commented) to fill in; docker run -e API_TOKEN=…; a Secret in Kubernetes", warn: true },
  ]);
});

test("report: a long code line is quoted around its loopback address, a short one whole", () => {
  const filler = "let table = [1, 2, 3]; ".repeat(500);
  const noted = (text: string) => noteLines(decideCase({ run: { loopback: [{ ...where(1), text }] } }))[0].found;
  const long = noted(`${filler}bind("127.0.0.1:8080"); ${filler}`);
  assert.ok(long.length < 200, `quoted ${long.length} characters`);
  assert.match(long, /^src\/main\.rs:1 binds loopback: ….*bind\("127\.0\.0\.1:8080"\).*…$/);
  assert.is(noted('bind("127.0.0.1:8080")'), 'src/main.rs:1 binds loopback: bind("127.0.0.1:8080")');
});

const route = (path: string): HealthRoute => ({ path, shape: ".route(\"…\")", file: "src/main.rs", line: 1 });
// [what is known: --health-path, routes in the code, framework; the healthcheck when no style is chosen]
const UNIX_SOCKET = { file: "src/socket.rs", line: 3, condition: "settings.use_unix_socket" };
const HEALTH_DEFAULTS: [string, { healthPath?: string; routes: HealthRoute[]; framework?: string; unixSocket?: typeof UNIX_SOCKET }, ReturnType<typeof healthDefault>][] = [
  ["--health-path wins over the code and the framework", { healthPath: "/up", routes: [route("/healthz")], framework: "loco-rs" }, { style: "probe", route: "/up" }],
  ["the first route the code registers wins over the framework's", { routes: [route("/healthz"), route("/readyz")], framework: "loco-rs" }, { style: "probe", route: "/healthz" }],
  ["the framework's own route", { routes: [], framework: "loco-rs" }, { style: "probe", route: "/_ping" }],
  ["a framework that registers none", { routes: [], framework: "rocket" }, { style: "tcp" }],
  ["nothing: only the port", { routes: [] }, { style: "tcp" }],
  ["a Unix socket by default: no port to probe", { routes: [], unixSocket: UNIX_SOCKET }, { style: "none" }],
  ["a route the code registers wins over a Unix socket", { routes: [route("/healthz")], unixSocket: UNIX_SOCKET }, { style: "probe", route: "/healthz" }],
];
for (const [name, known, expected] of HEALTH_DEFAULTS)
  test(`health default (the prompt's and the decision's): ${name}`, () => {
    assert.equal(healthDefault({ healthPath: known.healthPath }, { routes: known.routes, framework: known.framework, unixSocket: known.unixSocket }), expected);
  });

const METRICS_ROUTE: HealthRoute = { ...where(40), path: "/metrics", shape: ".route(…)", metrics: true };
const ACTIX_PROM: MetricsEndpoint = { ...where(22), exporter: "actix-web-prom", shape: 'actix-web-prom: .endpoint("/metrics")', path: "/metrics" };
const listenerAt = (port: number | undefined, loopback = false): MetricsEndpoint => ({
  ...where(60),
  exporter: "metrics-exporter-prometheus",
  shape: "metrics-exporter-prometheus: .with_http_listener(…)",
  path: "/metrics",
  listener: { port, loopback },
});
// [case, facts, where Prometheus scrapes (undefined: nowhere), a note about it]
const SCRAPES: [string, Case, Scrape | undefined, RegExp | undefined][] = [
  ["a /metrics route on its router: the service's port", { run: { routes: [METRICS_ROUTE] }, facts: { exporters: ["prometheus"] } }, { port: 8080, path: "/metrics", separate: false }, undefined],
  ["a /metrics route without an exporter crate (hand-written text) still counts", { run: { routes: [METRICS_ROUTE] } }, { port: 8080, path: "/metrics", separate: false }, undefined],
  ["actix-web-prom's endpoint on the service's port", { run: { metricsEndpoints: [ACTIX_PROM] }, facts: { exporters: ["actix-web-prom"] } }, { port: 8080, path: "/metrics", separate: false }, undefined],
  ["the exporter's endpoint in code the build does not compile: nothing", { run: { metricsEndpoints: [ACTIX_PROM] } }, undefined, undefined],
  [
    "an exporter's own listener on every interface: that port, separate",
    { run: { metricsEndpoints: [listenerAt(9000)] }, facts: { exporters: ["metrics-exporter-prometheus"] } },
    { port: 9000, path: "/metrics", separate: true },
    undefined,
  ],
  ["its own listener on loopback: nothing, and a note", { run: { metricsEndpoints: [listenerAt(9000, true)] }, facts: { exporters: ["metrics-exporter-prometheus"] } }, undefined, /binds loopback/],
  ["its own listener where the configuration says: nothing, and a note", { run: { metricsEndpoints: [listenerAt(undefined)] }, facts: { exporters: ["metrics-exporter-prometheus"] } }, undefined, /from its configuration/],
  ["an exporter crate alone: nothing, and a note", { facts: { exporters: ["prometheus"] } }, undefined, /prometheus in the build .*no metrics route or listener found/],
  ["no exporter, no route: nothing, no note", {}, undefined, undefined],
  ["a health route is no metrics endpoint", { run: { routes: [{ ...where(10), path: "/health", shape: ".route(…)" }] } }, undefined, undefined],
];

for (const [title, c, want, note] of SCRAPES)
  test(`metrics: ${title}`, () => {
    const d = decideCase(c);
    assert.equal(d.scrape?.value, want);
    const notes = d.notes.map((n) => `${n.found}: ${n.action}`).join("\n");
    if (note) assert.match(notes, note);
    else assert.not.match(notes, /metrics|scrape/);
  });

test("metrics: the route wins over an exporter's listener, and the report names its evidence", () => {
  const d = decideCase({ run: { routes: [METRICS_ROUTE], metricsEndpoints: [listenerAt(9000)] }, facts: { exporters: ["metrics-exporter-prometheus"] } });
  assert.equal(d.scrape, { value: { port: 8080, path: "/metrics", separate: false }, from: at(40, ".route(…): its metrics route") });
  assert.ok(valueLines(d).includes("metrics GET /metrics on port 8080 — code src/main.rs:40 (.route(…): its metrics route)"), valueLines(d).join("\n"));
  const own = decideCase({ run: { metricsEndpoints: [listenerAt(9000)] }, facts: { exporters: ["metrics-exporter-prometheus"] } });
  assert.ok(valueLines(own).some((l) => l.startsWith("metrics GET /metrics on port 9000 (its own listener) — code src/main.rs:60")), valueLines(own).join("\n"));
  assert.not.ok(valueLines(decideCase({})).some((l) => l.startsWith("metrics")));
});

test("backing services: a client the build compiles runs a service unless the code reads its address only as optional", () => {
  const crates = new Set(["sqlx-postgres", "redis"]);
  const optionalUrl = { name: "DATABASE_URL", flag: "--database-url", ...where(8) };
  const use = (run: Partial<RunFacts>) => backingUse(crates, { envReads: [], requiredEnv: [], optionalSettings: [], ...run });
  // Nothing read: the client alone decides (the address may come from its config file).
  assert.equal(use({}).answers, { database: "postgres", cache: "redis" });
  // Read only as optional: no service, and the report says which setting turns it on.
  const optional = use({ envReads: ["DATABASE_URL"], optionalSettings: [optionalUrl] });
  assert.equal([optional.answers, optional.vars.database], [{ cache: "redis" }, "DATABASE_URL"]);
  const [note] = backingFindings({ database: "none", cache: "none" }, optional, NOTHING, false);
  assert.equal(note, {
    found: "the build compiles sqlx-postgres, but src/main.rs:8 reads --database-url (DATABASE_URL) as optional: it connects only when given one",
    action: "optional: compose runs no database service (--database postgres adds one)",
  });
  // Required somewhere (an unwrapped read), or optional for another service only: the service runs.
  assert.equal(use({ optionalSettings: [optionalUrl], requiredEnv: [{ name: "DATABASE_URL", shape: "env::var(…)?", ...where(3) }] }).answers, { database: "postgres", cache: "redis" });
  assert.equal(use({ optionalSettings: [{ name: "SENTRY_DSN", ...where(4) }] }).answers, { database: "postgres", cache: "redis" });
  // Given anyway: the service runs and no note says optional.
  assert.not.ok(backingFindings({ database: "postgres", cache: "none" }, optional, NOTHING, false).some((f) => /optional/.test(f.action)));
});

test.run();
