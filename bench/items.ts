// The example read endpoint against a real PostgreSQL, side by side with a bare sqlx + framework service that runs the
// same query with the same pool size (10) and release profile: wrk on loopback, rounds interleaved so machine noise
// hits both alike. Prints requests/s, p99 latency, errors and the generated/bare ratio per framework (goal: within 10%).
// Usage: npm run bench:items [axum|actix-web|rocket …]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { FRAMEWORKS, type Framework } from "../generators/catalog/catalog.js";
import { FRAMEWORK_CRATES, backingCrates } from "../generators/catalog/crates.js";
import { dependencyLine, mergeCrates } from "../generators/render/template-data.js";
import { freePort, httpRequest, tail, tempDir } from "../test/helpers.js";
import { startPostgres } from "../test/rust/backing.js";
import { TARGET_DIR, cargo, scaffoldService, startService, stopService } from "../test/rust/service.js";
import { compareRounds, hasWrk, wrk, type WrkResult } from "./wrk.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 32;
/** Rows in the table: GET /items returns them all (its limit is 100). */
const ROWS = 50;
const QUERY = `"SELECT id, name FROM items ORDER BY id DESC LIMIT 100"`;

const ITEM = `#[derive(serde::Serialize, sqlx::FromRow)]
struct Item {
    id: i64,
    name: String,
}`;
const POOL = `sqlx::postgres::PgPoolOptions::new().max_connections(10).connect(&std::env::var("DATABASE_URL").unwrap()).await.unwrap()`;

/** The least each framework needs to serve the same rows with the same pool (and /health, which the runner waits for). */
const BARE_MAIN: Record<Framework, string> = {
  axum: `use axum::{extract::State, routing::get, Json, Router};
${ITEM}
async fn items(State(pool): State<sqlx::PgPool>) -> Json<Vec<Item>> {
    Json(sqlx::query_as(${QUERY}).fetch_all(&pool).await.unwrap())
}
#[tokio::main]
async fn main() {
    let port = std::env::var("PORT").unwrap();
    let pool = ${POOL};
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await.unwrap();
    let app = Router::new().route("/health", get(|| async { "ok" })).route("/items", get(items)).with_state(pool);
    axum::serve(listener, app).await.unwrap();
}
`,
  "actix-web": `use actix_web::{get, web, App, HttpResponse, HttpServer};
${ITEM}
#[get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}
#[get("/items")]
async fn items(pool: web::Data<sqlx::PgPool>) -> HttpResponse {
    let rows: Vec<Item> = sqlx::query_as(${QUERY}).fetch_all(pool.get_ref()).await.unwrap();
    HttpResponse::Ok().json(rows)
}
#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();
    let pool = web::Data::new(${POOL});
    HttpServer::new(move || App::new().app_data(pool.clone()).service(health).service(items)).bind(("127.0.0.1", port))?.run().await
}
`,
  rocket: `#[macro_use]
extern crate rocket;
use rocket::serde::json::Json;
${ITEM}
#[get("/health")]
fn health() -> &'static str {
    "ok"
}
#[get("/items")]
async fn items(pool: &rocket::State<sqlx::PgPool>) -> Json<Vec<Item>> {
    Json(sqlx::query_as(${QUERY}).fetch_all(pool.inner()).await.unwrap())
}
#[launch]
async fn rocket() -> _ {
    let port: u16 = std::env::var("PORT").unwrap().parse().unwrap();
    let pool = ${POOL};
    rocket::custom(rocket::Config::figment().merge(("port", port))).manage(pool).mount("/", routes![health, items])
}
`,
};

