// The build modes in a real engine. Offline: a crate whose one dependency is "from crates.io" but exists only in the
// vendor/ that `cargo vendor --locked` fills builds with `--network none` and turns healthy (and fails without vendor/).
// Private registry: the build gets the token only as a BuildKit secret (refused without it); cargo sees it under
// CARGO_REGISTRIES_CORP_TOKEN, and the token is in no layer, history entry or file of the image or its build stage.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { build, docker, history, occurrencesInSavedImage, removeImage } from "./docker.js";
import {
  KEEP,
  NOTES,
  armReport,
  buildStep,
  cleanup,
  dockerfileStep,
  engineOrSkip,
  newState,
  provideStep,
  scaffoldStep,
  serveTests,
  step,
  type Cell,
} from "./harness.js";

const OFFLINE: Cell = {
  fixture: "plain-bin",
  runtime: "distroless-cc",
  bin: "plain-bin",
  service: "plain-bin",
  health: "probe",
  port: 8080,
  flags: ["--offline-build"],
  label: "offline build",
};

const PRIVATE: Cell = {
  fixture: "with-healthcheck",
  runtime: "distroless-cc",
  bin: "with-healthcheck",
  service: "with-healthcheck",
  health: "subcommand",
  port: 8080,
  flags: ["--private-registry", "corp", "--healthcheck-cmd", "healthcheck"],
  label: "private registry",
};

const SECRET_ID = "cargo-registry-token";
const TOKEN_ENV = "CARGO_REGISTRIES_CORP_TOKEN";
const PROVIDER_ENV = "CARGO_REGISTRIES_CORP_CREDENTIAL_PROVIDER";

/** Host cargo with the host's own toolchain (the fixtures pin 1.95.0, which rustup may know under another name). */
function hostCargo(dir: string, args: string[]) {
  const toolchain = path.basename(spawnSync("rustc", ["--print", "sysroot"], { cwd: "/", encoding: "utf8" }).stdout.trim());
  const r = spawnSync("cargo", args, { cwd: dir, encoding: "utf8", env: { ...process.env, RUSTUP_TOOLCHAIN: toolchain }, timeout: 120_000 });
  assert.is(r.status, 0, `cargo ${args.join(" ")}: ${r.stderr}`);
  return r;
}

/** The RUN that builds with cargo, continuations joined. */
const cargoRun = (dockerfile: string) => /^RUN [^\n]*cargo build[^\n]*/m.exec(dockerfile.replace(/\\\r?\n/g, " "))?.[0] ?? "";

/** FNV-1a 64, as the build script below computes it: proves which token cargo saw without printing the token. */
function fnv64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text)) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, "0");
}

armReport();

