// Existing crates shaped like public service crates, through the real CLI: what the kit reads in them (health route,
// serve subcommand, listen variables, port, native libraries) reaches the Dockerfile, compose file and the plan.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import fse from "fs-extra";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { checkContainerKit } from "../validate/checks.js";
import { checkComposeObservability, checkFlyObservability, checkKubernetesObservability } from "../validate/observability-checks.js";
import { ROOT, readTree, runCli, tempDir, writeTree } from "../helpers.js";

function fixture(name: string): string {
  const dir = path.join(tempDir("crc-shape-"), name);
  fse.copySync(path.join(ROOT, "test/fixtures/crates", name), dir);
  return dir;
}

const kit = (dir: string) => Object.fromEntries(readTree(dir));
const composeService = (text: string) => Object.values((parseYaml(text) as { services: Record<string, any> }).services)[0];

test("axum with a `serve` subcommand, /healthz, APP_HOST/APP_PORT and a clap default port", () => {
  const dir = fixture("axum-serve");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /^CMD \["serve", "--host", "0\.0\.0\.0", "--port", "3000"\]$/m);
  assert.match(files.Dockerfile, /CMD \["\/usr\/local\/bin\/healthcheck-probe", "http:\/\/127\.0\.0\.1:3000\/healthz"\]/);
  assert.match(files.Dockerfile, /^\s+APP_HOST=0\.0\.0\.0 \\$/m);
  assert.match(files.Dockerfile, /^\s+APP_PORT=3000 \\$/m);
  assert.match(files.Dockerfile, /^EXPOSE 3000$/m);
  const service = composeService(files["compose.yaml"]);
  assert.equal([service.environment.APP_HOST, service.environment.APP_PORT, service.ports], ["0.0.0.0", "3000", ["3000:3000"]]);
  assert.equal(checkContainerKit(readTree(dir), { port: 3000 }), []);
  // The plan names each value's evidence, then what it found and did; README.Docker.md repeats it.
  for (const line of [
    /port 3000 — code src\/main\.rs:19 \(clap default of the port option\)/,
    /healthcheck GET \/healthz — code src\/main\.rs:32 \(\.route\("…"\)\)/,
    /command serve --host 0\.0\.0\.0 --port 3000 — code src\/main\.rs:15 \(the `serve` subcommand\)/,
    /src\/main\.rs:17 defaults to loopback: .* → overridden in the image \(APP_HOST\)/,
  ]) {
    assert.match(r.stdout, line);
    assert.match(files["README.Docker.md"], new RegExp(line.source.replace(" → ", ": ")));
  }
  // Flags win: another port everywhere, another command, an explicit route.
  const flagged = runCli([dir, "--yes", "--port", "9000", "--cmd", "serve --host 0.0.0.0", "--health-path", "/api/items", "--conflict", "overwrite"], dir);
  assert.is(flagged.status, 0, flagged.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /^CMD \["serve", "--host", "0\.0\.0\.0"\]$/m);
  assert.match(df, /http:\/\/127\.0\.0\.1:9000\/api\/items/);
  assert.match(df, /^\s+APP_PORT=9000 \\$/m);
  assert.match(flagged.stdout, /port 9000 — --port; not used: 3000 — code src\/main\.rs:19/);
  assert.match(flagged.stdout, /command serve --host 0\.0\.0\.0 — --cmd; not used: serve --host 0\.0\.0\.0 --port 9000 — code src\/main\.rs:15/);
  assert.match(flagged.stdout, /healthcheck GET \/api\/items — --health-path; not used: GET \/healthz — code src\/main\.rs:32/);
});

test("Rocket: ROCKET_ADDRESS/ROCKET_PORT set, the port from Rocket.toml, its #[get] health route probed", () => {
  const dir = fixture("rocket-app");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /^\s+ROCKET_ADDRESS=0\.0\.0\.0 \\\n\s+ROCKET_PORT=8000 \\$/m);
  assert.match(files.Dockerfile, /http:\/\/127\.0\.0\.1:8000\/ping/);
  assert.not.match(files.Dockerfile, /^CMD \[/m);
  assert.equal(composeService(files["compose.yaml"]).environment.ROCKET_ADDRESS, "0.0.0.0");
  assert.match(r.stdout, /port 8000 — code Rocket\.toml:2/);
  assert.match(r.stdout, /env ROCKET_ADDRESS=0\.0\.0\.0 — framework Rocket \(reads ROCKET_ADDRESS and ROCKET_PORT\)/);
});

test("Loco: `start --binding 0.0.0.0 --port` from config/*.yaml's port, its /_ping probed, LOCO_ENV, config/ in the image", () => {
  const dir = fixture("loco-app");
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /--bin todo_app-cli/);
  assert.match(files.Dockerfile, /^CMD \["start", "--binding", "0\.0\.0\.0", "--port", "5150"\]$/m);
  assert.match(files.Dockerfile, /http:\/\/127\.0\.0\.1:5150\/_ping/);
  assert.match(files.Dockerfile, /^\s+LOCO_ENV=production \\$/m);
  assert.match(files.Dockerfile, /COPY --link --from=build \/app\/config \/app\/config/);
  assert.match(r.stdout, /port 5150 — code config\/production\.yaml:\d+/);
  assert.match(r.stdout, /env LOCO_ENV=production — framework Loco \(reads LOCO_ENV; config\/production\.yaml exists\)/);
});

