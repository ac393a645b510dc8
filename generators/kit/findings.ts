// Build findings alone: what an existing crate's build needs (native libraries and tools, embedded directories,
// features, backing services), as decided values or notes for the decision to carry.
import { BACKING_CLIENTS, BACKING_VARS, BUILDERS, CACHES, DATABASES, RUNTIMES, type Runtime } from "../catalog/catalog.js";
import { NATIVE_LIBS, nativeBuild } from "../catalog/native-libs.js";
import type { ServiceOptions } from "../options/options.js";
import type { OptionalSetting, RunFacts } from "./scan/scan.js";
import type { CrateContext, Decided, Evidence, Finding } from "../domain.js";

/** What the builder and the runtime image get for one native library or tool. */
export interface NativeTool {
  library: string;
  install: string;
}

/**
 * One decided native library or tool per row the build calls for, with where the need was read: the lock, the linker
 * settings, or the build scripts that run it (`scriptRunners`: the crates whose build scripts run each tool row, when
 * the scripts were read).
 */
export function nativeTools(libs: string[], runtime: Runtime, scriptRunners?: Map<string, string[]>): Decided<NativeTool>[] {
  const { family } = BUILDERS[RUNTIMES[runtime].libc];
  const staticBinary = RUNTIMES[runtime].libc === "musl";
  return libs.map((lib): Decided<NativeTool> => {
    const b = nativeBuild([lib], family, staticBinary);
    const builder = [...b.host, ...b.target];
    const runtimeSide = b.runtime.length ? `; ${b.runtime.join(" ")} at run time${runtime === "debian-slim" ? "" : ` (${runtime} ships it)`}` : staticBinary && NATIVE_LIBS[lib].runtime ? "; linked statically" : "";
    const runners = scriptRunners?.get(lib);
    const from: Evidence =
      NATIVE_LIBS[lib].via === "cargo-config"
        ? { kind: "config", file: ".cargo/config.toml", key: "linker" }
        : runners
          ? { kind: "config", file: "Cargo.lock", key: runners.join(", "), why: "its build script runs it" }
          : { kind: "config", file: "Cargo.lock", key: lib };
    const install = `${builder.length ? `${builder.join(" ")} in the builder` : "nothing to install"}${runtimeSide}${b.env.length ? ` (${b.env.join(" ")})` : ""}`;
    return { value: { library: NATIVE_LIBS[lib].library, install }, from };
  });
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

/** What an existing crate's build shows about its backing services: the answers that run them, the variables to set. */
export interface BackingUse {
  answers: Partial<Pick<ServiceOptions, "database" | "cache">>;
  vars: CrateContext["backingVars"];
  /** Clients of services the kit has no compose row for. */
  unsupported: { label: string; crate: string }[];
  clients: Partial<Record<"database" | "cache", string>>;
  /** Services the build has a client for that the code uses only when given an address: the setting that gives it,
   * and the answer that runs the service anyway. */
  optional: Partial<Record<"database" | "cache", OptionalSetting & { answer: string }>>;
}

/**
 * Reads the backing services from the crates the build compiles and the settings the code reads. A client a default
 * feature compiles in is not a service the crate needs: when the code reads the service's address as optional (an
 * `Option` option, a variable read into an Option) and never as required, it connects only when given one, and
 * compose runs no service for it.
 */
export function backingUse(crates: Set<string>, run: Pick<RunFacts, "envReads" | "requiredEnv" | "optionalSettings">): BackingUse {
  const use: BackingUse = { answers: {}, vars: { ...BACKING_VARS }, unsupported: [], clients: {}, optional: {} };
  for (const row of BACKING_CLIENTS) {
    const client = row.crates.find((c) => crates.has(c));
    if (!client) continue;
    if (!("option" in row)) {
      use.unsupported.push({ label: row.label, crate: client });
      continue;
    }
    const { key, value, urlVar } = row.option;
    use.clients[key] = client;
    const read = run.envReads.find((name) => urlVar.test(name));
    if (read) use.vars[key] = read;
    const optional = run.requiredEnv.some((r) => urlVar.test(r.name)) ? undefined : run.optionalSettings.find((s) => urlVar.test(s.name));
    if (optional) use.optional[key] = { ...optional, answer: value };
    else use.answers[key] = value as never;
  }
  return use;
}

/** What the plan says about the backing services compose runs for an existing crate, and what stays the user's. */
export function backingFindings(o: Pick<ServiceOptions, "database" | "cache">, use: BackingUse, run: RunFacts, hasMigrationsDir: boolean): Finding[] {
  const findings: Finding[] = [];
  const services = { database: o.database === "postgres" ? DATABASES.postgres : undefined, cache: o.cache === "redis" ? CACHES.redis : undefined };
  for (const key of ["database", "cache"] as const) {
    const row = services[key];
    const optional = use.optional[key];
    if (optional && !row)
      findings.push({
        found: `the build compiles ${use.clients[key]}, but ${optional.file}:${optional.line} reads ${optional.flag ? `${optional.flag} (${optional.name})` : optional.name} as optional: it connects only when given one`,
        action: `optional: compose runs no ${key} service (--${key} ${optional.answer} adds one)`,
      });
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
