// The published package: `npm pack`, `npm exec --package=<tarball>` from a clean cache, and `npm create` / `npx`
// exactly as a user types them, against a local registry the tarball is published to.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, cliEnv, tempDir } from "../helpers.js";
import { startRegistry } from "./registry.js";

const work = tempDir("crc-pack-");
let tarball = "";

test("npm pack ships dist/ and every template, and nothing from test/", () => {
  const r = spawnSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8", env: cliEnv() });
  assert.is(r.status, 0, r.stderr);
  const [info] = JSON.parse(r.stdout.slice(r.stdout.indexOf("[")));
  tarball = path.join(work, info.filename);
  const packed: string[] = info.files.map((f: { path: string }) => f.path);
  const templates = spawnSync("git", ["ls-files", "templates"], { cwd: ROOT, encoding: "utf8" }).stdout.trim().split("\n");
  for (const t of templates) assert.ok(packed.includes(t), `missing ${t}`);
  assert.ok(packed.includes("dist/cli.js"));
  for (const wasm of ["dist/web-tree-sitter.wasm", "dist/tree-sitter-rust.wasm"]) assert.ok(packed.includes(wasm), `missing ${wasm}`);
  assert.not.ok(packed.some((p) => p.startsWith("test/") || p.startsWith("generators/")));
  // Everything is bundled: installing the tarball pulls no dependencies.
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  assert.is(manifest.dependencies, undefined);
});

test("the Rust parser's runtime and grammar in the tarball load together and parse", async () => {
  const unpacked = tempDir("crc-pack-wasm-");
  const r = spawnSync("tar", ["xzf", tarball, "-C", unpacked, "package/dist/web-tree-sitter.wasm", "package/dist/tree-sitter-rust.wasm"], { encoding: "utf8" });
  assert.is(r.status, 0, r.stderr);
  const dist = path.join(unpacked, "package", "dist");
  const { Parser, Language } = await import("web-tree-sitter");
  await Parser.init({ locateFile: () => path.join(dist, "web-tree-sitter.wasm") });
  const parser = new Parser();
  parser.setLanguage(await Language.load(path.join(dist, "tree-sitter-rust.wasm")));
  const tree = parser.parse("const PORT: u16 = 8080;")!;
  assert.is(tree.rootNode.firstNamedChild?.type, "const_item");
  assert.not.ok(tree.rootNode.hasError);
  tree.delete();
});

test("npm exec --package=<tarball> scaffolds from a clean cache", () => {
  const cwd = tempDir("crc-pack-run-");
  const r = spawnSync(
    "npm",
    ["exec", "--yes", `--package=${tarball}`, "--cache", path.join(work, "cache"), "--", "create-rust-container", "svc", "--yes", "--runtime", "scratch"],
    { cwd, encoding: "utf8", env: cliEnv({ npm_config_update_notifier: "false" }), timeout: 120_000 },
  );
  assert.is(r.status, 0, r.stdout + r.stderr);
  for (const f of ["Cargo.toml", "src/main.rs", "Dockerfile", "compose.yaml", ".dockerignore", "rust-toolchain.toml"])
    assert.ok(fs.existsSync(path.join(cwd, "svc", f)), f);
  assert.match(fs.readFileSync(path.join(cwd, "svc/Dockerfile"), "utf8"), /FROM scratch/);
});

test("published to a registry: `npm create rust-container@latest` and `npx create-rust-container` scaffold from an empty directory", async () => {
  const registry = await startRegistry();
  try {
    registry.publish(tarball);
    const typed: [string, string[], string][] = [
      ["npm create", ["npm", "create", "rust-container@latest", "my-svc", "--", "--yes"], "my-svc"],
      ["npx", ["npx", "create-rust-container", "my-svc2", "--yes"], "my-svc2"],
    ];
    for (const [how, [cmd, ...args], dir] of typed) {
      const cwd = tempDir("crc-npm-create-");
      const env = registry.clientEnv();
      const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 });
      assert.is(r.status, 0, `${how}: ${r.stdout}${r.stderr}`);
      for (const f of ["Cargo.toml", "src/main.rs", "Dockerfile", "compose.yaml", ".dockerignore", ".rust-container.json"])
        assert.ok(fs.existsSync(path.join(cwd, dir, f)), `${how}: ${f}`);
      assert.match(r.stdout, new RegExp(`Next steps:\\n\\s+cd ${dir}\\n`), `${how} prints the next steps`);
      // It came from this registry, into this fresh cache.
      assert.ok(fs.readdirSync(env.npm_config_cache!).includes("_npx"), `${how} installed through npm's exec cache`);
    }
  } finally {
    await registry.stop();
  }
});

test.run();
