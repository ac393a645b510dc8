// Every generated file checked with its ecosystem's real parser: smol-toml, cargo, rustfmt, dockerfile-ast/utils,
// yaml + Ajv with the Compose Specification schema.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { ROOT, writeTree } from "../helpers.js";
import { ITERATE_PROFILE } from "../../generators/catalog/catalog.js";
import { checkDockerfile } from "./dockerfile-rules.js";

/** The Compose Specification's schema, carried in the project (schemas/README.md): the commit it was taken at, and its hash. */
export const COMPOSE_SCHEMA = path.join(ROOT, "test", "validate", "schemas", "compose-spec.json");
export const COMPOSE_SCHEMA_VERSION = { commit: "170098ba07d9", date: "2026-06-23", sha256: "1f91e091f16b2dd50ab8860e02bb391d22df553d91c145eacedb1b6eff9c3f0e" };

let composeValidator: ReturnType<Ajv["compile"]> | undefined;
export function validateCompose(doc: unknown): string[] {
  if (!composeValidator) {
    const schema = JSON.parse(fs.readFileSync(COMPOSE_SCHEMA, "utf8"));
    delete schema.$schema;
    composeValidator = new Ajv({ strict: false, allErrors: true }).compile(schema);
  }
  return composeValidator(doc) ? [] : (composeValidator.errors ?? []).map((e) => `compose schema: ${e.instancePath} ${e.message}`);
}

