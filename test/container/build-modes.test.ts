// The build modes in a real engine. Offline: a crate whose one dependency is "from crates.io" but exists only in the
// vendor/ that `cargo vendor --locked --versioned-dirs` fills builds with `--network none` and turns healthy (and fails
// without vendor/); after a bump to a newer version whose files keep their sizes, re-vendoring and rebuilding on the
// same engine compiles the new version, where unversioned vendor directories reach the build stale.
// Private registry: the build gets the token only as a BuildKit secret (refused without it); cargo sees it under
// CARGO_REGISTRIES_CORP_TOKEN, and the token is in no layer, history entry or file of the image or its build stage.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { VENDOR_COMMAND } from "../../generators/catalog/catalog.js";
import { tail } from "../helpers.js";
import { auditableBuilder, build, docker, history, occurrencesInSavedImage, removeImage } from "./docker.js";
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

/**
 * The one modification time every file unpacked from a crates.io .crate carries (and so every file `cargo vendor`
 * copies from the registry). The stand-in registry below is a directory source, whose copies get the time of copying:
 * vendor/ is given this time after each `cargo vendor`, as a real registry's files have it.
 */
const CRATE_FILE_MTIME = new Date("2006-07-24T01:21:28Z");

function setCrateMtimes(dir: string): void {
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), CRATE_FILE_MTIME, CRATE_FILE_MTIME);
}

