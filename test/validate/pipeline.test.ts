// The delivery pipeline and build modes, through their real parsers: the GitHub Actions workflow (@action-validator/core
// + yaml), .cargo/config.toml and deny.toml (smol-toml), .github/dependabot.yml (SchemaStore's schema, via
// check-jsonschema), the Dockerfile (dockerfile-ast) and compose (the Compose schema, via checkContainerKit); the files
// must agree with each other on platforms, secret ids and token variables.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import dockerignoreModule from "@balena/dockerignore";
import { DockerfileParser } from "dockerfile-ast";
import { parse as parseToml } from "smol-toml";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseYaml } from "yaml";
import { FRAMEWORKS, type Framework, type Platform } from "../../generators/catalog/catalog.js";
import type { ServiceOptions } from "../../generators/options/options.js";
import { IGNORED_DIRS } from "../../generators/kit/detect.js";
import type { CrateContext } from "../../generators/domain.js";
import { IMAGE_WORKFLOW, serviceContext } from "../../generators/render/template-data.js";
import { TEMPLATE_LICENSES, denyLists } from "../../generators/catalog/deny.js";
import { options, render, tempDir, writeTree } from "../helpers.js";
import { checkContainerKit } from "./checks.js";
import { checkDockerfile } from "./dockerfile-rules.js";
import { action, permissionProblems, pinningProblems, runStep, workflowErrors, type Workflow } from "./workflow-checks.js";

const WORKFLOW = ".github/workflows/ci.yml";
const BOTH: Platform[] = ["linux/amd64", "linux/arm64"];

/** Existing mode without touching a disk: a workspace member `api` with no toolchain file, probed by the std-only probe. */
async function renderKit(o: ServiceOptions): Promise<Map<string, string>> {
  const crate: CrateContext = {
    ...serviceContext(o),
    origin: "container-kit",
    packageName: "api",
    packageDir: "crates/api",
    inWorkspace: true,
    binName: "api",
    description: "api (api)",
    toolchainFile: undefined,
    healthcheck: { kind: "probe", url: `http://127.0.0.1:${o.port}/health` },
  };
  return render(o, "existing", crate);
}

/** The cargo build RUN (continuations joined) and every ARG/ENV/LABEL instruction's text. */
function dockerfileParts(df: string): { build: string; declared: string[] } {
  const { facts } = checkDockerfile(df);
  const declared = DockerfileParser.parse(df)
    .getInstructions()
    .filter((i) => ["ARG", "ENV", "LABEL"].includes(i.getKeyword()))
    .map((i) => i.getTextContent());
  return { build: facts.runs.find((r) => /cargo (auditable )?build/.test(r)) ?? "", declared };
}

/** Platforms the Dockerfile cross-builds for (from its buildx line), or undefined when it builds the engine's own. */
function dockerfilePlatforms(df: string): string[] | undefined {
  if (!/^FROM --platform=\$BUILDPLATFORM /m.test(df)) return undefined;
  return /docker buildx build --platform (\S+)/.exec(df)?.[1].split(",");
}

/** Whether a .dockerignore excludes the path, by Docker's own matching rules (a port of its Go implementation). */
// A CommonJS module whose types declare an ES default export: at run time the import is the factory itself.
const dockerignore = dockerignoreModule as unknown as typeof dockerignoreModule.default;
function dockerignored(ignore: string, file: string): boolean {
  return dockerignore().add(ignore).ignores(file);
}

test("beside a crate's own workflows: its own file, the image job alone (no fmt/clippy/test), still valid", async () => {
  const o = options({ runtime: "debian-slim", platforms: BOTH });
  const own = await render(o, "existing", { ...serviceContext(o), origin: "container-kit", ciWorkflow: IMAGE_WORKFLOW, ciChecks: false });
  assert.not.ok(own.has(WORKFLOW), "the crate's ci.yml is not offered for replacement");
  const text = own.get(IMAGE_WORKFLOW)!;
  assert.equal(workflowErrors(text), []);
  const wf = parseYaml(text) as Workflow;
  assert.equal(Object.keys(wf.jobs), ["dependencies", "image"]);
  assert.is(wf.jobs.image.needs, undefined);
  assert.not.ok(wf.jobs.image.steps.some((s) => /cargo (fmt|clippy|test)/.test(s.run ?? "")));
  assert.ok(wf.jobs.image.steps.some((s) => s.uses === action("buildPush")));
});

