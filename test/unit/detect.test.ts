import { test } from "uvu";
import * as assert from "uvu/assert";
import path from "node:path";
import { chooseTarget, detectCrate } from "../../generators/kit/detect.js";
import { ROOT, crlfCopy, tempDir, writeTree } from "../helpers.js";

const crate = (files: Record<string, string>) => writeTree(files, tempDir("crc-detect-"));

const MAIN = "fn main() {}\n";

test("plain binary crate: name, version, bin, framework, no lockfile", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "orders"\nversion = "1.2.3"\ndescription = "Orders API"\n\n[dependencies]\naxum = "0.8"\n',
    "src/main.rs": MAIN,
  });
  const facts = detectCrate(dir);
  assert.is(facts.contextDir, dir);
  assert.equal(facts.package?.bins, [{ name: "orders", path: "src/main.rs" }]);
  assert.is(facts.package?.version, "1.2.3");
  assert.is(facts.package?.description, "Orders API");
  assert.is(facts.package?.framework, "axum");
  assert.is(facts.hasLockfile, false);
  assert.equal(facts.members, []);
});

test("a virtual workspace without --package: the one member named as the server, else the one serving HTTP", async () => {
  const member = (name: string, deps = "") => `[package]\nname = "${name}"\nversion = "0.1.0"\n\n[dependencies]\n${deps}`;
  const named = crate({
    "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\n',
    "crates/shop_server/Cargo.toml": member("shop"),
    "crates/shop_server/src/main.rs": MAIN,
    "crates/shop_ctl/Cargo.toml": member("shop-ctl"),
    "crates/shop_ctl/src/main.rs": MAIN,
    "crates/showcase/Cargo.toml": member("showcase"),
    "crates/showcase/src/main.rs": MAIN,
  });
  const choice = await chooseTarget(detectCrate(named), {});
  assert.is(choice.package.name, "shop");
  assert.match(choice.reason!, /3 binary packages \(.*\); shop \(crates\/shop_server\) is named as the server/);
  const http = crate({
    "Cargo.toml": '[workspace]\nmembers = ["app", "migrate"]\n',
    "app/Cargo.toml": member("app", 'actix-web = "4"\n'),
    "app/src/main.rs": MAIN,
    "migrate/Cargo.toml": member("migrate"),
    "migrate/src/main.rs": MAIN,
  });
  assert.match((await chooseTarget(detectCrate(http), {})).reason!, /only app depends on an HTTP server crate/);
  // A CLI named like an API client does not win over the member that serves HTTP.
  const client = crate({
    "Cargo.toml": '[workspace]\nmembers = ["api-client", "backend"]\n',
    "api-client/Cargo.toml": member("api-client"),
    "api-client/src/main.rs": MAIN,
    "backend/Cargo.toml": member("backend", 'axum = "0.8"\n'),
    "backend/src/main.rs": MAIN,
  });
  assert.is((await chooseTarget(detectCrate(client), {})).package.name, "backend");
  // Nothing tells them apart: the user chooses.
  const even = crate({ "Cargo.toml": '[workspace]\nmembers = ["a", "b"]\n', "a/Cargo.toml": member("a"), "a/src/main.rs": MAIN, "b/Cargo.toml": member("b"), "b/src/main.rs": MAIN });
  await chooseTarget(detectCrate(even), {}).then(
    () => assert.unreachable("chose without a reason"),
    (e) => assert.match(String(e), /choose --package a\|b/),
  );
});

