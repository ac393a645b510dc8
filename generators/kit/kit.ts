// The existing-crate pipeline alone: a crate on disk and the user's answers in, one generate request out.
// Detect → choose the binary → scan its sources → fit the runtime → findings → kit options. It never writes.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { METRICS_EXPORTERS, PINS, RUNTIMES } from "../catalog/catalog.js";
import { METRICS_PATHS } from "./scan/source-rules.js";
import { chooseTarget, detectCrate, enabledFeatures, type Chooser, type CrateChoice, type CrateFacts } from "./detect.js";
import { UserError } from "../errors.js";
import { resolveBuildGraph } from "./build-graph.js";
import { buildToolsOf } from "./scan/build-script.js";
import { denyLists, TEMPLATE_DENY } from "../catalog/deny.js";
import { backingFindings, backingUse, buildFindings, nativeTools } from "./findings.js";
import { decide, filesAsked, type DecisionAnswers } from "./decision.js";
import { noteLines, valueLines } from "./report.js";
import type { GenerateRequest } from "../write/generate.js";
import { ANSWERS_FILE, readAnswersFile } from "../options/answers-file.js";
import { NATIVE_LIBS, fitRuntime, nativeLibsFor, opensslOf } from "../catalog/native-libs.js";
import {
  FIELDS,
  KIT_FIELDS,
  correctionFlags,
  envPairs,
  flagValues,
  mergeEnvAnswers,
  missingRequired,
  resolveAnswers,
  resolveKit,
  withDefaults,
  type CorrectedAnswers,
  type Field,
  type KitOptions,
  type RawAnswers,
  type RawKit,
  type ServiceOptions,
} from "../options/options.js";
import { findHomeDirs, inspectRun, librarySources, productionConfigFile, type RunFacts } from "./scan/scan.js";
import { loadRustParser } from "./scan/syntax.js";
import type { Answered, CrateContext, Decided, Finding } from "../domain.js";
import { CI_WORKFLOW, IMAGE_WORKFLOW, dnsLabel, probePath } from "../render/template-data.js";
import type { VerifySubject } from "../verify/verify.js";
import { contentPath } from "../host-files.js";

/** Questions the pipeline asks when a terminal can answer; absent, defaults and detected values decide. */
export interface KitPrompts {
  choose: Chooser;
  fields: (fields: readonly Field[], raw: RawAnswers, dir: string) => Promise<ServiceOptions>;
  healthcheck: (bin: string, kit: KitOptions, run: RunFacts) => Promise<KitOptions>;
}

export interface KitInput {
  targetDir: string;
  /** Answers from the command line (they win over saved ones) and problems already found there. */
  raw: RawAnswers;
  rawKit: RawKit;
  /** --verify's corrections so far: answers like flags (and saved so), each with what it observed. */
  corrected?: CorrectedAnswers;
  problems: string[];
  /** No terminal and no --yes: a missing required answer is an error. */
  unattended: boolean;
  prompts?: KitPrompts;
}

export interface KitPlan {
  options: ServiceOptions;
  crate: CrateContext;
  contextDir: string;
  previous?: GenerateRequest["previous"];
  choice: CrateChoice;
  facts: CrateFacts;
  run: RunFacts;
  /** Lines for the user before the plan: informational, and warnings. */
  info: string[];
  warnings: string[];
}