test("the directories detection treats as dropped from the context are the ones the .dockerignore drops", async () => {
  const ignore = (await render(options({}))).get(".dockerignore")!;
  for (const dir of IGNORED_DIRS.anyDepth)
    for (const at of [`${dir}/dep/Cargo.toml`, `crates/${dir}/dep/Cargo.toml`]) assert.ok(dockerignored(ignore, at), at);
  for (const dir of IGNORED_DIRS.root) assert.ok(dockerignored(ignore, `${dir}/dep/Cargo.toml`), dir);
  assert.not.ok(dockerignored(ignore, "crates/dep/Cargo.toml"));
});

const variants: { label: string; kit: boolean; o: Partial<ServiceOptions> }[] = [];
for (const kit of [false, true])
  for (const platforms of [["linux/amd64"], BOTH] as Platform[][])
    for (const privateRegistry of ["", "corp"])
      for (const offlineBuild of [false, true])
        variants.push({
          label: `${kit ? "existing" : "new"}, ${platforms.join("+")}${privateRegistry ? ", private registry" : ""}${offlineBuild ? ", offline" : ""}`,
          kit,
          o: { runtime: kit ? "debian-slim" : "scratch", platforms, privateRegistry, offlineBuild },
        });

for (const v of variants) {
  test(`workflow (${v.label}): action-validator finds no error; jobs, pins, platforms and secrets agree with the Dockerfile`, async () => {
    const o = options(v.o);
    const files = v.kit ? await renderKit(o) : await render(o);
    const text = files.get(WORKFLOW);
    assert.ok(text, `no ${WORKFLOW}`);
    assert.equal(workflowErrors(text!), []);
    const wf = parseYaml(text!) as Workflow;
    const df = files.get("Dockerfile")!;
    assert.equal(checkContainerKit(files, { port: o.port }), [], "the container kit itself");

    // Triggers: every push and pull request checks; main and v* tags publish; a weekly run checks advisories only.
    assert.equal((wf.on.push as { branches: string[] }).branches, ["main"]);
    assert.equal((wf.on.push as { tags: string[] }).tags, ["v*"]);
    assert.ok("pull_request" in wf.on);
    assert.match((wf.on.schedule as { cron: string }[])[0].cron, /^\d+ \d+ \* \* [0-6]$/);
    for (const job of ["check", "image"]) assert.is(wf.jobs[job].if, "github.event_name != 'schedule'", `${job} runs on the schedule`);
    assert.is(wf.jobs.dependencies.if, undefined);

    // Every action pinned by full commit SHA, the release beside it as a comment, and known to the catalog; no QEMU.
    assert.equal(pinningProblems(text!), []);
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => !!u));
    assert.not.ok(uses.some((u) => /qemu/i.test(u)), "a QEMU step: the Dockerfile cross-compiles instead");

    // Least privilege: nothing at the top, each job its own.
    assert.equal(permissionProblems(text!), []);
    assert.equal(wf.jobs.check.permissions, { contents: "read" });
    assert.equal(wf.jobs.dependencies.permissions, { contents: "read" });
    assert.equal(wf.jobs.image.permissions, { contents: "read", packages: "write", "id-token": "write" });

    // dependencies: cargo deny's four checks, with the deny.toml beside it.
    const deny = wf.jobs.dependencies.steps.find((s) => s.uses === action("cargoDeny"));
    assert.is(deny?.with?.command, "check advisories bans licenses sources");
    assert.ok(files.has("deny.toml"), "no deny.toml for cargo deny");
    // cargo deny resolves the crates as cargo does: from vendor/ offline, with the private registry's token.
    const depSteps = wf.jobs.dependencies.steps;
    assert.is(depSteps.some((st) => (st.run ?? "").includes("cargo vendor --locked --versioned-dirs")), !!o.offlineBuild, "dependencies: vendor step iff offline");
    assert.ok(depSteps.findIndex((st) => st.uses === action("cargoDeny")) === depSteps.length - 1, "cargo deny runs last");
    assert.is(wf.jobs.dependencies.env?.CARGO_REGISTRIES_CORP_TOKEN, o.privateRegistry ? "${{ secrets.CARGO_REGISTRY_TOKEN }}" : undefined);

    // check: toolchain from rust-toolchain.toml (new) or the Dockerfile's builder tag (no toolchain file), fmt, clippy, test.
    const check = wf.jobs.check;
    const runs = check.steps.map((s) => s.run ?? "");
    const scope = v.kit ? "--workspace " : "";
    assert.ok(runs.includes("cargo fmt --all --check"), runs.join(" | "));
    assert.ok(runs.includes(`cargo clippy ${scope}--all-targets --locked -- -D warnings`), runs.join(" | "));
    assert.ok(runs.includes(`cargo test ${scope}--locked`), runs.join(" | "));
    const toolchain = check.steps.find((s) => s.uses === action("rustToolchain"))!;
    const builderVersion = checkDockerfile(df).facts.rustVersion;
    if (v.kit) {
      // No toolchain file: the step that reads the version from the builder's tag, run on this Dockerfile.
      const read = check.steps.find((s) => s.id === "rust")!;
      assert.is(toolchain.with?.toolchain, "${{ steps.rust.outputs.version }}", "toolchain input");
      assert.equal(runStep(read.run!, { Dockerfile: df }).outputs, { version: builderVersion }, "the version read from the Dockerfile");
      assert.is(runStep(read.run!, { Dockerfile: df.replace(/rust:[\d.]+-/g, "rust:latest-") }).status, 1, "no version found must fail the step");
    } else {
      assert.is(toolchain.with?.toolchain, undefined, "toolchain input: the action reads rust-toolchain.toml");
      // The builder's tag and rust-toolchain.toml agree, and the step says so; a toolchain file moved alone fails it.
      const agree = check.steps.find((s) => s.name === "The Dockerfile's builder is the Rust rust-toolchain.toml pins")!;
      const toolchainFile = files.get("rust-toolchain.toml")!;
      assert.is(runStep(agree.run!, { Dockerfile: df, "rust-toolchain.toml": toolchainFile }).status, 0);
      const moved = runStep(agree.run!, { Dockerfile: df, "rust-toolchain.toml": toolchainFile.replace(builderVersion!, "1.999.0") });
      assert.is(moved.status, 1);
      assert.match(moved.stdout, `::error file=Dockerfile::the builder is rust:${builderVersion} but rust-toolchain.toml pins 1.999.0`);
      // The legacy one-line file is read too.
      assert.is(runStep(agree.run!, { Dockerfile: df, "rust-toolchain.toml": `${builderVersion}\n` }).status, 0);
    }
    assert.ok(String(toolchain.with?.components).includes("clippy"));
    assert.ok(check.steps.some((s) => s.uses === action("rustCache")), "no rust-cache");
    assert.is(runs.some((r) => r.includes("cargo vendor --locked --versioned-dirs")), !!o.offlineBuild, "vendor step iff offline");

    // image: after check, may write packages, buildx + GHCR login + metadata, the chosen platforms, registry cache.
    const image = wf.jobs.image;
    assert.is(image.needs, "check");
    const login = image.steps.find((s) => s.uses === action("login"))!;
    assert.equal(login.with, { registry: "ghcr.io", username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" });
    assert.ok(image.steps.some((s) => s.uses === action("setupBuildx")));
    const meta = image.steps.find((s) => s.uses === action("metadata"))!;
    for (const t of ["type=ref,event=branch", "type=semver,pattern={{version}}", "type=sha"]) assert.ok(String(meta.with?.tags).includes(t), t);
    // Built for one platform into the runner's engine, scanned, and only then built for all and pushed.
    const builds = image.steps.filter((s) => s.uses === action("buildPush"));
    assert.is(builds.length, 2);
    const [scanBuild, push] = builds;
    const scan = image.steps.find((s) => s.uses === action("grype"))!;
    assert.ok(image.steps.indexOf(scanBuild) < image.steps.indexOf(scan) && image.steps.indexOf(scan) < image.steps.indexOf(push), "scan between the builds");
    assert.equal([scanBuild.with?.platforms, scanBuild.with?.load, scanBuild.with?.provenance, scanBuild.with?.sbom], [o.platforms[0], true, false, false]);
    assert.is(scan.with?.image, scanBuild.with?.tags);
    assert.equal([scan.with?.["fail-build"], scan.with?.["severity-cutoff"], scan.with?.["only-fixed"]], [true, "high", true]);
    const w = push.with!;
    assert.equal([w.sbom, w.provenance], [true, "mode=max"], "attestations on the pushed image");
    assert.is(w.labels, "${{ steps.meta.outputs.labels }}");
    assert.is(w.tags, "${{ steps.meta.outputs.tags }}");
    // Keyless cosign signs the pushed digest, on pushes only.
    const installer = image.steps.find((s) => s.uses === action("cosignInstaller"))!;
    const sign = image.steps.find((s) => /^cosign sign /.test(s.run ?? ""))!;
    assert.ok(image.steps.indexOf(push) < image.steps.indexOf(installer) && image.steps.indexOf(installer) < image.steps.indexOf(sign));
    for (const s of [installer, sign]) assert.is(s.if, "github.event_name != 'pull_request'");
    assert.is(sign.run, 'cosign sign --yes "${IMAGE}@${DIGEST}"');
    assert.is(sign.env?.DIGEST, `\${{ steps.${push.id}.outputs.digest }}`);
    assert.is(w["cache-from"], "type=registry,ref=${{ env.IMAGE }}:buildcache");
    assert.match(String(w["cache-to"]), /type=registry,ref=\{0\}:buildcache,mode=max/);
    const platforms = String(w.platforms).split(",");
    assert.equal(platforms, o.platforms);
    const fromDockerfile = dockerfilePlatforms(df);
    if (o.platforms.length > 1) {
      assert.equal(fromDockerfile, platforms, "the Dockerfile's cross-build platforms");
      const compose = parseYaml(files.get("compose.yaml")!) as { services: Record<string, { build: { platforms?: string[] } }> };
      assert.equal(Object.values(compose.services)[0].build.platforms, platforms, "compose build platforms");
    } else assert.is(fromDockerfile, undefined, "a single platform builds natively, without xx");

    // The token: the check job's cargo reads it; the image build gets it only as the BuildKit secret the Dockerfile mounts.
    const { build } = dockerfileParts(df);
    const mounted = /--mount=type=secret,id=([\w-]+)/.exec(build)?.[1];
    if (o.privateRegistry) {
      assert.is(check.env?.CARGO_REGISTRIES_CORP_TOKEN, "${{ secrets.CARGO_REGISTRY_TOKEN }}");
      assert.is(check.env?.CARGO_REGISTRIES_CORP_CREDENTIAL_PROVIDER, "cargo:token");
    }
    else assert.is(check.env, undefined);
    for (const b of builds)
      if (o.privateRegistry && !o.offlineBuild) {
        assert.is(mounted, "cargo-registry-token");
        assert.is(String(b.with?.secrets).trim(), `${mounted}=\${{ secrets.CARGO_REGISTRY_TOKEN }}`);
      } else {
        assert.is(mounted, undefined, "a secret mount the build does not need");
        assert.is(b.with?.secrets, undefined);
      }
  });
}