test("[[bin]] with and without path, src/bin discovery, default-run", async () => {
  const dir = crate({
    "Cargo.toml":
      '[package]\nname = "multi"\nversion = "0.1.0"\ndefault-run = "api"\n\n[[bin]]\nname = "api"\npath = "app/api.rs"\n\n[[bin]]\nname = "tool"\n',
    "app/api.rs": MAIN,
    "src/bin/tool.rs": MAIN,
    "src/bin/worker/main.rs": MAIN,
  });
  const facts = detectCrate(dir);
  assert.equal(facts.package?.bins, [
    { name: "api", path: "app/api.rs" },
    { name: "tool", path: "src/bin/tool.rs" },
    { name: "worker", path: "src/bin/worker/main.rs" },
  ]);
  assert.is((await chooseTarget(facts, {})).bin.name, "api");
  assert.is((await chooseTarget(facts, { bin: "worker" })).bin.name, "worker");
  try {
    await chooseTarget(facts, { bin: "nope" });
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'package "multi" has no binary "nope" (binaries: api, tool, worker)');
  }
});

test("several binaries without default-run: exit-2 message names the choices, or a terminal asks", async () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "two"\nversion = "0.1.0"\n',
    "src/bin/a.rs": MAIN,
    "src/bin/b.rs": MAIN,
  });
  const facts = detectCrate(dir);
  try {
    await chooseTarget(facts, {});
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'package "two" has several binaries: choose --bin a|b');
  }
  const asked: string[][] = [];
  const choice = await chooseTarget(facts, {}, async (_m, choices) => (asked.push(choices), "b"));
  assert.is(choice.bin.name, "b");
  assert.equal(asked, [["a", "b"]]);
});

test("several binaries, one named as the server (x-server next to x-cli): chosen without asking, saying why", async () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "mini-db"\nversion = "0.1.0"\n\n[[bin]]\nname = "mini-db-cli"\npath = "src/bin/cli.rs"\n\n[[bin]]\nname = "mini-db-server"\npath = "src/bin/server.rs"\n',
    "src/bin/cli.rs": MAIN,
    "src/bin/server.rs": MAIN,
  });
  const choice = await chooseTarget(detectCrate(dir), {});
  assert.is(choice.bin.name, "mini-db-server");
  assert.is(choice.reason, "2 binaries (mini-db-cli, mini-db-server); mini-db-server is named as the server");
  // None named as the server: the binary named like the package (src/main.rs), with helpers beside it in src/bin.
  const own = crate({ "Cargo.toml": '[package]\nname = "relay"\nversion = "0.1.0"\n', "src/main.rs": MAIN, "src/bin/migrate.rs": MAIN, "src/bin/relay-cli.rs": MAIN });
  const ownChoice = await chooseTarget(detectCrate(own), {});
  assert.is(ownChoice.bin.name, "relay");
  assert.is(ownChoice.reason, "3 binaries (relay, migrate, relay-cli); relay is named like the package");
  // A server-named binary still wins over the package's name; on a terminal the user is asked.
  const both = crate({ "Cargo.toml": '[package]\nname = "relay"\nversion = "0.1.0"\n', "src/main.rs": MAIN, "src/bin/relay-server.rs": MAIN });
  assert.is((await chooseTarget(detectCrate(both), {})).bin.name, "relay-server");
  assert.is((await chooseTarget(detectCrate(own), {}, async () => "migrate")).bin.name, "migrate");
  // Two server-like names (or none, and none named like the package) still need --bin.
  const two = crate({ "Cargo.toml": '[package]\nname = "p"\nversion = "0.1.0"\n', "src/bin/api.rs": MAIN, "src/bin/web.rs": MAIN });
  try {
    await chooseTarget(detectCrate(two), {});
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /choose --bin api\|web/);
  }
});

