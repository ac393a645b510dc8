// The CLI model read from syntax trees, and which option sets where the service listens: positive and negative shapes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { addressListenOption, addressPort, findCliOptions, isListenName, isLoopback, listenValue, loopbackListenOption, type CliOption } from "../../generators/kit/scan/cli-options.js";
import { readSource, type SourceFile } from "../../generators/kit/scan/scan.js";
import { loadRustParser } from "../../generators/kit/scan/syntax.js";

const parser = await loadRustParser();
const src = (path: string, text: string): SourceFile => {
  const { inactiveModules: _modules, otherPlatformFiles: _other, ...read } = readSource(parser, path, text);
  return read;
};
const pick = (o: CliOption | undefined) => o && { flag: o.flag, default: o.default, line: o.line, defaultAt: o.defaultAt, subcommand: o.subcommand };

test("derive fields: clap and structopt attributes however rustfmt wraps them, doc comments between, a bare env", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `#[derive(Parser)]
struct Args {
    /// Where to listen.
    #[arg(
        long,
        env = "APP_LISTEN",
        default_value = "127.0.0.1:8080",
    )]
    listen: SocketAddr,
    #[clap(long, default_value_t = 8051)]
    port: u16,
    #[structopt(short, long = "--data", env)]
    data_dir: Option<PathBuf>,
    #[arg(value_name = "ROOT")]
    root: PathBuf,
    #[arg(short)]
    verbose: bool,
    #[command(flatten)]
    log: LogArgs,
}
`,
    ),
  ]);
  assert.equal(
    options.map((o) => [o.flag, o.env, o.default, o.required, o.valueName, o.line]),
    [
      ["--listen", "APP_LISTEN", "127.0.0.1:8080", false, "LISTEN", 4],
      ["--port", undefined, "8051", false, "PORT", 10],
      ["--data", "DATA_DIR", undefined, false, "DATA_DIR", 12],
      [undefined, undefined, undefined, true, "ROOT", 14],
    ],
  );
});

test("builder arguments: Arg::new(…) chains, a default naming a constant resolved to it (and where it is)", () => {
  const options = findCliOptions([
    src("src/constants.rs", `pub const LISTEN_ADDRESS: &str = "127.0.0.1:3000";\n`),
    src(
      "src/config.rs",
      `use crate::constants::*;
pub fn parse() -> ArgMatches {
    Command::new("proxy")
        .arg(
            Arg::new("listen_address")
                .short('l')
                .long("listen-address")
                .default_value(LISTEN_ADDRESS)
                .help("Address to listen to"),
        )
        .arg(Arg::new("verbose").short('v'))
        .arg(Arg::new("port").long("port").env("PROXY_PORT").default_value("5000"))
        .get_matches()
}
`,
    ),
  ]);
  assert.equal(
    options.map((o) => [o.flag, o.env, o.default, o.defaultAt, o.line]),
    [
      ["--listen-address", undefined, "127.0.0.1:3000", { file: "src/constants.rs", line: 1 }, 5],
      ["--port", "PROXY_PORT", "5000", { file: "src/config.rs", line: 12 }, 12],
    ],
  );
});

test("test code and cfg-inactive fields declare no options", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `#[derive(Parser)]
struct Args {
    #[cfg(windows)]
    #[arg(long, default_value = "127.0.0.1")]
    pipe_host: String,
}
#[cfg(test)]
mod tests {
    #[derive(Parser)]
    struct Fake { #[arg(long, default_value = "127.0.0.1")] bind: String }
}
`,
    ),
    src("tests/cli.rs", `#[derive(Parser)]\nstruct T { #[arg(long, default_value = "127.0.0.1")] bind: String }\n`),
  ]);
  assert.equal(options, []);
});

const SERVE = src(
  "src/cli.rs",
  `#[derive(Subcommand)]
pub enum Command {
    Serve {
        #[arg(short, long, default_value = "localhost:7878", value_hint = ValueHint::Hostname)]
        bind: String,
    },
    Query {
        #[arg(long, default_value = "127.0.0.1:7878")]
        server: String,
    },
}
`,
);

test("the listen option: the serving subcommand's own, host:port kept with the port the image uses", () => {
  const options = findCliOptions([SERVE]);
  const o = loopbackListenOption(options, "serve");
  assert.equal(pick(o), { flag: "--bind", default: "localhost:7878", line: 4, defaultAt: { file: "src/cli.rs", line: 4 }, subcommand: "serve" });
  assert.is(listenValue(o!, 7878), "0.0.0.0:7878");
  // Another subcommand's client address is not where the server listens, and no top-level option is one.
  assert.is(loopbackListenOption(options, undefined), undefined);
  assert.is(options.find((x) => x.flag === "--server")?.subcommand, "query");
});

