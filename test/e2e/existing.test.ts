// Existing-crate mode end to end: the built CLI adds the container kit and never loses a user's file.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import fse from "fs-extra";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { checkContainerKit } from "../validate/checks.js";
import { ROOT, readTree, runCli, tempDir, writeTree } from "../helpers.js";

const MAIN = 'fn main() {\n    println!("hi");\n}\n';

const crate = (files: Record<string, string>) => writeTree(files, tempDir("crc-existing-"));
const snapshot = (dir: string) => Object.fromEntries(readTree(dir));

const plainCrate = () =>
  crate({ "Cargo.toml": '[package]\nname = "plain"\nversion = "0.3.0"\nedition = "2021"\n', "src/main.rs": MAIN });

test("adds only the container kit; sources and manifest stay byte-identical; Cargo.lock is generated", () => {
  const dir = plainCrate();
  const before = snapshot(dir);
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const after = snapshot(dir);
  for (const [p, c] of Object.entries(before)) assert.is(after[p], c, p);
  assert.equal(Object.keys(after).sort(), [
    ".dockerignore", ".github/dependabot.yml", ".github/workflows/ci.yml", ".rust-container.json", "Cargo.lock", "Cargo.toml", "Dockerfile", "README.Docker.md",
    "compose.yaml", "deny.toml", "docker/healthcheck-probe.rs", "src/main.rs",
  ]);
  const files = new Map(Object.entries(after));
  assert.equal(checkContainerKit(files, { port: 8080 }), []);
  assert.match(after.Dockerfile, /cargo auditable build --profile "\$CARGO_PROFILE" --locked --bin plain/);
  // No HTTP server and no route: the probe only connects, rather than GET a route that cannot answer.
  assert.match(after.Dockerfile, /CMD \["\/usr\/local\/bin\/healthcheck-probe", "tcp:\/\/127\.0\.0\.1:8080"\]/);
  assert.match(after["README.Docker.md"], /^- healthcheck connect to port 8080 — default \(no HTTP server crate\)$/m);
  assert.match(r.stdout, /Detected:\n\s+binary plain — default \(the package's only binary\)\n\s+port 8080 — default\n/);
  // It handles no signal: tini is PID 1 in the image (for docker run and Kubernetes too), so compose needs no init.
  assert.match(after.Dockerfile, /COPY --link --from=build \/usr\/bin\/tini-static \/usr\/bin\/tini\n/);
  assert.match(after.Dockerfile, /ENTRYPOINT \["\/usr\/bin\/tini", "--", "\/usr\/local\/bin\/plain"\]/);
  assert.match(after.Dockerfile, /apt-get install -y --no-install-recommends tini /);
  assert.not.match(after["compose.yaml"], /init: true/);
  assert.match(r.stdout, /init tini as PID 1 — default \(nothing in the code handles SIGTERM or SIGINT\)/);
  assert.match(after["README.Docker.md"], /if std::env::args\(\)\.nth\(1\)\.as_deref\(\) == Some\("healthcheck"\)/);
  assert.match(r.stdout, /Cargo\.lock generated/);
});

test("a multi-line manifest description stays one LABEL line; the Dockerfile parses", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "multi"\nversion = "0.4.1"\ndescription = """\nAn incomplete implementation of a "server".\nUsed as a larger example.\n"""\n',
    "src/main.rs": MAIN,
  });
  const r = runCli([dir, "--yes", "--no-lockfile"], dir);
  assert.is(r.status, 0, r.stderr);
  const files = new Map(Object.entries(snapshot(dir)));
  assert.match(files.get("Dockerfile")!, /org\.opencontainers\.image\.description="An incomplete implementation of a server\. Used as a larger example\." \\\n/);
  assert.equal(checkContainerKit(files, { port: 8080 }), []);
});