test(".cargo/config.toml: linkers of Linux and cfg targets become builder packages; macOS and Windows sections do not", () => {
  const linux = crate({
    "Cargo.toml": '[package]\nname = "l"\nversion = "0.1.0"\n',
    "src/main.rs": MAIN,
    ".cargo/config.toml": '[target.x86_64-unknown-linux-gnu]\nrustflags = ["-C", "linker=clang", "-C", "link-arg=-fuse-ld=lld"]\n\n[target.aarch64-apple-darwin]\nrustflags = ["-C", "link-arg=-fuse-ld=/opt/homebrew/opt/llvm/bin/ld64.lld"]\n\n[target.\'cfg(unix)\']\nrustflags = ["-C", "link-arg=-fuse-ld=mold"]\n',
  });
  assert.equal(detectCrate(linux).nativeLibs, ["linker-clang", "linker-lld", "linker-mold"]);
  const elsewhere = crate({
    "Cargo.toml": '[package]\nname = "w"\nversion = "0.1.0"\n',
    "src/main.rs": MAIN,
    ".cargo/config.toml": '[target.x86_64-pc-windows-msvc]\nrustflags = ["-C", "link-arg=-fuse-ld=lld"]\n',
  });
  assert.equal(detectCrate(elsewhere).nativeLibs, []);
});

test("path dependencies: inside the context they pass; outside it, or under a directory the .dockerignore drops, they are refused", () => {
  const root = tempDir("crc-paths-");
  writeTree({ "lib/Cargo.toml": '[package]\nname = "lib"\nversion = "0.1.0"\n', "lib/src/lib.rs": "" }, root);
  const app = (deps: string) =>
    writeTree({ "Cargo.toml": `[package]\nname = "app"\nversion = "0.1.0"\n${deps}`, "src/main.rs": MAIN, "crates/core/Cargo.toml": '[package]\nname = "core"\nversion = "0.1.0"\n', "crates/core/src/lib.rs": "", "target/gen/Cargo.toml": "" }, path.join(root, `app-${Math.random().toString(36).slice(2)}`));
  assert.ok(detectCrate(app('\n[dependencies]\ncore = { path = "crates/core" }\n')));
  const refused: [string, RegExp][] = [
    ['\n[dependencies]\nlib = { path = "../lib" }\n', /^lib \(path = "\.\.\/lib" in Cargo\.toml\) is outside the build context/],
    ['\n[target.\'cfg(unix)\'.dev-dependencies]\nlib = { path = "../lib" }\n', /^lib \(path = "\.\.\/lib" in Cargo\.toml\) is outside/],
    ['\n[patch.crates-io]\nlib = { path = "../lib" }\n', /^lib \(path = "\.\.\/lib" in Cargo\.toml\) is outside/],
    ['\n[dependencies]\ngen = { path = "target/gen" }\n', /^gen \(path = "target\/gen"\) is inside target\/, which the container kit's \.dockerignore excludes/],
  ];
  for (const [deps, message] of refused)
    try {
      detectCrate(app(deps));
      assert.unreachable(deps);
    } catch (e) {
      assert.match((e as Error).message, message);
    }
});

test("library-only crate is refused clearly", async () => {
  const dir = crate({ "Cargo.toml": '[package]\nname = "libonly"\nversion = "0.1.0"\n', "src/lib.rs": "" });
  try {
    await chooseTarget(detectCrate(dir), {});
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, /package "libonly" has no binary target \(it is a library\)/);
  }
});

