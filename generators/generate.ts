// Generation alone: runs the plop generator whose actions render the manifest and hand the plan to the writer.
import { UserError } from "./errors.js";
import type { NodePlopAPI } from "node-plop";
import { plannedFiles, type Mode, type PlannedFile } from "./manifest.js";
import type { RunSettings, ServiceOptions } from "./options.js";
import { renderTemplate, type RenderedFile } from "./render.js";
import { buildTemplateData, type CrateContext, type TemplateData } from "./template-data.js";
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
    return capture(run, () => {
      run.rendered.push({ path: file.output, content: renderTemplate(file.template, run.data), owned: file.owned });
      return file.output;
    });
  });
  plop.setActionType(WRITE_ACTION, async (_answers, config) => {
    const { run } = config as unknown as { run: RunState };
    return capture(run, () => writePlan(run));
  });
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
  const files = await decide(classify(settings.targetDir, run.rendered), policy, {
    resolver: useResolver ? resolveConflict : undefined,
    preview: settings.dryRun,
  });
  if (!settings.dryRun) commit(settings.targetDir, files, commitHooks);
  run.result = { files };
  return `${files.filter((f) => f.decision !== "skip").length} files ${settings.dryRun ? "planned" : "written"}`;
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