test("the image's Rust follows the toolchain pin, else a newer rust-version; build inputs are listed", () => {
  const pinned = crate({
    "Cargo.toml": '[package]\nname = "p"\nversion = "0.1.0"\nrust-version = "1.99"\n',
    "src/main.rs": MAIN,
    "rust-toolchain": "1.90.0\n",
  });
  assert.is(runCli([pinned, "--yes"], pinned).status, 0);
  const pinnedDockerfile = fs.readFileSync(path.join(pinned, "Dockerfile"), "utf8");
  // The pin is the builder's tag, written out for Dependabot, which moves it with the file in one pull request.
  assert.match(pinnedDockerfile, /^FROM rust:1\.90\.0-slim-bookworm AS build$/m);
  const dependabot = fs.readFileSync(path.join(pinned, ".github/dependabot.yml"), "utf8");
  assert.match(dependabot, /- package-ecosystem: rust-toolchain\n    directory: \/\n    patterns: \["\*"\]\n    multi-ecosystem-group: toolchain-and-images\n/);
  // The builder image's own toolchain is the pinned one: selected by the version the image declares, so nothing is
  // downloaded and a new tag needs no other edit.
  assert.match(pinnedDockerfile, /^ENV RUSTUP_TOOLCHAIN=\$RUST_VERSION$/m);
  assert.not.match(pinnedDockerfile, /rustup toolchain install|COPY rust-toolchain/);
  // A channel no rust:<version> image holds is installed from the file itself, so a new pin there moves the build.
  const nightly = crate({ "Cargo.toml": '[package]\nname = "p"\nversion = "0.1.0"\n', "src/main.rs": MAIN, "rust-toolchain.toml": '[toolchain]\nchannel = "nightly-2026-06-01"\ncomponents = ["rustfmt", "clippy", "miri"]\n' });
  assert.is(runCli([nightly, "--yes", "--no-lockfile"], nightly).status, 0);
  const nightlyDockerfile = fs.readFileSync(path.join(nightly, "Dockerfile"), "utf8");
  assert.match(nightlyDockerfile, /^COPY rust-toolchain\.toml \.\/\nRUN rustup toolchain install --profile minimal --no-self-update$/m);
  assert.not.match(nightlyDockerfile, /RUSTUP_TOOLCHAIN|nightly-2026-06-01\n/);
  // Offline nothing can be installed: the builder image must hold it, and the Dockerfile says so.
  assert.is(runCli([nightly, "--yes", "--no-lockfile", "--offline-build", "--conflict", "overwrite"], nightly).status, 0);
  const offlineDockerfile = fs.readFileSync(path.join(nightly, "Dockerfile"), "utf8");
  assert.match(offlineDockerfile, /an offline build cannot download:\n# the builder image must already hold it, with the components that file lists\.\n/);
  assert.not.match(offlineDockerfile, /rustup toolchain install|RUSTUP_TOOLCHAIN/);

  const msrv = crate({
    "Cargo.toml": '[package]\nname = "p"\nversion = "0.1.0"\nrust-version = "1.99"\n',
    "src/main.rs": MAIN,
    "build.rs": MAIN,
    ".cargo/config.toml": "",
  });
  assert.is(runCli([msrv, "--yes"], msrv).status, 0);
  assert.match(fs.readFileSync(path.join(msrv, "Dockerfile"), "utf8"), /^FROM rust:1\.99-slim-bookworm AS build$/m);
  assert.match(fs.readFileSync(path.join(msrv, "README.Docker.md"), "utf8"), /\*\*Build inputs\*\*: `build\.rs`, `\.cargo\/config\.toml`/);
});

test("healthcheck styles: the binary's subcommand, or none", () => {
  const dir = plainCrate();
  const sub = runCli([dir, "--yes", "--healthcheck-cmd", "healthcheck --quiet"], dir);
  assert.is(sub.status, 0, sub.stderr);
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /CMD \["\/usr\/local\/bin\/plain", "healthcheck", "--quiet"\]/);
  assert.not.ok(fs.existsSync(path.join(dir, "docker/healthcheck-probe.rs")));

  const none = plainCrate();
  const r = runCli([none, "--yes", "--healthcheck", "none"], none);
  assert.is(r.status, 0, r.stderr);
  const files = new Map(Object.entries(snapshot(none)));
  assert.not.match(files.get("Dockerfile")!, /HEALTHCHECK/);
  assert.not.match(files.get("compose.yaml")!, /healthcheck:/);
  assert.equal(checkContainerKit(files, { port: 8080 }), []);
});

