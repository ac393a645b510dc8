// The source detectors, on code shaped like public service crates (axum, actix-web, Rocket, plain hyper, tokio TCP).
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { addressVars, configEnvName, findCodeConfigAddress, findConfigListenField, readSource, findEnvReads, findStartArgs, findConfigRead, findRequiredArgs, findRequiredEnv, findConfigAddress, findConfigDataDirs, findConfigProblems, keysReadBy, findEmbeddedConfigs, findConfigFiles, findDataDirs, findHealthRoutes, findUnixSocketDefault, findListenVars, findLoopbackBinds, findPort, findServeCommand, findServedDirs, findHomeDirs, findMetricsEndpoints, findOptionalSettings, inspectRun, librarySources, readSources, servesHttp, type SourceFile } from "../../generators/kit/scan/scan.js";
import { OTHER_ENDPOINT_VAR } from "../../generators/kit/scan/source-rules.js";
import { findCliOptions, loopbackListenOption } from "../../generators/kit/scan/cli-options.js";
import { loadRustParser } from "../../generators/kit/scan/syntax.js";
import { ROOT, crlfCopy, tempDir } from "../helpers.js";

const parser = await loadRustParser();
/** A source as readSources prepares it (comments and cfg-inactive code blanked out). */
const src = (path: string, text: string): SourceFile => {
  const { inactiveModules: _modules, otherPlatformFiles: _other, ...read } = readSource(parser, path, text);
  return read;
};
/** The serve command without the other subcommands' line ranges. */
const serveOf = (sources: SourceFile[]) => {
  const found = findServeCommand(sources);
  if (!found) return undefined;
  const { otherCommands: _others, ...rest } = found;
  return rest;
};

const AXUM = src(
  "src/routes.rs",
  `pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/api/users", get(list_users).post(create_user))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(state)
}
`,
);
const ACTIX = src(
  "src/main.rs",
  `#[get("/health_check")]
async fn health_check() -> impl Responder { HttpResponse::Ok() }

App::new().service(web::resource("/status").route(web::get().to(status)))
`,
);
const ROCKET = src("src/main.rs", `#[get("/ping")]\nfn ping() -> &'static str { "pong" }\n#[launch]\nfn rocket() -> _ { rocket::build().mount("/", routes![ping]) }\n`);
const HYPER = src(
  "src/server.rs",
  `async fn handle(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    match (req.method(), req.uri().path()) {
        (&Method::GET, "/alive") => Ok(Response::new(Full::new(Bytes::from("ok")))),
        _ => Ok(not_found()),
    }
}
fn is_health(req: &Request<()>) -> bool { req.uri().path() == "/_health" }
`,
);

test("health routes: axum .route, actix attribute and web::resource, Rocket attribute, hyper path comparisons", () => {
  assert.equal(findHealthRoutes([AXUM]).map((r) => [r.path, r.shape, r.file, r.line]), [
    ["/healthz", '.route("…")', "src/routes.rs", 4],
    ["/readyz", '.route("…")', "src/routes.rs", 5],
  ]);
  assert.equal(findHealthRoutes([ACTIX]).map((r) => [r.path, r.shape]), [["/health_check", '#[get("…")]'], ["/status", 'web::resource("…")']]);
  assert.equal(findHealthRoutes([ROCKET]).map((r) => r.path), ["/ping"]);
  assert.equal(findHealthRoutes([HYPER]).map((r) => [r.path, r.shape]), [["/_health", "path comparison"], ["/alive", "path comparison"]]);
  // Not health routes: API paths, URLs a client calls, format strings.
  const client = src("src/client.rs", `let r = reqwest::get(format!("{base}/health")).await?;\nlet u = "http://upstream/health";\n.route("/api/v1/items", get(items))\n`);
  assert.equal(findHealthRoutes([client]), []);
});

test("loopback binds: literal hosts in bind/listen calls and defaults, not client URLs, comments or tests", () => {
  const code = src(
    "src/main.rs",
    `let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
HttpServer::new(app).bind(("localhost", 8080))?.run().await
let addr = SocketAddr::from(([127, 0, 0, 1], 3000));
#[arg(long, default_value = "127.0.0.1")]
let host = env::var("HOST").unwrap_or_else(|_| "127.0.0.1".to_string());
// bind("127.0.0.1:3000") is what we used to do
let client = reqwest::Client::new().get("http://127.0.0.1:9000/metrics");
let public = TcpListener::bind("0.0.0.0:3000").await?;
#[cfg(test)]
mod tests { fn t() { let l = TcpListener::bind("127.0.0.1:0"); } }
`,
  );
  assert.equal(findLoopbackBinds([code]).map((f) => f.line), [1, 2, 3, 4, 5]);
});

test("metrics endpoints: an exporter's path on the service's port, its own listener at the default or a literal port", () => {
  const actix = src("src/main.rs", `let prometheus = PrometheusMetricsBuilder::new("api")\n    .endpoint("/internal/metrics")\n    .build()\n    .unwrap();\n`);
  assert.equal(findMetricsEndpoints([actix], ["actix-web-prom"]), [
    { exporter: "actix-web-prom", file: "src/main.rs", line: 1, shape: 'actix-web-prom: .endpoint("/internal/metrics")', path: "/internal/metrics" },
  ]);
  // Not a dependency: the same text is someone else's builder.
  assert.equal(findMetricsEndpoints([actix], ["actix-web"]), []);
  const exporter = (body: string) => findMetricsEndpoints([src("src/metrics.rs", body)], ["metrics-exporter-prometheus"]).map((e) => e.listener);
  assert.equal(exporter("fn init() {\n    PrometheusBuilder::new()\n        .install()\n        .expect(\"exporter\");\n}\n"), [{ port: 9000, loopback: false }]);
  assert.equal(exporter("PrometheusBuilder::new().with_http_listener(([0, 0, 0, 0], 9184)).install().unwrap();\n"), [{ port: 9184, loopback: false }]);
  assert.equal(exporter('PrometheusBuilder::new().with_http_listener("127.0.0.1:9184".parse::<SocketAddr>()?).install()?;\n'), [{ port: 9184, loopback: true }]);
  // An address from its configuration: a listener, port unknown.
  assert.equal(exporter("PrometheusBuilder::new().with_http_listener(config.metrics_addr).install()?;\n"), [{ port: undefined, loopback: false }]);
  // Only recording, for a route of the crate's own: no listener.
  assert.equal(exporter("let handle = PrometheusBuilder::new().install_recorder()?;\n"), []);
  // Test code is not the image's.
  assert.equal(findMetricsEndpoints([src("tests/metrics.rs", "PrometheusBuilder::new().install().unwrap();\n")], ["metrics-exporter-prometheus"]), []);
});

test("listen env vars: PORT/HOST alone, after a server prefix or the crate's name; not a database's", () => {
  const code = src(
    "src/config.rs",
    `fn main() { let port = std::env::var("PORT").ok();
let host = env::var("APP_HOST").unwrap_or_default();
struct Cli { #[arg(long, env = "MY_API_PORT", default_value_t = 3000)] port: u16 }
let db = env::var("DATABASE_PORT");
let redis = env::var("REDIS_HOST");
let key = env::var("API_KEY");
}`,
  );
  assert.equal(findListenVars([code], "my-api").map((v) => [v.name, v.kind, v.line]), [
    ["PORT", "port", 1],
    ["APP_HOST", "host", 2],
    ["MY_API_PORT", "port", 3],
  ]);
});

test("an HTTP server is known by its crate; a plain tokio TCP server is not one", () => {
  assert.ok(servesHttp(["tokio", "axum", "serde"]));
  assert.ok(servesHttp(["hyper", "tokio"]));
  assert.not.ok(servesHttp(["tokio", "tokio-util", "bytes"]));
});

test("serve subcommand: clap derive variants and builder commands, with the listen options they take", () => {
  const derive = src(
    "src/cli.rs",
    `#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand, Debug)]
enum Commands {
    /// Run database migrations
    Migrate,
    /// Start the HTTP server
    Serve {
        /// Address to bind
        #[arg(long, env = "APP_HOST", default_value = "127.0.0.1")]
        host: String,
        #[arg(short, long, env = "APP_PORT", default_value_t = 3000)]
        port: u16,
    },
    Version,
}
`,
  );
  assert.equal(serveOf([derive]), { name: "serve", hostArg: "host", portArg: "port", file: "src/cli.rs", line: 12 });
  // A tuple or unit variant, a camel-case name, no listen options.
  const unit = src("src/main.rs", `#[derive(clap::Subcommand)]\nenum Cmd { Worker, Start(StartArgs) }\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n`);
  assert.equal(serveOf([unit]), { name: "start", hostArg: undefined, portArg: undefined, file: "src/main.rs", line: 2 });
  // An optional subcommand: the binary serves without one.
  const optional = src("src/main.rs", `#[derive(Subcommand)]\nenum Cmd { Serve, Check }\nstruct Cli { #[command(subcommand)] cmd: Option<Cmd> }\n`);
  assert.is(findServeCommand([optional]), undefined);
  const builder = src(
    "src/main.rs",
    `let app = Command::new("app").subcommand_required(true)
    .subcommand(Command::new("server").arg(Arg::new("bind").long("bind")).arg(Arg::new("port").long("port")))
    .subcommand(Command::new("check"));`,
  );
  assert.equal(serveOf([builder]), { name: "server", hostArg: "bind", portArg: "port", file: "src/main.rs", line: 2 });
  assert.is(findServeCommand([AXUM, HYPER]), undefined);
});

test("subcommands: a top-level Parser enum serves through its variant; the other variants' lines are known", () => {
  const topLevel = src("src/main.rs", `#[derive(Parser, Debug)]\n#[command(version)]\npub enum Cmd {\n    /// Serve\n    Start {\n        #[arg(long)]\n        port: u16,\n    },\n    Check,\n}\n`);
  assert.equal(serveOf([topLevel]), { name: "start", hostArg: undefined, portArg: "port", file: "src/main.rs", line: 5 });
  // A Parser struct followed later by an unrelated enum is not a subcommand CLI.
  const struct = src("src/main.rs", `#[derive(Parser)]\nstruct Cli { port: u16 }\n\nenum Mode { Serve, Check }\n`);
  assert.is(findServeCommand([struct]), undefined);
  const client = src(
    "src/main.rs",
    `#[derive(Subcommand, Debug)]\nenum Command {\n    Local {\n        #[clap(short, long, default_value = "localhost")]\n        local_host: String,\n    },\n    Server {\n        #[clap(long, default_value_t = 1024)]\n        min_port: u16,\n    },\n}\nstruct Args { #[clap(subcommand)] command: Command }\n`,
  );
  const serve = findServeCommand([client])!;
  assert.equal([serve.name, serve.otherCommands], ["server", [{ name: "local", from: 3, to: 6 }]]);
});

test("subcommands on the syntax tree: a StructOpt enum with renamed variants, options of the struct a variant wraps, a variant chosen by what its arm calls", () => {
  const structopt = src(
    "src/main.rs",
    `#[derive(StructOpt)]
struct Opt {
    #[structopt(short = "c", long = "config", default_value = "/etc/app.toml")]
    config_file: PathBuf,
    #[structopt(subcommand)]
    cmd: Command,
}
#[derive(StructOpt)]
pub enum Command {
    /// Run the node
    #[structopt(name = "server")]
    Server(ServerOpt),
    #[structopt(name = "bucket")]
    Bucket(BucketOperation),
}
#[derive(StructOpt)]
pub struct ServerOpt {
    #[structopt(long = "bind")]
    bind: Option<String>,
}
#[derive(StructOpt)]
pub enum BucketOperation {
    #[structopt(name = "start")]
    Start,
    List,
}
`,
  );
  const serve = findServeCommand([structopt])!;
  assert.equal([serve.name, serve.hostArg, serve.line, serve.otherCommands], ["server", "bind", 12, [{ name: "bucket", from: 14, to: 14 }]]);
  assert.equal(findCliOptions([structopt]).map((o) => [o.flag, o.subcommand]), [["--config", undefined], ["--bind", "server"]]);
  // No serve-like name: the one variant whose arm calls a server.
  const byArm = src(
    "src/main.rs",
    `#[derive(Subcommand)]
enum Cmd { Up { #[arg(long)] port: u16 }, Migrate }
#[derive(Parser)]
struct Cli { #[command(subcommand)] cmd: Cmd }
fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Up { port } => http::serve(port)?,
        Cmd::Migrate => db::migrate()?,
    }
    Ok(())
}
`,
  );
  assert.equal(serveOf([byArm]), { name: "up", hostArg: undefined, portArg: "port", file: "src/main.rs", line: 2 });
  // Negatives: subcommands a builder makes optional; a subcommand of a subcommand; arms that call no server.
  const optionalBuilder = src("src/main.rs", `let app = Command::new("app").subcommand_required(false).subcommand(Command::new("serve"));`);
  assert.is(findServeCommand([optionalBuilder]), undefined);
  const nested = src(
    "src/main.rs",
    `#[derive(Parser)]\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n#[derive(Subcommand)]\nenum Cmd { Worker(WorkerOpts), Check }\n#[derive(Args)]\nstruct WorkerOpts { #[command(subcommand)] op: WorkerOp }\n#[derive(Subcommand)]\nenum WorkerOp { Start, Stop }\n`,
  );
  assert.is(findServeCommand([nested]), undefined);
  const nestedInVariant = src("src/main.rs", `#[derive(StructOpt)]\nenum Cmd { Bucket { #[structopt(subcommand)] op: BucketOp }, Status }\n#[derive(StructOpt)]\nenum BucketOp { Start, List }\n`);
  assert.is(findServeCommand([nestedInVariant]), undefined);
  const noServer = src("src/main.rs", `#[derive(Parser)]\nenum Cmd { Up, Down }\nfn main() { match Cmd::parse() { Cmd::Up => tasks::up(), Cmd::Down => tasks::down() } }\n`);
  assert.is(findServeCommand([noServer]), undefined);
  // A builder's argument belongs to the subcommand it is passed into.
  const builder = src("src/main.rs", `let app = Command::new("app").arg(Arg::new("verbose").long("verbose")).subcommand(Command::new("server").arg(Arg::new("listen").long("listen")));`);
  assert.equal(findCliOptions([builder]).map((o) => [o.flag, o.subcommand]), [["--verbose", undefined], ["--listen", "server"]]);
});

