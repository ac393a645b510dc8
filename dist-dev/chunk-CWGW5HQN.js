import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  HEALTH_TIMING,
  dataDirOf,
  dnsLabel,
  envAnswer,
  probePath
} from "./chunk-CGQHGN44.js";

// generators/verify/verify.ts
import http from "node:http";
import net from "node:net";

// generators/verify/observe.ts
function wordBytes(hex) {
  const bytes = [];
  for (let w = 0; w < hex.length; w += 8) {
    const word = hex.slice(w, w + 8);
    for (let b = 6; b >= 0; b -= 2) bytes.push(parseInt(word.slice(b, b + 2), 16));
  }
  return bytes;
}
function ipv6Text(bytes) {
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  if (mapped) return { text: `::ffff:${bytes.slice(12).join(".")}`, loopback: bytes[12] === 127 };
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8 | bytes[i + 1]).toString(16));
  const text = groups.join(":").replace(/(^|:)0(:0)+(:|$)/, "::").replace(/:{3,}/, "::");
  return { text, loopback: bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1 };
}
function parseListeners(text) {
  const found = [];
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
function judgeRoutes(answers, randomPathOk) {
  return { ok: randomPathOk ? [] : answers.filter((a) => a.ok).map((a) => a.path), catchAll: randomPathOk };
}
var EXIT_REASONS = [
  {
    kind: "usage",
    pattern: /required arguments? (?:were |was )?not provided|a value is required for|missing required (?:argument|option)|^usage:/i,
    reason: "it asks for an argument it cannot start without"
  },
  {
    kind: "address-unavailable",
    pattern: /cannot assign requested address|os error 99\b|EADDRNOTAVAIL/i,
    reason: "it binds an address the container does not have (IPv6 loopback, or a host's own address)"
  },
  {
    kind: "permission",
    pattern: /permission denied|os error 13\b|EACCES|read-only file system|os error 30\b|EROFS/i,
    reason: "it cannot write where it wants to: the image's user does not own that path, or the root filesystem is read-only"
  },
  {
    kind: "missing-config",
    pattern: /(?:config(?:uration)?|settings)\b[^\n]*(?:not found|no such file|does not exist|missing|os error 2\b)|(?:no such file|not found|os error 2\b)[^\n]*\.(?:toml|ya?ml|json|ini|ron|env)\b|\.(?:toml|ya?ml|json|ini|ron)\b[^\n]*(?:not found|no such file|does not exist|os error 2\b)/i,
    reason: "a configuration file it reads at start is not in the image"
  },
  {
    kind: "missing-env",
    pattern: /environment variable[^\n]*(?:not (?:present|found|set)|missing|required|must be set)|\bNotPresent\b|\b[A-Z][A-Z0-9_]{2,}\b[^\n]*(?:must be set|is not set|not set|is required)/,
    reason: "an environment variable it needs is not set"
  },
  { kind: "address-in-use", pattern: /address already in use|os error 98\b|EADDRINUSE/i, reason: "its port is already taken inside the container" },
  {
    kind: "backing-service",
    pattern: /connection refused|os error 111\b|ECONNREFUSED|could not connect|failed to connect|error connecting|pool timed out|failed to lookup address|name or service not known/i,
    reason: "a service it connects to at start (database, cache, broker) is not there"
  }
];
function exitReason(logs) {
  const lines = logs.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const row of EXIT_REASONS) {
    const line = lines.find((l) => row.pattern.test(l));
    if (!line) continue;
    return { kind: row.kind, reason: row.reason, line, subject: subjectOf(row.kind, line) };
  }
  return void 0;
}
function subjectOf(kind, line) {
  if (kind === "missing-env") return /`([A-Z][A-Z0-9_]{2,})`|"([A-Z][A-Z0-9_]{2,})"|\b([A-Z][A-Z0-9_]{2,})\b/.exec(line)?.slice(1).find(Boolean);
  if (kind === "permission" || kind === "missing-config") {
    const quoted = /["'`]((?:\.{0,2}\/)?[\w.@-]+(?:\/[\w.@-]+)*\/?)["'`]/.exec(line)?.[1];
    if (quoted) return quoted;
    return /(?:^|\s|:)((?:\/|\.\/)?[\w.@-]+\/[\w.@/-]*|\/[\w.@-]+)(?=[\s:,)]|$)/.exec(line)?.[1];
  }
  return void 0;
}
function askedFor(logs) {
  const lines = logs.split("\n");
  const named = (text) => [...text.matchAll(/(--[a-z][\w-]*)|<([A-Za-z][\w-]*)>/g)].map(
    (m, i, all) => m[1] ?? (all[i - 1]?.[1] && text.slice(all[i - 1].index + all[i - 1][0].length, m.index).trim() === "" ? "" : `<${m[2]}>`)
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
function addedPaths(diff) {
  return diff.split("\n").map((l) => /^A\s+(\/\S.*)$/.exec(l.trim())?.[1]).filter((p) => p !== void 0 && !/^\/(?:tmp|proc|sys|dev|run)(?:\/|$)|^\/etc\/(?:hosts|hostname|resolv\.conf|mtab)$/.test(p));
}

// generators/verify/needs.ts
var SECRET_NAME = /token|secret|passw(?:or)?d|passphrase|credential|private|(?:^|[-_])(?:api[-_]?)?keys?(?:$|[-_])|signing|salt|cookie/i;
var DIRECTORY_NAME = /(?:^|[-_])(?:dir|directory|root|folder|storage|state|public|static|www|webroot|assets|uploads|data|files|cache)$/i;
var HOST_NAME = /(?:^|[-_])(?:hostname|domain|public[-_]host|external[-_]host|advertise[-_]host|server[-_]name)$/i;
var LISTEN_NAME = /^(?:(?:http|server|listen|bind|web|api)[-_])?(?:listen|bind|addr|address|host|ip|interface|socket)(?:[-_](?:addr|address))?$/i;
var PORT_NAME = /^(?:(?:http|server|listen|web|api)[-_])?port$/i;
var nameOf = (o) => o.flag?.replace(/^--/, "") ?? o.field.replace(/_/g, "-");
var isLoopback = (value) => value !== void 0 && /^(?:\[?::1\]?|127\.\d+\.\d+\.\d+|localhost)(?::\d+)?$/.test(value.replace(/^"|"$/g, ""));
function listenValue(o, port) {
  const d = o.default?.replace(/^"|"$/g, "");
  const socket = d ? /:\d+$/.test(d) : /SocketAddr/.test(o.type) || /listen|bind|addr/i.test(nameOf(o));
  return socket ? `0.0.0.0:${port}` : "0.0.0.0";
}
function give(o, value) {
  if (o.env && o.flag) return { env: [[o.env, value]] };
  return { args: o.flag ? [o.flag, value] : [value] };
}
var where = (o) => `${o.file}:${o.line}`;
var shown = (need, cmd) => need.env ? need.env.map(([k, v]) => `--env ${k}=${v}`).join(" ") : `--cmd "${[...cmd, ...need.args].join(" ")}"`;
var passes = (cmd, o) => o.flag !== void 0 && cmd.some((a) => a === o.flag || a.startsWith(`${o.flag}=`));
function answerAsks(asked, ctx, logLine) {
  return asked.map((token) => {
    const o = ctx.options.find((c) => token.startsWith("--") ? c.flag === token : `<${c.valueName}>`.toUpperCase() === token.toUpperCase());
    const said = `its usage error asks for ${token} ("${logLine.slice(0, 100)}")`;
    if (!o) return { needsUser: `${said}, an argument its code does not declare with clap: give it with --cmd "${[...ctx.cmd, token.startsWith("--") ? `${token} \u2026` : "\u2026"].join(" ")}"` };
    const name = nameOf(o);
    const placeholder = give(o, "\u2026");
    if (SECRET_NAME.test(name) || o.env && SECRET_NAME.test(o.env))
      return { needsUser: `${said} (${where(o)}), a secret: give it with ${shown(placeholder, ctx.cmd)} (--verify never makes one up)` };
    if (DIRECTORY_NAME.test(name) && !/bool|u\d+|i\d+/.test(o.type)) {
      const dir = `/app/${name.replace(/-(?:dir|directory|folder)$/i, "")}`;
      const need = give(o, dir);
      return { ...need, dataDirs: [dir], change: `${said} (${where(o)}, a directory): ${shown(need, ctx.cmd)}, ${dir} a directory its user owns, a volume in compose` };
    }
    if (HOST_NAME.test(name)) {
      const need = give(o, ctx.service);
      return { ...need, change: `${said} (${where(o)}, a host name): ${shown(need, ctx.cmd)}, the name compose gives the service` };
    }
    if (LISTEN_NAME.test(name) || PORT_NAME.test(name)) {
      const need = give(o, PORT_NAME.test(name) ? String(ctx.port) : listenValue(o, ctx.port));
      return { ...need, change: `${said} (${where(o)}, where it listens): ${shown(need, ctx.cmd)}` };
    }
    return { needsUser: `${said} (${where(o)}), a value only you know: give it with ${shown(placeholder, ctx.cmd)}` };
  });
}
function listenWhere(ctx, port, observed) {
  const candidates = ctx.options.filter((o2) => o2.flag && LISTEN_NAME.test(nameOf(o2)) && !passes(ctx.cmd, o2));
  const o = candidates.find((c) => isLoopback(c.default)) ?? candidates[0];
  if (o) {
    const need = give(o, listenValue(o, port));
    return { ...need, change: `${observed}: ${shown(need, ctx.cmd)} (its listen option ${o.flag}, ${where(o)}${o.default ? `, default ${o.default}` : ""})` };
  }
  if (!ctx.addressVars.length) return void 0;
  const env = ctx.addressVars.map(([name, value]) => [name, value.replace("{port}", String(port))]);
  return { env, change: `${observed}: ${env.map(([k, v]) => `${k}=${v}`).join(", ")} (variables its code reads)` };
}
var homeRelative = (p) => /^\/(?:root|home\/[^/]+)\/(.+)$/.exec(p)?.[1];
function stateFromWrites(added, workdir, ctx) {
  const top = added.filter((p) => !added.includes(p.slice(0, p.lastIndexOf("/"))));
  const needs = [];
  const home = top.filter((p) => homeRelative(p) !== void 0);
  if (home.length) {
    const dir = `/var/lib/${ctx.service}`;
    if (!ctx.dataDirs.includes(dir))
      needs.push({
        env: [["HOME", dir]],
        dataDirs: [dir],
        change: `a run with a writable root created ${home.map((p) => `~/${homeRelative(p)}`).join(", ")}: HOME=${dir}, a directory its user owns, a volume in compose`
      });
  }
  const wd = workdir.replace(/\/+$/, "");
  for (const p of top) {
    if (homeRelative(p) !== void 0) continue;
    const relative = wd ? p.startsWith(`${wd}/`) ? p.slice(wd.length + 1) : void 0 : p.split("/").length === 2 ? p.slice(1) : void 0;
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(p) && !p.endsWith(".d");
    if (isFile && (relative === void 0 || !relative.includes("/"))) continue;
    const dir = relative !== void 0 ? `/app/${relative.split("/")[0]}` : p;
    if (ctx.dataDirs.includes(dir) || needs.some((n) => n.dataDirs?.includes(dir))) continue;
    needs.push({
      dataDirs: [dir],
      change: `a run with a writable root created ${p}${relative !== void 0 ? ` (${relative}, relative to its working directory)` : ""}: ${dir} becomes a directory its user owns, a volume in compose`
    });
  }
  return needs;
}

// generators/verify/verify.ts
var QUICK_BUILD = {
  CARGO_PROFILE_RELEASE_LTO: "false",
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS: "16",
  CARGO_PROFILE_RELEASE_OPT_LEVEL: "0"
};
var LISTEN_DEADLINE_S = HEALTH_TIMING.startPeriod + 10;
var HEALTHY_GRACE_S = 4;
var POLL_MS = 250;
var WRITE_WATCH_S = 5;
var KILLED_AFTER_S = 9.5;
function serviceSubject(o, dir) {
  return {
    contextDir: dir,
    image: `${dnsLabel(o.name, 63)}:verify`,
    port: o.port,
    healthcheck: { kind: "subcommand", args: ["healthcheck"] },
    hasProbe: false,
    http: true,
    candidates: ["/health"],
    hostRoute: "/health",
    dataDirs: [],
    addressVars: [],
    env: ["HOST", "PORT"],
    cmd: [],
    cliOptions: [],
    service: o.name
  };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var PROBE = "/usr/local/bin/healthcheck-probe";
async function buildImage(engine, subject, progress) {
  const args = ["build", "--progress=plain", "-t", subject.image, ...Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]), subject.contextDir];
  const r = await engine.run(args, {
    timeoutMs: 60 * 6e4,
    onLine: (line) => {
      const step = /^#\d+ \[([^\]]+)\] (.+)$/.exec(line);
      if (step) progress(`[${step[1]}] ${step[2].replace(/\s+/g, " ").slice(0, 90)}`);
    }
  });
  if (r.code !== 0) return { ok: false, seconds: r.seconds, failure: r.stderr.trimEnd().split("\n").slice(-15).join("\n") };
  const size = await engine.run(["image", "inspect", "--format", "{{.Size}}", subject.image]);
  return { ok: true, seconds: r.seconds, sizeMB: Number(size.stdout.trim()) / 1e6 || void 0 };
}
async function observe(engine, subject) {
  const started = Date.now();
  const obs = await watch(engine, subject);
  if (obs.exited?.reason?.kind === "permission") obs.written = await watchWrites(engine, subject);
  return { ...obs, seconds: (Date.now() - started) / 1e3 };
}
async function watch(engine, subject) {
  const runArgs = [
    "run",
    "-d",
    "--read-only",
    "--tmpfs",
    "/tmp",
    "--cap-drop",
    "ALL",
    "--security-opt",
    "no-new-privileges:true",
    "-p",
    `127.0.0.1::${subject.port}`,
    ...subject.dataDirs.flatMap((d) => ["-v", d]),
    subject.image
  ];
  const started = Date.now();
  const run = await engine.run(runArgs);
  if (run.code !== 0) throw new Error(`docker run failed: ${run.stderr.trim()}`);
  const id = run.stdout.trim();
  const seconds = () => (Date.now() - started) / 1e3;
  const obs = { listeners: [], logTail: "" };
  try {
    let listeningSince;
    while (seconds() < LISTEN_DEADLINE_S) {
      const state = await engine.run(["inspect", "--format", "{{.State.Status}} {{.State.ExitCode}} {{if .State.Health}}{{.State.Health.Status}}{{end}}", id]);
      const [status, code, health] = state.stdout.trim().split(" ");
      obs.health = health || void 0;
      if (status === "exited" || status === "dead") {
        const logs2 = await engine.run(["logs", "--tail", "30", id]);
        const text = lastLines(`${logs2.stdout}${logs2.stderr}`, 30);
        const reason = exitReason(text);
        obs.exited = { code: Number(code), reason, logTail: lastLines(text, 8), ...reason?.kind === "usage" ? { asked: askedFor(text) } : {} };
        obs.logTail = lastLines(text, 8);
        return obs;
      }
      if (subject.hasProbe) obs.listeners = await listeners(engine, id);
      const listening = subject.hasProbe ? obs.listeners.length > 0 : health === "healthy" || await connects(engine, id, subject.port);
      if (health === "healthy" && obs.healthySeconds === void 0) obs.healthySeconds = seconds();
      if (listening) listeningSince ??= seconds();
      if (obs.healthySeconds !== void 0 || listeningSince !== void 0 && seconds() - listeningSince > HEALTHY_GRACE_S) break;
      await sleep(POLL_MS);
    }
    if (subject.hasProbe && subject.http && obs.listeners.length) obs.routes = await tryRoutes(engine, id, subject, obs.listeners);
    obs.fromHost = await fromHost(engine, id, subject);
    const stop = await engine.run(["stop", "--time", "10", id], { timeoutMs: 3e4 });
    obs.stopSeconds = stop.seconds;
    obs.stopExitCode = Number((await engine.run(["inspect", "--format", "{{.State.ExitCode}}", id])).stdout.trim());
    const logs = await engine.run(["logs", "--tail", "30", id]);
    obs.logTail = lastLines(`${logs.stdout}${logs.stderr}`, 8);
    return obs;
  } finally {
    await engine.run(["rm", "-f", "-v", id]);
  }
}
async function watchWrites(engine, subject) {
  const workdir = (await engine.run(["image", "inspect", "--format", "{{.Config.WorkingDir}}", subject.image])).stdout.trim();
  const run = await engine.run(["run", "-d", "--user", "0:0", "--tmpfs", "/tmp", ...subject.dataDirs.flatMap((d) => ["-v", d]), subject.image]);
  if (run.code !== 0) return void 0;
  const id = run.stdout.trim();
  try {
    const started = Date.now();
    while ((Date.now() - started) / 1e3 < WRITE_WATCH_S) {
      if ((await engine.run(["inspect", "--format", "{{.State.Status}}", id])).stdout.trim() !== "running") break;
      if (subject.hasProbe && (await listeners(engine, id)).length) break;
      await sleep(POLL_MS);
    }
    return { added: addedPaths((await engine.run(["diff", id])).stdout), workdir };
  } finally {
    await engine.run(["rm", "-f", "-v", id]);
  }
}
var lastLines = (text, n) => text.replace(/\x1b\[[0-9;]*m/g, "").trimEnd().split("\n").slice(-n).join("\n");
async function listeners(engine, id) {
  const r = await engine.run(["exec", id, PROBE, "listeners"], { timeoutMs: 1e4 });
  return r.code === 0 ? parseListeners(r.stdout) : [];
}
async function connects(engine, id, port) {
  const hostPort = await publishedPort(engine, id, port);
  return hostPort !== void 0 && await tcpConnect(hostPort);
}
function probedPort(subject, found) {
  if (found.some((l) => l.port === subject.port)) return subject.port;
  const ports = [...new Set(found.map((l) => l.port))];
  return ports.length === 1 ? ports[0] : void 0;
}
async function tryRoutes(engine, id, subject, found) {
  const port = probedPort(subject, found);
  if (port === void 0) return void 0;
  const get = async (p) => (await engine.run(["exec", id, PROBE, `http://127.0.0.1:${port}${p}`], { timeoutMs: 1e4 })).code === 0;
  const random = `/${Math.random().toString(36).slice(2, 12)}-no-such-route`;
  const answers = [];
  for (const p of subject.candidates) answers.push({ path: p, ok: await get(p) });
  return judgeRoutes(answers, await get(random));
}
async function publishedPort(engine, id, port) {
  const r = await engine.run(["port", id, `${port}/tcp`]);
  const m = /:(\d+)\s*$/m.exec(r.stdout);
  return m ? Number(m[1]) : void 0;
}
async function fromHost(engine, id, subject) {
  const hostPort = await publishedPort(engine, id, subject.port);
  if (hostPort === void 0) return { ok: false, detail: `port ${subject.port} is not published` };
  const route = subject.hostRoute;
  if (!route) {
    const ok = await tcpConnect(hostPort);
    return { ok, detail: `connect 127.0.0.1:${hostPort} \u2192 ${ok ? "accepted" : "refused"}` };
  }
  const status = await httpStatus(hostPort, route);
  return { ok: status >= 200 && status < 300, detail: `GET http://127.0.0.1:${hostPort}${route} \u2192 ${status || "no answer"}` };
}
function tcpConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2e3, () => (socket.destroy(), resolve(false)));
    socket.on("connect", () => {
      const timer = setTimeout(() => (socket.destroy(), resolve(true)), 300);
      socket.on("close", () => (clearTimeout(timer), resolve(false)));
    });
    socket.on("error", () => resolve(false));
  });
}
function httpStatus(port, route) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: route, timeout: 3e3, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}
function correct(obs, subject) {
  const c = { raw: {}, rawKit: {}, changes: [], needsUser: [] };
  const ctx = {
    service: subject.service,
    port: subject.port,
    cmd: subject.cmd,
    options: subject.cliOptions,
    dataDirs: subject.dataDirs,
    addressVars: subject.addressVars.filter(([name]) => !subject.env.includes(name))
  };
  if (obs.exited) {
    const reason = obs.exited.reason;
    const needs = reason ? exitNeeds(obs, reason, ctx) : [];
    apply(c, needs, subject);
    if (!needs.length)
      c.needsUser.push(
        reason ? `it exited (code ${obs.exited.code}) at start: ${reason.reason}${reason.subject ? ` (${reason.subject})` : ""}. It said: ${reason.line.slice(0, 200)}` : `it exited (code ${obs.exited.code}) at start. Its last lines:
${indent(obs.exited.logTail)}`
      );
    return c;
  }
  const reachable = obs.listeners.filter((l) => !l.loopback);
  if (subject.hasProbe && !obs.listeners.length) {
    c.needsUser.push(`nothing listened within ${LISTEN_DEADLINE_S} s${obs.logTail ? `. Its last lines:
${indent(obs.logTail)}` : ""}`);
    return c;
  }
  if (subject.hasProbe && !reachable.some((l) => l.port === subject.port)) {
    const ports = [...new Set(reachable.map((l) => l.port))];
    if (ports.length === 1) {
      c.raw.port = String(ports[0]);
      c.changes.push(`it listens on ${describe(reachable)}, not on ${subject.port}: the port becomes ${ports[0]}`);
    } else if (ports.length > 1) c.needsUser.push(`it listens on ${describe(reachable)}: choose the service's port with --port`);
    else {
      const loopPort = obs.listeners[0].port;
      const moved = listenWhere(ctx, loopPort, `it listens on ${describe(obs.listeners)} only, unreachable from outside the container`);
      if (moved) {
        apply(c, [moved], subject);
        if (loopPort !== subject.port) c.raw.port = String(loopPort);
      } else c.needsUser.push(`it listens on ${describe(obs.listeners)} only, unreachable from outside the container: make it bind 0.0.0.0 (the Detected lines name the code)`);
    }
    return c;
  }
  const routes = obs.routes;
  const current = probePath(subject.healthcheck);
  const tcp = subject.healthcheck.kind === "probe" && subject.healthcheck.url.startsWith("tcp://");
  if (routes && !routes.catchAll) {
    const best = routes.ok[0];
    if (current && !routes.ok.includes(current)) {
      if (best) {
        c.rawKit.healthcheck = "probe";
        c.rawKit["health-path"] = best;
        c.changes.push(`GET ${current} did not answer 2xx; ${best} does: the healthcheck GETs ${best}`);
      } else {
        c.rawKit.healthcheck = "tcp";
        c.changes.push(`no health route answered 2xx (tried ${subject.candidates.join(", ")}): the healthcheck connects to port ${subject.port} instead`);
      }
    } else if (tcp && best) {
      c.rawKit.healthcheck = "probe";
      c.rawKit["health-path"] = best;
      c.changes.push(`${best} answers 2xx: the healthcheck GETs it instead of only connecting`);
    }
  }
  if (!c.changes.length && obs.healthySeconds === void 0 && subject.healthcheck.kind !== "none")
    c.needsUser.push(`it listens, but its healthcheck did not pass (status: ${obs.health ?? "none"})${obs.logTail ? `. Its last lines:
${indent(obs.logTail)}` : ""}`);
  const killed = obs.stopSeconds !== void 0 && obs.stopSeconds >= KILLED_AFTER_S;
  if (killed && subject.init === false) {
    c.rawKit.init = "tini";
    c.changes.push(`docker stop waited ${obs.stopSeconds.toFixed(1)} s and killed it (SIGTERM ignored as PID 1): tini becomes PID 1 and passes the signal on`);
  } else if (!c.changes.length && killed)
    c.needsUser.push(`docker stop waited ${obs.stopSeconds.toFixed(1)} s and killed it: it does not exit on SIGTERM (handle it, as README.Docker.md shows under "Stopping")`);
  return c;
}
function exitNeeds(obs, reason, ctx) {
  if (reason.kind === "usage") return answerAsks(obs.exited?.asked ?? [], ctx, reason.line);
  if (reason.kind === "address-unavailable") {
    const moved = listenWhere(ctx, ctx.port, `it could not bind at start ("${reason.line.slice(0, 100)}")`);
    return moved ? [moved] : [];
  }
  if (reason.kind !== "permission") return [];
  const written = obs.written && stateFromWrites(obs.written.added, obs.written.workdir, ctx);
  if (written?.length) return written;
  const dir = reason.subject ? dataDirOf(reason.subject) : void 0;
  return dir && !ctx.dataDirs.includes(dir) ? [{ dataDirs: [dir], change: `it could not write ${reason.subject} (${reason.line.slice(0, 120)}): ${dir} becomes a directory its user owns, a volume in compose` }] : [];
}
function apply(c, needs, subject) {
  const args = needs.flatMap((n) => n.args ?? []);
  const env = needs.flatMap((n) => n.env ?? []);
  const dirs = needs.flatMap((n) => n.dataDirs ?? []);
  if (args.length) c.rawKit.cmd = [...subject.cmd, ...args].join(" ");
  if (env.length) c.rawKit.env = envAnswer(env);
  if (dirs.length) c.rawKit["data-dir"] = [.../* @__PURE__ */ new Set([...subject.dataDirs, ...dirs])].join(",");
  for (const n of needs) {
    if (n.change) c.changes.push(n.change);
    if (n.needsUser) c.needsUser.push(n.needsUser);
  }
}
var describe = (ls) => ls.map((l) => `${l.address.includes(":") ? `[${l.address}]` : l.address}:${l.port}`).join(", ");
var indent = (text) => text.split("\n").map((l) => `    ${l}`).join("\n");
function verifiedRows(build, obs, subject, engineVersion) {
  const hc = subject.healthcheck;
  const route = hc.kind === "probe" ? hc.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, "GET ").replace(/^tcp:\/\/127\.0\.0\.1:/, "connect to port ") : hc.kind === "subcommand" ? `the ${hc.args.join(" ")} subcommand` : "none";
  return [
    ["engine", `Docker ${engineVersion}; quick build (no LTO, ${QUICK_BUILD.CARGO_PROFILE_RELEASE_CODEGEN_UNITS} codegen units, opt-level ${QUICK_BUILD.CARGO_PROFILE_RELEASE_OPT_LEVEL}): release images keep Cargo.toml's profile`],
    ["build", `${build.seconds.toFixed(1)} s, image ${build.sizeMB?.toFixed(1) ?? "?"} MB`],
    ["listening", subject.hasProbe ? describe(obs.listeners) || "nothing" : obs.fromHost?.ok ? `port ${subject.port} (answers the host)` : "not seen"],
    ["healthcheck", route],
    ["healthy", obs.healthySeconds === void 0 ? `no (${obs.health ?? "no healthcheck"})` : `after ${obs.healthySeconds.toFixed(1)} s`],
    ["from host", obs.fromHost ? `${obs.fromHost.detail}` : "not checked"],
    ["stop", obs.stopSeconds === void 0 ? "not stopped" : `${obs.stopSeconds.toFixed(1)} s (exit ${obs.stopExitCode})`]
  ];
}

export {
  QUICK_BUILD,
  KILLED_AFTER_S,
  serviceSubject,
  buildImage,
  observe,
  correct,
  verifiedRows
};
