// Existing crates shaped like public service crates, through the real CLI: what the kit reads in them (health route,
// serve subcommand, listen variables, port, native libraries) reaches the Dockerfile, compose file and the plan.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { checkContainerKit } from "../validate/checks.js";
import { ROOT, readTree, runCli, tempDir } from "../helpers.js";

function fixture(name: string): string {
  const dir = path.join(tempDir("crc-shape-"), name);
  fs.cpSync(path.join(ROOT, "test/fixtures/crates", name), dir, { recursive: true });
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
  // The plan says what it found and did, and README.Docker.md repeats it.
  for (const line of [
    /src\/main\.rs:19 listens on 3000 \(clap default of the port option\) → port 3000/,
    /health route \/healthz \(src\/main\.rs:32, \.route\("…"\)\) → the healthcheck GETs \/healthz/,
    /src\/main\.rs:15 serves through the `serve` subcommand → the image runs `serve --host 0\.0\.0\.0 --port 3000` \(CMD\)/,
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
  assert.match(flagged.stdout, /listens on 3000 .* → not used: port 9000 was given/);
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
  assert.match(r.stdout, /Rocket\.toml:2 listens on 8000/);
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
  assert.match(r.stdout, /config\/production\.yaml:\d+ listens on 5150/);
  assert.match(r.stdout, /Loco reads LOCO_ENV → LOCO_ENV=production in the image and compose file \(config\/production\.yaml exists\)/);
});

test("a tokio TCP server without HTTP: the probe connects to the port the code defaults to", () => {
  const dir = fixture("tokio-tcp");
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = kit(dir);
  assert.match(files.Dockerfile, /CMD \["\/usr\/local\/bin\/healthcheck-probe", "tcp:\/\/127\.0\.0\.1:7000"\]/);
  assert.match(r.stdout, /no HTTP server crate → the healthcheck connects to port 7000 \(TCP\)/);
  assert.equal(JSON.parse(files[".rust-container.json"]).healthcheck, "tcp");
  assert.match(files["README.Docker.md"], /only checks that the port accepts connections/);
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
  assert.match(r.stdout, /Cargo\.lock: pq-sys — PostgreSQL client \(libpq\) → pkg-config libpq-dev in the builder; libpq5 at run time/);
  assert.match(r.stdout, /runtime image → distroless\/cc has no libpq5: the image runs on debian-slim/);
});

test.run();