test("a tokio TCP server without HTTP: the probe connects to the port the code defaults to", () => {
  const dir = fixture("tokio-tcp");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /CMD \["\/usr\/local\/bin\/healthcheck-probe", "tcp:\/\/127\.0\.0\.1:7000"\]/);
  assert.match(r.stdout, /healthcheck connect to port 7000 — default \(no HTTP server crate\)/);
  assert.is(JSON.parse(files[".rust-container.json"]).healthcheck, undefined, "read from the code again on every run, not saved");
  assert.match(files["README.Docker.md"], /only checks that the port accepts connections/);
});

test("a node that serves only under `server`: its subcommand in CMD, a data root it creates on a volume, the config file it reads by default; a client subcommand's variable is not asked for", () => {
  const dir = fixture("store-server");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /^CMD \["server", "\/app\/data-root"\]$/m);
  const service = composeService(files["compose.yaml"]);
  assert.ok(service.volumes.some((v: string) => v.endsWith(":/app/data-root")), service.volumes);
  assert.not.match(files["compose.yaml"], /STORE_SERVER/);
  for (const line of [
    /command server \/app\/data-root — server: code src\/main\.rs:21 \(the `server` subcommand\); \/app\/data-root: code src\/main\.rs:32 \(it needs the argument DATA_ROOT to start, a directory it creates \(src\/main\.rs:48\)\)/,
    /data dir \/app\/data-root — code src\/main\.rs:32 \(the image passes it as the argument DATA_ROOT\)/,
    /⚠ src\/main\.rs:11 needs a configuration file \(--config, default \/etc\/store\.toml\) to start → yours to provide: mount one at \/etc\/store\.toml \(its default\), or at \/app\/config\.toml and run it with --cmd "--config \/app\/config\.toml server \/app\/data-root"/,
  ])
    assert.match(r.stdout, line);
  assert.not.match(r.stdout, /STORE_SERVER/);
});

test("std-only shapes: a root config file's port, a gated /_ops health route, a spool dir via a constant, no signal handler", () => {
  const plan = (name: string) => {
    const dir = fixture(name);
    const r = runCli([dir, "--yes"], dir);
    assert.is(r.status, 0, r.stderr);
    return { stdout: r.stdout, files: kit(dir) };
  };
  const config = plan("config-port");
  assert.match(config.files.Dockerfile, /^EXPOSE 9300$/m);
  assert.match(config.files.Dockerfile, /COPY --link --from=build \/app\/service\.toml \/app\/service\.toml/);
  assert.match(config.files.Dockerfile, /^WORKDIR \/app$/m);
  assert.not.match(config.files.Dockerfile, /tini/, "libc signal(15, …) is a SIGTERM handler");

  const gated = plan("gated-health");
  assert.match(gated.files.Dockerfile, /"http:\/\/127\.0\.0\.1:8080\/_ops\/healthz"/);
  assert.match(gated.files.Dockerfile, /^\s+OPS_ENDPOINTS=1 \\$/m);
  assert.is(composeService(gated.files["compose.yaml"]).environment.OPS_ENDPOINTS, "1");

  const spool = plan("spool-writer");
  assert.match(spool.files.Dockerfile, /mkdir -p \/runtime-dirs\/app\/var/);
  assert.equal(composeService(spool.files["compose.yaml"]).volumes, ["spool-writer-app-var:/app/var"]);

  // Its metrics listener answers /health on a port of its own: the service's port gets a TCP check, not that route.
  const metricsOnly = plan("metrics-only");
  assert.match(metricsOnly.files.Dockerfile, /CMD \["\/usr\/local\/bin\/healthcheck-probe", "tcp:\/\/127\.0\.0\.1:7400"\]/);
  assert.not.match(metricsOnly.stdout, /health route/);

  // Its clients reach it on a Unix socket unless a setting says TCP: by default no port listens, so nothing is probed.
  const unixSocket = plan("unix-socket-daemon");
  assert.not.match(unixSocket.files.Dockerfile, /^HEALTHCHECK/m);
  assert.match(unixSocket.stdout, /healthcheck none — code src\/main\.rs:27 \(listens on a Unix socket when settings\.use_unix_socket, on TCP only otherwise: by default no port listens to probe/);

  const bare = plan("no-signal");
  assert.match(bare.files.Dockerfile, /^ENTRYPOINT \["\/usr\/bin\/tini", "--", "\/usr\/local\/bin\/no-signal"\]$/m);
});

test("a settings struct's defaults name where it writes: each made writable and a volume; a directory it only reads is not", () => {
  const dir = fixture("store-defaults");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /mkdir -p \/runtime-dirs\/app\/uploads \/runtime-dirs\/app\/state /);
  assert.equal(composeService(files["compose.yaml"]).volumes, ["store-defaults-app-uploads:/app/uploads", "store-defaults-app-state:/app/state"]);
  assert.not.match(files.Dockerfile, /views/);
  for (const line of [
    /data dir \/app\/uploads — code src\/main\.rs:16 \(default of a storage setting; writes \/app\/uploads at run time\)/,
    /data dir \/app\/state — code src\/main\.rs:17 \(default of a storage setting; writes \/app\/state\/index at run time\)/,
  ])
    assert.match(r.stdout, line);
  assert.equal(checkContainerKit(readTree(dir), { port: 8080 }), []);
});