test("action-validator is not vacuous: a workflow without runs-on or with a bad permission is rejected", async () => {
  const text = (await render(options({})))!.get(WORKFLOW)!;
  assert.ok(workflowErrors(text.replace("runs-on: ubuntu-latest", "runz-on: ubuntu-latest")).length > 0);
  assert.ok(workflowErrors(text.replace("packages: write", "packages: everything")).length > 0);
  assert.ok(workflowErrors(text + "\n  broken: [\n").length > 0);
});

test("--ci none writes no workflow, in both modes", async () => {
  for (const files of [await render(options({ ci: "none" })), await renderKit(options({ ci: "none" }))])
    assert.not.ok([...files.keys()].some((f) => f.startsWith(".github/")));
});

test("offline build: .cargo/config.toml replaces crates.io with vendor/; cargo build --offline without registry mounts", async () => {
  for (const files of [
    await render(options({ offlineBuild: true })),
    await render(options({ offlineBuild: true, runtime: "alpine", platforms: BOTH })),
    await renderKit(options({ offlineBuild: true, runtime: "distroless-cc" })),
  ]) {
    const config = parseToml(files.get(".cargo/config.toml") ?? "") as { source?: Record<string, Record<string, string>> };
    assert.is(config.source?.["crates-io"]?.["replace-with"], "vendored-sources");
    assert.is(config.source?.["vendored-sources"]?.directory, "vendor");
    const { build } = dockerfileParts(files.get("Dockerfile")!);
    assert.match(build, /cargo auditable build --profile "\$CARGO_PROFILE" --locked --offline /);
    assert.not.match(build, /\/usr\/local\/cargo\/(registry|git)/);
    assert.match(build, /--mount=type=cache,target=\/app\/target,/);
    assert.equal(checkContainerKit(files, { port: 8080 }), []);
    // COPY . . must bring vendor/ and .cargo/ in.
    const ignore = files.get(".dockerignore")!;
    // Vendored crates ship test certificates and keys; cargo checks every file against its checksum.
    for (const f of ["vendor/serde/src/lib.rs", ".cargo/config.toml", "vendor/serde/.cargo-checksum.json", "vendor/axum-server/examples/self-signed-certs/cert.pem", "vendor/actix-tls/tests/key.key", "vendor/ring/.DS_Store"])
      assert.not.ok(dockerignored(ignore, f), `.dockerignore excludes ${f}`);
    for (const f of ["target/release/x", "member/target/debug/y", ".cargo/credentials.toml", "certs/tls.key", "config/server.pem", ".env"])
      assert.ok(dockerignored(ignore, f), `.dockerignore lets ${f} into the context`);
    const readme = files.get("README.md") ?? files.get("README.Docker.md")!;
    assert.match(readme, /\ncargo vendor --locked [^\n]*\ndocker build /, "README: cargo vendor, then docker build");
    assert.match(readme, /the builder image must already hold the toolchain/);
  }
  const online = await render(options({}));
  assert.not.ok(online.has(".cargo/config.toml"));
  assert.match(dockerfileParts(online.get("Dockerfile")!).build, /--mount=type=cache,target=\/usr\/local\/cargo\/registry/);
  assert.not.match(dockerfileParts(online.get("Dockerfile")!).build, /--offline/);
});