test("workspace: root needs --package; members build from the root with the shared lock and their assets", () => {
  const dir = crate({
    "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n',
    "crates/orders/Cargo.toml": '[package]\nname = "orders"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ncore-lib = { path = "../core" }\n',
    "crates/orders/src/main.rs": MAIN,
    "crates/orders/static/app.css": "",
    "crates/jobs/Cargo.toml": '[package]\nname = "jobs"\nversion = "0.1.0"\nedition = "2021"\n',
    "crates/jobs/src/main.rs": MAIN,
    "crates/core/Cargo.toml": '[package]\nname = "core-lib"\nversion = "0.1.0"\nedition = "2021"\n',
    "crates/core/src/lib.rs": "",
  });
  const ambiguous = runCli([dir, "--yes"], dir);
  assert.is(ambiguous.status, 2);
  assert.match(ambiguous.stderr, /^error: this is a virtual workspace: choose --package jobs\|orders$/m);
  assert.not.ok(fs.existsSync(path.join(dir, "Dockerfile")));

  const member = runCli([path.join(dir, "crates/orders"), "--yes", "--runtime", "debian-slim"], dir);
  assert.is(member.status, 0, member.stderr);
  assert.match(member.stdout, /workspace member: the image builds from the workspace root/);
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /cargo auditable build --profile "\$CARGO_PROFILE" --locked --package orders --bin orders/);
  assert.match(dockerfile, /COPY --link --from=build \/app\/crates\/orders\/static \/app\/static/);
  assert.ok(fs.existsSync(path.join(dir, "Cargo.lock")));
  assert.not.ok(fs.existsSync(path.join(dir, "crates/orders/Dockerfile")));
  assert.equal(checkContainerKit(new Map(Object.entries(snapshot(dir))), { port: 8080 }), []);
});

test("several binaries without --bin → exit 2 naming the choices", () => {
  const dir = crate({ "Cargo.toml": '[package]\nname = "two"\nversion = "0.1.0"\n', "src/bin/a.rs": MAIN, "src/bin/b.rs": MAIN });
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 2);
  assert.match(r.stderr, /choose --bin a\|b/);
  assert.ok(runCli([dir, "--yes", "--bin", "b"], dir).status === 0);
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /--bin b/);
});

test("bad inputs: one line, exit 2, nothing written", () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ["--existing without a Cargo.toml", (d) => [d, "--existing", "--yes"], /has no Cargo\.toml/],
    ["malformed Cargo.toml", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), "[package\n"), [d, "--yes"]), /Cargo\.toml:1:\d+ is not valid TOML/],
    ["an allocator for an existing crate", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), '[package]\nname = "p"\nversion = "0.1.0"\n'), fs.mkdirSync(path.join(d, "src")), fs.writeFileSync(path.join(d, "src/main.rs"), MAIN), [d, "--yes", "--allocator", "mimalloc"]), /--allocator applies to a new service/],
    ["a new-service flag", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), '[package]\nname = "p"\nversion = "0.1.0"\n'), fs.mkdirSync(path.join(d, "src")), fs.writeFileSync(path.join(d, "src/main.rs"), MAIN), [d, "--yes", "--framework", "axum"]), /--framework applies to a new service/],
    ["unknown --package", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), '[package]\nname = "p"\nversion = "0.1.0"\n'), fs.mkdirSync(path.join(d, "src")), fs.writeFileSync(path.join(d, "src/main.rs"), MAIN), [d, "--yes", "--package", "ghost"]), /no package "ghost" here/],
    ["library-only crate", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), '[package]\nname = "l"\nversion = "0.1.0"\n'), fs.mkdirSync(path.join(d, "src")), fs.writeFileSync(path.join(d, "src/lib.rs"), ""), [d, "--yes"]), /has no binary target \(it is a library\)/],
    ["target is a file", (d) => (fs.writeFileSync(path.join(d, "afile"), ""), [path.join(d, "afile"), "--existing", "--yes"]), /has no Cargo\.toml|not a directory/],
    ["conflicting healthcheck flags", (d) => (fs.writeFileSync(path.join(d, "Cargo.toml"), '[package]\nname = "p"\nversion = "0.1.0"\n'), fs.mkdirSync(path.join(d, "src")), fs.writeFileSync(path.join(d, "src/main.rs"), MAIN), [d, "--yes", "--healthcheck", "none", "--healthcheck-cmd", "hc"]), /exclude each other/],
  ];
  for (const [name, setup, pattern] of cases) {
    const dir = tempDir("crc-bad-");
    const args = setup(dir);
    const before = snapshot(dir);
    const r = runCli(args, dir);
    assert.is(r.status, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, pattern, name);
    assert.is(r.stderr.trim().split("\n").filter((l) => l.startsWith("error:")).length, 1, name);
    assert.equal(snapshot(dir), before, name);
  }
});