test("a -sys crate only an optional feature reaches: nothing installed until the build turns the feature on", () => {
  const dir = fixture("feature-gated-sys");
  const plain = runCli([dir, "--yes", "--dry-run"], dir);
  assert.is(plain.status, 0, plain.stderr);
  assert.match(plain.stdout, /Cargo\.lock: libsqlite3-sys — SQLite \(libsqlite3\) → not compiled with these features \(cargo metadata\): nothing installed/);
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.not.match(files.Dockerfile, /libsqlite3/);
  assert.match(files.Dockerfile, /^FROM gcr\.io\/distroless\/cc-debian12/m);
  // The feature on: the system SQLite is built against and shipped, so the runtime moves to debian-slim.
  const on = runCli([dir, "--yes", "--features", "sqlite", "--conflict", "overwrite"], dir);
  assert.is(on.status, 0, on.stderr);
  const featured = kit(dir).Dockerfile;
  assert.match(featured, /libsqlite3-dev/);
  assert.match(featured, /^FROM debian:bookworm-slim/m);
  assert.match(featured, /--features sqlite/);
  // The bundled source instead: compiled, but nothing to install, and the runtime stays distroless/cc.
  const bundled = runCli([dir, "--yes", "--features", "bundled-sqlite", "--runtime", "distroless-cc", "--conflict", "overwrite"], dir);
  assert.is(bundled.status, 0, bundled.stderr);
  assert.match(bundled.stdout, /libsqlite3-sys — SQLite \(libsqlite3\) → built from its bundled source with these features \(cargo metadata\): nothing installed/);
  assert.not.match(kit(dir).Dockerfile, /libsqlite3/);
});

test("libpq from Cargo.lock: debian-slim with libpq5 by default; distroless-cc and static runtimes refused, writing nothing", () => {
  const dir = fixture("pq-service");
  const before = kit(dir);
  for (const runtime of ["distroless-cc", "scratch"]) {
    const refused = runCli([dir, "--yes", "--runtime", runtime], dir);
    assert.is(refused.status, 2, refused.stdout);
    assert.is(refused.stderr.trim().split("\n").length, 1, refused.stderr);
    assert.match(refused.stderr, runtime === "scratch" ? /pq-sys .* cannot link statically/ : /distroless\/cc has no libpq5/);
    assert.equal(kit(dir), before);
  }
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /apt-get install -y --no-install-recommends pkg-config libpq-dev/);
  assert.match(df, /^FROM debian:bookworm-slim/m);
  assert.match(df, /ca-certificates libpq5/);
  assert.match(r.stdout, /native PostgreSQL client \(libpq\): pkg-config libpq-dev in the builder; libpq5 at run time — config Cargo\.lock pq-sys/);
  assert.match(r.stdout, /runtime image → distroless\/cc has no libpq5: the image runs on debian-slim/);
});

test("a server that handles only Ctrl-C gets STOPSIGNAL SIGINT, so docker stop shuts it down cleanly", () => {
  const dir = writeTree({
    "Cargo.toml": '[package]\nname = "kv"\nversion = "0.1.0"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\n',
    "src/main.rs": 'const PORT: u16 = 6400;\n\n#[tokio::main]\nasync fn main() {\n    let listener = tokio::net::TcpListener::bind(("0.0.0.0", PORT)).await.unwrap();\n    tokio::select! {\n        _ = serve(listener) => {}\n        _ = tokio::signal::ctrl_c() => {}\n    }\n}\n\nasync fn serve(_l: tokio::net::TcpListener) {}\n',
  });
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /^STOPSIGNAL SIGINT\nENTRYPOINT \["\/usr\/local\/bin\/kv"\]$/m);
  assert.match(r.stdout, /stop signal SIGINT — code src\/main\.rs:8 \(handles Ctrl-C \(SIGINT\) but nothing handles SIGTERM\)/);
  assert.equal(checkContainerKit(readTree(dir), { port: 6400 }), []);
  // The fixtures that handle SIGTERM keep Docker's default.
  const tcp = fixture("tokio-tcp");
  assert.is(runCli([tcp, "--yes"], tcp).status, 0);
  assert.not.match(fs.readFileSync(path.join(tcp, "Dockerfile"), "utf8"), /STOPSIGNAL/);
});

test("a .cargo/config.toml linker: clang and lld in the builder; no RUSTFLAGS, so the crate's own rustflags apply", () => {
  const dir = fixture("linker-config");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /apt-get install -y --no-install-recommends clang lld/);
  assert.not.match(df, /RUSTFLAGS/);
  assert.match(r.stdout, /native the lld linker: lld in the builder — config \.cargo\/config\.toml linker/);
});

/** A sqlx service shaped like the usual axum + sqlx crate: migrations embedded, checked queries, a feature gate. */
const SQLX_MAIN = `use sqlx::PgPool;

#[cfg(not(any(feature = "postgres", feature = "sqlite")))]
compile_error!("enable a database backend: --features postgres or --features sqlite");

pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("./migrations").run(pool).await
}

pub async fn count(pool: &PgPool) -> sqlx::Result<i64> {
    Ok(sqlx::query_scalar!("SELECT count(*) FROM users").fetch_one(pool).await?.unwrap_or(0))
}

fn main() {}
`;

function sqlxCrate(extra: Record<string, string> = {}): string {
  return writeTree(
    {
      "Cargo.toml": '[package]\nname = "users"\nversion = "0.1.0"\nedition = "2021"\n\n[features]\npostgres = []\nsqlite = []\n\n[dependencies]\nsqlx = { version = "0.8", features = ["runtime-tokio", "postgres", "migrate"] }\n',
      "src/main.rs": SQLX_MAIN,
      "migrations/0001_users.sql": "CREATE TABLE users (id BIGSERIAL PRIMARY KEY);\n",
      "templates/index.html": "<h1>users</h1>\n",
      ...extra,
    },
    tempDir("crc-sqlx-"),
  );
}

