// Reading Rust sources as syntax trees, side by side: the grammar's load time, a normal file, 100 KB and 1 MB single
// lines (the shapes that made regex scanning quadratic), a long function and a long method chain (the shapes that made
// tree readers quadratic), and a 50 000-file workspace; the kit's whole read of a file (parse, cfg blanking, every tree
// reader) against the time to merely read the bytes. Prints the bounds the numbers are held to.
import fs from "node:fs";
import path from "node:path";
import { inspectRun, readSource } from "../generators/kit/scan/scan.js";
import { READ_LIMITS, ReadBudget, decodeSource, loadRustParser } from "../generators/kit/scan/syntax.js";
import { tempDir } from "../test/helpers.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WORKSPACE_FILES = Number(process.env.BENCH_FILES ?? 50_000);

/** Service code as crates write it (no line comments, so it can be joined onto one line). */
const SERVICE = `use axum::{routing::get, Router};
pub const DEFAULT_PORT: u16 = 8_080;
static BANNER: &str = r#"{"service": "api", "brace": "}"}"#;
#[derive(clap::Parser, Debug)]
pub struct Cli {
    #[arg(
        long,
        short = 'p',
        default_value_t = DEFAULT_PORT,
        env = "APP_PORT",
    )]
    port: u16,
    #[arg(long, default_value = "127.0.0.1", env = "APP_HOST")]
    host: String,
}
pub fn router() -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/api/{id}", get(item))
        .nest("/admin", admin::router())
}
async fn item(id: u32) -> String {
    match id {
        #[cfg(test)]
        0 => String::from("test"),
        n => format!("item {n} of {}", BANNER.len()),
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn routes() { assert_eq!(DEFAULT_PORT, 8080); }
}
`;

/** The kit's read of one file, as readSources does it; the facts it holds, counted. */
function readFile(file: string, text: string, budget?: ReadBudget): number {
  const { facts } = readSource(parser, file, text, budget);
  return facts.constants.length + facts.cliOptions.length + facts.routes.routes.length + facts.routes.placements.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

const loadStart = performance.now();
const parser = await loadRustParser();
const loadMs = performance.now() - loadStart;

const dir = tempDir("crc-bench-parse-");
const oneLine = SERVICE.replace(/\n\s*/g, " ");
const shapes: [string, string][] = [
  ["normal file, 2 000 lines", SERVICE.repeat(Math.ceil(2000 / SERVICE.split("\n").length))],
  ["100 KB on one line", oneLine.repeat(Math.ceil(100_000 / oneLine.length))],
  ["1 MB on one line", oneLine.repeat(Math.ceil(1_000_000 / oneLine.length))],
  ["100 KB nested 50 000 deep", `fn f() ${"{".repeat(50_000)}${"}".repeat(50_000)}`],
  // Each call in a block asks what guards it there, and each call of a chain what is around it: read once per block
  // and chain, these stay linear.
  ["fn of 5 000 statements", `fn serve(req: Request) {\n    let path = "/health";\n${"    record(&req, path);\n".repeat(5000)}}\n`],
  ["chain of 5 000 .route()", `fn router() -> Router {\n    Router::new()\n${'        .route("/a", get(handler))\n'.repeat(5000)}}\n`],
];

console.log(`Rust grammar load (web-tree-sitter + tree-sitter-rust.wasm, once per process): ${ms(loadMs)}\n`);
// CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
console.log(["input".padEnd(28), "size".padStart(9), "read bytes".padStart(11), "first read".padStart(11), "parse+readers".padStart(14), "its CPU".padStart(10), "ratio".padStart(7), "MB/s".padStart(6)].join(" "));
let worstMbPerSecond = Infinity;
for (const [name, text] of shapes) {
  const file = path.join(dir, `${name.replace(/\W+/g, "-")}.rs`);
  fs.writeFileSync(file, text);
  const reads: number[] = [];
  const parses: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    const source = decodeSource(fs.readFileSync(file));
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    readFile("src/main.rs", source);
    const cpu = process.cpuUsage(cpu0);
    parses.push(performance.now() - t1);
    cpus.push((cpu.user + cpu.system) / 1000);
    reads.push(t1 - t0);
  }
  const mbPerSecond = text.length / 1e6 / (median(parses) / 1000);
  worstMbPerSecond = Math.min(worstMbPerSecond, mbPerSecond);
  console.log(
    [name.padEnd(28), `${(text.length / 1024).toFixed(0)} KB`.padStart(9), ms(median(reads)).padStart(11), ms(parses[0]).padStart(11), ms(median(parses)).padStart(14), ms(median(cpus)).padStart(10), `${(median(parses) / median(reads)).toFixed(0)}×`.padStart(7), mbPerSecond.toFixed(1).padStart(6)].join(" "),
  );
}

