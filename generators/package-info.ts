// Locates the package root (templates/ ships beside dist/ and generators/) and reads this tool's own version.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

// Both generators/*.ts (run from source) and dist/*.js (bundled) sit one level below the package root.
export const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, "templates");

export const TOOL_NAME = "create-rust-container";

let cachedVersion: string | undefined;
export function toolVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
  return cachedVersion;
}
