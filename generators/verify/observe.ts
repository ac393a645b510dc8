// Reading what a running container shows, alone: its TCP listeners (/proc/net/tcp{,6} text), whether its answers
// to health paths can be trusted, why it exited and what it asked for (its last log lines), the options its --help
// prints, the paths it created (`docker diff`), and which locked dependency a failed build stopped on. Pure
// functions over text.
import type { CliOption } from "../kit/scan/cli-options.js";

export interface Listener {
  address: string;
  port: number;
  /** Only reachable from inside the container (127.0.0.0/8, ::1, ::ffff:127.x). */
  loopback: boolean;
}

/** Little-endian 32-bit words as /proc prints them, back to address bytes. */
function wordBytes(hex: string): number[] {
  const bytes: number[] = [];
  for (let w = 0; w < hex.length; w += 8) {
    const word = hex.slice(w, w + 8);
    for (let b = 6; b >= 0; b -= 2) bytes.push(parseInt(word.slice(b, b + 2), 16));
  }
  return bytes;
}

function ipv6Text(bytes: number[]): { text: string; loopback: boolean } {
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return { text: `::ffff:${bytes.slice(12).join(".")}`, loopback: bytes[12] === 127 };
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  const text = groups.join(":").replace(/(^|:)0(:0)+(:|$)/, "::").replace(/:{3,}/, "::");
  return { text, loopback: bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1 };
}

/** TCP sockets in state LISTEN (0A) from the text of /proc/net/tcp and /proc/net/tcp6 (either or both, any order). */
export function parseListeners(text: string): Listener[] {
  const found: Listener[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*\d+:\s+([0-9A-Fa-f]{8}|[0-9A-Fa-f]{32}):([0-9A-Fa-f]{4})\s+\S+\s+0A\b/.exec(line);
    if (!m) continue;
    const bytes = wordBytes(m[1]);
    const port = parseInt(m[2], 16);
    const { text: address, loopback } = bytes.length === 4 ? { text: bytes.join("."), loopback: bytes[0] === 127 } : ipv6Text(bytes);
    if (!found.some((l) => l.address === address && l.port === port)) found.push({ address, port, loopback });
  }
  return found;
}

/** What a service that answers 2xx on a random path proves about its health routes: nothing. */
export interface RouteAnswers {
  /** Paths that answered 2xx, in the order tried. */
  ok: string[];
  /** A path nobody registers answered 2xx too: a catch-all (an SPA fallback, a `/{id}` route). */
  catchAll: boolean;
}

export function judgeRoutes(answers: { path: string; ok: boolean }[], randomPathOk: boolean): RouteAnswers {
  return { ok: randomPathOk ? [] : answers.filter((a) => a.ok).map((a) => a.path), catchAll: randomPathOk };
}

export type ExitKind = "usage" | "address-unavailable" | "missing-config" | "missing-env" | "permission" | "address-in-use" | "backing-service" | "missing-path" | "missing-program";

