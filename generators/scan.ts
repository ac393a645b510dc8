// Reads an existing crate's Rust sources for how it runs: its health route, loopback binds, the env vars it listens by.
// Small detectors over the rows in source-rules.ts; nothing here writes or prompts.
import fs from "node:fs";
import path from "node:path";
import {
  BIND_CONTEXT,
  ENV_READS,
  HEALTH_PATHS,
  HTTP_SERVER_CRATES,
  LISTEN_VAR_KINDS,
  LISTEN_VAR_PREFIXES,
  LOOPBACK,
  NOT_A_BIND,
  ROUTE_SHAPES,
} from "./source-rules.js";

export interface SourceFile {
  /** Path relative to the build context, "/"-separated. */
  path: string;
  text: string;
}

export interface Found {
  file: string;
  line: number;
}

export interface HealthRoute extends Found {
  path: string;
  shape: string;
}

export interface ListenVar extends Found {
  name: string;
  kind: "port" | "host";
}

/** Every .rs file under the package's src/ (and its bin paths), relative to the context; target/ and vendor/ skipped. */
export function readSources(contextDir: string, packageDir: string, extraFiles: string[] = []): SourceFile[] {
  const root = path.join(contextDir, packageDir);
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== "target" && e.name !== "vendor" && !e.name.startsWith(".")) walk(full);
      else if (e.isFile() && e.name.endsWith(".rs")) files.add(full);
    }
  };
  if (fs.existsSync(path.join(root, "src"))) walk(path.join(root, "src"));
  for (const f of extraFiles) if (fs.existsSync(path.join(root, f))) files.add(path.join(root, f));
  return [...files].sort().map((full) => ({ path: path.relative(contextDir, full).split(path.sep).join("/"), text: fs.readFileSync(full, "utf8") }));
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** Routes the code registers that look like health checks, best first (the order of HEALTH_PATHS). */
export function findHealthRoutes(sources: SourceFile[]): HealthRoute[] {
  const found: HealthRoute[] = [];
  for (const src of sources)
    for (const { shape, pattern } of ROUTE_SHAPES)
      for (const m of src.text.matchAll(pattern)) {
        const route = m[1] ?? m[2];
        if (route && HEALTH_PATHS.includes(route) && !found.some((f) => f.path === route))
          found.push({ path: route, shape, file: src.path, line: lineOf(src.text, m.index!) });
      }
  return found.sort((a, b) => HEALTH_PATHS.indexOf(a.path) - HEALTH_PATHS.indexOf(b.path));
}

/** Lines that bind or default to a loopback address (unreachable from outside a container). */
export function findLoopbackBinds(sources: SourceFile[]): (Found & { text: string })[] {
  const found: (Found & { text: string })[] = [];
  for (const src of sources)
    src.text.split("\n").forEach((text, i) => {
      if (LOOPBACK.test(text) && BIND_CONTEXT.test(text) && !NOT_A_BIND.test(text) && !isTestCode(src, i))
        found.push({ file: src.path, line: i + 1, text: text.trim() });
    });
  return found;
}

/** Code under `#[cfg(test)]` (from the attribute to the end of the file, the usual test-module layout) or in tests/. */
function isTestCode(src: SourceFile, lineIndex: number): boolean {
  if (/(^|\/)tests\//.test(src.path)) return true;
  const cfgTest = src.text.split("\n").findIndex((l) => /#\[cfg\(test\)\]/.test(l));
  return cfgTest >= 0 && lineIndex > cfgTest;
}

/** Environment variables the code reads for its listen host and port. */
export function findListenVars(sources: SourceFile[], crateName: string): ListenVar[] {
  const prefixes = new Set([...LISTEN_VAR_PREFIXES, crateName.toUpperCase().replace(/-/g, "_")]);
  const found: ListenVar[] = [];
  for (const src of sources)
    for (const pattern of ENV_READS)
      for (const m of src.text.matchAll(pattern)) {
        const name = m[1];
        const at = name.lastIndexOf("_");
        const [prefix, suffix] = at < 0 ? ["", name] : [name.slice(0, at), name.slice(at + 1)];
        const kind = LISTEN_VAR_KINDS[suffix];
        if (kind && (prefix === "" || prefixes.has(prefix)) && !found.some((f) => f.name === name) && !isTestCode(src, lineOf(src.text, m.index!) - 1))
          found.push({ name, kind, file: src.path, line: lineOf(src.text, m.index!) });
      }
  return found;
}

/** Whether the package depends on a crate that serves HTTP. */
export const servesHttp = (dependencies: string[]) => dependencies.some((d) => HTTP_SERVER_CRATES.includes(d));

export interface RunFacts {
  routes: HealthRoute[];
  loopback: (Found & { text: string })[];
  listenVars: ListenVar[];
  http: boolean;
}

/** How the chosen binary runs, read from its package's sources. */
export function inspectRun(contextDir: string, packageDir: string, binPath: string, crateName: string, dependencies: string[]): RunFacts {
  const sources = readSources(contextDir, packageDir, [binPath]);
  return {
    routes: findHealthRoutes(sources),
    loopback: findLoopbackBinds(sources),
    listenVars: findListenVars(sources, crateName),
    http: servesHttp(dependencies),
  };
}