test("sqlx: embedded migrations are not copied; checked queries without .sqlx/ warn; a compile_error! names its features", () => {
  const dir = sqlxCrate();
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /COPY --link --from=build \/app\/templates \/app\/templates/);
  assert.not.match(df, /\/app\/migrations/);
  assert.not.match(df, /SQLX_OFFLINE/);
  assert.match(r.stdout, /src\/main\.rs:7 embeds migrations\/ at compile time → migrations\/ is not copied into the image/);
  assert.match(r.stdout, /⚠ src\/main\.rs:11 uses sqlx's compile-time checked queries, without \.sqlx\/ → .*cargo sqlx prepare/);
  assert.match(r.stdout, /⚠ src\/main\.rs:3 stops the build \(compile_error!\) without feature postgres or sqlite → pass --features postgres \(or sqlite\)/);
});

test("sqlx with .sqlx/ builds offline; --features reaches cargo build and the saved answers", () => {
  const dir = sqlxCrate({ ".sqlx/query-1a2b.json": '{"db_name":"PostgreSQL","query":"SELECT count(*) FROM users"}\n' });
  const r = runCli([dir, "--yes", "--no-lockfile", "--features", "postgres", "--no-default-features"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /^ENV SQLX_OFFLINE=true$/m);
  assert.match(df, /cargo auditable build --profile "\$CARGO_PROFILE" --locked --features postgres --no-default-features --bin users/);
  assert.match(r.stdout, /stops the build \(compile_error!\) without feature postgres or sqlite → on in this build/);
  const saved = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
  assert.equal([saved.features, saved["no-default-features"]], ["postgres", true]);
  // A re-run keeps them without the flags.
  assert.is(runCli([dir, "--yes", "--no-lockfile"], dir).status, 0);
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /--features postgres --no-default-features/);
  assert.not.ok(fs.readFileSync(path.join(dir, ".dockerignore"), "utf8").split("\n").some((l) => l.includes(".sqlx")), ".sqlx/ reaches the build");
});

test("a compile_error! gate the default features (through a feature chain) satisfy is no warning; without defaults it is", () => {
  const dir = sqlxCrate({
    "Cargo.toml": '[package]\nname = "users"\nversion = "0.1.0"\nedition = "2021"\n\n[features]\ndefault = ["full"]\nfull = ["postgres", "dep:sqlx"]\npostgres = []\nsqlite = []\n\n[dependencies]\nsqlx = { version = "0.8", optional = true }\n',
    ".sqlx/query-1.json": "{}\n",
  });
  const byDefault = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(byDefault.status, 0, byDefault.stderr);
  assert.match(byDefault.stdout, /src\/main\.rs:3 stops the build \(compile_error!\) without feature postgres or sqlite → on in this build/);
  assert.not.match(byDefault.stdout, /⚠/);
  const without = runCli([dir, "--yes", "--no-lockfile", "--no-default-features", "--conflict", "overwrite"], dir);
  assert.match(without.stdout, /⚠ src\/main\.rs:3 stops the build \(compile_error!\) without feature postgres or sqlite → pass --features postgres/);
});

test("a config file at the root the code reads: copied, its port exposed, its loopback address overridden through config-rs", () => {
  const dir = writeTree(
    {
      "Cargo.toml": '[package]\nname = "paste"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nactix-web = "4"\nconfig = "0.15"\n',
      "config.toml": '[server]\naddress = "127.0.0.1:8000"\n\n[paste]\ndefault_expiry = "1h"\n',
      "src/main.rs": 'const CONFIG_FILE: &str = "config.toml";\nfn settings() -> config::Config {\n    config::Config::builder()\n        .add_source(config::File::with_name(CONFIG_FILE))\n        .add_source(config::Environment::default().separator("__"))\n        .build()\n        .unwrap()\n}\n',
    },
    tempDir("crc-config-file-"),
  );
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = readTree(dir);
  assert.equal(checkContainerKit(files, { port: 8000 }), []);
  const df = files.get("Dockerfile")!;
  assert.match(df, /WORKDIR \/app\n[\s\S]*COPY --link --from=build \/app\/config\.toml \/app\/config\.toml\n/);
  assert.match(df, /^\s+SERVER__ADDRESS=0\.0\.0\.0:8000 \\$/m);
  assert.equal(composeService(files.get("compose.yaml")!).environment.SERVER__ADDRESS, "0.0.0.0:8000");
  assert.match(r.stdout, /env SERVER__ADDRESS=0\.0\.0\.0:8000 — config config\.toml:2 server\.address \(127\.0\.0\.1:8000; config-rs reads SERVER__ADDRESS over that value\)/);
  assert.match(r.stdout, /port 8000 — code config\.toml:2 \(server\.address in config\.toml\)/);
  assert.not.match(r.stdout, /⚠/);
  // actix-web stops on SIGTERM by itself: no advice to add it, and no tini.
  assert.not.match(r.stdout, /handles SIGTERM/);
  assert.not.match(df, /tini/);
});

test("a detected port is not saved as an answer: after the code changes it, a re-run follows the code; --port is saved", () => {
  const dir = writeTree(
    {
      "Cargo.toml": '[package]\nname = "moving"\nversion = "0.1.0"\nedition = "2021"\n',
      "src/main.rs": 'const DEFAULT_PORT: u16 = 3000;\nfn main() { let _ = std::net::TcpListener::bind(("0.0.0.0", DEFAULT_PORT)); }\n',
    },
    tempDir("crc-moving-"),
  );
  assert.is(runCli([dir, "--yes", "--no-lockfile"], dir).status, 0);
  assert.not.ok("port" in JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8")));
  fs.writeFileSync(path.join(dir, "src/main.rs"), fs.readFileSync(path.join(dir, "src/main.rs"), "utf8").replace("3000", "4000"));
  const again = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stdout, /update\s+Dockerfile/);
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /EXPOSE 4000\n/);
  assert.is(runCli([dir, "--yes", "--no-lockfile", "--port", "5000"], dir).status, 0);
  assert.is(JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8")).port, 5000);
});