if (!engineOrSkip("build modes")) {
  suite("build modes").skip("offline build and private registry in a real engine", () => {});
  suite("build modes").run();
} else {
  // ---------------------------------------------------------------------------------------------------------------
  {
    const s = newState(OFFLINE);
    const t = suite("offline build: plain-bin × distroless-cc --offline-build");
    let mirror = "";
    const depVersion = `0.1.${Date.now() % 1_000_000_000}`;
    t.after(() => cleanup(s));

    t("scaffolds .cargo/config.toml; the Dockerfile builds --offline with no registry cache mount", () =>
      step(s, "scaffold", () => {
        scaffoldStep(s);
        dockerfileStep(s);
        assert.match(fs.readFileSync(path.join(s.dir!, ".cargo/config.toml"), "utf8"), /replace-with = "vendored-sources"/);
        const run = cargoRun(s.original!);
        assert.match(run, /cargo build --profile "\$CARGO_PROFILE" --locked --offline /);
        assert.not.match(run, /cargo\/registry|cargo\/git/);
      }),
    );

    t("`cargo vendor --locked` fills vendor/ with a crates.io dependency this machine has no other copy of", () =>
      step(s, "vendor", () => {
        // A stand-in for crates.io (a directory source outside the build context) that only the host sees: the
        // lockfile names the crate as a crates.io package, and the image can get it from vendor/ alone. A version no
        // earlier run used, so the shared target cache mount cannot already hold it compiled.
        mirror = path.join(path.dirname(s.dir!), "crates-io-mirror");
        const dep = path.join(mirror, "crc-vendored-dep");
        fs.mkdirSync(path.join(dep, "src"), { recursive: true });
        fs.writeFileSync(path.join(dep, "Cargo.toml"), `[package]\nname = "crc-vendored-dep"\nversion = "${depVersion}"\nedition = "2021"\n`);
        fs.writeFileSync(path.join(dep, "src/lib.rs"), `pub const RUN: &str = "${s.tag}";\n`);
        fs.writeFileSync(path.join(dep, ".cargo-checksum.json"), JSON.stringify({ files: {}, package: "0".repeat(63) + "1" }));
        fs.appendFileSync(path.join(s.dir!, "Cargo.toml"), 'crc-vendored-dep = "0.1"\n');
        const viaMirror = ["--config", 'source.crates-io.replace-with="mirror"', "--config", `source.mirror.directory="${mirror}"`];
        hostCargo(s.dir!, ["generate-lockfile", "--offline", ...viaMirror]);
        assert.match(fs.readFileSync(path.join(s.dir!, "Cargo.lock"), "utf8"), new RegExp(`name = "crc-vendored-dep"\nversion = "${depVersion}"\nsource = "registry\\+https://github.com/rust-lang/crates.io-index"`));
        // The README's step; --respect-source-config lets it download from the stand-in instead of crates.io.
        const r = hostCargo(s.dir!, ["vendor", "--locked", "--respect-source-config", ...viaMirror]);
        assert.ok(fs.existsSync(path.join(s.dir!, "vendor/crc-vendored-dep/src/lib.rs")), `vendor/ not filled: ${r.stderr}`);
        // What cargo vendor says to configure is what the tool wrote.
        const written = fs.readFileSync(path.join(s.dir!, ".cargo/config.toml"), "utf8");
        for (const line of r.stdout.split("\n").filter((l) => l.trim())) assert.ok(written.includes(line), `.cargo/config.toml lacks "${line}"`);
      }),
    );

    t("without vendor/ the image build fails (nothing else can supply the crate), with --network none", () =>
      step(s, "control", () => {
        const missing = provideStep(s);
        assert.not.ok(missing, `base images must exist offline: ${missing}`);
        const aside = path.join(path.dirname(s.dir!), "vendor-aside");
        fs.renameSync(path.join(s.dir!, "vendor"), aside);
        try {
          const r = build(s.dir!, `${s.tag}-control`, { args: ["--network", "none"] });
          assert.not.ok(r.ok, "built without vendor/: the dependency came from somewhere else");
          assert.match(r.log, /crc-vendored-dep/);
        } finally {
          fs.renameSync(aside, path.join(s.dir!, "vendor"));
          removeImage(`${s.tag}-control`);
        }
      }),
    );

    t("docker build --network none succeeds, compiling the dependency from vendor/", () =>
      step(s, "build", () => {
        const missing = buildStep(s, ["--network", "none"]);
        assert.not.ok(missing, `base images must exist offline: ${missing}`);
        assert.ok(s.build!.log.includes(`Compiling crc-vendored-dep v${depVersion}`), "cargo did not compile the vendored crate");
        // The build log shows the RUN with its arguments expanded.
        assert.match(s.build!.log, /cargo build --profile "release" --locked --offline /);
      }),
    );
    serveTests(t, s);
    t.run();
  }

  // ---------------------------------------------------------------------------------------------------------------
  {
    const s = newState(PRIVATE);
    const t = suite("private registry: with-healthcheck × distroless-cc --private-registry corp");
    const token = `crc-secret-${crypto.randomBytes(16).toString("hex")}`;
    const buildStage = `${s.tag}-build`;
    let tokenFile = "";
    t.after(() => {
      cleanup(s);
      if (!KEEP) removeImage(buildStage);
    });

    t("scaffolds: the cargo build RUN mounts the secret and sets CARGO_REGISTRIES_CORP_TOKEN for cargo only", () =>
      step(s, "scaffold", () => {
        scaffoldStep(s);
        dockerfileStep(s);
        const run = cargoRun(s.original!);
        assert.match(run, new RegExp(`--mount=type=secret,id=${SECRET_ID},required=true`));
        assert.ok(run.includes(`${TOKEN_ENV}="$(cat /run/secrets/${SECRET_ID})" `), run);
        assert.ok(run.includes(` ${PROVIDER_ENV}=cargo:token `), run);
        assert.not.match(s.original!, /^\s*(ARG|ENV)\b[^\n]*TOKEN/m);
        // A build script that reports what cargo saw (length and hash only); the nonce keeps the RUN out of the cache.
        fs.writeFileSync(
          path.join(s.dir!, "build.rs"),
          [
            `// Proof build script (${s.tag}, ${Date.now()}): reports the registry token cargo saw without printing it.`,
            "fn main() {",
            `    println!("cargo:rerun-if-env-changed=${TOKEN_ENV}");`,
            `    let token = std::env::var("${TOKEN_ENV}").unwrap_or_default();`,
            "    let fnv = token.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));",
            `    let provider = std::env::var("${PROVIDER_ENV}").unwrap_or_default();`,
            '    println!("cargo:warning=registry-token len={} fnv={:016x} provider={}", token.len(), fnv, provider);',
            "}",
            "",
          ].join("\n"),
        );
        // Outside the build context, as a user keeps it.
        tokenFile = path.join(path.dirname(s.dir!), "registry-token");
        fs.writeFileSync(tokenFile, token, { mode: 0o600 });
      }),
    );

    t("without the secret the build stops at the cargo RUN (required=true), before cargo runs", () =>
      step(s, "control", () => {
        const missing = provideStep(s);
        assert.not.ok(missing, `base images must exist offline: ${missing}`);
        const r = build(s.dir!, s.tag);
        assert.not.ok(r.ok, "built without the registry token");
        assert.match(r.log, new RegExp(`secret ${SECRET_ID}.*not found`));
        assert.not.match(r.log, /registry-token len=/);
      }),
    );

    t("docker build --secret id=cargo-registry-token,src=<file> succeeds; cargo saw exactly that token", () =>
      step(s, "build", () => {
        buildStep(s, ["--secret", `id=${SECRET_ID},src=${tokenFile}`]);
        const seen = /registry-token len=(\d+) fnv=([0-9a-f]{16}) provider=(\S*)/.exec(s.build!.log);
        assert.ok(seen, "the build script's report is not in the build log");
        assert.equal([Number(seen![1]), seen![2], seen![3]], [token.length, fnv64(token), "cargo:token"], "cargo saw another token or provider");
        assert.not.ok(s.build!.log.includes(token), "the token appears in the build log");
      }),
    );

    t("the token is in no layer, config or history entry of the image, nor of its build stage; no secret file remains", () =>
      step(s, "no leak", () => {
        const stage = build(s.dir!, buildStage, { args: ["--target", "build", "--secret", `id=${SECRET_ID},src=${tokenFile}`] });
        assert.ok(stage.ok, `build stage: ${stage.log.split("\n").slice(-20).join("\n")}`);
        const scans: string[] = [];
        for (const [ref, what] of [
          [s.tag, "image"],
          [buildStage, "build stage"],
        ]) {
          assert.not.ok(history(ref).includes(token), `docker history --no-trunc of the ${what} shows the token`);
          const leaked = occurrencesInSavedImage(ref, token);
          assert.is(leaked.count, 0, `the token occurs ${leaked.count} times in docker save of the ${what}`);
          // The scan sees file contents: the binary's name is in both.
          const control = occurrencesInSavedImage(ref, PRIVATE.bin);
          assert.ok(control.count > 0, `control: "${PRIVATE.bin}" not found in docker save of the ${what}`);
          const mb = Number(docker(["image", "inspect", "--format", "{{.Size}}", ref]).stdout.trim()) / 1e6;
          scans.push(`${what} ${mb.toFixed(0)} MB scanned in ${leaked.seconds.toFixed(1)} s: 0 hits (control ${control.count})`);
        }
        const left = docker(["run", "--rm", "--network", "none", "--entrypoint", "sh", buildStage, "-c", `test ! -e /run/secrets/${SECRET_ID}`]);
        assert.is(left.status, 0, "the build stage still has the secret file");
        NOTES.push(`Private registry (with-healthcheck × distroless-cc): token in the build, none in docker history/save — ${scans.join("; ")}`);
      }),
    );
    serveTests(t, s);
    t.run();
  }
}
