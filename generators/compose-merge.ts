// A compose file the user already has is merged at the service level: their services, volumes, networks and
// comments stay; only the service that builds this crate is added or updated, and it waits for their databases.
import { isDeepStrictEqual } from "node:util";
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node } from "yaml";

export interface MergedText {
  content: string;
  /** What the user should know: edits kept, databases that cannot be waited for. */
  notes: string[];
}

export interface ComposeMerge extends MergedText {
  /** The user's file with the kit's service as generated now in `content`; this keeps the values the user set for
   * keys the kit also writes (what `--conflict merge` writes). */
  keepingEdits: MergedText;
}

/** Images and service names of backing services the app needs up before it starts (databases, caches, brokers). */
const BACKING_SERVICE =
  /(^|[/_-])(postgres(ql)?|postgis|timescaledb|mysql|mariadb|mongo(db)?|redis|valkey|keydb|dragonfly|memcached|rabbitmq|nats|kafka|redpanda|zookeeper|elasticsearch|opensearch|meilisearch|minio|clickhouse|cockroach(db)?|scylla|cassandra|db|database|cache)([:@/_-]|$)/i;

/** Keys whose entries are merged one by one, rather than replaced whole: each entry's identity. */
const ENTRY_ID: Record<string, (entry: unknown) => string | undefined> = {
  environment: (e) => (typeof e === "string" ? e.split("=")[0] : undefined), // the list form, NAME=value
  ports: (p) => (typeof p === "string" || typeof p === "number" ? String(p).split(":").at(-1)!.split("/")[0] : isObject(p) ? String(p.target) : undefined),
  volumes: (v) => (typeof v === "string" ? v.split(":")[1] : isObject(v) ? String(v.target) : undefined),
};

