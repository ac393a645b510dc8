// The writer alone touches the user's disk: it compares the plan with what exists, then applies it all-or-nothing.
import fs from "node:fs";
import path from "node:path";
import { createTwoFilesPatch } from "diff";
import type { ConflictPolicy } from "../options/options.js";
import type { RenderedFile } from "../render/render.js";
import { UserError } from "../errors.js";
import { endsLinesWithCrlf, withCrlf, withLf } from "../host-files.js";
import { contentHash } from "../options/answers-file.js";

/** update: it differs, but is exactly what an earlier run wrote (the user never touched it). */
export type FileStatus = "create" | "unchanged" | "update" | "conflict";

export interface ClassifiedFile extends RenderedFile {
  status: FileStatus;
  /** The file on disk, CRLF read as LF: line endings alone never make a file differ. */
  existing?: string;
  /** The file on disk ends every line with CRLF: what replaces it does too (the tool otherwise writes LF). */
  crlf?: boolean;
}

/** "undecided": a dry run found a conflict that the chosen policy (abort) would stop at. */
export type Decision = "write" | "skip" | "update" | "overwrite" | "backup" | "merge" | "undecided";

export interface DecidedFile extends ClassifiedFile {
  decision: Decision;
  /** A merge: `content` is the merged text, `generated` what this run rendered, `conflicts` the regions left marked. */
  generated?: string;
  conflicts?: number;
}

/** Checks the target directory can hold the plan; throws a UserError naming the first blocker. */
export function checkTarget(targetDir: string, files: RenderedFile[]): void {
  const stat = statOrUndefined(targetDir);
  if (stat && !stat.isDirectory()) throw new UserError(`${targetDir} is not a directory`);
  // The target, or the nearest directory above it that exists (where it will be created), must be writable.
  let existing = targetDir;
  while (!statOrUndefined(existing)) existing = path.dirname(existing);
  if (!statOrUndefined(existing)!.isDirectory()) throw new UserError(`${existing} is not a directory`);
  try {
    fs.accessSync(existing, fs.constants.W_OK);
  } catch {
    throw new UserError(`${existing} is not writable`);
  }
  for (const f of files) {
    // A planned file whose parent path exists as a file (or the file itself as a directory) cannot be written.
    const parts = f.path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const p = path.join(targetDir, ...parts.slice(0, i));
      const s = statOrUndefined(p);
      if (!s) break;
      if (i < parts.length && !s.isDirectory()) throw new UserError(`${p} is a file, but ${f.path} needs it to be a directory`);
      if (i === parts.length && !s.isFile()) throw new UserError(`${p} exists and is not a regular file`);
    }
  }
}

/** Compares each planned file with the disk; `recorded` holds the hashes of what earlier runs wrote, by path. */
export function classify(targetDir: string, files: RenderedFile[], recorded: Record<string, string> = {}): ClassifiedFile[] {
  return files.map((f) => {
    const full = path.join(targetDir, f.path);
    if (!fs.existsSync(full)) return { ...f, status: "create" };
    const onDisk = fs.readFileSync(full, "utf8");
    const existing = withLf(onDisk);
    const status = existing === f.content ? "unchanged" : recorded[f.path] === contentHash(existing) ? "update" : "conflict";
    return { ...f, status, existing, ...(endsLinesWithCrlf(onDisk) ? { crlf: true } : {}) };
  });
}

/** Entries of a directory that count as content (a fresh `git init` does not). */
export function meaningfulEntries(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((e) => e !== ".git");
}

export function unifiedDiff(f: ClassifiedFile): string {
  // Drop the "===" banner and the empty header tabs so the output reads like `git diff`.
  return createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.existing ?? "", f.content, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, "")
    .replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
}

export type ConflictResolver = (file: ClassifiedFile) => Promise<Exclude<ConflictPolicy, "abort">>;

/**
 * Decides every file's fate: files nobody edited since an earlier run wrote them are updated; conflicts follow the
 * policy, or the resolver when one is given (a TTY asks). The tool's own files are updated; a preview reports
 * conflicts instead of stopping at them. A merge takes its base (what the tool generated last time) from `base`.
 */
