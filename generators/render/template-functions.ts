// Where each template's function comes from: run from sources, ejs compiles a template on first use; the bundle
// replaces this module with every template compiled at build time (scripts/build.mjs), as code V8 can cache.
import { readFileSync } from "node:fs";
import path from "node:path";
import { TEMPLATES_DIR } from "../package-info.js";
import { compileTemplate } from "./compile-templates.js";

export type Locals = Record<string, unknown>;
export type TemplateFunction = (locals: Locals, escapeFn: (value: unknown) => string, include: (file: string, data?: Locals) => string) => string;

const functions = new Map<string, TemplateFunction>();

/** The compiled function of a template, by its path under templates/ ("/" separators). */
export function templateFunction(template: string): TemplateFunction {
  let fn = functions.get(template);
  if (!fn) {
    // Sloppy mode, as ejs's own compiler makes it: templates read their data through `with`.
    const body = compileTemplate(readFileSync(path.join(TEMPLATES_DIR, template), "utf8"), template);
    fn = new Function("locals", "escapeFn", "include", "rethrow", body) as TemplateFunction;
    functions.set(template, fn);
  }
  return fn;
}
