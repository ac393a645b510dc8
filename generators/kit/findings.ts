// Findings alone: turns what detection and the source scan read in an existing crate into the kit's choices
// (healthcheck, listen environment, CMD) and one plan line per finding.
import { existsSync } from "node:fs";
import path from "node:path";
import { BACKING_CLIENTS, BACKING_VARS, BUILDERS, CACHES, DATABASES, KIT_FRAMEWORKS, RUNTIMES, type Runtime } from "../catalog/catalog.js";
import { NATIVE_LIBS, nativeBuild } from "../catalog/native-libs.js";
import { mergeEnv, type KitOptions, type ServiceOptions } from "../options/options.js";
import { homeStateDir, productionConfigFile, type ConfigArg, type RunFacts } from "./scan/scan.js";
import { defaultPort, listenValue } from "./scan/cli-options.js";
import { HEALTH_PATHS, SET_BY_IMAGE } from "./scan/source-rules.js";
import type { CrateContext, Finding, Healthcheck } from "../domain.js";

/** One line per native library the lock calls for: what the builder and the runtime image get. */
/** `scriptRunners`: the crates whose build scripts run each tool row, when the scripts were read. */
export function libFindings(libs: string[], runtime: Runtime, runtimeNote: string | undefined, scriptRunners?: Map<string, string[]>): Finding[] {
  const { family } = BUILDERS[RUNTIMES[runtime].libc];
  const staticBinary = RUNTIMES[runtime].libc === "musl";
  const found = libs.map((lib): Finding => {
    const b = nativeBuild([lib], family, staticBinary);
    const builder = [...b.host, ...b.target];
    const runtimeSide = b.runtime.length ? `; ${b.runtime.join(" ")} at run time${runtime === "debian-slim" ? "" : ` (${runtime} ships it)`}` : staticBinary && NATIVE_LIBS[lib].runtime ? "; linked statically" : "";
    const runners = scriptRunners?.get(lib);
    const via = NATIVE_LIBS[lib].via === "cargo-config" ? ".cargo/config.toml" : runners ? `the build script of ${runners.join(", ")}` : `Cargo.lock: ${lib}`;
    return { found: `${via} — ${NATIVE_LIBS[lib].library}`, action: `${builder.length ? `${builder.join(" ")} in the builder` : "nothing to install"}${runtimeSide}${b.env.length ? ` (${b.env.join(" ")})` : ""}` };
  });
  return runtimeNote ? [...found, { found: "runtime image", action: runtimeNote }] : found;
}

/** What the sources say about building: embedded directories, sqlx's offline data, features a compile_error! asks for. */
export function buildFindings(run: RunFacts, enabled: Set<string> | "all", sqlxOffline: boolean, assets: string[]): Finding[] {
  const found: Finding[] = [];
  for (const e of run.embedded)
    if (assets.includes(e.dir)) found.push({ found: `${e.file}:${e.line} embeds ${e.dir}/ at compile time`, action: `${e.dir}/ is not copied into the image` });
  if (sqlxOffline) found.push({ found: ".sqlx/ (sqlx's prepared query data)", action: "SQLX_OFFLINE=true in the build stage: the query macros check against it, no database needed" });
  else if (run.sqlxQuery)
    found.push({
      found: `${run.sqlxQuery.file}:${run.sqlxQuery.line} uses sqlx's compile-time checked queries, without .sqlx/`,
      action: "the image build needs them prepared: run `cargo sqlx prepare` (--workspace in a workspace) and commit .sqlx/, then re-run",
      warn: true,
    });
  for (const r of run.requiredFeatures) {
    const met = enabled === "all" || r.features.some((f) => enabled.has(f));
    found.push({
      found: `${r.file}:${r.line} stops the build (compile_error!) without feature ${r.features.join(" or ")}`,
      action: met ? "on in this build (the crate's default features or the ones given)" : `pass --features ${r.features[0]}${r.features.length > 1 ? ` (or ${r.features.slice(1).join(", ")})` : ""}`,
      warn: !met,
    });
  }
  return found;
}

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

/**
 * The healthcheck, listen environment, writable directories and findings for an existing crate: a chosen style wins,
 * else healthDefault's.
 */