test("nested subcommands: a served subcommand that must be given one of its own is followed down, with its options and positionals", () => {
  // A variant's own field holds the nested set; the served leaf wraps a struct with a positional clap reads unattributed.
  const inVariant = src(
    "src/cli.rs",
    `#[derive(Parser)]
struct Cli { #[command(subcommand)] command: Command }
#[derive(Subcommand)]
enum Command {
    Server {
        #[command(subcommand)]
        action: ServerAction,
    },
    Version,
}
#[derive(Subcommand)]
enum ServerAction { Start(StartArgs), Stop }
#[derive(Args)]
struct StartArgs {
    output_folder: PathBuf,
    #[arg(long, default_value = "127.0.0.1:9100")]
    api_listen: SocketAddr,
}
`,
  );
  const serve = findServeCommand([inVariant])!;
  assert.equal([serve.name, serve.line, serve.otherCommands.map((o) => o.name)], ["server start", 12, ["version", "stop"]]);
  const options = findCliOptions([inVariant]);
  assert.equal(options.map((o) => [o.flag ?? o.valueName, o.subcommand, o.required]), [["OUTPUT_FOLDER", "server start", true], ["--api-listen", "server start", false]]);
  assert.equal(findRequiredArgs([inVariant], options, serve.name).map((a) => a.name), ["OUTPUT_FOLDER"]);
  // A wrapped struct holds the nested set, renamed variants name it; a builder nests calls the same way.
  const wrapped = src(
    "src/main.rs",
    `#[derive(Parser)]\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n#[derive(Subcommand)]\nenum Cmd { #[command(name = "web")] Web(WebOpts), Check }\n#[derive(Args)]\nstruct WebOpts { #[command(subcommand)] op: WebOp }\n#[derive(Subcommand)]\nenum WebOp { Serve { #[arg(long)] port: u16 }, Routes }\n`,
  );
  assert.equal(serveOf([wrapped]), { name: "web serve", hostArg: undefined, portArg: "port", file: "src/main.rs", line: 8 });
  const builder = src(
    "src/main.rs",
    `let app = Command::new("app")
    .subcommand(Command::new("server").subcommand(Command::new("start").arg(Arg::new("bind").long("bind"))).subcommand(Command::new("stop")))
    .subcommand(Command::new("check"));`,
  );
  assert.equal(serveOf([builder]), { name: "server start", hostArg: "bind", portArg: undefined, file: "src/main.rs", line: 2 });
  assert.equal(findCliOptions([builder]).map((o) => [o.flag, o.subcommand]), [["--bind", "server start"]]);
  // Negatives: a nested set held as Option<…> (the parent serves alone); no serve-like leaf below a served parent.
  const optionalNested = src("src/main.rs", `#[derive(Parser)]\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n#[derive(Subcommand)]\nenum Cmd { Serve { #[command(subcommand)] mode: Option<Mode> } }\n#[derive(Subcommand)]\nenum Mode { Start }\n`);
  assert.is(serveOf([optionalNested])?.name, "serve");
  const noLeaf = src("src/main.rs", `#[derive(Parser)]\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n#[derive(Subcommand)]\nenum Cmd { Server { #[command(subcommand)] op: Op } }\n#[derive(Subcommand)]\nenum Op { Migrate, Seed }\n`);
  assert.is(serveOf([noLeaf])?.name, "server");
  // A variant wrapping a struct by its path (`Push(push::Push)`): its fields are that subcommand's, never the program's.
  const byPath = src("src/main.rs", `#[derive(Subcommand)]\nenum Cmd { Serve, Push(push::Push) }\n#[derive(Args)]\nstruct Push {\n    tag: String,\n}\n#[derive(Parser)]\nstruct Cli { #[command(subcommand)] cmd: Cmd }\n`);
  assert.equal(findCliOptions([byPath]).map((o) => [o.valueName, o.subcommand]), [["TAG", "push"]]);
  assert.equal(findRequiredArgs([byPath], findCliOptions([byPath]), "serve"), []);
  // Not a positional: a field of a struct clap does not derive, or one that holds subcommands.
  assert.equal(findCliOptions([src("src/main.rs", `#[derive(Deserialize)]\nstruct Settings { root: PathBuf }\n`)]), []);
});

test("optional settings: Option options of the served command and variables read into an Option, never a required or defaulted one", () => {
  const main = src(
    "src/main.rs",
    `#[derive(Parser)]
struct Cli {
    #[arg(long, env = "DATABASE_URL")]
    database_url: Option<String>,
    #[arg(long)]
    redis_url: Option<String>,
    #[arg(long, env = "PG_URL", default_value = "postgres://localhost/app")]
    pg_url: Option<String>,
    #[arg(long, env = "API_KEY")]
    api_key: String,
    #[command(subcommand)]
    cmd: Cmd,
}
#[derive(Subcommand)]
enum Cmd { Serve, Migrate { #[arg(long)] db_url: Option<String> } }
fn main() {
    let sentry = std::env::var("SENTRY_DSN").ok();
    if let Ok(url) = env::var("CACHE_URL") { connect(url); }
    let secret = env::var("SECRET").expect("SECRET");
}
`,
  );
  const options = findCliOptions([main]);
  assert.equal(findOptionalSettings([main], options, "serve").map((s) => [s.name, s.flag, s.line]), [
    ["DATABASE_URL", "--database-url", 3],
    ["REDIS_URL", "--redis-url", 5],
    ["SENTRY_DSN", undefined, 17],
    ["CACHE_URL", undefined, 18],
  ]);
  // Another subcommand's option is not the served one's.
  assert.ok(findOptionalSettings([main], options, "migrate").some((s) => s.flag === "--db-url"));
});

test("a module file only another platform compiles (cfg_attr path) is not read; the image's own is", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "src/socket"), { recursive: true });
  fs.writeFileSync(path.join(root, "src/main.rs"), "mod socket;\nfn main() { socket::platform::listen(); }\n");
  fs.writeFileSync(
    path.join(root, "src/socket/mod.rs"),
    '#[cfg_attr(not(target_os = "windows"), path = "unix.rs")]\n#[cfg_attr(target_os = "windows", path = "windows.rs")]\npub mod platform;\n',
  );
  fs.writeFileSync(path.join(root, "src/socket/unix.rs"), "pub fn listen() { UnixListener::bind(\"/run/app.sock\"); }\n");
  fs.writeFileSync(path.join(root, "src/socket/windows.rs"), "pub fn listen() { TcpListener::bind(\"127.0.0.1:9000\"); }\n");
  const sources = readSources(parser, root, [""]);
  assert.equal(sources.map((s) => s.path).sort(), ["src/main.rs", "src/socket/mod.rs", "src/socket/unix.rs"]);
  assert.equal(findLoopbackBinds(sources), []);
});

test("test code: #[cfg(test)] items end where they end; a module file only tests declare is test code; comments are not code", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "src"));
  fs.writeFileSync(
    path.join(root, "src/main.rs"),
    `#[cfg(test)]\nmod test_support;\n\n#[cfg(test)]\nfn helper() { let _ = TcpListener::bind("127.0.0.1:0"); }\n\n// .route("/health", get(old))\n/* let l = TcpListener::bind("127.0.0.1:9"); */\nfn main() { let l = TcpListener::bind("127.0.0.1:3000"); let s = "// not a comment"; }\n`,
  );
  fs.writeFileSync(path.join(root, "src/test_support.rs"), `pub fn server() { TcpListener::bind("127.0.0.1:0"); }\n`);
  const sources = readSources(parser, root, [""]);
  assert.ok(sources.find((s) => s.path === "src/test_support.rs")?.testOnly);
  assert.equal(findLoopbackBinds(sources).map((f) => [f.file, f.line]), [["src/main.rs", 9]]);
  assert.equal(findHealthRoutes(sources), []);
  assert.match(sources[0].text, /"\/\/ not a comment"/);
});

test("negative shapes: host comparisons, loopback checks and redirects are not binds; a builder port default is a port", () => {
  const code = src(
    "src/main.rs",
    `if host == "localhost" { warn!("local only"); }\nif addr.ip().is_loopback() { return; }\nlet allowed = matches!(host.as_str(), "localhost" | "127.0.0.1");\nlet redirect_host = "localhost";\n`,
  );
  assert.equal(findLoopbackBinds([code]), []);
  // A redirect's canonical host and the hosts allowed to redirect from are options, not the server's bind.
  const redirect = src(
    "src/cli.rs",
    `#[arg(long, default_value = "localhost", env = "SERVER_HTTPS_REDIRECT_HOST")]\n#[cfg(feature = "tls")]\n/// Canonical host name.\npub https_redirect_host: String,\n#[arg(\n    long,\n    default_value = "localhost",\n    env = "SERVER_HTTPS_REDIRECT_FROM_HOSTS"\n)]\npub https_redirect_from_hosts: String,\n#[arg(long, default_value = "127.0.0.1", env = "SERVER_HOST")]\npub host: String,\n`,
  );
  assert.equal(findLoopbackBinds([redirect]).map((f) => f.line), [11]);
  const none = tempDir();
  const builder = src("src/main.rs", `let m = Command::new("srv").arg(Arg::new("port").long("port").default_value("8125")).get_matches();`);
  assert.equal(findPort([builder], none, "")?.port, 8125);
});

test("config files at the root: copied when the code names them; their host:port; config-rs's variable for the key", () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, "config.toml"), '[server]\n# where it listens\naddress = "127.0.0.1:8000"\nmax_content_length = "10MB"\n');
  fs.writeFileSync(path.join(root, "settings.yaml"), "database:\n  url: postgres://db:5432/app\n");
  const code = src(
    "src/config.rs",
    `let path = env::var("CONFIG").unwrap_or_else(|_| "config.toml".to_string());\nlet config = Config::builder()\n    .add_source(config::File::from(path))\n    .add_source(config::Environment::default().separator("__"))\n    .build()?;\n`,
  );
  fs.appendFileSync(path.join(root, "config.toml"), 'upload_path = "./upload"\ntemplate_dir = "templates"\ndb_path = "/var/lib/paste/db.sqlite"\n');
  const files = findConfigFiles([code], root);
  assert.equal(findConfigDataDirs(files, root, "").map((d) => [d.dir, d.line]), [["/app/upload", 5], ["/var/lib/paste", 7]]);
  assert.equal(files, ["config.toml"], "settings.yaml is never named by the code");
  const address = findConfigAddress(files, root, "")!;
  assert.equal(address, { key: "server.address", host: "127.0.0.1", port: 8000, file: "config.toml", line: 3 });
  assert.is(configEnvName([code], address.key), "SERVER__ADDRESS");
  assert.equal(findPort([code], root, "", address), { port: 8000, shape: "server.address in config.toml", file: "config.toml", line: 3 });
  const prefixed = src("src/main.rs", `Environment::with_prefix("APP").prefix_separator("_").separator("__")`);
  assert.is(configEnvName([prefixed], "server.address"), "APP_SERVER__ADDRESS");
  assert.is(configEnvName([src("src/main.rs", `Environment::with_prefix("APP")`)], "server.address"), undefined, "nested keys need a separator");
  assert.is(configEnvName([src("src/main.rs", `Environment::with_prefix("APP")`)], "bind"), "APP_BIND");
  const yaml = tempDir();
  fs.writeFileSync(path.join(yaml, "config.yaml"), "log: info\nserver:\n  bind: 0.0.0.0:3000\n");
  assert.equal(findConfigAddress(["config.yaml"], yaml, "svc"), { key: "server.bind", host: "0.0.0.0", port: 3000, file: "svc/config.yaml", line: 3 });
});

test("data directories: created dirs, data-dir variable and option defaults, SQLite files; never /tmp, system paths or tests", () => {
  const code = src(
    "src/main.rs",
    `std::fs::create_dir_all("data/uploads")?;\nlet dir = env::var("APP_DATA_DIR").unwrap_or_else(|_| "/var/lib/app".into());\n#[arg(long, env = "SVC_STATE", default_value = "state")]\npub state_dir: String,\nlet url = "sqlite://db/app.sqlite?mode=rwc";\nstd::fs::create_dir_all("/tmp/scratch")?;\nstd::fs::create_dir_all("/etc/app")?;\nlet p = format!("{}/x", base); std::fs::create_dir_all(&p)?;\n#[cfg(test)]\nmod tests { fn t() { std::fs::create_dir_all("fixtures-out").unwrap(); } }\n`,
  );
  assert.equal(findDataDirs([code]).map((d) => [d.dir, d.line]), [["/app/data", 1], ["/var/lib/app", 2], ["/app/state", 3], ["/app/db", 5]]);
});

test("port: a framework config file, else clap defaults, PORT defaults, constants, bind literals; never test code", () => {
  const none = tempDir();
  const port = (text: string) => findPort([src("src/main.rs", text)], none, "")?.port;
  assert.is(port(`#[arg(long, default_value_t = 3000)]\n    port: u16,`), 3000);
  assert.is(port(`#[arg(long, env = "APP_PORT", default_value = "4000")]\nport: String`), 4000);
  assert.is(port(`let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(7000);`), 7000);
  assert.is(port(`let port = env::var("PORT").unwrap_or_else(|_| "5000".to_string());`), 5000);
  assert.is(port(`const DEFAULT_PORT: u16 = 9090;`), 9090);
  assert.is(port(`fn default_port() -> u16 {\n    5000\n}`), 5000);
  assert.is(port(`impl Default for Settings {\n    fn default() -> Self {\n        Self { host: "0.0.0.0".into(), port: 7878, workers: 4 }\n    }\n}`), 7878);
  assert.is(port(`let listener = TcpListener::bind("0.0.0.0:3001").await?;`), 3001);
  assert.is(port(`HttpServer::new(app).bind(("0.0.0.0", 8088))?`), 8088);
  assert.is(port(`let addr = SocketAddr::from(([0, 0, 0, 0], 3002));`), 3002);
  assert.is(port(`#[cfg(test)]\nmod tests { fn t() { TcpListener::bind("127.0.0.1:4444"); } }`), undefined);
  assert.is(port(`let client = connect("db:5432");`), undefined);
  const rocket = tempDir();
  fs.writeFileSync(path.join(rocket, "Rocket.toml"), "[default]\nport = 8000\n");
  assert.equal(findPort([src("src/main.rs", `const PORT: u16 = 1;`)], rocket, ""), { port: 8000, shape: "Rocket.toml", file: "Rocket.toml", line: 2 });
});