test("conflicts: abort names the files and writes nothing; skip, backup; re-runs reuse saved answers", () => {
  const dir = plainCrate();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM mine\n");
  const before = snapshot(dir);
  const abort = runCli([dir, "--yes"], dir);
  assert.is(abort.status, 2);
  assert.match(abort.stderr, /^error: Dockerfile already exists and differs: choose --conflict skip\|overwrite\|backup/m);
  assert.equal(snapshot(dir), before);

  const skip = runCli([dir, "--yes", "--conflict", "skip", "--runtime", "debian-slim"], dir);
  assert.is(skip.status, 0, skip.stderr);
  assert.is(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), "FROM mine\n");
  assert.match(skip.stdout, /keep\s+Dockerfile/);

  const backup = runCli([dir, "--yes", "--conflict", "backup"], dir);
  assert.is(backup.status, 0, backup.stderr);
  assert.is(fs.readFileSync(path.join(dir, "Dockerfile.orig"), "utf8"), "FROM mine\n");
  // The saved answers (debian-slim) were reused without --runtime.
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /FROM debian:bookworm-slim/);

  const again = runCli([dir, "--yes"], dir);
  assert.is(again.status, 0, again.stderr);
  assert.not.match(again.stdout, /create|overwrite|backup/);
  assert.match(again.stdout, /unchanged\s+Dockerfile/);
});

test("variables it cannot start without are named with their line, and listed in compose to fill in", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "needs-env"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/main.rs": 'fn main() {\n    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");\n    let level = std::env::var("LOG_LEVEL").unwrap_or_default();\n    println!("{url} {level}");\n}\n',
  });
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /src\/main\.rs:2 needs DATABASE_URL to start \(env::var\(…\)\.expect\(…\)\) → yours to provide/);
  assert.not.match(r.stdout, /LOG_LEVEL/);
  const compose = fs.readFileSync(path.join(dir, "compose.yaml"), "utf8");
  assert.match(compose, /^ {6}# DATABASE_URL: \$\{DATABASE_URL\}$/m);
  assert.not.ok("DATABASE_URL" in parseYaml(compose).services["needs-env"].environment, "a guess never stops compose");
  assert.not.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /DATABASE_URL/, "nothing of it is baked into the image");
  assert.match(fs.readFileSync(path.join(dir, "README.Docker.md"), "utf8"), /needs DATABASE_URL to start/);
});

test("directories it serves: copied when the crate has them, a warning when built elsewhere; compiled-in templates are not copied", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "site"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\naxum = "0.8"\n',
    "src/main.rs":
      'fn app() -> Router {\n    Router::new()\n        .nest_service("/assets", ServeDir::new("web/assets"))\n        .fallback_service(ServeDir::new("./dist"))\n}\n#[derive(Template)]\n#[template(path = "index.html")]\nstruct Index;\n',
    "web/assets/app.css": "",
    "templates/index.html": "",
  });
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /COPY --link --from=build \/app\/web\/assets \/app\/web\/assets/);
  assert.not.match(dockerfile, /\/app\/templates/);
  assert.match(r.stdout, /⚠ src\/main\.rs:4 serves files from dist\/ when it exists \(the crate has none\) → build or copy it into the crate before the image is built, or those routes answer 404/);
  assert.match(r.stdout, /src\/main\.rs:7 embeds templates\/ at compile time → templates\/ is not copied into the image/);
});

test("directories it cannot serve without: Rocket's FileServer of an env default, a file server's --root default", () => {
  const rocket = crate({
    "Cargo.toml": '[package]\nname = "pages"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nrocket = "0.5"\n',
    "src/main.rs":
      'use rocket::fs::FileServer;\n#[launch]\nfn rocket() -> _ {\n    let root = std::env::var("ROOT_DIR").unwrap_or("public".to_string());\n    rocket::build().mount("/", FileServer::from(&root))\n}\n',
  });
  const r = runCli([rocket, "--yes"], rocket);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /⚠ src\/main\.rs:5 serves files from public\/, which is not in the crate → build or copy it into the crate before the image is built: Rocket's FileServer panics at launch without it/);

  const server = crate({
    "Cargo.toml": '[package]\nname = "files"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nclap = { version = "4", features = ["derive", "env"] }\nhyper = "1"\n',
    "src/main.rs": '#[derive(clap::Parser)]\nstruct Args {\n    #[arg(long, short = \'d\', default_value = "./public", env = "SERVER_ROOT")]\n    root: std::path::PathBuf,\n}\n',
    "public/index.html": "",
  });
  const served = runCli([server, "--yes"], server);
  assert.is(served.status, 0, served.stderr);
  assert.match(served.stdout, /src\/main\.rs:3 serves files from public\/ → copied to \/app\/public/);
  assert.match(fs.readFileSync(path.join(server, "Dockerfile"), "utf8"), /COPY --link --from=build \/app\/public \/app\/public/);
});