export function runContext(
  run: RunFacts,
  kit: KitOptions,
  port: number,
  packageRoot: string,
  /** The binary's name: compose's service, and its state directory's. */
  service: string,
  buildFindings: Finding[],
  crossCompile = false,
  wiredEnv: string[] = [],
): Pick<CrateContext, "healthcheck" | "listenEnv" | "requiredEnv" | "cmd" | "stopSignal" | "init" | "initGiven" | "detected" | "dataDirs"> {
  const detected: Finding[] = [...buildFindings];
  if (run.port)
    detected.push({
      found: `${run.port.file}:${run.port.line} listens on ${run.port.port} (${run.port.shape})`,
      action: run.port.port === port ? `port ${port} for EXPOSE, the healthcheck, compose and deploy files (--port overrides)` : `not used: port ${port} was given`,
    });
  const framework = run.framework ? KIT_FRAMEWORKS[run.framework] : undefined;
  const route = run.routes[0];
  const fallback = healthDefault(kit, run);
  const style = kit.healthcheck ?? fallback.style;
  const probePath = fallback.route ?? "/health";
  const healthcheck: Healthcheck =
    style === "subcommand"
      ? { kind: "subcommand", args: kit.healthcheckArgs }
      : style === "probe"
        ? { kind: "probe", url: `http://127.0.0.1:${port}${probePath}` }
        : style === "tcp"
          ? { kind: "probe", url: `tcp://127.0.0.1:${port}` }
          : { kind: "none" };
  if (route) {
    const what = route.metrics ? `no health route; ${route.path} is its metrics endpoint` : `health route ${route.path}`;
    detected.push({ found: `${what} (${route.file}:${route.line}, ${route.shape})`, action: style === "probe" && probePath === route.path ? `the healthcheck GETs ${route.path}` : `not used: the healthcheck is ${kit.healthPath ? `GET ${kit.healthPath} (--health-path)` : `--healthcheck ${style}`}` });
  } else if (framework?.healthPath)
    detected.push({ found: `${framework.label} serves ${framework.healthPath}`, action: style === "probe" && probePath === framework.healthPath ? `the healthcheck GETs ${framework.healthPath}` : "not used" });
  else if (style === "none" && run.unixSocket)
    detected.push({
      found: `${run.unixSocket.file}:${run.unixSocket.line} listens on a Unix socket when ${run.unixSocket.condition}, on TCP only otherwise`,
      action: kit.healthcheck ? "no healthcheck (--healthcheck none)" : "no healthcheck: by default no port listens to probe (--healthcheck tcp if you run it on TCP)",
    });
  else if (style === "tcp")
    detected.push({
      found: run.http ? `no health route (looked for ${HEALTH_PATHS.join(", ")})` : "no HTTP server crate",
      action: `the healthcheck connects to port ${port} (TCP)${run.http ? "; add a health route and re-run for an HTTP check" : ""}`,
    });
  const listenEnv: [string, string][] = [];
  const own = run.ownRocketConfig;
  // A configuration it builds itself reads its own variables (or none) instead of the framework's.
  const listen = own ? (own.envPrefix ? { host: `${own.envPrefix}ADDRESS`, port: `${own.envPrefix}PORT` } : undefined) : framework?.listenEnv;
  if (listen) {
    listenEnv.push([listen.host, "0.0.0.0"], [listen.port, String(port)]);
    detected.push({
      found: own ? `${own.file}:${own.line} launches Rocket with its own configuration, read from ${own.envPrefix}* variables` : `${framework!.label} reads ${listen.host} and ${listen.port}`,
      action: `${listen.host}=0.0.0.0 and ${listen.port}=${port} in the image and compose file`,
    });
  }
  for (const [name, choices] of Object.entries(framework?.env ?? {})) {
    const { value, ifFile } = choices.find((c) => !c.ifFile || existsSync(path.join(packageRoot, c.ifFile)))!;
    listenEnv.push([name, value]);
    detected.push({ found: `${framework!.label} reads ${name}`, action: `${name}=${value} in the image and compose file${ifFile ? ` (${ifFile} exists)` : ""}` });
  }
  // A health route that exists only when a variable switches it on: the image switches it on.
  const gate = route && style === "probe" && probePath === route.path ? route.enabledBy : undefined;
  if (gate && "name" in gate && !listenEnv.some(([name]) => name === gate.name)) {
    listenEnv.push([gate.name, gate.value]);
    detected.push({ found: `${route!.path} is registered only when ${gate.name} is set (${route!.file}:${route!.line})`, action: `${gate.name}=${gate.value} in the image and compose file, so the healthcheck finds it` });
  }
  const gateFlag = gate && "flag" in gate ? gate.flag : undefined;
  for (const v of run.listenVars) {
    if (v.name === "HOST" || v.name === "PORT" || listenEnv.some(([name]) => name === v.name)) continue;
    const value = v.kind === "port" ? String(port) : v.kind === "host" ? "0.0.0.0" : "production";
    listenEnv.push([v.name, value]);
    const why = v.kind === "environment" ? ` (${productionConfigFile(packageRoot)} exists)` : "";
    detected.push({ found: `${v.file}:${v.line} reads ${v.name}`, action: `${v.name}=${value} in the image and compose file${why}` });
  }
  for (const d of run.dataDirs)
    detected.push({
      found: `${d.file}:${d.line} writes ${d.path} at run time (${d.shape})`,
      action: `${d.dir} is owned by the image's user: a volume in compose, an emptyDir in Kubernetes`,
    });
  // Per-user directories resolve under HOME, which the image's user has no writable one of: a state directory instead.
  const givenHome = kit.env.find(([name]) => name === "HOME")?.[1];
  const home = run.homeDirs.length && !givenHome ? homeStateDir(service) : undefined;
  if (home) listenEnv.push(["HOME", home]);
  for (const h of run.homeDirs)
    detected.push({
      found: `${h.file}:${h.line} writes ${h.path} at run time (${h.call})`,
      action: home ? `HOME=${home}, owned by the image's user: a volume in compose, an emptyDir in Kubernetes` : `under HOME=${givenHome} (--env)`,
    });
  for (const f of run.configFiles) detected.push({ found: `${f} (its code reads it by name)`, action: `copied to /app/${f}, the working directory` });
  const address = run.configAddress;
  if (address) {
    const loopback = /^(?:127\.|localhost$|\[::1\]$)/.test(address.host);
    const found = `${address.file}:${address.line} sets ${address.key} = ${address.host}:${address.port}`;
    if (address.envName && (loopback || address.port !== port)) {
      listenEnv.push([address.envName, `0.0.0.0:${port}`]);
      detected.push({ found, action: `${address.envName}=0.0.0.0:${port} in the image and compose file (config-rs reads it over that value)` });
    } else if (loopback)
      detected.push({ found, action: "unreachable from outside a container: set 0.0.0.0 there (no variable the code reads overrides it)", warn: true });
  }
  const field = run.configListenField;
  if (field) {
    listenEnv.push([field.envName, `0.0.0.0:${port}`]);
    detected.push({
      found: `${field.file}:${field.line} reads its listen address from ${field.key} (config-rs; no value in the crate)`,
      action: `${field.envName}=0.0.0.0:${port} in the image and compose file (config-rs reads it over the config file)`,
    });
  }
  const serve = run.serve;
  const frameworkCmd = framework?.cmd?.map((a) => a.replace("{port}", String(port)));
  // A listen address taken as the first argument (with a default) gets every interface and the port instead.
  const addressArg = !kit.cmd && !frameworkCmd && !serve ? run.startArgs.addressArg : undefined;
  // Its own listen option gets every interface, as an address with the port when the option takes one.
  const listenOption = !kit.cmd && !frameworkCmd && !addressArg ? run.listenOption : undefined;
  const listenArgs = listenOption?.flag ? [listenOption.flag, listenValue(listenOption, port)] : serve?.hostArg ? [`--${serve.hostArg}`, "0.0.0.0"] : [];
  const cmd =
    kit.cmd ??
    frameworkCmd ??
    (serve
      ? [serve.name, ...listenArgs, ...(serve.portArg ? [`--${serve.portArg}`, String(port)] : [])]
      : addressArg
        ? [`0.0.0.0:${port}`]
        : listenArgs);
  if (gateFlag && !kit.cmd) cmd.push(gateFlag);
  if (gateFlag)
    detected.push({
      found: `${route!.path} is registered only with ${gateFlag} (${route!.file}:${route!.line})`,
      action: kit.cmd ? `not passed: --cmd "${kit.cmd.join(" ")}" is the image's command` : `the image runs it with ${gateFlag} (CMD), so the healthcheck finds it`,
    });
  if (addressArg)
    detected.push({ found: `${addressArg.file}:${addressArg.line} takes its listen address as an argument (${addressArg.name})`, action: `the image runs it with 0.0.0.0:${port} (CMD)` });
  // Under a serve subcommand, its line says the whole command.
  if (listenOption?.flag && !serve) {
    const random = defaultPort(listenOption) === 0 ? ", a random port" : "";
    detected.push({
      found: `${listenOption.file}:${listenOption.line} ${listenOption.flag} sets where it listens${listenOption.default ? ` (default ${listenOption.default}${random})` : ""}`,
      action: `the image runs it with ${listenArgs.join(" ")} (CMD)`,
    });
  }
  if (own && !listen && !listenOption?.flag)
    detected.push({
      found: `${own.file}:${own.line} launches Rocket with a configuration it builds itself: ROCKET_ADDRESS and ROCKET_PORT do not reach it`,
      action: "nothing the image sets changes where it listens (127.0.0.1:8000 unless its code says otherwise): read the address and port from a variable or an option, then re-run",
      warn: true,
    });
  for (const a of run.startArgs.requiredArgs) {
    if (kit.cmd) continue;
    if (a.dataDir) cmd.push(a.dataDir);
    const created = a.createdAt ? `, a directory it creates (${a.createdAt.file}:${a.createdAt.line})` : "";
    detected.push(
      a.dataDir
        ? { found: `${a.file}:${a.line} needs the argument ${a.name} to start${created}`, action: `the image runs it with ${a.dataDir} (CMD), owned by the image's user: a volume in compose, an emptyDir in Kubernetes` }
        : { found: `${a.file}:${a.line} needs the argument ${a.name} to start`, action: `yours to provide: run it with --cmd "${[...cmd, `<${a.name}>`].join(" ")}" (without it the binary exits with a usage error)`, warn: true },
    );
  }
  const configArg = run.startArgs.configArg;
  // Where the image's working directory puts the file it reads by default.
  const defaultAt = configArg?.defaultFile && path.posix.resolve("/app", configArg.defaultFile);
  if (configArg && !kit.cmd)
    detected.push({
      found: `${configArg.file}:${configArg.line} needs a configuration file (${configArg.name}${configArg.defaultFile ? `, default ${configArg.defaultFile}` : ""}) to start`,
      action: configArg.inCode
        ? `yours to provide: mount one at ${defaultAt ?? "the path it reads"} (without it the binary exits at start)`
        : `yours to provide: ${defaultAt ? `mount one at ${defaultAt} (its default), or at /app/config.toml` : "mount one (e.g. at /app/config.toml)"} and run it with --cmd "${configCmd(configArg, cmd)}" (without it the binary exits${defaultAt ? " when it cannot read the file" : " with a usage error"})`,
      warn: true,
    });
  if (frameworkCmd)
    detected.push({ found: `${framework!.label} serves through \`${frameworkCmd[0]}\``, action: kit.cmd ? `not used: --cmd "${kit.cmd.join(" ")}"` : `the image runs \`${cmd.join(" ")}\` (CMD)` });
  else if (serve)
    detected.push({
      found: `${serve.file}:${serve.line} serves through the \`${serve.name}\` subcommand`,
      action: kit.cmd ? `not used: --cmd "${kit.cmd.join(" ")}"` : `the image runs \`${cmd.join(" ")}\` (CMD)`,
    });
  const hostVars = listenEnv.filter(([, value]) => value === "0.0.0.0").map(([name]) => name);
  const hostArg = serve?.hostArg && !kit.cmd ? serve.hostArg : undefined;
  const listenDefault = listenOption?.flag ? listenOption.defaultAt : undefined;
  for (const b of run.loopback) {
    // An option of another subcommand (a client's target host) is not where the server listens.
    const otherCommand = serve && !kit.cmd && b.file === serve.file ? serve.otherCommands.find((o) => b.line >= o.from && b.line <= o.to) : undefined;
    if (otherCommand) {
      detected.push({ found: `${b.file}:${b.line} defaults to loopback in the \`${otherCommand.name}\` subcommand`, action: `not the server's address: the image runs \`${serve!.name}\`` });
      continue;
    }
    if (b.secondListener) {
      detected.push({ found: `${b.file}:${b.line} keeps a listener of its own on loopback (${b.secondListener})`, action: "not the service's address: left as it is" });
      continue;
    }
    // A loopback default of a variable that carries the listen address: the image sets the variable (as an address
    // with the port when the default has one).
    const addressVar = kit.cmd ? undefined : run.addressVars.find(([name]) => b.text.includes(`"${name}"`) && !kit.env.some(([given]) => given === name));
    if (addressVar && !listenEnv.some(([name]) => name === addressVar[0])) {
      const value = /"(?:127\.\d+\.\d+\.\d+|localhost|\[::1\]):\d+"/.test(b.text) ? `0.0.0.0:${port}` : addressVar[1].replace("{port}", String(port));
      listenEnv.push([addressVar[0], value]);
      hostVars.push(addressVar[0]);
    }
    // A loopback default the image overrides (a host variable it sets, the host option it passes) is harmless.
    const overriddenBy =
      hostVars.find((v) => b.text.includes(`"${v}"`)) ??
      (addressArg && b.file === addressArg.file && Math.abs(b.line - addressArg.line) <= 3 ? `CMD 0.0.0.0:${port}` : undefined) ??
      (listenDefault && b.file === listenDefault.file && b.line === listenDefault.line ? listenArgs.join(" ") : undefined) ??
      (hostArg && b.file === serve!.file && b.line > serve!.line && b.line - serve!.line < 20 && /default_value/.test(b.text) ? `--${hostArg} 0.0.0.0` : undefined);
    detected.push(
      overriddenBy
        ? { found: `${b.file}:${b.line} defaults to loopback: ${b.text}`, action: `overridden in the image (${overriddenBy})` }
        : { found: `${b.file}:${b.line} binds loopback: ${b.text}`, action: "unreachable from outside a container: bind 0.0.0.0 (or read HOST) instead", warn: true },
    );
  }
  const stop = run.interruptOnly;
  if (stop)
    detected.push({ found: `${stop.file}:${stop.line} handles Ctrl-C (SIGINT) but nothing handles SIGTERM`, action: "STOPSIGNAL SIGINT: docker stop and Kubernetes send SIGINT, so it shuts down cleanly" });
  // A binary that handles no signal at all ignores SIGTERM as PID 1: `docker stop` waits 10 s, Kubernetes its grace period.
  const noSignal = !run.handlesSigterm && !stop;
  const wanted = kit.init ?? (noSignal ? "tini" : "none");
  const init = wanted === "tini" && !crossCompile ? ("tini" as const) : undefined;
  if (noSignal || kit.init)
    detected.push({
      found: kit.init ? `--init ${kit.init}` : "nothing in the code handles SIGTERM or SIGINT",
      action: init
        ? "tini is the image's PID 1 and passes SIGTERM on: docker stop and Kubernetes end it at once"
        : wanted === "tini"
          ? "a multi-platform build cannot install tini per platform here: compose's init: true covers docker compose; use `docker run --init`"
          : "no init in the image (compose's init: true still applies)",
    });
  // --env values join what was detected; a given value replaces a detected one of the same name.
  const env = mergeEnv(listenEnv, kit.env);
  for (const [name, value] of kit.env) detected.push({ found: `--env ${name}=${value}`, action: "set in the image and compose file" });
  const requiredEnv = run.requiredEnv.filter((r) => !SET_BY_IMAGE.test(r.name) && !env.some(([name]) => name === r.name) && !wiredEnv.includes(r.name));
  for (const r of requiredEnv)
    detected.push({
      found: `${r.file}:${r.line} needs ${r.name} to start (${r.shape})`,
      action: `yours to provide: the compose file lists it (commented) to fill in; docker run -e ${r.name}=…; a Secret in Kubernetes`,
      warn: true,
    });
  return {
    healthcheck,
    listenEnv: env,
    requiredEnv: requiredEnv.map((r) => r.name),
    cmd,
    stopSignal: stop ? "SIGINT" : undefined,
    init,
    initGiven: kit.init,
    detected,
    // A directory argument the image passes itself (a registry's root) lives on a volume too.
    dataDirs: [...new Set([...run.dataDirs.map((d) => d.dir), ...(home ? [home] : []), ...(kit.cmd ? [] : run.startArgs.requiredArgs.flatMap((a) => (a.dataDir ? [a.dataDir] : []))), ...kit.dataDirs])],
  };
}

