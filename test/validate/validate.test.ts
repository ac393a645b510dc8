import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFile, spawnSync } from "node:child_process";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { FRAMEWORKS, PROFILES } from "../../generators/catalog/catalog.js";
import { healthcheckSnippet } from "../../generators/render/template-data.js";
import { EXE_SUFFIX, comboName, options, render, supportedCombinations, tempDir, ROOT } from "../helpers.js";
import { createHash } from "node:crypto";
import { COMPOSE_SCHEMA, COMPOSE_SCHEMA_VERSION, checkContainerKit, checkCrate, validateCompose } from "./checks.js";

const crateChecked = new Set<string>();

test(`the compose schema is the one its README names (compose-spec ${COMPOSE_SCHEMA_VERSION.commit}), with its licence`, () => {
  const hash = createHash("sha256").update(fs.readFileSync(COMPOSE_SCHEMA)).digest("hex");
  assert.is(hash, COMPOSE_SCHEMA_VERSION.sha256, "schema file changed: update COMPOSE_SCHEMA_VERSION and schemas/README.md");
  const readme = fs.readFileSync(path.join(path.dirname(COMPOSE_SCHEMA), "README.md"), "utf8");
  assert.ok(readme.includes(COMPOSE_SCHEMA_VERSION.commit) && readme.includes(COMPOSE_SCHEMA_VERSION.date));
  assert.match(fs.readFileSync(path.join(path.dirname(COMPOSE_SCHEMA), "compose-spec.LICENSE"), "utf8"), /Apache License\s+Version 2\.0/);
  // It really rejects: a service without image or build is fine, a port that is an object of the wrong shape is not.
  assert.equal(validateCompose({ services: { app: { image: "x" } } }), []);
  assert.ok(validateCompose({ services: { app: { image: "x", ports: [{ published: { no: 1 } }] } } }).length > 0);
});

for (const combo of supportedCombinations()) {
  test(`${comboName(combo)}: every file passes its real parser`, async () => {
    const o = options(combo);
    const files = await render(o);
    assert.equal(checkContainerKit(files, { port: o.port }), []);
    // Rust sources and Cargo.toml depend on framework × TLS × allocator only: check each distinct crate once. The
    // allocator defaults to mimalloc on musl runtimes and to the system one elsewhere, so both variants are checked.
    const crateKey = `${combo.framework}-${combo.tls}-${o.allocator}`;
    if (!crateChecked.has(crateKey)) {
      crateChecked.add(crateKey);
      assert.equal(checkCrate(files, { name: o.name, optLevel: 3 }), []);
    }
  });
}

test("src/main.rs passed rustfmt and cargo with mimalloc and with the system allocator, for every framework", () => {
  for (const framework of Object.keys(FRAMEWORKS))
    for (const allocator of ["mimalloc", "system"])
      assert.ok([...crateChecked].some((k) => k.startsWith(`${framework}-`) && k.endsWith(`-${allocator}`)), `${framework} × ${allocator}`);
});

test("variants: two platforms, size profile, another port", async () => {
  for (const o of [
    options({ framework: "axum", tls: "openssl-vendored", runtime: "scratch", platforms: ["linux/amd64", "linux/arm64"] }),
    options({ framework: "actix-web", tls: "rustls", runtime: "debian-slim", platforms: ["linux/amd64", "linux/arm64"] }),
    options({ framework: "rocket", tls: "none", runtime: "alpine", profile: "size", port: 3000, name: "tiny_api" }),
  ]) {
    const files = await render(o);
    assert.equal(checkContainerKit(files, { port: o.port }), [], o.name);
    assert.equal(checkCrate(files, { name: o.name, optLevel: PROFILES[o.profile].optLevel === "3" ? 3 : "z" }), [], o.name);
  }
});

test("the healthcheck probe and the subcommand snippet compile with rustc (std only)", () => {
  const dir = tempDir("crc-rustc-");
  const probe = path.join(ROOT, "templates/container/healthcheck-probe.rs.ejs");
  fs.writeFileSync(path.join(dir, "probe.rs"), fs.readFileSync(probe, "utf8"));
  fs.writeFileSync(path.join(dir, "snippet.rs"), `fn main() {\n${healthcheckSnippet(8080, "/health")}\n}\n`);
  for (const file of ["probe.rs", "snippet.rs"]) {
    const r = spawnSync("rustc", ["--edition", "2021", "-D", "warnings", file, "-o", file.replace(".rs", EXE_SUFFIX)], { cwd: dir, encoding: "utf8" });
    assert.is(r.status, 0, `${file}: ${r.stderr}`);
  }
  const fmt = spawnSync("rustfmt", ["--check", "--edition", "2021", "probe.rs"], { cwd: dir, encoding: "utf8" });
  assert.is(fmt.status, 0, fmt.stdout);
  probeBinary = path.join(dir, `probe${EXE_SUFFIX}`);
});

let probeBinary = "";
test("the probe: tcp:// passes while the port accepts connections and fails once closed; http:// needs a 2xx", async () => {
  const server = http.createServer((req, res) => res.writeHead(req.url === "/health" ? 200 : 404).end());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const probe = (url: string) =>
    new Promise<number | null>((resolve) => execFile(probeBinary, [url], (error) => resolve(error ? (error.code as number) : 0)));
  assert.is(await probe(`tcp://127.0.0.1:${port}`), 0);
  assert.is(await probe(`http://127.0.0.1:${port}/health`), 0);
  assert.is(await probe(`http://127.0.0.1:${port}/nope`), 1);
  await new Promise((r) => server.close(r));
  assert.is(await probe(`tcp://127.0.0.1:${port}`), 1);
});

test.run();