const REQUIRED_FROM_SHELL = /^\$\{\w+:\?/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Merges `generated` (the kit's compose file, service `service`) into `existing`; `base` is what the kit generated
 * last time, so a value still as generated then is the kit's to change. Undefined when `existing` is not a compose
 * file that can be merged (not YAML, or no services map): it is then handled as a whole file.
 */
export function mergeCompose(existing: string, generated: string, service: string, base?: string): ComposeMerge | undefined {
  const theirs = parseDocument(existing);
  if (theirs.errors.length || !isMap(theirs.get("services"))) return undefined;
  const ours = parseDocument(generated);
  const basePrevious = base === undefined ? undefined : parseDocument(base);
  const owned = ownedService(theirs, service);
  const render = (keepEdits: boolean): MergedText => {
    const doc = theirs.clone();
    const edited = upsertService(doc, ours, owned, service, basePrevious, keepEdits);
    const notes = waitForBackingServices(doc, owned ?? service);
    if (edited.length)
      notes.push(`kept your ${edited.map((k) => `\`${k}\``).join(", ")} in service ${owned}, where the kit's own values differ (--conflict overwrite takes the kit's)`);
    for (const key of ["volumes", "secrets"]) addTopLevelEntries(doc, ours, key);
    // The user's sequence indentation is kept.
    return { content: doc.toString({ flowCollectionPadding: false, lineWidth: 0, indentSeq: !/^ *[\w-]+:\n- /m.test(existing) }), notes };
  };
  return { ...render(false), keepingEdits: render(true) };
}

/** The user's service for this crate: the one named as the kit names it, else the only one that builds `.`. */
function ownedService(doc: Document, name: string): string | undefined {
  const services = doc.get("services") as YAMLMap;
  if (services.has(name)) return name;
  const buildsHere = services.items
    .filter((pair) => {
      const build = (pair.value as Node | null)?.toJSON?.()?.build;
      const context = typeof build === "string" ? build : isObject(build) ? build.context ?? "." : undefined;
      return typeof context === "string" && /^\.\/?$/.test(context);
    })
    .map((pair) => String((pair.key as Node).toJSON()));
  return buildsHere.length === 1 ? buildsHere[0] : undefined;
}

/** Adds the kit's service, or updates the user's one key by key; returns the keys where the user's value was kept. */
function upsertService(doc: Document, ours: Document, owned: string | undefined, service: string, base: Document | undefined, keepEdits: boolean): string[] {
  const generated = ours.getIn(["services", service], true) as YAMLMap;
  if (owned === undefined) {
    (doc.get("services") as YAMLMap).set(doc.createNode(service), generated.clone());
    return [];
  }
  const theirs = doc.getIn(["services", owned], true) as YAMLMap;
  const previous = toJson(base?.getIn(["services", service])) as Record<string, unknown> | undefined;
  const now = generated.toJSON() as Record<string, unknown>;
  const kept: string[] = [];
  for (const key of new Set([...Object.keys(now), ...Object.keys(previous ?? {})])) {
    if (ENTRY_ID[key]) kept.push(...mergeEntries(doc, theirs, key, generated, previous?.[key], keepEdits).map((e) => `${key}: ${e}`));
    else {
      const [mine, wanted, last] = [toJson(nodeAt(theirs, key)), now[key], previous?.[key]].map((v) => comparable(key, v));
      if (isDeepStrictEqual(mine, wanted)) continue;
      if (decideValue(mine, wanted, last, keepEdits) === "kept") kept.push(key);
      else setOrDelete(theirs, key, now[key] === undefined ? undefined : ((nodeAt(generated, key) as Node).clone() as Node));
    }
  }
  return kept;
}

/** "kit": the kit's value goes in; "kept": the user changed it from what the kit wrote last time, and keeps it. */
function decideValue(theirs: unknown, now: unknown, previous: unknown, keepEdits: boolean): "kit" | "kept" {
  return keepEdits && theirs !== undefined && !isDeepStrictEqual(theirs, previous) && !isDeepStrictEqual(theirs, now) ? "kept" : "kit";
}

/** `build: .` is `build: {context: .}`. */
const comparable = (key: string, value: unknown) => (key === "build" && typeof value === "string" ? { context: value } : value);

/**
 * Environment variables by name (in the user's map or list form), ports and volumes by their target in the
 * container; an entry the kit wrote last time and the user changed is theirs. Returns the entries kept.
 */
function mergeEntries(doc: Document, service: YAMLMap, key: string, generated: YAMLMap, previous: unknown, keepEdits: boolean): string[] {
  const ours = nodeAt(generated, key);
  const now = entries(key, toJson(ours));
  const before = entries(key, previous);
  if (!service.has(key)) service.set(key, isMap(ours) ? new YAMLMap() : new YAMLSeq());
  const theirs = nodeAt(service, key);
  if (!isMap(theirs) && !isSeq(theirs)) return [key];
  const current = entries(key, toJson(theirs));
  const kept: string[] = [];
  for (const id of new Set([...now.keys(), ...before.keys()])) {
    const [mine, wanted, last] = [current.get(id), now.get(id), before.get(id)];
    if (isDeepStrictEqual(mine, wanted)) continue;
    // A variable the kit only asks for (`${NAME:?…}`) never replaces the user's value for it.
    if (mine !== undefined && typeof wanted === "string" && REQUIRED_FROM_SHELL.test(wanted)) continue;
    if (decideValue(mine, wanted, last, keepEdits) === "kept") {
      kept.push(key !== "environment" && typeof mine === "string" ? mine : id);
      continue;
    }
    if (isMap(theirs)) setOrDelete(theirs, id, wanted === undefined ? undefined : ((nodeAt(ours as YAMLMap, id) as Node).clone() as Node));
    else {
      const at = theirs.items.findIndex((item) => ENTRY_ID[key](toJson(item)) === id);
      const node =
        wanted === undefined
          ? undefined
          : key === "environment"
            ? doc.createNode(`${id}=${wanted}`)
            : ((ours as YAMLSeq).items.find((item) => ENTRY_ID[key](toJson(item)) === id) as Node).clone();
      if (node === undefined) theirs.items.splice(at, 1);
      else if (at < 0) theirs.items.push(node);
      else theirs.items[at] = node;
    }
  }
  if (!theirs.items.length) service.delete(key);
  return kept;
}

/** A key's entries by identity; environment values as strings, whichever form holds them. */
function entries(key: string, value: unknown): Map<string, unknown> {
  if (key === "environment") {
    const pairs = Array.isArray(value)
      ? value.map((e): [string, unknown] => {
          const [name, ...rest] = String(e).split("=");
          return [name, rest.length ? rest.join("=") : null];
        })
      : Object.entries(isObject(value) ? value : {});
    return new Map(pairs.map(([name, v]) => [name, v === null ? null : String(v)]));
  }
  return new Map((Array.isArray(value) ? value : []).map((e) => [ENTRY_ID[key](e) ?? JSON.stringify(e), e]));
}

/**
 * The kit's service starts after the user's databases and caches: once healthy where they have a healthcheck, else
 * once started (with a note, since it may then start before they accept connections). It joins their networks.
 */
function waitForBackingServices(doc: Document, owned: string): string[] {
  const services = doc.get("services") as YAMLMap;
  const app = nodeAt(services, owned) as YAMLMap;
  const notes: string[] = [];
  const backing = services.items
    .map((pair) => ({ name: String(toJson(pair.key)), spec: (toJson(pair.value) ?? {}) as Record<string, unknown> }))
    .filter(({ name, spec }) => name !== owned && (BACKING_SERVICE.test(name) || BACKING_SERVICE.test(String(spec.image ?? ""))));
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
    const healthy = !!healthcheck && healthcheck.disable !== true;
    const current = toJson(nodeAt(waits, name)) as Record<string, unknown> | undefined;
    if (current?.condition && current.condition !== "service_started") continue;
    waits.set(doc.createNode(name), doc.createNode({ condition: healthy ? "service_healthy" : "service_started" }));
    if (!healthy)
      notes.push(`service ${name} has no healthcheck, so ${owned} can only wait until it has started, not until it accepts connections: give ${name} a healthcheck`);
  }
  const networks = new Set(backing.flatMap(({ spec }) => (Array.isArray(spec.networks) ? spec.networks : isObject(spec.networks) ? Object.keys(spec.networks) : []).map(String)));
  if (networks.size && !app.has("networks")) app.set("networks", doc.createNode([...networks]));
  return notes;
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

function setOrDelete(map: YAMLMap, key: string, value: Node | undefined): void {
  const current = nodeAt(map, key);
  if (value === undefined) map.delete(key);
  // An equal scalar stays as written (its quotes and comment).
  else if (!(isScalar(current) && isScalar(value) && current.value === value.value)) map.set(key, value);
}

/** A map's value node (not its JS value). */
const nodeAt = (map: YAMLMap, key: string): unknown => map.get(key, true);

const toJson = (node: unknown): unknown => (node && typeof (node as Node).toJSON === "function" ? (node as Node).toJSON() : node);
