import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  KIT_FRAMEWORKS
} from "./chunk-XKSM4XBR.js";

// generators/kit/scan/scan.ts
import fs from "node:fs";
import path from "node:path";

// generators/kit/scan/rust-source.ts
var RAW_STRING = /^r(#*)"/;
var WORD_CHAR = /\w/;
var CHAR_LITERAL = /^'(?:\\.[^']*|[^\\'])'/;
function withoutComments(text) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let k = i + 2;
      while (k < text.length && depth > 0) {
        if (text[k] === "/" && text[k + 1] === "*") depth++, k += 2;
        else if (text[k] === "*" && text[k + 1] === "/") depth--, k += 2;
        else k++;
      }
      blank(i, k);
      i = k;
    } else if (c === "r" && RAW_STRING.test(text.slice(i, i + 8)) && !WORD_CHAR.test(text[i - 1] ?? "")) {
      const hashes = RAW_STRING.exec(text.slice(i, i + 8))[1];
      const close = text.indexOf('"' + hashes, i + hashes.length + 2);
      i = close < 0 ? text.length : close + hashes.length + 1;
    } else if (c === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      i = k + 1;
    } else if (c === "'" && CHAR_LITERAL.test(text.slice(i, i + 12))) {
      i += CHAR_LITERAL.exec(text.slice(i, i + 12))[0].length;
    } else i++;
  }
  return out.join("");
}
function testItem(text, from) {
  const rest = text.slice(from);
  const external = /^(?:\s*#\[[^\]]*\])*\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/.exec(rest);
  if (external) return { end: from + external[0].length, moduleFile: external[1] };
  const brace = text.indexOf("{", from);
  const semi = text.indexOf(";", from);
  if (brace < 0 || semi >= 0 && semi < brace) return { end: semi < 0 ? text.length : semi };
  let depth = 0;
  for (let k = brace; k < text.length; k++) {
    if (text[k] === "{") depth++;
    else if (text[k] === "}" && --depth === 0) return { end: k };
  }
  return { end: text.length };
}
function testCode(text) {
  const lines = [];
  const modules = [];
  const lineAt = (index) => text.slice(0, index).split("\n").length - 1;
  for (const m of text.matchAll(/#\[cfg\(\s*test\s*\)\]/g)) {
    const item = testItem(text, m.index + m[0].length);
    lines.push([lineAt(m.index), lineAt(item.end)]);
    if (item.moduleFile) modules.push(item.moduleFile);
  }
  return { lines, modules };
}
function moduleFiles(file, name) {
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const base = file.slice(dir.length);
  const moduleDir = ["main.rs", "lib.rs", "mod.rs", "build.rs"].includes(base) || /\/bin\/[^/]+\.rs$/.test(file) ? dir : `${dir}${base.replace(/\.rs$/, "")}/`;
  return [`${moduleDir}${name}.rs`, `${moduleDir}${name}/mod.rs`];
}

// generators/kit/scan/source-rules.ts
var HEALTH_PATHS = ["/health", "/healthz", "/_health", "/health_check", "/livez", "/alive", "/_ping", "/ping", "/readyz", "/status"];
var HEALTH_SEGMENTS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "live", "liveness", "alive", "_ping", "ping", "readyz", "ready", "status"];
var HEALTH_WORDS = ["health", "healthz", "_health", "health_check", "healthcheck", "livez", "liveness", "alive", "_ping", "readyz"];
var PATH_LITERAL = /"(\/?[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*)"/g;
var PREFIX_BY_NAME = [
  /\.nest(?:_service)?\(\s*"(\/[^"]*)"\s*,\s*(?:([\w:]+)::)?{}\b/,
  /\.mount\(\s*"(\/[^"]*)"\s*,\s*routes!\[[^\]]*?(?:([\w:]+)::)?{}\b/,
  /scope\(\s*"(\/[^"]*)"\s*\)(?:\s*\.\w+\([^()]*(?:\([^()]*\))?[^()]*\))*?\s*\.(?:configure|service)\(\s*(?:([\w:]+)::)?{}\b/
];
var ROUTE_PREFIX = /(?:\.nest(?:_service)?|web::scope|\.scope|\.mount)\(\s*"(\/[^"]*)"/g;
var ADDRESS_VARS = [
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:HOST|HOSTNAME|BIND_HOST|LISTEN_HOST|INTERFACE|IP)$/, value: "0.0.0.0" },
  { pattern: /^(?:[A-Z][A-Z0-9]*_)*(?:ADDR|ADDRESS|BIND|BIND_ADDR|BIND_ADDRESS|LISTEN|LISTEN_ADDR|LISTEN_ADDRESS|SOCKET_ADDR|SERVER_ADDR)$/, value: "0.0.0.0:{port}" }
];
var CLIENT_VAR_PREFIX = /^(?:DATABASE|DB|POSTGRES|PG|MYSQL|MARIADB|REDIS|MONGO\w*|AMQP|MQTT|STATSD|RABBIT\w*|KAFKA|NATS|SMTP|MAIL|S3|AWS|OTEL|OTLP|JAEGER|ZIPKIN|PROXY|HTTPS?_PROXY|UPSTREAM|BACKEND|REMOTE|CLIENT|SENTRY|ELASTIC\w*|CLICKHOUSE|MEMCACHED?|ETCD|CONSUL|VAULT|LDAP|SQL\w*)_/;
var ROUTE_SHAPES = [
  { shape: '.route("\u2026")', pattern: /\.route\(\s*"([^"]+)"/g },
  { shape: 'web::resource("\u2026")', pattern: /web::resource\(\s*"([^"]+)"/g },
  { shape: '#[get("\u2026")]', pattern: /#\[\s*(?:get|head|route)\s*\(\s*(?:GET\s*,\s*)?(?:path\s*=\s*)?"([^"]+)"/g },
  // Plain hyper services compare the request path: `req.uri().path() == "/health"`, match arms on `(method, path)`.
  // A match arm may have a guard: `("GET", "/_ops/healthz") if ops_enabled =>`.
  { shape: "path comparison", pattern: /(?:==\s*"(\/[^"]*)"|"(\/[^"]*)"\s*\)?\s*\)?\s*(?:if\s[^=\n]*)?=>)/g }
];
var HTTP_SERVER_CRATES = ["axum", "actix-web", "rocket", "hyper", "warp", "poem", "salvo", "tide", "loco-rs", "ntex", "tower-http"];
var LOOPBACK = /"(?:127\.0\.0\.1|localhost)(?::[^"\s]*)?"|\[\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\]|(?:default\b|bind\w*\().*Ipv4Addr::new\(\s*127\s*,\s*0\s*,\s*0\s*,\s*1\s*\)|Ipv4Addr::LOCALHOST|Ipv6Addr::LOCALHOST|"\[?::1\]?(?::\d+)?"/;
var BIND_CONTEXT = /\b(?:bind\w*|listen\w*|serve|SocketAddr|TcpListener|default_value(?:_t)?|unwrap_or(?:_else)?|host|addr(?:ess)?)\b/i;
var CLIENT_CONNECT = /\bconnect\w*\s*\(/;
var NOT_A_BIND = /^\s*\/\/|"https?:\/\/|Url::parse|reqwest|Client::|[=!]=\s*(?:"(?:127\.0\.0\.1|localhost)"|Ipv[46]Addr::LOCALHOST)|"(?:127\.0\.0\.1|localhost)"\s*[=!]=|matches!\(|\.is_loopback\(\)|\bredirect/i;
var NOT_A_LISTEN_OPTION = /redirect|proxy|upstream|remote|target|allow|origin|canonical|client|peer|public|external|trusted/i;
var ENV_READS = [/(?<![.\w])(?:env::)?var(?:_os)?\(\s*"([A-Z][A-Z0-9_]*)"/g, /\benv\s*=\s*"([A-Z][A-Z0-9_]*)"/g, /env!\(\s*"([A-Z][A-Z0-9_]*)"/g];
var ENV_READ_CALL = /(?<![.\w])(?:(?:std::)?(?:env|dotenvy?)::)?var\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/g;
var ENV_READ_OF_CONSTANT = /(?<![.\w])(?:(?:std::)?env::)?var(?:_os)?\(\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*\)/g;
var ENV_WRAPPER_FN = /\bfn\s+(\w+)\s*\(\s*(\w+)\s*:\s*&(?:'\w+\s+)?str\b[^{]*\{[^}]{0,400}?(?<![.\w])(?:(?:std::)?env::)?var(?:_os)?\(\s*&?\2\s*\)/g;
var CLAP_ENV_OPTION = /#\[(?:arg|clap)\(([^\]]*?\benv\s*=\s*"([A-Z][A-Z0-9_]*)"[^\]]*)\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?\w+\s*:\s*([\w:]+)/g;
var OPTIONAL_CLAP_OPTION = { attribute: /default_value|default_missing_value|required\s*=\s*false/, type: /^(?:(?:std::)?(?:option::)?Option|Vec|bool)$/ };
var SET_BY_IMAGE = /^(?:HOST|PORT|RUST_LOG|RUST_BACKTRACE|LOG_FORMAT|SSL_CERT_FILE|HOME|PATH|USER|HOSTNAME|TZ|PWD|CARGO_\w+)$/;
var CLI_FIELD = /((?:#\[(?:arg|clap|argh)\((?:[^\[\]]|\[[^\]]*\])*\)\]\s*)+)(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:\s*([\w:]+(?:<[\w:]+>)?)\s*,/g;
var POSITIONAL = { argh: /#\[argh\([^\]]*\bpositional\b/, clapNamed: /#\[(?:arg|clap)\([^\]]*\b(?:long|short|subcommand|flatten|skip)\b/ };
var CONFIG_ARG = /(?:^|[-_])(?:conf|config|configuration|settings)(?:[-_]|$)/i;
var ADDRESS_ARG = /addr|bind|listen/i;
var LISTEN_VAR_PREFIXES = ["APP", "SERVER", "HTTP", "LISTEN", "BIND", "WEB", "API", "SERVICE"];
var LISTEN_VAR_KINDS = { PORT: "port", HOST: "host" };
var SERVE_SUBCOMMANDS = ["serve", "server", "start", "web", "run"];
var HOST_ARGS = ["host", "bind", "binding"];
var PORT_ARGS = ["port"];
var PORT_SHAPES = [
  { shape: "clap default of the port option", pattern: /default_value(?:_t)?\s*=\s*"?(\d{2,5})"?[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*)*(?:pub\s+)?port\s*:/g },
  { shape: "clap default of the port option", pattern: /#\[(?:arg|clap)\([^\]\n]*PORT[^\]\n]*default_value(?:_t)?\s*=\s*"?(\d{2,5})/gi },
  { shape: "clap default of the port option", pattern: /Arg::(?:new|with_name)\(\s*"port"\s*\)[^;]*?\.default_value\(\s*"(\d{2,5})"\s*\)/g },
  { shape: "default port function", pattern: /fn\s+\w*port\w*\s*\(\s*\)\s*->\s*u16\s*\{\s*(\d{2,5})\s*\}/g },
  { shape: "port in a Default impl", pattern: /impl\s+Default\s+for\s+\w+\s*\{[^}]{0,400}?\bport\s*:\s*(\d{2,5})\s*,/g },
  // Read directly or through a helper given the name (`setting("APP_PORT", …)`).
  { shape: "default of the PORT variable", pattern: /(?:env::var|\w+)\(\s*"(?!(?:DATABASE|DB|POSTGRES|PG|MYSQL|REDIS|MQTT|AMQP|SMTP|MAIL|STATSD|METRICS|ADMIN|GRPC|UPSTREAM|PROXY|BACKEND)_)[A-Z_]*PORT"\s*(?:,[^()]*)?\)[^;]*?unwrap_or(?:_else)?\(\s*(?:\|_?\|\s*)?(?:"|String::from\(")?(\d{2,5})/g },
  { shape: "port constant", pattern: /const\s+[A-Z_]*PORT[A-Z_]*\s*:\s*u16\s*=\s*(\d{2,5})/g },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*&?\(?\s*"(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]|::)?:?(\d{2,5})"/g },
  { shape: "port in a bind call", pattern: /(?:bind|listen)\w*\(\s*\(\s*"[^"]*"\s*,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /SocketAddr::from\(\s*\(\s*\[[\d,\s]+\]\s*,\s*(\d{2,5})\s*\)\s*\)/g },
  // SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), 8088) — every interface, so a server's — or inside a default = "…".
  { shape: "port in a socket address", pattern: /SocketAddr(?:V4|V6)?::new\((?=[^;]*?UNSPECIFIED)(?:[^();]|\((?:[^();]|\([^();]*\))*\))*?,\s*(\d{2,5})\s*\)/g },
  { shape: "port in a socket address", pattern: /default\s*=\s*"SocketAddr(?:V4|V6)?::new\((?:[^();"]|\((?:[^();"]|\([^();"]*\))*\))*?,\s*(\d{2,5})\s*\)/g }
];
var PORT_CONFIG_FILES = ["Rocket.toml", ...["config", "configuration", "settings"].flatMap(
  (dir) => ["production", "prod", "base", "default", "settings", "config", "development"].flatMap((name) => ["yaml", "yml", "toml"].map((ext) => `${dir}/${name}.${ext}`))
)];
var SERVER_SECTION = "(?:application|server|http|web|app|api|service|default|release|global)";
var CONFIG_PORT = [
  new RegExp(`^${SERVER_SECTION}:[ \\t]*\\n(?:[ \\t]+.*\\n|[ \\t]*\\n)*?[ \\t]+port:[ \\t]*"?(\\d{2,5})"?[ \\t]*$`, "m"),
  new RegExp(`^\\[${SERVER_SECTION}\\][ \\t]*\\n(?:(?!\\[).*\\n)*?[ \\t]*port[ \\t]*=[ \\t]*(\\d{2,5})[ \\t]*$`, "m")
];
var ROOT_CONFIG_FILE = /^(?:config|settings|app|application|server|service)\.(?:toml|ya?ml|json|ron|ini)$/;
var CONFIG_ADDRESS = /^[ \t]*(address|addr|bind|bind_address|bind_addr|listen|listen_address|listen_addr|socket_addr|server_addr|host)[ \t]*[=:][ \t]*["']?((?:\d{1,3}(?:\.\d{1,3}){3})|localhost|\[[0-9a-fA-F:]*\]|::):(\d{2,5})["']?[ \t]*$/gm;
var CONFIG_RS_ENVIRONMENT = /Environment::(?:default\(\)|new\(\)|with_prefix\(\s*"([^"]*)"\s*\))((?:\s*\.\s*(?:prefix|prefix_separator|separator|try_parsing|list_separator|with_list_parse_key|ignore_empty|keep_prefix|convert_case|source)\([^)]*\))*)/g;
var ENVIRONMENT_VAR = /^(?:[A-Z][A-Z0-9]*_)?(?:ENV|ENVIRONMENT|RUN_MODE)$/;
var PRODUCTION_CONFIG = ["config", "configuration", "settings"].flatMap(
  (dir) => ["production", "prod"].flatMap((name) => ["yaml", "yml", "toml", "json"].map((ext) => `${dir}/${name}.${ext}`))
);
var WRITABLE_PATHS = [
  { shape: "create_dir_all", pattern: /create_dir(?:_all)?\(\s*"([^"]+)"/g },
  // A constant's value (`const SPOOL: &str = "var/spool"; … create_dir_all(SPOOL)`): the group is the constant's name.
  { shape: "create_dir_all of a constant", pattern: /create_dir(?:_all)?\(\s*&?(?:\w+::)*([A-Z][A-Z0-9_]*)\s*\)/g },
  // The key where it is defined (not read: `c.data_folder`), its default a path (not a variable's name, not a URL).
  { shape: "default of a data-directory setting", pattern: /(?<![.\w])data_?(?:folder|dir|directory)\b\s*[:=,][^\n"]{0,60}"((?![A-Z0-9_]+")[\w.~-][\w.\/~-]*)"/g },
  { shape: "database file path", pattern: /"((?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\/[\w-]+\.(?:sqlite3?|db|redb))"/g },
  { shape: "default of a data-directory variable", pattern: /"[A-Z0-9_]*(?:DATA|STATE|STORAGE|UPLOADS?)_?(?:DIR|PATH|DIRECTORY|FOLDER)"\s*\)[^;]*?unwrap_or(?:_else)?\(\s*(?:\|_?\|\s*)?(?:"|(?:String|PathBuf)::from\(\s*")([^"]+)"/g },
  { shape: "clap default of a data-directory option", pattern: /default_value\s*=\s*"([^"]+)"[^\]\n]*\]\s*(?:\/\/\/[^\n]*\n\s*|#\[[^\]]*\]\s*)*(?:pub\s+)?\w*(?:data|state|storage|upload)s?_?(?:dir|path|directory)\s*:/g },
  { shape: "SQLite database file", pattern: /"sqlite:(?:\/\/)?([^"?]+\/[^"?]+)/g }
];
var CONFIG_WRITABLE_PATH = /^[ \t]*\w*(?:upload|data|storage|state|cache|db|database)s?_?(?:path|dir|directory|folder)[ \t]*[=:][ \t]*["']?([^"'\s#]+)["']?[ \t]*$/gm;
var EMBEDDED_DIRS = [
  { dir: "migrations", pattern: /\b(?:sqlx::)?migrate!\s*\(|embed_migrations!\s*\(/g },
  // askama and sailfish compile templates/ into the binary (tera, minijinja and handlebars read it at run time).
  { dir: "templates", pattern: /#\[template\(\s*(?:path|source)\s*=/g }
];
var SERVED_DIR = /(?:ServeDir::new|fs::dir|FileServer::from|relative!|Files::new\(\s*"[^"]*"\s*,)\s*\(?\s*"(?:\.\/)?([\w.-]+(?:\/[\w.-]+)*)\/?"/g;
var SQLX_QUERY_MACROS = /\bsqlx::query(?:_as|_scalar|_file|_file_as|_file_scalar)?(?:_unchecked)?!\s*\(/g;
var REQUIRED_FEATURE = /#\[cfg\(not\((?:any\()?([^\]]*?)\)?\)\)\]\s*compile_error!/g;
var HANDLES_SIGINT = /signal::ctrl_c\s*\(|ctrlc::set_handler|SignalKind::interrupt\s*\(|\bSIGINT\b|\bsignal\(\s*2\s*,/g;
var HANDLES_SIGTERM = /SignalKind::terminate\s*\(|\bSIGTERM\b|\bsignal\(\s*15\s*,/;
var SIGTERM_HANDLING_CRATES = ["actix-web", "actix-server", "rocket", "ntex", "loco-rs"];
var SIGTERM_FEATURES = { ctrlc: "termination" };

// generators/kit/scan/scan.ts
function readSources(contextDir, packageDirs, extraFiles = [], otherBins = []) {
  const root = path.join(contextDir, packageDirs[0]);
  const files = /* @__PURE__ */ new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== "target" && e.name !== "vendor" && !e.name.startsWith(".")) walk(full);
      else if (e.isFile() && e.name.endsWith(".rs")) files.add(full);
    }
  };
  for (const dir of packageDirs) if (fs.existsSync(path.join(contextDir, dir, "src"))) walk(path.join(contextDir, dir, "src"));
  for (const f of extraFiles) if (fs.existsSync(path.join(root, f))) files.add(path.join(root, f));
  const other = otherBins.map((b) => path.join(root, b));
  const otherDirs = other.filter((b) => path.basename(b) === "main.rs" && path.basename(path.dirname(path.dirname(b))) === "bin").map(path.dirname);
  for (const f of [...files]) if (other.includes(f) || otherDirs.some((d) => f.startsWith(d + path.sep))) files.delete(f);
  const sources = [...files].sort().map((full) => ({
    path: path.relative(contextDir, full).split(path.sep).join("/"),
    text: withoutComments(fs.readFileSync(full, "utf8"))
  }));
  const testFiles = new Set(sources.flatMap((src) => testCodeOf(src).modules.flatMap((m) => moduleFiles(src.path, m))));
  for (const src of sources) if (testFiles.has(src.path)) src.testOnly = true;
  return sources;
}
var lineOf = (text, index) => text.slice(0, index).split("\n").length;
function findHealthRoutes(sources) {
  const found = [];
  for (const src of sources)
    for (const { shape, pattern } of ROUTE_SHAPES)
      for (const m of src.text.matchAll(pattern)) {
        const route = m[1] ?? m[2];
        const rank = route ? healthRank(route) : -1;
        const line = lineOf(src.text, m.index);
        if (rank < 0 || isTestCode(src, line - 1)) continue;
        const path2 = joinPaths([...routePrefixes(sources, src, m.index, shape), route]);
        const enabledBy = routeSwitch(sources, src, m.index, m[0]);
        if (!found.some((f) => f.path === path2)) found.push({ path: path2, shape, file: src.path, line, rank, ...enabledBy ? { enabledBy } : {} });
      }
  return found.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...route }) => route);
}
function healthRank(route) {
  const usual = HEALTH_PATHS.indexOf(route);
  if (usual >= 0) return usual;
  if (!route.startsWith("/") || /[{}<>:*]/.test(route)) return -1;
  const segments = route.split("/").filter(Boolean);
  const words = segments.length === 1 ? HEALTH_SEGMENTS : HEALTH_WORDS;
  const word = words.indexOf(segments.at(-1) ?? "");
  return word < 0 ? -1 : HEALTH_PATHS.length + word;
}
function routeSwitch(sources, src, index, matched) {
  const condition = /\bif\s([^=\n]*)=>/.exec(matched)?.[1] ?? enclosingIf(src.text, index);
  if (!condition || /!(?!=)|!=|is_err|is_none|\bno_|disable/.test(condition)) return void 0;
  const direct = ENV_SWITCH.exec(condition);
  if (direct) return BOOLEAN_READ.test(condition) ? { name: direct[1], value: switchValue(condition) } : void 0;
  for (const ident of condition.match(/\b[a-z_][a-z0-9_]*\b/g) ?? []) {
    if (/^(?:if|let|some|ok|true|false|self)$/.test(ident)) continue;
    for (const other of sources) {
      const binding = new RegExp(`\\blet\\s+(?:mut\\s+)?${ident}\\s*(?::\\s*bool\\s*)?=\\s*(?:std::)?${ENV_SWITCH.source}[^;]*;`).exec(other.text);
      if (binding) return BOOLEAN_READ.test(binding[0]) ? { name: binding[1], value: switchValue(binding[0]) } : void 0;
      const field = new RegExp(`env\\s*=\\s*"([A-Z][A-Z0-9_]*)"[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (field) return { name: field[1], value: "true" };
      const flag = new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\)\\]\\s*(?:pub\\s+)?${ident}\\s*:\\s*bool\\b`).exec(other.text);
      if (flag) return { flag: `--${/long\s*=\s*"([^"]+)"/.exec(flag[0])?.[1] ?? ident.replace(/_/g, "-")}` };
    }
  }
  return void 0;
}
var ENV_SWITCH = /(?:env::)?var\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/;
var BOOLEAN_READ = /\.is_ok\(\)|\.is_ok_and\(|==\s*"|\.eq_ignore_ascii_case\(|parse::<bool>|matches!\(/;
var switchValue = (text) => /==\s*"([^"]+)"/.exec(text)?.[1] ?? (/parse::<bool>|:\s*bool\b/.test(text) ? "true" : "1");
function enclosingIf(text, index) {
  const before = text.slice(Math.max(0, index - 600), index);
  for (const m of [...before.matchAll(/\bif\s+([^{};]+)\{/g)].reverse()) {
    let depth = 0;
    for (const c of before.slice(m.index + m[0].length)) if ((depth += c === "{" ? 1 : c === "}" ? -1 : 0) < 0) break;
    if (depth >= 0) return m[1];
  }
  return void 0;
}
function chainedOn(rest) {
  let depth = 0;
  for (const c of rest) if ((depth += c === "(" ? 1 : c === ")" ? -1 : 0) < 0) return false;
  return true;
}
var joinPaths = (parts) => `/${parts.flatMap((p) => p.split("/").filter(Boolean)).join("/")}`;
function routePrefixes(sources, src, index, shape, depth = 0) {
  const { text } = src;
  const inline = [];
  let level = 0;
  let innerStart = index;
  for (let k = index - 1; k >= Math.max(0, index - 6e3); k--) {
    if (text[k] === ")") level++;
    else if (text[k] === "(" && level-- === 0) {
      level = 0;
      const argument = text.slice(k + 1, innerStart);
      const scope = [...argument.matchAll(/scope\(\s*"(\/[^"]*)"\s*\)/g)].filter((s) => chainedOn(argument.slice(s.index + s[0].length))).at(-1);
      if (scope) inline.unshift(scope[1]);
      const nest = /\.nest(?:_service)?\($/.test(text.slice(Math.max(0, k - 14), k + 1)) && /^\s*"(\/[^"]*)"/.exec(text.slice(k + 1));
      if (nest) inline.unshift(nest[1]);
      innerStart = k;
    }
  }
  if (depth >= 3) return inline;
  const fn = shape.startsWith("#[") ? /\bfn\s+(\w+)/.exec(text.slice(index))?.[1] : [...text.slice(0, index).matchAll(/\bfn\s+(\w+)/g)].at(-1)?.[1];
  if (!fn) return inline;
  const module = path.basename(src.path, ".rs").replace(/^(?:mod|lib|main)$/, path.basename(path.dirname(src.path)));
  for (const other of sources)
    for (const rule of PREFIX_BY_NAME)
      for (const m of other.text.matchAll(new RegExp(rule.source.replace("{}", fn), "g"))) {
        const named = m[2]?.split("::").filter((s) => s && s !== "crate" && s !== "self" && s !== "super").at(-1);
        if (named === void 0 || named === module) return [...routePrefixes(sources, other, m.index, "", depth + 1), m[1], ...inline];
      }
  return inline;
}
function findLoopbackBinds(sources) {
  const found = [];
  for (const src of sources)
    src.text.split("\n").forEach((text, i, lines) => {
      const next = lines.slice(i, i + 4).join("\n");
      const connects = CLIENT_CONNECT.test(next) && !/\b(?:bind|listen)\w*\s*\(/.test(next);
      if (LOOPBACK.test(text) && BIND_CONTEXT.test(text) && !NOT_A_BIND.test(text) && !connects && !otherOption(lines, i) && !isTestCode(src, i))
        found.push({ file: src.path, line: i + 1, text: text.trim() });
    });
  return found;
}
function otherOption(lines, i) {
  if (!/default_value/.test(lines[i])) return false;
  for (let k = i; k < Math.min(lines.length, i + 10); k++) {
    const field = /^\s*(?:pub(?:\([^)]*\))?\s+)?(\w+)\s*:(?!:)/.exec(lines[k]);
    if (field && !/^\s*#/.test(lines[k])) return NOT_A_LISTEN_OPTION.test(lines.slice(i, k + 1).join("\n"));
  }
  return false;
}
var testCodeCache = /* @__PURE__ */ new WeakMap();
var testCodeOf = (src) => {
  if (!testCodeCache.has(src)) testCodeCache.set(src, testCode(src.text));
  return testCodeCache.get(src);
};
function isTestCode(src, lineIndex) {
  if (src.testOnly || /(^|\/)tests\//.test(src.path)) return true;
  return testCodeOf(src).lines.some(([from, to]) => lineIndex >= from && lineIndex <= to);
}
function findListenVars(sources, crateName, productionConfig) {
  const crateWords = crateName.toUpperCase().split(/[-_]/).filter((w) => w.length >= 3);
  const own = /* @__PURE__ */ new Set([crateName.toUpperCase().replace(/-/g, "_"), ...crateWords]);
  return findEnvReads(sources).flatMap(({ name, file, line }) => {
    const at = name.lastIndexOf("_");
    const [prefix, suffix] = at < 0 ? ["", name] : [name.slice(0, at), name.slice(at + 1)];
    const kind = LISTEN_VAR_KINDS[suffix];
    const words = prefix ? prefix.split("_") : [];
    const listenWord = words.some((w) => LISTEN_VAR_PREFIXES.includes(w));
    const listenish = words.length === 0 || !CLIENT_VAR_PREFIX.test(name) && (prefix === crateName.toUpperCase().replace(/-/g, "_") || listenWord && words.every((w) => own.has(w) || LISTEN_VAR_PREFIXES.includes(w)));
    const environment = ENVIRONMENT_VAR.test(name) && productionConfig !== void 0;
    return kind && listenish || environment ? [{ name, kind: kind ?? "environment", file, line }] : [];
  });
}
function findEnvReads(sources) {
  const found = [];
  const add = (src, index, name) => {
    if (!name || !/^[A-Z][A-Z0-9_]*$/.test(name) || found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestCode(src, line - 1)) found.push({ name, file: src.path, line });
  };
  const wrappers = [...new Set(sources.flatMap((src) => [...src.text.matchAll(ENV_WRAPPER_FN)].map((m) => m[1])))];
  const patterns = [...ENV_READS, ...wrappers.map((fn) => new RegExp(`(?<![.\\w])${fn}\\(\\s*"([A-Z][A-Z0-9_]*)"`, "g"))];
  for (const src of sources) {
    for (const pattern of patterns) for (const m of src.text.matchAll(pattern)) add(src, m.index, m[1]);
    for (const m of src.text.matchAll(ENV_READ_OF_CONSTANT)) add(src, m.index, constantValue(sources, m[1]));
  }
  const order = (f) => sources.findIndex((s) => s.path === f.file) * 1e6 + f.line;
  return found.sort((a, b) => order(a) - order(b));
}
function findStartArgs(sources) {
  const args = {};
  for (const src of sources)
    for (const m of src.text.matchAll(CLI_FIELD)) {
      const [, attributes, field, type] = m;
      const positional = POSITIONAL.argh.test(attributes) || /#\[(?:arg|clap)\(/.test(attributes) && !POSITIONAL.clapNamed.test(attributes);
      const option = /#\[(?:arg|clap)\([^\]]*\blong\b/.test(attributes) || /#\[argh\([^\]]*\boption\b/.test(attributes);
      if (!positional && !option || /\bbool\b/.test(type) || isTestCode(src, lineOf(src.text, m.index) - 1)) continue;
      const given = /\bname\s*=\s*"([^"]+)"/.exec(attributes)?.[1] ?? field;
      const name = positional ? given : `--${given.replace(/_/g, "-")}`;
      const found = { name, file: src.path, line: lineOf(src.text, m.index + attributes.lastIndexOf("#[")) };
      const hasDefault = /\bdefault(?:_value\w*)?\s*=/.test(attributes);
      const optional = /^(?:(?:std::)?(?:option::)?Option|Vec)\b/.test(type);
      const requiredGroup = new RegExp(`\\.required\\(\\s*true\\s*\\)[^;]*?"${name}"`).test(src.text);
      if (CONFIG_ARG.test(name) && !hasDefault && (!optional || requiredGroup)) args.configArg ??= found;
      if (positional && ADDRESS_ARG.test(name) && hasDefault && /SocketAddr|String/.test(type)) args.addressArg ??= found;
    }
  return args;
}
var FAILS_HARD = /^\s*(?:\?|\.unwrap\(\)|\.expect\()/;
var ERROR_ADAPTER = /^\s*\.(?:context|with_context|wrap_err|wrap_err_with|map_err)\(/;
var OPTION_AFTER_TRY = /^\s*\?\s*\.(?:is_some|is_none|is_some_and|unwrap_or|unwrap_or_default|unwrap_or_else|map_or|map_or_else|as_deref|filter|or|or_else)\b/;
var MATCHED_WITH_NONE = /^[^{]*\{[^}]*\bNone\s*=>/;
function pastClosing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i + 1;
  }
  return text.length;
}
function findRequiredEnv(sources) {
  const found = [];
  const add = (src, index, name, shape) => {
    if (found.some((f) => f.name === name)) return;
    const line = lineOf(src.text, index);
    if (!isTestCode(src, line - 1)) found.push({ name, file: src.path, line, shape });
  };
  for (const src of sources) {
    for (const m of src.text.matchAll(ENV_READ_CALL)) {
      let after = m.index + m[0].length;
      const adapter = ERROR_ADAPTER.exec(src.text.slice(after, after + 80));
      if (adapter) after = pastClosing(src.text, after + adapter[0].length - 1);
      const ending = FAILS_HARD.exec(src.text.slice(after, after + 40));
      const optional = OPTION_AFTER_TRY.test(src.text.slice(after, after + 40)) || /\bmatch\s+$/.test(src.text.slice(Math.max(0, m.index - 12), m.index)) && MATCHED_WITH_NONE.test(src.text.slice(after, after + 400));
      const end = optional ? void 0 : ending?.[0].trim();
      if (end) add(src, m.index, m[1], `env::var(\u2026)${adapter ? `${adapter[0].trim()}\u2026)` : ""}${end === ".expect(" ? ".expect(\u2026)" : end}`);
    }
    for (const m of src.text.matchAll(CLAP_ENV_OPTION))
      if (!OPTIONAL_CLAP_OPTION.attribute.test(m[1]) && !OPTIONAL_CLAP_OPTION.type.test(m[3])) add(src, m.index, m[2], "a clap option with no default");
  }
  return found;
}
function addressVars(envReads) {
  return envReads.flatMap((name) => {
    if (CLIENT_VAR_PREFIX.test(name)) return [];
    const row = ADDRESS_VARS.find((r) => r.pattern.test(name));
    return row ? [[name, row.value]] : [];
  });
}
function healthCandidates(sources, found, frameworkPath) {
  const healthy = (p) => HEALTH_SEGMENTS.includes(p.split("/").filter(Boolean).at(-1) ?? "");
  const literals = sources.flatMap((src) => [...src.text.matchAll(PATH_LITERAL)].map((m) => m[1])).filter((p) => healthy(p) && p.includes("/")).map((p) => p.startsWith("/") ? p : `/${p}`);
  const prefixes = [...new Set(sources.flatMap((src) => [...src.text.matchAll(ROUTE_PREFIX)].map((m) => m[1].replace(/\/+$/, ""))))].filter(Boolean);
  const prefixed = (p) => prefixes.map((prefix) => `${prefix}${p}`);
  const all = [
    ...found.map((r) => r.path),
    ...frameworkPath ? [frameworkPath] : [],
    ...literals.flatMap((l) => [...prefixed(l), l]),
    ...HEALTH_PATHS,
    ...HEALTH_PATHS.flatMap(prefixed)
  ];
  return [...new Set(all)].slice(0, 32);
}
var servesHttp = (dependencies) => dependencies.some((d) => HTTP_SERVER_CRATES.includes(d));
function inspectRun(contextDir, packageDirs, binPath, crateName, dependencies, otherBins = [], dependencyFeatures = {}) {
  const sigtermByDependency = Object.entries(SIGTERM_FEATURES).some(([crate, feature]) => dependencyFeatures[crate]?.includes(feature)) || dependencies.some((d) => SIGTERM_HANDLING_CRATES.includes(d));
  const sources = readSources(contextDir, packageDirs, [binPath, "build.rs"], otherBins);
  const envReads = [...new Set(findEnvReads(sources).map((r) => r.name))];
  const packageDir = packageDirs[0];
  const packageRoot = path.join(contextDir, packageDir);
  const configFiles = findConfigFiles(sources, packageRoot);
  const address = findConfigAddress(configFiles, packageRoot, packageDir);
  const configAddress = address && { ...address, envName: configEnvName(sources, address.key) };
  const routes = findHealthRoutes(sources);
  const handlesSigterm = sigtermByDependency || sources.some((src) => !src.testOnly && HANDLES_SIGTERM.test(src.text));
  const framework = dependencies.find((d) => d in KIT_FRAMEWORKS);
  return {
    routes,
    healthCandidates: healthCandidates(sources, routes, framework ? KIT_FRAMEWORKS[framework].healthPath : void 0),
    envReads,
    addressVars: addressVars(envReads),
    loopback: findLoopbackBinds(sources),
    listenVars: findListenVars(sources, crateName, productionConfigFile(packageRoot)),
    http: servesHttp(dependencies),
    framework,
    servedDirs: sources.flatMap(
      (src) => [...src.text.matchAll(SERVED_DIR)].map((m) => ({ dir: m[1], file: src.path, line: lineOf(src.text, m.index) })).filter((d) => !isTestCode(src, d.line - 1))
    ),
    embedded: firstMatches(sources, EMBEDDED_DIRS.map((r) => r.pattern)).map((f, i) => f && { ...f, dir: EMBEDDED_DIRS[i].dir }).filter((f) => f !== void 0),
    sqlxQuery: firstMatches(sources, [SQLX_QUERY_MACROS])[0],
    interruptOnly: handlesSigterm ? void 0 : firstMatches(sources, [HANDLES_SIGINT])[0],
    handlesSigterm,
    requiredFeatures: sources.flatMap(
      (src) => [...src.text.matchAll(REQUIRED_FEATURE)].map((m) => ({
        file: src.path,
        line: lineOf(src.text, m.index),
        features: [...m[1].matchAll(/feature\s*=\s*"([^"]+)"/g)].map((f) => f[1])
      })).filter((r) => r.features.length > 0)
    ),
    serve: findServeCommand(sources),
    port: findPort(sources, packageRoot, packageDir, configAddress),
    configFiles,
    configAddress,
    requiredEnv: findRequiredEnv(sources),
    startArgs: findStartArgs(sources),
    dataDirs: [...findDataDirs(sources), ...findConfigDataDirs(configFiles, packageRoot, packageDir)]
  };
}
var kebab = (camel) => camel.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
function braced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}
function findServeCommand(sources) {
  const candidates = [];
  for (const src of sources) {
    for (const m of src.text.matchAll(/#\[derive\([^)]*\b(?:Subcommand|Parser)\b[^)]*\)\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?enum\s+(\w+)\s*\{/g)) {
      const enumName = m[1];
      if (new RegExp(`Option<\\s*${enumName}\\s*>`).test(src.text)) continue;
      const bodyAt = m.index + m[0].length;
      const body = braced(src.text, bodyAt - 1);
      const variants = [...body.matchAll(/(?:^|[,}\n])\s*(?:#\[[^\]]*\]\s*)*([A-Z]\w*)\s*(?=(\{|\(|,|\n|$))/g)].map((v) => {
        const fields = v[2] === "{" ? braced(body, v.index + v[0].length) : "";
        const start = bodyAt + v.index + v[0].indexOf(v[1]);
        return { name: kebab(v[1]), fields, from: lineOf(src.text, start), to: lineOf(src.text, start + v[0].length - v[0].indexOf(v[1]) + fields.length + 1) };
      });
      for (const v of variants.filter((v2) => SERVE_SUBCOMMANDS.includes(v2.name))) {
        const longArg = (names) => names.find((n) => new RegExp(`#\\[(?:arg|clap)\\([^\\]]*\\blong\\b[^\\]]*\\]\\s*(?:///[^\\n]*\\n\\s*)*(?:pub\\s+)?${n}\\s*:`).test(v.fields));
        const otherCommands = variants.filter((o) => o !== v).map(({ name, from, to }) => ({ name, from, to }));
        candidates.push({ name: v.name, hostArg: longArg(HOST_ARGS), portArg: longArg(PORT_ARGS), file: src.path, line: v.from, otherCommands });
      }
    }
    for (const m of src.text.matchAll(/(?:Command::new|SubCommand::with_name)\(\s*"([a-z-]+)"\s*\)/g)) {
      if (!SERVE_SUBCOMMANDS.includes(m[1]) || /subcommand_required\(\s*false/.test(src.text) || !/\.subcommand\(/.test(src.text)) continue;
      const after = src.text.slice(m.index, m.index + 600);
      const argNamed = (names) => names.find((n) => new RegExp(`Arg::new\\(\\s*"${n}"\\s*\\)[^;]*?\\.long\\(`).test(after));
      candidates.push({ name: m[1], hostArg: argNamed(HOST_ARGS), portArg: argNamed(PORT_ARGS), file: src.path, line: lineOf(src.text, m.index), otherCommands: [] });
    }
  }
  return candidates.sort((a, b) => SERVE_SUBCOMMANDS.indexOf(a.name) - SERVE_SUBCOMMANDS.indexOf(b.name))[0];
}
function findPort(sources, packageRoot, packageDir, configAddress) {
  const valid = (n) => n >= 1 && n <= 65535;
  for (const file of PORT_CONFIG_FILES) {
    const full = path.join(packageRoot, file);
    if (!fs.existsSync(full)) continue;
    const text = fs.readFileSync(full, "utf8");
    for (const pattern of CONFIG_PORT) {
      const m = pattern.exec(text);
      if (m && valid(Number(m[1])))
        return { port: Number(m[1]), shape: file, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index + m[0].lastIndexOf(m[1])) };
    }
  }
  if (configAddress) return { port: configAddress.port, shape: `${configAddress.key} in ${path.basename(configAddress.file)}`, file: configAddress.file, line: configAddress.line };
  for (const { shape, pattern } of PORT_SHAPES)
    for (const src of sources)
      for (const m of src.text.matchAll(pattern))
        if (valid(Number(m[1])) && !isTestCode(src, lineOf(src.text, m.index) - 1))
          return { port: Number(m[1]), shape, file: src.path, line: lineOf(src.text, m.index + m[0].indexOf(m[1])) };
  return void 0;
}
function findConfigFiles(sources, packageRoot) {
  if (!fs.existsSync(packageRoot)) return [];
  const names = fs.readdirSync(packageRoot).filter((n) => ROOT_CONFIG_FILE.test(n) && fs.statSync(path.join(packageRoot, n)).isFile());
  return names.filter((n) => sources.some((src) => !src.testOnly && src.text.includes(`"${n}"`))).sort();
}
function findConfigAddress(files, packageRoot, packageDir) {
  for (const file of files) {
    const text = fs.readFileSync(path.join(packageRoot, file), "utf8");
    for (const m of text.matchAll(CONFIG_ADDRESS)) {
      const before = text.slice(0, m.index);
      const section = /\.toml$/.test(file) ? /\[([\w.-]+)\][^\[]*$/.exec(before)?.[1] : /^(\w+):[ \t]*$/m.test(before) && /^[ \t]+/.test(m[0]) ? [...before.matchAll(/^(\w+):[ \t]*$/gm)].at(-1)?.[1] : void 0;
      return {
        key: [section, m[1]].filter(Boolean).join("."),
        host: m[2],
        port: Number(m[3]),
        file: [packageDir, file].filter(Boolean).join("/"),
        line: lineOf(text, m.index + m[0].search(/\S/))
      };
    }
  }
  return void 0;
}
function configEnvName(sources, key) {
  for (const src of sources)
    for (const m of src.text.matchAll(CONFIG_RS_ENVIRONMENT)) {
      const calls = m[2] ?? "";
      const arg = (name) => new RegExp(`\\.\\s*${name}\\(\\s*"([^"]*)"\\s*\\)`).exec(calls)?.[1];
      const prefix = m[1] ?? arg("prefix") ?? "";
      const separator = arg("separator");
      if (key.includes(".") && !separator) continue;
      const keyPart = key.split(".").join(separator ?? "_").toUpperCase();
      return prefix ? `${prefix.toUpperCase()}${arg("prefix_separator") ?? separator ?? "_"}${keyPart}` : keyPart;
    }
  return void 0;
}
function findDataDirs(sources) {
  const found = [];
  for (const { shape, pattern } of WRITABLE_PATHS)
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const value = shape === "create_dir_all of a constant" ? constantValue(sources, m[1]) : m[1];
        const dir = value === void 0 ? void 0 : dataDirOf(value);
        if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir) && !isTestCode(src, lineOf(src.text, m.index) - 1))
          found.push({ dir, shape, file: src.path, line: lineOf(src.text, m.index) });
      }
  return found;
}
function constantValue(sources, name) {
  const definition = new RegExp(`\\b(?:const|static)\\s+${name}\\s*:\\s*&(?:'static\\s+)?str\\s*=\\s*"([^"]+)"`);
  for (const src of sources) {
    const m = definition.exec(src.text);
    if (m) return m[1];
  }
  return void 0;
}
function findConfigDataDirs(files, packageRoot, packageDir) {
  const found = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(packageRoot, file), "utf8");
    for (const m of text.matchAll(CONFIG_WRITABLE_PATH)) {
      const dir = dataDirOf(m[1]);
      if (dir && !SYSTEM_DIRS.test(dir) && !found.some((f) => f.dir === dir))
        found.push({ dir, shape: `set in ${file}`, file: [packageDir, file].filter(Boolean).join("/"), line: lineOf(text, m.index + m[0].search(/\S/)) });
    }
  }
  return found;
}
var SYSTEM_DIRS = /^\/(?:etc|proc|sys|dev|usr|bin|sbin|lib\w*|run|var\/run|home|root)(?:\/|$)/;
function dataDirOf(subject) {
  const clean = subject.replace(/\/+$/, "").replace(/^\.\//, "");
  if (!clean || clean === "." || /^\/tmp(?:\/|$)/.test(clean) || /[{}$%]/.test(clean)) return void 0;
  const isFile = /\.[A-Za-z0-9]{1,8}$/.test(clean.split("/").at(-1)) && !clean.endsWith(".d");
  const dir = isFile ? clean.split("/").slice(0, -1).join("/") : clean;
  if (!dir) return void 0;
  return dir.startsWith("/") ? dir : `/app/${dir.split("/")[0]}`;
}
function firstMatches(sources, patterns) {
  return patterns.map((pattern) => {
    for (const src of sources)
      for (const m of src.text.matchAll(pattern)) {
        const line = lineOf(src.text, m.index);
        if (!isTestCode(src, line - 1)) return { file: src.path, line };
      }
    return void 0;
  });
}
function productionConfigFile(packageRoot) {
  return PRODUCTION_CONFIG.find((f) => fs.existsSync(path.join(packageRoot, f)));
}

export {
  HEALTH_PATHS,
  HTTP_SERVER_CRATES,
  SET_BY_IMAGE,
  inspectRun,
  dataDirOf,
  productionConfigFile
};