test("per-user directories under HOME: HOME becomes a state directory of its own, owned and a volume; --env HOME wins", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "queued"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ndirs = "6"\n',
    "src/main.rs": 'fn state_dir() -> std::path::PathBuf {\n    dirs::data_local_dir().map(|d| d.join("queued")).unwrap()\n}\nfn main() { std::fs::create_dir_all(state_dir()).unwrap(); }\n',
  });
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, /src\/main\.rs:2 writes ~\/\.local\/share\/queued at run time \(dirs::data_local_dir\(\)\) → HOME=\/var\/lib\/queued, owned by the image's user/);
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /^\s+HOME=\/var\/lib\/queued \\$/m);
  assert.match(dockerfile, /mkdir -p \/runtime-dirs\/var\/lib\/queued/);
  const service = parseYaml(fs.readFileSync(path.join(dir, "compose.yaml"), "utf8")).services.queued;
  assert.equal([service.environment.HOME, service.volumes], ["/var/lib/queued", ["queued-var-lib-queued:/var/lib/queued"]]);
  assert.equal(checkContainerKit(readTree(dir), { port: 8080 }), []);

  const given = runCli([dir, "--yes", "--env", "HOME=/data", "--data-dir", "/data", "--conflict", "overwrite"], dir);
  assert.is(given.status, 0, given.stderr);
  assert.match(given.stdout, /writes ~\/\.local\/share\/queued at run time \(dirs::data_local_dir\(\)\) → under HOME=\/data \(--env\)/);
  assert.not.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /\/var\/lib\/queued/);
});

test("an answers file from before version 2: the command and healthcheck it saved from the code are read again", () => {
  const dir = path.join(tempDir("crc-old-answers-"), "gated-health");
  fse.copySync(path.join(ROOT, "test/fixtures/crates/gated-health"), dir);
  fs.writeFileSync(path.join(dir, ".rust-container.json"), JSON.stringify({ generatedAs: "container-kit", bin: "gated-health", cmd: "", healthcheck: "tcp", files: {} }));
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.match(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), /"http:\/\/127\.0\.0\.1:8080\/_ops\/healthz"/);
  assert.is(JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8")).answers, 2);
});

test("a crate in a subdirectory of its repository gets no CI workflow GitHub would never run, unless asked", () => {
  const repo = tempDir("crc-monorepo-");
  fs.mkdirSync(path.join(repo, ".git"));
  const dir = path.join(repo, "backend");
  writeTree({ "Cargo.toml": '[package]\nname = "backend"\nversion = "0.1.0"\nedition = "2021"\n', "src/main.rs": MAIN }, dir);
  const r = runCli([dir, "--yes"], dir);
  assert.is(r.status, 0, r.stderr);
  assert.not.ok(fs.existsSync(path.join(dir, ".github")), "a workflow under backend/.github never runs");
  assert.match(r.stdout, /the repository root is \.\.\/, above the crate → no CI workflow/);
  const asked = runCli([dir, "--yes", "--ci", "github"], dir);
  assert.is(asked.status, 0, asked.stderr);
  assert.ok(fs.existsSync(path.join(dir, ".github/workflows/ci.yml")));
  assert.match(asked.stdout, /⚠ the repository root is \.\.\/, above the crate → the workflow written here will not run/);
});

