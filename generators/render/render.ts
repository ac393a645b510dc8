// Rendering alone: turns a template and the template data into file contents, in memory.
import path from "node:path";
import { withLf } from "../host-files.js";
import { templateFunction, type Locals } from "./template-functions.js";
import type { TemplateData } from "./template-data.js";

export interface RenderedFile {
  /** Relative path inside the target directory, always with "/" separators. */
  path: string;
  content: string;
  /** The tool's own file: a difference is an update, not a conflict. */
  owned?: boolean;
  /**
   * The file already merges the user's existing one (`content`, the kit's keys as generated now); `keepingEdits`
   * also keeps the user's values for the kit's keys, and is what `--conflict merge` writes.
   */
  keepingEdits?: { content: string; notes: string[] };
  /** Made once, when absent (a secret): never recorded, so later runs leave it alone. */
  once?: boolean;
  /** What the user should know about this file. */
  notes?: string[];
}

/** The file as generated: LF line endings on every host, whatever the templates' checkout or the data holds. */
export function renderTemplate(template: string, data: TemplateData): string {
  return withLf(render(template, data as unknown as Locals));
}

/** A template's output; includes resolve as ejs resolves them (relative to the template, `.ejs` when unnamed). */
function render(template: string, data: Locals): string {
  const include = (file: string, extra?: Locals) => {
    const target = path.posix.join(path.posix.dirname(template), path.posix.extname(file) ? file : `${file}.ejs`);
    return render(target, { ...data, ...extra });
  };
  // Escaping is off because nothing here is HTML.
  return templateFunction(template)(data, String, include);
}
