// The kit's decision alone: crate facts and answers in, each value the image gets out with the evidence behind it.
// Pure: what it needs from disk is read into the facts before; the report is rendered from what it returns.
import { KIT_FRAMEWORKS, METRICS_EXPORTERS } from "../catalog/catalog.js";
import { mergeEnv, type KitOptions } from "../options/options.js";
import path from "node:path";
import { homeStateDir, type ConfigArg, type Found, type RunFacts } from "./scan/scan.js";
import type { NativeTool } from "./findings.js";
import { defaultPort, listenValue } from "./scan/cli-options.js";
import { HEALTH_PATHS, METRICS_PATHS, SET_BY_IMAGE } from "./scan/source-rules.js";
import { probePath } from "../render/template-data.js";
import { evidenceText } from "./report.js";
import type { Answered, Decided, Evidence, Finding, Healthcheck, Scrape } from "../domain.js";

export interface DecisionFacts {
  run: RunFacts;
  /** The binary the image runs, chosen before the sources were read (they are its sources). */
  bin: Decided<string>;
  /** The native libraries and tools the build installs, decided from the lock and the build graph. */
  nativeTools: Decided<NativeTool>[];
  /** The package-root files filesAsked names that exist. */
  files: string[];
  /** The production configuration file at the package root, when there is one. */
  productionConfig?: string;
  /** A multi-platform build: tini cannot be installed per platform. */
  crossCompile: boolean;
  /** Variables compose points at its backing services. */
  wiredEnv: string[];
  /** What the kit found about the build (features, CI, backing services): notes as they are. */
  buildNotes: Finding[];
  /** Rows of METRICS_EXPORTERS the build compiles. */
  exporters: string[];
}

export interface DecisionAnswers {
  kit: KitOptions;
  port: number;
  /** Where each answer came from, by its flag ("port", "cmd", "health-path", …) and by "env:NAME" for a variable. */
  given: Partial<Record<string, Answered>>;
}

/** What a loopback address in the code comes to in the image. */
export type BindFix =
  | { kind: "overridden"; by: string }
  | { kind: "other-command"; command: string; serve: string }
  | { kind: "second-listener"; name: string }
  | { kind: "none" };

export interface KitDecision {
  bin: Decided<string>;
  nativeTools: Decided<NativeTool>[];
  port: Decided<number>;
  /** The image's CMD in parts, each with its evidence (a subcommand, then a flag a route needs); none: no arguments. */
  cmd: Decided<string[]>[];
  env: Decided<[string, string]>[];
  healthcheck: Decided<Healthcheck>;
  dataDirs: Decided<string>[];
  stopSignal: Decided<"SIGTERM" | "SIGINT">;
  /** PID 1: tini, or the binary itself. */
  init: Decided<"tini" | "none">;
  /** Variables it cannot start without that nothing here sets: the user's to give. */
  requiredEnv: Decided<string>[];
  /** Each loopback address in the code and what makes it harmless in the image (none: the user's to fix). */
  bind: { at: Found & { text: string }; fix: BindFix }[];
  /** Where Prometheus scrapes its own metrics endpoint; none without one. */
  scrape?: Decided<Scrape>;
  /** What stays the user's to read or do: the build's notes, then the run's. */
  notes: Finding[];
}

/** A scan finding as evidence. */
const code = (at: Found, shape: string): Evidence => ({ kind: "code", file: at.file, line: at.line, shape });

/**
 * The healthcheck an existing crate gets when no style is chosen, and the route a probe requests: the one given
 * (--health-path), else the first the code registers, else its framework's own; without any, the probe only connects
 * to the port (an HTTP check of a route that does not exist could never pass), and a service that listens on a Unix
 * socket by default gets none (no port to connect to).
 */
export function healthDefault(kit: Pick<KitOptions, "healthPath">, run: Pick<RunFacts, "routes" | "framework" | "unixSocket">): { style: "probe" | "tcp" | "none"; route?: string } {
  const route = kit.healthPath ?? run.routes[0]?.path ?? (run.framework ? KIT_FRAMEWORKS[run.framework]?.healthPath : undefined);
  return route ? { style: "probe", route } : run.unixSocket ? { style: "none" } : { style: "tcp" };
}