/** Log lines that say why a service stopped at start, in order of precedence, with the plain reason. */
export const EXIT_REASONS: { kind: ExitKind; pattern: RegExp; reason: string }[] = [
  {
    kind: "usage",
    pattern: /required arguments? (?:were |was )?not provided|a value is required for|missing required (?:argument|option)|^usage:/i,
    reason: "it asks for an argument it cannot start without",
  },
  {
    kind: "address-unavailable",
    pattern: /cannot assign requested address|os error 99\b|EADDRNOTAVAIL/i,
    reason: "it binds an address the container does not have (IPv6 loopback, or a host's own address)",
  },
  {
    kind: "permission",
    pattern: /permission denied|os error 13\b|EACCES|read-only file system|os error 30\b|EROFS/i,
    reason: "it cannot write where it wants to: the image's user does not own that path, or the root filesystem is read-only",
  },
  {
    kind: "missing-config",
    pattern: /(?:config(?:uration)?|settings)\b[^\n]*(?:not found|no such file|does not exist|missing|os error 2\b)|(?:no such file|not found|os error 2\b)[^\n]*\.(?:toml|ya?ml|json|ini|ron|env)\b|\.(?:toml|ya?ml|json|ini|ron)\b[^\n]*(?:not found|no such file|does not exist|os error 2\b)/i,
    reason: "a configuration file it reads at start is not in the image",
  },
  {
    kind: "missing-env",
    pattern: /environment variable[^\n]*(?:not (?:present|found|set)|missing|required|must be set)|\bNotPresent\b|\b[A-Z][A-Z0-9_]{2,}\b[^\n]*(?:must be set|is not set|not set|is required)/,
    reason: "an environment variable it needs is not set",
  },
  { kind: "address-in-use", pattern: /address already in use|os error 98\b|EADDRINUSE/i, reason: "its port is already taken inside the container" },
  {
    kind: "backing-service",
    pattern: /connection refused|os error 111\b|ECONNREFUSED|could not connect|failed to connect|error connecting|pool timed out|failed to lookup address|name or service not known/i,
    reason: "a service it connects to at start (database, cache, broker) is not there",
  },
  {
    // Last: a socket path a client cannot find is a backing service's, above.
    kind: "missing-path",
    pattern: /\bis not a directory\b|no such file or directory|os error 2\b|ENOENT|(?:path|directory|dir|file|folder)\b[^\n]*\b(?:does not exist|doesn't exist|not found)/i,
    reason: "a file or directory it reads at start is not in the image; COPY it in or mount it",
  },
];

export interface ExitReason {
  kind: ExitKind;
  reason: string;
  /** The log line that said it. */
  line: string;
  /** A path or variable named on that line, when there is one. */
  subject?: string;
}

/** Why a service exited, from its last log lines (undefined when no known reason is there). */
export function exitReason(logs: string): ExitReason | undefined {
  const lines = logs.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const row of EXIT_REASONS) {
    const line = lines.find((l) => row.pattern.test(l));
    if (!line) continue;
    if (row.kind === "missing-path") {
      // "No such file or directory" under "failed to run git": the program is what the image lacks.
      const ran = lines.map((l) => RAN_PROGRAM.exec(l)).find((m) => m !== null);
      if (ran) return { kind: "missing-program", reason: MISSING_PROGRAM_REASON, line: `${ran.input} … ${line}`, subject: ran[1] };
    }
    return { kind: row.kind, reason: row.reason, line, subject: subjectOf(row.kind, line) };
  }
  return undefined;
}

/** A line saying it ran (or spawned) a program, naming it. */
const RAN_PROGRAM = /\b(?:failed to|could not|cannot|unable to) (?:run|execute|exec|spawn|start|invoke) (?:command )?[`'"]?([\w.+-]+)/i;
const MISSING_PROGRAM_REASON = "a program it runs is not in the image (distroless and scratch hold nothing but the binary): add it to the runtime stage";

function subjectOf(kind: ExitKind, line: string): string | undefined {
  if (kind === "missing-env") return /`([A-Z][A-Z0-9_]{2,})`|"([A-Z][A-Z0-9_]{2,})"|\b([A-Z][A-Z0-9_]{2,})\b/.exec(line)?.slice(1).find(Boolean);
  if (kind === "permission" || kind === "missing-config" || kind === "missing-path") {
    const quoted = /["'`]((?:\.{0,2}\/)?[\w.@-]+(?:\/[\w.@-]+)*\/?)["'`]/.exec(line)?.[1];
    if (quoted) return quoted;
    const path = /(?:^|\s|:)((?:\/|\.\/)?[\w.@-]+\/[\w.@/-]*|\/[\w.@-]+)(?=[\s:,)]|$)/.exec(line)?.[1];
    // A bare file name ("config.toml is not found"): one a configuration format names.
    return path ?? /(?:^|\s|:)([\w.@-]+\.(?:toml|ya?ml|json|ini|ron|conf))(?=[\s:,)]|$)/.exec(line)?.[1];
  }
  return undefined;
}

/** What a usage error asks for: `--option` names and `<VALUE>` positionals, from the line that says something is
 * missing and the indented lines under it (clap lists them there), else from the usage line outside `[…]`. */
export function askedFor(logs: string): string[] {
  // A group of alternatives (`<CONFIG|--genkey [<CURVE>]>`) asks for its first: the one the service runs with.
  const lines = logs.split("\n").map((l) => l.replace(/<([A-Za-z][\w-]*)\|[^\n]*>/g, "<$1>"));
  const named = (text: string) => [...text.matchAll(/(--[a-z][\w-]*)|<([A-Za-z][\w-]*)>/g)].map((m, i, all) =>
    m[1] ?? (all[i - 1]?.[1] && text.slice(all[i - 1].index! + all[i - 1][0].length, m.index).trim() === "" ? "" : `<${m[2]}>`),
  ).filter(Boolean);
  const at = lines.findIndex((l) => /required|not provided|missing|a value is required/i.test(l) && !/^\s*usage:/i.test(l));
  if (at >= 0) {
    const block = [lines[at]];
    for (const l of lines.slice(at + 1)) {
      if (!/^\s+\S/.test(l)) break;
      block.push(l);
    }
    const asked = named(block.join("\n"));
    if (asked.length) return [...new Set(asked)];
  }
  const usage = lines.find((l) => /^\s*usage:/i.test(l));
  return usage ? [...new Set(named(usage.replace(/\[[^\]]*\]/g, "")))] : [];
}

