// --verify's reading of a running container and its corrections, on the text a container really shows.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { addedPaths, askedFor, exitReason, helpOptions, judgeRoutes, lockedDependencyFailure, parseListeners } from "../../generators/verify/observe.js";
import { addressVars, dataDirOf, healthCandidates, readSource, writtenDirOf, type SourceFile } from "../../generators/kit/scan/scan.js";
import { loadRustParser } from "../../generators/kit/scan/syntax.js";
import { findCliOptions, type CliOption } from "../../generators/kit/scan/cli-options.js";
import { correct, type Correction, type Observation, type VerifySubject } from "../../generators/verify/verify.js";
import { correctionFlags } from "../../generators/options/options.js";

/** A correction as the flags it stands for (and is saved as). */
const flags = (c: Correction) => correctionFlags(c.answers);
import { answerAsks, stateFromWrites, type NeedContext } from "../../generators/verify/needs.js";

const parser = await loadRustParser();
/** A source as the kit reads it (comments and cfg-inactive code blanked out, its syntax facts read). */
const src = (path: string, text: string): SourceFile => {
  const { inactiveModules: _modules, otherPlatformFiles: _other, ...read } = readSource(parser, path, text);
  return read;
};

const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000 65532        0 41220 1 0000000000000000 100 0 0 10 0
   1: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 65532        0 41221 1 0000000000000000 100 0 0 10 0
   2: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000 65532        0 41222 1 0000000000000000 20 4 30 10 -1
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F40 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 65532        0 5 1 0 100 0 0 10 0
   1: 00000000000000000000000001000000:2328 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 65532        0 6 1 0 100 0 0 10 0
   2: 0000000000000000FFFF00000100007F:2710 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000 65532        0 7 1 0 100 0 0 10 0
`;

test("listeners: LISTEN sockets of /proc/net/tcp and tcp6, loopback told apart; connections are not listeners", () => {
  assert.equal(parseListeners(`# /proc/net/tcp\n${TCP}# /proc/net/tcp6\n${TCP6}`), [
    { address: "0.0.0.0", port: 3000, loopback: false },
    { address: "127.0.0.1", port: 8080, loopback: true },
    { address: "::", port: 8000, loopback: false },
    { address: "::1", port: 9000, loopback: true },
    { address: "::ffff:127.0.0.1", port: 10000, loopback: true },
  ]);
  assert.equal(parseListeners("# /proc/net/tcp\n  sl  local_address rem_address   st\n"), []);
});

test("routes: a random path answering 2xx is a catch-all, and then no route counts as found", () => {
  const answers = [{ path: "/health", ok: false }, { path: "/api/health", ok: true }];
  assert.equal(judgeRoutes(answers, false), { ok: ["/api/health"], catchAll: false });
  assert.equal(judgeRoutes(answers, true), { ok: [], catchAll: true });
});

