// Three-way merges of a file the user edited with the file as now generated, through `git merge-file`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";

export interface MergeResult {
  content: string;
  /** Regions both sides changed, left between standard conflict markers. */
  conflicts: number;
}

/** Merges `base → theirs` into `ours`; where both changed the same lines, `<<<<<<< yours` … `>>>>>>> generated` markers remain. */
export function mergeThreeWay(file: string, ours: string, base: string, theirs: string): MergeResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rust-container-merge-"));
  try {
    const [o, b, t] = (["ours", "base", "theirs"] as const).map((name, i) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, [ours, base, theirs][i]);
      return p;
    });
    const r = spawnSync("git", ["merge-file", "-p", "-L", `${file} (yours)`, "-L", `${file} (generated last time)`, "-L", `${file} (generated now)`, o, b, t], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") throw new UserError("--conflict merge needs git on PATH (it merges with `git merge-file`)");
    // Exit status: the number of conflicts (capped at 127); negative (here > 127) on error.
    if (r.status === null || r.status > 127) throw new UserError(`merging ${file} failed: ${r.stderr.trim() || `git merge-file exited ${r.status}`}`);
    return { content: r.stdout, conflicts: r.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