test("the user's compose file: their database and volumes stay; the crate's service is merged in and waits for it", () => {
  const dir = plainCrate();
  const users = [
    "services:",
    "  db:",
    "    image: postgres:17 # the version production runs",
    "    healthcheck:",
    '      test: ["CMD-SHELL", "pg_isready -U postgres"]',
    "    volumes:",
    "      - pgdata:/var/lib/postgresql/data",
    "  app:",
    "    build: .",
    "    environment:",
    "      DATABASE_URL: postgres://postgres@db/app",
    "    restart: always",
    "volumes:",
    "  pgdata:",
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "docker-compose.yml"), users);
  const before = snapshot(dir);
  const abort = runCli([dir, "--yes"], dir);
  assert.is(abort.status, 2);
  assert.match(abort.stderr, /^error: docker-compose\.yml already exists and differs/m);
  assert.equal(snapshot(dir), before);

  const plan = runCli([dir, "--yes", "--dry-run"], dir);
  assert.match(plan.stdout, /differs\s+docker-compose\.yml\n/);
  assert.match(plan.stdout, /^\+    depends_on:\n\+      db:\n\+        condition: service_healthy$/m);
  assert.not.match(plan.stdout, /^-.*(postgres|pgdata|DATABASE_URL)/m, "the dry run's diff removes nothing of the user's");
  assert.not.ok(fs.existsSync(path.join(dir, "compose.yaml")), "the kit uses the crate's compose file, not a second one");

  const merged = runCli([dir, "--yes", "--conflict", "merge"], dir);
  assert.is(merged.status, 0, merged.stderr);
  assert.match(merged.stdout, /merge\s+docker-compose\.yml\n\s+kept your `restart` in service app, where the kit's own values differ/);
  const compose = fs.readFileSync(path.join(dir, "docker-compose.yml"), "utf8");
  assert.ok(compose.startsWith(users.slice(0, users.indexOf("  app:"))), "the database service is byte-identical");
  assert.equal(checkContainerKit(readTree(dir), { port: 8080, composeFile: "docker-compose.yml", service: "app" }), []);
  const app = parseYaml(compose).services.app;
  assert.is(app.restart, "always");
  assert.is(app.environment.DATABASE_URL, "postgres://postgres@db/app");
  assert.equal(app.depends_on, { db: { condition: "service_healthy" } });
  assert.equal(app.healthcheck.test, ["CMD", "/usr/local/bin/healthcheck-probe", "tcp://127.0.0.1:8080"]);

  const again = runCli([dir, "--yes", "--conflict", "merge"], dir);
  assert.is(again.status, 0, again.stderr);
  assert.is(fs.readFileSync(path.join(dir, "docker-compose.yml"), "utf8"), compose);

  // The kit's values instead: still their database. Later runs update the file without asking, and keep it.
  const overwrite = runCli([dir, "--yes", "--conflict", "overwrite"], dir);
  assert.is(overwrite.status, 0, overwrite.stderr);
  assert.is(parseYaml(fs.readFileSync(path.join(dir, "docker-compose.yml"), "utf8")).services.app.restart, "unless-stopped");
  const moved = runCli([dir, "--yes", "--port", "9000"], dir);
  assert.is(moved.status, 0, moved.stderr);
  assert.match(moved.stdout, /update\s+docker-compose\.yml/);
  const services = parseYaml(fs.readFileSync(path.join(dir, "docker-compose.yml"), "utf8")).services;
  assert.equal(Object.keys(services), ["db", "app"]);
  assert.equal(services.app.ports, ["9000:9000"]);
  assert.equal(services.app.depends_on, { db: { condition: "service_healthy" } });
});

test("a crate's own deny.toml and Renovate config stay in charge: neither deny.toml nor dependabot.yml is written", () => {
  const dir = crate({
    "Cargo.toml": '[package]\nname = "kept"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/main.rs": MAIN,
    "deny.toml": "[licenses]\nallow = [\"MIT\"]\n",
    "renovate.json": '{ "extends": ["config:recommended"] }\n',
  });
  const before = snapshot(dir);
  const r = runCli([dir, "--yes", "--ci", "github"], dir);
  assert.is(r.status, 0, r.stderr);
  const after = snapshot(dir);
  for (const file of ["deny.toml", "renovate.json"]) assert.is(after[file], before[file], file);
  assert.not.ok(".github/dependabot.yml" in after);
  assert.match(r.stdout, /deny\.toml → CI's cargo deny check uses it/);
  assert.match(r.stdout, /renovate\.json → dependency updates stay with it: no \.github\/dependabot\.yml/);
  // The workflow still runs cargo deny, with the crate's own config.
  assert.match(after[".github/workflows/ci.yml"], /command: check advisories bans licenses sources/);
});

test.run();
