// The command line alone: flags and prompts in, one validated request out to the engine, a report back to the user.
import { existsSync } from "node:fs";
import path from "node:path";
import pc from "picocolors";
import { DEPLOY_TARGETS, REGISTRY_SECRET, VENDOR_COMMAND } from "../catalog/catalog.js";
import type { Chooser } from "../kit/detect.js";
import type { DockerEngine } from "../verify/docker-client.js";
import type { VerifySubject } from "../verify/verify.js";
import type { Rewrite } from "../verify/verify-run.js";
import type { RunFacts } from "../kit/scan/scan.js";
import { generate } from "./engine.js";
import type { GenerateRequest } from "../write/generate.js";
import { UserError } from "../errors.js";
import type { Mode } from "../render/manifest.js";
import {
  FIELDS,
  KIT_FLAGS,
  flagValues,
  RUN_FLAG_HELP,
  allowedChoices,
  missingRequired,
  modeProblems,
  parseCommandLine,
  resolveAnswers,
  withDefaults,
  type Field,
  type KitOptions,
  type ParsedCommandLine,
  type RawAnswers,
  type ServiceOptions,
} from "../options/options.js";
import { TOOL_NAME, toolVersion } from "../package-info.js";
import type { CrateContext } from "../domain.js";
import { unifiedDiff, type ConflictResolver, type DecidedFile } from "../write/writer.js";

const DEFAULT_DIRECTORY = "rust-service";

// The existing-crate pipeline and the verify loop are loaded when a run reaches them, so that scaffolding a new
// service starts without them (and without the TOML and YAML libraries they bring).
const loadKit = () => import("../kit/kit.js");
const connectEngine = async () => (await import("../verify/docker-client.js")).connectEngine();
async function loadVerify() {
  const [{ serviceSubject }, { runVerify }] = await Promise.all([import("../verify/verify.js"), import("../verify/verify-run.js")]);
  return { serviceSubject, runVerify };
}

export interface CliIo {
  argv: string[];
  cwd: string;
  isTTY: boolean;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Rewrites one status line in place, on a terminal. */
  status?: (s: string) => void;
}

type Inquirer = (typeof import("inquirer"))["default"];
// inquirer is loaded only when someone is there to answer.
const loadInquirer = async (): Promise<Inquirer> => (await import("inquirer")).default;

export async function main(io: CliIo): Promise<number> {
  const cmd = parseCommandLine(io.argv);
  if (cmd.help) return io.out(helpText()), 0;
  if (cmd.version) return io.out(toolVersion()), 0;
  const interactive = io.isTTY && !cmd.settings.noInteractive && !cmd.settings.yes;
  const existing = cmd.existing || (cmd.directory !== undefined && existsSync(path.resolve(io.cwd, cmd.directory, "Cargo.toml")));
  try {
    // Checked before anything is written: without an engine there is nothing to verify with.
    const engine = cmd.settings.verify && !cmd.problems.length ? await connectEngine() : undefined;
    return await (existing ? runExisting : runNew)(io, cmd, interactive, engine);
  } catch (error) {
    if (error instanceof UserError) return fail(io, [error.message], false);
    if (error instanceof Error && error.name === "ExitPromptError") return io.err(pc.yellow("Cancelled: nothing was written.")), 130;
    throw error;
  }
}

async function runNew(io: CliIo, cmd: ParsedCommandLine, interactive: boolean, engine?: DockerEngine): Promise<number> {
  const flagged = resolveAnswers(cmd.raw);
  const problems = [...cmd.problems, ...modeProblems(false, cmd), ...flagged.problems];
  const unattended = !interactive && !cmd.settings.yes;
  if (unattended) {
    if (cmd.directory === undefined) problems.push("missing target directory (e.g. my-service, or . for here)");
    for (const f of missingRequired(flagged.options)) problems.push(`missing --${f.flag} ${flagValues(f)}`);
  }
  if (problems.length) return fail(io, problems, unattended);

  let directory = cmd.directory ?? DEFAULT_DIRECTORY;
  if (interactive && cmd.directory === undefined) {
    const inquirer = await loadInquirer();
    directory = (
      await inquirer.prompt<{ v: string }>([
        { type: "input", name: "v", message: "Project directory (the crate is named after it)", default: DEFAULT_DIRECTORY },
      ])
    ).v;
  }
  const targetDir = path.resolve(io.cwd, directory);
  const options = interactive
    ? await askFields(FIELDS.filter((f) => cmd.raw[f.key] === undefined), cmd.raw, targetDir)
    : withDefaults(flagged.options, targetDir);
  const files = await write(io, cmd, interactive, "new", options, undefined, targetDir);
  if (!files) return 0;
  const lock = cmd.settings.noLockfile ? "skipped" : await generateLockfile(targetDir, options.offlineBuild);
  nextSteps(io, [
    path.relative(io.cwd, targetDir) ? `cd ${shellWord(path.relative(io.cwd, targetDir))}` : undefined,
    `cargo run                         # http://localhost:${options.port}/health`,
    ...deliverySteps(options, options.name),
  ], lock);
  const verifyWith = engine ?? (await offerVerify(io, interactive));
  if (!verifyWith) return 0;
  const { serviceSubject, runVerify } = await loadVerify();
  return runVerify(io, verifyWith, verifyPreconditions(serviceSubject(options, targetDir), options.offlineBuild));
}

