// Compiling templates, alone: ejs turns each into a standalone function body (template-functions.ts makes it a
// function). The build does it for every template ahead of time; a run from sources does it on first use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ejs from "ejs";
import { TEMPLATES_DIR } from "../package-info.js";

/**
 * A template's function body as ejs compiles it standalone (`client`): includes go through the `include` argument,
 * so a precompiled body needs neither the file system nor ejs's parser. The bundled CLI compiles every template at
 * build time with this same function; from sources, each compiles on first use.
 */
export function compileTemplate(source: string, template: string): string {
  const fn = ejs.compile(source, { client: true, compileDebug: false, filename: template });
  // Function.prototype.toString of a Function-constructor function is `function anonymous(<params>\n) {\n<body>\n}`.
  const text = fn.toString();
  return text.slice(text.indexOf("\n) {\n") + 5, -2);
}

/** Every template's compiled body, by its path under templates/ ("/" separators), for the bundle. */
export function precompileTemplates(dir = TEMPLATES_DIR): Record<string, string> {
  const bodies: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const template = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    bodies[template] = compileTemplate(readFileSync(path.join(dir, template), "utf8"), template);
  }
  return bodies;
}
