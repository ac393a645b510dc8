// What a service that would not start, or could not be reached, needs, alone: the paths it created → state
// directories (or HOME); what its usage error asks for → values from its own CLI model, when one is safe to give;
// where it listens → the crate's own listen option or variable. Pure decisions over observations; never a secret.
import { PORT_NAME, isListenName, isLoopback, listenValue, optionName, type CliOption } from "../kit/scan/cli-options.js";
import { homeStateDir } from "../kit/scan/scan.js";
import { HELP_SOURCE } from "./observe.js";

/** What a decision adds to the kit's answers, and the observation behind it. */
export interface Need {
  /** Arguments appended to the image's command (option and value, or a positional's value). */
  args?: string[];
  env?: [string, string][];
  dataDirs?: string[];
  /** The port it will listen on, where the decision moves it. */
  port?: number;
  /** The correction and the observation that caused it, in one line. */
  change?: string;
  /** What only the user can give, with the exact flag. */
  needsUser?: string;
}

export interface NeedContext {
  /** The compose service name (the binary's), which other containers reach it by. */
  service: string;
  port: number;
  /** The image's command arguments now. */
  cmd: string[];
  options: CliOption[];
  dataDirs: string[];
  /** Variables its code reads that may carry its listen address (not set by the image), with the value for every
   * interface (`{port}` for the port). */
  addressVars: [string, string][];
}

/** Names that hold a secret: --verify never makes one up. */
export const SECRET_NAME = /token|secret|passw(?:or)?d|passphrase|credential|private|(?:^|[-_])(?:api[-_]?)?keys?(?:$|[-_])|signing|salt|cookie/i;
/** A directory it serves or keeps state in: a directory of its own in the image is a safe value. */
const DIRECTORY_NAME = /(?:^|[-_])(?:dir|directory|root|folder|storage|state|public|static|www|webroot|assets|uploads|data|files|cache)$/i;
/** The host name others reach it by (links it prints, a cluster peer name): the compose service name. */
const HOST_NAME = /(?:^|[-_])(?:hostname|domain|public[-_]host|external[-_]host|advertise[-_]host|server[-_]name)$/i;
/** A configuration file: only the user has one; the line says where to mount it. */
const CONFIG_NAME = /^(?:config|conf|configuration|settings)(?:[-_](?:file|path))?$|^(?:config|conf)[-_]?file$/i;

/** How a value is given: the option's variable when clap reads one, else on the command line. */
function give(o: CliOption, value: string): Pick<Need, "args" | "env"> {
  if (o.env && o.flag) return { env: [[o.env, value]] };
  return { args: o.flag ? [o.flag, value] : [value] };
}

const where = (o: CliOption) => (o.file === HELP_SOURCE ? o.file : `${o.file}:${o.line}`);
const shown = (need: Pick<Need, "args" | "env">, cmd: string[]) =>
  need.env ? need.env.map(([k, v]) => `--env ${k}=${v}`).join(" ") : `--cmd "${[...cmd, ...need.args!].join(" ")}"`;

/** Whether the command already passes that option. */
const passes = (cmd: string[], o: CliOption) => o.flag !== undefined && cmd.some((a) => a === o.flag || a.startsWith(`${o.flag}=`));

/**
 * What a usage error asked for (`--signing-key`, `<ROOT>`), mapped to its CLI model: a directory it serves or keeps
 * state in gets one of its own (a state directory), a host name the service name, a listen address every interface;
 * anything else, and every secret, is the user's, with the exact flag to give.
 */