async function runExisting(io: CliIo, cmd: ParsedCommandLine, interactive: boolean, engine?: DockerEngine): Promise<number> {
  const unattended = !interactive && !cmd.settings.yes;
  const targetDir = path.resolve(io.cwd, cmd.directory ?? ".");
  const { planKit, kitSubject } = await loadKit();
  const planned = await planKit({
    targetDir,
    raw: cmd.raw,
    rawKit: cmd.rawKit,
    problems: [...cmd.problems, ...modeProblems(true, cmd)],
    unattended,
    prompts: interactive ? { choose: askChoice, fields: askFields, healthcheck: askHealthcheck } : undefined,
  });
  if ("problems" in planned) return fail(io, planned.problems, unattended);
  const { options, crate, contextDir, previous, choice, facts } = planned;
  for (const line of planned.info) io.out(pc.dim(line));
  for (const line of planned.warnings) io.err(pc.yellow(line));
  const files = await write(io, cmd, interactive, "existing", options, crate, contextDir, previous);
  if (crate.decided.length || crate.detected.length) {
    io.out(pc.bold("\nDetected:"));
    for (const line of crate.decided) io.out(`  ${line}`);
    for (const d of crate.detected) io.out(`  ${d.warn ? pc.yellow(`⚠ ${d.found}`) : d.found} → ${d.action}`);
  }
  if (!files) return 0;
  const lock = facts.hasLockfile ? "exists" : cmd.settings.noLockfile ? "skipped" : await generateLockfile(contextDir, options.offlineBuild);
  const rel = path.relative(io.cwd, contextDir);
  nextSteps(io, [
    rel ? `cd ${shellWord(rel)}` : undefined,
    ...deliverySteps(options, choice.bin.name),
  ], lock);
  if (crate.healthcheck.kind !== "subcommand")
    io.out(pc.dim(`\nREADME.Docker.md shows how to give ${choice.bin.name} its own healthcheck subcommand (then re-run with --healthcheck-cmd healthcheck).`));
  if (choice.package.framework && !planned.run.handlesSigterm)
    io.out(pc.dim(`Nothing in ${choice.bin.name} handles SIGTERM: use ${choice.package.framework}'s graceful shutdown so in-flight requests finish on docker stop.`));
  const verifyWith = engine ?? (await offerVerify(io, interactive));
  if (!verifyWith) return 0;
  // Corrections are answers like flags: re-planned without prompts (the first run's answers are saved) and re-written.
  const rewrite: Rewrite = async (corrected) => {
    const again = await planKit({
      targetDir,
      raw: cmd.raw,
      rawKit: cmd.rawKit,
      corrected,
      problems: [],
      unattended: false,
    });
    if ("problems" in again) throw new UserError(again.problems.join("; "));
    await write(io, cmd, false, "existing", again.options, again.crate, again.contextDir, again.previous);
    return kitSubject(again);
  };
  const { runVerify } = await loadVerify();
  return runVerify(io, verifyWith, verifyPreconditions(kitSubject(planned), options.offlineBuild), rewrite);
}

/** Without --verify, on a terminal: the offer to verify, when a Docker engine answers. */
async function offerVerify(io: CliIo, interactive: boolean): Promise<DockerEngine | undefined> {
  if (!interactive) return undefined;
  const engine = await connectEngine().catch(() => undefined);
  if (!engine) return undefined;
  const inquirer = await loadInquirer();
  io.out("");
  const { v } = await inquirer.prompt<{ v: boolean }>([
    { type: "confirm", name: "v", message: "A Docker engine is running: build the image now, run it and check it (--verify)?", default: false },
  ]);
  return v ? engine : undefined;
}