test("the listen option: host-only and IPv6 loopback defaults get 0.0.0.0; a random port gets the image's port", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `struct Args {
    #[clap(long, value_parser, default_value = "::1")]
    listen: IpAddr,
    #[structopt(short, long, default_value = "127.0.0.1:0")]
    addr: SocketAddr,
    #[arg(long, default_value = "[::1]:9000")]
    bind: SocketAddr,
}
`,
    ),
  ]);
  const [listen, addr, bind] = options;
  assert.is(loopbackListenOption(options)?.flag, "--listen");
  assert.is(listenValue(listen, 8080), "0.0.0.0");
  assert.is(listenValue(addr, 8080), "0.0.0.0:8080");
  assert.is(listenValue(bind, 9000), "0.0.0.0:9000");
  assert.equal([addressPort("::1"), addressPort("[::1]:9000"), addressPort("127.0.0.1:0"), addressPort("localhost")], [undefined, 9000, 0, undefined]);
  assert.equal(["::1", "[::1]:1", "127.0.0.1", "localhost:80", "0.0.0.0", "::", "10.0.0.1:80"].map(isLoopback), [true, true, true, true, false, false, false]);
});

test("not a listen option: every-interface defaults, upstream and proxy addresses, a port option, a positional", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `struct Args {
    #[arg(long, default_value = "0.0.0.0:8080")]
    listen: SocketAddr,
    #[arg(long, default_value = "127.0.0.1:6379")]
    upstream: String,
    #[arg(long, default_value = "127.0.0.1")]
    proxy_host: String,
    #[arg(long, default_value = "localhost")]
    redirect_host: String,
    #[arg(long, default_value_t = 3000)]
    port: u16,
    #[arg(default_value = "127.0.0.1:8080")]
    address: SocketAddr,
}
`,
    ),
  ]);
  assert.is(options.length, 6);
  assert.is(loopbackListenOption(options), undefined);
});

test("listen names: qualifiers before a listen word, server qualifiers before an address word", () => {
  const listen = ["listen", "bind", "http-api-listen-addr", "api-bind", "web-listen", "main_listen_address", "server-bind-host", "http-addr", "api-host", "web-server-address", "listen-on"];
  const not = ["metrics-listen-addr", "admin-bind", "debug-listen", "grpc-listen-addr", "http-metrics-bind", "db-host", "redis-addr", "upstream-addr", "proxy-bind", "listen-port", "bind-timeout", "peer-addr", "mail-host", "db-address", "public-listen-addr"];
  assert.equal(listen.filter((n) => !isListenName(n)), []);
  assert.equal(not.filter(isListenName), []);
});

test("the listen option with a qualified name: its loopback default is overridden, a second listener's is not", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `struct Args {
    #[arg(long, default_value = "127.0.0.1:9200")]
    metrics_listen_addr: SocketAddr,
    #[arg(long, env = "HTTP_API_LISTEN_ADDR", default_value = "127.0.0.1:9100")]
    http_api_listen_addr: SocketAddr,
}
`,
    ),
  ]);
  assert.is(loopbackListenOption(options)?.flag, "--http-api-listen-addr");
});

test("the listen option without a default is passed when the code falls back to loopback without it", () => {
  const options = findCliOptions([
    src(
      "src/main.rs",
      `struct Config {
    #[arg(short = 'a', long = "addr", conflicts_with_all = ["port", "public"])]
    addr: Option<SocketAddr>,
    #[arg(long = "public")]
    public: bool,
}
`,
    ),
  ]);
  const o = loopbackListenOption(options, undefined, () => true);
  assert.equal([o?.flag, listenValue(o!, 4000)], ["--addr", "0.0.0.0:4000"]);
  // Without that fallback the code's own default holds (often every interface): nothing is passed.
  assert.is(loopbackListenOption(options), undefined);
  // An IP address option takes no port; a switch named like one takes nothing.
  const ip = findCliOptions([src("src/main.rs", `struct A {\n    #[arg(long)]\n    bind_addr: Option<IpAddr>,\n}\n`)]);
  assert.is(listenValue(loopbackListenOption(ip, undefined, () => true)!, 8080), "0.0.0.0");
  assert.is(loopbackListenOption(findCliOptions([src("src/main.rs", `struct A {\n    #[arg(long)]\n    listen: bool,\n}\n`)]), undefined, () => true), undefined);
});

test("the listen option's every-interface default gives the port; none without a host:port default", () => {
  const declared = (fields: string) => findCliOptions([src("src/main.rs", `struct Args {\n${fields}}\n`)]);
  const every = declared(`    #[arg(long, default_value = "0.0.0.0:9000")]\n    admin_listen: SocketAddr,\n    #[arg(long, default_value = "[::]:9100")]\n    api_bind: SocketAddr,\n`);
  assert.is(loopbackListenOption(every), undefined);
  assert.is(addressListenOption(every)?.default, "[::]:9100");
  assert.is(addressListenOption(declared(`    #[arg(long, default_value = "0.0.0.0")]\n    web_listen: IpAddr,\n`)), undefined);
});

test.run();
