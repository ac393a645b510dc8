// What the kit looks for in an existing crate's Rust sources: one data row per shape, read by the detectors in scan.ts.

/** Routes a health check can probe, most specific to a liveness check first. */
export const HEALTH_PATHS = ["/health", "/healthz", "/_health", "/health_check", "/livez", "/alive", "/_ping", "/ping", "/readyz", "/status"];

/** Final path segments that name a health route: a path ending in one (/api/health, /__x__/healthz) is a candidate. */
export const HEALTH_SEGMENTS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "live", "liveness", "alive", "_ping", "ping", "readyz", "ready", "status"];
/** Of those, the words that say health on their own under a deeper path (/api/jobs/status is a business route). */
export const HEALTH_WORDS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "liveness", "alive", "_ping", "readyz"];
/** Calls that bind a listening Unix socket (std, tokio, mio) and a TCP listener, by their path. */
export const UNIX_LISTEN_CALL = /(?:^|::)(?:UnixListener::(?:bind|bind_addr|from_std)|UnixSocket::new_stream)$/;
export const TCP_LISTEN_CALL = /(?:^|::)(?:TcpListener::(?:bind|from_std)|TcpSocket::new_v[46])$/;
/** A field or variable that holds a health route's path (`healthcheck_route`, `health_path`, `liveness_uri`). */
export const HEALTH_HOLDER = /health|liveness|readiness/i;
/** A Prometheus metrics endpoint. Served from the service's own router and loop, it answers 200 while the server runs,
 * reading no backend: when the code registers no health route, a GET of it is a fairer liveness probe than a bare TCP
 * connect (which a wedged HTTP stack still accepts). Only one registered unconditionally on the service's router:
 * a metrics listener of its own (SECONDARY_LISTENER_MODULES) or one a setting turns on would fail the probe. */
export const METRICS_PATHS = ["/metrics"];
/** A path literal in code: `"/api/v1/health"`, or one joined onto a base path at run time (`"__x__/health"`). */
export const PATH_LITERAL = /"(\/?[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*)"/g;
/** Modules that run a second listener of their own (a Prometheus endpoint): a route they serve, unless a router of
 * the service places it, is not on the service's port. */
export const SECONDARY_LISTENER_MODULES = ["metrics", "prometheus", "telemetry"];

/** Variables that may carry a listen address (`BIND_ADDR`, `LISTEN`, `APP_HOST`…), set to 0.0.0.0 when a service is
 * seen listening on loopback only; `{port}` is its port. Client-side names (a database's host) are not candidates. */
export const ADDRESS_VARS: { pattern: RegExp; value: string }[] = [
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:HOST|HOSTNAME|BIND_HOST|LISTEN_HOST|INTERFACE|IP)$/, value: "0.0.0.0" },
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:ADDR|ADDRESS|BIND|BIND_ADDR|BIND_ADDRESS|LISTEN|LISTEN_ADDR|LISTEN_ADDRESS|SOCKET_ADDR|SERVER_ADDR)$/, value: "0.0.0.0:{port}" },
];
/**
 * First words of variables that address something other than the service's own listener: a database, broker or
 * upstream it connects to, a telemetry collector, or a second listener of its own (metrics, admin, gRPC). Regex
 * alternatives; `DATABASE_PORT` or `METRICS_ADDR` is never where the service listens.
 */
const OTHER_ENDPOINT_PREFIXES = [
  ...["DATABASE", "DB", "POSTGRES", "PG", "MYSQL", "MARIADB", "SQL\\w*", "MONGO\\w*", "CLICKHOUSE", "ELASTIC\\w*", "REDIS", "MEMCACHED?"],
  ...["AMQP", "RABBIT\\w*", "KAFKA", "NATS", "MQTT", "SMTP", "MAIL", "S3", "AWS", "ETCD", "CONSUL", "VAULT", "LDAP"],
  ...["STATSD", "OTEL", "OTLP", "JAEGER", "ZIPKIN", "SENTRY", "METRICS", "ADMIN", "GRPC"],
  ...["PROXY", "HTTPS?_PROXY", "UPSTREAM", "BACKEND", "REMOTE", "CLIENT"],
];
const OTHER_ENDPOINT = `(?:${OTHER_ENDPOINT_PREFIXES.join("|")})_`;
/** A variable that names another endpoint than the service's listener (see OTHER_ENDPOINT_PREFIXES). */
export const OTHER_ENDPOINT_VAR = new RegExp(`^${OTHER_ENDPOINT}`);