/** The command that gives it a configuration file at /app/config.toml: a global option goes before the subcommand. */
function configCmd(arg: ConfigArg, cmd: string[]): string {
  if (!arg.name.startsWith("--")) return [...cmd, "/app/config.toml"].join(" ");
  return (arg.global ? [arg.name, "/app/config.toml", ...cmd] : [...cmd, arg.name, "/app/config.toml"]).join(" ");
}

/** What an existing crate's build shows about its backing services: the answers that run them, the variables to set. */
export interface BackingUse {
  answers: Partial<Pick<ServiceOptions, "database" | "cache">>;
  vars: CrateContext["backingVars"];
  /** Clients of services the kit has no compose row for. */
  unsupported: { label: string; crate: string }[];
  clients: Partial<Record<"database" | "cache", string>>;
}

/** Reads the backing services from the crates the build compiles and the variables the code reads. */
export function backingUse(crates: Set<string>, envReads: string[]): BackingUse {
  const use: BackingUse = { answers: {}, vars: { ...BACKING_VARS }, unsupported: [], clients: {} };
  for (const row of BACKING_CLIENTS) {
    const client = row.crates.find((c) => crates.has(c));
    if (!client) continue;
    if (!("option" in row)) {
      use.unsupported.push({ label: row.label, crate: client });
      continue;
    }
    const { key, value, urlVar } = row.option;
    use.answers[key] = value as never;
    use.clients[key] = client;
    const read = envReads.find((name) => urlVar.test(name));
    if (read) use.vars[key] = read;
  }
  return use;
}