test("private registry: the token is mounted for the cargo build RUN only, never an ARG/ENV; compose passes it as a build secret", async () => {
  for (const [registry, envName] of [
    ["corp", "CARGO_REGISTRIES_CORP_TOKEN"],
    ["my-corp", "CARGO_REGISTRIES_MY_CORP_TOKEN"],
  ]) {
    for (const files of [
      await render(options({ privateRegistry: registry })),
      await render(options({ privateRegistry: registry, runtime: "distroless-static", platforms: BOTH })),
      await renderKit(options({ privateRegistry: registry })),
    ]) {
      const df = files.get("Dockerfile")!;
      const { build, declared } = dockerfileParts(df);
      assert.match(build, /--mount=type=secret,id=cargo-registry-token,required=true /);
      assert.ok(build.includes(`${envName}="$(cat /run/secrets/cargo-registry-token)" `), build);
      assert.ok(build.includes(` ${envName.replace(/_TOKEN$/, "_CREDENTIAL_PROVIDER")}=cargo:token `), build);
      // The variable is set on the cargo command itself (same simple command), so nothing outlives that RUN.
      assert.match(build, new RegExp(`${envName}="[^"]+"\\s+(xx-)?cargo auditable build `));
      for (const d of declared) assert.not.match(d, /TOKEN|cargo-registry-token|secrets/i, `declared in the image: ${d}`);
      const otherRuns = checkDockerfile(df).facts.runs.filter((r) => r !== build);
      for (const r of otherRuns) assert.not.match(r, /secret|TOKEN/, `another RUN touches the token: ${r}`);

      assert.equal(checkContainerKit(files, { port: 8080 }), [], "compose with build secrets passes the Compose schema");
      const compose = parseYaml(files.get("compose.yaml")!) as {
        services: Record<string, { build: { secrets?: string[] } }>;
        secrets?: Record<string, { environment?: string }>;
      };
      assert.equal(Object.values(compose.services)[0].build.secrets, ["cargo-registry-token"]);
      assert.equal(compose.secrets, { "cargo-registry-token": { environment: "CARGO_REGISTRY_TOKEN" } });
      const readme = files.get("README.md") ?? files.get("README.Docker.md")!;
      assert.ok(readme.includes("docker build --secret id=cargo-registry-token,env=CARGO_REGISTRY_TOKEN"));
      assert.ok(readme.includes("--secret id=cargo-registry-token,src="));
      assert.ok(readme.includes(`[registries.${registry}]`));
    }
  }
  // Offline + private registry: the registry's crates are vendored, so the build mounts no token at all.
  const both = await render(options({ privateRegistry: "corp", offlineBuild: true }));
  assert.not.match(both.get("Dockerfile")!, /type=secret|TOKEN/);
  assert.not.ok("secrets" in (parseYaml(both.get("compose.yaml")!) as object));
  assert.match(both.get(".cargo/config.toml")!, /# \[registries\.corp\]/);
  // Without a registry nothing mentions a token.
  const plain = await render(options({}));
  for (const f of ["Dockerfile", "compose.yaml", WORKFLOW]) assert.not.match(plain.get(f)!, /CARGO_REGISTR\w*TOKEN|cargo-registry-token|type=secret/, f);
});

test("mimalloc is the global allocator exactly when chosen (the musl default), for every framework", async () => {
  for (const framework of Object.keys(FRAMEWORKS) as Framework[]) {
    for (const [o, want] of [
      [options({ framework, runtime: "scratch" }), true],
      [options({ framework, runtime: "alpine" }), true],
      [options({ framework, runtime: "distroless-cc" }), false],
      [options({ framework, runtime: "distroless-cc", allocator: "mimalloc" }), true],
      [options({ framework, runtime: "scratch", allocator: "system" }), false],
    ] as const) {
      const files = await render(o);
      const main = files.get("src/main.rs")!;
      const manifest = parseToml(files.get("Cargo.toml")!) as { dependencies: Record<string, unknown> };
      const label = `${framework} × ${o.runtime} × ${o.allocator}`;
      assert.is(o.allocator === "mimalloc", want, label);
      assert.is(/#\[global_allocator\]\nstatic GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;/.test(main), want, `${label}: main.rs`);
      assert.is("mimalloc" in manifest.dependencies, want, `${label}: Cargo.toml`);
      assert.is(main.includes("mimalloc"), want, `${label}: no stray mimalloc mention`);
    }
  }
});

/** A sparse registry that demands authentication (auth-required) and records each request's Authorization header. */
async function authRegistry(): Promise<{ index: string; auths: (string | undefined)[]; close: () => void }> {
  const auths: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === "/index/config.json") {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ dl: `${base}/dl`, api: base, "auth-required": true }));
    }
    auths.push(req.headers.authorization);
    res.writeHead(req.headers.authorization ? 404 : 401);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { index: `sparse+http://127.0.0.1:${(server.address() as AddressInfo).port}/index/`, auths, close: () => server.close() };
}