test("exit reasons: the log line, the plain reason, and the path or variable it names", () => {
  const permission = exitReason('2026-12-02T10:00:00Z INFO starting\nError: failed to create directory "data": Permission denied (os error 13)\n');
  assert.equal([permission?.kind, permission?.subject], ["permission", "data"]);
  const readOnly = exitReason("thread 'main' panicked at src/main.rs:10:5:\ncreating /var/lib/notes: Read-only file system (os error 30)");
  assert.equal([readOnly?.kind, readOnly?.subject], ["permission", "/var/lib/notes"]);
  const config = exitReason('Error: configuration file "config/app.toml" not found');
  assert.equal([config?.kind, config?.subject], ["missing-config", "config/app.toml"]);
  const env = exitReason("thread 'main' panicked at src/main.rs:5:37:\nDATABASE_URL must be set: NotPresent");
  assert.equal([env?.kind, env?.subject], ["missing-env", "DATABASE_URL"]);
  assert.is(exitReason("Error: environment variable not found")?.kind, "missing-env");
  assert.is(exitReason("Error: error communicating with database: Connection refused (os error 111)")?.kind, "backing-service");
  assert.is(exitReason("Error: Address already in use (os error 98)")?.kind, "address-in-use");
  // A directory it serves, missing from the image (Rocket's FileServer), names its path; a database socket that is
  // missing is the database's.
  const served = exitReason("Error: FileServer path 'public' is not a directory.\nthread 'main' panicked at 'invalid directory: refusing to continue'");
  assert.equal([served?.kind, served?.subject], ["missing-path", "public"]);
  // The same error under a program it runs: that program is what the image lacks.
  const git = exitReason("failed to create/instantiate crate index at /app/registry-root\n\nCaused by:\n    0: failed to create initial git commit\n    1: failed to run git update-server-info\n    2: No such file or directory (os error 2)");
  assert.equal([git?.kind, git?.subject], ["missing-program", "git"]);
  assert.is(exitReason('Error: could not connect to server: No such file or directory\n\tIs the server running locally and accepting connections on Unix domain socket "/var/run/postgresql/.s.PGSQL.5432"?')?.kind, "backing-service");
  // A bare configuration file name counts as its path; the user is told where to mount theirs.
  const bare = exitReason("2026-12-06T11:12:00.587669Z ERROR rustypaste: config.toml is not found, please provide a configuration file.");
  assert.equal([bare?.kind, bare?.subject], ["missing-config", "config.toml"]);
  const given = correct({ listeners: [], logTail: bare!.line, exited: { code: 1, logTail: bare!.line, reason: bare } }, subject());
  assert.match(given.needsUser[0], /\(config\.toml\)\. It said: .*a configuration file\. Give it yours: mount it at \/app\/config\.toml /);
  // Lines of a service that started fine say nothing.
  assert.is(exitReason('{"level":"INFO","message":"listening on 0.0.0.0:3000"}\nconfig loaded from config/app.toml'), undefined);
});

test("data directories: a failed path becomes the directory to own; files give their directory; /tmp never", () => {
  assert.is(dataDirOf("data"), "/app/data");
  assert.is(dataDirOf("./data/notes.db"), "/app/data");
  assert.is(dataDirOf("state/db/"), "/app/state");
  assert.is(dataDirOf("/var/lib/notes"), "/var/lib/notes");
  assert.is(dataDirOf("/var/lib/notes/notes.sqlite"), "/var/lib/notes");
  assert.is(dataDirOf("/tmp/x"), undefined);
  assert.is(dataDirOf("notes.db"), undefined);
  // The working directory itself (a database file kept in "."), and the whole path a store names below /app.
  assert.is(dataDirOf("."), "/app");
  assert.is(dataDirOf("./"), "/app");
  assert.is(writtenDirOf("./data/store/kv/"), "/app/data/store/kv");
  assert.is(dataDirOf("./data/store/kv/"), "/app/data");
  assert.is(writtenDirOf("/mnt/files"), "/mnt/files");
  assert.is(writtenDirOf("~/.local/share/app"), undefined);
});

const subject = (over: Partial<VerifySubject> = {}): VerifySubject => ({
  contextDir: "/nowhere",
  image: "svc:verify",
  port: 8080,
  healthcheck: { kind: "probe", url: "http://127.0.0.1:8080/health" },
  hasProbe: true,
  http: true,
  candidates: ["/health", "/api/health"],
  dataDirs: [],
  addressVars: [],
  env: ["HOST", "PORT"],
  cmd: [],
  cliOptions: [],
  service: "svc",
  ...over,
});
const listening = (over: Partial<Observation> = {}): Observation => ({
  listeners: [{ address: "0.0.0.0", port: 8080, loopback: false }],
  healthySeconds: 1.5,
  health: "healthy",
  routes: { ok: ["/health"], catchAll: false },
  fromHost: { ok: true, detail: "GET … → 200" },
  stopSeconds: 0.2,
  stopExitCode: 0,
  logTail: "",
  ...over,
});

test("corrections: a service that is right as planned needs none", () => {
  assert.equal(correct(listening(), subject()), { answers: {}, changes: [], needsUser: [] });
});

test("corrections: the port it really listens on", () => {
  const c = correct(listening({ listeners: [{ address: "::", port: 4321, loopback: false }], healthySeconds: undefined }), subject());
  assert.equal(flags(c).raw, { port: "4321" });
  assert.match(c.changes[0], /listens on \[::\]:4321, not on 8080/);
});