test("config-file ports come from the server section, not the database's; an environment selector goes to production", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "configuration"));
  fs.writeFileSync(path.join(root, "configuration/base.yaml"), "database:\n  host: localhost\n  port: 5432\napplication:\n  # where to listen\n  port: 8000\n  host: 0.0.0.0\n");
  fs.writeFileSync(path.join(root, "configuration/production.yaml"), "application:\n  host: 0.0.0.0\n");
  assert.equal(findPort([], root, ""), { port: 8000, shape: "configuration/base.yaml", file: "configuration/base.yaml", line: 6 });
  const toml = tempDir();
  fs.mkdirSync(path.join(toml, "config"));
  fs.writeFileSync(path.join(toml, "config/default.toml"), "[database]\nport = 5432\n\n[server]\nport = 4000\n");
  assert.is(findPort([], toml, "")?.port, 4000);
  const code = src("src/configuration.rs", `let environment: Environment = std::env::var("APP_ENVIRONMENT").unwrap_or_else(|_| "local".into());\nlet p = env::var("AWS_PROFILE");`);
  assert.equal(findListenVars([code], "zero2prod", "configuration/production.yaml").map((v) => [v.name, v.kind]), [["APP_ENVIRONMENT", "environment"]]);
  assert.equal(findListenVars([code], "zero2prod"), [], "without a production config there is nothing to select");
  assert.equal(findLoopbackBinds([src("src/bin/server.rs", `let listener = TcpListener::bind(&format!("127.0.0.1:{port}")).await?;`)]).length, 1);
  assert.is(findPort([src("src/http.rs", `axum::Server::bind(&"0.0.0.0:8080".parse()?)`)], tempDir(), "")?.port, 8080);
});

test("sources: the package, the workspace members it uses and build.rs; not the package's other binaries, target/ or tests", () => {
  const root = tempDir();
  const files: Record<string, string> = {
    "app/src/lib.rs": "",
    "app/src/bin/server.rs": "",
    "app/src/bin/cli.rs": "",
    "app/src/bin/admin/main.rs": "",
    "app/src/bin/admin/args.rs": "",
    "app/build.rs": "",
    "app/target/debug/build/out.rs": "",
    "routes/src/lib.rs": "",
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), text);
  }
  const read = readSources(parser, root, ["app", "routes"], ["src/bin/server.rs", "build.rs"], ["src/bin/cli.rs", "src/bin/admin/main.rs"]).map((s) => s.path);
  assert.equal(read, ["app/build.rs", "app/src/bin/server.rs", "app/src/lib.rs", "routes/src/lib.rs"]);
});

test("sources: a binary at the package root brings the modules it declares, not the files beside it", () => {
  const root = tempDir();
  const files: Record<string, string> = {
    "main.rs": "mod server;\nmod cli;\n#[cfg(test)]\nmod testing;\nfn main() {}\n",
    "server.rs": "use tokio::signal::unix::*;\nasync fn run() { let mut term = signal(SignalKind::terminate()).expect(\"SIGTERM\"); tokio::signal::ctrl_c().await; }\n",
    "cli/mod.rs": "mod args;\n",
    "cli/args.rs": "",
    "testing.rs": "",
    "tests/integration.rs": "",
  };
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), text);
  }
  assert.equal(readSources(parser, root, [""], ["main.rs"]).map((s) => s.path).sort(), ["cli/args.rs", "cli/mod.rs", "main.rs", "server.rs"]);
  // Its SIGTERM handler lives in a declared module: no STOPSIGNAL SIGINT, no tini.
  const run = inspectRun(root, [""], "main.rs", "x", ["tokio"], parser);
  assert.ok(run.handlesSigterm);
  assert.is(run.interruptOnly, undefined);
});

test("shutdown: a binary that handles only Ctrl-C is found (it gets STOPSIGNAL SIGINT); SIGTERM handling anywhere clears it", () => {
  const crate = (main: string) => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "src"));
    fs.writeFileSync(path.join(root, "src/main.rs"), main);
    return inspectRun(root, [""], "src/main.rs", "x", ["tokio"], parser).interruptOnly;
  };
  assert.equal(crate(`// docker stop sends SIGTERM\nasync fn run() {\n    tokio::select! { _ = server => {}, _ = tokio::signal::ctrl_c() => {} }\n}\n`), { file: "src/main.rs", line: 3 });
  assert.is(crate(`let mut term = signal(SignalKind::terminate())?;\ntokio::signal::ctrl_c().await?;\n`), undefined);
  assert.is(crate(`fn main() { serve(); }\n`), undefined);
});

test("build facts: embedded migrations, sqlx's checked query macros, compile_error! feature gates (crate and build.rs)", () => {
  const root = tempDir();
  const write = (f: string, text: string) => (fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true }), fs.writeFileSync(path.join(root, f), text));
  write("src/main.rs", `fn main() {}\nasync fn m(pool: &PgPool) { sqlx::migrate!().run(pool).await.unwrap(); }\nasync fn q(pool: &PgPool) { sqlx::query_as!(User, "SELECT 1").fetch_one(pool).await; }\n`);
  write("build.rs", `#[cfg(not(any(feature = "tls-rustls", feature = "tls-native")))]\ncompile_error!("pick a TLS backend");\nfn main() {}\n`);
  write("src/db.rs", `#[cfg(test)]\nmod tests { fn t() { sqlx::query!("SELECT 2"); } }\n`);
  const run = inspectRun(root, [""], "src/main.rs", "app", ["sqlx"], parser);
  assert.equal(run.embedded, [{ file: "src/main.rs", line: 2, dir: "migrations" }]);
  assert.equal(run.sqlxQuery, { file: "src/main.rs", line: 3 });
  assert.equal(run.requiredFeatures, [{ file: "build.rs", line: 1, features: ["tls-rustls", "tls-native"] }]);
  const plain = tempDir();
  fs.mkdirSync(path.join(plain, "src"));
  fs.writeFileSync(path.join(plain, "src/main.rs"), `#[cfg(not(unix))]\ncompile_error!("unix only");\nfn main() { let q = "sqlx::query!"; }\n`);
  const none = inspectRun(plain, [""], "src/main.rs", "p", [], parser);
  assert.equal([none.embedded, none.sqlxQuery, none.requiredFeatures], [[], undefined, []]);
});

test("needs at start: what the build script reads is cargo's, not the container's", () => {
  for (const packageDir of ["", "server"]) {
    const root = tempDir();
    const write = (f: string, text: string) => (fs.mkdirSync(path.dirname(path.join(root, packageDir, f)), { recursive: true }), fs.writeFileSync(path.join(root, packageDir, f), text));
    write("build.rs", `fn main() { let out = std::env::var("OUT_DIR").unwrap(); let t = std::env::var("TARGET").expect("cargo sets TARGET"); }\n`);
    write("src/main.rs", `fn main() { let key = std::env::var("API_KEY").expect("API_KEY must be set"); }\n`);
    const run = inspectRun(root, [packageDir], "src/main.rs", "app", [], parser);
    assert.equal(run.requiredEnv.map((r) => r.name), ["API_KEY"]);
    assert.not.ok(run.envReads.includes("OUT_DIR"));
  }
});

test("health routes by their last segment, joined with the router prefixes they are served under", () => {
  const axum = src(
    "src/app.rs",
    `pub fn app() -> Router {
    Router::new()
        .nest("/api/v1", Router::new().route("/healthz", get(health)).route("/{id}/status", get(job)))
        .nest("/internal", ops::routes())
}`,
  );
  const ops = src("src/ops.rs", `pub fn routes() -> Router {\n    Router::new().route("/live", get(live))\n}\n`);
  assert.equal(findHealthRoutes([axum, ops]).map((r) => r.path), ["/api/v1/healthz", "/internal/live"]);

  const actix = src(
    "src/main.rs",
    `App::new()
    .service(web::scope("/api").route("/health", web::get().to(health)))
    .service(web::scope("/admin").configure(admin_routes))
fn admin_routes(cfg: &mut web::ServiceConfig) { cfg.route("/ready", web::get().to(ready)); }`,
  );
  assert.equal(findHealthRoutes([actix]).map((r) => r.path), ["/api/health", "/admin/ready"]);

  const rocket = src(
    "src/main.rs",
    `#[get("/alive")]
fn alive() -> &'static str { "ok" }
#[launch]
fn rocket() -> _ { rocket::build().mount("/api", routes![index, alive]) }`,
  );
  assert.equal(findHealthRoutes([rocket]).map((r) => [r.path, r.shape]), [["/api/alive", '#[get("…")]']]);

  // Negatives: a route chained after a scope's closing parenthesis is not in it; a module path names the module;
  // a generic word under a deeper path is a business route.
  const after = src("src/main.rs", `HttpServer::new(|| App::new().service(web::scope("/api").route("/users", web::get().to(users))).route("/health", web::get().to(ok)))`);
  assert.equal(findHealthRoutes([after]).map((r) => r.path), ["/health"]);
  const main = src("src/main.rs", `fn app() -> Router { Router::new().nest("/api", api::router()).merge(health::router()) }`);
  const health = src("src/health.rs", `pub fn router() -> Router { Router::new().route("/healthz", get(ok)) }`);
  assert.equal(findHealthRoutes([main, health]).map((r) => r.path), ["/healthz"]);
  assert.equal(findHealthRoutes([src("src/jobs.rs", '.route("/api/jobs/status", get(status)).route("/api/ping", get(p))')]), []);
});

test("a health route whose path a field or variable named for it holds, set at run time from the crate's one health path literal", () => {
  const main = (registration: string) => src("src/main.rs", `fn app(config: Config) -> App {\n    App::new()\n        ${registration}\n        .route("/{path}", web::get().to(files))\n}\n`);
  const config = (...routes: string[]) =>
    src(
      "src/config.rs",
      `impl Config {\n    fn new(prefix: String, fixed: bool) -> Self {\n        let healthcheck_route = if fixed { ${routes[0]}.into() } else { ${routes[1] ?? routes[0]} };\n        Config { healthcheck_route }\n    }\n}\n`,
    );
  const held = main(".route(&config.healthcheck_route, web::get().to(healthcheck))");
  const internal = config('"/__svc_internal/healthcheck"', 'format!("{}/{}", prefix, "__svc_internal/healthcheck")');
  assert.equal(findHealthRoutes([held, internal]).map((r) => [r.path, r.shape, r.line]), [["/__svc_internal/healthcheck", '.route("…") with the path held in healthcheck_route', 3]]);
  const parameter = src("src/routes.rs", `pub fn probes(app: Router, health_path: &str) -> Router {\n    app.route(health_path, get(ok))\n}\nconst DEFAULT: &str = "/_system/health";\n`);
  assert.equal(findHealthRoutes([parameter]).map((r) => r.path), ["/_system/health"]);
  // Negatives: a field not named for health, though a health literal exists; two health literals that disagree; no
  // health literal at all.
  assert.equal(findHealthRoutes([main(".route(&config.api_route, web::get().to(api))"), internal]), []);
  assert.equal(findHealthRoutes([held, config('"/__svc_internal/healthcheck"', 'format!("{}/{}", prefix, "ops/healthz")')]), []);
  assert.equal(findHealthRoutes([held, config('"/__svc_internal/status-page"')]), []);
});

test("a /metrics route is the probe's route only when the service registers no health route and always serves it", () => {
  const hyper = src(
    "src/server.rs",
    `async fn handle(request: Request<Body>) -> Result<Response<Body>, Infallible> {\n    match (request.uri().path(), is_upgrade(&request)) {\n        ("/", true) => upgrade(request),\n        ("/metrics", false) => metrics(),\n        _ => not_found(),\n    }\n}\n`,
  );
  assert.equal(findHealthRoutes([hyper]).map((r) => [r.path, r.metrics, r.line]), [["/metrics", true, 4]]);
  const both = src("src/main.rs", `fn app() -> Router {\n    Router::new().route("/metrics", get(metrics)).route("/healthz", get(ok))\n}\n`);
  assert.equal(findHealthRoutes([both]).map((r) => [r.path, r.metrics]), [["/healthz", undefined], ["/metrics", true]]);
  // Negatives: one a setting turns on; one served by a metrics listener of its own; one under a prefix is not /metrics.
  const switched = src("src/main.rs", `fn app(cfg: Config) -> Router {\n    let mut app = Router::new();\n    if cfg.metrics {\n        app = app.route("/metrics", get(m));\n    }\n    app\n}\n`);
  assert.equal(findHealthRoutes([switched]), []);
  const ownListener = src("src/metrics.rs", `pub async fn serve(addr: SocketAddr) {\n    let app = Router::new().route("/metrics", get(render));\n    axum::serve(TcpListener::bind(addr).await.unwrap(), app).await.unwrap();\n}\n`);
  assert.equal(findHealthRoutes([ownListener]), []);
  assert.equal(findHealthRoutes([src("src/main.rs", `fn app() -> Router { Router::new().route("/api/metrics", get(m)) }`)]), []);
});

test("a daemon on a Unix socket unless a setting says TCP: the socket bound first under the setting, TCP only after it", () => {
  const unixFirst = src(
    "src/socket.rs",
    `pub async fn listener(settings: &Settings) -> Result<Box<dyn Listener>> {\n    if settings.use_unix_socket {\n        let socket = UnixSocket::new_stream()?;\n        socket.bind(&settings.socket_path)?;\n        return Ok(Box::new(socket.listen(1024)?));\n    }\n    let tcp = TcpListener::bind((settings.host.as_str(), settings.port)).await?;\n    Ok(Box::new(tcp))\n}\n`,
  );
  assert.equal(findUnixSocketDefault([unixFirst]), { file: "src/socket.rs", line: 3, condition: "settings.use_unix_socket" });
  const elseBranch = src("src/main.rs", `fn listen(cfg: &Cfg) -> Listener {\n    if cfg.unix {\n        Listener::Unix(std::os::unix::net::UnixListener::bind(&cfg.path).unwrap())\n    } else {\n        Listener::Tcp(std::net::TcpListener::bind(cfg.addr).unwrap())\n    }\n}\n`);
  assert.equal(findUnixSocketDefault([elseBranch])?.line, 3);
  // Negatives: a socket path that may be absent (TCP is the default); a Unix command socket beside TCP listeners of
  // its own; a Unix socket bound unconditionally, then TCP too; only TCP.
  const optionalPath = src("src/main.rs", `async fn listen(args: &Args) {\n    if let Some(path) = &args.socket {\n        return serve(UnixListener::bind(path).unwrap()).await;\n    }\n    serve(TcpListener::bind(args.addr).await.unwrap()).await\n}\n`);
  const isSome = src("src/main.rs", `async fn listen(args: &Args) {\n    if args.socket.is_some() {\n        return serve(UnixListener::bind(args.socket.as_ref().unwrap()).unwrap()).await;\n    }\n    serve(TcpListener::bind(args.addr).await.unwrap()).await\n}\n`);
  const command = src("src/command.rs", `pub fn start(path: &Path) -> Result<()> {\n    if config.command_socket {\n        let listener = UnixListener::bind(path)?;\n        return run(listener);\n    }\n    Ok(())\n}\n`);
  const proxy = src("src/proxy.rs", `pub fn listen(addr: SocketAddr) -> TcpListener {\n    TcpListener::bind(addr).unwrap()\n}\n`);
  const both = src("src/main.rs", `async fn main() {\n    let control = UnixListener::bind("/run/ctl.sock").unwrap();\n    let api = TcpListener::bind("0.0.0.0:8080").await.unwrap();\n}\n`);
  for (const sources of [[optionalPath], [isSome], [command, proxy], [both], [proxy]]) assert.is(findUnixSocketDefault(sources), undefined);
});

