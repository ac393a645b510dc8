// What every GitHub Actions workflow checked here must satisfy, generated or the repository's own: action-validator's
// verdict, actions pinned by full SHA to a catalog release, permissions granted per job only; and a step's script run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { parse as parseYaml } from "yaml";
import { GITHUB_ACTIONS } from "../../generators/catalog/catalog.js";
import { tempDir, writeTree } from "../helpers.js";

export type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, string | boolean>; env?: Record<string, string>; if?: string };
export type Job = { if?: string; needs?: string; permissions?: Record<string, string>; env?: Record<string, string>; steps: Step[] };
export type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };

/** action-validator's verdict (schema errors, parse errors) as readable lines; [] when the workflow is valid. */
export function workflowErrors(text: string): string[] {
  const state = validateWorkflow(text);
  return state.errors.map((e) => `${e.code} ${"path" in e ? e.path : ""} ${e.title} ${e.detail ?? ""}`.trim());
}

/** An action's `uses:` value as YAML reads it (the version comment dropped). */
export const action = (key: keyof typeof GITHUB_ACTIONS) => GITHUB_ACTIONS[key].split(" # ")[0];

const PINNED_USES = /^\s*(?:- )?uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/;
const USES_LINE = /^\s*(?:- )?uses:/;
// A reusable workflow of the same repository runs at the caller's own commit: nothing to pin.
const LOCAL_USES = /^\s*(?:- )?uses: \.\//;

/**
 * Every action pinned by full commit SHA with its release beside it as a comment, and that pin a row of the catalog
 * (so Dependabot's updates reach one place). Counted against the parsed YAML too: no `uses` hides in a flow mapping.
 */
export function pinningProblems(text: string): string[] {
  const problems: string[] = [];
  const known = Object.values(GITHUB_ACTIONS) as string[];
  const lines = text.split("\n").filter((l) => USES_LINE.test(l));
  for (const line of lines.filter((l) => !LOCAL_USES.test(l))) {
    const pin = PINNED_USES.exec(line);
    if (!pin) problems.push(`not pinned by SHA with its version: ${line.trim()}`);
    else if (!known.includes(`${pin[1]}@${pin[2]} # ${pin[3]}`)) problems.push(`not a catalog pin: ${line.trim()}`);
  }
  const jobs = Object.values((parseYaml(text) as { jobs: Record<string, { uses?: string; steps?: Step[] }> }).jobs);
  const uses = jobs.flatMap((j) => [j.uses, ...(j.steps ?? []).map((s) => s.uses)]).filter((u) => u !== undefined);
  if (uses.length !== lines.length) problems.push(`${uses.length} uses: in the workflow, ${lines.length} on lines of their own`);
  return problems;
}

/** Least privilege: nothing granted at the top, so a job without its own permissions block gets nothing by mistake. */
export function permissionProblems(text: string): string[] {
  const wf = parseYaml(text) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown }> };
  const problems: string[] = [];
  if (JSON.stringify(wf.permissions) !== "{}") problems.push(`top-level permissions ${JSON.stringify(wf.permissions)}, expected {}`);
  for (const [name, job] of Object.entries(wf.jobs))
    if (job.permissions === undefined) problems.push(`job ${name} declares no permissions of its own`);
  return problems;
}

/**
 * The bash a runner's `shell: bash` steps run in: on Windows, Git for Windows' own (a bare `bash` there may be WSL's),
 * found from git's exec path, <Git>/<mingw64 or the like>/libexec/git-core.
 */
function runnerBash(): string {
  if (process.platform !== "win32") return "bash";
  const gitCore = spawnSync("git", ["--exec-path"], { encoding: "utf8" }).stdout?.trim() ?? "";
  const bash = path.resolve(gitCore, "../../../bin/bash.exe");
  if (!gitCore || !fs.existsSync(bash)) throw new Error(`no Git for Windows bash at ${bash} (git --exec-path: "${gitCore}")`);
  return bash;
}

/** Runs a workflow `run:` script with bash in a checkout of these files, as the runner would: its exit status, what it
 * printed, and what it wrote to $GITHUB_OUTPUT. */
export function runStep(
  script: string,
  files: Record<string, string>,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; outputs: Record<string, string> } {
  const dir = writeTree(files, tempDir("crc-step-"));
  const output = path.join(dir, "github-output");
  fs.writeFileSync(output, "");
  const r = spawnSync(runnerBash(), ["-eo", "pipefail", "-c", script], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env, GITHUB_OUTPUT: output } });
  const lines = fs.readFileSync(output, "utf8").split("\n").filter(Boolean);
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, stdout: r.stdout, outputs: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])) };
}
