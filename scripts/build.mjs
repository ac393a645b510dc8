// Bundles the CLI into dist/ as one CommonJS file that starts from V8's code cache (generators/cli/launch.ts), with
// the prompt library in a file of its own, loaded only to prompt.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

/**
 * node-plop imports what the bundled CLI never reaches: its own inquirer 9 prompts (the CLI prompts with inquirer 12),
 * Handlebars rendering, plopfile loading by path, and its built-in actions (every action here is a custom ejs one;
 * loading them alone reads in fs/promises and readline). Inside the bundle they become stubs that fail loudly if ever
 * called; `npm run plop` uses the real node-plop from node_modules. This halves start-up time.
 */
const UNREACHED_BY_CLI = { inquirer: [], handlebars: [], resolve: [], "./actions/index.js": ["add", "addMany", "modify", "append"] };
const plopUnreached = {
  name: "plop-unreached",
  setup(b) {
    const names = Object.keys(UNREACHED_BY_CLI).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) =>
      /[\\/]node-plop[\\/]/.test(args.importer) ? { path: args.path, namespace: "plop-unreached" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "plop-unreached" }, (args) => ({
      contents: [
        `const unreached = () => { throw new Error("${args.path} is not part of the bundled CLI; run \`npm run plop\` for plop itself"); };`,
        "export default new Proxy(unreached, { get: (_t, key) => (key === 'prompts' ? {} : unreached) });",
        ...UNREACHED_BY_CLI[args.path].map((name) => `export const ${name} = unreached;`),
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * Libraries only some runs reach go in files of their own beside the bundle, required when first used, so a default
 * scaffold neither reads nor caches them: the prompts, YAML (an existing compose file), TOML and the Rust parser
 * (an existing crate). Each file's module.exports is what the bundle imports, the way Node imports CommonJS: the
 * prompt library's default export; the others' named exports, from their CommonJS builds where they ship one.
 */
const BESIDE_BUNDLE = {
  inquirer: 'module.exports = require("inquirer").default;',
  yaml: 'module.exports = require("yaml");',
  "smol-toml": 'module.exports = require("smol-toml");',
  "web-tree-sitter": 'module.exports = require("web-tree-sitter");',
};
const besideBundle = {
  name: "beside-bundle",
  setup(b) {
    const names = Object.keys(BESIDE_BUNDLE).join("|");
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

/**
 * The bundle carries every template compiled (render/compile-templates.ts) as functions of its own code, so a run
 * neither parses ejs nor compiles a template, and the code cache holds them. The module is CommonJS so that its
 * functions stay in sloppy mode: ejs's bodies read their data through `with`.
 */
const { precompileTemplates } = await tsImport("../generators/render/compile-templates.ts", import.meta.url);
const compiledTemplates = {
  name: "compiled-templates",
  setup(b) {
    // Outside the file namespace, where package.json's "type": "module" would make the module ESM, hence strict.
    b.onResolve({ filter: /^\.\/template-functions\.js$/ }, (args) =>
      /[\\/]render$/.test(args.resolveDir) ? { path: "template-functions", namespace: "compiled-templates" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "compiled-templates" }, () => ({
      contents: [
        "const TEMPLATES = {",
        ...Object.entries(precompileTemplates()).map(
          ([template, body]) => `${JSON.stringify(template)}: function (locals, escapeFn, include, rethrow) {\n${body}\n},`,
        ),
        "};",
        "exports.templateFunction = (template) => {",
        "  if (!Object.hasOwn(TEMPLATES, template)) throw new Error(`no compiled template ${template} in the bundle`);",
        "  return TEMPLATES[template];",
        "};",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/** Every file in dist/ is CommonJS (dist/package.json says so): V8 caches the code of a script, not of an ES module. */
const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // import.meta.url, as the sources use it to find files beside them.
  define: { "import.meta.url": "__crcModuleUrl" },
  banner: { js: 'var __crcModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  // import() in a vm script needs Node's experimental module hooks: each becomes a require, evaluated as lazily.
  supported: { "dynamic-import": false },
  logLevel: "warning",
};

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: "generators/cli/bin.ts" },
  outdir: "dist",
  plugins: [plopUnreached, compiledTemplates, besideBundle],
});
for (const [name, contents] of Object.entries(BESIDE_BUNDLE))
  await build({ ...common, stdin: { contents, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "js" }, outfile: `dist/${name}.js` });
const bundle = readFileSync(new URL("../dist/main.js", import.meta.url));
// esbuild escapes every non-ASCII character (its default charset), which lets the launcher read the bundle as latin1.
if (bundle.some((byte) => byte > 0x7f)) throw new Error("dist/main.js is not ASCII: the launcher reads it as latin1");
// The launcher names its cache after the bundle's digest: a cache is only ever read by the code it was made from.
const digest = createHash("sha256").update(bundle).digest("hex").slice(0, 16);
await build({
  ...common,
  entryPoints: { cli: "generators/cli/launch.ts" },
  outdir: "dist",
  define: { ...common.define, BUNDLE_DIGEST: JSON.stringify(digest) },
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
writeFileSync(new URL("../dist/package.json", import.meta.url), `${JSON.stringify({ type: "commonjs" })}\n`);
chmodSync(new URL("../dist/cli.js", import.meta.url), 0o755);

// WebAssembly cannot be bundled into JavaScript: the Rust parser's runtime and grammar ship beside the bundle, where
// generators/kit/scan/syntax.ts looks for them first.
const resolve = createRequire(import.meta.url).resolve;
for (const wasm of ["web-tree-sitter/web-tree-sitter.wasm", "tree-sitter-rust/tree-sitter-rust.wasm"])
  copyFileSync(resolve(wasm), new URL(`../dist/${path.basename(wasm)}`, import.meta.url));

// The code cache for the Node that builds: a default scaffold compiles what a run needs, and launch.ts writes it.
const scratch = mkdtempSync(path.join(os.tmpdir(), "crc-build-"));
const run = spawnSync(process.execPath, [fileURLToPath(new URL("../dist/cli.js", import.meta.url)), path.join(scratch, "app"), "--yes", "--no-lockfile"], { stdio: "ignore" });
rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0) throw new Error(`the bundled CLI failed its first scaffold (exit ${run.status})`);