test("a health route switched on by a variable: a match guard, an enclosing if, a binding or a clap flag read from it", () => {
  const guard = src("src/main.rs", `let ops = std::env::var("OPS_ENDPOINTS").map(|v| v == "1").unwrap_or(false);\nmatch (m, p) {\n    ("GET", "/_ops/healthz") if ops => ok(),\n    _ => nf(),\n}\n`);
  assert.equal(findHealthRoutes([guard])[0].enabledBy, { name: "OPS_ENDPOINTS", value: "1" });
  const block = src("src/main.rs", `let mut app = Router::new();\nif env::var("ENABLE_HEALTH").is_ok() {\n    app = app.route("/health", get(ok));\n}\n`);
  assert.equal(findHealthRoutes([block])[0].enabledBy, { name: "ENABLE_HEALTH", value: "1" });
  const flag = src(
    "src/main.rs",
    `struct Args {\n    #[arg(long, env = "HEALTH_ROUTE")]\n    health_route: bool,\n}\nfn app(args: Args) {\n    if args.health_route {\n        app = app.route("/healthz", get(ok));\n    }\n}\n`,
  );
  assert.equal(findHealthRoutes([flag])[0].enabledBy, { name: "HEALTH_ROUTE", value: "true" });
  const bare = src("src/main.rs", `struct Args {\n    /// Serve /livez\n    #[arg(long = "with-probes")]\n    probes: bool,\n}\nfn app(args: Args) {\n    if args.probes {\n        app = app.route("/livez", get(ok));\n    }\n}\n`);
  assert.equal(findHealthRoutes([bare])[0].enabledBy, { flag: "--with-probes" });
  // From the trees: another attribute between the option's and the field, a bracket inside its help text.
  const attributed = src("src/main.rs", `struct Args {\n    #[arg(long, env = "APP_HEALTH", help = "serve [/health]")]\n    #[serde(default)]\n    health: bool,\n}\nfn app(args: Args) {\n    if args.health {\n        app = app.route("/health", get(ok));\n    }\n}\n`);
  assert.equal(findHealthRoutes([attributed])[0].enabledBy, { name: "APP_HEALTH", value: "true" });
  // Negatives: an if that reads no variable; a route outside the closed if block.
  const plain = src("src/main.rs", `if cfg.metrics {\n    app = app.route("/metrics", get(m));\n}\nif env::var("DEBUG").is_ok() {\n    tracing::debug!("on");\n}\napp = app.route("/health", get(ok));\n`);
  assert.equal(findHealthRoutes([plain]).map((r) => [r.path, r.enabledBy]), [["/health", undefined]]);
  // The else branch, a negated switch, a config struct that merely reads a variable: nothing is switched on.
  const elseBranch = src("src/main.rs", `let app = if std::env::var("MAINTENANCE").is_ok() {\n    maintenance()\n} else {\n    Router::new().route("/healthz", get(ok))\n};\n`);
  const negated = src("src/main.rs", `struct Args {\n    #[arg(long)]\n    no_health: bool,\n}\nif !args.no_health {\n    app = app.route("/healthz", get(ok));\n}\n`);
  const config = src("src/main.rs", `let config = Config { database_url: env::var("DATABASE_URL").unwrap_or_default() };\nif config.database_url.len() > 0 {\n    app = app.route("/readyz", get(ready));\n}\n`);
  for (const code of [elseBranch, negated, config]) assert.is(findHealthRoutes([code])[0].enabledBy, undefined, code.text);
});

test("writable directories through a constant, a database file's directory, a data-folder setting's default", () => {
  const code = src(
    "src/main.rs",
    `const SPOOL: &str = "var/spool";
fn main() {
    std::fs::create_dir_all(SPOOL).unwrap();
    let db = "/data/urls.sqlite";
    let legacy = "/urls.sqlite";
}
make_config! { data_folder: String, false, def, "data".to_owned(); }
`,
  );
  assert.equal(findDataDirs([code]).map((d) => [d.dir, d.shape]), [
    ["/app/var", "create_dir_all of a constant"],
    ["/app/data", "default of a data-directory setting"],
    ["/data", "database file path"],
  ]);
  // An unknown constant, a database URL without a directory: nothing.
  assert.equal(findDataDirs([src("src/main.rs", 'fn main() { create_dir_all(ELSEWHERE).ok(); let u = "sqlite::memory:"; }')]), []);
});

test("storage settings' defaults: struct fields, default functions, set_default, a store's TOML table in the code", () => {
  const code = src(
    "src/config.rs",
    `impl Default for Settings {
    fn default() -> Self {
        Self { upload_dir: "upload".into(), data_directory: ".".to_owned(), port: 8000 }
    }
}
impl Default for SledDefaults {
    fn default() -> Self {
        Self { path: PathBuf::from(String::from("/mnt/sled-repo")), export_path: PathBuf::from("/mnt/exports") }
    }
}
impl FileConfig {
    fn dl_dir_path_default() -> PathBuf {
        PathBuf::from("crates")
    }
}
fn load() -> Config {
    Config::builder().set_default("media.cache_path", "./var/cache/thumbs").add_source(File::from_str(DEFAULTS, FileFormat::Toml));
    let defaults = r#"
    [channel]
    inet = "[::1]:1491"

    [store.kv]
    path = "./data/store/kv/"
    retain_word_objects = 1000

    [store.fst]
    path = "./data/store/fst/"
    "#;
}
`,
  );
  assert.equal(
    findDataDirs([code]).map((d) => [d.path, d.dir, d.line]),
    [
      ["/app", "/app", 3],
      ["/app/upload", "/app/upload", 3],
      ["/mnt/sled-repo", "/mnt/sled-repo", 8],
      ["/app/crates", "/app/crates", 12],
      ["/app/var/cache/thumbs", "/app/var", 17],
      ["/app/data/store/kv", "/app/data", 23],
      ["/app/data/store/fst", "/app/data", 27],
    ],
  );
  // Parsed TOML: a dotted key or an inline table is a store's path too; a raw string no config-rs call reads is not.
  const toml = (text: string, reads = true) =>
    findDataDirs([src("src/config.rs", `fn load() { ${reads ? "Config::builder().add_source(File::from_str(D, FileFormat::Toml));" : ""}\n    let d = r#"\n${text}\n"#;\n}`)]).map((d) => [d.path, d.line]);
  assert.equal(toml('[server]\nstore.kv.path = "./data/kv"\ndb = { dir = "state/db" }'), [["/app/data/kv", 4], ["/app/state/db", 5]]);
  assert.equal(toml('[store.kv]\npath = "./data/kv"', false), []);
  // A clap option named for a store takes the same words; one for what it serves does not.
  const options = src("src/cli.rs", '#[arg(long, default_value = "thumbs")]\ncache_dir: PathBuf,\n#[arg(long, default_value = "public")]\nstatic_dir: PathBuf,\n');
  assert.equal(findDataDirs([options]).map((d) => [d.path, d.shape]), [["/app/thumbs", "clap default of a data-directory option"]]);
});

test("storage settings: what a service only reads, a route's path, other tables and settings are not written", () => {
  const code = src(
    "src/config.rs",
    `fn default_directory() -> PathBuf {
    PathBuf::from("/var/named")
}
fn static_dir_default() -> PathBuf { PathBuf::from("./public") }
impl Default for Settings {
    fn default() -> Self {
        Self { template_dir: "templates".into(), cert_path: "certs/server.pem".into(), path: "/api/v1".into(), redirect_to: "/login".into() }
    }
}
fn load() { builder.set_default("server.static_path", "./www").unwrap(); }
const DEFAULTS: &str = r#"
[server]
path = "/srv/site"
[store]
retain = 10
"#;
`,
  );
  assert.equal(findDataDirs([code]), []);
});

test("served directories: what each file server does without its directory; literals, constants, env-default bindings, a root option", () => {
  const sources = [
    src(
      "src/main.rs",
      `const ASSETS: &str = "./assets/";
#[launch]
fn rocket() -> _ {
    let root = env::var("ROOT_DIR").unwrap_or("public".to_string());
    rocket::build()
        .mount("/", FileServer::from(&root).rank(2))
        .mount("/media", FileServer::from(relative!("media")))
        .mount("/opt", FileServer::new("optional", Options::Missing | Options::Index))
        .mount("/x", FileServer::from(format!("{}/{}", root, "x")))
}
fn app() -> Router {
    Router::new().nest_service("/assets", ServeDir::new(ASSETS)).fallback_service(ServeDir::new("build").fallback(ServeFile::new("build/spa.html")))
}
#[derive(Parser)]
struct Args {
    #[arg(long, short = 'd', default_value = "./site", env = "SERVER_ROOT")]
    /// Root directory of static files.
    root: PathBuf,
    #[arg(long, default_value = ".")]
    web_root: PathBuf,
    #[arg(long, default_value = "uploads")]
    upload_dir: PathBuf,
}
#[cfg(test)]
mod tests { fn t() { let _ = ServeDir::new("fixtures"); } }
`,
    ),
  ];
  const found = findServedDirs(sources, findCliOptions(sources));
  assert.equal(
    found.map((d) => [d.dir, d.line, d.withoutIt]),
    [
      ["public", 6, "Rocket's FileServer panics at launch without it"],
      ["media", 7, "Rocket's FileServer panics at launch without it"],
      ["site", 16, "--root defaults to it, and it serves nothing without it"],
      ["optional", 8, undefined],
      ["assets", 12, undefined],
      ["build", 12, undefined],
    ],
  );
});

test("per-user directories: a dirs base directory and the name joined onto it, a ProjectDirs' directories; not HOME alone", () => {
  const settings = src(
    "src/settings.rs",
    `pub fn default_configuration_directory() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("pueue"))
}
pub fn save(&self, path: &Path) -> Result<()> {
    create_dir_all(path.parent().unwrap())?;
    File::create(path)?.write_all(self.to_yaml().as_bytes())
}
pub fn state(&self) -> PathBuf {
    if let Some(path) = &self.dir {
        path.clone()
    } else if let Some(path) = dirs::data_local_dir() {
        path.join("pueue")
    } else {
        PathBuf::from("./pueue")
    }
}
fn expand(p: &str) -> PathBuf { dirs::home_dir().unwrap().join(p) }
fn thumbs() -> Option<PathBuf> { dirs_next::cache_dir() }
`,
  );
  const project = src("src/store.rs", 'fn open() { let dirs = ProjectDirs::from("org", "Example", "Note Keeper").unwrap(); sled::open(dirs.data_dir()).unwrap(); }\n');
  const test = src("tests/it.rs", 'fn t() { let _ = dirs::data_dir().map(|d| d.join("fixture")); }\n');
  assert.equal(
    findHomeDirs([settings, project, test]).map((d) => [d.path, d.call, d.file, d.line]),
    [
      ["~/.config/pueue", "dirs::config_dir()", "src/settings.rs", 2],
      ["~/.local/share/pueue", "dirs::data_local_dir()", "src/settings.rs", 11],
      ["~/.cache", "dirs::cache_dir()", "src/settings.rs", 18],
      ["~/.local/share/notekeeper", "ProjectDirs::data_dir()", "src/store.rs", 1],
    ],
  );
  // A configuration directory it only reads (looks for a file in), and a crate without dirs or ProjectDirs: a
  // `.data_dir()` method of its own is not one.
  const lookup = src("src/config.rs", 'fn find() -> Option<PathBuf> { let p = ProjectDirs::from("org", "ex", "relay")?; let c = p.config_dir().join("config.json"); c.exists().then_some(c) }\n');
  assert.equal(findHomeDirs([lookup]), []);
  assert.equal(findHomeDirs([src("src/main.rs", "fn main() { let d = settings.data_dir(); std::env::home_dir(); }\n")]), []);
});

test("a library's sources outside the context, as text: named by the library, comments blanked", () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, "src", "daemon"), { recursive: true });
  fs.writeFileSync(path.join(dir, "src", "lib.rs"), "pub mod daemon;\n// dirs::data_dir().map(|d| d.join(\"commented\"))\n");
  fs.writeFileSync(path.join(dir, "src", "daemon", "state.rs"), 'pub fn dir() -> PathBuf {\n    dirs::data_local_dir().unwrap().join("queue")\n}\n');
  const sources = librarySources("queue-lib", dir);
  assert.equal(sources.map((s) => s.path), ["queue-lib's src/daemon/state.rs", "queue-lib's src/lib.rs"]);
  assert.equal(findHomeDirs(sources).map((d) => `${d.file}:${d.line} ${d.path}`), ["queue-lib's src/daemon/state.rs:2 ~/.local/share/queue"]);
});