test("virtual workspace: --package required among several binary members; member dirs build from the root", async () => {
  const dir = crate({
    "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n\n[workspace.package]\nversion = "2.0.0"\nrust-version = "1.80"\n',
    "Cargo.lock": 'version = 4\n\n[[package]]\nname = "openssl-sys"\nversion = "0.9.0"\n',
    "rust-toolchain.toml": '[toolchain]\nchannel = "1.88.0"\n',
    "crates/api/Cargo.toml": '[package]\nname = "api"\nversion.workspace = true\n\n[dependencies]\nactix-web = "4"\n',
    "crates/api/src/main.rs": MAIN,
    "crates/api/templates/index.html": "",
    "crates/worker/Cargo.toml": '[package]\nname = "worker"\nversion = "0.1.0"\n',
    "crates/worker/src/main.rs": MAIN,
    "crates/core/Cargo.toml": '[package]\nname = "core-lib"\nversion = "0.1.0"\n',
    "crates/core/src/lib.rs": "",
  });
  const root = detectCrate(dir);
  assert.is(root.package, undefined);
  assert.equal(root.members.map((m) => [m.name, m.dir, m.bins.length]), [
    ["api", "crates/api", 1],
    ["core-lib", "crates/core", 0],
    ["worker", "crates/worker", 1],
  ]);
  assert.is(root.openssl, "system");
  assert.is(root.toolchainChannel, "1.88.0");
  assert.is(root.toolchainFile, "rust-toolchain.toml");
  assert.is(root.rustVersion, "1.80");
  // api is named as the server: taken, and the plan says why.
  assert.match((await chooseTarget(root, {})).reason!, /2 binary packages \(api, worker\); api \(crates\/api\) is named as the server/);
  try {
    await chooseTarget(root, { package: "ghost" });
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).message, 'no package "ghost" here (binary packages: api, worker)');
  }
  const api = await chooseTarget(root, { package: "api" });
  assert.equal([api.package.version, api.package.framework, api.package.assets], ["2.0.0", "actix-web", ["templates"]]);

  const member = detectCrate(path.join(dir, "crates/api"));
  assert.is(member.contextDir, dir);
  assert.is(member.package?.dir, "crates/api");
  assert.is((await chooseTarget(member, {})).package.name, "api");
});

test("vendored OpenSSL, toolchain file without [toolchain], existing compose name", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "v"\nversion = "0.1.0"\n',
    "src/main.rs": MAIN,
    "Cargo.lock": 'version = 4\n\n[[package]]\nname = "openssl-sys"\nversion = "0.9.0"\n\n[[package]]\nname = "openssl-src"\nversion = "300.0.0"\n',
    "rust-toolchain": "1.90.0\n",
    "docker-compose.yml": "services: {}\n",
    "build.rs": MAIN,
    ".cargo/config.toml": "",
  });
  const facts = detectCrate(dir);
  assert.equal(
    [facts.openssl, facts.toolchainFile, facts.toolchainChannel, facts.composeFile, facts.buildScript, facts.cargoConfig, facts.hasLockfile],
    ["vendored", "rust-toolchain", "1.90.0", "docker-compose.yml", true, true, true],
  );
});

test("malformed Cargo.toml and missing manifest: one clear line", () => {
  const bad = crate({ "Cargo.toml": '[package]\nname = "x\n' });
  assert.throws(() => detectCrate(bad), (e: Error) => /Cargo\.toml:2:\d+ is not valid TOML: /.test(e.message) && !e.message.includes("\n"));
  assert.throws(() => detectCrate(tempDir()), /has no Cargo\.toml/);
});

test("CRLF manifests (a Windows checkout) detect as their LF originals: [[bin]] name and path, workspace members", () => {
  const fixture = path.join(ROOT, "test/fixtures/crates/bin-path");
  const lf = detectCrate(fixture);
  const crlf = detectCrate(crlfCopy(fixture));
  assert.equal(crlf.package?.bins, [{ name: "server", path: "app/server.rs" }]);
  assert.equal({ ...crlf, contextDir: "" }, { ...lf, contextDir: "" });
  const workspace = crlfCopy(path.join(ROOT, "test/fixtures/crates/workspace"));
  assert.equal(detectCrate(workspace).members.map((m) => [m.name, m.dir]), detectCrate(path.join(ROOT, "test/fixtures/crates/workspace")).members.map((m) => [m.name, m.dir]));
  const multiline = crate({ "Cargo.toml": '[package]\r\nname = "notes"\r\nversion = "0.1.0"\r\ndescription = """\r\nNotes API\r\nfor teams"""\r\n', "src/main.rs": MAIN });
  assert.is(detectCrate(multiline).package?.description, "Notes API\nfor teams", "no CR reaches the image's labels");
});

test.run();