test("a path dependency or [patch] outside the build context: one error naming it, nothing written", () => {
  const root = tempDir("crc-outside-");
  writeTree({ "shared/Cargo.toml": '[package]\nname = "shared"\nversion = "0.1.0"\n', "shared/src/lib.rs": "" }, root);
  for (const manifest of [
    '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nshared = { path = "../shared" }\n',
    '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nshared = "0.1"\n\n[patch.crates-io]\nshared = { path = "../shared" }\n',
  ]) {
    const dir = path.join(root, "app");
    fs.rmSync(dir, { recursive: true, force: true });
    writeTree({ "Cargo.toml": manifest, "src/main.rs": "fn main() {}\n" }, dir);
    const r = runCli([dir, "--yes", "--no-lockfile"], dir);
    assert.is(r.status, 2, r.stdout);
    assert.match(r.stderr, /^error: shared \(path = "\.\.\/shared" in Cargo\.toml\) is outside the build context .*\/app: the image build cannot see it/);
    assert.equal(fs.readdirSync(dir).sort(), ["Cargo.toml", "src"]);
  }
  // Inside the context, but where the kit's .dockerignore drops it.
  const ignored = writeTree({
    "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nvault = { path = "secrets/vault" }\n',
    "src/main.rs": "fn main() {}\n",
    "secrets/vault/Cargo.toml": '[package]\nname = "vault"\nversion = "0.1.0"\n',
    "secrets/vault/src/lib.rs": "",
  });
  const r = runCli([ignored, "--yes", "--no-lockfile"], ignored);
  assert.is(r.status, 2, r.stdout);
  assert.match(r.stderr, /^error: vault \(path = "secrets\/vault"\) is inside secrets\/, which the container kit's \.dockerignore excludes/);
});

test("the crate's own workflows stay its own: the image workflow goes to a file of its own", () => {
  const dir = fixture("tokio-tcp");
  writeTree({ ".github/workflows/ci.yml": "name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo test\n" }, dir);
  const before = fs.readFileSync(path.join(dir, ".github/workflows/ci.yml"), "utf8");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.is(fs.readFileSync(path.join(dir, ".github/workflows/ci.yml"), "utf8"), before);
  const image = fs.readFileSync(path.join(dir, ".github/workflows/container-image.yml"), "utf8");
  assert.match(image, /^name: Container image$/m);
  assert.not.match(image, /cargo (fmt|clippy|test)/);
  assert.match(r.stdout, /the crate's own workflows \(ci\.yml\) → the image workflow is \.github\/workflows\/container-image\.yml/);
  // A re-run recognises its own file and keeps to it.
  const again = runCli([dir, "--yes"], dir);
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stdout, /unchanged\s+\.github\/workflows\/container-image\.yml/);
});


test("sqlx (PostgreSQL) and redis: compose runs db and cache, healthchecked, wired by the variables the code reads; .env is made once", () => {
  const dir = fixture("sqlx-redis-app");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const compose = parseYaml(fs.readFileSync(path.join(dir, "compose.yaml"), "utf8")) as { services: Record<string, any>; volumes: Record<string, unknown> };
  const app = compose.services.visits;
  assert.equal(Object.keys(compose.services), ["visits", "db", "cache"]);
  assert.equal(app.depends_on, { db: { condition: "service_healthy" }, cache: { condition: "service_healthy" } });
  assert.match(app.environment.DATABASE_URL, /^postgres:\/\/app:\$\{POSTGRES_PASSWORD:\?[^}]+\}@db:5432\/app$/);
  assert.is(app.environment.REDIS_URL, "redis://cache:6379");
  assert.equal(compose.services.db.healthcheck.test, ["CMD", "pg_isready", "--host=127.0.0.1", "--username=app", "--dbname=app"]);
  assert.equal(compose.services.cache.healthcheck.test, ["CMD", "redis-cli", "ping"]);
  assert.equal(Object.keys(compose.volumes), ["db-data", "cache-data"]);
  // Required at start, and now set: no longer a variable left to the user.
  assert.not.match(r.stdout, /needs DATABASE_URL to start/);
  assert.match(r.stdout, /the build compiles sqlx-postgres: a postgres client → compose runs db \(postgres:18, healthchecked\)/);
  assert.match(r.stdout, /the build compiles redis: a redis client → compose runs cache \(redis:8, healthchecked\)/);
  assert.match(r.stdout, /migrations embedded in the binary → it applies them itself at start/);
  const env = fs.readFileSync(path.join(dir, ".env"), "utf8");
  assert.match(env, /^POSTGRES_PASSWORD=[\w-]{32}$/m);
  // Detected, not answered: the saved answers leave them to the next run's detection.
  const answers = JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8"));
  assert.equal([answers.database, answers.cache, answers.files[".env"]], [undefined, undefined, undefined]);
  const again = runCli([dir, "--yes"], dir);
  assert.is(again.status, 0, again.stderr);
  assert.is(fs.readFileSync(path.join(dir, ".env"), "utf8"), env, "a re-run keeps .env");
  assert.not.match(again.stdout, /conflict|\.env/);
  const none = runCli([dir, "--yes", "--database", "none", "--cache", "none", "--conflict", "overwrite"], dir);
  assert.is(none.status, 0, none.stderr);
  assert.equal(Object.keys(parseYaml(fs.readFileSync(path.join(dir, "compose.yaml"), "utf8")).services), ["visits"]);
  assert.match(none.stdout, /needs DATABASE_URL to start/);
});

