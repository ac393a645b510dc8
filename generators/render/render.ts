// Rendering alone: turns a template and the template data into file contents, in memory.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TEMPLATES_DIR } from "../package-info.js";
import { PRECOMPILED_TEMPLATES_FILE } from "./precompiled-templates.js";

// The bundled CLI carries every template compiled; only a run from sources loads ejs's compiler.
const compileTemplate = PRECOMPILED_TEMPLATES_FILE ? undefined : (await import("./compile-templates.js")).compileTemplate;
/** The bundle's compiled bodies, read when the first template renders (a run that renders none never parses them). */
let precompiled: Record<string, string> | undefined;
function templateBody(template: string): string {
  if (!compileTemplate) {
    precompiled ??= JSON.parse(readFileSync(new URL(`./${PRECOMPILED_TEMPLATES_FILE}`, import.meta.url), "utf8")) as Record<string, string>;
    const body = precompiled[template];
    if (body === undefined) throw new Error(`no compiled template ${template} in ${PRECOMPILED_TEMPLATES_FILE}`);
    return body;
  }
  return compileTemplate(readFileSync(path.join(TEMPLATES_DIR, template), "utf8"), template);
}
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

type Locals = Record<string, unknown>;
type TemplateFunction = (locals: Locals, escapeFn: (value: unknown) => string, include: (file: string, data?: Locals) => string) => string;

const functions = new Map<string, TemplateFunction>();
function templateFunction(template: string): TemplateFunction {
  let fn = functions.get(template);
  if (!fn) {
    // Sloppy mode, as ejs's own compiler makes it: templates read their data through `with`.
    fn = new Function("locals", "escapeFn", "include", "rethrow", templateBody(template)) as TemplateFunction;
    functions.set(template, fn);
  }
  return fn;
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
