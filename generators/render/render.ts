// Rendering alone: turns a template and the template data into file contents, in memory.
import { readFileSync } from "node:fs";
import path from "node:path";
import ejs from "ejs";
import { TEMPLATES_DIR } from "../package-info.js";
import { withLf } from "../host-files.js";
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
  const filename = path.join(TEMPLATES_DIR, template);
  // `filename` lets templates include runtime partials; escaping is off because nothing here is HTML.
  return withLf(
    ejs.render(readFileSync(filename, "utf8"), data as unknown as ejs.Data, {
      filename,
      escape: (s: unknown) => String(s),
    }),
  );
}
