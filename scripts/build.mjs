// Bundles the CLI into dist/ so start-up loads one file; inquirer goes to a separate chunk loaded only to prompt.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";

/** node-plop imports inquirer 9 for prompts the bundled CLI never runs through plop. */
const plopInquirerStub = {
  name: "plop-inquirer-stub",
  setup(b) {
    b.onResolve({ filter: /^inquirer$/ }, (args) =>
      args.importer.includes(`${path.sep}node-plop${path.sep}`)
        ? { path: path.resolve("generators/plop-inquirer-stub.ts") }
        : undefined,
    );
  },
};

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "generators/bin.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // Bundled CommonJS dependencies (ejs, fs-extra, handlebars) still call require() for Node built-ins.
  banner: { js: 'import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);' },
  plugins: [plopInquirerStub],
  logLevel: "warning",
});