test("variables read through `use std::env::var`, a constant naming them, or a helper given their name", () => {
  const names = src("crates/core/src/env.rs", 'pub mod vars {\n    pub const ADDRESS_PORT: &str = "SHOP_ADDRESS_PORT";\n}\n');
  const code = src(
    "src/config.rs",
    `use std::env::{var, VarError};
fn read_setting(new_name: &str, old_name: &str) -> Result<String, VarError> {
    var(new_name).or_else(|_| var(old_name))
}
pub fn load() {
    let port = read_setting("SHOP_LISTEN_PORT", "port").unwrap_or(String::from("4567"));
    let token = var("SHOP_TOKEN");
    let addr = std::env::var(vars::ADDRESS_PORT);
    let other = settings.var("NOT_ENV");
}`,
  );
  assert.equal(findEnvReads([names, code]).map((r) => r.name), ["SHOP_LISTEN_PORT", "SHOP_TOKEN", "SHOP_ADDRESS_PORT"]);
  // The crate's whole name is the project's prefix; a word of it counts with a listen word (SHOP_LISTEN_PORT), not
  // alone (MQTT_HOST in mqtt-bridge is the broker's); metrics and client ports never.
  const vars = src("src/main.rs", 'let a = env::var("SHOP_LISTEN_PORT"); let b = env::var("SHOP_API_HOST"); let c = env::var("METRICS_PORT"); let d = env::var("REDIS_PORT"); let e = env::var("SHOP_HOST");');
  assert.equal(findListenVars([vars], "shop-api").map((v) => [v.name, v.kind]), [["SHOP_LISTEN_PORT", "port"], ["SHOP_API_HOST", "host"]]);
  const broker = src("src/main.rs", 'let host = env::var("MQTT_HOST").unwrap_or("127.0.0.1".into()); let port = env::var("MQTT_PORT").unwrap_or("1883".into());');
  assert.equal(findListenVars([broker], "mqtt-bridge"), []);
  assert.is(findPort([broker], tempDir(), ""), undefined);
});

// [a variable's first word, whether it may be the service's own listener]
const ENDPOINT_WORDS: [string, boolean][] = [
  ["DATABASE", false], ["DB", false], ["PG", false], ["SQLX", false], ["MONGODB", false], ["REDIS", false], ["MEMCACHE", false],
  ["RABBITMQ", false], ["KAFKA", false], ["MQTT", false], ["SMTP", false], ["OTEL", false], ["SENTRY", false],
  ["METRICS", false], ["ADMIN", false], ["GRPC", false], ["UPSTREAM", false], ["BACKEND", false], ["HTTPS_PROXY", false],
  ["APP", true], ["SERVER", true], ["HTTP", true], ["SHOP", true], ["DBX", true],
];
for (const [word, own] of ENDPOINT_WORDS)
  test(`${word}_ ${own ? "may be" : "is never"} the service's listener, for every detector that asks`, () => {
    assert.is(!OTHER_ENDPOINT_VAR.test(`${word}_PORT`), own);
    const port = findPort([src("src/main.rs", `let port = env::var("${word}_PORT").unwrap_or("8123".into());`)], tempDir(), "");
    assert.is(port?.port === 8123, own, "the port default");
    assert.is(addressVars([`${word}_ADDR`]).length === 1, own, "the address variable set when it listens on loopback");
    assert.is(findListenVars([src("src/main.rs", `let p = env::var("${word}_PORT");`)], word.toLowerCase()).length === 1, own, "a listen variable of a crate named after it");
  });

test("ports and loopback in socket address constructors, also inside a CLI default's expression string", () => {
  const fallback = src("src/env.rs", "(Err(_), Err(_)) => {\n    let addr = SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8088);\n    Ok(addr)\n}\n");
  assert.equal(findPort([fallback], tempDir(), "")?.port, 8088);
  const argh = src(
    "src/main.rs",
    `struct Opts {
    /// socket address to bind to (default: 127.0.0.1:8820)
    #[argh(positional, default = "SocketAddr::new(IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1)), 8820)")]
    bind_addr: SocketAddr,
}`,
  );
  assert.equal(findPort([argh], tempDir(), "")?.port, 8820);
  assert.equal(findLoopbackBinds([argh]).map((b) => b.line), [3]);
  // A client's address built the same way is neither a bind nor the service's port.
  const statsd = src("src/metrics.rs", "let sink = UdpMetricSink::from(SocketAddr::new(Ipv4Addr::new(127, 0, 0, 1).into(), 8125), socket)?;");
  assert.equal(findLoopbackBinds([statsd]), []);
  assert.is(findPort([statsd], tempDir(), ""), undefined);
});

test("start arguments: a config file it cannot start without, a listen address taken as an argument", () => {
  const argh = src("src/main.rs", `#[derive(argh::FromArgs)]\n/// a pastebin.\npub struct Args {\n    /// socket address to bind to\n    #[argh(positional, default = "default_addr()")]\n    bind_addr: SocketAddr,\n    /// buffer size\n    #[argh(option, default = "1000")]\n    buffer_size: usize,\n}\n`);
  assert.equal(findStartArgs(findCliOptions([argh])), { addressArg: { name: "bind_addr", file: "src/main.rs", line: 5 } });
  const required = src("src/cli.rs", `#[derive(Parser)]\nstruct Cli {\n    /// The configuration file\n    #[arg(value_name = "FILE")]\n    config: PathBuf,\n}\n`);
  assert.equal(findStartArgs(findCliOptions([required])).configArg?.name, "config");
  const group = src("src/cli.rs", `#[clap(group(ArgGroup::new("cmds").required(true).args(&["CONFIG", "genkey"])))]\npub struct Cli {\n    #[clap(parse(from_os_str), name = "CONFIG")]\n    pub config_path: Option<std::path::PathBuf>,\n}\n`);
  assert.equal(findStartArgs(findCliOptions([group])).configArg?.name, "CONFIG");
  assert.equal(findStartArgs(findCliOptions([src("src/cli.rs", "struct Cli {\n    #[arg(long)]\n    settings_file: PathBuf,\n}\n")])).configArg?.name, "--settings-file");
  // Negatives: an optional option, an optional positional, one with a default, a positional of another kind.
  const fine = src(
    "src/cli.rs",
    `struct Cli {
    #[arg(long, short)]
    config: Option<PathBuf>,
    #[arg(long)]
    check_config: bool,
    #[arg()]
    conf: Option<PathBuf>,
    #[arg(default_value = "app.toml")]
    config_file: PathBuf,
    #[arg()]
    input: PathBuf,
}`,
  );
  assert.equal(findStartArgs(findCliOptions([fine])), {});
  // Another subcommand's required config file is not the served one's.
  const client = src("src/cli.rs", `#[derive(Subcommand)]\nenum Cmd {\n    Import {\n        #[arg(long)]\n        config: PathBuf,\n    },\n    Serve,\n}\n`);
  assert.equal(findStartArgs(findCliOptions([client]), "serve"), {});
  assert.equal(findStartArgs(findCliOptions([client]), "import").configArg?.name, "--config");
});

test("config read: an option's default path or a path the code builds, read by a call that ends the program when it fails", () => {
  const configRead = (...sources: SourceFile[]) => findConfigRead(sources, findCliOptions(sources));
  const derive = src(
    "src/lib.rs",
    `#[derive(Parser)]
struct Args {
    #[clap(short = 'c', long = "config", default_value = "/etc/named.toml")]
    config: PathBuf,
}
fn run(args: Args) -> Result<(), String> {
    let Args { config } = args;
    let config_path = Path::new(&config);
    let settings = Settings::read_config(config_path).map_err(|e| format!("{e}"))?;
    Ok(())
}
`,
  );
  assert.equal(configRead(derive), { name: "--config", defaultFile: "/etc/named.toml", global: true, file: "src/lib.rs", line: 3 });
  const builder = src(
    "src/main.rs",
    `fn main() -> Result<(), Error> {
    let matches = Command::new("dns").arg(Arg::new("config").long("config").short('c').default_value("dns.toml")).get_matches();
    let config_path = matches.get_one::<String>("config").unwrap();
    let config = Config::from_path(config_path)?;
    Ok(())
}
`,
  );
  assert.equal(configRead(builder)?.defaultFile, "dns.toml");
  // No option: a path it builds (a variable, else a file in its directory), with a check that only exits.
  const inCode = src(
    "src/main.rs",
    `fn main() {
    let config_path = match env::var("CONFIG").ok() { Some(p) => PathBuf::from(p), None => dir.join("config.toml") };
    if !config_path.exists() {
        eprintln!("no configuration");
        std::process::exit(1);
    }
    let config = Config::parse(&config_path).expect("failed to parse config");
    let upload_path = config.upload_path.clone();
    if upload_path.exists() { cleanup(&upload_path); }
}
`,
  );
  assert.equal(configRead(inCode), { name: "config_path", inCode: true, defaultFile: "config.toml", file: "src/main.rs", line: 7 });
  // Negatives: a default it falls back from when missing, an optional option read only when given, a read whose
  // failure is kept, an option of a subcommand the image does not run.
  const fallsBack = src(
    "src/main.rs",
    `struct Args {
    #[arg(long, default_value = "app.toml")]
    config_file: PathBuf,
}
fn load(args: &Args) -> anyhow::Result<Settings> {
    if args.config_file.exists() { Ok(Settings::load(&args.config_file)?) } else { Ok(Settings::default()) }
}
`,
  );
  assert.is(configRead(fallsBack), undefined);
  const optional = src(
    "src/main.rs",
    `struct Args {
    #[arg(short, long)]
    config: Option<PathBuf>,
}
fn load(args: &Args) -> anyhow::Result<Settings> {
    let mut settings = Settings::default();
    if let Some(path) = &args.config { settings = Settings::read(path)?; }
    Ok(settings)
}
`,
  );
  assert.is(configRead(optional), undefined);
  const kept = src("src/main.rs", `fn main() {
    let config_path = dir.join("app.toml");
    let settings = Settings::load(&config_path).unwrap_or_default();
}
`);
  assert.is(configRead(kept), undefined);
  // A reader that may find nothing (`Ok(None)` for a missing file); a path read with no check that stops without it.
  const maybe = src(
    "src/config.rs",
    `struct Cli {
    #[arg(long, default_value = "config.toml")]
    pub config: String,
}
pub fn load_config_file(path: &str) -> Result<Option<FileConfig>, Box<dyn Error>> {
    if !Path::new(path).exists() { return Ok(None); }
    Ok(Some(toml::from_str(&fs::read_to_string(path)?)?))
}
pub fn merge(cli: Cli) -> Result<AppConfig, Box<dyn Error>> { let file = load_config_file(&cli.config)?; Ok(file.into()) }
pub fn load_from_directory(directory: &Path) -> anyhow::Result<AppConfig> {
    let config_file = directory.join("app.json");
    Ok(load_from_file(&config_file)?)
}
`,
  );
  assert.is(configRead(maybe), undefined);
  // A config file or the options that replace it: the code stops when neither set the one thing it needs.
  const eitherOr = src(
    "src/service.rs",
    `pub fn define(app: Command) -> Command {
    app.arg(Arg::new("CONFIG").short('c').long("config")).arg(Arg::new("SERVER_ADDR").short('s').long("server-addr"))
}
pub fn create(matches: &ArgMatches) -> Result<Config, Error> {
    let mut config = match matches.get_one::<PathBuf>("CONFIG") { Some(p) => Config::load_from_file(p)?, None => Config::default() };
    if config.server.is_empty() {
        return Err(Error::InsufficientParams("missing servers, consider specifying --server-addr, or a configuration file".into()));
    }
    Ok(config)
}
`,
  );
  assert.equal(configRead(eitherOr), { name: "--config", global: true, file: "src/service.rs", line: 6 });
  // A hand-rolled parser (lexopt) whose missing path is an error named for it.
  const namedError = src(
    "src/config.rs",
    `pub fn parse(args: ArgsOs) -> Result<Config, ConfigError> {
    let mut path = None;
    while let Some(arg) = parser.next()? { if let Arg::Long("config") = arg { path = Some(parser.value()?); } }
    if path.is_none() {
        return Err(ConfigError::NoConfig);
    }
    Ok(serde_json::from_reader(File::open(path.unwrap())?)?)
}
`,
  );
  assert.equal(configRead(namedError), { name: "--config", global: true, file: "src/config.rs", line: 4 });
  const picoArgs = src("src/main.rs", `fn main() -> Result<()> {\n    let config: Option<PathBuf> = args.opt_value_from_str(["-c", "--config-file"])?;\n    if config.is_none() {\n        return Err(AppError::MissingConfig);\n    }\n    Ok(())\n}\n`);
  assert.equal(configRead(picoArgs), { name: "--config-file", global: true, file: "src/main.rs", line: 3 });
  assert.is(configRead(src("src/config.rs", `fn check(&self) -> Result<(), ConfigError> {\n    if self.peers.is_empty() {\n        return Err(ConfigError::NoPeers);\n    }\n    Ok(())\n}\n`)), undefined);
  // Negatives: a check of a file's format, a check that asks for a section in a file it always has.
  const notEither = src(
    "src/settings.rs",
    `pub fn read(config_file: &Path) -> Result<Settings> {
    if !matches!(config_file.extension(), Some(ext) if !ext.is_empty() && ext == "toml") { bail!("the configuration file should be toml: --config-file x.toml"); }
    Ok(Settings::default())
}
pub fn start(&mut self) -> Result<(), Error> {
    if self.config.v4.is_none() { return Err(Error::Config("one server must be set in the config file".into())); }
    Ok(())
}
`,
  );
  assert.is(configRead(notEither), undefined);
  // An optional option whose absence the code turns into an error; one it only reads when set is optional.
  const absentIsError = src(
    "src/util.rs",
    `#[derive(Parser)]
pub struct Args {
    #[clap(short = 'c', long = "config", global = true)]
    pub config: Option<String>,
    #[clap(long)]
    pub log_config: Option<String>,
}
pub fn config_path(args: &Args) -> Result<&str, UtilError> {
    match args.config.as_ref() {
        Some(file) => Ok(file.as_str()),
        None => option_env!("APP_CONFIG").ok_or(UtilError::NoConfig),
    }
}
pub fn log(args: &Args) { if let Some(path) = args.log_config.as_deref() { init_log(path); } }
`,
  );
  assert.equal(configRead(absentIsError), { name: "--config", global: true, file: "src/util.rs", line: 3 });
  const orError = src("src/main.rs", `struct Opt {\n    #[arg(long)]\n    settings: Option<PathBuf>,\n}\nfn main() -> anyhow::Result<()> { let opt = Opt::parse(); let path = opt.settings.context("--settings is required")?; Ok(()) }\n`);
  assert.equal(configRead(orError)?.name, "--settings");
  const readWhenSet = src("src/main.rs", `struct Opt {\n    #[arg(long)]\n    config: Option<PathBuf>,\n}\nfn main() { let opt = Opt::parse(); let settings = match opt.config { Some(p) => load(&p), None => Settings::default() }; }\n`);
  assert.is(configRead(readWhenSet), undefined);
  const client = src(
    "src/main.rs",
    `#[derive(Subcommand)]
enum Command {
    Check {
        #[arg(long, default_value = "app.toml")]
        config: PathBuf,
    },
    Serve,
}
fn check(config: PathBuf) -> anyhow::Result<()> { Settings::load(&config)?; Ok(()) }
`,
  );
  assert.is(findConfigRead([client], findCliOptions([client]), "serve"), undefined);
  assert.equal(findConfigRead([client], findCliOptions([client]), "check")?.name, "--config");
  // Nothing configured: the served binary's own check is the evidence, not another binary's with the same check.
  const unconfigured = (file: string) =>
    src(file, `fn main() {\n    let args = Args::parse();\n    if args.config.is_none() {\n        eprintln!("give --config <FILE>: a configuration file");\n        std::process::exit(2);\n    }\n}\n`);
  const [tool, server] = [unconfigured("crates/admin/src/main.rs"), unconfigured("crates/server/src/main.rs")];
  assert.equal(findConfigRead([tool, server], [], undefined, "crates/server/src/main.rs"), { name: "a file it names", file: "crates/server/src/main.rs", line: 3 });
  assert.equal(findConfigRead([tool, server], [])?.file, "crates/admin/src/main.rs");
});

