// The Detected report alone: each decided value with its evidence, then the notes, all rendered from the decision.
import { ANSWERS_FILE } from "../options/answers-file.js";
import type { Decided, Evidence, Finding, Healthcheck } from "../domain.js";
import type { KitDecision } from "./decision.js";
import { LOOPBACK } from "./scan/source-rules.js";

/** Where a value came from, as the report names it: "--port", "code src/main.rs:12 (SocketAddr)", "default". */
export function evidenceText(e: Evidence): string {
  const why = "why" in e && e.why ? ` (${e.why})` : "";
  switch (e.kind) {
    case "flag":
      return e.flag;
    case "saved":
      return `${e.flag}, saved in ${ANSWERS_FILE}`;
    case "verify":
      return `verify: ${e.observed}`;
    case "code":
      return `code ${e.file}:${e.line} (${e.shape})`;
    case "config":
      return `config ${e.file} ${e.key}${why}`;
    case "framework":
      return `framework ${e.framework}${why}`;
    case "default":
      return `default${why}`;
  }
}

/** One value line: what, the value, its evidence, and the value found but not used. */
function valueLine<T>(what: string, d: Decided<T>, show: (value: T) => string): string {
  const instead = d.instead ? `; not used: ${show(d.instead.value)} — ${evidenceText(d.instead.from)}` : "";
  return `${what} ${show(d.value)} — ${evidenceText(d.from)}${instead}`;
}

const healthText = (h: Healthcheck) =>
  h.kind === "subcommand" ? `the \`${h.args.join(" ")}\` subcommand` : h.kind === "none" ? "none" : h.url.startsWith("tcp://") ? `connect to port ${new URL(h.url).port}` : `GET ${new URL(h.url).pathname}`;
const words = (args: string[]) => (args.length ? args.join(" ") : "(no arguments)");

/** Every decided value, one line each, naming its evidence. */
export function valueLines(d: KitDecision): string[] {
  const args = d.cmd.flatMap((c) => c.value);
  // A command of several parts names each part's evidence.
  const command =
    d.cmd.length > 1
      ? `command ${words(args)} — ${d.cmd.map((c) => `${c.value.join(" ")}: ${evidenceText(c.from)}`).join("; ")}`
      : valueLine("command", d.cmd[0] ?? { value: [], from: { kind: "default" } }, words);
  return [
    valueLine("binary", d.bin, String),
    valueLine("port", d.port, String),
    command,
    ...d.env.map((e) => valueLine("env", e, ([name, value]) => `${name}=${value}`)),
    valueLine("healthcheck", d.healthcheck, healthText),
    ...(d.scrape ? [valueLine("metrics", d.scrape, (s) => `GET ${s.path} on port ${s.port}${s.separate ? " (its own listener)" : ""}`)] : []),
    ...d.dataDirs.map((dir) => valueLine("data dir", dir, String)),
    ...d.nativeTools.map((t) => valueLine("native", t, (v) => `${v.library}: ${v.install}`)),
    valueLine("stop signal", d.stopSignal, String),
    valueLine("init", d.init, (v) => (v === "tini" ? "tini as PID 1" : "none")),
  ];
}

/** How far either side of the loopback address a quoted code line reaches. */
const QUOTE_REACH = 60;

/** A code line as the report quotes it: whole, or for a long one (generated code, a table on one line) the loopback
 * address and what stands around it. */
function quoted(line: string): string {
  if (line.length <= 2 * QUOTE_REACH) return line;
  const at = Math.max(0, line.search(LOOPBACK));
  const [start, end] = [Math.max(0, at - QUOTE_REACH), Math.min(line.length, at + QUOTE_REACH)];
  return `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""}`;
}

/** The notes: what the kit found and did beyond the values, and what stays the user's (warnings). */
export function noteLines(d: KitDecision): Finding[] {
  const at = (e: Evidence) => (e.kind === "code" ? `${e.file}:${e.line}` : evidenceText(e));
  return [
    ...d.notes,
    ...d.bind.map(({ at: b, fix }): Finding => {
      const where = `${b.file}:${b.line}`;
      switch (fix.kind) {
        case "overridden":
          return { found: `${where} defaults to loopback: ${quoted(b.text)}`, action: `overridden in the image (${fix.by})` };
        case "other-command":
          return { found: `${where} defaults to loopback in the \`${fix.command}\` subcommand`, action: `not the server's address: the image runs \`${fix.serve}\`` };
        case "second-listener":
          return { found: `${where} keeps a listener of its own on loopback (${fix.name})`, action: "not the service's address: left as it is" };
        case "none":
          return { found: `${where} binds loopback: ${quoted(b.text)}`, action: "unreachable from outside a container: bind 0.0.0.0 (or read HOST) instead", warn: true };
      }
    }),
    ...d.requiredEnv.map((r): Finding => ({
      found: `${at(r.from)} needs ${r.value} to start${r.from.kind === "code" ? ` (${r.from.shape})` : ""}`,
      action: `yours to provide: the compose file lists it (commented) to fill in; docker run -e ${r.value}=…; a Secret in Kubernetes`,
      warn: true,
    })),
  ];
}
