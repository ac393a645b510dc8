// The command line alone: flags and prompts in, one validated request out to the engine, a report back to the user.
import { existsSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pc from "picocolors";
import { generate } from "./engine.js";
import {
  FIELDS,
  RUN_FLAG_HELP,
  allowedChoices,
  missingRequired,
  parseCommandLine,
  resolveAnswers,
  withDefaults,
  type Field,
  type RawAnswers,
  type ServiceOptions,
} from "./options.js";
import { TOOL_NAME, toolVersion } from "./package-info.js";
import { UserError, unifiedDiff, type ConflictResolver, type DecidedFile } from "./writer.js";

const DEFAULT_DIRECTORY = "rust-service";

export interface CliIo {
  argv: string[];
  cwd: string;
  isTTY: boolean;
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function main(io: CliIo): Promise<number> {
  const cmd = parseCommandLine(io.argv);
  if (cmd.help) return io.out(helpText()), 0;
  if (cmd.version) return io.out(toolVersion()), 0;

  const interactive = io.isTTY && !cmd.settings.noInteractive && !cmd.settings.yes;
  const flagged = resolveAnswers(cmd.raw);
  const problems = [...cmd.problems, ...flagged.problems];
  if (!interactive && !cmd.settings.yes) {
    if (cmd.directory === undefined) problems.push("missing target directory (e.g. my-service, or . for here)");
    for (const f of missingRequired(flagged.options)) problems.push(`missing --${f.flag} <${f.valueHint}>`);
  }
  if (problems.length) return fail(io, problems, !interactive && !cmd.settings.yes);

  let options: ServiceOptions;
  let directory = cmd.directory ?? DEFAULT_DIRECTORY;
  if (interactive) {
    try {
      const answered = await ask(cmd.directory, cmd.raw, io.cwd);
      directory = answered.directory;
      options = answered.options;
    } catch (error) {
      if (error instanceof Error && error.name === "ExitPromptError") return io.err(pc.yellow("Cancelled: nothing was written.")), 130;
      throw error;
    }
  } else {
    options = withDefaults(flagged.options, path.resolve(io.cwd, directory));
  }
  const targetDir = path.resolve(io.cwd, directory);

  try {
    const { files } = await deferInterrupts(() =>
      generate({
        mode: "new",
        options,
        settings: { targetDir, force: cmd.settings.force, dryRun: cmd.settings.dryRun, conflict: cmd.settings.conflict },
        resolveConflict: interactive ? askConflict : undefined,
      }),
    );
    report(io, files, cmd.settings.dryRun);
    if (cmd.settings.dryRun) return 0;
    const lock = generateLockfile(targetDir);
    nextSteps(io, path.relative(io.cwd, targetDir) || ".", options, lock);
    return 0;
  } catch (error) {
    if (error instanceof UserError) return fail(io, [error.message], false);
    throw error;
  }
}

function fail(io: CliIo, problems: string[], hint: boolean): number {
  for (const p of problems) io.err(`${pc.red("error:")} ${p}`);
  if (hint) io.err(pc.dim(`No terminal to ask on: pass the missing flags, or --yes for defaults. See --help.`));
  return 2;
}

async function ask(directory: string | undefined, raw: RawAnswers, cwd: string) {
  // inquirer is loaded only when someone is there to answer.
  const { default: inquirer } = await import("inquirer");
  const answers: Record<string, string> = { ...raw } as Record<string, string>;
  const dir =
    directory ??
    (await inquirer.prompt<{ directory: string }>([
      { type: "input", name: "directory", message: "Target directory", default: DEFAULT_DIRECTORY },
    ])).directory;
  const targetDir = path.resolve(cwd, dir);
  for (const f of FIELDS as readonly Field[]) {
    if (answers[f.key] !== undefined) continue;
    const known = resolveAnswers(answers).options;
    const def = f.defaultValue(known, targetDir);
    const validate = (value: string) => {
      const parsed = f.parse(value);
      return "error" in parsed ? parsed.error : true;
    };
    if (f.kind === "text") {
      answers[f.key] = (
        await inquirer.prompt<{ v: string }>([{ type: "input", name: "v", message: f.prompt, default: String(def), validate }])
      ).v;
    } else if (f.kind === "select") {
      const choices = (f.choices ?? [])
        .filter((c) => allowedChoices(f, known).includes(c.value))
        .map((c) => ({ name: c.value, value: c.value, description: c.summary }));
      answers[f.key] = (
        await inquirer.prompt<{ v: string }>([{ type: "select", name: "v", message: f.prompt, choices, default: def }])
      ).v;
    } else {
      const selected = new Set(def as string[]);
      const choices = (f.choices ?? []).map((c) => ({ name: c.value, value: c.value, checked: selected.has(c.value) }));
      const picked = (
        await inquirer.prompt<{ v: string[] }>([
          { type: "checkbox", name: "v", message: f.prompt, choices, validate: (v: readonly unknown[]) => validate(v.map(String).join(",")) },
        ])
      ).v;
      answers[f.key] = picked.join(",");
    }
  }
  const { options, problems } = resolveAnswers(answers);
  if (problems.length) throw new UserError(problems.join("; "));
  return { directory: dir, options: withDefaults(options, targetDir) };
}

const askConflict: ConflictResolver = async (file) => {
  const { default: inquirer } = await import("inquirer");
  process.stdout.write(colorDiff(unifiedDiff(file)));
  const { v } = await inquirer.prompt<{ v: "skip" | "overwrite" | "backup" }>([
    {
      type: "select",
      name: "v",
      message: `${file.path} exists and differs. Keep it, overwrite it, or overwrite with a backup (${file.path}.orig)?`,
      choices: [
        { name: "keep mine (skip)", value: "skip" },
        { name: "overwrite", value: "overwrite" },
        { name: "overwrite, keeping a .orig backup", value: "backup" },
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
  overwrite: () => pc.yellow("overwrite"),
  backup: () => pc.yellow("backup   "),
  skip: (f) => (f.status === "unchanged" ? pc.dim("unchanged") : pc.dim("keep     ")),
};

function report(io: CliIo, files: DecidedFile[], dryRun: boolean): void {
  io.out(pc.bold(dryRun ? "Plan (dry run, nothing written):" : "Wrote:"));
  for (const f of files) io.out(`  ${MARKS[f.decision](f)}  ${f.path}`);
  if (!dryRun) return;
  for (const f of files.filter((f) => f.status === "conflict")) io.out(colorDiff(unifiedDiff(f)));
}

function colorDiff(diff: string): string {
  return diff
    .split("\n")
    .map((l) => (l.startsWith("+") && !l.startsWith("+++") ? pc.green(l) : l.startsWith("-") && !l.startsWith("---") ? pc.red(l) : l))
    .join("\n");
}

type LockOutcome = "generated" | "exists" | "no-cargo" | "offline";

/** Cargo.lock lets the Dockerfile build with --locked; generate it when cargo can reach a registry, never hang. */
function generateLockfile(targetDir: string): LockOutcome {
  if (existsSync(path.join(targetDir, "Cargo.lock"))) return "exists";
  const result = spawnSync("cargo", ["generate-lockfile", "--quiet"], {
    cwd: targetDir,
    stdio: "ignore",
    timeout: 60_000,
    env: { ...process.env, CARGO_NET_RETRY: "0", CARGO_HTTP_TIMEOUT: "15" },
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") return "no-cargo";
  return result.status === 0 ? "generated" : "offline";
}


function nextSteps(io: CliIo, dir: string, o: ServiceOptions, lock: LockOutcome): void {
  const lockNote: Record<LockOutcome, string> = {
    generated: "Cargo.lock generated.",
    exists: "Cargo.lock kept.",
    "no-cargo": "cargo was not found, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
    offline: "cargo could not reach the registry, so there is no Cargo.lock yet: run `cargo generate-lockfile` before `docker build` (it builds with --locked).",
  };
  io.out("");
  io.out((lock === "generated" || lock === "exists" ? pc.green : pc.yellow)(lockNote[lock]));
  io.out(pc.bold("\nNext steps:"));
  const steps = [
    dir === "." ? undefined : `cd ${dir.includes(" ") ? JSON.stringify(dir) : dir}`,
    `cargo run                         # http://localhost:${o.port}/health`,
    `docker build -t ${o.name} .`,
    `docker compose up --build`,
  ].filter(Boolean);
  for (const s of steps) io.out(`  ${s}`);
}

export function helpText(): string {
  const rows: [string, string][] = [
    ...FIELDS.map((f): [string, string] => [`--${f.flag} <${f.valueHint}>`, `${f.description}${defaultNote(f)}`]),
    ...RUN_FLAG_HELP.map((r): [string, string] => [r.flag, r.description]),
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `${TOOL_NAME} ${toolVersion()} — scaffold a Rust web service that ships as a small non-root container`,
    "",
    `Usage: npm create rust-container [directory] -- [flags]`,
    `       npx ${TOOL_NAME} [directory] [flags]`,
    "",
    "Flags (each one answers a prompt; prompts appear only on a terminal, for what flags left open):",
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    "",
    "Example: npm create rust-container my-svc -- --framework axum --tls rustls --runtime distroless-cc --yes",
  ].join("\n");
}

function defaultNote(f: Field): string {
  if (f.key === "name") return " (default: the directory name)";
  const def = f.defaultValue({}, ".");
  return ` (default: ${Array.isArray(def) ? def.join(",") : def})`;
}
