// Bundles the CLI into dist/ so start-up loads one file; inquirer goes to a chunk loaded only to prompt.
import { build } from "esbuild";
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

/**
 * node-plop imports libraries for features the bundled CLI never reaches: its own inquirer 9 prompts (the CLI
 * prompts with inquirer 12), Handlebars rendering and the built-in add/addMany actions (every action here is a
 * custom ejs one), and plopfile loading by path. Inside the bundle they become stubs that fail loudly if ever
 * called; `npm run plop` uses the real node-plop from node_modules. This halves start-up time.
 */
const UNREACHED_BY_CLI = { inquirer: [], handlebars: [], resolve: [], tinyglobby: ["globSync"], isbinaryfile: ["isBinaryFileSync"] };
const plopUnreached = {
  name: "plop-unreached",
  setup(b) {
    const names = Object.keys(UNREACHED_BY_CLI).join("|");
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

/** The bundle carries every template compiled (render/compile-templates.ts), so a run neither parses ejs nor resolves includes on disk. */
const { precompileTemplates } = await tsImport("../generators/render/compile-templates.ts", import.meta.url);
const TEMPLATES_FILE = "templates.json";
const precompiledTemplates = {
  name: "precompiled-templates",
  setup(b) {
    b.onLoad({ filter: /[\\/]render[\\/]precompiled-templates\.ts$/ }, () => ({
      contents: `export const PRECOMPILED_TEMPLATES_FILE = ${JSON.stringify(TEMPLATES_FILE)};`,
      loader: "js",
    }));
    b.onEnd(() => writeFileSync(new URL(`../dist/${TEMPLATES_FILE}`, import.meta.url), JSON.stringify(precompileTemplates())));
  },
};

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "generators/cli/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // Bundled CommonJS dependencies (ejs, fs-extra) still call require() for Node built-ins.
  banner: { js: 'import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);' },
  plugins: [plopUnreached, precompiledTemplates],
  logLevel: "warning",
});

// WebAssembly cannot be bundled into JavaScript: the Rust parser's runtime and grammar ship beside the bundle, where
// generators/kit/scan/syntax.ts looks for them first.
const resolve = createRequire(import.meta.url).resolve;
for (const wasm of ["web-tree-sitter/web-tree-sitter.wasm", "tree-sitter-rust/tree-sitter-rust.wasm"])
  copyFileSync(resolve(wasm), new URL(`../dist/${path.basename(wasm)}`, import.meta.url));