export function answerAsks(asked: string[], ctx: NeedContext, logLine: string): Need[] {
  return asked.map((token): Need => {
    const o = ctx.options.find((c) => (token.startsWith("--") ? c.flag === token : `<${c.valueName}>`.toUpperCase() === token.toUpperCase()));
    const said = `its usage error asks for ${token} ("${logLine.slice(0, 100)}")`;
    if (!o) return { needsUser: `${said}, an argument its code does not declare with clap: give it with --cmd "${[...ctx.cmd, token.startsWith("--") ? `${token} …` : "…"].join(" ")}"` };
    const name = optionName(o);
    const placeholder = give(o, "…");
    if (SECRET_NAME.test(name) || (o.env && SECRET_NAME.test(o.env)))
      return { needsUser: `${said} (${where(o)}), a secret: give it with ${shown(placeholder, ctx.cmd)} (--verify never makes one up)` };
    if (CONFIG_NAME.test(name)) {
      const given = give(o, "/app/config/<your file>");
      return { needsUser: `${said} (${where(o)}), a configuration file only you have: mount yours under /app/config and give it with ${shown(given, ctx.cmd)}` };
    }
    if (DIRECTORY_NAME.test(name) && !/bool|u\d+|i\d+/.test(o.type)) {
      const dir = `/app/${name.replace(/-(?:dir|directory|folder)$/i, "")}`;
      const need = give(o, dir);
      return { ...need, dataDirs: [dir], change: `${said} (${where(o)}, a directory): ${shown(need, ctx.cmd)}, ${dir} a directory its user owns, a volume in compose` };
    }
    if (HOST_NAME.test(name)) {
      const need = give(o, ctx.service);
      return { ...need, change: `${said} (${where(o)}, a host name): ${shown(need, ctx.cmd)}, the name compose gives the service` };
    }
    if (isListenName(name) || PORT_NAME.test(name)) {
      const need = give(o, PORT_NAME.test(name) ? String(ctx.port) : listenValue(o, ctx.port));
      return { ...need, change: `${said} (${where(o)}, where it listens): ${shown(need, ctx.cmd)}` };
    }
    return { needsUser: `${said} (${where(o)}), a value only you know: give it with ${shown(placeholder, ctx.cmd)}` };
  });
}

/**
 * Where it can be made to listen on every interface, at `port`: its own listen option (one that defaults to loopback
 * first; not one the command passes already), else the address variables its code reads. Undefined with neither.
 * An option whose default asks for any free port (`127.0.0.1:0`) gets the kit's port: the one observed is random.
 */
export function listenWhere(ctx: NeedContext, port: number, observed: string): Need | undefined {
  const candidates = ctx.options.filter((o) => o.flag && isListenName(optionName(o)) && !passes(ctx.cmd, o));
  const o = candidates.find((c) => isLoopback(c.default)) ?? candidates[0];
  if (o) {
    const chosen = /:0"?$/.test(o.default ?? "") ? ctx.port : port;
    const need = give(o, listenValue(o, chosen));
    return { ...need, port: chosen, change: `${observed}: ${shown(need, ctx.cmd)} (its listen option ${o.flag}, ${where(o)}${o.default ? `, default ${o.default}` : ""})` };
  }
  if (!ctx.addressVars.length) return undefined;
  const env = ctx.addressVars.map(([name, value]): [string, string] => [name, value.replace("{port}", String(port))]);
  return { env, port, change: `${observed}: ${env.map(([k, v]) => `${k}=${v}`).join(", ")} (variables its code reads)` };
}

/** Under the home directory (/root, /home/<user>): the part after it, else undefined. */
const homeRelative = (p: string) => /^\/(?:root|home\/[^/]+)\/(.+)$/.exec(p)?.[1];

/**
 * The directories a run with a writable root created (outside /tmp): under the home directory → HOME becomes a
 * state directory of its own; under the working directory (or at the top of a root-level working directory) → a
 * directory there; elsewhere → that directory. Files created directly in an existing directory name no directory.
 */
export function stateFromWrites(added: string[], workdir: string, ctx: NeedContext): Need[] {
  const top = added.filter((p) => !added.includes(p.slice(0, p.lastIndexOf("/"))));
  const needs: Need[] = [];
  const home = top.filter((p) => homeRelative(p) !== undefined);
  if (home.length) {
    const dir = homeStateDir(ctx.service);
    if (!ctx.dataDirs.includes(dir))
      needs.push({
        env: [["HOME", dir]],
        dataDirs: [dir],
        change: `a run with a writable root created ${home.map((p) => `~/${homeRelative(p)}`).join(", ")}: HOME=${dir}, a directory its user owns, a volume in compose`,
      });
  }
  const wd = workdir.replace(/\/+$/, "");
  for (const p of top) {
    if (homeRelative(p) !== undefined) continue;
    const relative = wd ? (p.startsWith(`${wd}/`) ? p.slice(wd.length + 1) : undefined) : p.split("/").length === 2 ? p.slice(1) : undefined;
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(p) && !p.endsWith(".d");
    if (isFile && (relative === undefined || !relative.includes("/"))) continue;
    const dir = relative !== undefined ? `/app/${relative.split("/")[0]}` : p;
    if (ctx.dataDirs.includes(dir) || needs.some((n) => n.dataDirs?.includes(dir))) continue;
    needs.push({
      dataDirs: [dir],
      change: `a run with a writable root created ${p}${relative !== undefined ? ` (${relative}, relative to its working directory)` : ""}: ${dir} becomes a directory its user owns, a volume in compose`,
    });
  }
  return needs;
}