/** Decides every value the kit gives an existing crate's image: an answer wins, then the code, the framework, the default. */
export function decide(facts: DecisionFacts, answers: DecisionAnswers): KitDecision {
  const { run } = facts;
  const { kit, port, given } = answers;
  const notes: Finding[] = [...facts.buildNotes];
  const answered = (key: string, flag = `--${key}`): Evidence => given[key] ?? { kind: "flag", flag };

  const foundPort = run.port && { value: run.port.port, from: code(run.port, run.port.shape) };
  const decidedPort: Decided<number> = given.port
    ? { value: port, from: given.port, ...(foundPort && foundPort.value !== port ? { instead: foundPort } : {}) }
    : foundPort?.value === port
      ? foundPort
      : { value: port, from: { kind: "default" } };

  const framework = run.framework ? KIT_FRAMEWORKS[run.framework] : undefined;
  const route = run.routes[0];
  const fallback = healthDefault(kit, run);
  const style = kit.healthcheck ?? fallback.style;
  const probeRoute = fallback.route ?? "/health";
  const probeOf = (path: string): Healthcheck => ({ kind: "probe", url: `http://127.0.0.1:${port}${path}` });
  const healthcheck: Healthcheck =
    style === "subcommand"
      ? { kind: "subcommand", args: kit.healthcheckArgs }
      : style === "probe"
        ? probeOf(probeRoute)
        : style === "tcp"
          ? { kind: "probe", url: `tcp://127.0.0.1:${port}` }
          : { kind: "none" };
  const routeUsed = style === "probe" && probeRoute === route?.path;
  // The route the code registers, else the one its framework serves.
  const foundHealth: Decided<Healthcheck> | undefined = route
    ? { value: probeOf(route.path), from: code(route, route.metrics ? `${route.shape}; no health route, ${route.path} is its metrics endpoint` : route.shape) }
    : framework?.healthPath
      ? { value: probeOf(framework.healthPath), from: { kind: "framework", framework: framework.label, why: `serves ${framework.healthPath}` } }
      : undefined;
  const healthGiven = kit.healthPath !== undefined ? answered("health-path") : kit.healthcheck === "subcommand" ? answered("healthcheck-cmd") : kit.healthcheck ? answered("healthcheck") : undefined;
  const decidedHealth: Decided<Healthcheck> = healthGiven
    ? { value: healthcheck, from: healthGiven, ...(foundHealth && probePath(healthcheck) !== probePath(foundHealth.value) ? { instead: foundHealth } : {}) }
    : (foundHealth ?? {
        value: healthcheck,
        from: run.unixSocket
          ? code(run.unixSocket, `listens on a Unix socket when ${run.unixSocket.condition}, on TCP only otherwise: by default no port listens to probe (--healthcheck tcp if you run it on TCP)`)
          : { kind: "default", why: run.http ? `no health route: looked for ${HEALTH_PATHS.join(", ")}; add one and re-run for an HTTP check` : "no HTTP server crate" },
      });

  const env: Decided<[string, string]>[] = [];
  const setsEnv = (name: string) => env.some((e) => e.value[0] === name);
  const own = run.ownRocketConfig;
  // A configuration it builds itself reads its own variables (or none) instead of the framework's.
  const listen = own ? (own.envPrefix ? { host: `${own.envPrefix}ADDRESS`, port: `${own.envPrefix}PORT` } : undefined) : framework?.listenEnv;
  if (listen) {
    const from: Evidence = own
      ? code(own, `launches Rocket with its own configuration, read from ${own.envPrefix}* variables`)
      : { kind: "framework", framework: framework!.label, why: `reads ${listen.host} and ${listen.port}` };
    env.push({ value: [listen.host, "0.0.0.0"], from }, { value: [listen.port, String(port)], from });
  }
  for (const [name, choices] of Object.entries(framework?.env ?? {})) {
    const { value, ifFile } = choices.find((c) => !c.ifFile || facts.files.includes(c.ifFile))!;
    env.push({ value: [name, value], from: { kind: "framework", framework: framework!.label, why: `reads ${name}${ifFile ? `; ${ifFile} exists` : ""}` } });
  }
  // A health route that exists only when a variable switches it on: the image switches it on.
  const gate = routeUsed ? route.enabledBy : undefined;
  if (gate && "name" in gate && !setsEnv(gate.name))
    env.push({ value: [gate.name, gate.value], from: code(route, `${route.path} is registered only when ${gate.name} is set`) });
  const gateFlag = gate && "flag" in gate ? gate.flag : undefined;
  for (const v of run.listenVars) {
    if (v.name === "HOST" || v.name === "PORT" || setsEnv(v.name)) continue;
    const value = v.kind === "port" ? String(port) : v.kind === "host" ? "0.0.0.0" : "production";
    env.push({ value: [v.name, value], from: code(v, `reads ${v.name}${v.kind === "environment" && facts.productionConfig ? `; ${facts.productionConfig} exists` : ""}`) });
  }
  // Per-user directories resolve under HOME, which the image's user has no writable one of: a state directory instead.
  const givenHome = kit.env.find(([name]) => name === "HOME")?.[1];
  const home: Decided<string> | undefined =
    run.homeDirs.length && !givenHome ? { value: homeStateDir(facts.bin.value), from: code(run.homeDirs[0], `${run.homeDirs[0].call}; writes ${run.homeDirs[0].path} at run time`) } : undefined;
  if (home) env.push({ value: ["HOME", home.value], from: home.from });
  for (const h of run.homeDirs)
    notes.push({ found: `${h.file}:${h.line} writes ${h.path} at run time (${h.call})`, action: home ? `HOME=${home.value}, owned by the image's user: a volume in compose, an emptyDir in Kubernetes` : `under HOME=${givenHome} (${evidenceText(answered("env:HOME", "--env"))})` });
  for (const f of run.configFiles) notes.push({ found: `${f} (its code reads it by name)`, action: `copied to /app/${f}, the working directory` });
  for (const p of run.configProblems)
    notes.push({ found: `${p.file}:${p.line} does not parse (${p.problem})`, action: "nothing in it was read: the listen address, port and data directories it may set are not known", warn: true });
  const address = run.configAddress;
  if (address) {
    const loopback = address.host !== undefined && /^(?:127\.|localhost$|\[::1\]$)/.test(address.host);
    const set = address.host === undefined ? String(address.port) : `${address.host}:${address.port}`;
    if (address.envName && (loopback || address.port !== port))
      env.push({
        value: [address.envName, address.host === undefined ? String(port) : `0.0.0.0:${port}`],
        from: { kind: "config", file: `${address.file}:${address.line}`, key: address.key, why: `${set}; config-rs reads ${address.envName} over that value` },
      });
    else if (loopback)
      notes.push({ found: `${address.file}:${address.line} sets ${address.key} = ${set}`, action: "unreachable from outside a container: set 0.0.0.0 there (no variable the code reads overrides it)", warn: true });
  }
  const field = run.configListenField;
  if (field)
    env.push({
      value: [field.envName, `0.0.0.0:${port}`],
      from: code(field, `reads its listen address from ${field.key}: config-rs, no value in the crate; it reads ${field.envName} over the config file`),
    });

  const serve = run.serve;
  const frameworkCmd = framework?.cmd?.map((a) => a.replace("{port}", String(port)));
  // A listen address taken as the first argument (with a default) gets every interface and the port instead.
  const addressArg = !kit.cmd && !frameworkCmd && !serve ? run.startArgs.addressArg : undefined;
  // Its own listen option gets every interface, as an address with the port when the option takes one.
  const listenOption = !kit.cmd && !frameworkCmd && !addressArg ? run.listenOption : undefined;
  const listenArgs = listenOption?.flag ? [listenOption.flag, listenValue(listenOption, port)] : serve?.hostArg ? [`--${serve.hostArg}`, "0.0.0.0"] : [];
  // What the code asks the image to run, whether or not --cmd replaces it.
  const foundCmd: Decided<string[]> | undefined = frameworkCmd
    ? { value: frameworkCmd, from: { kind: "framework", framework: framework!.label, why: `serves through \`${frameworkCmd[0]}\`` } }
    : serve
      ? { value: [...serve.name.split(" "), ...listenArgs, ...(serve.portArg ? [`--${serve.portArg}`, String(port)] : [])], from: code(serve, `the \`${serve.name}\` subcommand`) }
      : addressArg
        ? { value: [`0.0.0.0:${port}`], from: code(addressArg, `takes its listen address as an argument (${addressArg.name})`) }
        : listenOption?.flag
          ? { value: listenArgs, from: code(listenOption, `${listenOption.flag} sets where it listens${listenOption.default ? ` (default ${listenOption.default}${defaultPort(listenOption) === 0 ? ", a random port" : ""})` : ""}`) }
          : undefined;
  const cmd: Decided<string[]>[] = kit.cmd
    ? [{ value: kit.cmd, from: answered("cmd"), ...(foundCmd ? { instead: foundCmd } : {}) }]
    : [...(foundCmd ? [foundCmd] : []), ...(gateFlag ? [{ value: [gateFlag], from: code(route, `${route.path} is registered only with ${gateFlag}`) }] : [])];
  if (gateFlag && kit.cmd)
    notes.push({ found: `${route.path} is registered only with ${gateFlag} (${route.file}:${route.line})`, action: `not passed: --cmd "${kit.cmd.join(" ")}" is the image's command` });
  if (own && !listen && !listenOption?.flag)
    notes.push({
      found: `${own.file}:${own.line} launches Rocket with a configuration it builds itself: ROCKET_ADDRESS and ROCKET_PORT do not reach it`,
      action: "nothing the image sets changes where it listens (127.0.0.1:8000 unless its code says otherwise): read the address and port from a variable or an option, then re-run",
      warn: true,
    });
  // Arguments it cannot start without: a directory it creates is passed (and kept on a volume), the rest are the user's.
  const requiredArgs = kit.cmd ? [] : run.startArgs.requiredArgs;
  for (const a of requiredArgs) {
    const needs = `it needs the argument ${a.name} to start${a.createdAt ? `, a directory it creates (${a.createdAt.file}:${a.createdAt.line})` : ""}`;
    if (a.dataDir) cmd.push({ value: [a.dataDir], from: code(a, needs) });
    else
      notes.push({
        found: `${a.file}:${a.line} needs the argument ${a.name} to start`,
        action: `yours to provide: run it with --cmd "${[...cmd.flatMap((c) => c.value), `<${a.name}>`].join(" ")}" (without it the binary exits with a usage error)`,
        warn: true,
      });
  }
  const configArg = run.startArgs.configArg;
  // Where the image's working directory puts the file it reads by default.
  const defaultAt = configArg?.defaultFile && path.posix.resolve("/app", configArg.defaultFile);
  if (configArg && !kit.cmd)
    notes.push({
      found: `${configArg.file}:${configArg.line} needs a configuration file (${configArg.name}${configArg.defaultFile ? `, default ${configArg.defaultFile}` : ""}) to start`,
      action: configArg.inCode
        ? `yours to provide: mount one at ${defaultAt ?? "the path it reads"} (without it the binary exits at start)`
        : `yours to provide: ${defaultAt ? `mount one at ${defaultAt} (its default), or at /app/config.toml` : "mount one (e.g. at /app/config.toml)"} and run it with --cmd "${configCmd(configArg, cmd.flatMap((c) => c.value))}" (without it the binary exits${defaultAt ? " when it cannot read the file" : " with a usage error"})`,
      warn: true,
    });

  const hostVars = env.filter((e) => e.value[1] === "0.0.0.0").map((e) => e.value[0]);
  const hostArg = serve?.hostArg && !kit.cmd ? serve.hostArg : undefined;
  const listenDefault = listenOption?.flag ? listenOption.defaultAt : undefined;
  const bind: KitDecision["bind"] = run.loopback.map((b) => {
    // An option of another subcommand (a client's target host) is not where the server listens.
    const otherCommand = serve && !kit.cmd && b.file === serve.file ? serve.otherCommands.find((o) => b.line >= o.from && b.line <= o.to) : undefined;
    if (otherCommand) return { at: b, fix: { kind: "other-command", command: otherCommand.name, serve: serve!.name } };
    if (b.secondListener) return { at: b, fix: { kind: "second-listener", name: b.secondListener } };
    // A loopback default of a variable that carries the listen address: the image sets the variable (as an address
    // with the port when the default has one).
    const addressVar = kit.cmd ? undefined : run.addressVars.find(([name]) => b.text.includes(`"${name}"`) && !kit.env.some(([given]) => given === name));
    if (addressVar && !setsEnv(addressVar[0])) {
      const value = /"(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+"/.test(b.text) ? `0.0.0.0:${port}` : addressVar[1].replace("{port}", String(port));
      env.push({ value: [addressVar[0], value], from: code(b, "defaults to loopback") });
      hostVars.push(addressVar[0]);
    }
    // A loopback default the image overrides (a host variable it sets, the host option it passes) is harmless.
    const overriddenBy =
      hostVars.find((v) => b.text.includes(`"${v}"`)) ??
      (addressArg && b.file === addressArg.file && Math.abs(b.line - addressArg.line) <= 3 ? `CMD 0.0.0.0:${port}` : undefined) ??
      (listenDefault && b.file === listenDefault.file && b.line === listenDefault.line ? listenArgs.join(" ") : undefined) ??
      (hostArg && b.file === serve!.file && b.line > serve!.line && b.line - serve!.line < 20 && /default_value/.test(b.text) ? `--${hostArg} 0.0.0.0` : undefined);
    return { at: b, fix: overriddenBy ? { kind: "overridden", by: overriddenBy } : { kind: "none" } };
  });

  const stop = run.interruptOnly;
  // A binary that handles no signal at all ignores SIGTERM as PID 1: `docker stop` waits 10 s, Kubernetes its grace period.
  const noSignal = !run.handlesSigterm && !stop;
  const wanted = kit.init ?? (noSignal ? "tini" : "none");
  const init = wanted === "tini" && !facts.crossCompile ? "tini" : "none";
  if (wanted === "tini" && init === "none")
    notes.push({ found: "tini as PID 1", action: "a multi-platform build cannot install tini per platform here: compose's init: true covers docker compose; use `docker run --init`" });

  // --env values join what was detected; a given value replaces a detected one of the same name (mergeEnv's rule).
  const givenEnv = kit.env.map(([name, value]): Decided<[string, string]> => ({ value: [name, value], from: answered(`env:${name}`, "--env") }));
  const all = [...env, ...givenEnv];
  const decidedEnv = mergeEnv(...all.map((e) => [e.value])).map(([name, value]): Decided<[string, string]> => {
    const last = [...all].reverse().find((e) => e.value[0] === name)!;
    const found = env.find((e) => e.value[0] === name && e.value[1] !== value);
    return found && last !== found ? { ...last, instead: found } : last;
  });
  const requiredEnv = run.requiredEnv
    .filter((r) => !SET_BY_IMAGE.test(r.name) && !decidedEnv.some((e) => e.value[0] === r.name) && !facts.wiredEnv.includes(r.name))
    .map((r): Decided<string> => ({ value: r.name, from: code(r, r.shape) }));

  const dataDirs: Decided<string>[] = [];
  // One per place the code writes, each with its evidence (two paths may share a directory).
  for (const d of run.dataDirs) dataDirs.push({ value: d.dir, from: code(d, `${d.shape}; writes ${d.path} at run time`) });
  if (home && !dataDirs.some((o) => o.value === home.value)) dataDirs.push(home);
  // A directory argument the image passes itself (a registry's root) lives on a volume too.
  for (const a of requiredArgs)
    if (a.dataDir && !dataDirs.some((o) => o.value === a.dataDir)) dataDirs.push({ value: a.dataDir, from: code(a, `the image passes it as the argument ${a.name}`) });
  for (const dir of kit.dataDirs) if (!dataDirs.some((o) => o.value === dir)) dataDirs.push({ value: dir, from: answered("data-dir") });

  const scrape = decideScrape(run, facts.exporters, port, notes);

  return {
    bin: facts.bin,
    nativeTools: facts.nativeTools,
    port: decidedPort,
    cmd,
    env: decidedEnv,
    healthcheck: decidedHealth,
    dataDirs,
    stopSignal: stop ? { value: "SIGINT", from: code(stop, "handles Ctrl-C (SIGINT) but nothing handles SIGTERM") } : { value: "SIGTERM", from: { kind: "default" } },
    init: {
      value: init,
      from: kit.init ? answered("init") : { kind: "default", why: noSignal ? "nothing in the code handles SIGTERM or SIGINT" : "the binary handles its stop signal" },
    },
    requiredEnv,
    bind,
    ...(scrape ? { scrape } : {}),
    notes,
  };
}