// The kit's whole reading of a crate (readSources and every detector, inspectRun) with a generated literal on one
// line of main.rs: what took 14.6 s for 100 KB when detectors ran their patterns over the literal.
console.log(`\nThe kit reading a crate whose main.rs holds one long line, every detector included:`);
// The port each should be read to: the bind after a literal; the service code's own port constant (the CLI default
// names it), which the kit prefers over a literal bind.
const longLines: [string, string, number][] = [
  ["100 KB literal", `static TABLE: &str = "${"x(".repeat(50_000)}";`, 7000],
  ["1 MB literal", `static TABLE: &str = "${"x(".repeat(500_000)}";`, 7000],
  ["1 MB of code", shapes[2][1], 8080],
];
for (const [name, line, port] of longLines) {
  const crate = path.join(dir, `long-${name.replace(/\W+/g, "-")}`);
  fs.mkdirSync(path.join(crate, "src"), { recursive: true });
  fs.writeFileSync(path.join(crate, "src", "main.rs"), `${line}\nfn main() { let _l = std::net::TcpListener::bind("0.0.0.0:7000"); }\n`);
  const times: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const run = inspectRun(crate, [""], "src/main.rs", "literal", [], parser);
    const cpu = process.cpuUsage(cpu0);
    times.push(performance.now() - t);
    cpus.push((cpu.user + cpu.system) / 1000);
    if (run.port?.port !== port) throw new Error(`${name}: read port ${run.port?.port}, not ${port}`);
  }
  console.log(`  ${name.padEnd(18)} ${ms(median(times)).padStart(9)}, ${ms(median(cpus))} of CPU (median of ${ROUNDS}; bound: well under 1 s)`);
}

// A workspace of many small files: every crate under crates/, each file a module of its crate.
const workspace = path.join(dir, "workspace");
const perCrate = 500;
const small = SERVICE.split("\n").slice(0, 34).join("\n");
for (let i = 0; i < WORKSPACE_FILES; i++) {
  const crateDir = path.join(workspace, `crate-${Math.floor(i / perCrate)}`, "src");
  if (i % perCrate === 0) fs.mkdirSync(crateDir, { recursive: true });
  fs.writeFileSync(path.join(crateDir, i % perCrate === 0 ? "lib.rs" : `module_${i}.rs`), small.replace("DEFAULT_PORT", `PORT_${i}`));
}
const files: string[] = [];
const start = performance.now();
const walkDir = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walkDir(path.join(d, e.name)) : files.push(path.join(d, e.name));
};
walkDir(workspace);
const budget = new ReadBudget({ ...READ_LIMITS, crateBytes: Infinity, crateMilliseconds: Infinity });
let bytes = 0;
let facts = 0;
let readMs = 0;
const crateMs = new Map<string, number>();
const cpuStart = process.cpuUsage();
for (const full of files) {
  const relative = path.relative(workspace, full).split(path.sep).join("/");
  const crate = relative.slice(0, relative.indexOf("/"));
  const r0 = performance.now();
  const raw = fs.readFileSync(full);
  readMs += performance.now() - r0;
  budget.admit(relative, raw.length);
  bytes += raw.length;
  // Each crate's files are read as that crate's (crate-3/src/a.rs is module `a`).
  facts += readFile(relative.replace(/^[^/]+\//, ""), decodeSource(raw), budget);
  crateMs.set(crate, (crateMs.get(crate) ?? 0) + performance.now() - r0);
}
const totalMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const slowestCrateMs = Math.max(...crateMs.values());
if (slowestCrateMs > READ_LIMITS.crateMilliseconds) throw new Error(`a crate of ${perCrate} small files took ${ms(slowestCrateMs)}, over what the kit allows one crate's read`);
const rssMb = process.memoryUsage().rss / 1024 / 1024;
console.log(
  `\n${files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${Math.ceil(files.length / perCrate)} crates: ${ms(totalMs)} in all, ` +
    `${ms(readMs)} of it reading bytes, ${ms((cpu.user + cpu.system) / 1000)} of CPU; ${(files.length / (totalMs / 1000)).toFixed(0)} files/s, ${facts} facts, ` +
    `RSS after ${rssMb.toFixed(0)} MB; the slowest crate (${perCrate} files) ${ms(slowestCrateMs)}, bound: its read's ${READ_LIMITS.crateMilliseconds / 1000} s (READ_LIMITS)`,
);

console.log(`
Bounds: parse + readers are linear in the input (the 1 MB line costs ~10x the 100 KB line, never 100x); the first
read of a process also compiles the WebAssembly to full speed. Worst throughput here: ${worstMbPerSecond.toFixed(1)} MB/s (median of ${ROUNDS}).
One crate's read stops at ${READ_LIMITS.fileBytes / 1024 / 1024} MB for a file, ${READ_LIMITS.crateBytes / 1024 / 1024} MB of sources or ${READ_LIMITS.crateMilliseconds / 1000} s, whichever comes first, naming the
file (READ_LIMITS in generators/kit/scan/syntax.ts); the kit reads one package and the members it depends on, so each
crate of the workspace above is far inside them.`);
fs.rmSync(dir, { recursive: true, force: true });