/** The RUN that builds with cargo, continuations joined. */
const cargoRun = (dockerfile: string) => /^RUN [^\n]*cargo auditable build[^\n]*/m.exec(dockerfile.replace(/\\\r?\n/g, " "))?.[0] ?? "";

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
    // Versions no earlier run used (so the shared target cache mount cannot hold them compiled), of one length: a
    // bump keeps every file's size.
    const patch = 100_000_000 + (Date.now() % 800_000_000);
    const depVersion = `0.1.${patch}`;
    const viaMirror = () => ["--config", 'source.crates-io.replace-with="mirror"', "--config", `source.mirror.directory="${mirror}"`];
    /** Puts a version of the dependency into the stand-in registry; every version's files have the same sizes. */
    const publish = (version: string) => {
      const dep = path.join(mirror, `crc-vendored-dep-${version}`);
      fs.mkdirSync(path.join(dep, "src"), { recursive: true });
      fs.writeFileSync(path.join(dep, "Cargo.toml"), `[package]\nname = "crc-vendored-dep"\nversion = "${version}"\nedition = "2021"\n`);
      fs.writeFileSync(path.join(dep, "src/lib.rs"), `pub const VERSION: &str = "${version}";\n`);
      fs.writeFileSync(path.join(dep, ".cargo-checksum.json"), JSON.stringify({ files: {}, package: "0".repeat(55) + version.replace(/\./g, "").slice(-9) }));
    };
    /** Locks the dependency at `version` and vendors it as the README says (or with other vendor flags). */
    const vendorAt = (version: string, vendorArgs = VENDOR_COMMAND.split(" ").slice(1)) => {
      hostCargo(s.dir!, ["update", "--offline", "-p", "crc-vendored-dep", "--precise", version, ...viaMirror()]);
      fs.rmSync(path.join(s.dir!, "vendor"), { recursive: true, force: true });
      // --respect-source-config lets it download from the stand-in instead of crates.io.
      const r = hostCargo(s.dir!, [...vendorArgs, "--respect-source-config", ...viaMirror()]);
      setCrateMtimes(path.join(s.dir!, "vendor"));
      return r;
    };
    // No network: the builder must already hold cargo-auditable, as the README says for offline builds.
    const offlineArgs = () => ["--network", "none", "--build-arg", `RUST_BUILDER=${auditableBuilder()}`];
    const offlineBuild = (tag: string) => build(s.dir!, tag, { args: offlineArgs() });
    const extraTags: string[] = [];
    t.after(() => {
      cleanup(s);
      if (!KEEP) for (const tag of extraTags) removeImage(tag);
    });

    t("scaffolds .cargo/config.toml; the Dockerfile builds --offline with no registry cache mount", () =>
      step(s, "scaffold", () => {
        scaffoldStep(s);
        dockerfileStep(s);
        assert.match(fs.readFileSync(path.join(s.dir!, ".cargo/config.toml"), "utf8"), /replace-with = "vendored-sources"/);
        const run = cargoRun(s.original!);
        assert.match(run, /cargo auditable build --profile "\$CARGO_PROFILE" --locked --offline /);
        assert.not.match(run, /cargo\/registry|cargo\/git/);
      }),
    );

    t(`\`${VENDOR_COMMAND}\` fills vendor/ with a crates.io dependency this machine has no other copy of`, () =>
      step(s, "vendor", () => {
        // A stand-in for crates.io (a directory source outside the build context) that only the host sees: the
        // lockfile names the crate as a crates.io package, and the image can get it from vendor/ alone.
        mirror = path.join(path.dirname(s.dir!), "crates-io-mirror");
        publish(depVersion);
        fs.appendFileSync(path.join(s.dir!, "Cargo.toml"), 'crc-vendored-dep = "0.1"\n');
        hostCargo(s.dir!, ["generate-lockfile", "--offline", ...viaMirror()]);
        assert.match(fs.readFileSync(path.join(s.dir!, "Cargo.lock"), "utf8"), new RegExp(`name = "crc-vendored-dep"\nversion = "${depVersion}"\nsource = "registry\\+https://github.com/rust-lang/crates.io-index"`));
        // The README's step.
        const r = vendorAt(depVersion);
        assert.ok(fs.existsSync(path.join(s.dir!, `vendor/crc-vendored-dep-${depVersion}/src/lib.rs`)), `vendor/ not filled: ${r.stderr}`);
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
          const r = offlineBuild(`${s.tag}-control`);
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
        const missing = buildStep(s, offlineArgs());
        assert.not.ok(missing, `base images must exist offline: ${missing}`);
        assert.ok(s.build!.log.includes(`Compiling crc-vendored-dep v${depVersion}`), "cargo did not compile the vendored crate");
        // The build log shows the RUN with its arguments expanded.
        assert.match(s.build!.log, /cargo auditable build --profile "release" --locked --offline /);
        assert.not.match(s.original!, /^# syntax=/m, "an offline Dockerfile needs no frontend image");
      }),
    );
    serveTests(t, s);

    const bumped = `0.1.${patch + 1}`;
    t(`after \`cargo update\` to a newer version whose files keep their sizes, re-vendoring and rebuilding on the same engine compiles it`, () =>
      step(s, "bump", () => {
        publish(bumped);
        vendorAt(bumped);
        const [before, after] = [depVersion, bumped].map((v) => path.join(mirror, `crc-vendored-dep-${v}`));
        for (const file of ["Cargo.toml", "src/lib.rs", ".cargo-checksum.json"])
          assert.is(fs.statSync(path.join(after, file)).size, fs.statSync(path.join(before, file)).size, `${file} changed size: the bump would not test staleness`);
        assert.equal(fs.readdirSync(path.join(s.dir!, "vendor")), [`crc-vendored-dep-${bumped}`]);
        extraTags.push(`${s.tag}-bumped`);
        const b = offlineBuild(`${s.tag}-bumped`);
        assert.ok(b.ok, `the rebuild after the bump failed:\n${tail(b.log)}`);
        assert.ok(b.log.includes(`Compiling crc-vendored-dep v${bumped}`), "cargo did not compile the new version");
      }),
    );

    t("control: the same bump in an unversioned vendor/ directory reaches the build stale, and it fails", () =>
      step(s, "stale control", () => {
        const unversioned = ["vendor", "--locked"];
        extraTags.push(`${s.tag}-unversioned`, `${s.tag}-stale`);
        vendorAt(bumped, unversioned);
        const first = offlineBuild(`${s.tag}-unversioned`);
        assert.ok(first.ok, `the unversioned vendor/ did not build:\n${tail(first.log)}`);
        const next = `0.1.${patch + 2}`;
        publish(next);
        vendorAt(next, unversioned);
        assert.match(fs.readFileSync(path.join(s.dir!, "vendor/crc-vendored-dep/Cargo.toml"), "utf8"), new RegExp(`version = "${next.replace(/\./g, "\\.")}"`));
        const stale = offlineBuild(`${s.tag}-stale`);
        assert.not.ok(stale.ok, `built although vendor/crc-vendored-dep changed only in content: ${tail(stale.log)}`);
        // cargo read the previous version's Cargo.toml from vendor/: the files the engine kept from the last build.
        const esc = (v: string) => v.replace(/\./g, "\\.");
        assert.match(stale.log, new RegExp(`failed to select a version for the requirement \`crc-vendored-dep = "\\^0\\.1"\` \\(locked to ${esc(next)}\\)\\n[^\\n]*candidate versions found which didn't match: ${esc(bumped)}`), tail(stale.log));
        NOTES.push(`Offline build: a same-size bump of a vendored crate rebuilt with --versioned-dirs; unversioned, the engine reused the old files and the build failed.`);
      }),
    );
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
