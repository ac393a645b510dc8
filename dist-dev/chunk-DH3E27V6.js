import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);

// generators/package-info.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
var PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
var TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");
var TOOL_NAME = "create-rust-container";
var cachedVersion;
function toolVersion() {
  cachedVersion ??= JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
  return cachedVersion;
}

export {
  TEMPLATES_DIR,
  TOOL_NAME,
  toolVersion
};