/** What the image build needs that writing did not make: the lock (it builds --locked), vendored crates offline. */
function verifyPreconditions(subject: VerifySubject, offlineBuild: boolean): VerifySubject {
  if (!existsSync(path.join(subject.contextDir, "Cargo.lock")))
    throw new UserError("--verify builds with --locked: run `cargo generate-lockfile` first (there is no Cargo.lock)");
  if (offlineBuild && !existsSync(path.join(subject.contextDir, "vendor")))
    throw new UserError(`--verify with --offline-build builds from vendor/: run \`${VENDOR_COMMAND}\` first`);
  return subject;
}

const askChoice: Chooser = async (message, choices) =>
  (await (await loadInquirer()).prompt<{ v: string }>([{ type: "select", name: "v", message, choices }])).v;

/** Renders and writes (or previews) through the engine; returns undefined for a dry run. */
async function write(
  io: CliIo,
  cmd: ParsedCommandLine,
  interactive: boolean,
  mode: Mode,
  options: ServiceOptions,
  crate: CrateContext | undefined,
  targetDir: string,
  previous?: GenerateRequest["previous"],
): Promise<DecidedFile[] | undefined> {
  const { files } = await deferInterrupts(() =>
    generate({
      mode,
      options,
      crate,
      settings: { targetDir, force: cmd.settings.force, dryRun: cmd.settings.dryRun, conflict: cmd.settings.conflict },
      resolveConflict: interactive ? askConflict : undefined,
      previous,
    }),
  );
  report(io, files, cmd.settings.dryRun);
  return cmd.settings.dryRun ? undefined : files;
}

function fail(io: CliIo, problems: string[], unattended: boolean): number {
  for (const p of problems) io.err(`${pc.red("error:")} ${p}`);
  if (unattended && problems.some((p) => p.startsWith("missing ")))
    io.err(pc.dim("No terminal to ask on: pass the missing flags, or --yes for defaults. See --help."));
  return 2;
}

/**
 * Prompts for the core fields, then offers the build options behind one "Customise build options?" (default no),
 * offering only values that combine with the answers so far; whatever is not asked takes its default.
 */
async function askFields(fields: readonly Field[], raw: RawAnswers, targetDir: string): Promise<ServiceOptions> {
  const inquirer = await loadInquirer();
  const answers: RawAnswers = { ...raw };
  const asked = (f: Field) => !f.askWhen || f.askWhen(resolveAnswers(answers).options);
  for (const f of fields.filter((f) => f.group === "core" && asked(f))) answers[f.key] = await askField(inquirer, f, answers, targetDir);
  const build = fields.filter((f) => f.group === "build");
  if (build.some(asked)) {
    const { v } = await inquirer.prompt<{ v: boolean }>([
      { type: "confirm", name: "v", message: `Customise build options (${build.filter(asked).map((f) => f.flag).join(", ")})?`, default: false },
    ]);
    if (v) for (const f of build) if (asked(f)) answers[f.key] = await askField(inquirer, f, answers, targetDir);
  }
  const { options, problems } = resolveAnswers(answers);
  if (problems.length) throw new UserError(problems.join("; "));
  return withDefaults(options, targetDir);
}

/** One prompt; choices are described while choosing, and only the value is echoed once chosen. */
async function askField(inquirer: Inquirer, f: Field, answers: RawAnswers, targetDir: string): Promise<string> {
  const known = resolveAnswers(answers).options;
  const def = f.defaultValue(known, targetDir);
  const validate = (value: string) => {
    const parsed = f.parse(value);
    return "error" in parsed ? parsed.error : true;
  };
  if (f.kind === "text")
    return (await inquirer.prompt<{ v: string }>([{ type: "input", name: "v", message: f.prompt, default: String(def), validate }])).v;
  if (f.kind === "switch")
    return String((await inquirer.prompt<{ v: boolean }>([{ type: "confirm", name: "v", message: f.prompt, default: def === true }])).v);
  const choices = (f.choices ?? [])
    .filter((c) => allowedChoices(f, known).includes(c.value))
    .map((c) => ({ name: c.value, value: c.value, description: c.summary }));
  if (f.kind === "select")
    return (await inquirer.prompt<{ v: string }>([{ type: "select", name: "v", message: f.prompt, choices, default: def }])).v;
  const selected = new Set(def as string[]);
  const picked = (
    await inquirer.prompt<{ v: string[] }>([
      {
        type: "checkbox",
        name: "v",
        message: f.prompt,
        choices: choices.map((c) => ({ ...c, checked: selected.has(c.value) })),
        // Inquirer hands the checkbox validator the selected choice objects, not their values.
        validate: (picked: readonly { value: string }[]) => validate(picked.map((c) => c.value).join(",")),
      },
    ])
  ).v;
  return picked.join(",");
}