/** What the plan says about the backing services compose runs for an existing crate, and what stays the user's. */
export function backingFindings(o: Pick<ServiceOptions, "database" | "cache">, use: BackingUse, run: RunFacts, hasMigrationsDir: boolean): Finding[] {
  const findings: Finding[] = [];
  const services = { database: o.database === "postgres" ? DATABASES.postgres : undefined, cache: o.cache === "redis" ? CACHES.redis : undefined };
  for (const key of ["database", "cache"] as const) {
    const row = services[key];
    if (!row) continue;
    const name = use.vars[key];
    const read = run.envReads.includes(name);
    const where = use.clients[key] ? `the build compiles ${use.clients[key]}` : `--${key} ${o[key]}`;
    findings.push({
      found: `${where}: a ${row.readyName} client`,
      action: `compose runs ${row.compose.service} (${row.compose.image}, healthchecked); the app starts once it is healthy, ${name} points at it`,
    });
    if (!read)
      findings.push({
        found: `the code reads no ${name}`,
        action: `set in compose, but point the crate's own configuration at ${row.compose.service}:${row.compose.port} (see ${name} in the compose file)`,
        warn: true,
      });
  }
  if (services.database)
    findings.push(
      run.embedded.some((e) => e.dir === "migrations")
        ? { found: "migrations embedded in the binary", action: "it applies them itself at start" }
        : hasMigrationsDir
          ? { found: "migrations/ is not applied by the binary", action: "apply it to the db service before first use (e.g. sqlx migrate run, diesel migration run)", warn: true }
          : { found: "no migrations in the crate", action: "the schema is yours to create in the db service" },
    );
  for (const u of use.unsupported)
    findings.push({ found: `the build compiles ${u.crate}: a ${u.label} client`, action: `compose runs no ${u.label}: add a service for it or point the crate at yours`, warn: true });
  return findings;
}
