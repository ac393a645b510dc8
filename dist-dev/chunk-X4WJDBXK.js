import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-VGVB2FOY.js";
import {
  ALLOCATORS,
  CACHES,
  CI_PROVIDERS,
  DATABASES,
  DEPLOY_TARGETS,
  FRAMEWORKS,
  FRAMEWORK_CRATES,
  PLATFORMS,
  PROBE_SOURCE,
  PROFILES,
  RUNTIMES,
  TLS_STACKS,
  isAllocator,
  isCache,
  isCiProvider,
  isDatabase,
  isDeployTarget,
  isFramework,
  isPlatform,
  isProfile,
  isRuntime,
  isTlsStack
} from "./chunk-XKSM4XBR.js";

// generators/render/manifest.ts
var ANSWERS_FILE = ".rust-container.json";
var KUBERNETES_MANIFESTS = ["deployment", "service", "pdb", "kustomization"];
var MANIFEST = [
  { output: "Cargo.toml", template: "crate/Cargo.toml.ejs", modes: ["new"] },
  { output: "rust-toolchain.toml", template: "crate/rust-toolchain.toml.ejs", modes: ["new"] },
  { output: "src/main.rs", template: (d) => `crate/main/${d.framework}.rs.ejs`, modes: ["new"] },
  { output: "src/healthcheck.rs", template: "crate/healthcheck.rs.ejs", modes: ["new"] },
  { output: "src/settings.rs", template: "crate/settings.rs.ejs", modes: ["new"] },
  { output: "src/backing.rs", template: "crate/backing.rs.ejs", modes: ["new"], when: (d) => d.backing },
  { output: "build.rs", template: "crate/build.rs.ejs", modes: ["new"], when: (d) => d.database !== "none" },
  { output: "migrations/0001_items.sql", template: "crate/migrations/items.sql.ejs", modes: ["new"], when: (d) => d.database !== "none" },
  { output: ".gitignore", template: "crate/gitignore.ejs", modes: ["new"] },
  { output: "README.md", template: "crate/README.md.ejs", modes: ["new"] },
  { output: "Dockerfile", template: "container/Dockerfile.ejs", modes: ["new", "existing"] },
  { output: ".dockerignore", template: "container/dockerignore.ejs", modes: ["new", "existing"] },
  { output: (d) => d.crate.composeFile, template: "container/compose.yaml.ejs", modes: ["new", "existing"], compose: true },
  {
    output: "README.Docker.md",
    template: "container/README.Docker.md.ejs",
    modes: ["existing"],
    when: (d) => d.crate.origin === "container-kit"
  },
  {
    output: PROBE_SOURCE,
    template: "container/healthcheck-probe.rs.ejs",
    modes: ["new", "existing"],
    when: (d) => d.crate.healthcheck.kind === "probe"
  },
  { output: (d) => d.crate.ciWorkflow, template: "pipeline/github-ci.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" },
  { output: "deny.toml", template: "pipeline/deny.toml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.deny !== void 0 },
  { output: ".github/dependabot.yml", template: "pipeline/dependabot.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.dependabot },
  { output: ".cargo/config.toml", template: "pipeline/cargo-config.toml.ejs", modes: ["new", "existing"], when: (d) => d.offlineBuild },
  { output: ".env", template: "container/env.ejs", modes: ["new", "existing"], when: (d) => d.secrets !== void 0, once: true },
  { output: ANSWERS_FILE, template: "container/answers.json.ejs", modes: ["new", "existing"], owned: true },
  ...KUBERNETES_MANIFESTS.map(
    (name) => ({
      output: `deploy/kubernetes/${name}.yaml`,
      template: `deploy/kubernetes/${name}.yaml.ejs`,
      modes: ["new", "existing"],
      when: (d) => d.deploy.includes("kubernetes")
    })
  ),
  { output: "fly.toml", template: "deploy/fly.toml.ejs", modes: ["new", "existing"], when: (d) => d.deploy.includes("fly") },
  {
    output: "deploy/cloud-run/service.yaml",
    template: "deploy/cloud-run/service.yaml.ejs",
    modes: ["new", "existing"],
    when: (d) => d.deploy.includes("cloud-run")
  }
];
function plannedFiles(mode, d) {
  return MANIFEST.filter((e) => e.modes.includes(mode) && (e.when?.(d) ?? true)).map((e) => ({
    output: typeof e.output === "function" ? e.output(d) : e.output,
    template: typeof e.template === "function" ? e.template(d) : e.template,
    owned: e.owned ?? false,
    compose: e.compose ?? false,
    once: e.once ?? false
  }));
}

// generators/options/options.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// generators/options/crate-name.ts
var RUST_KEYWORDS = new Set(
  "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final gen macro override priv try typeof unsized virtual yield".split(" ")
);
var BUILTIN_LIBRARIES = /* @__PURE__ */ new Set(["core", "std", "alloc", "proc_macro", "proc-macro", "test"]);
var CARGO_ARTIFACT_DIRS = /* @__PURE__ */ new Set(["deps", "examples", "build", "incremental"]);
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
var MAX_LENGTH = 64;
function crateNameProblem(name) {
  if (name === "") return "must not be empty";
  if (name.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
  const bad = [...name].find((c) => !/[A-Za-z0-9_-]/.test(c));
  if (bad !== void 0) return `contains ${JSON.stringify(bad)}: use ASCII letters, digits, "-" and "_" only`;
  if (!/^[A-Za-z]/.test(name)) return "must start with an ASCII letter";
  if (RUST_KEYWORDS.has(name)) return "is a Rust keyword";
  if (BUILTIN_LIBRARIES.has(name)) return "conflicts with a Rust built-in library";
  if (CARGO_ARTIFACT_DIRS.has(name)) return "conflicts with a Cargo build directory name";
  if (WINDOWS_RESERVED.test(name)) return "is a reserved file name on Windows";
  return void 0;
}
function crateNameFromDirectory(dirName) {
  return dirName.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_0-9]+|[-_]+$/g, "");
}

// generators/options/options.ts
var CONFLICT_POLICIES = ["skip", "overwrite", "backup", "merge", "abort"];
var rows = (table) => Object.entries(table).map(([value, row]) => ({ value, summary: row.summary }));
var oneOf = (label, guard, table) => (raw) => guard(raw) ? { value: raw } : { error: `unknown ${label} "${raw}" (choose ${Object.keys(table).join(", ")})` };
var onOff = (label) => (raw) => raw === "true" ? { value: true } : raw === "false" ? { value: false } : { error: `invalid ${label} "${raw}" (true or false)` };
var isMusl = (known) => known.runtime !== void 0 && RUNTIMES[known.runtime].libc === "musl";
function field(f) {
  return f;
}
var FIELDS = [
  field({
    key: "name",
    group: "build",
    flag: "name",
    placeholder: "crate",
    description: "crate and binary name",
    prompt: "Crate name",
    kind: "text",
    required: false,
    defaultHelp: "the directory name",
    defaultValue: (_known, targetDir) => crateNameFromDirectory(path.basename(targetDir)) || "rust-service",
    parse: (raw) => {
      const problem = crateNameProblem(raw);
      return problem ? { error: `invalid crate name "${raw}": ${problem}` } : { value: raw };
    }
  }),
  field({
    key: "framework",
    group: "core",
    flag: "framework",
    placeholder: "framework",
    description: "web framework",
    prompt: "Web framework",
    kind: "select",
    choices: rows(FRAMEWORKS),
    required: true,
    defaultValue: () => "axum",
    parse: oneOf("framework", isFramework, FRAMEWORKS)
  }),
  field({
    key: "tls",
    group: "core",
    flag: "tls",
    placeholder: "stack",
    description: "TLS stack the server (and its healthcheck) speaks HTTPS with",
    prompt: "TLS stack",
    kind: "select",
    choices: rows(TLS_STACKS),
    required: true,
    defaultValue: () => "rustls",
    parse: oneOf("TLS stack", isTlsStack, TLS_STACKS)
  }),
  field({
    key: "runtime",
    group: "core",
    flag: "runtime",
    placeholder: "image",
    description: "runtime base image",
    prompt: "Runtime image",
    kind: "select",
    choices: rows(RUNTIMES),
    required: true,
    defaultValue: () => "distroless-cc",
    parse: oneOf("runtime", isRuntime, RUNTIMES)
  }),
  field({
    key: "platforms",
    group: "build",
    flag: "platform",
    placeholder: "platforms",
    description: "image platforms, comma-separated or repeated; two are cross-compiled",
    prompt: "Image platforms",
    kind: "multi",
    choices: rows(PLATFORMS),
    required: false,
    defaultValue: () => ["linux/amd64"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((p) => !isPlatform(p));
      if (items.length === 0) return { error: "--platform needs at least one platform" };
      if (unknown.length > 0)
        return { error: `unknown platform "${unknown.join(", ")}" (choose ${Object.keys(PLATFORMS).join(", ")})` };
      return { value: [...new Set(items)].sort() };
    }
  }),
  field({
    key: "port",
    group: "build",
    flag: "port",
    placeholder: "1-65535",
    description: "port the service listens on",
    prompt: "Port",
    kind: "text",
    required: false,
    defaultValue: () => 8080,
    parse: (raw) => {
      const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
      return port >= 1 && port <= 65535 ? { value: port } : { error: `invalid port "${raw}": use a number from 1 to 65535` };
    }
  }),
  field({
    key: "deploy",
    group: "core",
    flag: "deploy",
    placeholder: "targets",
    description: "deploy targets, comma-separated or repeated",
    prompt: "Where will it run?",
    kind: "multi",
    choices: rows(DEPLOY_TARGETS),
    required: false,
    defaultValue: () => ["compose"],
    parse: (raw) => {
      const items = raw.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = items.filter((t) => !isDeployTarget(t));
      if (unknown.length > 0)
        return { error: `unknown deploy target "${unknown.join(", ")}" (choose ${Object.keys(DEPLOY_TARGETS).join(", ")})` };
      const chosen = /* @__PURE__ */ new Set(["compose", ...items]);
      return { value: Object.keys(DEPLOY_TARGETS).filter((t) => chosen.has(t)) };
    }
  }),
  field({
    key: "database",
    group: "build",
    flag: "database",
    placeholder: "database",
    description: "database the service keeps its data in (existing crates: the one the code uses)",
    prompt: "Database",
    kind: "select",
    choices: rows(DATABASES),
    required: false,
    defaultValue: () => "none",
    parse: oneOf("database", isDatabase, DATABASES)
  }),
  field({
    key: "cache",
    group: "build",
    flag: "cache",
    placeholder: "cache",
    description: "cache beside it (existing crates: the one the code uses)",
    prompt: "Cache",
    kind: "select",
    choices: rows(CACHES),
    required: false,
    defaultValue: () => "none",
    parse: oneOf("cache", isCache, CACHES)
  }),
  field({
    key: "ci",
    group: "build",
    flag: "ci",
    placeholder: "provider",
    description: "CI workflow",
    prompt: "CI workflow",
    kind: "select",
    choices: rows(CI_PROVIDERS),
    required: false,
    defaultValue: () => "github",
    parse: oneOf("CI provider", isCiProvider, CI_PROVIDERS)
  }),
  field({
    key: "allocator",
    group: "build",
    flag: "allocator",
    placeholder: "allocator",
    description: "global allocator",
    prompt: "Global allocator",
    kind: "select",
    choices: rows(ALLOCATORS),
    required: false,
    // musl's allocator is the slow one; glibc's is fine, so the question only matters for musl runtimes.
    askWhen: (known) => isMusl(known),
    defaultHelp: "mimalloc on musl runtimes, else system",
    defaultValue: (known) => isMusl(known) ? "mimalloc" : "system",
    parse: oneOf("allocator", isAllocator, ALLOCATORS)
  }),
  field({
    key: "offlineBuild",
    group: "build",
    flag: "offline-build",
    placeholder: "",
    description: "vendored build for air-gapped builders: cargo vendor + .cargo/config.toml, built with --offline",
    prompt: "Build offline from vendored crates (air-gapped builders)?",
    kind: "switch",
    required: false,
    defaultHelp: "off",
    defaultValue: () => false,
    parse: onOff("offline-build")
  }),
  field({
    key: "auditable",
    group: "build",
    flag: "auditable",
    placeholder: "",
    description: "build with cargo auditable: the binary embeds its exact crate list, which Trivy, Grype, Syft and cargo audit read from the image",
    prompt: "Embed the crate list in the binary (cargo auditable) for image scanners?",
    kind: "switch",
    required: false,
    defaultHelp: "on",
    defaultValue: () => true,
    parse: onOff("auditable")
  }),
  field({
    key: "privateRegistry",
    group: "build",
    flag: "private-registry",
    placeholder: "name",
    description: "private cargo registry (as named in .cargo/config.toml) whose token the build gets as a BuildKit secret",
    prompt: "Private cargo registry (its name in .cargo/config.toml; empty for none)",
    kind: "text",
    required: false,
    defaultHelp: "none",
    defaultValue: () => "",
    parse: (raw) => raw === "" || /^[A-Za-z][A-Za-z0-9_-]*$/.test(raw) ? { value: raw } : { error: `invalid --private-registry "${raw}": use the registry's name from .cargo/config.toml ([registries.<name>])` }
  }),
  field({
    key: "profile",
    group: "build",
    flag: "profile",
    placeholder: "preset",
    description: "release profile preset",
    prompt: "Optimise the release build for",
    kind: "select",
    choices: rows(PROFILES),
    required: false,
    defaultValue: () => "speed",
    parse: oneOf("profile", isProfile, PROFILES)
  })
];
function flagValues(f) {
  return f.choices ? f.choices.map((c) => c.value).join(f.kind === "multi" ? "," : "|") : `<${f.placeholder}>`;
}
function isSupported(framework, tls) {
  return tls === "none" || FRAMEWORK_CRATES[framework].tls[tls] !== void 0;
}
function combinationProblems(o) {
  if (o.framework && o.tls && !isSupported(o.framework, o.tls))
    return [
      `${FRAMEWORKS[o.framework].label} cannot serve TLS through ${TLS_STACKS[o.tls].label}: choose --tls ${Object.keys(TLS_STACKS).filter((t) => isSupported(o.framework, t)).join(" or --tls ")}`
    ];
  return [];
}
var KIT_FLAG_HELP = [
  { flag: "--existing", description: "add the container kit to the crate in the target directory (implied when it has a Cargo.toml)" },
  { flag: "--package <name>", description: "workspace member to containerise (required at a virtual workspace root with several)" },
  { flag: "--bin <name>", description: "binary to run (default: the only one, or default-run)" },
  { flag: '--healthcheck-cmd "<args>"', description: "the binary's own healthcheck subcommand, e.g. healthcheck" },
  { flag: "--healthcheck <style>", description: "without a subcommand: probe (GET the health route), tcp (connect to the port) or none (default: probe when the code registers a health route, else tcp)" },
  { flag: "--health-path <path>", description: "route the probe requests (default: the health route found in the code)" },
  { flag: "--features <list>", description: "Cargo features the image build turns on (comma-separated)" },
  { flag: "--no-default-features", description: "build without the crate's default features" },
  { flag: "--all-features", description: "build with every feature of the crate" },
  { flag: '--cmd "<args>"', description: 'arguments the image runs the binary with (default: a serve subcommand found in the code with its host and port options, or a listen-address argument, read from the code; "" for none)' },
  { flag: "--env <NAME=value>", description: "environment the image sets for the binary (repeatable; values without spaces)" },
  { flag: "--init <tini|none>", description: "tini as the image's PID 1, so docker stop and Kubernetes stop it at once (default: tini when the code handles no signal)" },
  { flag: "--data-dir <path>", description: "a directory the binary writes at run time, owned by its user and a volume in compose and Kubernetes (repeatable; relative to /app)" }
];
var KIT_VALUE_FLAGS = [
  "package",
  "bin",
  "healthcheck-cmd",
  "healthcheck",
  "health-path",
  "cmd",
  "features",
  "no-default-features",
  "all-features",
  "env",
  "data-dir",
  "init"
];
var REPEATABLE_KIT_FLAGS = { env: " ", "data-dir": "," };
var KIT_FLAGS = ["existing", ...KIT_VALUE_FLAGS];
var SERVICE_ONLY_FIELDS = ["name", "framework", "tls", "profile", "allocator"];
var KIT_FIELDS = new Set(FIELDS.map((f) => f.key).filter((k) => !SERVICE_ONLY_FIELDS.includes(k)));
var words = (value) => value?.trim().split(/\s+/).filter(Boolean);
function resolveKit(raw) {
  const problems = [];
  const args = words(raw["healthcheck-cmd"]);
  if (raw["healthcheck-cmd"] !== void 0 && !args?.length) problems.push("--healthcheck-cmd needs the subcommand, e.g. healthcheck");
  const style = raw.healthcheck;
  if (style !== void 0 && style !== "probe" && style !== "tcp" && style !== "none")
    problems.push(`unknown --healthcheck "${style}" (choose probe, tcp, none; or give --healthcheck-cmd)`);
  if (style !== void 0 && args?.length)
    problems.push("--healthcheck and --healthcheck-cmd exclude each other: the subcommand is the healthcheck");
  const healthPath = raw["health-path"];
  if (healthPath !== void 0 && !/^\/[\x21-\x7e]*$/.test(healthPath)) problems.push(`invalid --health-path "${healthPath}": use a path like /health`);
  const features = raw.features?.split(/[\s,]+/).filter(Boolean);
  const badFeature = features?.find((f) => !/^[A-Za-z0-9_][A-Za-z0-9_+.\/-]*$/.test(f));
  if (raw.features !== void 0 && (!features?.length || badFeature))
    problems.push(`invalid --features "${raw.features}": use feature names, comma-separated (e.g. postgres,metrics)`);
  if (healthPath !== void 0 && (style === "tcp" || style === "none" || args?.length))
    problems.push("--health-path is the route the probe requests: it needs --healthcheck probe");
  const env = (words(raw.env) ?? []).map((pair) => {
    const at = pair.indexOf("=");
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
  for (const [name] of env) if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`invalid --env "${raw.env}": use NAME=value (a variable name, then =)`);
  const dataDirs = (raw["data-dir"]?.split(",").map((d) => d.trim()).filter(Boolean) ?? []).map((d) => path.posix.resolve("/app", d));
  if (raw["data-dir"] !== void 0 && (!dataDirs.length || dataDirs.includes("/") || /\s/.test(raw["data-dir"])))
    problems.push(`invalid --data-dir "${raw["data-dir"]}": use a directory such as data or /var/lib/app (not /)`);
  if (raw.init !== void 0 && raw.init !== "tini" && raw.init !== "none") problems.push(`unknown --init "${raw.init}" (choose tini, none)`);
  for (const key of ["package", "bin"])
    if (raw[key] !== void 0 && !/^[A-Za-z0-9_-]+$/.test(raw[key])) problems.push(`invalid --${key} "${raw[key]}"`);
  return {
    kit: {
      package: raw.package,
      bin: raw.bin,
      healthcheck: args?.length ? "subcommand" : style ?? (healthPath !== void 0 ? "probe" : void 0),
      healthcheckArgs: args ?? [],
      healthPath,
      cmd: words(raw.cmd),
      cargoFeatures: [
        ...features?.length ? ["--features", features.join(",")] : [],
        ...raw["no-default-features"] === "true" ? ["--no-default-features"] : [],
        ...raw["all-features"] === "true" ? ["--all-features"] : []
      ],
      env,
      dataDirs: [...new Set(dataDirs)],
      init: raw.init === "tini" || raw.init === "none" ? raw.init : void 0
    },
    problems
  };
}
function readSavedAnswers(file) {
  if (!existsSync(file)) return void 0;
  let saved;
  try {
    saved = JSON.parse(readFileSync(file, "utf8"));
    if (!saved || typeof saved !== "object" || Array.isArray(saved)) throw new Error("not a JSON object");
  } catch (e) {
    throw new UserError(`${file} is not valid: ${e.message}; fix or delete it`);
  }
  const raw = {};
  for (const f of FIELDS) if (saved[f.flag] !== void 0) raw[f.key] = String(saved[f.flag]);
  const rawKit = {};
  const generatedAs = saved.generatedAs === "service" || saved.generatedAs === "container-kit" ? saved.generatedAs : void 0;
  const detectedThen = generatedAs === "container-kit" && saved.answers === void 0 ? ["cmd", "healthcheck", "health-path"] : [];
  for (const k of KIT_VALUE_FLAGS)
    if (saved[k] !== void 0 && !detectedThen.includes(k)) rawKit[k] = String(saved[k]);
  const files = Object.fromEntries(
    Object.entries(saved.files && typeof saved.files === "object" ? saved.files : {}).filter(([, h]) => typeof h === "string" && /^sha256-[0-9a-f]{64}$/.test(h))
  );
  return { raw, rawKit, generatedAs, files };
}
function modeProblems(existing, cmd) {
  if (existing)
    return SERVICE_ONLY_FIELDS.filter((k) => cmd.raw[k] !== void 0).map(
      (k) => `--${k} applies to a new service; an existing crate keeps its own code and manifest`
    );
  return KIT_FLAGS.filter((f) => f !== "existing" && cmd.kitGiven.includes(f)).map(
    (f) => `--${f} applies to an existing crate (the target has no Cargo.toml)`
  );
}
var NON_FIELD_FLAGS = {
  existing: { takesValue: false },
  package: { takesValue: true },
  bin: { takesValue: true },
  "healthcheck-cmd": { takesValue: true },
  healthcheck: { takesValue: true },
  "health-path": { takesValue: true },
  cmd: { takesValue: true },
  features: { takesValue: true },
  "no-default-features": { takesValue: false },
  "all-features": { takesValue: false },
  env: { takesValue: true },
  "data-dir": { takesValue: true },
  init: { takesValue: true },
  yes: { takesValue: false, short: "y" },
  "no-interactive": { takesValue: false },
  force: { takesValue: false },
  "dry-run": { takesValue: false },
  "no-lockfile": { takesValue: false },
  verify: { takesValue: false },
  conflict: { takesValue: true },
  help: { takesValue: false, short: "h" },
  version: { takesValue: false, short: "v" }
};
var RUN_FLAG_HELP = [
  { flag: "-y, --yes", description: "use defaults for everything not given; never prompt" },
  { flag: "--no-interactive", description: "never prompt; fail listing the missing flags" },
  { flag: "--force", description: "scaffold into a non-empty directory, overwriting planned files that differ" },
  {
    flag: "--conflict <policy>",
    description: `files you edited since they were generated: ${CONFLICT_POLICIES.join("|")} (backup keeps <file>.orig; merge is three-way, markers where both changed)`
  },
  { flag: "--dry-run", description: "print the plan and diffs; write nothing" },
  { flag: "--no-lockfile", description: "do not run `cargo generate-lockfile` (it resolves crates over the network)" },
  {
    flag: "--verify",
    description: "then build the image with the local Docker engine (quick profile), run it, observe it (listeners, health routes, healthy, stop) and correct the kit from what it shows"
  },
  { flag: "-h, --help", description: "show this help" },
  { flag: "-v, --version", description: "show the version" }
];
function parseCommandLine(argv) {
  const spec = { ...NON_FIELD_FLAGS };
  for (const f of FIELDS) spec[f.flag] = { takesValue: f.kind !== "switch" };
  const negations = Object.fromEntries(FIELDS.filter((f) => f.kind === "switch").map((f) => [`no-${f.flag}`, f.flag]));
  for (const negated of Object.keys(negations)) spec[negated] = { takesValue: false };
  const shortNames = Object.fromEntries(Object.entries(NON_FIELD_FLAGS).flatMap(([name, s]) => s.short ? [[s.short, name]] : []));
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  const problems = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.startsWith("--") ? splitOnce(arg, "=") : [arg, void 0];
    const name = arg.startsWith("--") ? rawName.slice(2) : shortNames[rawName.slice(1)];
    const flag = name === void 0 ? void 0 : spec[name];
    if (!flag) {
      problems.push(`unknown flag ${rawName}`);
      continue;
    }
    let value = inline;
    if (flag.takesValue && value === void 0) {
      const next = argv[i + 1];
      if (next === void 0 || next.startsWith("-")) {
        problems.push(`${rawName} needs a value`);
        continue;
      }
      value = next;
      i++;
    }
    if (!flag.takesValue && value !== void 0) {
      problems.push(`${rawName} takes no value`);
      continue;
    }
    const key = negations[name] ?? name;
    values.set(key, [...values.get(key) ?? [], negations[name] ? "false" : value ?? "true"]);
  }
  if (values.has("verify") && values.has("dry-run")) problems.push("--verify builds what a run writes: it cannot follow --dry-run");
  if (positionals.length > 1) problems.push(`expected one target directory, got ${positionals.map((p) => `"${p}"`).join(" ")}`);
  const raw = {};
  for (const f of FIELDS) {
    const given = values.get(f.flag);
    if (!given) continue;
    if (f.kind !== "multi" && new Set(given).size > 1) problems.push(`--${f.flag} given more than once (${given.join(", ")})`);
    raw[f.key] = f.kind === "multi" ? given.join(",") : given[given.length - 1];
  }
  const conflict = values.get("conflict")?.at(-1);
  if (conflict !== void 0 && !CONFLICT_POLICIES.includes(conflict))
    problems.push(`unknown --conflict "${conflict}" (choose ${CONFLICT_POLICIES.join(", ")})`);
  const has = (name) => values.has(name);
  const rawKit = {};
  for (const f of KIT_VALUE_FLAGS) {
    const given = values.get(f);
    const separator = REPEATABLE_KIT_FLAGS[f];
    if (given) rawKit[f] = separator === void 0 ? given.at(-1) : given.join(separator);
  }
  return {
    help: has("help"),
    version: has("version"),
    directory: positionals[0],
    raw,
    rawKit,
    kitGiven: KIT_FLAGS.filter(has),
    existing: has("existing"),
    settings: {
      yes: has("yes"),
      noInteractive: has("no-interactive"),
      force: has("force"),
      dryRun: has("dry-run"),
      noLockfile: has("no-lockfile"),
      verify: has("verify"),
      conflict
    },
    problems
  };
}
function splitOnce(s, sep) {
  const at = s.indexOf(sep);
  return at < 0 ? [s, void 0] : [s.slice(0, at), s.slice(at + 1)];
}
function resolveAnswers(raw) {
  const options = {};
  const problems = [];
  for (const f of FIELDS) {
    const value = raw[f.key];
    if (value === void 0) continue;
    const parsed = f.parse(value);
    if ("error" in parsed) problems.push(parsed.error);
    else options[f.key] = parsed.value;
  }
  problems.push(...combinationProblems(options));
  return { options, problems };
}
function missingRequired(options) {
  return FIELDS.filter((f) => f.required && options[f.key] === void 0);
}
function withDefaults(options, targetDir) {
  const filled = { ...options };
  for (const f of FIELDS) {
    if (filled[f.key] === void 0) filled[f.key] = f.defaultValue(filled, targetDir);
  }
  return filled;
}
function allowedChoices(f, known) {
  const values = (f.choices ?? []).map((c) => c.value);
  if (f.key !== "tls" || !known.framework) return values;
  return values.filter((t) => isSupported(known.framework, t));
}

export {
  ANSWERS_FILE,
  plannedFiles,
  FIELDS,
  flagValues,
  KIT_FLAG_HELP,
  KIT_FIELDS,
  resolveKit,
  readSavedAnswers,
  modeProblems,
  RUN_FLAG_HELP,
  parseCommandLine,
  resolveAnswers,
  missingRequired,
  withDefaults,
  allowedChoices
};