/** cargo, asynchronously (the registry answers from this process), with a fresh CARGO_HOME and only the given registry variables. */
function cargoAsync(dir: string, args: string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CARGO_REGISTR")));
  const child = spawn("cargo", args, { cwd: dir, env: { ...base, CARGO_HOME: path.join(dir, ".cargo-home"), ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const timer = setTimeout(() => child.kill(), 60_000);
  return new Promise((resolve) => child.on("close", (status) => (clearTimeout(timer), resolve({ status, stderr }))));
}

test("cargo sends the token to an authenticated registry with exactly the variables the Dockerfile's RUN sets (and not without the provider)", async () => {
  for (const registry of ["corp", "my-corp"]) {
    const { build } = dockerfileParts((await render(options({ privateRegistry: registry }))).get("Dockerfile")!);
    const provider = /\s(CARGO_REGISTRIES_\w+_CREDENTIAL_PROVIDER)=(\S+)\s/.exec(build);
    const tokenVar = /\s(CARGO_REGISTRIES_\w+_TOKEN)="\$\(cat \/run\/secrets\/cargo-registry-token\)"/.exec(build)?.[1];
    assert.ok(provider && tokenVar, build);
    const reg = await authRegistry();
    try {
      // The repository's own config only names the registry, as the README shows (here without the provider line).
      const dir = writeTree(
        {
          "Cargo.toml": `[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nprivate-dep = { version = "0.1", registry = "${registry}" }\n`,
          "src/main.rs": "fn main() {}\n",
          ".cargo/config.toml": `[registries.${registry}]\nindex = "${reg.index}"\n`,
        },
        tempDir("crc-registry-"),
      );
      const token = `tok-${registry}-${Date.now()}`;
      const withoutProvider = await cargoAsync(dir, ["generate-lockfile"], { [tokenVar!]: token });
      assert.match(withoutProvider.stderr, /credential-provider/, "cargo used the token without a provider: the variable would be unnecessary");
      assert.equal(reg.auths, [], "a request carried credentials without a provider");
      await cargoAsync(dir, ["generate-lockfile"], { [provider![1]]: provider![2], [tokenVar!]: token });
      assert.ok(reg.auths.length > 0, "cargo asked the registry for nothing");
      assert.ok(reg.auths.every((a) => a === token), `cargo sent ${JSON.stringify(reg.auths)}, not the token`);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      reg.close();
    }
  }
});


/**
 * check-jsonschema's verdict on a Dependabot config, against the SchemaStore schema it ships (current: it knows the
 * rust-toolchain ecosystem and multi-ecosystem groups); undefined when the tool is not on PATH (.ci/run installs it).
 */
function dependabotErrors(text: string): string[] | undefined {
  const dir = writeTree({ "dependabot.yml": text }, tempDir("crc-dependabot-"));
  const r = spawnSync("check-jsonschema", ["--builtin-schema", "vendor.dependabot", path.join(dir, "dependabot.yml")], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.error) {
    assert.not.ok(process.env.CI === "true", `CI=true requires check-jsonschema (.ci/run installs it): ${r.error.message}`);
    return undefined;
  }
  return r.status === 0 ? [] : [`${r.stdout}${r.stderr}`.trim()];
}

type DependabotUpdate = { "package-ecosystem": string; directory: string; schedule?: { interval: string }; "multi-ecosystem-group"?: string };

test(".github/dependabot.yml passes the Dependabot schema; one pull request moves the builder's rust tag with the toolchain file", async () => {
  let checked = true;
  // The toolchain file's updater joins the group where the builder's tag is a FROM line: not offline, where the
  // builder is named at build time and both move by hand.
  const cases = [
    { label: "new", files: await render(options({})), toolchainUpdater: true },
    { label: "new, offline", files: await render(options({ offlineBuild: true })), toolchainUpdater: false },
    { label: "existing, no toolchain file", files: await renderKit(options({ runtime: "debian-slim" })), toolchainUpdater: false },
  ];
  for (const { label, files, toolchainUpdater } of cases) {
    const text = files.get(".github/dependabot.yml")!;
    const errors = dependabotErrors(text);
    if (errors) assert.equal(errors, [], label);
    else checked = false;
    const doc = parseYaml(text) as { "multi-ecosystem-groups": Record<string, { schedule: { interval: string } }>; updates: DependabotUpdate[] };
    const ecosystems = doc.updates.map((u) => u["package-ecosystem"]);
    assert.equal(ecosystems, ["cargo", "docker", ...(toolchainUpdater ? ["rust-toolchain"] : []), "github-actions"], label);
    for (const u of doc.updates) assert.is(u.directory, "/");
    // The builder's tag and rust-toolchain.toml share a group, so they move in one pull request; the rest is weekly.
    const grouped = doc.updates.filter((u) => u["multi-ecosystem-group"]);
    assert.equal(grouped.map((u) => u["package-ecosystem"]), ["docker", ...(toolchainUpdater ? ["rust-toolchain"] : [])], label);
    for (const u of grouped) assert.ok(doc["multi-ecosystem-groups"][u["multi-ecosystem-group"]!]?.schedule.interval === "weekly", u["multi-ecosystem-group"]);
    for (const u of doc.updates.filter((u) => !u["multi-ecosystem-group"])) assert.is(u.schedule?.interval, "weekly");
    // What the docker updater reads: every FROM image literal (checkDockerfile's rule), the builder tagged with the
    // toolchain file's version.
    const { problems, facts } = checkDockerfile(files.get("Dockerfile")!);
    assert.equal(problems, [], label);
    if (toolchainUpdater) {
      assert.is(facts.rustVersion, (parseToml(files.get("rust-toolchain.toml")!) as { toolchain: { channel: string } }).toolchain.channel);
      // Not vacuous: the tag behind an ARG, as Dependabot cannot read it, is reported.
      const behindArg = files.get("Dockerfile")!.replace(/^FROM rust:([\d.]+)-/m, "ARG RUST_VERSION=$1\nFROM rust:${RUST_VERSION}-");
      assert.equal(checkDockerfile(behindArg).problems, ["FROM rust:${RUST_VERSION}-slim-bookworm: a variable in the image hides it from Dependabot"]);
    }
  }
  if (!checked) console.log("  (check-jsonschema is not on PATH: the Dependabot schema check was skipped; .ci/run installs it)");
  else {
    // Not vacuous: an unknown ecosystem and a missing schedule are rejected.
    assert.match(dependabotErrors("version: 2\nupdates:\n  - package-ecosystem: crates\n    directory: /\n    schedule: {interval: weekly}\n")?.[0] ?? "", "crates");
    assert.match(dependabotErrors("version: 2\nupdates:\n  - package-ecosystem: docker\n    directory: /\n")?.[0] ?? "", "schedule");
  }
});

test("deny.toml parses; a new service allows the template's licenses and crates.io alone", async () => {
  const files = await render(options({ platforms: BOTH }));
  const deny = parseToml(files.get("deny.toml")!) as Record<string, any>;
  assert.equal(deny.graph.targets, ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"]);
  assert.equal(deny.licenses.allow, [...TEMPLATE_LICENSES]);
  assert.equal({ ...deny.sources }, { "unknown-registry": "deny", "unknown-git": "deny", "allow-registry": ["https://github.com/rust-lang/crates.io-index"] });
  assert.equal([deny.bans.wildcards, deny.advisories.yanked], ["deny", "deny"]);
  const musl = parseToml((await render(options({ runtime: "scratch" }))).get("deny.toml")!) as Record<string, any>;
  assert.equal(musl.graph.targets, ["x86_64-unknown-linux-musl"]);
});

test("deny.toml for an existing crate: the licenses and sources its resolve uses, each extra license named with its crates", async () => {
  const o = options({ runtime: "debian-slim" });
  const lists = denyLists([
    { name: "serde", version: "1.0.0", license: "MIT OR Apache-2.0", source: "registry+https://github.com/rust-lang/crates.io-index" },
    { name: "webpki-roots", version: "1.0.0", license: "CDLA-Permissive-2.0", source: "registry+https://github.com/rust-lang/crates.io-index" },
    { name: "internal", version: "0.3.0", license: "LicenseRef-Corp OR MPL-2.0", source: "sparse+https://cargo.corp.example/index/" },
    { name: "patched", version: "0.1.0", license: "MIT/Apache-2.0", source: "git+https://github.com/corp/patched?branch=fix#0123abcd" },
    { name: "local", version: "0.1.0", license: null, source: null },
  ]);
  const files = await render(o, "existing", { ...serviceContext(o), origin: "container-kit", deny: lists });
  const deny = parseToml(files.get("deny.toml")!) as Record<string, any>;
  assert.equal(deny.licenses.allow, [...TEMPLATE_LICENSES, "CDLA-Permissive-2.0", "LicenseRef-Corp"]);
  assert.match(files.get("deny.toml")!, /"CDLA-Permissive-2\.0", # webpki-roots\n/);
  assert.equal(deny.sources["allow-registry"], ["https://github.com/rust-lang/crates.io-index", "sparse+https://cargo.corp.example/index/"]);
  assert.equal(deny.sources["allow-git"], ["https://github.com/corp/patched"]);
  // The crate's own deny.toml stays in charge: none is written.
  assert.not.ok((await render(o, "existing", { ...serviceContext(o), origin: "container-kit", deny: undefined })).has("deny.toml"));
});

test.run();
