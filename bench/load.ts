// The generated health route under load, side by side with a bare hello-world of the same framework built with the
// same release profile, in one run: wrk on loopback, bounded in time, rounds interleaved so machine noise hits both
// alike. Prints requests/s, p99 latency, errors and the generated/bare ratio per framework (goal: within 10%).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { FRAMEWORKS, type Framework } from "../generators/catalog/catalog.js";
import { FRAMEWORK_CRATES } from "../generators/catalog/crates.js";
import { dependencyLine } from "../generators/render/template-data.js";
import { freePort, tail, tempDir } from "../test/helpers.js";
import { TARGET_DIR, cargo, scaffoldService, startService, stopService } from "../test/rust/service.js";
import { compareRounds, hasWrk, wrk, type WrkResult } from "./wrk.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 32;

/** The least each framework needs to answer GET /health with the same JSON body. */
const BARE_MAIN: Record<Framework, string> = {
  axum: `use axum::{routing::get, Router};
#[tokio::main]
async fn main() {
    let port = std::env::var("PORT").unwrap();
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    let app = Router::new().route("/health", get(|| async { ([("content-type", "application/json")], r#"{"status":"ok"}"#) }));
    axum::serve(listener, app).await.unwrap();
}
`,
  "actix-web": `use actix_web::{get, App, HttpResponse, HttpServer};
#[get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().content_type("application/json").body(r#"{"status":"ok"}"#)
}
#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();
    HttpServer::new(|| App::new().service(health)).bind(("127.0.0.1", port))?.run().await
}
`,
  rocket: `#[macro_use]
extern crate rocket;
#[get("/health")]
fn health() -> (rocket::http::ContentType, &'static str) {
    (rocket::http::ContentType::JSON, r#"{"status":"ok"}"#)
}
#[launch]
fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();
    rocket::custom(rocket::Config::figment().merge(("port", port))).mount("/", routes![health])
}
`,
};

/** A crate with the framework's own dependency rows (the generated service's) and the given release profile. */
function bareCrate(parent: string, framework: Framework, profile: unknown): string {
  const dir = path.join(parent, `bare-${framework}`);
  fs.mkdirSync(path.join(dir, "src"), { recursive: true });
  const deps = FRAMEWORK_CRATES[framework].deps.map(dependencyLine);
  const release = Object.entries(profile as Record<string, unknown>).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  fs.writeFileSync(
    path.join(dir, "Cargo.toml"),
    [`[package]`, `name = "bare-${framework}"`, `version = "0.1.0"`, `edition = "2021"`, `publish = false`, ``, `[dependencies]`, ...deps, ``, `[profile.release]`, ...release, ``].join("\n"),
  );
  fs.writeFileSync(path.join(dir, "src", "main.rs"), BARE_MAIN[framework]);
  return dir;
}

/** wrk against the binary; `graceful`: it must then exit 0 on SIGTERM (the bare mains have no signal handling). */
async function measure(bin: string, env: NodeJS.ProcessEnv, graceful: boolean): Promise<WrkResult> {
  const port = await freePort();
  const service = await startService(bin, { port }, env);
  try {
    return await wrk(port, { connections: CONNECTIONS, seconds: SECONDS });
  } finally {
    const stopped = await stopService(service);
    if (graceful && stopped.code !== 0) throw new Error(`${path.basename(bin)} exited ${stopped.code ?? stopped.signal} after the load:\n${tail(service.output())}`);
  }
}

if (!(await hasWrk())) {
  console.error("bench/load needs wrk on PATH (Debian: apt-get install wrk)");
  process.exit(2);
}
const parent = tempDir("crc-bench-load-");
const lines: string[] = [];
let worst = 0;
for (const framework of Object.keys(FRAMEWORKS) as Framework[]) {
  const name = `gen-${framework}`;
  const s = scaffoldService(parent, name, ["--framework", framework, "--tls", "none", "--ci", "none"]);
  if (s.status !== 0) throw new Error(s.output);
  const profile = (parseToml(fs.readFileSync(path.join(s.dir, "Cargo.toml"), "utf8")) as { profile: { release: unknown } }).profile.release;
  const bare = bareCrate(parent, framework, profile);
  for (const dir of [s.dir, bare]) {
    const b = cargo(dir, ["build", "--release"]);
    if (b.status !== 0) throw new Error(`cargo build in ${dir}:\n${tail(b.output)}`);
  }
  const bins = { generated: path.join(TARGET_DIR, "release", name), bare: path.join(TARGET_DIR, "release", `bare-${framework}`) };
  const results: Record<keyof typeof bins, WrkResult[]> = { generated: [], bare: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // The generated service as its image runs it: JSON logs, RUST_LOG unset (its own default filter).
    results.generated.push(await measure(bins.generated, { RUST_LOG: undefined, LOG_FORMAT: "json" }, true));
    results.bare.push(await measure(bins.bare, {}, false));
  }
  const compared = compareRounds(framework, results);
  worst = Math.max(worst, 1 - compared.ratio);
  lines.push(...compared.lines);
}
console.log(`GET /health, wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on loopback, mean of ${ROUNDS} interleaved rounds, ${os.availableParallelism()} cores:`);
for (const l of lines) console.log(l);
console.log(`largest shortfall of a generated service against its bare framework: ${(worst * 100).toFixed(1)}% (goal ≤ 10%)`);
if (process.env.CRC_KEEP_TMP !== "1") fs.rmSync(parent, { recursive: true, force: true });
