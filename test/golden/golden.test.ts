// Golden trees: every supported combination rendered through the real engine, and the kit the CLI writes into
// fixture crates, compared file by file with the committed tree under test/golden/trees/. UPDATE_GOLDEN=1 rewrites
// them; the diff is the review.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import type { ServiceOptions } from "../../generators/options/options.js";
import { ANSWERS_FILE } from "../../generators/options/answers-file.js";
import { comboName, options, readTree, render, runCli, supportedCombinations, tempDir, ROOT } from "../helpers.js";

const TREES = path.join(ROOT, "test/golden/trees");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
// Dotfiles are stored as dot-<name> so a golden .gitignore cannot change what git tracks here.
const toStored = (p: string) => p.split("/").map((s) => (s.startsWith(".") ? `dot-${s.slice(1)}` : s)).join("/");

const cases: [string, ServiceOptions][] = [
  ...supportedCombinations().map((c): [string, ServiceOptions] => [comboName(c), options(c)]),
  ["multiarch-axum-openssl-vendored-distroless-static", options({ framework: "axum", tls: "openssl-vendored", runtime: "distroless-static", platforms: ["linux/amd64", "linux/arm64"] })],
  ["multiarch-actix-web-rustls-distroless-cc", options({ framework: "actix-web", tls: "rustls", runtime: "distroless-cc", platforms: ["linux/amd64", "linux/arm64"] })],
  ["size-port-3000-rocket-none-scratch", options({ framework: "rocket", tls: "none", runtime: "scratch", profile: "size", port: 3000 })],
  ["deploy-all-axum-rustls-distroless-cc", options({ framework: "axum", tls: "rustls", runtime: "distroless-cc", deploy: ["compose", "kubernetes", "fly", "cloud-run"] })],
  ["private-registry-axum-rustls-debian-slim", options({ framework: "axum", tls: "rustls", runtime: "debian-slim", privateRegistry: "corp", deploy: ["compose", "kubernetes"] })],
  ["backing-axum-rustls-postgres-redis", options({ framework: "axum", tls: "rustls", runtime: "distroless-cc", database: "postgres", cache: "redis", deploy: ["compose", "kubernetes", "fly", "cloud-run"] })],
  ["backing-actix-web-openssl-vendored-postgres", options({ framework: "actix-web", tls: "openssl-vendored", runtime: "debian-slim", database: "postgres" })],
  ["backing-rocket-none-sqlite-redis", options({ framework: "rocket", tls: "none", runtime: "scratch", database: "sqlite", cache: "redis", deploy: ["compose", "kubernetes", "fly", "cloud-run"] })],
  ["build-modes-actix-web-none-alpine", options({ framework: "actix-web", tls: "none", runtime: "alpine", ci: "none", offlineBuild: true, privateRegistry: "corp", platforms: ["linux/amd64", "linux/arm64"] })],
];

/** Existing crates of the fixture set, given the kit by the real CLI: every file it writes, as written. */
const KIT_FIXTURES: [string, string[]][] = [
  ["axum-serve", []],
  ["rocket-app", []],
  ["workspace", ["--package", "api"]],
  ["config-port", []],
  ["gated-health", []],
  ["spool-writer", []],
  ["no-signal", []],
  ["sqlx-redis-app", []],
];
const kitName = (fixture: string) => `kit-${fixture}`;

for (const [name, o] of cases) test(`golden ${name}`, async () => compareTree(name, await render(o)));

for (const [fixture, flags] of KIT_FIXTURES)
  test(`golden ${kitName(fixture)}`, () => {
    const dir = path.join(tempDir("crc-golden-"), fixture);
    fs.cpSync(path.join(ROOT, "test/fixtures/crates", fixture), dir, { recursive: true });
    const r = runCli([dir, "--yes", ...flags], dir);
    assert.is(r.status, 0, r.stderr);
    const written = [ANSWERS_FILE, ...Object.keys(JSON.parse(fs.readFileSync(path.join(dir, ANSWERS_FILE), "utf8")).files)];
    compareTree(kitName(fixture), new Map(written.map((p) => [p, fs.readFileSync(path.join(dir, p), "utf8")])));
  });

/** .env holds a password made for each run: its value is not compared. */
const withoutSecrets = (p: string, c: string) => (p === ".env" ? c.replace(/^(POSTGRES_PASSWORD=)[\w-]+$/m, "$1(random)") : c);

function compareTree(name: string, files: Map<string, string>): void {
  const rendered = new Map([...files].map(([p, c]) => [toStored(p), withoutSecrets(p, c)]));
  const dir = path.join(TREES, name);
  if (UPDATE) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [p, c] of rendered) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), c);
    }
  }
  const golden = readTree(dir);
  assert.equal([...rendered.keys()].sort(), [...golden.keys()].sort(), `${name}: file list (UPDATE_GOLDEN=1 to accept)`);
  for (const [p, content] of rendered) assert.fixture(content, golden.get(p) ?? "", `${name}/${p}`);
}

test("no stale golden trees", () => {
  const expected = new Set([...cases.map(([n]) => n), ...KIT_FIXTURES.map(([f]) => kitName(f))]);
  const stale = fs.existsSync(TREES) ? fs.readdirSync(TREES).filter((d) => !expected.has(d)) : [];
  if (UPDATE) for (const d of stale) fs.rmSync(path.join(TREES, d), { recursive: true });
  else assert.equal(stale, [], "trees with no combination left (UPDATE_GOLDEN=1 removes them)");
});

test.run();