/** Paths `docker diff` shows as added (`A /path`), outside what the engine itself writes. */
export function addedPaths(diff: string): string[] {
  return diff
    .split("\n")
    .map((l) => /^A\s+(\/\S.*)$/.exec(l.trim())?.[1])
    .filter((p): p is string => p !== undefined && !/^\/(?:tmp|proc|sys|dev|run)(?:\/|$)|^\/etc\/(?:hosts|hostname|resolv\.conf|mtab)$/.test(p));
}

/** Where options read from a binary's --help say they come from. */
export const HELP_SOURCE = "its --help";

/**
 * The options that take a value and the positionals a binary's --help prints (clap 2 to 4, structopt, argh and most
 * hand-written help share the shape `-b, --bind <ADDR>  text [default: 127.0.0.1] [env: APP_BIND=]`): the CLI model of
 * a binary whose code declares it in a way the source scan does not read (a builder API, structopt).
 */
export function helpOptions(help: string): CliOption[] {
  const found: CliOption[] = [];
  const lines = help.split("\n");
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const heading = /^(\w[\w ]*):\s*$/.exec(text);
    if (heading) section = heading[1].toLowerCase();
    const option = /^\s+(?:-\w,\s+)?(--[a-z][\w-]*)(?:[ =]<([^>]+)>|[ =]([A-Z][A-Z0-9_-]*)\b)(.*)$/.exec(text);
    const positional = /^arg|^positional/.test(section) ? /^\s+<([A-Za-z][\w-]*)>(?:\.\.\.)?(\s.*)?$/.exec(text) : null;
    if (!option && !positional) continue;
    // Long help puts the description, default and variable on the lines under the option, indented further.
    let rest = (option ? option[4] : positional![2]) ?? "";
    const indent = /^\s*/.exec(text)![0].length;
    for (const next of lines.slice(i + 1)) {
      if (!next.trim()) continue;
      if (/^\s*/.exec(next)![0].length <= indent || /^\s+-/.test(next)) break;
      rest += ` ${next.trim()}`;
    }
    const fallback = /\[default:\s*([^\]]+)\]/.exec(rest)?.[1]?.trim().replace(/^"(.*)"$/, "$1");
    const env = /\[env:\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(rest)?.[1];
    const valueName = option ? (option[2] ?? option[3]) : positional![1];
    found.push({
      file: HELP_SOURCE,
      line: i + 1,
      field: (option ? option[1].slice(2) : valueName).replace(/-/g, "_").toLowerCase(),
      ...(option ? { flag: option[1] } : {}),
      valueName,
      ...(env ? { env } : {}),
      ...(fallback ? { default: fallback } : {}),
      required: !option && fallback === undefined,
      type: "",
    });
  }
  return found;
}

/**
 * Why an image did not build, when what failed to compile is a dependency Cargo.lock pins from a registry (a version
 * the builder's newer Rust rejects, like `time` before 0.3.35 on Rust 1.80+): the crate and the update that moves it.
 * Undefined when the crate's own code, or anything else, failed.
 */
export function lockedDependencyFailure(buildLog: string, lock: string): string | undefined {
  const name = /could not compile `([^`]+)`/.exec(buildLog)?.[1];
  if (!name) return undefined;
  const locked = lock
    .split(/^\[\[package\]\]$/m)
    .filter((entry) => new RegExp(`^name = "${name}"$`, "m").test(entry) && /^source = "(?:registry|sparse)\+/m.test(entry))
    .map((entry) => /^version = "([^"]+)"$/m.exec(entry)?.[1]);
  if (!locked.length) return undefined;
  // Locked at several versions, the update names the one that failed.
  const spec = locked.length > 1 ? `${name}@<version>` : name;
  return `${name} ${locked.join(", ")}, as Cargo.lock pins it, does not compile with the builder's Rust (a dependency, not your code): update it (\`cargo update -p ${spec}\`; where the other locked crates hold it back, \`--precise\` a newer release), then --verify again`;
}