/**
 * Where Prometheus scrapes the crate's own metrics, first found first: a metrics route on its router (the service's
 * port), a path an exporter's builder answers on that port, a listener of an exporter's own on every interface at a
 * port the code names or the exporter's default. A listener on loopback, or at an address only its configuration
 * gives, cannot be wired from here: a note says so. Nothing else counts, not even an exporter crate alone.
 */
function decideScrape(run: Pick<RunFacts, "routes" | "metricsEndpoints">, exporters: string[], port: number, notes: Finding[]): Decided<Scrape> | undefined {
  const route = run.routes.find((r) => r.metrics);
  if (route) return { value: { port, path: route.path, separate: false }, from: code(route, `${route.shape}: its metrics route`) };
  const built = run.metricsEndpoints.filter((e) => exporters.includes(e.exporter));
  const endpoint = built.find((e) => !e.listener);
  if (endpoint) return { value: { port, path: endpoint.path, separate: false }, from: code(endpoint, endpoint.shape) };
  const listener = built.find((e) => e.listener?.port && !e.listener.loopback);
  if (listener) {
    const separate = listener.listener!.port !== port;
    return { value: { port: listener.listener!.port!, path: listener.path, separate }, from: code(listener, `${listener.shape}: a metrics listener of its own`) };
  }
  for (const e of built)
    notes.push({
      found: `${e.file}:${e.line} serves metrics on a listener of its own (${e.shape})`,
      action: e.listener?.loopback
        ? "it binds loopback, which Prometheus outside the container cannot reach: no scrape target is written (bind 0.0.0.0 and re-run)"
        : "where it listens comes from its configuration: no scrape target is written (add prometheus.io annotations by hand)",
    });
  const unseen = exporters.filter((x) => !built.some((e) => e.exporter === x));
  if (!built.length && unseen.length)
    notes.push({
      found: `${unseen.join(", ")} in the build (${unseen.map((x) => METRICS_EXPORTERS[x].summary).join("; ")})`,
      action: `no metrics route or listener found in the code: no scrape target is written (a route at ${METRICS_PATHS.join(" or ")} would be)`,
    });
  return undefined;
}

/** The command that gives it a configuration file at /app/config.toml: a global option goes before the subcommand. */
function configCmd(arg: ConfigArg, cmd: string[]): string {
  if (!arg.name.startsWith("--")) return [...cmd, "/app/config.toml"].join(" ");
  return (arg.global ? [arg.name, "/app/config.toml", ...cmd] : [...cmd, arg.name, "/app/config.toml"]).join(" ");
}

/** The package-root files decide asks about (a framework's configuration for an environment), for the caller to look for. */
export function filesAsked(run: Pick<RunFacts, "framework">): string[] {
  const env = run.framework ? KIT_FRAMEWORKS[run.framework]?.env : undefined;
  return Object.values(env ?? {}).flatMap((choices) => choices.flatMap((c) => (c.ifFile ? [c.ifFile] : [])));
}
