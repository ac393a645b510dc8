// Generation alone: runs the plop generator whose actions render the manifest and hand the plan to the writer.
import fs from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { readText } from "../host-files.js";
import type { NodePlopAPI } from "node-plop";
import { plannedFiles, type Mode, type PlannedFile } from "../render/manifest.js";
import { ANSWERS_FILE, contentHash, withFileHashes } from "../options/answers-file.js";
import type { RunSettings, ServiceOptions } from "../options/options.js";
import { renderTemplate, type RenderedFile } from "../render/render.js";
import type { CrateContext } from "../domain.js";
import { buildTemplateData, type TemplateData } from "../render/template-data.js";
import {
  checkTarget,
  classify,
  commit,
  decide,
  meaningfulEntries,
  type CommitHooks,
  type ConflictResolver,
  type DecidedFile,
} from "./writer.js";

export interface GenerateRequest {
  mode: Mode;
  options: ServiceOptions;
  /** The crate being packaged; derived from the options for a new service. */
  crate?: CrateContext;
  settings: Pick<RunSettings, "targetDir" | "force" | "dryRun" | "conflict">;
  /** Asks about each conflicting file; given only when a terminal can answer. */
  resolveConflict?: ConflictResolver;
  /** What earlier runs wrote: hashes by path, and the answers they were rendered from (the base of a merge). */
  previous?: { files: Record<string, string>; options?: ServiceOptions; crate?: CrateContext };
  commitHooks?: CommitHooks;
}

export interface GenerateResult {
  files: DecidedFile[];
}

/** State shared by one run's actions: the render actions fill `rendered`, the write action reads it. */
export interface RunState {
  request: GenerateRequest;
  data: TemplateData;
  rendered: RenderedFile[];
  result?: GenerateResult;
  error?: unknown;
}

export const RENDER_ACTION = "rust-container:render";
export const WRITE_ACTION = "rust-container:write";

export function startRun(request: GenerateRequest): RunState {
  return { request, data: buildTemplateData(request.options, request.crate), rendered: [] };
}

/** The plop actions for one run: one render action per planned file, then one write action. */
export function runActions(run: RunState) {
  return [
    ...plannedFiles(run.request.mode, run.data).map((file) => ({ type: RENDER_ACTION, run, file, abortOnFail: true })),
    { type: WRITE_ACTION, run, abortOnFail: true },
  ];
}

export function registerActionTypes(plop: NodePlopAPI): void {
  plop.setActionType(RENDER_ACTION, (_answers, config) => {
    const { run, file } = config as unknown as { run: RunState; file: PlannedFile };
    return capture(run, async () => {
      await render(run, file);
      return file.output;
    });
  });
  plop.setActionType(WRITE_ACTION, async (_answers, config) => {
    const { run } = config as unknown as { run: RunState };
    return capture(run, () => writePlan(run));
  });
}

/** The render actions and the write action in one: for a run planned inside an action (plop's container generator). */
export async function renderAndWrite(run: RunState): Promise<string> {
  return capture(run, async () => {
    for (const file of plannedFiles(run.request.mode, run.data)) await render(run, file);
    return writePlan(run);
  });
}

async function render(run: RunState, file: PlannedFile): Promise<void> {
  if (file.once && readIfFile(path.join(run.request.settings.targetDir, file.output)) !== undefined) return;
  const content = renderTemplate(file.template, run.data);
  if (file.once) return void run.rendered.push({ path: file.output, content, once: true });
  const existing = file.compose ? readIfFile(path.join(run.request.settings.targetDir, file.output)) : undefined;
  const base = existing === undefined ? undefined : mergeBase(run.request)(file.output);
  // A compose file exactly as the kit alone generated it last time holds nothing of the user's to merge.
  if (existing === undefined || existing === base) return void run.rendered.push({ path: file.output, content, owned: file.owned });
  // The YAML library is loaded only here: a new service, or a kit without a compose file of the user's, needs none.
  const { mergeCompose } = await import("./compose-merge.js");
  const merged = mergeCompose(existing, content, run.data.binName, base);
  run.rendered.push(
    merged
      ? { path: file.output, ...merged }
      : { path: file.output, content, notes: ["not a compose file with a services map: handled as a whole file"] },
  );
}

function readIfFile(file: string): string | undefined {
  // Absent is the common case: answered without an exception, which costs far more than the check.
  if (!fs.existsSync(file)) return undefined;
  try {
    return readText(file);
  } catch {
    return undefined;
  }
}

async function writePlan(run: RunState): Promise<string> {
  const { mode, settings, resolveConflict, commitHooks } = run.request;
  checkTarget(settings.targetDir, run.rendered);
  const entries = meaningfulEntries(settings.targetDir);
  if (mode === "new" && entries.length > 0 && !settings.force && !settings.conflict)
    throw new UserError(
      `${settings.targetDir} is not empty (${entries.length} entr${entries.length === 1 ? "y" : "ies"}): ` +
        `pass --force to scaffold into it (only the planned files are touched) or choose another directory`,
    );
  const policy = settings.conflict ?? (settings.force ? "overwrite" : "abort");
  const useResolver = settings.conflict === undefined && !settings.force && !settings.dryRun;
  const previous = run.request.previous;
  const files = recordWrites(
    await decide(classify(settings.targetDir, run.rendered, previous?.files), policy, {
      resolver: useResolver ? resolveConflict : undefined,
      preview: settings.dryRun,
      base: mergeBase(run.request),
    }),
    previous?.files ?? {},
  );
  if (!settings.dryRun) commit(settings.targetDir, files, commitHooks);
  run.result = { files };
  return `${files.filter((f) => f.decision !== "skip").length} files ${settings.dryRun ? "planned" : "written"}`;
}

/** The merge base of a file: re-rendered from the answers the last run saved (undefined when there were none). */
function mergeBase(request: GenerateRequest): (file: string) => string | undefined {
  const { previous, mode } = request;
  if (!previous?.options) return () => undefined;
  const data = buildTemplateData(previous.options, previous.crate);
  const planned = plannedFiles(mode, data);
  return (file) => {
    const entry = planned.find((p) => p.output === file);
    return entry && renderTemplate(entry.template, data);
  };
}

/**
 * Records in the answers file a hash of every file as generated by this run, so the next run can tell the files
 * nobody edited (updated without asking) from the ones a user changed. A file the user kept keeps its old record.
 */
function recordWrites(files: DecidedFile[], previous: Record<string, string>): DecidedFile[] {
  const record = { ...previous };
  for (const f of files) {
    if (f.owned || f.once || (f.decision === "skip" && f.status !== "unchanged") || f.decision === "undecided") continue;
    record[f.path] = contentHash(f.generated ?? f.content);
  }
  return files.map((f) => {
    if (f.path !== ANSWERS_FILE) return f;
    const content = withFileHashes(f.content, record);
    const status = f.existing === undefined ? "create" : f.existing === content ? "unchanged" : "conflict";
    return { ...f, content, status, decision: status === "create" ? "write" : status === "unchanged" ? "skip" : "overwrite" };
  });
}

/** Plop flattens thrown errors into strings; keep the original so the CLI can tell user errors from bugs. */
async function capture<T>(run: RunState, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    run.error ??= error;
    throw error;
  }
}