test("required positionals: the served command's arguments without a default; a directory the code creates gets one of the image's own", () => {
  const main = src(
    "src/main.rs",
    `#[derive(StructOpt)]
pub struct Args {
  /// The root directory of the registry.
  #[structopt(name = "REGISTRY_ROOT", parse(from_os_str))]
  root: PathBuf,
  #[structopt(short, long, default_value = "127.0.0.1:0")]
  addr: SocketAddr,
  #[structopt(short = "v", long = "verbose", parse(from_occurrences))]
  verbosity: usize,
}
fn run() -> Result<()> { let args = Args::from_args(); serve(&args.root, args.addr)?; Ok(()) }
`,
  );
  const index = src("src/index.rs", `pub fn open(root: PathBuf) -> Result<Index> {\n    create_dir_all(&root)?;\n    let repository = Repository::init(&root)?;\n    Ok(Index { root, repository })\n}\n`);
  const required = (...sources: SourceFile[]) => findRequiredArgs(sources, findCliOptions(sources));
  assert.equal(required(main, index), [{ name: "REGISTRY_ROOT", file: "src/main.rs", line: 4, dataDir: "/app/registry-root", createdAt: { file: "src/index.rs", line: 2 } }]);
  // Without a directory it creates, the argument is the user's to give.
  assert.equal(required(main), [{ name: "REGISTRY_ROOT", file: "src/main.rs", line: 4 }]);
  // Followed through every binding made of it, as a configuration path is (`root` → `base` → `db_path`).
  const chained = src("src/store.rs", `pub fn open(root: PathBuf) -> Result<()> {\n    let base_path = root.join("data");\n    let db_path = base_path.join("db");\n    create_dir_all(&db_path)?;\n    Ok(())\n}\n`);
  assert.equal(required(main, chained)[0].createdAt, { file: "src/store.rs", line: 4 });
  // Negatives: an optional positional, one with a default, a configuration file (configArg's), another subcommand's.
  const others = src(
    "src/main.rs",
    `#[derive(Parser)]
struct Cli {
    #[arg()]
    root: Option<PathBuf>,
    #[arg(default_value = ".")]
    dir: PathBuf,
    #[arg(value_name = "CONFIG")]
    config: PathBuf,
    #[command(subcommand)]
    cmd: Cmd,
}
#[derive(Subcommand)]
enum Cmd { Serve, Push { #[arg()] target: String } }
`,
  );
  assert.equal(findRequiredArgs([others], findCliOptions([others]), "serve"), []);
  assert.equal(findRequiredArgs([others], findCliOptions([others]), "push").map((a) => a.name), ["TARGET"]);
});

test("required environment: reads that end the program without the variable, and clap options with no default", () => {
  const code = src(
    "src/config.rs",
    `use std::env;
pub fn load() -> anyhow::Result<Config> {
    let url = env::var("DATABASE_URL").expect("DATABASE_URL must be set");
    let key = std::env::var("API_KEY")?;
    let secret = env::var("JWT_SECRET")
        .context("JWT_SECRET is required")?;
    let token = dotenvy::var("BOT_TOKEN").map_err(|e| anyhow!("BOT_TOKEN: {e}"))?;
    let region = env::var("REGION").unwrap();
    Ok(Config { url, key, secret, token, region })
}

#[derive(Parser)]
struct Args {
    #[arg(long, env = "SMTP_HOST")]
    smtp_host: String,
}
`,
  );
  assert.equal(
    findRequiredEnv([code]).map((r) => [r.name, r.line, r.shape]),
    [
      ["DATABASE_URL", 3, "env::var(…).expect(…)"],
      ["API_KEY", 4, "env::var(…)?"],
      ["JWT_SECRET", 5, "env::var(…).context(…)?"],
      ["BOT_TOKEN", 7, "env::var(…).map_err(…)?"],
      ["REGION", 8, "env::var(…).unwrap()"],
      ["SMTP_HOST", 14, "a clap option with no default"],
    ],
  );
});

test("variable reads from the trees: a bracket inside an adapter's string, a helper whose body has blocks, names in strings", () => {
  const code = src(
    "src/config.rs",
    `fn setting(name: &str) -> Option<String> {
    if name.is_empty() { return None; }
    std::env::var(name).ok()
}
pub fn load() -> Result<(), Error> {
    let key = env::var("API_KEY").map_err(|_| Error::new("missing ) in API_KEY"))?;
    let port = setting("APP_PORT");
    let help = "set env::var(\\"NOT_READ\\") first";
    let page = env::var("PAGE_SIZE").ok();
    Ok(())
}`,
  );
  assert.equal(findEnvReads([code]).map((r) => [r.name, r.line]), [["API_KEY", 6], ["APP_PORT", 7], ["PAGE_SIZE", 9]]);
  assert.equal(findRequiredEnv([code]).map((r) => [r.name, r.shape]), [["API_KEY", "env::var(…).map_err(…)?"]]);
  // Negative shapes: a read whose unset case the code handles is not required.
  const handled = src("src/main.rs", `fn f() -> Result<()> {\n    let a = env::var("A").unwrap_or_default();\n    let b = match env::var("B") { Ok(v) => v, Err(_) => String::new() };\n    let c = env::var("C").ok();\n    Ok(())\n}`);
  assert.equal(findRequiredEnv([handled]), []);
});

test("required environment: only the served subcommand's and global clap options count; a count is never required", () => {
  const code = src(
    "src/main.rs",
    `#[derive(Parser)]
struct Args {
    #[clap(short, long, env = "APP_TOKEN")]
    token: String,
    #[clap(short = 'v', long = "verbose", env = "APP_VERBOSE", action = clap::ArgAction::Count)]
    verbosity: u8,
    #[structopt(long, env = "APP_DEBUG", parse(from_occurrences))]
    debug: usize,
    #[clap(subcommand)]
    command: Command,
}
#[derive(Subcommand)]
enum Command {
    Local {
        #[clap(env = "APP_LOCAL_PORT")]
        local_port: u16,
        #[clap(short, long, env = "APP_SERVER")]
        to: String,
    },
    Server {
        #[clap(long, env = "APP_SECRET")]
        secret: String,
    },
}
`,
  );
  assert.equal(findRequiredEnv([code], findCliOptions([code]), "server").map((r) => [r.name, r.line]), [["APP_TOKEN", 3], ["APP_SECRET", 21]]);
  assert.equal(findRequiredEnv([code], findCliOptions([code]), "local").map((r) => r.name), ["APP_TOKEN", "APP_LOCAL_PORT", "APP_SERVER"]);
});

test("required environment, negatives: defaults, optional reads, kept errors, optional clap options, test code", () => {
  const code = src(
    "src/main.rs",
    `fn settings() -> Settings {
    let level = env::var("LOG_LEVEL").unwrap_or_else(|_| "info".into());
    let name = env::var("SERVICE_NAME").unwrap_or_default();
    let debug = env::var("DEBUG").is_ok();
    let sentry = env::var("SENTRY_DSN").ok();
    if let Ok(dir) = env::var("DATA_DIR") { use_dir(dir); }
    let proxy = match env::var("HTTP_PROXY") { Ok(p) => Some(p), Err(_) => None };
    let checked = env::var("FEATURE_X").context("not set");
    Settings { level, name, debug, sentry, proxy, checked }
}

#[derive(Parser)]
struct Args {
    #[arg(long, env = "LISTEN_ADDR", default_value = "0.0.0.0:8080")]
    listen: String,
    #[arg(long, env = "OTLP_ENDPOINT")]
    otlp: Option<String>,
    #[arg(long, env = "VERBOSE")]
    verbose: bool,
    #[arg(long, env = "ALLOWED_ORIGINS")]
    origins: Vec<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads() { std::env::var("TEST_DATABASE_URL").unwrap(); }
}
`,
  );
  assert.equal(findRequiredEnv([code]), []);
  assert.equal(findRequiredEnv([{ ...src("src/support.rs", 'fn db() { env::var("FIXTURE_URL").unwrap(); }'), testOnly: true }]), []);
});

test("required environment through a helper returning Result<Option<_>>: `?` leaves an Option, so only its use decides", () => {
  const code = src(
    "src/settings.rs",
    `fn var(name: &str) -> Result<Option<String>> {
    match std::env::var(name) {
        Ok(v) => Ok(Some(v)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(e) => Err(e).with_context(|| format!("{name} is not valid unicode")),
    }
}
fn from_env() -> Result<Settings> {
    let host = match var("HOST")? {
        Some(host) => host.parse()?,
        None => default_host(),
    };
    if var("TLS_CERT_FILE")?.is_some() || var("TLS_KEY_FILE")?.is_some() { bail!("no TLS in this build"); }
    let region = var("REGION")?.unwrap_or_default();
    let token = var("API_TOKEN")?.context("API_TOKEN is required")?;
    Ok(Settings { host, region, token })
}
`,
  );
  // API_TOKEN: the Option is turned into an error and returned: required after all.
  assert.equal(findRequiredEnv([code]).map((r) => r.name), ["API_TOKEN"]);
});

test("CRLF sources and config files (a Windows checkout) read as their LF originals: health route, port, serve command, lines", () => {
  const run = (dir: string) => inspectRun(dir, [""], "src/main.rs", "app", ["axum", "clap", "tokio"], parser);
  for (const name of ["axum-serve", "config-port"]) {
    const fixture = path.join(ROOT, "test/fixtures/crates", name);
    assert.equal(run(crlfCopy(fixture)), run(fixture), name);
  }
  const served = run(crlfCopy(path.join(ROOT, "test/fixtures/crates/axum-serve")));
  assert.equal(served.routes.map((r) => [r.path, r.file, r.line]), [["/healthz", "src/main.rs", 32]]);
  assert.equal([served.port?.port, served.serve?.name], [3000, "serve"]);
  const configured = run(crlfCopy(path.join(ROOT, "test/fixtures/crates/config-port")));
  assert.equal([configured.configFiles, configured.port?.port, configured.configAddress?.key], [["service.toml"], 9300, "server.address"]);
  const yaml = tempDir();
  fs.writeFileSync(path.join(yaml, "config.yaml"), "log: info\r\nserver:\r\n  bind: 0.0.0.0:3000\r\n");
  assert.equal(findConfigAddress(["config.yaml"], yaml, ""), { key: "server.bind", host: "0.0.0.0", port: 3000, file: "config.yaml", line: 3 });
  fs.mkdirSync(path.join(yaml, "configuration"));
  fs.writeFileSync(path.join(yaml, "configuration/base.yaml"), "database:\r\n  port: 5432\r\napplication:\r\n  port: 8000\r\n");
  assert.equal(findPort([], yaml, ""), { port: 8000, shape: "configuration/base.yaml", file: "configuration/base.yaml", line: 4 });
});


test("health routes from the tree: routers nested two deep, paths from constants, format! and concat!, strings that hold brackets", () => {
  const app = src(
    "src/app.rs",
    `pub fn app() -> Router {
    Router::new().nest("/v1", Router::new().nest("/internal", ops::router())).merge(api::routes())
}`,
  );
  const ops = src("src/ops.rs", `pub fn router() -> Router {\n    Router::new().route(HEALTH, get(ok))\n}\nconst HEALTH: &str = "/healthz";\n`);
  const api = src("src/api/mod.rs", `pub fn routes() -> Router {\n    Router::new().route(&format!("{}/healthz", crate::PREFIX), get(ok)).route(concat!("/api", "/livez"), get(ok))\n}\n`);
  const root = src("src/main.rs", `pub const PREFIX: &str = "/api";\n`);
  assert.equal(findHealthRoutes([app, ops, api, root]).map((r) => [r.path, r.file, r.line]), [
    ["/v1/internal/healthz", "src/ops.rs", 2],
    ["/api/healthz", "src/api/mod.rs", 2],
    ["/api/livez", "src/api/mod.rs", 2],
  ]);
  // A `{` and a `)` in string literals before a route, and an inline capture in format!: nothing is lost.
  const strings = src(
    "src/main.rs",
    `const BASE: &str = "/_ops";
fn app() -> Router {
    let banner = "{ (";
    let close = ")";
    Router::new().nest(BASE, Router::new().route(&format!("{BASE}/healthz"), get(ok)).route("/health", get(ok)))
}`,
  );
  assert.equal(findHealthRoutes([strings]).map((r) => r.path), ["/_ops/health", "/_ops/_ops/healthz"]);
  // A local router nested by its name; actix scopes two deep.
  const local = src("src/main.rs", `fn app() -> Router {\n    let ops = Router::new().route("/readyz", get(ok));\n    Router::new().nest("/-", ops)\n}\n`);
  assert.equal(findHealthRoutes([local]).map((r) => r.path), ["/-/readyz"]);
  const actix = src("src/main.rs", `fn main() {\n    App::new().service(web::scope("/api").service(web::scope("/v2").service(health)));\n}\n#[get("/health")]\nasync fn health() -> &'static str { "ok" }\n`);
  assert.equal(findHealthRoutes([actix]).map((r) => r.path), ["/api/v2/health"]);
});