/** A crate with the generated service's framework and sqlx rows and its release profile. */
function bareCrate(parent: string, framework: Framework, profile: unknown): string {
  const dir = path.join(parent, `bare-items-${framework}`);
  fs.mkdirSync(path.join(dir, "src"), { recursive: true });
  const rows = mergeCrates([...FRAMEWORK_CRATES[framework].deps, ...backingCrates("postgres", "none", "none"), { name: "serde", version: "1", features: ["derive"] }]);
  const release = Object.entries(profile as Record<string, unknown>).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
  fs.writeFileSync(
    path.join(dir, "Cargo.toml"),
    [`[package]`, `name = "bare-items-${framework}"`, `version = "0.1.0"`, `edition = "2021"`, `publish = false`, ``, `[dependencies]`, ...rows.map(dependencyLine), ``, `[profile.release]`, ...release, ``].join("\n"),
  );
  fs.writeFileSync(path.join(dir, "src", "main.rs"), BARE_MAIN[framework]);
  return dir;
}

async function measure(bin: string, env: NodeJS.ProcessEnv): Promise<WrkResult> {
  const port = await freePort();
  const service = await startService(bin, { port }, env);
  try {
    return await wrk(port, { connections: CONNECTIONS, seconds: SECONDS, path: "/items" });
  } finally {
    await stopService(service);
  }
}

if (!(await hasWrk())) {
  console.error("bench/items needs wrk on PATH (Debian: apt-get install wrk)");
  process.exit(2);
}
const frameworks = (process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(FRAMEWORKS)) as Framework[];
const parent = tempDir("crc-bench-items-");
const postgres = await startPostgres();
const lines: string[] = [];
let worst = 0;
try {
  for (const framework of frameworks) {
    const name = `gen-items-${framework}`;
    const s = scaffoldService(parent, name, ["--framework", framework, "--tls", "none", "--ci", "none", "--database", "postgres"]);
    if (s.status !== 0) throw new Error(s.output);
    const profile = (parseToml(fs.readFileSync(path.join(s.dir, "Cargo.toml"), "utf8")) as { profile: { release: unknown } }).profile.release;
    const bare = bareCrate(parent, framework, profile);
    for (const dir of [s.dir, bare]) {
      const b = cargo(dir, ["build", "--release"]);
      if (b.status !== 0) throw new Error(`cargo build in ${dir}:\n${tail(b.output)}`);
    }
    const bins = { generated: path.join(TARGET_DIR, "release", name), bare: path.join(TARGET_DIR, "release", `bare-items-${framework}`) };
    const env = { DATABASE_URL: postgres.url };
    // The generated service applies the migration and fills the table (once: every framework reads the same rows).
    const seeding = await startService(bins.generated, { port: await freePort() }, env);
    const have = JSON.parse((await httpRequest(seeding.endpoint, "GET", "/items")).body) as unknown[];
    for (let i = have.length; i < ROWS; i++) await httpRequest(seeding.endpoint, "POST", "/items", 3_000, { name: `item ${i}` });
    await stopService(seeding);
    const results: Record<keyof typeof bins, WrkResult[]> = { generated: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // The generated service as its image runs it (JSON logs, its own filter); the bare Rocket's per-request logs off.
      results.generated.push(await measure(bins.generated, { ...env, RUST_LOG: undefined, LOG_FORMAT: "json" }));
      results.bare.push(await measure(bins.bare, { ...env, ROCKET_LOG_LEVEL: "off" }));
    }
    const compared = compareRounds(framework, results);
    worst = Math.max(worst, 1 - compared.ratio);
    lines.push(...compared.lines);
  }
} finally {
  await postgres.close();
}
console.log(`GET /items (${ROWS} rows from PostgreSQL, pool of 10), wrk -t1 -c${CONNECTIONS} -d${SECONDS}s on loopback, mean of ${ROUNDS} interleaved rounds, ${os.availableParallelism()} cores:`);
for (const l of lines) console.log(l);
console.log(`largest shortfall of a generated service against bare sqlx + its framework: ${(worst * 100).toFixed(1)}% (goal ≤ 10%)`);
if (process.env.CRC_KEEP_TMP !== "1") fs.rmSync(parent, { recursive: true, force: true });