test("corrections: the health route that answers (under a prefix); TCP when none does; a catch-all proves nothing", () => {
  const prefixed = correct(listening({ routes: { ok: ["/api/health"], catchAll: false }, healthySeconds: undefined }), subject());
  assert.equal(flags(prefixed).rawKit, { healthcheck: "probe", "health-path": "/api/health" });
  const none = correct(listening({ routes: { ok: [], catchAll: false }, healthySeconds: undefined }), subject());
  assert.equal(flags(none).rawKit, { healthcheck: "tcp" });
  const catchAll = correct(listening({ routes: { ok: [], catchAll: true } }), subject());
  assert.equal(catchAll.changes, []);
  const upgrade = correct(listening({ routes: { ok: ["/healthz"], catchAll: false } }), subject({ healthcheck: { kind: "probe", url: "tcp://127.0.0.1:8080" } }));
  assert.equal(flags(upgrade).rawKit, { healthcheck: "probe", "health-path": "/healthz" });
});

test("corrections: loopback only → the address variables the code reads; without any, the user's to fix", () => {
  const loop = listening({ listeners: [{ address: "127.0.0.1", port: 3000, loopback: true }], healthySeconds: 1 });
  const c = correct(loop, subject({ port: 3000, addressVars: [["BIND_ADDR", "0.0.0.0:{port}"], ["APP_HOST", "0.0.0.0"]] }));
  assert.equal(flags(c).rawKit, { env: "BIND_ADDR=0.0.0.0:3000 APP_HOST=0.0.0.0" });
  const stuck = correct(loop, subject({ port: 3000 }));
  assert.equal(stuck.changes, []);
  assert.match(stuck.needsUser[0], /listens on 127\.0\.0\.1:3000 only/);
  assert.not.match(stuck.needsUser[0], /--port/);
  // On another port than the kit's, the line names that port too: binding 0.0.0.0 alone would not reach it.
  const elsewhere = correct(loop, subject({ port: 8080 }));
  assert.equal([flags(elsewhere).raw, elsewhere.changes], [{}, []]);
  assert.match(elsewhere.needsUser[0], /make it bind 0\.0\.0\.0 .*, then give --port 3000 \(the kit's is 8080\)$/);
});

test("corrections: a write refused at start → a data directory; a missing config file or variable → the user, in plain words", () => {
  const denied = correct({ listeners: [], logTail: "", exited: { code: 1, logTail: "", reason: exitReason('Error: failed to create directory "data": Permission denied (os error 13)') } }, subject());
  assert.equal(flags(denied).rawKit, { "data-dir": "/app/data" });
  const config = correct({ listeners: [], logTail: "", exited: { code: 1, logTail: "", reason: exitReason('Error: configuration file "settings.toml" not found') } }, subject());
  assert.equal(config.changes, []);
  assert.match(config.needsUser[0], /exited \(code 1\) at start: a configuration file it reads at start is not in the image \(settings\.toml\)/);
});

test("corrections: a stop that took the engine's full 10 s gets tini as PID 1; with tini already there, it is named", () => {
  const c = correct(listening({ stopSeconds: 10.3 }), subject({ init: false }));
  assert.equal(flags(c).rawKit, { init: "tini" });
  assert.match(c.changes[0], /docker stop waited 10\.3 s and killed it \(SIGTERM ignored as PID 1\): tini becomes PID 1/);
  const stuck = correct(listening({ stopSeconds: 10.3 }), subject({ init: true }));
  assert.match(stuck.needsUser[0], /docker stop waited 10\.3 s and killed it: it does not exit on SIGTERM/);
});

test("scan: address variables exclude a client's; health candidates follow router prefixes and health-like literals", () => {
  assert.equal(addressVars(["DATABASE_HOST", "BIND_ADDR", "APP_HOST", "REDIS_ADDR", "LISTEN", "RUST_LOG"]), [
    ["BIND_ADDR", "0.0.0.0:{port}"],
    ["APP_HOST", "0.0.0.0"],
    ["LISTEN", "0.0.0.0:{port}"],
  ]);
  const sources = [
    src("src/main.rs", 'Router::new().nest("/api", api).route("/__x__/healthz", get(h)).route("/{id}", get(item))'),
    src("src/server.rs", 'const HEALTH_CHECK_PATH: &str = "__svc__/health"; let key = "status"; let t = "text/plain";'),
  ];
  const candidates = healthCandidates(sources, [], undefined);
  assert.equal(candidates.slice(0, 4), ["/api/__x__/healthz", "/__x__/healthz", "/api/__svc__/health", "/__svc__/health"]);
  assert.not.ok(candidates.includes("/text/plain"));
  assert.ok(candidates.includes("/health") && candidates.includes("/api/health"), candidates.join(" "));
  assert.not.ok(candidates.includes("/{id}"));
});

const CLAP_USAGE = `error: the following required arguments were not provided:
  --site-dir <DIR>
  --webhook-secret <WEBHOOK_SECRET>

Usage: static-site --site-dir <DIR> --webhook-secret <WEBHOOK_SECRET>

For more information, try '--help'.`;

test("asks: what a usage error names, from clap's list or else from the usage line outside [ ]", () => {
  const table: [string, string[]][] = [
    [CLAP_USAGE, ["--site-dir", "--webhook-secret"]],
    ["error: the following required arguments were not provided:\n  <ROOT>\n\nUsage: serve <ROOT>", ["<ROOT>"]],
    ["error: a value is required for '--listen <ADDR>' but none was supplied", ["--listen"]],
    ["Usage: mdserve [OPTIONS] <PATH>\n  no terminal: give the file to serve", ["<PATH>"]],
    ["listening on 0.0.0.0:8080\nconfig loaded", []],
  ];
  for (const [log, asked] of table) assert.equal(askedFor(log), asked, log);
  assert.is(exitReason(CLAP_USAGE)?.kind, "usage");
  const v6 = exitReason("Error: cannot listen on [::1]:8080: Cannot assign requested address (os error 99)");
  assert.is(v6?.kind, "address-unavailable");
});

test("writes: docker diff's added paths, without the engine's own", () => {
  const diff = "C /root\nA /root/.local\nA /root/.local/share\nC /etc\nA /etc/hostname\nA /cache\nA /cache/thumbs\nD /var/old\n";
  assert.equal(addedPaths(diff), ["/root/.local", "/root/.local/share", "/cache", "/cache/thumbs"]);
});

const SITE_SOURCES = [
  src(
    "src/main.rs",
    `#[derive(Parser)]
struct Args {
    /// The directory whose files it serves.
    #[arg(long, value_name = "DIR")]
    site_dir: PathBuf,
    #[arg(long, env = "WEBHOOK_SECRET")]
    webhook_secret: String,
    #[arg(long, default_value = "[::1]:8080")]
    listen: SocketAddr,
    #[arg(long, env)]
    public_hostname: String,
    #[arg(short, long)]
    verbose: bool,
    upstream: Option<String>,
    /// What it serves when no terminal is there.
    #[arg(value_name = "ROOT")]
    root: PathBuf,
}`,
  ),
];

test("CLI model: clap options and positionals with flag, variable, default and whether they are required", () => {
  const options = findCliOptions(SITE_SOURCES);
  const summary = options.map((o) => [o.flag ?? `<${o.valueName}>`, o.env ?? "", o.default ?? "", o.required]);
  assert.equal(summary, [
    ["--site-dir", "", "", true],
    ["--webhook-secret", "WEBHOOK_SECRET", "", true],
    ["--listen", "", "[::1]:8080", false],
    ["--public-hostname", "PUBLIC_HOSTNAME", "", true],
    ["--verbose", "", "", false],
    // A field without attributes is a positional to clap: optional here.
    ["<UPSTREAM>", "", "", false],
    ["<ROOT>", "", "", true],
  ]);
  assert.equal([options[0].file, options[0].line], ["src/main.rs", 4]);
});

const needContext = (over: Partial<NeedContext> = {}): NeedContext => ({
  service: "static-site",
  port: 8080,
  cmd: ["serve"],
  options: findCliOptions(SITE_SOURCES),
  dataDirs: [],
  addressVars: [],
  ...over,
});

test("asks answered: a directory gets one of its own, a host name the service name; never a secret, never a guess", () => {
  const table: [string, { args?: string[]; env?: [string, string][]; dataDirs?: string[]; user?: RegExp }][] = [
    ["--site-dir", { args: ["--site-dir", "/app/site"], dataDirs: ["/app/site"] }],
    ["<ROOT>", { args: ["/app/root"], dataDirs: ["/app/root"] }],
    ["--public-hostname", { env: [["PUBLIC_HOSTNAME", "static-site"]] }],
    ["--webhook-secret", { user: /asks for --webhook-secret .*a secret: give it with --env WEBHOOK_SECRET=… \(--verify never makes one up\)/ }],
    ["--upstream-url", { user: /not declare with clap: give it with --cmd "serve --upstream-url …"/ }],
  ];
  for (const [asked, want] of table) {
    const [need] = answerAsks([asked], needContext(), "error: the following required arguments were not provided:");
    assert.equal(need.args, want.args, asked);
    assert.equal(need.env, want.env, asked);
    assert.equal(need.dataDirs, want.dataDirs, asked);
    if (want.user) assert.match(need.needsUser ?? "", want.user);
    else assert.match(need.change ?? "", new RegExp(`asks for ${asked}`));
  }
  // A secret is never filled in, whichever name carries it: the flag or the variable.
  const secrets: CliOption[] = ["--api-key", "--db-password", "--auth-token", "--session-secret"].map((flag, i) => ({
    field: flag.slice(2).replace(/-/g, "_"), flag, valueName: "X", required: true, type: "String", file: "src/main.rs", line: i + 1,
  }));
  for (const o of secrets) {
    const [need] = answerAsks([o.flag!], needContext({ options: [o] }), "error");
    assert.ok(need.needsUser && !need.args && !need.env, o.flag);
  }
});

test("writes → state: under home HOME moves to a state directory; relative to the working directory a directory there", () => {
  const ctx = needContext({ cmd: [] });
  const table: [string[], string, { env?: [string, string][]; dataDirs: string[] }[]][] = [
    [["/root/.local", "/root/.local/share", "/root/.local/share/svc"], "/", [{ env: [["HOME", "/var/lib/static-site"]], dataDirs: ["/var/lib/static-site"] }]],
    [["/home/nonroot/.cache"], "/app", [{ env: [["HOME", "/var/lib/static-site"]], dataDirs: ["/var/lib/static-site"] }]],
    [["/cache", "/cache/thumbs"], "/", [{ dataDirs: ["/app/cache"] }]],
    [["/app/cache", "/app/cache/thumbs"], "/app", [{ dataDirs: ["/app/cache"] }]],
    [["/var/lib/notes", "/var/lib/notes/db"], "/app", [{ dataDirs: ["/var/lib/notes"] }]],
    // A file dropped into the working directory names no directory to own.
    [["/app/notes.db"], "/app", []],
  ];
  for (const [added, workdir, want] of table)
    assert.equal(stateFromWrites(added, workdir, ctx).map(({ env, dataDirs }) => ({ ...(env ? { env } : {}), dataDirs: dataDirs! })), want, added.join(" "));
  assert.equal(stateFromWrites(["/var/lib/notes"], "/app", needContext({ dataDirs: ["/var/lib/notes"] })), []);
});

test("corrections: an exit on an address it cannot have, or a loopback listener → the crate's own listen option", () => {
  const exited = (line: string): Observation => ({ listeners: [], logTail: line, exited: { code: 1, logTail: line, reason: exitReason(line), asked: askedFor(line) } });
  const cli = { cliOptions: findCliOptions(SITE_SOURCES) };
  const v6 = correct(exited("Error: cannot listen on [::1]:8080: Cannot assign requested address (os error 99)"), subject(cli));
  assert.equal(flags(v6).rawKit, { cmd: "--listen 0.0.0.0:8080" });
  assert.match(v6.changes[0], /could not bind at start .*: --cmd "--listen 0\.0\.0\.0:8080" \(its listen option --listen, src\/main\.rs:8, default \[::1\]:8080\)/);
  const hostOnly: CliOption = { field: "address", flag: "--address", valueName: "ADDRESS", default: "127.0.0.1", required: false, type: "IpAddr", file: "src/main.rs", line: 3 };
  const loop = listening({ listeners: [{ address: "127.0.0.1", port: 8000, loopback: true }] });
  const own = correct(loop, subject({ cliOptions: [hostOnly], cmd: ["serve"], addressVars: [["APP_HOST", "0.0.0.0"]] }));
  assert.equal([flags(own).raw, flags(own).rawKit], [{ port: "8000" }, { cmd: "serve --address 0.0.0.0" }]);
  // Passed already (the kit's serve command): the address variables are next.
  const passed = correct(loop, subject({ cliOptions: [hostOnly], cmd: ["serve", "--address", "0.0.0.0"], addressVars: [["APP_HOST", "0.0.0.0"]] }));
  assert.equal(flags(passed).rawKit, { env: "APP_HOST=0.0.0.0" });
  // No listen option: the address variables its code reads.
  const byVariable = correct(exited("Error: Cannot assign requested address (os error 99)"), subject({ addressVars: [["BIND_ADDR", "0.0.0.0:{port}"]] }));
  assert.equal(flags(byVariable).rawKit, { env: "BIND_ADDR=0.0.0.0:8080" });
  const secret = correct(exited(CLAP_USAGE), subject({ ...cli, cmd: [] }));
  assert.equal(flags(secret).rawKit, { cmd: "--site-dir /app/site", "data-dir": "/app/site" });
  assert.match(secret.needsUser[0], /--env WEBHOOK_SECRET=…/);
});

// A structopt (clap 2) binary's help, and a clap 4 builder's long help: models the source scan does not read.
const STRUCTOPT_HELP = `cargo-http-registry 0.1.8

USAGE:
    cargo-http-registry [OPTIONS] <root>

FLAGS:
    -h, --help       Prints help information

OPTIONS:
    -a, --addr <addr>    The address to serve on [default: 127.0.0.1:0]

ARGS:
    <root>    The root directory of the registry
`;
const CLAP4_HELP = `Usage: proxy [OPTIONS]

Options:
  -l, --listen-address <listen_address>
          Address to listen to

          [default: 127.0.0.1:3000]

  -b, --bind <ADDR>  Bind address [default: 127.0.0.1] [env: PROXY_BIND=]
  -H, --public-host <HOST>  Host name others reach it by
  -v, --verbose  Say more
  -h, --help  Print help
`;
const STRUCTOPT_USAGE = `error: The following required arguments were not provided:
    <root>

USAGE:
    cargo-http-registry [OPTIONS] <root>

For more information try --help`;

test("help: options that take a value and positionals, with default and variable, from clap 2 and clap 4 (long) help", () => {
  const brief = (o: CliOption) => [o.flag ?? `<${o.valueName}>`, o.default ?? "", o.env ?? "", o.required];
  assert.equal(helpOptions(STRUCTOPT_HELP).map(brief), [
    ["--addr", "127.0.0.1:0", "", false],
    ["<root>", "", "", true],
  ]);
  assert.equal(helpOptions(CLAP4_HELP).map(brief), [
    ["--listen-address", "127.0.0.1:3000", "", false],
    ["--bind", "127.0.0.1", "PROXY_BIND", false],
    ["--public-host", "", "", false],
  ]);
  // Switches take no value; text that is not help gives nothing.
  assert.equal(helpOptions("listening on 0.0.0.0:8080\n  --verbose is on\n"), []);
});

test("corrections from --help: a loopback listener moved by the option it prints; a required positional directory given one", () => {
  const loop = listening({ listeners: [{ address: "127.0.0.1", port: 3000, loopback: true }], help: CLAP4_HELP });
  const moved = correct(loop, subject());
  assert.equal([flags(moved).raw, flags(moved).rawKit], [{ port: "3000" }, { cmd: "--listen-address 0.0.0.0:3000" }]);
  assert.match(moved.changes[0], /\(its listen option --listen-address, its --help, default 127\.0\.0\.1:3000\); the port becomes 3000$/);
  // What the code declares wins over the help's reading of the same option; without help, nothing to move it with.
  const declared: CliOption = { field: "listen_address", flag: "--listen-address", valueName: "ADDR", default: "127.0.0.1:3000", required: false, type: "SocketAddr", file: "src/main.rs", line: 9 };
  assert.match(correct(loop, subject({ cliOptions: [declared] })).changes[0], /src\/main\.rs:9/);
  assert.equal(correct({ ...loop, help: undefined }, subject()).changes, []);
  // A usage error naming a positional the help lists: a directory of its own.
  const usage = correct({ listeners: [], logTail: STRUCTOPT_USAGE, exited: { code: 1, logTail: STRUCTOPT_USAGE, reason: exitReason(STRUCTOPT_USAGE), asked: askedFor(STRUCTOPT_USAGE) }, help: STRUCTOPT_HELP }, subject());
  assert.equal(flags(usage).rawKit, { cmd: "/app/root", "data-dir": "/app/root" });
  // Its default asks for any free port: the observed one is random, so it gets the kit's.
  const ephemeral = correct(listening({ listeners: [{ address: "127.0.0.1", port: 41234, loopback: true }], help: STRUCTOPT_HELP }), subject({ cmd: ["/app/root"] }));
  assert.equal([flags(ephemeral).raw, flags(ephemeral).rawKit], [{}, { cmd: "/app/root --addr 0.0.0.0:8080" }]);
});

const LOCK = `version = 3

[[package]]
name = "arkaitzserv"
version = "0.1.1"
dependencies = [
 "rocket",
]

[[package]]
name = "time"
version = "0.3.20"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "cd0cbfecb4d19b5ea75bb31ad904eb5b9fa13f21079c3b92017ebdf4999a5890"

[[package]]
name = "time-core"
version = "0.1.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
`;
const TIME_FAILURE = `#13 65.49 help: consider giving \`items\` an explicit type, where the placeholders \`_\` are specified
#13 68.41 For more information about this error, try \`rustc --explain E0282\`.
#13 68.48 error: could not compile \`time\` (lib) due to 1 previous error
#13 ERROR: executor failed running [/bin/sh -c cargo auditable build --profile "$CARGO_PROFILE" --locked --bin arkaitzserv]: exit code: 101`;

test("build failures: a dependency Cargo.lock pins from the registry is named with its update; the crate's own code is not", () => {
  const reason = lockedDependencyFailure(TIME_FAILURE, LOCK);
  assert.match(reason ?? "", /^time 0\.3\.20, as Cargo\.lock pins it, does not compile with the builder's Rust .*update it \(`cargo update -p time`;/);
  assert.is(lockedDependencyFailure(TIME_FAILURE.replace("`time`", "`arkaitzserv`"), LOCK), undefined);
  assert.is(lockedDependencyFailure("error: failed to run custom build command for `openssl-sys v0.9.80`", LOCK), undefined);
  // Locked at two versions: the update must name the one that failed.
  const twice = `${LOCK}\n[[package]]\nname = "time"\nversion = "0.1.45"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`;
  assert.match(lockedDependencyFailure(TIME_FAILURE, twice) ?? "", /^time 0\.3\.20, 0\.1\.45, .*cargo update -p time@<version>/);
});

test("asks: a group of alternatives asks for its first; a configuration file is the user's, with where to mount it", () => {
  const usage = "Error: The following required arguments were not provided:\n    <CONFIG|--genkey [<CURVE>]>\n\nUSAGE:\n    rathole [OPTIONS] <CONFIG|--genkey [<CURVE>]>\n";
  assert.equal(askedFor(usage), ["<CONFIG>"]);
  const help = "USAGE:\n    rathole [OPTIONS] <CONFIG|--genkey [<CURVE>]>\n\nARGS:\n    <CONFIG>\n            The path to the configuration file\n\nOPTIONS:\n    -s, --server\n            Run as a server\n";
  const c = correct({ listeners: [], logTail: usage, exited: { code: 2, logTail: usage, reason: exitReason(usage), asked: askedFor(usage) }, help }, subject());
  assert.equal([flags(c).rawKit, c.changes], [{}, []]);
  assert.match(c.needsUser[0], /asks for <CONFIG> .*\(its --help\), a configuration file only you have: mount yours under \/app\/config and give it with --cmd "\/app\/config\/<your file>"$/);
});

test.run();