/** Crates that serve HTTP; without one (and no route found) the image checks health by connecting to the port. */
export const HTTP_SERVER_CRATES = ["axum", "actix-web", "rocket", "hyper", "warp", "poem", "salvo", "tide", "loco-rs", "ntex", "tower-http"];

/** A loopback literal: unreachable from outside a container when a server binds it. */
// Ipv4Addr::new(127, 0, 0, 1) only as a default or bound (a client's address is built the same way).
export const LOOPBACK = /"(?:127\.0\.0\.1|localhost)(?::[^"\s]*)?"|\[\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\]|(?:default\b|bind\w*\().*Ipv4Addr::new\(\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\)|Ipv4Addr::LOCALHOST|Ipv6Addr::LOCALHOST|"\[?::1\]?(?::\d+)?"/;
/** …in a bind or listen call, or as a default host or address. */
export const BIND_CONTEXT = /\b(?:bind\w*|listen\w*|serve|SocketAddr|TcpListener|default_value(?:_t)?|unwrap_or(?:_else)?|host|addr(?:ess)?)\b/i;
/** A client connecting (checked over the lines after a loopback literal). */
export const CLIENT_CONNECT = /\bconnect\w*\s*\(/;
/** Lines that only mention loopback as a client URL or in a comment, test a string for it (`host.starts_with("localhost:")`)
 * or rewrite one with it (`address.replace("0.0.0.0", "127.0.0.1")`: an address to connect to). */
export const NOT_A_BIND = /^\s*\/\/|"https?:\/\/|Url::parse|reqwest|Client::|\.(?:starts_with|ends_with|strip_prefix|strip_suffix|contains|replace|replacen)\(|[=!]=\s*(?:"(?:127\.0\.0\.1|localhost)"|Ipv[46]Addr::LOCALHOST)|"(?:127\.0\.0\.1|localhost)"\s*[=!]=|matches!\(|\.is_loopback\(\)|\bredirect/i;

/** A listener of its own besides the service's (metrics, an admin or debug endpoint) named by its setting on a loopback
 * line or the lines before it (`prometheus_listen_addr`, `metrics_bind`): loopback is its deliberate default. A route
 * path (`"/metrics"`) names no listener. */
export const SECOND_LISTENER = /\b\w*(?:prometheus|metrics|pprof|admin|debug)_?(?:listen|bind|addr|address|port|setting|server|socket)\w*/i;
/** A word of an option's name that makes its address a second listener (`--debug-listen`, `--http-metrics-bind`). */
export const SECONDARY_LISTENER_WORD = /^(?:prometheus|metrics|pprof|admin|debug|telemetry|management|monitoring|health|status|internal|grpc|rpc|p2p|gossip|cluster|peer)$/i;
/** A struct field set to loopback (`host: String::from("127.0.0.1")`) where the lines before name what it addresses as
 * another server (a list of upstreams, a backend): the address of what it connects to. */
export const UPSTREAM_FIELD = { field: /^\s*(?:host|address|addr|ip)\s*:/, context: /upstream|backend|remote|peer|proxied|target/i };
/** An option whose name (field or env var) says it is not where the server listens: a redirect's canonical host, a
 * proxy or upstream, hosts allowed to connect, a client's target. Its loopback default is not a bind. */
export const NOT_A_LISTEN_OPTION = /redirect|proxy|upstream|remote|target|allow|origin|canonical|client|peer|public|external|trusted/i;

/** Variables the image or the platform sets: never the user's to provide. */
export const SET_BY_IMAGE = /^(?:HOST|PORT|RUST_LOG|RUST_BACKTRACE|LOG_FORMAT|SSL_CERT_FILE|HOME|PATH|USER|HOSTNAME|TZ|PWD|CARGO_\w+)$/;

/** A long option a hand-rolled parser matches by its name: lexopt's `Arg::Long("config")`, pico-args'
 * `args.value_from_str(["-c", "--config"])`. The name is the first group that matched. */
export const HAND_ROLLED_LONG_OPTION = /\bLong\(\s*"([\w-]+)"\s*\)|\.(?:value_from_str|opt_value_from_str|value_from_os_str|opt_value_from_os_str)\(\s*(?:\[\s*"-\w"\s*,\s*)?"--([\w-]+)"/g;
/** A positional naming a configuration file; one naming a listen address. */
export const CONFIG_ARG = /(?:^|[-_])(?:conf|config|configuration|settings)(?:[-_]|$)/i;
export const ADDRESS_ARG = /addr|bind|listen/i;

/** A listen setting: PORT or HOST alone or after a server-ish prefix (or the crate's own name); DATABASE_PORT is not. */
export const LISTEN_VAR_PREFIXES = ["APP", "SERVER", "HTTP", "LISTEN", "BIND", "WEB", "API", "SERVICE"];
export const LISTEN_VAR_KINDS: Record<string, "port" | "host"> = { PORT: "port", HOST: "host" };

/** Subcommands that start the server, in order of preference. */
export const SERVE_SUBCOMMANDS = ["serve", "server", "start", "web", "run", "daemon"];
/** Options of a serve subcommand that take the listen address: the kit passes 0.0.0.0 and the port. */
export const HOST_ARGS = ["host", "bind", "binding"];
export const PORT_ARGS = ["port"];

/** Where code or config says its port: a pattern whose first group is the number, or the names of constants that hold
 * it (an integer or a string of digits, `const DEFAULT_PORT: &str = "6379"`). In order of trust. */
export const PORT_SHAPES: ({ shape: string; pattern: RegExp } | { shape: string; constantName: RegExp })[] = [
  { shape: "clap default of the port option", pattern: /default_value(?:_t)?\s*=\s*"?(\d{2,5})"?[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*)*(?:pub\s+)?port\s*:/g },
  { shape: "clap default of the port option", pattern: /#\[(?:arg|clap)\([^\]\n]*PORT[^\]\n]*default_value(?:_t)?\s*=\s*"?(\d{2,5})/gi },
  { shape: "clap default of the port option", pattern: /Arg::(?:new|with_name)\(\s*"port"\s*\)[^;]*?\.default_value\(\s*"(\d{2,5})"\s*\)/g },
  { shape: "default port function", pattern: /fn\s+\w*port\w*\s*\(\s*\)\s*->\s*u16\s*\{\s*(\d{2,5})\s*\}/g },
  { shape: "port in a Default impl", pattern: /impl\s+Default\s+for\s+\w+\s*\{[^}]{0,400}?\bport\s*:\s*(\d{2,5})\s*,/g },
  // Read directly or through a helper given the name (`setting("APP_PORT", …)`).
  {
    shape: "default of the PORT variable",
    pattern: new RegExp(`(?:env::var|\\w+)\\(\\s*"(?!${OTHER_ENDPOINT})[A-Z_]*PORT"\\s*(?:,[^()]*)?\\)[^;]*?unwrap_or(?:_else)?\\(\\s*(?:\\|_?\\|\\s*)?(?:"|String::from\\(")?(\\d{2,5})`, "g"),
  },
  {
    shape: "default of the listen-address variable",
    pattern: new RegExp(`(?:env::var|\\w+)\\(\\s*"(?!${OTHER_ENDPOINT})[A-Z_]*(?:ADDR|ADDRESS|BIND|LISTEN)"\\s*(?:,[^()]*)?\\)[^;]*?unwrap_or(?:_else)?\\(\\s*(?:\\|_?\\|\\s*)?(?:"|String::from\\(")(?:\\[[^\\]"]*\\]|[^":]*):(\\d{2,5})"`, "g"),
  },
  // An optional port setting (`port: Option<u16>`) and the port used without it: `self.port.unwrap_or(4000)`; not
  // another endpoint's (`db.port`, `redis_port`).
  {
    shape: "default of an optional port setting",
    pattern: new RegExp(`(?<![.\\w])(?:(?!${OTHER_ENDPOINT.slice(0, -1)}\\.)\\w+\\.)*(?:(?:http|server|listen|web|api)_)?port\\s*(?:\\.\\s*(?:clone|copied|to_owned)\\(\\)\\s*)?\\.\\s*unwrap_or\\(\\s*(\\d{2,5})\\s*\\)`, "gi"),
  },
  { shape: "port constant", constantName: new RegExp(`^(?!${OTHER_ENDPOINT})(?:[A-Z0-9]+_)*PORT(?:_[A-Z0-9]+)*$`) },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*&?\(?\s*"(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]|::)?:?(\d{2,5})"/g },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*\(\s*"[^"]*"\s*,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /SocketAddr::from\(\s*\(\s*\[[\d,\s]+\]\s*,\s*(\d{2,5})\s*\)\s*\)/g },
  // SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8088) — every interface, so a server's — or inside a default = "…".
  { shape: "port in a socket address", pattern: /SocketAddr(?:V4|V6)?::new\((?=[^;]*?UNSPECIFIED)(?:[^();]|\((?:[^();]|\([^();]*\))*\))*?,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /default\s*=\s*"SocketAddr(?:V4|V6)?::new\((?:[^();"]|\((?:[^();"]|\([^();"]*\))*\))*?,\s*(\d{2,5})\s*\)/g },
];

/** Config files that set the port, relative to the package: production settings before shared and development ones. */
export const PORT_CONFIG_FILES = ["Rocket.toml", ...["config", "configuration", "settings"].flatMap((dir) =>
  ["production", "prod", "base", "default", "settings", "config", "development"].flatMap((name) => ["yaml", "yml", "toml"].map((ext) => `${dir}/${name}.${ext}`)),
)];
/** Top-level sections of such a file whose `port` is the server's (`application:`/`server:`… in YAML, `[server]`/
 * `[default]`… in TOML, Rocket's profiles). */
export const SERVER_SECTIONS = ["application", "server", "http", "web", "app", "api", "service", "default", "release", "global"];

/** Configuration files next to the manifest that a service reads from its working directory when its code names them. */
export const ROOT_CONFIG_FILE = /^(?:config|settings|app|application|server|service)\.(?:toml|ya?ml|json|ron|ini)$/;
/** Keys that hold a whole listen address (`inet`: an Internet socket address)… */
const LISTEN_ADDRESS_KEY = "address|addr|bind|bind_address|bind_addr|listen|listen_address|listen_addr|socket_addr|server_addr|inet";
/** …and those a config file may give a host:port too. */
const LISTEN_KEY = `${LISTEN_ADDRESS_KEY}|host`;
/** A host:port value: host, port. */
export const HOST_PORT = "((?:\\d{1,3}(?:\\.\\d{1,3}){3})|localhost|\\[[0-9a-fA-F:]*\\]|::):(\\d{2,5})";
/** The key of a listen address in a config file (`address = "127.0.0.1:8000"`, `bind: 0.0.0.0:3000`). */
export const CONFIG_LISTEN_KEY = new RegExp(`^(?:${LISTEN_KEY})$`);
/** config-rs defaults given in code: `.set_default("server.address", "127.0.0.1:8000")` (dotted key, host, port)… */
export const CONFIG_RS_SET_DEFAULT = new RegExp(`\\.set_default\\(\\s*"((?:[\\w-]+\\.)*(?:${LISTEN_KEY}))"\\s*,\\s*"${HOST_PORT}"`, "g");
/** …or as a TOML document in a raw string the same file hands to `File::from_str(…, FileFormat::Toml)`. */
export const CONFIG_RS_FROM_TOML = /File::from_str\([^;]*FileFormat::Toml/;
/** A settings field that takes a whole listen address (host and port; a bare `host` takes no port). */
export const LISTEN_ADDRESS_FIELD = new RegExp(`^(?:${LISTEN_ADDRESS_KEY})$`);
/** The types a listen address is read into. */
export const ADDRESS_TYPE = /^(?:(?:std::)?(?:net::)?SocketAddr|String)$/;

/** config-rs reading the environment: `Environment::default()`/`::new()`/`::with_prefix("APP")` and the builder calls after it. */
export const CONFIG_RS_ENVIRONMENT = /Environment::(?:default\(\)|new\(\)|with_prefix\(\s*"([^"]*)"\s*\))((?:\s*\.\s*(?:prefix|prefix_separator|separator|try_parsing|list_separator|with_list_parse_key|ignore_empty|keep_prefix|convert_case|source)\([^)]*\))*)/g;

/** A variable that selects the configuration environment; set to production when a production config file exists. */
export const ENVIRONMENT_VAR = /^(?:[A-Z][A-Z0-9]*_)?(?:ENV|ENVIRONMENT|RUN_MODE)$/;
export const PRODUCTION_CONFIG = ["config", "configuration", "settings"].flatMap((dir) =>
  ["production", "prod"].flatMap((name) => ["yaml", "yml", "toml", "json"].map((ext) => `${dir}/${name}.${ext}`)),
);

/** A setting named for where it keeps what it writes: a store's word right before `dir`/`path` (`upload_dir`,
 * `dl_dir_path`, `data_directory`, `db_path`); a bare `directory` (zone files to read) or `export_path` is not one. */
const STORAGE_WORDS = "upload|data|storage|state|store|db|database|cache|index|repo|spool|media|files|attachment|backup|dl|download|queue|blob";
const STORAGE_SETTING = String.raw`(?:\w*_)?(?:${STORAGE_WORDS})s?_?(?:dir|directory|folder|path)(?:_\w*)?`;
/** A dotted key or TOML table naming a store (`store.kv`, `database`), whose `path`/`dir` is where it writes. */
const STORAGE_SECTION = String.raw`(?:[\w-]+\.)*(?:${STORAGE_WORDS})(?:\.[\w-]+)*`;
/** A path literal: bare, or through `String::from`, `PathBuf::from`, `Path::new` (nested too), then `.into()`… */
const PATH_LITERAL_VALUE = String.raw`(?:(?:PathBuf|String|Path)::(?:from|new)\(\s*)*"(?<path>[\w.~/-]+)"(?:\s*\))*(?:\.(?:into|to_owned|to_string|to_path_buf)\(\))?`;

/** Where code says it writes at run time; the first group (or the one named `path`) is a directory or a file in one.
 * A non-root user cannot create it in a root-owned working directory, and a read-only root filesystem refuses it. */
export const WRITABLE_PATHS: { shape: string; pattern: RegExp }[] = [
  { shape: "create_dir_all", pattern: /create_dir(?:_all)?\(\s*"([^"]+)"/g },
  // A constant's value (`const SPOOL: &str = "var/spool"; … create_dir_all(SPOOL)`): the group is the constant's name.
  { shape: "create_dir_all of a constant", pattern: /create_dir(?:_all)?\(\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*\)/g },
  // The key where it is defined (not read: `c.data_folder`), its default a path (not a variable's name, not a URL).
  { shape: "default of a data-directory setting", pattern: /(?<![.\w])data_?(?:folder|dir|directory)\b\s*[:=,][^\n"]{0,60}"((?![A-Z0-9_]+")[\w.~-][\w.\/~-]*)"/g },
  { shape: "database file path", pattern: /"((?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\/[\w-]+\.(?:sqlite3?|db|redb))"/g },
  { shape: "default of a data-directory variable", pattern: /"[A-Z0-9_]*(?:DATA|STATE|STORAGE|UPLOADS?)_?(?:DIR|PATH|DIRECTORY|FOLDER)"\s*\)[^;]*?unwrap_or(?:_else)?\(\s*(?:\|_?\|\s*)?(?:"|(?:String|PathBuf)::from\(\s*")([^"]+)"/g },
  { shape: "clap default of a data-directory option", pattern: new RegExp(String.raw`default_value\s*=\s*"([^"]+)"[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*|#\[[^\]]*\]\s*)*(?:pub\s+)?${STORAGE_SETTING}\s*:`, "g") },
  { shape: "SQLite database file", pattern: /"sqlite:(?:\/\/)?([^"?]+\/[^"?]+)/g },
  // A setting's default written as a struct field (`upload_dir: "upload".into()`, in an `impl Default` or a defaults
  // value), a default function (`fn db_dir_path_default() -> PathBuf { PathBuf::from("db") }`) or a config crate's
  // `set_default("store_dir", "./data")`.
  { shape: "default of a storage setting", pattern: new RegExp(String.raw`(?<![.\w])${STORAGE_SETTING}\s*:\s*${PATH_LITERAL_VALUE}\s*[,}\n]`, "g") },
  // A field named only `path` is a filesystem path when its type says so (`path: "/health"` is a route).
  { shape: "default of a storage setting", pattern: new RegExp(String.raw`(?<![.\w])path\s*:\s*(?=(?:PathBuf|Path)::)${PATH_LITERAL_VALUE}\s*[,}\n]`, "g") },
  { shape: "default of a storage setting", pattern: new RegExp(String.raw`\bfn\s+(?:default_)?${STORAGE_SETTING}\s*\(\s*\)\s*->\s*(?:PathBuf|String|&(?:'static\s+)?str)\s*\{\s*${PATH_LITERAL_VALUE}\s*\}`, "g") },
  { shape: "default of a storage setting", pattern: new RegExp(String.raw`\.set_default\(\s*"(?:(?:[\w-]+\.)*${STORAGE_SETTING}|${STORAGE_SECTION}\.(?:path|dir|directory))"\s*,\s*${PATH_LITERAL_VALUE}`, "g") },
];

/** A key that holds where a store writes, under a table naming a store (`[store.kv] path = "./data/store/kv/"` in the
 * TOML defaults the code hands config-rs). */
export const STORAGE_SECTION_PATH = { section: new RegExp(`^${STORAGE_SECTION}$`), key: /^(?:path|dir|directory)$/ };

/** Per-user directories of the `dirs` and `directories` crates, by function, where Linux puts them under HOME. */
export const HOME_BASE_DIRS: Record<string, string> = {
  data_dir: ".local/share",
  data_local_dir: ".local/share",
  config_dir: ".config",
  config_local_dir: ".config",
  preference_dir: ".config",
  cache_dir: ".cache",
  state_dir: ".local/state",
  home_dir: "",
};
/** Of those, where it looks for its configuration: written only by code that saves one (see WRITES_FILES). */
export const CONFIG_BASE_DIRS = ["config_dir", "config_local_dir", "preference_dir"];
/** Code that creates directories or writes files (a default configuration it saves where it found none). */
export const WRITES_FILES = /\bcreate_dir(?:_all)?\(|\bFile::create\(|\bfs::write\(|\.(?:write|create|append)\(\s*true\s*\)/;
/** `dirs::data_local_dir()` (dirs, dirs-next) and the name the statement joins onto it (`.map(|d| d.join("app"))`):
 * groups `base` (a HOME_BASE_DIRS key) and `name`. */
export const HOME_DIR_CALL = /\bdirs(?:_next)?::(?<base>\w+_dir)\(\)(?:[^;]{0,120}?\.join\(\s*"(?<name>[\w.-]+)"\s*\))?/g;
/** directories' `ProjectDirs::from("org", "Example", "My App")`: its application name (group), and the directories the
 * code takes of it (`dirs.data_dir()`). */
export const PROJECT_DIRS = { from: /\bProjectDirs::from\(\s*"[^"]*"\s*,\s*"[^"]*"\s*,\s*"([^"]+)"\s*\)/g, use: /\.(\w+_dir)\(\)/g };

/** The key of a writable path a config file sets (`upload_path = "./upload"`, `data_dir: state`). */
export const CONFIG_WRITABLE_KEY = /^\w*(?:upload|data|storage|state|cache|db|database)s?_?(?:path|dir|directory|folder)$/;

/** Directories embedded into the binary at compile time: the image does not need them at run time. */
export const EMBEDDED_DIRS: { dir: string; pattern: RegExp }[] = [
  { dir: "migrations", pattern: /\b(?:sqlx::)?migrate!\s*\(|embed_migrations!\s*\(/g },
  // askama and sailfish compile templates/ into the binary (tera, minijinja and handlebars read it at run time).
  { dir: "templates", pattern: /#\[template\(\s*(?:path|source)\s*=/g },
];

/** What a file server's call is given: a directory literal (group `dir`) or a name holding one (group `held`, a
 * binding or a constant). */
const SERVED_ARGUMENT = String.raw`\s*\(?\s*(?:"(?:\.\/)?(?<dir>[\w.-]+(?:\/[\w.-]+)*)\/?"|&?(?<held>[A-Za-z_]\w*)\s*[,)])`;
/** A directory the server serves files from at run time, and what happens without it: Rocket 0.5's FileServer panics
 * at launch on a missing directory (unless `Options::Missing`); tower-http, warp and actix-files answer 404. */
export const SERVED_DIRS: { pattern: RegExp; withoutIt?: string }[] = [
  { pattern: new RegExp(String.raw`(?:FileServer::(?:from|new)\(|relative!)${SERVED_ARGUMENT}(?![^;\n]*Options::Missing)`, "g"), withoutIt: "Rocket's FileServer panics at launch without it" },
  { pattern: new RegExp(String.raw`(?:ServeDir::new|fs::dir|Files::new\(\s*"[^"]*"\s*,|FileServer::new\((?=[^;\n]*Options::Missing))${SERVED_ARGUMENT}`, "g") },
];
/** A CLI option that is a file server's root (`--root`, `--web-root`, `--static-dir`): its default is what it serves. */
export const SERVED_ROOT_OPTION = /^(?:(?:web|www|static|public|document|doc|site|serve|files?)_?)?root$|^(?:static|public|web|www|site|serve|files?)_?(?:dir|directory|path|folder)$/;

/** sqlx's compile-time checked queries: they need `.sqlx/` (cargo sqlx prepare) or a database at build time. */
export const SQLX_QUERY_MACROS = /\bsqlx::query(?:_as|_scalar|_file|_file_as|_file_scalar)?(?:_unchecked)?!\s*\(/g;

/** A crate that refuses to build without a feature: `#[cfg(not(feature = "…"))] compile_error!(…)`. */
export const REQUIRED_FEATURE = /#\[cfg\(not\((?:any\()?([^\]]*?)\)?\)\)\]\s*compile_error!/g;

/** Shutdown signals the code handles: a service that only handles Ctrl-C gets STOPSIGNAL SIGINT. */
export const HANDLES_SIGINT = /signal::ctrl_c\s*\(|ctrlc::set_handler|SignalKind::interrupt\s*\(|\bSIGINT\b|\bsignal\(\s*2\s*,/g;
// libc's signal(2) takes the number too: signal(15, handler).
export const HANDLES_SIGTERM = /SignalKind::terminate\s*\(|\bSIGTERM\b|\bsignal\(\s*15\s*,/;
/** Server crates that stop gracefully on SIGTERM themselves (actix's and Rocket's own signal handling). */
export const SIGTERM_HANDLING_CRATES = ["actix-web", "actix-server", "rocket", "ntex", "loco-rs"];
/** Dependency features that make a crate handle SIGTERM for the code (ctrlc's handler then gets both signals). */
export const SIGTERM_FEATURES: Record<string, string> = { ctrlc: "termination" };