export async function decide(
  files: ClassifiedFile[],
  policy: ConflictPolicy,
  { resolver, preview = false, base = () => undefined }: { resolver?: ConflictResolver; preview?: boolean; base?: (path: string) => string | undefined } = {},
): Promise<DecidedFile[]> {
  const conflicts = files.filter((f) => f.status === "conflict" && !f.owned);
  if (conflicts.length && policy === "abort" && !resolver && !preview)
    throw new UserError(
      `${conflicts.map((f) => f.path).join(", ")} already ${conflicts.length === 1 ? "exists and differs" : "exist and differ"}: ` +
        `choose --conflict skip|overwrite|backup|merge (or --dry-run to see the diffs)`,
    );
  const decided: DecidedFile[] = [];
  for (const f of files) {
    if (f.status === "create") decided.push({ ...f, decision: "write" });
    else if (f.status === "unchanged") decided.push({ ...f, decision: "skip" });
    else if (f.status === "update") decided.push({ ...f, decision: "update" });
    else if (f.owned) decided.push({ ...f, decision: "overwrite" });
    else {
      const decision = resolver ? await resolver(f) : policy === "abort" ? "undecided" : policy;
      // Without a record of what was generated last time, the merge base is empty: every difference is marked.
      if (decision === "merge" && f.keepingEdits !== undefined) {
        // Merged already, key by key; what the kit generated is recorded, so kept edits still count as the user's.
        decided.push({ ...f, decision, ...f.keepingEdits, generated: f.content, conflicts: 0 });
      } else if (decision === "merge") {
        // Loaded only to merge: it runs git through child_process.
        const { mergeThreeWay } = await import("./merge.js");
        const merged = mergeThreeWay(f.path, f.existing!, base(f.path) ?? "", f.content);
        decided.push({ ...f, decision, content: merged.content, generated: f.content, conflicts: merged.conflicts });
      } else decided.push({ ...f, decision });
    }
  }
  return decided;
}

type Undo = () => void;

export interface CommitHooks {
  /** Called after each file is staged; lets tests inject a failure part-way. */
  afterStage?: (stagedCount: number) => void;
}

/**
 * Applies the decisions all-or-nothing: every new content is first staged inside the target (same filesystem),
 * then renamed into place; any error undoes what was done, leaving the directory exactly as it was.
 * The work is synchronous so a SIGINT handler cannot run half-way (the CLI defers Ctrl-C until it returns).
 */
export function commit(targetDir: string, files: DecidedFile[], hooks: CommitHooks = {}): void {
  const undo: Undo[] = [];
  if (files.some((f) => f.decision === "undecided")) throw new Error("commit needs every conflict decided");
  const toWrite = files.filter((f) => f.decision !== "skip");
  if (toWrite.length === 0) return;
  let staging: string | undefined;
  try {
    ensureDir(targetDir, undo);
    const stageDir = fs.mkdtempSync(path.join(targetDir, ".rust-container-staging-"));
    staging = stageDir;
    // Undone after every rename back out of it, and before the target directory itself is removed.
    undo.push(() => removeStaging(stageDir));
    // Flat, each file under its index: nothing to create per file, and it empties without a recursive walk.
    const staged = (i: number) => path.join(stageDir, `${i}.new`);
    toWrite.forEach((f, i) => {
      fs.writeFileSync(staged(i), f.crlf ? withCrlf(f.content) : f.content);
      hooks.afterStage?.(i + 1);
    });
    toWrite.forEach((f, i) => {
      const final = path.join(targetDir, f.path);
      ensureDir(path.dirname(final), undo);
      if (f.decision === "backup") {
        const backup = freeBackupName(final);
        fs.renameSync(final, backup);
        undo.push(() => fs.renameSync(backup, final));
      } else if (f.decision === "overwrite" || f.decision === "update" || f.decision === "merge") {
        const previous = path.join(stageDir, `${i}.previous`);
        fs.renameSync(final, previous);
        undo.push(() => fs.renameSync(previous, final));
      }
      fs.renameSync(staged(i), final);
      undo.push(() => fs.rmSync(final));
    });
  } catch (error) {
    for (const step of undo.reverse()) step();
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`writing failed (${code}: ${(error as Error).message}); nothing was changed`);
    throw error;
  }
  // Written: what is left in it are the files the new ones replaced.
  removeStaging(staging);
}

/** The staging directory holds files only, so it empties without recursion. */
function removeStaging(dir: string): void {
  for (const name of fs.readdirSync(dir)) fs.unlinkSync(path.join(dir, name));
  fs.rmdirSync(dir);
}

/** Creates a directory (and missing parents), remembering how to remove exactly what it created. */
function ensureDir(dir: string, undo: Undo[]): void {
  if (fs.existsSync(dir)) return;
  ensureDir(path.dirname(dir), undo);
  fs.mkdirSync(dir);
  undo.push(() => fs.rmdirSync(dir));
}

function freeBackupName(file: string): string {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${file}.orig` : `${file}.orig.${n}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    // A missing path is the common case (every file of a new service): answered without an exception, which costs
    // far more than the stat itself.
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