test("a nested serve subcommand with a qualified listen option, a positional it creates, and an optional database", () => {
  const dir = fixture("nested-server");
  const r = runCli([dir, "--yes", "--ci", "none"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /^CMD \["server", "start", "--http-api-listen-addr", "0\.0\.0\.0:9100", "\/app\/output-folder"\]$/m);
  assert.match(files.Dockerfile, /^EXPOSE 9100$/m);
  assert.match(r.stdout, /port 9100 — code src\/main\.rs:38 \(default of --http-api-listen-addr\)/);
  // The metrics listener and the stop subcommand's client address keep their loopback defaults.
  assert.match(r.stdout, /src\/main\.rs:41 keeps a listener of its own on loopback \(metrics_listen_addr\)/);
  assert.match(r.stdout, /src\/main\.rs:29 defaults to loopback in the `stop` subcommand → not the server's address: the image runs `server start`/);
  // sqlx-postgres is a default feature's, but the code connects only when given a URL: no db service.
  const compose = parseYaml(files["compose.yaml"]) as { services: Record<string, unknown> };
  assert.equal(Object.keys(compose.services), ["records-server"]);
  assert.match(r.stdout, /the build compiles sqlx-postgres, but src\/main\.rs:44 reads --database-url \(DATABASE_URL\) as optional: it connects only when given one → optional: compose runs no database service \(--database postgres adds one\)/);
  const withDb = runCli([dir, "--yes", "--ci", "none", "--database", "postgres", "--conflict", "overwrite"], dir);
  assert.is(withDb.status, 0, withDb.stderr);
  assert.equal(Object.keys(parseYaml(fs.readFileSync(path.join(dir, "compose.yaml"), "utf8")).services), ["records-server", "db"]);
});

test("a database client the kit runs no service for is a warning; --database sqlite is refused for an existing crate", () => {
  const dir = fixture("sqlx-redis-app");
  const manifest = fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8");
  const sqlite = runCli([dir, "--yes", "--database", "sqlite"], dir);
  assert.is(sqlite.status, 2, sqlite.stdout);
  assert.match(sqlite.stderr, /^error: --database sqlite: an existing crate's SQLite file needs no service/);
  assert.not.ok(fs.existsSync(path.join(dir, "compose.yaml")));
  assert.is(fs.readFileSync(path.join(dir, "Cargo.toml"), "utf8"), manifest);
});

/** A CLI server whose listen option defaults to loopback: a builder argument whose default is a constant, or a derive field. */
function listenCrate(main: string): string {
  return writeTree(
    {
      "Cargo.toml": '[package]\nname = "relay"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nclap = "4"\ntokio = { version = "1", features = ["full"] }\n',
      "src/constants.rs": 'pub const LISTEN_ADDRESS: &str = "127.0.0.1:3000";\n',
      "src/main.rs": main,
    },
    tempDir("crc-listen-"),
  );
}

test("a loopback listen option is passed every interface in CMD (host:port kept), its default's line reported, no warning", () => {
  const dir = listenCrate(`mod constants;
use clap::{Arg, Command};
use constants::LISTEN_ADDRESS;

#[tokio::main]
async fn main() {
    let matches = Command::new("relay")
        .arg(
            Arg::new("listen_address")
                .short('l')
                .long("listen-address")
                .default_value(LISTEN_ADDRESS),
        )
        .get_matches();
    let addr = matches.get_one::<String>("listen_address").unwrap();
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop(listener);
}
`);
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /^CMD \["--listen-address", "0\.0\.0\.0:3000"\]$/m);
  assert.match(df, /^EXPOSE 3000$/m);
  assert.match(r.stdout, /port 3000 — code src\/constants\.rs:1 \(default of --listen-address\)/);
  assert.match(r.stdout, /command --listen-address 0\.0\.0\.0:3000 — code src\/main\.rs:9 \(--listen-address sets where it listens \(default 127\.0\.0\.1:3000\)\)/);
  assert.match(r.stdout, /src\/constants\.rs:1 defaults to loopback: .* → overridden in the image \(--listen-address 0\.0\.0\.0:3000\)/);
  assert.not.match(r.stdout, /⚠.*loopback/);
});

test("an upstream's loopback default is not a listen option: no CMD, and a bind of loopback in code still warns", () => {
  const dir = listenCrate(`use clap::Parser;

#[derive(Parser)]
struct Args {
    /// The server it forwards to.
    #[arg(long, default_value = "127.0.0.1:6379")]
    upstream: String,
    #[arg(long, default_value_t = 7000)]
    port: u16,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port)).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop((listener, args.upstream));
}
`);
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.not.match(df, /^CMD \[/m);
  assert.match(df, /^EXPOSE 7000$/m);
  assert.not.match(r.stdout, /main\.rs:6 .*loopback/);
  assert.match(r.stdout, /⚠ src\/main\.rs:15 binds loopback/);
});

test("Rocket launched with its own configuration: its figment's variables are set, not ROCKET_*; with none, a warning names the line", () => {
  const rocketCrate = (main: string) =>
    writeTree({ "Cargo.toml": '[package]\nname = "paste"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nrocket = "0.5"\n', "src/main.rs": main }, tempDir("crc-rocket-"));
  const prefixed = rocketCrate(`#[macro_use]
extern crate rocket;
use rocket::figment::{providers::Env, Figment};

#[launch]
fn rocket() -> _ {
    rocket::custom(Figment::from(rocket::Config::default()).merge(Env::prefixed("PASTE_").global()))
}
`);
  const r = runCli([prefixed, "--yes", "--no-lockfile"], prefixed);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(prefixed, "Dockerfile"), "utf8");
  assert.match(df, /PASTE_ADDRESS=0\.0\.0\.0/);
  assert.match(df, /PASTE_PORT=8080/);
  assert.not.match(df, /ROCKET_ADDRESS/);
  assert.match(r.stdout, /env PASTE_ADDRESS=0\.0\.0\.0 — code src\/main\.rs:7 \(launches Rocket with its own configuration, read from PASTE_\* variables\)/);

  const fixed = rocketCrate(`#[macro_use]
extern crate rocket;

#[launch]
fn rocket() -> _ {
    let config = rocket::Config { port: 8000, ..rocket::Config::release_default() };
    rocket::custom(config)
}
`);
  const w = runCli([fixed, "--yes", "--no-lockfile"], fixed);
  assert.is(w.status, 0, w.stderr);
  assert.not.match(fs.readFileSync(path.join(fixed, "Dockerfile"), "utf8"), /ROCKET_ADDRESS/);
  assert.match(w.stdout, /⚠ src\/main\.rs:7 launches Rocket with a configuration it builds itself: ROCKET_ADDRESS and ROCKET_PORT do not reach it/);
});

test("a listen-address variable defaulting to loopback is set to every interface with its default's port; no warning", () => {
  const dir = listenCrate(`#[tokio::main]
async fn main() {
    let addr = std::env::var("LISTEN_ADDR").unwrap_or_else(|_| "127.0.0.1:4000".to_string());
    let listener = tokio::net::TcpListener::bind(&addr).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop(listener);
}
`);
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const df = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(df, /LISTEN_ADDR=0\.0\.0\.0:4000/);
  assert.match(df, /^EXPOSE 4000$/m);
  assert.match(r.stdout, /src\/main\.rs:3 defaults to loopback: .* → overridden in the image \(LISTEN_ADDR\)/);
  assert.not.match(r.stdout, /⚠ src\/main\.rs.*loopback/);
});


/** A crate that reads its settings through config-rs: `main.rs` given, with a config.toml when `file` is given. */
function configRsCrate(main: string, extra: Record<string, string> = {}): string {
  return writeTree(
    {
      "Cargo.toml": '[package]\nname = "searchd"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nconfig = "0.15"\nserde = { version = "1", features = ["derive"] }\ntokio = { version = "1", features = ["full"] }\n',
      "src/main.rs": main,
      ...extra,
    },
    tempDir("crc-config-rs-"),
  );
}

test("config-rs defaults in a TOML raw string: its port exposed, its loopback address set to every interface through its variable", () => {
  const dir = configRsCrate(`use config::{Config, Environment, File, FileFormat};

fn defaults() -> &'static str {
    r#"
    [channel]
    inet = "[::1]:1491"
    "#
}

#[tokio::main]
async fn main() {
    let settings = Config::builder()
        .add_source(File::from_str(defaults(), FileFormat::Toml))
        .add_source(Environment::with_prefix("SEARCHD").separator("__").prefix_separator("_"))
        .build()
        .unwrap();
    let inet: String = settings.get("channel.inet").unwrap();
    let listener = tokio::net::TcpListener::bind(&inet).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop(listener);
}
`);
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = readTree(dir);
  assert.equal(checkContainerKit(files, { port: 1491 }), []);
  assert.match(files.get("Dockerfile")!, /SEARCHD_CHANNEL__INET=0\.0\.0\.0:1491/);
  assert.equal(composeService(files.get("compose.yaml")!).environment.SEARCHD_CHANNEL__INET, "0.0.0.0:1491");
  assert.match(r.stdout, /env SEARCHD_CHANNEL__INET=0\.0\.0\.0:1491 — config src\/main\.rs:6 channel\.inet \(\[::1\]:1491; config-rs reads SEARCHD_CHANNEL__INET over that value\)/);
  assert.not.match(r.stdout, /⚠/);
});

test("config-rs settings whose listen address the crate ships no value for: its variable gets every interface and the port", () => {
  const dir = configRsCrate(`#[derive(serde::Deserialize)]
struct Settings {
    server: Server,
}

#[derive(serde::Deserialize)]
struct Server {
    address: String,
}

#[tokio::main]
async fn main() {
    let settings: Settings = config::Config::builder()
        .add_source(config::File::with_name("config.toml"))
        .add_source(config::Environment::default().separator("__"))
        .build()
        .and_then(|c| c.try_deserialize())
        .unwrap();
    let listener = tokio::net::TcpListener::bind(&settings.server.address).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop(listener);
}
`);
  const r = runCli([dir, "--yes", "--no-lockfile", "--port", "9000"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = readTree(dir);
  assert.equal(checkContainerKit(files, { port: 9000 }), []);
  assert.equal(composeService(files.get("compose.yaml")!).environment.SERVER__ADDRESS, "0.0.0.0:9000");
  assert.match(r.stdout, /env SERVER__ADDRESS=0\.0\.0\.0:9000 — code src\/main\.rs:8 \(reads its listen address from server\.address: config-rs, no value in the crate; it reads SERVER__ADDRESS over the config file\)/);
});

test("a port chosen when an optional setting is present is not the default; the user's plain passthroughs pass only when set", () => {
  const dir = writeTree(
    {
      "Cargo.toml": '[package]\nname = "pages"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nclap = { version = "4", features = ["derive", "env"] }\ntokio = { version = "1", features = ["full"] }\n',
      "src/main.rs": `use std::net::SocketAddr;

#[derive(clap::Parser)]
struct Args {
    #[arg(long, env = "PAGES_TLS_DOMAIN")]
    tls_domain: Option<String>,
    #[arg(long, env = "PAGES_TITLE", default_value = "Pages")]
    title: String,
}

fn listen_on(args: &Args) -> SocketAddr {
    if args.tls_domain.is_some() {
        SocketAddr::from(([0, 0, 0, 0], 443))
    } else {
        SocketAddr::from(([0, 0, 0, 0], 8080))
    }
}

#[tokio::main]
async fn main() {
    let args = <Args as clap::Parser>::parse();
    let listener = tokio::net::TcpListener::bind(listen_on(&args)).await.unwrap();
    tokio::signal::ctrl_c().await.unwrap();
    drop(listener);
}
`,
      "compose.yaml": "services:\n  pages:\n    build: .\n    environment:\n      PAGES_TITLE: ${PAGES_TITLE}\n      PAGES_TLS_DOMAIN: ${PAGES_TLS_DOMAIN:-}\n",
    },
    tempDir("crc-branch-port-"),
  );
  const r = runCli([dir, "--yes", "--no-lockfile", "--conflict", "merge"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = readTree(dir);
  assert.equal(checkContainerKit(files, { port: 8080 }), []);
  assert.match(r.stdout, /port 8080 — code src\/main\.rs:15/);
  const environment = composeService(files.get("compose.yaml")!).environment;
  assert.is(environment.PAGES_TITLE, null, "unset, clap's default title holds");
  assert.is(environment.PAGES_TLS_DOMAIN, "${PAGES_TLS_DOMAIN:-}", "a default the user wrote is theirs");
  assert.match(r.stdout, /`PAGES_TITLE` in service pages now passes through only when set/);
});

test("an exporter's own metrics listener: Prometheus scrapes it inside only, everywhere the image runs", () => {
  const dir = fixture("exporter-listener");
  const r = runCli([dir, "--yes", "--deploy", "compose,kubernetes,fly", "--service-monitor"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /metrics GET \/metrics on port 9000 \(its own listener\) — code src\/main\.rs:16 \(metrics-exporter-prometheus: its default listener, 0\.0\.0\.0:9000: a metrics listener of its own\)/);
  const files = readTree(dir);
  const expect = { service: "exporter-listener", name: "exporter-listener", port: 3000, scrape: { port: 9000, path: "/metrics", separate: true }, serviceMonitor: true, traces: false };
  assert.equal(checkComposeObservability(files, expect), []);
  assert.equal(checkKubernetesObservability(files, expect).problems, []);
  assert.equal(checkFlyObservability(files, expect), []);
  assert.match(files.get("README.Docker.md")!, /metrics GET \/metrics on port 9000/);

  // Without an endpoint the kit can find, a ServiceMonitor has nothing to scrape: a plain error, nothing written.
  const plain = fixture("axum-serve");
  const refused = runCli([plain, "--yes", "--deploy", "compose,kubernetes", "--service-monitor"], plain);
  assert.is(refused.status, 2, refused.stdout);
  assert.match(refused.stderr, /--service-monitor: axum-serve serves no metrics endpoint the kit can find/);
  assert.not.ok(fs.existsSync(path.join(plain, "Dockerfile")));
});

test.run();

test("each value of the plan names its evidence: a --verify correction, a flag, a saved answer, the code", async () => {
  const dir = fixture("axum-serve");
  fs.writeFileSync(path.join(dir, ".rust-container.json"), JSON.stringify({ init: "none" }));
  const { planKit } = await import("../../generators/kit/kit.js");
  const plan = await planKit({
    targetDir: dir,
    raw: {},
    rawKit: { cmd: "serve --host 0.0.0.0" },
    corrected: { port: { value: 4000, observed: "it listens on 0.0.0.0:4000, not on 3000: the port becomes 4000" }, env: [{ value: ["APP_HOST", "::"], observed: "it listens on [::1]:4000 only" }] },
    problems: [],
    unattended: true,
  });
  if ("problems" in plan) throw new Error(plan.problems.join("; "));
  assert.equal(plan.crate.decided, [
    "binary axum-serve — default (the package's only binary)",
    "port 4000 — verify: it listens on 0.0.0.0:4000, not on 3000: the port becomes 4000; not used: 3000 — code src/main.rs:19 (clap default of the port option)",
    "command serve --host 0.0.0.0 — --cmd; not used: serve --host 0.0.0.0 --port 4000 — code src/main.rs:15 (the `serve` subcommand)",
    "env APP_PORT=4000 — code src/main.rs:19 (reads APP_PORT)",
    "env APP_HOST=:: — verify: it listens on [::1]:4000 only; not used: APP_HOST=0.0.0.0 — code src/main.rs:17 (reads APP_HOST)",
    "healthcheck GET /healthz — code src/main.rs:32 (.route(\"…\"))",
    "stop signal SIGTERM — default",
    "init none — --init, saved in .rust-container.json",
  ]);
  // The corrections are answers like flags: the files get them.
  assert.is(plan.options.port, 4000);
  assert.equal(plan.crate.givenEnv, [["APP_HOST", "::"]]);
});

test("the corpus reads what a crate needs from README.Docker.md's report: the directories it writes, the variables it needs", async () => {
  const { readDecision } = await import("../corpus/corpus.js");
  const needs = (name: string) => {
    const dir = fixture(name);
    const r = runCli([dir, "--yes", "--ci", "none"], dir);
    assert.is(r.status, 0, r.stderr);
    return [...readDecision(dir).needs];
  };
  assert.equal(needs("spool-writer"), ["dir:var"]);
  assert.equal(needs("signed-webhooks"), ["env:WEBHOOK_SECRET"]);
});