/** The container kit: Dockerfile, compose file and .dockerignore agree with each other and pass their parsers. */
export function checkContainerKit(files: Map<string, string>, expect: { port: number; composeFile?: string; service?: string }): string[] {
  const problems: string[] = [];
  const { problems: dockerProblems, facts } = checkDockerfile(files.get("Dockerfile") ?? "");
  problems.push(...dockerProblems);
  if (!facts.exposed.includes(expect.port)) problems.push(`Dockerfile does not EXPOSE ${expect.port}`);
  const build = facts.runs.find((r) => /cargo (auditable )?build/.test(r)) ?? "";
  // An offline build reads vendor/ and downloads nothing: only the target dir is worth a cache mount.
  const offline = /cargo (auditable )?build [^&]*--offline/.test(build);
  for (const mount of ["/usr/local/cargo/registry", "/usr/local/cargo/git/db"])
    if (build.includes(`target=${mount}`) === offline)
      problems.push(offline ? `offline cargo build RUN still mounts ${mount}` : `cargo build RUN has no cache mount for ${mount}`);
  if (!build.includes("target=/app/target")) problems.push("cargo build RUN has no cache mount for /app/target");
  if (!/cargo (auditable )?build --profile "\$CARGO_PROFILE" --locked/.test(build)) problems.push('cargo build must use --profile "$CARGO_PROFILE" --locked');
  // cargo auditable needs the tool in the builder: installed at its pin (offline: unless the builder has one).
  const auditable = /cargo auditable build/.test(build);
  const installed = facts.runs.some((r) => /cargo install --locked cargo-auditable@\d+\.\d+\.\d+/.test(r));
  if (auditable !== installed) problems.push(auditable ? "cargo auditable build, but no RUN installs cargo-auditable" : "cargo-auditable is installed, but the build does not use it");
  if (facts.stageArgs.CARGO_PROFILE !== "release") problems.push(`ARG CARGO_PROFILE defaults to ${facts.stageArgs.CARGO_PROFILE}, not release`);
  if (!/&& cp "target\/(\$\([^)]*\)\/)?\$CARGO_PROFILE\//.test(build)) problems.push("the binary must be copied out of the cached target dir in the same RUN");
  // The builder needs rustc and cargo only: installing a toolchain file's components downloads on every cold build.
  if (facts.runs.some((r) => /rustup toolchain install(?![^&]*--profile minimal)/.test(r))) problems.push("rustup toolchain install without --profile minimal");

  const composeName = expect.composeFile ?? "compose.yaml";
  const composeText = files.get(composeName);
  if (!composeText) problems.push(`no ${composeName}`);
  else {
    const compose = parseYaml(composeText) as { services: Record<string, Record<string, unknown>> };
    problems.push(...validateCompose(compose));
    const service = expect.service ? compose.services?.[expect.service] : Object.values(compose.services ?? {})[0];
    const hc = service?.healthcheck as { test?: string[] } | undefined;
    const expected = facts.healthcheck ? ["CMD", ...facts.healthcheck] : undefined;
    if (JSON.stringify(hc?.test) !== JSON.stringify(expected))
      problems.push(`compose healthcheck ${JSON.stringify(hc?.test)} differs from the Dockerfile's ${JSON.stringify(expected)}`);
    // Healthy about a second after it can answer, at a calm pace afterwards; compose runs the same schedule.
    if (facts.healthcheck) {
      const o = facts.healthcheckOptions;
      if (o["start-interval"] !== "500ms") problems.push(`HEALTHCHECK --start-interval is ${o["start-interval"]}, expected 500ms`);
      if (!(parseInt(o.interval) >= 10)) problems.push(`HEALTHCHECK --interval ${o.interval} is not a calm steady-state interval`);
      const timing = hc as Record<string, unknown> | undefined;
      for (const [flag, key] of [["interval", "interval"], ["timeout", "timeout"], ["start-period", "start_period"], ["start-interval", "start_interval"]])
        if (timing?.[key] !== o[flag]) problems.push(`compose healthcheck ${key} ${timing?.[key]} differs from the Dockerfile's --${flag}=${o[flag]}`);
      if (String(timing?.retries) !== o.retries) problems.push(`compose healthcheck retries ${timing?.retries} differs from --retries=${o.retries}`);
    }
    if (!(service?.ports as string[] | undefined)?.includes(`${expect.port}:${expect.port}`)) problems.push(`compose does not publish ${expect.port}`);
    if (service?.read_only !== true) problems.push("compose service is not read_only");
    if (!(service?.cap_drop as string[] | undefined)?.includes("ALL")) problems.push("compose does not drop ALL capabilities");
    if (!(service?.security_opt as string[] | undefined)?.includes("no-new-privileges:true")) problems.push("compose lacks no-new-privileges");
  }
  const ignore = (files.get(".dockerignore") ?? "").split("\n");
  for (const line of ["**/target", ".git", "**/.env", "**/*.pem", "**/*.key"])
    if (!ignore.includes(line)) problems.push(`.dockerignore lacks ${line}`);
  const answers = files.get(".rust-container.json");
  if (answers) JSON.parse(answers);
  return problems;
}

/** Cargo.toml and rust-toolchain.toml through smol-toml and cargo itself; the Rust sources through rustfmt. */
export function checkCrate(files: Map<string, string>, expect: { name: string; optLevel: string | number }): string[] {
  const problems: string[] = [];
  const manifest = parseToml(files.get("Cargo.toml") ?? "") as Record<string, any>;
  const release = manifest.profile?.release ?? {};
  const wanted = { "opt-level": expect.optLevel, lto: true, "codegen-units": 1, strip: true, panic: "abort" };
  for (const [k, v] of Object.entries(wanted)) if (release[k] !== v) problems.push(`[profile.release] ${k} = ${release[k]}, expected ${v}`);
  const toolchain = parseToml(files.get("rust-toolchain.toml") ?? "") as { toolchain?: { channel?: string } };
  const { facts } = checkDockerfile(files.get("Dockerfile") ?? "");
  if (toolchain.toolchain?.channel !== facts.rustVersion)
    problems.push(`rust-toolchain.toml ${toolchain.toolchain?.channel} != the Dockerfile's builder rust:${facts.rustVersion}`);
  // The builder image's own toolchain is the pinned one: selected (by the version the image itself declares), never installed.
  if (facts.env.RUSTUP_TOOLCHAIN !== "$RUST_VERSION") problems.push(`RUSTUP_TOOLCHAIN ${facts.env.RUSTUP_TOOLCHAIN} is not the image's own $RUST_VERSION`);
  if (facts.runs.some((r) => /rustup toolchain install/.test(r))) problems.push("a new service's build installs a toolchain the builder image already has");
  // Rocket's default filter, say, silences its four lines per request; RUST_LOG=info in the image would undo that.
  if ("RUST_LOG" in facts.env) problems.push(`the image sets RUST_LOG=${facts.env.RUST_LOG}, overriding the service's default log filter`);
  const iterate = manifest.profile?.[ITERATE_PROFILE] ?? {};
  if (iterate.inherits !== "release" || iterate.lto !== false || iterate.incremental !== true)
    problems.push(`[profile.${ITERATE_PROFILE}] must inherit release without LTO, incrementally: ${JSON.stringify(iterate)}`);
  if (!String(facts.rustVersion).startsWith(String(manifest.package?.["rust-version"])))
    problems.push(`rust-version ${manifest.package?.["rust-version"]} does not match the toolchain`);

  // Without rust-toolchain.toml: it pins a toolchain this machine may not have under that name, and the checks
  // below are about the manifest and the sources, which any current toolchain reads the same way.
  const dir = writeTree(new Map([...files].filter(([p]) => p !== "rust-toolchain.toml")));
  const meta = spawnSync("cargo", ["metadata", "--no-deps", "--offline", "--format-version", "1"], { cwd: dir, encoding: "utf8" });
  if (meta.status !== 0) problems.push(`cargo metadata: ${meta.stderr.trim().split("\n")[0]}`);
  else {
    const pkg = JSON.parse(meta.stdout).packages[0];
    const bins = pkg.targets.filter((t: { kind: string[] }) => t.kind.includes("bin")).map((t: { name: string }) => t.name);
    if (pkg.name !== expect.name || bins.join() !== expect.name) problems.push(`cargo sees package ${pkg.name} with bins ${bins}`);
  }
  const fmt = spawnSync("rustfmt", ["--check", "--edition", "2021", "src/main.rs"], { cwd: dir, encoding: "utf8" });
  if (fmt.status !== 0) problems.push(`rustfmt --check: ${(fmt.stdout + fmt.stderr).split("\n").slice(0, 12).join("\n")}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return problems;
}