async function askHealthcheck(bin: string, kit: KitOptions, run: RunFacts): Promise<KitOptions> {
  const [inquirer, { healthDefault }] = await Promise.all([loadInquirer(), import("../kit/decision.js")]);
  const { route, style } = healthDefault(kit, run);
  const { v } = await inquirer.prompt<{ v: "probe" | "tcp" | "subcommand" | "none" }>([
    {
      type: "select",
      name: "v",
      message: `How should the image check that ${bin} is healthy?`,
      choices: [
        ...(route ? [{ name: `a tiny probe built into the image: GET ${route}`, value: "probe" as const }] : []),
        { name: "a tiny probe built into the image: connect to the port (TCP)", value: "tcp" },
        { name: `${bin} has a "healthcheck" subcommand`, value: "subcommand" },
        { name: "no healthcheck", value: "none" },
      ],
      default: style,
    },
  ]);
  return { ...kit, healthcheck: v, healthPath: v === "probe" ? route : undefined, healthcheckArgs: v === "subcommand" ? ["healthcheck"] : [] };
}

const askConflict: ConflictResolver = async (file) => {
  const inquirer = await loadInquirer();
  process.stdout.write(colorDiff(unifiedDiff(file)));
  const { v } = await inquirer.prompt<{ v: "skip" | "overwrite" | "backup" | "merge" }>([
    {
      type: "select",
      name: "v",
      message: `${file.path} exists and differs (diff above):`,
      choices: [
        { name: "keep mine (skip)", value: "skip" },
        { name: "overwrite", value: "overwrite" },
        { name: `overwrite, keeping mine as ${file.path}.orig`, value: "backup" },
        { name: "merge: keep my edits, take the new version's (conflict markers where both changed)", value: "merge" },
      ],
      default: "skip",
    },
  ]);
  return v;
};

/** Ctrl-C while files are moved into place waits for the (synchronous) commit or its rollback to finish. */
async function deferInterrupts<T>(work: () => Promise<T>): Promise<T> {
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  try {
    return await work();
  } finally {
    process.off("SIGINT", onSignal);
    if (interrupted) process.kill(process.pid, "SIGINT");
  }
}

const MARKS: Record<DecidedFile["decision"], (f: DecidedFile) => string> = {
  write: () => pc.green("create   "),
  update: () => pc.cyan("update   "),
  merge: (f) => (f.conflicts ? pc.red("merge !  ") : pc.cyan("merge    ")),
  overwrite: () => pc.yellow("overwrite"),
  backup: () => pc.yellow("backup   "),
  skip: (f) => (f.status === "unchanged" ? pc.dim("unchanged") : pc.dim("keep     ")),
  undecided: () => pc.red("differs  "),
};

function report(io: CliIo, files: DecidedFile[], dryRun: boolean): void {
  const note = (f: DecidedFile) =>
    f.decision === "backup"
      ? pc.dim("  (yours kept as .orig)")
      : f.decision === "merge" && f.conflicts
        ? pc.red(`  (${f.conflicts} conflict${f.conflicts === 1 ? "" : "s"} marked)`)
        : "";
  // One write for the whole list rather than one per file.
  const lines = [pc.bold(dryRun ? "Plan (dry run, nothing written):" : "Files:")];
  for (const f of files) {
    lines.push(`  ${MARKS[f.decision](f)}  ${f.path}${note(f)}`);
    // A file kept as it is changes nothing, so what would have been merged into it does not apply.
    if (f.decision !== "skip" || f.status === "unchanged") for (const n of f.notes ?? []) lines.push(pc.dim(`             ${n}`));
  }
  io.out(lines.join("\n"));
  const marked = files.filter((f) => f.conflicts);
  if (marked.length)
    io.err(
      pc.yellow(
        `${dryRun ? "Merging would leave" : "Merged with"} conflict markers in ${marked.map((f) => f.path).join(", ")}: ` +
          "edit the <<<<<<< … >>>>>>> regions (yours first, then the new version) before building.",
      ),
    );
  if (!dryRun) return;
  for (const f of files.filter((f) => f.status === "conflict" || f.status === "update")) io.out(colorDiff(unifiedDiff(f)));
  if (files.some((f) => f.decision === "undecided"))
    io.out(pc.yellow("Files marked differs were edited since they were generated: a real run needs --conflict skip|overwrite|backup|merge (or asks on a terminal)."));
}

function colorDiff(diff: string): string {
  return diff
    .split("\n")
    .map((l) => (l.startsWith("+") && !l.startsWith("+++") ? pc.green(l) : l.startsWith("-") && !l.startsWith("---") ? pc.red(l) : l))
    .join("\n");
}