test("health routes the build leaves out, on another listener, or only known at run time are not taken", () => {
  const inactive = src("src/main.rs", `fn app() -> Router { Router::new().route("/api", get(ok)) }\n#[cfg(all(test, feature = "x"))]\nmod probes {\n    fn routes() -> Router { Router::new().route("/health", get(ok)) }\n}\n`);
  assert.equal(findHealthRoutes([inactive]), []);
  // A metrics module's own server answers /health on its port, not the service's.
  const metrics = src("src/metrics.rs", `const HEALTH_PATH: &str = "/health";\nasync fn handle(req: Request<Incoming>) -> Response<Body> {\n    if req.uri().path() == HEALTH_PATH { return ok(); }\n    metrics()\n}\n`);
  assert.equal(findHealthRoutes([metrics]), []);
  // A path only known at run time, a comparison with a value that is no request path.
  const runtime = src("src/main.rs", `fn app(cfg: Config) -> Router {\n    Router::new().route(&cfg.health_route, get(ok)).route(&format!("{}/health", cfg.prefix), get(ok))\n}\nfn mode(m: &str) -> bool { m == "health/check" }\n`);
  assert.equal(findHealthRoutes([runtime]), []);
});

test("a health route whose function is only called behind a flag keeps its switch", () => {
  const cli = src("src/cli.rs", `pub struct Args {\n    #[arg(long, env = "SERVER_HEALTH")]\n    pub health: bool,\n}\n`);
  const health = src(
    "src/health.rs",
    `pub fn pre_process(opts: &Opts, req: &Request<Body>) -> Option<Response<Body>> {
    if !opts.health {
        return None;
    }
    if !is_health_endpoint(req) {
        return None;
    }
    Some(ok())
}
pub fn is_health_endpoint(req: &Request<Body>) -> bool {
    req.uri().path() == "/health"
}`,
  );
  assert.equal(findHealthRoutes([cli, health]).map((r) => [r.path, r.enabledBy]), [["/health", { name: "SERVER_HEALTH", value: "true" }]]);
  const unguarded = src("src/health.rs", `fn handle(req: &Request<Body>) -> bool {\n    if !ready() {\n        log();\n    }\n    req.uri().path() == "/health"\n}\n`);
  assert.equal(findHealthRoutes([unguarded]).map((r) => [r.path, r.enabledBy]), [["/health", undefined]]);
});

test("port constants read from the tree: a number or a string of digits, in any module; not another endpoint's, not a word", () => {
  const none = tempDir();
  const port = (...files: [string, string][]) => findPort(files.map(([file, text]) => src(file, text)), none, "");
  assert.equal(port(["src/lib.rs", `/// Default port.\npub const DEFAULT_PORT: &str = "6379";`], ["src/bin/server.rs", `let port = cli.port.as_deref().unwrap_or(DEFAULT_PORT);`]), {
    port: 6379,
    shape: "port constant",
    file: "src/lib.rs",
    line: 2,
  });
  assert.is(port(["src/config.rs", `pub(crate) static HTTP_PORT_DEFAULT: u16 = 4000;`])?.port, 4000);
  assert.is(port(["src/main.rs", `const DATABASE_PORT: u16 = 5432;\nconst REDIS_PORT: &str = "6379";`]), undefined);
  assert.is(port(["src/main.rs", `const PORT_ENV: &str = "APP_PORT";\nconst SUPPORT: u16 = 80;`]), undefined);
  assert.is(port(["src/main.rs", `#[cfg(test)]\nconst TEST_PORT: u16 = 4444;`]), undefined);
});

test("port from the listen option's host:port default (a constant it names too); a host alone or a random port says none", () => {
  const none = tempDir();
  const listen = (...files: [string, string][]) => {
    const sources = files.map(([file, text]) => src(file, text));
    return findPort(sources, none, "", undefined, loopbackListenOption(findCliOptions(sources)));
  };
  assert.equal(listen(["src/constants.rs", `pub const LISTEN_ADDRESS: &str = "127.0.0.1:3000";`], ["src/config.rs", `fn cli() { Command::new("p").arg(Arg::new("listen").long("listen-address").default_value(LISTEN_ADDRESS)); }`]), {
    port: 3000,
    shape: "default of --listen-address",
    file: "src/constants.rs",
    line: 1,
  });
  assert.is(listen(["src/main.rs", `struct A { #[arg(long, default_value = "::1")] listen: IpAddr }`]), undefined);
  assert.is(listen(["src/main.rs", `struct A { #[arg(long, default_value = "127.0.0.1:0")] addr: SocketAddr }`]), undefined);
});

test("a config file compiled in as the defaults (include_str!) gives the listen address; not a template, a missing file or test code", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "svc"));
  fs.writeFileSync(path.join(root, "svc/broker.toml"), '[router]\nmax_connections = 10\n\n[v4.1]\nname = "v4-1"\nlisten = "0.0.0.0:1883"\n');
  fs.writeFileSync(path.join(root, "svc/page.html"), "<p>listen = 0.0.0.0:9</p>\n");
  const main = src("svc/src/main.rs", `static DEFAULTS: &str = include_str!("../broker.toml");\nstatic PAGE: &str = include_str!("../page.html");\nstatic GONE: &str = include_str!("../gone.toml");`);
  const testOnly = src("svc/src/tests/fixture.rs", `static T: &str = include_str!("../../broker.toml");`);
  const files = findEmbeddedConfigs([main, testOnly], path.join(root, "svc"), "svc");
  assert.equal(files, ["broker.toml"]);
  assert.equal(findConfigAddress(files, path.join(root, "svc"), "svc"), { key: "v4.1.listen", host: "0.0.0.0", port: 1883, file: "svc/broker.toml", line: 6 });
  assert.equal(findEmbeddedConfigs([testOnly], path.join(root, "svc"), "svc"), []);
  // From the tree: a path-qualified macro and a JSON file count; the same words inside a string (help text) do not.
  fs.writeFileSync(path.join(root, "svc/defaults.json"), '{"listen": "0.0.0.0:1884"}');
  const qualified = src("svc/src/main.rs", `static D: &str = std::include_str!(\n    "../defaults.json"\n);\nconst HELP: &str = "embed with include_str!(\\"../broker.toml\\")";`);
  assert.equal(findEmbeddedConfigs([qualified], path.join(root, "svc"), "svc"), ["defaults.json"]);
});

test("a metrics or admin listener of its own on loopback is no warning; a route named /metrics before a loopback bind is one", () => {
  const binds = (text: string) => findLoopbackBinds([src("src/main.rs", text)]).map((b) => [b.line, b.secondListener]);
  assert.equal(
    binds(`let socket_addr = prometheus_listen_addr.unwrap_or_else(|| {
    config
        .prometheus_listen_addr
        .unwrap_or_else(|| SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 9000))
});`),
    [[4, "prometheus_listen_addr"]],
  );
  assert.equal(binds(`let addr = match prometheus_setting.port {\n    Some(port) => SocketAddr::new("127.0.0.1".parse().unwrap(), port),\n    None => default,\n};`), [[2, "prometheus_setting"]]);
  assert.equal(binds(`let app = Router::new().route("/metrics", get(metrics));\nlet listener = TcpListener::bind("127.0.0.1:3000").await?;`), [[2, undefined]]);
  // A clap default names its listener on the field after it; the service's own option before it names none.
  assert.equal(
    binds(`#[arg(long, default_value = "127.0.0.1:9100")]\napi_listen_addr: SocketAddr,\n#[arg(long, default_value = "127.0.0.1:9200")]\nmetrics_listen_addr: SocketAddr,`),
    [[1, undefined], [3, "metrics_listen_addr"]],
  );
});

test("not binds: another endpoint's variable default, an upstream list's host field, a string test for localhost", () => {
  const lines = (text: string) => findLoopbackBinds([src("src/main.rs", text)]).map((b) => b.line);
  assert.equal(lines(`let upstream = env::var("UPSTREAM_ADDR").unwrap_or_else(|_| "127.0.0.1:6379".into());`), []);
  assert.equal(lines(`let redis = std::env::var("REDIS_HOST").unwrap_or("localhost".to_string());`), []);
  assert.equal(lines(`let upstreams = vec![\n    Upstream {\n        host: String::from("127.0.0.1"),\n        port: 9000,\n    },\n];`), []);
  assert.equal(lines(`fn is_local(host: &str) -> bool {\n    host.starts_with("localhost:") || host.starts_with("127.0.0.1:")\n}`), []);
  assert.equal(lines(`fn reachable(address: &str) -> String {\n    address.replace("0.0.0.0", "127.0.0.1")\n}`), []);
  // The service's own: its listen variable's default, and a host field of its own server settings.
  assert.equal(lines(`let addr = env::var("LISTEN_ADDR").unwrap_or_else(|_| "127.0.0.1:4000".into());`), [1]);
  assert.equal(lines(`let settings = ServerSettings {\n    host: String::from("127.0.0.1"),\n    port: 9000,\n};`), [2]);
  assert.is(findPort([src("src/main.rs", `let addr = env::var("LISTEN_ADDR").unwrap_or_else(|_| "127.0.0.1:4000".into());`)], tempDir(), "")?.port, 4000);
  assert.is(findPort([src("src/main.rs", `let up = env::var("UPSTREAM_ADDR").unwrap_or_else(|_| "127.0.0.1:6379".into());`)], tempDir(), ""), undefined);
});


test("a listen option without a default: passed when the code falls back to loopback without it, else left to the code", () => {
  const listenOption = (fallback: string) => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "src"));
    fs.writeFileSync(
      path.join(root, "src/main.rs"),
      `#[derive(Parser)]
struct Config {
    #[arg(short = 'a', long = "addr")]
    addr: Option<SocketAddr>,
    #[arg(short = 'p', long = "port")]
    port: Option<u16>,
}
impl Config {
    fn listen_addr(&self) -> SocketAddr {
        if let Some(addr) = self.addr {
            return addr;
        }
        SocketAddr::new(${fallback}, self.port.unwrap_or(4000))
    }
}
`,
    );
    const run = inspectRun(root, [""], "src/main.rs", "app", ["axum", "clap"], parser);
    return [run.listenOption?.flag, run.port?.port];
  };
  assert.equal(listenOption("IpAddr::V4(Ipv4Addr::LOCALHOST)"), ["--addr", 4000]);
  assert.equal(listenOption("IpAddr::V4(Ipv4Addr::UNSPECIFIED)"), [undefined, 4000]);
});

test("port: the default an optional port setting falls back to, never another endpoint's", () => {
  const port = (text: string) => findPort([src("src/main.rs", text)], tempDir(), "");
  assert.equal(port(`fn listen_addr(&self) -> SocketAddr {\n    let port = self.port.unwrap_or(4000);\n    SocketAddr::new(ip, port)\n}`), { port: 4000, shape: "default of an optional port setting", file: "src/main.rs", line: 2 });
  assert.is(port(`let port = cli.http_port.copied().unwrap_or(8000);`)?.port, 8000);
  assert.is(port(`let p = config.db.port.unwrap_or(5432);\nlet r = redis_port.unwrap_or(6379);\nlet m = self.metrics.port.unwrap_or(9100);`), undefined);
});

test("port: a branch that runs only when an optional setting is present is not the default; its else branch is", () => {
  const port = (text: string) => findPort([src("src/config.rs", text)], tempDir(), "")?.port;
  const chosen = (condition: string) =>
    port(`pub fn listen_on(&self) -> SocketAddr {\n    self.listen_on.unwrap_or_else(|| {\n        if ${condition} {\n            SocketAddr::from(([0, 0, 0, 0], 443))\n        } else {\n            SocketAddr::from(([0, 0, 0, 0], 8080))\n        }\n    })\n}`);
  assert.is(chosen("self.https_domain.is_some()"), 8080);
  assert.is(chosen("self.tls.as_ref().is_some_and(|t| t.enabled)"), 8080);
  assert.is(port(`let addr = if let Some(domain) = &cfg.acme_domain {\n    bind_tls(domain, ("0.0.0.0", 443))\n} else {\n    bind(("0.0.0.0", 8000))\n};`), 8000);
  // Negative shapes: a condition that is not an optional value being present keeps the first port.
  assert.is(chosen("self.https_domain.is_none()"), 443);
  assert.is(chosen("!self.https_domain.is_some()"), 443);
  assert.is(chosen("self.production"), 443);
  assert.is(port(`if let Ok(p) = env::var("X") { log(p); }\nlet addr = SocketAddr::from(([0, 0, 0, 0], 3000));`), 3000, "a closed block before the port");
  // From the tree: a pattern with braces, a negation elsewhere in an `&&`, a port nested deeper in the block.
  assert.is(port(`let addr = if let Some(Tls { cert, .. }) = &cfg.tls {\n    bind_tls(cert, ("0.0.0.0", 443))\n} else {\n    bind(("0.0.0.0", 8000))\n};`), 8000);
  assert.is(chosen("!self.debug && self.https_domain.is_some()"), 8080);
  assert.is(port(`let addr = if let Some(d) = &cfg.domain {\n    match d.kind { _ => { SocketAddr::from(([0, 0, 0, 0], 443)) } }\n} else {\n    SocketAddr::from(([0, 0, 0, 0], 8000))\n};`), 8000);
  // Negative shape: an `||` holds without the optional value.
  assert.is(chosen("self.https_domain.is_some() || self.force_https"), 443);
});

test("config-rs defaults in code: set_default, or a TOML raw string handed to File::from_str; never another endpoint's", () => {
  const defaults = `use config::{Config, Environment, File, FileFormat};\n\nfn defaults() -> &'static str {\n    r#"\n    [server]\n    log_level = "warn"\n\n    [listener]\n    inet = "[::1]:1491"\n    "#\n}\n\npub fn load() -> Config {\n    Config::builder()\n        .add_source(File::from_str(defaults(), FileFormat::Toml))\n        .add_source(Environment::with_prefix("SEARCHD").separator("__").prefix_separator("_"))\n        .build()\n        .unwrap()\n}\n`;
  const code = src("src/config.rs", defaults);
  const address = findCodeConfigAddress([code])!;
  assert.equal(address, { key: "listener.inet", host: "[::1]", port: 1491, file: "src/config.rs", line: 9 });
  assert.is(configEnvName([code], address.key), "SEARCHD_LISTENER__INET");
  assert.equal(findPort([code], tempDir(), "", address)?.port, 1491);
  const setDefault = src("src/settings.rs", `let s = Config::builder()\n    .set_default("redis.address", "127.0.0.1:6379")?\n    .set_default("http.listen", "127.0.0.1:7700")?\n    .add_source(Environment::with_prefix("APP").separator("__"))\n    .build()?;`);
  assert.equal(findCodeConfigAddress([setDefault]), { key: "http.listen", host: "127.0.0.1", port: 7700, file: "src/settings.rs", line: 3 });
  // Negative shapes: TOML in a raw string no File::from_str reads (help text, a sample), and test code.
  assert.is(findCodeConfigAddress([src("src/help.rs", `pub const SAMPLE: &str = r#"\n[server]\naddress = "127.0.0.1:8000"\n"#;`)]), undefined);
  assert.is(findCodeConfigAddress([src("src/main.rs", `#[cfg(test)]\nmod tests {\n    fn t() { let c = Config::builder().set_default("server.address", "127.0.0.1:1").unwrap(); }\n}`)]), undefined);
  assert.is(findCodeConfigAddress([src("src/cache.rs", `Config::builder().set_default("redis.address", "127.0.0.1:6379")`)]), undefined);
});