/** Plans the kit for the crate at `input.targetDir`; every problem found is returned at once, nothing is written. */
export async function planKit(input: KitInput): Promise<{ problems: string[] } | KitPlan> {
  const problems = [...input.problems];
  let facts: CrateFacts | undefined;
  try {
    facts = detectCrate(input.targetDir);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(e.message);
  }
  // Corrections win over flags (they fix what the flags gave), and flags over the answers an earlier run saved.
  const saved = facts ? readAnswersFile(path.join(facts.contextDir, ANSWERS_FILE)) : undefined;
  const corrected = input.corrected && correctionFlags(input.corrected);
  const givenRaw: RawAnswers = { ...input.raw, ...corrected?.raw };
  const givenKit: RawKit = corrected ? { ...input.rawKit, ...corrected.rawKit, env: mergeEnvAnswers(input.rawKit.env, corrected.rawKit.env) } : input.rawKit;
  const raw: RawAnswers = { ...saved?.raw, ...givenRaw };
  const flagged = resolveAnswers(raw);
  // A healthcheck style given now replaces the saved one rather than conflicting with it.
  const savedKit = { ...saved?.rawKit };
  if (givenKit.healthcheck !== undefined || givenKit["healthcheck-cmd"] !== undefined) {
    delete savedKit.healthcheck;
    delete savedKit["healthcheck-cmd"];
    if (givenKit.healthcheck !== "probe") delete savedKit["health-path"];
  }
  const { kit, problems: kitProblems } = resolveKit({ ...savedKit, ...givenKit });
  problems.push(...flagged.problems, ...kitProblems);
  if (input.unattended)
    for (const f of missingRequired(flagged.options).filter((f) => KIT_FIELDS.has(f.key))) problems.push(`missing --${f.flag} ${flagValues(f)}`);
  if (problems.length || !facts) return { problems };

  const prompts = input.prompts;
  const choice = await chooseTarget(facts, kit, prompts?.choose);
  const contextDir = facts.contextDir;
  // Routes often live in a library member of the workspace: its sources are read too.
  const memberDeps = facts.members.filter((m) => m !== choice.package && choice.package.dependencies.includes(m.name)).map((m) => m.dir);
  const parser = await loadRustParser();
  const scanned = inspectRun(contextDir, [choice.package.dir, ...memberDeps], choice.bin.path, choice.package.name, [
    ...choice.package.dependencies,
    ...facts.members.filter((m) => memberDeps.includes(m.dir)).flatMap((m) => m.dependencies),
  ], parser, choice.package.bins.filter((b) => b !== choice.bin).map((b) => b.path), choice.package.dependencyFeatures);
  // What the build compiles with these features, as cargo resolves it; else everything the lock lists.
  const graph = facts.hasLockfile ? resolveBuildGraph(contextDir, choice.package.name, kit.cargoFeatures, facts.members.length > 0) : undefined;
  // Its own libraries published apart keep its per-user state (pueue-lib for pueue): where they write under HOME counts.
  const libraryHomeDirs = findHomeDirs((graph?.ownLibraries ?? []).flatMap((l) => librarySources(l.crate, l.dir)));
  const run: RunFacts = { ...scanned, homeDirs: [...scanned.homeDirs, ...libraryHomeDirs.filter((h) => !scanned.homeDirs.some((o) => o.path === h.path))] };
  // The tools its build scripts run, read from their code in cargo's source cache; else the lock's crates guess them.
  const scriptTools = graph ? buildToolsOf(parser, graph.buildScripts, graph.features) : undefined;
  const backing = backingUse(graph?.crates ?? facts.lockedCrates, run);
  // The port the code says is the default, and so are the backing services its build has clients for; flags (or
  // saved answers) win.
  const detectedAnswers: RawAnswers = { ...(run.port ? { port: String(run.port.port) } : {}), ...backing.answers };
  const answered: RawAnswers = { ...detectedAnswers, ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) };
  let options = prompts
    ? await prompts.fields(FIELDS.filter((f) => KIT_FIELDS.has(f.key) && answered[f.key] === undefined), answered, contextDir)
    : withDefaults(resolveAnswers(answered).options, contextDir);
  options = { ...options, framework: flagged.options.framework ?? choice.package.framework ?? options.framework };
  if (options.database === "sqlite")
    return { problems: ["--database sqlite: an existing crate's SQLite file needs no service; --data-dir names the directory it writes"] };
  const lockLibs = facts.nativeLibs;
  const builtLibs = graph ? [...nativeLibsFor(graph.crates, graph.features, scriptTools && new Set(scriptTools.keys())), ...lockLibs.filter((l) => NATIVE_LIBS[l].via === "cargo-config")] : lockLibs;
  const unbuiltLibs = lockLibs.filter((l) => !builtLibs.includes(l));
  // A re-run of a generated OpenSSL service without its lock yet still builds OpenSSL from source.
  const openssl = (graph ? opensslOf(graph.crates) : facts.openssl) ?? (options.tls === "openssl-vendored" && saved ? "vendored" : undefined);
  const nativeLibs = openssl === "vendored" && !builtLibs.includes("openssl-src") ? [...builtLibs, "openssl-src"] : builtLibs;
  // A runtime given now is refused if the libraries rule it out; a saved one moves, and the plan says so.
  const fit = fitRuntime(nativeLibs, options.runtime, input.raw.runtime !== undefined, RUNTIMES[options.runtime].libc);
  if ("error" in fit) return { problems: [fit.error] };
  options = { ...options, runtime: fit.runtime };
  // GitHub runs workflows only from the repository root's .github/: a crate in a subdirectory gets none, unless asked.
  const repoRoot = repositoryRoot(contextDir);
  const nested = repoRoot !== undefined && repoRoot !== contextDir;
  if (nested && raw.ci === undefined && options.ci === "github") options = { ...options, ci: "none" };
  const healthKit = prompts && kit.healthcheck === undefined ? await prompts.healthcheck(choice.bin.name, kit, run) : kit;

  // sqlx checks its query macros against .sqlx/ (cargo sqlx prepare) when SQLX_OFFLINE is set.
  const sqlxOffline = [contextDir, path.join(contextDir, choice.package.dir)].some((d) => existsSync(path.join(d, ".sqlx")));
  // The crate's own workflows stay its own: the kit's image workflow then goes to a file of its own.
  const ownWorkflows = facts.workflows.filter((w) => !(saved && w in saved.files));
  // cargo-deny and dependency-update configs the repository has of its own stay in charge (cargo deny reads its
  // config from the crate's directory up, so one at the repository root counts).
  const ownConfig = (files: string[]) =>
    [contextDir, repoRoot ?? contextDir].flatMap((dir) => files.map((f) => path.join(dir, f))).find((f) => existsSync(f) && !(saved && contentPath(contextDir, f) in saved.files));
  const ownDeny = ownConfig(["deny.toml", ".deny.toml", ".cargo/deny.toml"]);
  const ownUpdates = ownConfig([".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".github/renovate.json", ".github/renovate.json5", ".renovaterc", ".renovaterc.json"]);
  const deny = ownDeny ? undefined : graph ? denyLists(graph.packages) : TEMPLATE_DENY;
  const supplyChainFindings: Finding[] = [
    ...(ownDeny ? [{ found: contentPath(contextDir, ownDeny), action: "CI's cargo deny check uses it" }] : []),
    ...(deny?.extra.length
      ? [{ found: `licenses beyond the common permissive set: ${deny.extra.map((e) => `${e.license} (${e.crates.join(", ")})`).join("; ")}`, action: "allowed in deny.toml as used today: review them" }]
      : []),
    ...(deny && graph?.unlicensedMembers.length
      ? [{ found: `${graph.unlicensedMembers.join(", ")}: no license in Cargo.toml, and not publish = false`, action: "cargo deny reports it as unlicensed: add `publish = false` (a service is not published) or a license", warn: true }]
      : []),
    ...(deny?.unlicensed.length
      ? [{ found: `crates with no SPDX license in their manifest: ${deny.unlicensed.join(", ")}`, action: "cargo deny fails on them until deny.toml clarifies their license ([[licenses.clarify]])", warn: true }]
      : []),
    ...(ownUpdates ? [{ found: contentPath(contextDir, ownUpdates), action: "dependency updates stay with it: no .github/dependabot.yml" }] : []),
  ];
  const ciFinding: Finding[] = ownWorkflows.length
    ? [{ found: `the crate's own workflows (${ownWorkflows.map((w) => path.basename(w)).join(", ")})`, action: `the image workflow is ${IMAGE_WORKFLOW} (cargo deny; the image built, scanned, pushed and signed); fmt, clippy and tests stay in yours` }]
    : [];
  // Directories it serves at run time: copied when the crate has them, else named (built elsewhere, or outside it).
  const packageRoot = path.join(contextDir, choice.package.dir);
  const served = run.servedDirs.filter((d, i, all) => all.findIndex((o) => o.dir === d.dir) === i);
  const servedHere = served.filter((d) => !d.dir.startsWith("..") && statSync(path.join(packageRoot, d.dir), { throwIfNoEntry: false })?.isDirectory());
  const servedFindings: Finding[] = served.map((d) =>
    servedHere.includes(d)
      ? { found: `${d.file}:${d.line} serves files from ${d.dir}/`, action: `copied to /app/${d.dir}` }
      : d.withoutIt
        ? { found: `${d.file}:${d.line} serves files from ${d.dir}/, which is not in the crate`, action: `build or copy it into the crate before the image is built: ${d.withoutIt}`, warn: true }
        : { found: `${d.file}:${d.line} serves files from ${d.dir}/ when it exists (the crate has none)`, action: "build or copy it into the crate before the image is built, or those routes answer 404", warn: true },
  );
  const crateFacts = facts;
  // Where each answer came from; one asked at a prompt counts as given now, like its flag.
  const given = answerSources(saved && { raw: saved.raw, rawKit: savedKit }, input.raw, input.rawKit, input.corrected);
  if (prompts && answered.port === undefined) given.port = { kind: "flag", flag: "--port" };
  if (healthKit !== kit) given.healthcheck = given["health-path"] = { kind: "flag", flag: "--healthcheck" };
  const bin: Decided<string> = {
    value: choice.bin.name,
    from:
      kit.bin !== undefined
        ? (given.bin ?? { kind: "flag", flag: "--bin" })
        : choice.bin.name === choice.package.defaultRun
          ? { kind: "config", file: path.posix.join(choice.package.dir, "Cargo.toml"), key: "default-run" }
          : choice.reason
            ? { kind: "default", why: `${choice.reason}; --bin overrides` }
            : choice.package.bins.length === 1
              ? { kind: "default", why: "the package's only binary" }
              : { kind: "flag", flag: "--bin" },
  };
  const decisionFiles = filesAsked(run).filter((f) => existsSync(path.join(packageRoot, f)));
  const productionConfig = productionConfigFile(packageRoot);
  const crateFor = (o: ServiceOptions, hk: KitOptions): CrateContext => {
    const decision = decide(
      {
        run,
        bin,
        nativeTools: nativeTools(nativeLibs, o.runtime, scriptTools),
        files: decisionFiles,
        productionConfig,
        crossCompile: o.platforms.length > 1,
        wiredEnv: [...(o.database === "none" ? [] : [backing.vars.database]), ...(o.cache === "none" ? [] : [backing.vars.cache])],
        buildNotes: [
          ...(fit.note ? [{ found: "runtime image", action: fit.note }] : []),
          ...unbuiltLibs.map((l) => ({
            found: `Cargo.lock: ${l} — ${NATIVE_LIBS[l].library}`,
            action: !graph?.crates.has(l)
              ? "not compiled with these features (cargo metadata): nothing installed"
              : NATIVE_LIBS[l].ranByBuildScript
                ? "no build script of this build runs it on Linux (read from their code): nothing installed"
                : "built from its bundled source with these features (cargo metadata): nothing installed",
          })),
          ...buildFindings(run, enabledFeatures(choice.package.features, hk.cargoFeatures), sqlxOffline, choice.package.assets),
          ...servedFindings,
          ...(o.ci === "github" ? [...ciFinding, ...supplyChainFindings] : []),
          ...(nested
            ? [{
                found: `the repository root is ${contentPath(contextDir, repoRoot!)}/, above the crate`,
                action: o.ci === "github" ? "the workflow written here will not run: GitHub reads only the root's .github/workflows" : "no CI workflow (GitHub reads only the root's .github/workflows; --ci github writes one here anyway)",
                warn: o.ci === "github",
              }]
            : []),
          ...backingFindings(o, backing, run, choice.package.assets.includes("migrations")),
        ],
        // Without a lock, every dependency the manifest names.
        exporters: Object.keys(METRICS_EXPORTERS).filter((x) => (graph ? graph.crates.has(x) : choice.package.dependencies.includes(x))),
      },
      { kit: hk, port: o.port, given },
    );
    return {
      origin: saved?.generatedAs ?? "container-kit",
      packageName: choice.package.name,
      packageDir: choice.package.dir,
      inWorkspace: crateFacts.members.length > 0,
      binName: choice.bin.name,
      version: choice.package.version,
      description: choice.package.description ?? `${choice.bin.name} (${choice.package.name})`,
      rustVersion: imageRustVersion(crateFacts),
      toolchainFile: crateFacts.toolchainFile,
      toolchainChannel: crateFacts.toolchainChannel,
      buildInputs: [...(crateFacts.buildScript ? [`${choice.package.dir ? choice.package.dir + "/" : ""}build.rs`] : []), ...(crateFacts.cargoConfig ? [".cargo/config.toml"] : [])],
      openssl,
      nativeLibs,
      // Directories the binary embeds at compile time (migrations) are not needed at run time.
      assets: [...new Set([...choice.package.assets, ...servedHere.map((d) => d.dir)])].filter((a) => !run.embedded.some((e) => e.dir === a)),
      configFiles: run.configFiles,
      cargoFeatures: hk.cargoFeatures,
      buildEnv: sqlxOffline ? ["SQLX_OFFLINE=true"] : [],
      ciWorkflow: ownWorkflows.length ? IMAGE_WORKFLOW : CI_WORKFLOW,
      ciChecks: ownWorkflows.length === 0,
      deny,
      dependabot: !ownUpdates,
      healthcheck: decision.healthcheck.value,
      listenEnv: decision.env.map((e) => e.value),
      requiredEnv: decision.requiredEnv.map((r) => r.value),
      cmd: decision.cmd.flatMap((c) => c.value),
      stopSignal: decision.stopSignal.value === "SIGINT" ? "SIGINT" : undefined,
      init: decision.init.value === "tini" ? "tini" : undefined,
      initGiven: hk.init,
      decided: valueLines(decision),
      detected: noteLines(decision),
      composeFile: crateFacts.composeFile ?? "compose.yaml",
      portDetected: decision.port.from.kind === "code",
      dataDirs: [...new Set(decision.dataDirs.map((d) => d.value))],
      ...(decision.scrape ? { scrape: decision.scrape.value } : {}),
      backingVars: backing.vars,
      givenBacking: { ...(raw.database !== undefined ? { database: o.database } : {}), ...(raw.cache !== undefined ? { cache: o.cache } : {}) },
      givenEnv: hk.env,
      givenDataDirs: hk.dataDirs,
      givenCmd: hk.cmd,
      healthGiven: hk.healthcheck !== undefined,
    };
  };
  const crate = crateFor(options, healthKit);
  if (options.serviceMonitor && !crate.scrape)
    return {
      problems: [
        `--service-monitor: ${choice.package.name} serves no metrics endpoint the kit can find (a ${METRICS_PATHS.join(" or ")} route, an exporter's endpoint, or its own metrics listener on every interface): leave --service-monitor out`,
      ],
    };
  // The merge base: what the saved answers render to (the crate's own facts are today's).
  const savedResolved = saved && resolveAnswers(saved.raw);
  const savedKitResolved = saved && resolveKit(saved.rawKit);
  // A port the last run detected was not saved: the code said it then as now.
  const savedPort = savedResolved?.options.port ?? run.port?.port;
  const previousOptions =
    savedResolved && !savedResolved.problems.length
      ? { ...withDefaults({ ...backing.answers, ...savedResolved.options, ...(savedPort ? { port: savedPort } : {}) }, contextDir), framework: options.framework }
      : undefined;
  const previous = saved && {
    files: saved.files,
    ...(previousOptions && savedKitResolved && !savedKitResolved.problems.length
      ? { options: previousOptions, crate: crateFor(previousOptions, savedKitResolved.kit) }
      : {}),
  };
  const info: string[] = [];
  const warnings: string[] = [];
  if (contextDir !== path.resolve(input.targetDir)) info.push(`${choice.package.name} is a workspace member: the image builds from the workspace root ${contextDir}`);
  if (crate.openssl === "system" && RUNTIMES[options.runtime].libc === "musl")
    warnings.push(`warning: ${choice.package.name} links the system OpenSSL; the static (musl) build links it from Alpine's openssl-libs-static. Prefer rustls or openssl's "vendored" feature, or a glibc runtime (distroless-cc, debian-slim).`);
  return { options, crate, contextDir, previous, choice, facts, run, info, warnings };
}

/** What --verify builds and watches for a planned kit. */
export function kitSubject(plan: KitPlan): VerifySubject {
  const { crate, run } = plan;
  const current = probePath(crate.healthcheck);
  return {
    contextDir: plan.contextDir,
    image: `${dnsLabel(crate.binName, 63)}:verify`,
    port: plan.options.port,
    healthcheck: crate.healthcheck,
    hasProbe: crate.healthcheck.kind === "probe",
    http: run.http || run.routes.length > 0 || current !== undefined,
    candidates: [...new Set([...(current ? [current] : []), ...run.healthCandidates])],
    hostRoute: current,
    dataDirs: crate.dataDirs,
    addressVars: run.addressVars,
    env: ["HOST", "PORT", ...crate.listenEnv.map(([name]) => name)],
    // Only a single-platform image can have tini (see decide), and an explicit --init none stands.
    init: plan.options.platforms.length > 1 || crate.initGiven === "none" ? undefined : crate.init === "tini",
    cmd: crate.cmd,
    cliOptions: run.cliOptions,
    service: crate.binName,
  };
}

/** Where each answer came from: a --verify correction, else a flag given now, else the saved answers. */
function answerSources(saved: { raw: RawAnswers; rawKit: RawKit } | undefined, raw: RawAnswers, rawKit: RawKit, corrected?: CorrectedAnswers): DecisionAnswers["given"] {
  const given: DecisionAnswers["given"] = {};
  const add = (answers: { raw: RawAnswers; rawKit: RawKit }, from: (flag: string) => Answered) => {
    if (answers.raw.port !== undefined) given.port = from("--port");
    for (const [key, value] of Object.entries(answers.rawKit))
      if (key === "env") for (const [name] of envPairs(value ?? "")) given[`env:${name}`] = from("--env");
      else if (value !== undefined) given[key] = from(`--${key}`);
  };
  if (saved) add(saved, (flag) => ({ kind: "saved", flag }));
  add({ raw, rawKit }, (flag) => ({ kind: "flag", flag }));
  const verified = (o: { observed: string }): Answered => ({ kind: "verify", observed: o.observed });
  if (corrected?.port) given.port = verified(corrected.port);
  if (corrected?.healthcheck) given.healthcheck = given["health-path"] = verified(corrected.healthcheck);
  if (corrected?.init) given.init = verified(corrected.init);
  if (corrected?.cmd) given.cmd = verified(corrected.cmd);
  if (corrected?.dataDirs) given["data-dir"] = verified(corrected.dataDirs);
  for (const e of corrected?.env ?? []) given[`env:${e.value[0]}`] = verified(e);
  return given;
}

/** The git repository's root: the nearest directory at or above `dir` holding .git. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The image's Rust: a numeric toolchain pin wins; else our pin, unless the crate's rust-version needs newer. */
function imageRustVersion(facts: CrateFacts): string {
  const numeric = /^\d+\.\d+(\.\d+)?$/;
  if (facts.toolchainChannel && numeric.test(facts.toolchainChannel)) return facts.toolchainChannel;
  const parts = (v: string) => v.split(".").map(Number);
  const [msrv, pin] = [parts(facts.rustVersion ?? "0"), parts(PINS.rust)];
  const newer = facts.rustVersion && numeric.test(facts.rustVersion) && (msrv[0] > pin[0] || (msrv[0] === pin[0] && msrv[1] > pin[1]));
  return newer ? facts.rustVersion! : PINS.rust;
}
