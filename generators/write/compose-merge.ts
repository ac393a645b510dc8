// A compose file the user already has is merged at the service level: their services, volumes, networks and
// comments stay; only the service that builds this crate is added or updated, and it waits for their databases.
import { isDeepStrictEqual } from "node:util";
import { Document, isAlias, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from "yaml";

export interface MergedText {
  content: string;
  /** What the user should know: edits kept, databases that cannot be waited for, what was left to them. */
  notes: string[];
}

export interface ComposeMerge extends MergedText {
  /** The user's file with the kit's service as generated now in `content`; this keeps the values the user set for
   * keys the kit also writes (what `--conflict merge` writes). */
  keepingEdits: MergedText;
}

/** Every scalar as written: compose reads YAML 1.1 (`mode: 0440` is octal, `yes` a boolean) and so must stay it. */
const AS_WRITTEN = { schema: "failsafe" } as const;

/** Images (or, for a service built here, names) of databases, caches and brokers the app needs up first. */
const BACKING_SERVICE =
  /(^|[/_-])(postgres(ql)?|postgis|timescaledb|mysql|mariadb|mongo(db)?|redis|valkey|keydb|dragonfly|memcached|rabbitmq|nats|kafka|redpanda|zookeeper|elasticsearch|opensearch|meilisearch|minio|clickhouse|cockroach(db)?|scylla|cassandra|db|database)([:@/_-]|$)/i;
/** …but not the tools that sit beside them (redis-commander, mongo-express, kafka-ui, pgadmin, exporters). */
const BESIDE_A_BACKING_SERVICE = /(^|[/_-])(ui|web|admin|adminer|pgadmin|phpmyadmin|commander|express|exporter|insight|dashboard|console|manager|browser)([:@/_-]|$)/i;

/** Keys whose entries are merged one by one, rather than replaced whole: each entry's identity. */
const ENTRY_ID: Record<string, (entry: unknown) => string | undefined> = {
  environment: (e) => (typeof e === "string" ? listEnvEntry(e)[0] : undefined),
  ports: (p) => (typeof p === "string" ? p.split(":").at(-1)!.split("/")[0] : isObject(p) ? String(p.target) : undefined),
  volumes: (v) => (typeof v === "string" ? v.split(":")[1] : isObject(v) ? String(v.target) : undefined),
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Merges `generated` (the kit's compose file, service `service`) into `existing`; `base` is what the kit generated
 * last time, so a value still as generated then is the kit's to change. Undefined when `existing` is not a compose
 * file that can be merged (not YAML, or no services map): it is then handled as a whole file.
 */
export function mergeCompose(existing: string, generated: string, service: string, base?: string): ComposeMerge | undefined {
  const theirs = parseDocument(existing, AS_WRITTEN);
  if (theirs.errors.length || !isMap(theirs.get("services"))) return undefined;
  const ours = parseDocument(generated, AS_WRITTEN);
  const previous = base === undefined ? undefined : parseDocument(base, AS_WRITTEN);
  const owned = ownedService(theirs, service);
  if (typeof owned === "object") {
    const left = { content: existing, notes: [owned.reason] };
    return { ...left, keepingEdits: left };
  }
  const backingNotes = leaveTheirBackingServices(theirs, ours, service);
  // Flow collections are written the way most of the user's are ([a, b] or [ a, b ]).
  const padded = (existing.match(/[[{] [^\s\]}]/g) ?? []).length > (existing.match(/[[{][^\s\]}]/g) ?? []).length;
  const render = (keepEdits: boolean): MergedText => {
    const doc = theirs.clone();
    const { kept, stale } = upsertService(doc, ours, owned, service, previous, keepEdits);
    const passedWhenSet = owned === undefined ? [] : passOnlyWhenSet(doc.getIn(["services", owned], true) as YAMLMap);
    addServices(doc, ours, service);
    const notes = [...backingNotes, ...waitForBackingServices(doc, owned ?? service)];
    const listed = (keys: string[]) => keys.map((k) => `\`${k}\``).join(", ");
    if (passedWhenSet.length)
      notes.push(`${listed(passedWhenSet)} in service ${owned} now pass${passedWhenSet.length === 1 ? "es" : ""} through only when set in your shell or .env (unset, \`\${…}\` gave the program an empty value in place of its own default)`);
    if (kept.length) notes.push(`kept your ${listed(kept)} in service ${owned}, where the kit's own values differ (--conflict overwrite takes the kit's)`);
    if (stale.length) notes.push(`your ${listed(stale)} in service ${owned} stay${stale.length === 1 ? "s" : ""} as you changed ${stale.length === 1 ? "it" : "them"}, though the kit no longer writes ${stale.length === 1 ? "it" : "them"}`);
    for (const key of ["volumes", "secrets"]) addTopLevelEntries(doc, ours, key);
    const content = doc.toString({ flowCollectionPadding: padded, lineWidth: 0, indentSeq: !/^ *[\w-]+:\n- /m.test(existing) });
    return { content, notes };
  };
  return { ...render(false), keepingEdits: render(true) };
}

/**
 * The user's service for this crate: the one named as the kit names it, else the only one that builds `.`; none
 * (the kit's is added) when no service builds it. A reason instead when the kit must leave it to the user: several
 * build it, or it takes keys from a YAML anchor (which writing into it would change for every service sharing it).
 */
function ownedService(doc: Document, name: string): string | undefined | { reason: string } {
  const services = doc.get("services") as YAMLMap;
  const buildsHere = services.items
    .filter((pair) => {
      const build = (pair.value as Node | null)?.toJSON?.()?.build;
      const context = typeof build === "string" ? build : isObject(build) ? build.context ?? "." : undefined;
      return typeof context === "string" && /^\.\/?$/.test(context);
    })
    .map((pair) => String((pair.key as Node).toJSON()));
  const owned = services.has(name) ? name : buildsHere.length === 1 ? buildsHere[0] : undefined;
  if (owned === undefined && buildsHere.length > 1)
    return { reason: `several services build this crate (${buildsHere.join(", ")}): add the kit's settings to the one that serves by hand (see README.Docker.md)` };
  const node = owned === undefined ? undefined : services.get(owned, true);
  if (isMap(node) && node.items.some((pair) => isAlias(pair.value) || String(toJson(pair.key)) === "<<"))
    return { reason: `service ${owned} takes keys from a YAML anchor: add the kit's settings to it by hand (see README.Docker.md)` };
  return owned;
}

/**
 * Adds the kit's service, or updates the user's one key by key. Returns where the user's value was kept over the
 * kit's (`kept`), and the user's edits of what the kit wrote last time and writes no more (`stale`).
 */
function upsertService(
  doc: Document,
  ours: Document,
  owned: string | undefined,
  service: string,
  base: Document | undefined,
  keepEdits: boolean,
): { kept: string[]; stale: string[] } {
  const generated = ours.getIn(["services", service], true) as YAMLMap;
  const stale: string[] = [];
  if (owned === undefined) {
    (doc.get("services") as YAMLMap).set(doc.createNode(service), generated.clone());
    return { kept: [], stale };
  }
  const theirs = doc.getIn(["services", owned], true) as YAMLMap;
  const previous = toJson(base?.getIn(["services", service])) as Record<string, unknown> | undefined;
  const now = generated.toJSON() as Record<string, unknown>;
  const kept: string[] = [];
  for (const key of new Set([...Object.keys(now), ...Object.keys(previous ?? {})])) {
    if (ENTRY_ID[key]) {
      const entries = mergeEntries(doc, theirs, key, generated, previous?.[key], keepEdits);
      kept.push(...entries.kept.map((e) => `${key}: ${e}`));
      stale.push(...entries.stale.map((e) => `${key}: ${e}`));
      continue;
    }
    const [mine, wanted, last] = [toJson(nodeAt(theirs, key)), now[key], previous?.[key]].map((v) => comparable(key, v));
    if (wanted === undefined && mine !== undefined && last !== undefined && !isDeepStrictEqual(mine, last)) stale.push(key);
    const decision = decide(mine, wanted, last, keepEdits);
    if (decision === "kept") kept.push(mine === undefined ? `${key}` + " (removed)" : key);
    else if (decision === "set") theirs.set(key, (nodeAt(generated, key) as Node).clone());
    else if (decision === "delete") theirs.delete(key);
  }
  return { kept, stale };
}

/**
 * What happens to one value: the kit's goes in ("set"), a value the kit wrote last time and writes no more goes
 * ("delete"), or the user's stays ("keep"; "kept" where --conflict merge keeps an edit the kit would overwrite). A
 * value the user changed or removed since the kit wrote it is theirs to keep; one the kit never wrote is never removed.
 */
function decide(mine: unknown, wanted: unknown, last: unknown, keepEdits: boolean): "set" | "delete" | "keep" | "kept" {
  if (isDeepStrictEqual(mine, wanted)) return "keep";
  if (wanted === undefined) return isDeepStrictEqual(mine, last) ? "delete" : "keep";
  if (mine === undefined) return keepEdits && last !== undefined ? "kept" : "set";
  return keepEdits && !isDeepStrictEqual(mine, last) ? "kept" : "set";
}

/** `build: .` is `build: {context: .}`. */
const comparable = (key: string, value: unknown) => (key === "build" && typeof value === "string" ? { context: value } : value);

/**
 * Environment variables by name (in the user's map or list form); ports and volumes by their side in the container,
 * where the user's entry always stays (its host port, address or bind source are theirs). Returns the entries kept.
 */
function mergeEntries(
  doc: Document,
  service: YAMLMap,
  key: string,
  generated: YAMLMap,
  previous: unknown,
  keepEdits: boolean,
): { kept: string[]; stale: string[] } {
  const ours = nodeAt(generated, key);
  const now = entries(key, toJson(ours));
  const before = entries(key, previous);
  if (!service.has(key)) service.set(key, isMap(ours) ? new YAMLMap() : new YAMLSeq());
  const theirs = nodeAt(service, key);
  if (!isMap(theirs) && !isSeq(theirs)) return { kept: [key], stale: [] };
  const current = entries(key, toJson(theirs));
  const kept: string[] = [];
  const stale: string[] = [];
  const label = (id: string, mine: unknown) => (key !== "environment" && typeof mine === "string" ? mine : id);
  for (const id of new Set([...now.keys(), ...before.keys()])) {
    const [mine, wanted, last] = [current.get(id), now.get(id), before.get(id)];
    if (wanted === undefined && mine !== undefined && last !== undefined && !isDeepStrictEqual(mine, last)) stale.push(label(id, mine));
    const decision = key !== "environment" && mine !== undefined && wanted !== undefined ? "keep" : decide(mine, wanted, last, keepEdits);
    if (decision === "kept") kept.push(mine === undefined ? `${id} (removed)` : label(id, mine));
    if (decision !== "set" && decision !== "delete") continue;
    if (isMap(theirs)) {
      if (decision === "delete") theirs.delete(id);
      else theirs.set(id, (nodeAt(ours as YAMLMap, id) as Node).clone());
      continue;
    }
    const at = theirs.items.findIndex((item) => ENTRY_ID[key](toJson(item)) === id);
    const node =
      decision === "delete"
        ? undefined
        : key === "environment"
          ? doc.createNode(`${id}=${wanted}`)
          : ((ours as YAMLSeq).items.find((item) => ENTRY_ID[key](toJson(item)) === id) as Node).clone();
    if (node === undefined) theirs.items.splice(at, 1);
    else if (at < 0) theirs.items.push(node);
    else theirs.items[at] = node;
  }
  if (!theirs.items.length) service.delete(key);
  return { kept, stale };
}

/** `NAME: ${NAME}` (or `$NAME`, or the list form `NAME=${NAME}`): the variable of the same name, with no default. */
const passthroughOf = (name: string, value: unknown) => value === `\${${name}}` || value === `$${name}`;

/**
 * Rewrites the service's plain passthroughs of variables to compose's valueless form (`NAME:`, `- NAME`): set, the
 * variable's value from the shell or .env reaches the container as before; unset, it is left out of the container's
 * environment, where `${NAME}` would give an empty value that overrides the program's default (clap reads "" as
 * given). Returns the names rewritten.
 */
function passOnlyWhenSet(service: YAMLMap): string[] {
  const environment = nodeAt(service, "environment");
  const rewritten: string[] = [];
  if (isMap(environment))
    for (const pair of environment.items) {
      const name = String(toJson(pair.key));
      if (!passthroughOf(name, toJson(pair.value))) continue;
      const valueless = new Scalar("");
      valueless.type = Scalar.PLAIN;
      pair.value = valueless;
      rewritten.push(name);
    }
  else if (isSeq(environment))
    environment.items.forEach((item, i) => {
      const [name, value] = listEnvEntry(String(toJson(item)));
      if (value === undefined || !passthroughOf(name, value)) return;
      environment.items[i] = new Scalar(name);
      rewritten.push(name);
    });
  return rewritten;
}

/** An environment entry of the list form: `NAME=value`, or `NAME` alone (no value: passed from the shell when set). */
function listEnvEntry(entry: string): [string, string | undefined] {
  const at = entry.indexOf("=");
  return at < 0 ? [entry, undefined] : [entry.slice(0, at), entry.slice(at + 1)];
}

/** A key's entries by identity; environment values as strings, whichever form holds them. */
function entries(key: string, value: unknown): Map<string, unknown> {
  if (key === "environment") {
    const pairs = Array.isArray(value)
      ? value.map((e): [string, unknown] => {
          const [name, entryValue] = listEnvEntry(String(e));
          return [name, entryValue ?? null];
        })
      : Object.entries(isObject(value) ? value : {});
    return new Map(pairs.map(([name, v]) => [name, v === null || v === "" ? null : String(v)]));
  }
  return new Map((Array.isArray(value) ? value : []).map((e) => [ENTRY_ID[key](e) ?? JSON.stringify(e), e]));
}

/**
 * The kit's service starts after the user's databases and caches: once healthy where they have a healthcheck, else
 * once started (with a note, since it may then start before they accept connections). Services in a profile, or that
 * wait for the app themselves, are left out. It joins their networks, staying on the default one too.
 */
function waitForBackingServices(doc: Document, owned: string): string[] {
  const services = doc.get("services") as YAMLMap;
  const app = nodeAt(services, owned) as YAMLMap;
  const notes: string[] = [];
  const waitsForApp = (spec: Record<string, unknown>) =>
    Array.isArray(spec.depends_on) ? spec.depends_on.includes(owned) : isObject(spec.depends_on) && owned in spec.depends_on;
  const backing = services.items
    .map((pair) => ({ name: String(toJson(pair.key)), spec: (toJson(pair.value) ?? {}) as Record<string, unknown> }))
    .filter(({ name, spec }) => {
      const what = typeof spec.image === "string" ? spec.image : name;
      return name !== owned && !spec.profiles && !waitsForApp(spec) && BACKING_SERVICE.test(what) && !BESIDE_A_BACKING_SERVICE.test(what);
    });
  if (!backing.length) return notes;
  let dependsOn = nodeAt(app, "depends_on");
  if (!isMap(dependsOn)) {
    // The list form means "once started"; the map form says so explicitly, and can say "once healthy".
    const listed = isSeq(dependsOn) ? dependsOn.items.map((i) => String(toJson(i))) : [];
    dependsOn = new YAMLMap();
    for (const name of listed) (dependsOn as YAMLMap).set(doc.createNode(name), doc.createNode({ condition: "service_started" }));
    app.set("depends_on", dependsOn);
  }
  const waits = dependsOn as YAMLMap;
  for (const { name, spec } of backing) {
    const healthcheck = spec.healthcheck as Record<string, unknown> | undefined;
    const healthy = !!healthcheck && healthcheck.disable !== "true";
    const current = nodeAt(waits, name);
    const condition = isMap(current) ? String(toJson(current.get("condition")) ?? "") : "";
    if (condition && condition !== "service_started") continue;
    const wanted = healthy ? "service_healthy" : "service_started";
    // Only the condition changes: the user's other settings for it (restart, required) stay.
    if (isMap(current)) current.set("condition", wanted);
    else waits.set(doc.createNode(name), doc.createNode({ condition: wanted }));
    if (!healthy)
      notes.push(`service ${name} has no healthcheck, so ${owned} can only wait until it has started, not until it accepts connections: give ${name} a healthcheck`);
  }
  const networks = new Set(backing.flatMap(({ spec }) => (Array.isArray(spec.networks) ? spec.networks : isObject(spec.networks) ? Object.keys(spec.networks) : []).map(String)));
  if (networks.size && !app.has("networks")) app.set("networks", doc.createNode([...new Set(["default", ...networks])]));
  return notes;
}

/** Kinds of backing service: a user's service of the kind stands in for the kit's. */
const SAME_KIND = [/(^|\/)(postgres|postgis|timescaledb)\b/i, /(^|\/)(redis|valkey|keydb|dragonfly)\b/i];

/**
 * Where the user's file already runs a database or cache of the kind the kit's file runs (any name), the kit's is
 * dropped from `ours`, and with it the app's variable pointing at it and its wait for it: the app is the user's to
 * point at theirs (their credentials are not known here). Returns the notes saying so.
 */
function leaveTheirBackingServices(theirs: Document, ours: Document, app: string): string[] {
  const notes: string[] = [];
  const their = (theirs.get("services") as YAMLMap).items.map((p) => ({ name: String(toJson(p.key)), spec: (toJson(p.value) ?? {}) as Record<string, unknown> }));
  const ourServices = ours.get("services") as YAMLMap;
  for (const pair of [...ourServices.items]) {
    const name = String(toJson(pair.key));
    const image = String((toJson(pair.value) as Record<string, unknown>).image ?? "");
    const kind = SAME_KIND.find((k) => k.test(image));
    if (name === app || !kind) continue;
    const same = their.find(({ spec }) => typeof spec.image === "string" && kind.test(spec.image));
    if (!same || same.name === name) continue;
    ourServices.delete(name);
    const spec = ourServices.get(app, true) as unknown as YAMLMap;
    (nodeAt(spec, "depends_on") as YAMLMap | undefined)?.delete(name);
    const env = nodeAt(spec, "environment") as YAMLMap;
    const pointing = env.items.find((p) => new RegExp(`[@/]${name}:\\d+`).test(String(toJson(p.value))));
    if (pointing) env.delete(pointing.key);
    const volumes = ours.get("volumes", true) as unknown as YAMLMap | undefined;
    for (const v of ((toJson(pair.value) as Record<string, unknown>).volumes as string[] | undefined) ?? []) volumes?.delete(v.split(":")[0]);
    notes.push(
      `your file runs ${image.split(":")[0]} as service ${same.name}: the kit adds no ${name} service${pointing ? `; point ${String(toJson(pointing.key))} at ${same.name}` : ""}`,
    );
  }
  return notes;
}

/** The kit's other services (its database and cache, the observability profile), added where the user's file has none of that name. */
function addServices(doc: Document, ours: Document, app: string): void {
  const services = doc.get("services") as YAMLMap;
  for (const pair of (ours.get("services") as YAMLMap).items)
    if (String(toJson(pair.key)) !== app && !services.has(toJson(pair.key))) services.items.push(pair.clone());
}

/** Top-level volumes or secrets the kit's service uses, added where the user's file lacks them. */
function addTopLevelEntries(doc: Document, ours: Document, key: string): void {
  const wanted = ours.get(key, true) as unknown;
  if (!isMap(wanted)) return;
  let theirs = doc.get(key, true) as unknown;
  if (!isMap(theirs)) doc.set(key, (theirs = new YAMLMap()));
  const entries = theirs as YAMLMap;
  for (const pair of wanted.items) if (!entries.has(toJson(pair.key))) entries.items.push(pair.clone());
}

/** A map's value node (not its JS value). */
const nodeAt = (map: YAMLMap, key: string): unknown => map.get(key, true);

const toJson = (node: unknown): unknown => (node && typeof (node as Node).toJSON === "function" ? (node as Node).toJSON() : node);