type LockOutcome = "generated" | "exists" | "skipped" | "no-cargo" | "offline";

/** With --offline-build, .cargo/config.toml replaces crates.io with vendor/, which `cargo vendor` can fill only
 * once Cargo.lock exists: the lock is resolved against the crates.io index itself (the lock records crates.io either way). */
const RESOLVE_FROM_CRATES_IO = [
  "--config",
  'source.crates-io.replace-with="crates-io-index"',
  "--config",
  'registries.crates-io-index.index="sparse+https://index.crates.io/"',
];

/** Cargo.lock lets the Dockerfile build with --locked; generate it when cargo can reach a registry, never hang. */
async function generateLockfile(dir: string, offlineBuild: boolean): Promise<LockOutcome> {
  if (existsSync(path.join(dir, "Cargo.lock"))) return "exists";
  // Loaded only to run cargo: a run without the lock step starts no process.
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync("cargo", ["generate-lockfile", "--quiet", ...(offlineBuild ? RESOLVE_FROM_CRATES_IO : [])], {
    cwd: dir,
    stdio: "ignore",
    timeout: 60_000,
    env: { ...process.env, CARGO_NET_RETRY: "0", CARGO_HTTP_TIMEOUT: "15" },
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") return "no-cargo";
  return result.status === 0 ? "generated" : "offline";
}

const LOCK_NOTES: Record<LockOutcome, string> = {
  generated: "Cargo.lock generated.",
  exists: "Cargo.lock kept.",
  skipped: "No Cargo.lock (--no-lockfile): run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
  "no-cargo": "cargo was not found, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
  offline: "cargo could not reach the registry, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
};

/** Image build and deploy commands for the chosen build mode and targets. */
function deliverySteps(o: ServiceOptions, image: string): string[] {
  const secret = o.privateRegistry && !o.offlineBuild ? `--secret id=${REGISTRY_SECRET.id},env=${REGISTRY_SECRET.env} ` : "";
  return [
    ...(o.offlineBuild ? [`${VENDOR_COMMAND}    # vendor/ for the offline build`] : []),
    `docker build ${secret}-t ${image} .`,
    ...o.deploy.map((t) => DEPLOY_TARGETS[t].command),
  ];
}

function nextSteps(io: CliIo, steps: (string | undefined)[], lock: LockOutcome): void {
  const note = (lock === "generated" || lock === "exists" ? pc.green : pc.yellow)(LOCK_NOTES[lock]);
  io.out(["", note, pc.bold("\nNext steps:"), ...steps.flatMap((s) => (s ? [`  ${s}`] : []))].join("\n"));
}

const shellWord = (s: string) => (/^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

export function helpText(): string {
  const rows: [string, string][] = [
    ...FIELDS.map((f): [string, string] => [f.kind === "switch" ? `--[no-]${f.flag}` : `--${f.flag} <${f.placeholder}>`, `${f.description}${f.choices ? `: ${flagValues(f)}` : ""}${defaultNote(f)}`]),
  ];
  const kitRows = KIT_FLAGS.map((f): [string, string] => [`--${f.flag}${"placeholder" in f ? ` ${f.placeholder}` : ""}`, f.help]);
  const runRows = RUN_FLAG_HELP.map((r): [string, string] => [r.flag, r.description]);
  const width = Math.max(...[...rows, ...kitRows, ...runRows].map(([flag]) => flag.length)) + 2;
  const section = (title: string, r: [string, string][]) => [title, ...r.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`), ""];
  return [
    `${TOOL_NAME} ${toolVersion()} — a Rust web service that ships as a small non-root container`,
    "",
    "Usage: npm create rust-container [directory] -- [flags]",
    `       npx ${TOOL_NAME} [directory] [flags]`,
    "",
    "A directory with a Cargo.toml gets the container kit only (Dockerfile, .dockerignore, compose.yaml,",
    "README.Docker.md); otherwise a new service is scaffolded. Prompts appear only on a terminal, for what flags left open.",
    "",
    ...section("Service (each flag answers a prompt):", rows),
    ...section("Existing crate:", kitRows),
    ...section("Run:", runRows),
    "Example: npm create rust-container my-svc -- --framework axum --tls rustls --runtime distroless-cc --yes",
  ].join("\n");
}

function defaultNote(f: Field): string {
  if (f.defaultHelp) return ` (default: ${f.defaultHelp})`;
  const def = f.defaultValue({}, ".");
  return ` (default: ${Array.isArray(def) ? def.join(",") : def})`;
}