test("config files: another endpoint's address before the service's is passed over", () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, "config.toml"), '[redis]\naddress = "127.0.0.1:6379"\n\n[server]\naddress = "127.0.0.1:8000"\n');
  assert.equal(findConfigAddress(["config.toml"], root, ""), { key: "server.address", host: "127.0.0.1", port: 8000, file: "config.toml", line: 5 });
});

test("config files are parsed: inline tables, quoted keys, JSON and deep YAML give the address; text inside a string does not", () => {
  const root = tempDir();
  const address = (file: string, text: string) => {
    fs.writeFileSync(path.join(root, file), text);
    const found = findConfigAddress([file], root, "");
    return found && [found.key, `${found.host}:${found.port}`, found.line];
  };
  assert.equal(address("config.toml", 'server = { "listen" = "0.0.0.0:7000", workers = 4 }\n'), ["server.listen", "0.0.0.0:7000", 1]);
  assert.equal(address("config.toml", '[server]\n"bind" = "127.0.0.1:9000" # its own\n'), ["server.bind", "127.0.0.1:9000", 2]);
  assert.equal(address("config.json", '{\n  "server": {\n    "addr": "0.0.0.0:8088"\n  }\n}\n'), ["server.addr", "0.0.0.0:8088", 3]);
  assert.equal(address("config.yaml", "app:\n  http:\n    bind: '[::]:3000'\n"), ["app.http.bind", "[::]:3000", 3]);
  // Negative shapes: a key = value line inside a multi-line string, another endpoint's section at any depth.
  assert.is(address("config.toml", 'banner = """\naddress = "127.0.0.1:1"\n"""\n'), undefined);
  assert.is(address("config.yaml", "app:\n  smtp:\n    address: 127.0.0.1:25\n"), undefined);
});

test("a port key in a config file counts where the code reads that key: a settings struct's field path, or get(\"…\")", () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, "config.toml"), '[server]\nport = 7000\n\n[database]\nport = 5432\n');
  const port = (...code: string[]) => {
    const found = findConfigAddress(["config.toml"], root, "", keysReadBy(code.map((text, i) => src(`src/f${i}.rs`, text))));
    return found && [found.key, found.host, found.port, found.line];
  };
  const settings = `#[derive(Deserialize)]\nstruct Settings {\n    server: Server,\n}\n#[derive(Deserialize)]\nstruct Server {\n    port: u16,\n}`;
  assert.equal(port(settings), ["server.port", undefined, 7000, 2]);
  assert.equal(port(`let port: u16 = settings.get::<u16>("server.port")?;`), ["server.port", undefined, 7000, 2]);
  assert.equal(port(`let port = cfg.get_int("server.port").unwrap();`), ["server.port", undefined, 7000, 2]);
  // Flattened holders add no key; serde's renames are the key.
  const flattened = `#[derive(Deserialize)]\nstruct Root {\n    #[serde(flatten)]\n    common: Common,\n    #[serde(rename = "server")]\n    http: Http,\n}\n#[derive(Deserialize)]\nstruct Http { port: u16 }`;
  assert.equal(port(flattened)?.[0], "server.port");
  // Negative shapes: a struct serde does not fill, a key no code reads, a test's read.
  assert.is(port(settings.replaceAll("#[derive(Deserialize)]", "#[derive(Debug)]")), undefined);
  assert.is(port(`let p = cfg.get::<u16>("metrics.port");`), undefined);
  assert.is(port(`#[cfg(test)]\nmod tests {\n    fn t(c: &Config) { c.get::<u16>("server.port").unwrap(); }\n}`), undefined);
});

test("settings structs are read from trees: formatting, comments, attributes spanning lines and rename_all no longer matter", () => {
  const loader = src("src/config.rs", `fn load() { Config::builder().add_source(Environment::with_prefix("APP").separator("__")).build() }`);
  const field = (text: string) => findConfigListenField([loader, src("src/settings.rs", text)]);
  // A field whose type spans lines and holds a comma (the field regex cut at the first comma), a comment with a brace.
  assert.equal(
    field(`#[derive(\n    Debug,\n    serde::Deserialize,\n)]\npub struct Server {\n    /// where { it listens\n    pub limits: HashMap<String, u32>,\n    pub bind_addr: std::net::SocketAddr,\n}`),
    { key: "bind_addr", file: "src/settings.rs", line: 8 },
  );
  assert.equal(field(`#[derive(Deserialize)]\n#[serde(rename_all = "kebab-case")]\nstruct Server { listen_address: String }`)?.key, "listen-address");
  // Negative shapes: a field only tests compile, a skipped field.
  assert.is(field(`#[derive(Deserialize)]\nstruct Server {\n    #[cfg(test)]\n    address: String,\n}`), undefined);
  assert.is(field(`#[derive(Deserialize)]\nstruct Server {\n    #[serde(skip)]\n    address: String,\n}`), undefined);
});

test("config files their parser rejects are problems at a line, and nothing is read from them", () => {
  const root = tempDir();
  fs.writeFileSync(path.join(root, "config.toml"), '[server]\naddress = "{{ bind }}"\nport = {{ port }}\nupload_dir = "./uploads"\n');
  fs.writeFileSync(path.join(root, "settings.yaml"), "server:\n  bind: ${BIND:-0.0.0.0:80}\n");
  fs.writeFileSync(path.join(root, "notes.ron"), "(port: 1)");
  const problems = findConfigProblems(["config.toml", "settings.yaml", "notes.ron"], root, "svc");
  assert.equal(problems.map((p) => [p.file, p.line]), [["svc/config.toml", 3]], "the YAML placeholder is a string; RON is not read");
  assert.match(problems[0].problem, /TOML/);
  assert.is(findConfigAddress(["config.toml"], root, ""), undefined);
  assert.equal(findConfigDataDirs(["config.toml"], root, ""), []);
  assert.is(findConfigAddress(["settings.yaml"], root, ""), undefined, "a placeholder is no address");
});

test("the port of a server section in a framework or settings file, parsed: YAML nested, TOML tables, JSON", () => {
  const port = (file: string, text: string) => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "config"));
    fs.writeFileSync(path.join(root, file), text);
    const found = findPort([], root, "");
    return found && [found.port, found.line];
  };
  assert.equal(port("config/base.yaml", "database:\n  port: 5432\napplication:\n  port: 8000\n"), [8000, 4]);
  assert.equal(port("Rocket.toml", '[default]\naddress = "0.0.0.0"\n\n[default.tls]\ncerts = "c.pem"\n\n[release]\nport = 9000\n'), [9000, 8]);
  assert.equal(port("config/default.toml", "[server]\nport = \"8125\"\n"), [8125, 2]);
  // Negative shapes: a database's port under the server section, a port out of range, a section no server uses.
  assert.is(port("config/base.yaml", "application:\n  database:\n    port: 5432\n"), undefined);
  assert.is(port("config/base.yaml", "application:\n  port: 70000\n"), undefined);
  assert.is(port("config/base.yaml", "database:\n  port: 5432\n"), undefined);
});

test("config-rs settings: the dotted key of the listen-address field, through the structs that hold it; never a client's", () => {
  const loader = src("src/config.rs", `pub fn parse(path: &Path) -> Result<Config, ConfigError> {\n    config::Config::builder()\n        .add_source(config::File::from(path))\n        .add_source(config::Environment::default().separator("__"))\n        .build()?\n        .try_deserialize()\n}`);
  const settings = (body: string) => src("src/settings.rs", body);
  const nested = settings(
    `#[derive(Debug, Clone, Default, serde::Deserialize)]\npub struct Config {\n    #[serde(rename = "config")]\n    pub settings: Option<Settings>,\n    pub server: ServerConfig,\n}\n\n#[derive(Debug, Clone, Default, serde::Deserialize)]\npub struct ServerConfig {\n    /// The socket address to bind.\n    pub address: String,\n    pub workers: Option<usize>,\n}`,
  );
  assert.equal(findConfigListenField([loader, nested]), { key: "server.address", file: "src/settings.rs", line: 11 });
  const deeper = settings(
    `#[derive(Deserialize)]\nstruct Root { #[serde(rename = "web")] app: Option<App> }\n#[derive(Deserialize)]\nstruct App { http: Http, smtp: Smtp }\n#[derive(Deserialize)]\nstruct Smtp { address: String }\n#[derive(Deserialize)]\nstruct Http { #[serde(default = "default_listen")] listen: std::net::SocketAddr }`,
  );
  assert.is(findConfigListenField([loader, deeper])?.key, "web.http.listen", "renamed, optional, two structs up; the SMTP server's address is not the listener");
  // From the trees: a default function whose body formats with braces before its address literal.
  const formatted = settings(`#[derive(Deserialize)]\nstruct Server {\n    #[serde(default = "default_bind")]\n    bind: SocketAddr,\n}\nfn default_bind() -> SocketAddr {\n    format!("{}", "0.0.0.0:9090").parse().unwrap()\n}`);
  assert.equal(findConfigListenField([loader, formatted])?.address, { key: "bind", host: "0.0.0.0", port: 9090, file: "src/settings.rs", line: 7 });
  // Negative shapes: no config-rs environment, a bare host (no port), a port number, a struct serde does not fill.
  assert.is(findConfigListenField([nested]), undefined);
  assert.is(findConfigListenField([loader, settings(`#[derive(Deserialize)]\nstruct Server { host: String, port: u16 }`)]), undefined);
  assert.is(findConfigListenField([loader, settings(`#[derive(Deserialize)]\nstruct Server { bind: u16 }`)]), undefined);
  assert.is(findConfigListenField([loader, settings(`#[derive(Debug, Clone)]\nstruct Peer { address: String }`)]), undefined);
});

test("inspectRun: a config-rs listen field with no value in the crate gets the variable config-rs reads for it", () => {
  const root = tempDir();
  fs.mkdirSync(path.join(root, "src"));
  fs.writeFileSync(
    path.join(root, "src/main.rs"),
    `#[derive(serde::Deserialize)]\nstruct Settings { server: Server }\n#[derive(serde::Deserialize)]\nstruct Server { address: String }\n\nfn main() {\n    let s: Settings = config::Config::builder()\n        .add_source(config::File::with_name("config"))\n        .add_source(config::Environment::with_prefix("PASTE").separator("__"))\n        .build().unwrap().try_deserialize().unwrap();\n}\n`,
  );
  const run = inspectRun(root, [""], "src/main.rs", "paste", ["actix-web", "config"], parser);
  assert.equal(run.configListenField, { key: "server.address", file: "src/main.rs", line: 4, envName: "PASTE__SERVER__ADDRESS" });
  fs.writeFileSync(path.join(root, "config.toml"), '[server]\naddress = "127.0.0.1:8000"\n');
  fs.appendFileSync(path.join(root, "src/main.rs"), `const FILE: &str = "config.toml";\n`);
  const shipped = inspectRun(root, [""], "src/main.rs", "paste", ["actix-web", "config"], parser);
  assert.equal([shipped.configAddress?.envName, shipped.configListenField], ["PASTE__SERVER__ADDRESS", undefined], "the file's value is the address then");
  fs.rmSync(path.join(root, "config.toml"));
  fs.writeFileSync(
    path.join(root, "src/main.rs"),
    fs.readFileSync(path.join(root, "src/main.rs"), "utf8").replace("struct Server { address: String }", `struct Server { #[serde(default = "default_address")] address: String }\nfn default_address() -> String { "127.0.0.1:7878".into() }`),
  );
  const defaulted = inspectRun(root, [""], "src/main.rs", "paste", ["actix-web", "config"], parser);
  assert.equal([defaulted.configAddress, defaulted.port?.port, defaulted.configListenField], [{ key: "server.address", host: "127.0.0.1", port: 7878, file: "src/main.rs", line: 5, envName: "PASTE__SERVER__ADDRESS" }, 7878, undefined]);
});


test("config-rs settings: a serde default function's host:port literal is the field's default address", () => {
  const loader = src("src/config.rs", `let c = config::Config::builder()\n    .add_source(config::Environment::with_prefix("RELAY").separator("__"))\n    .build()?;`);
  const settings = src(
    "src/settings.rs",
    `#[derive(serde::Deserialize)]\npub struct Settings {\n    pub channel: Channel,\n}\n\n#[derive(serde::Deserialize)]\npub struct Channel {\n    #[serde(default = "defaults::inet")]\n    pub inet: SocketAddr,\n    #[serde(default = "defaults::workers")]\n    pub workers: usize,\n}\n\nmod defaults {\n    pub fn inet() -> SocketAddr {\n        "[::1]:1491".parse().unwrap()\n    }\n    pub fn workers() -> usize { 4 }\n}`,
  );
  assert.equal(findConfigListenField([loader, settings]), {
    key: "channel.inet",
    file: "src/settings.rs",
    line: 9,
    address: { key: "channel.inet", host: "[::1]", port: 1491, file: "src/settings.rs", line: 16 },
  });
  // Negative shape: a default function that builds no host:port literal leaves the field without a default.
  const built = src("src/settings.rs", `#[derive(serde::Deserialize)]\npub struct Channel {\n    #[serde(default = "default_inet")]\n    pub inet: String,\n}\nfn default_inet() -> String {\n    format!("{}:{}", host(), port())\n}`);
  assert.equal(findConfigListenField([loader, built]), { key: "inet", file: "src/settings.rs", line: 4 });
});

test.run();
