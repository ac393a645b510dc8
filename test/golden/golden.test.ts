// Golden output in two layers: a few whole trees, compared file by file with test/golden/trees/, and one snapshot per
// catalog row in test/golden/rows/ holding only what that row decides, so a change touches the files of its cause.
// Every supported combination is still rendered and parsed, and each part one row alone decides is compared with that
// row's snapshot for every combination that has the row. UPDATE_GOLDEN=1 rewrites both layers; the diff is the review.
//
// The whole trees: a backing-service tree per framework, one on each TLS stack and on the distroless, debian and
// scratch partials, with every deploy target and the GitHub pipeline; build-modes adds the alpine partial and the
// build options' own templates (offline build, private registry, two platforms, no CI, size profile, another port);
// one kit fixture brings the existing-crate templates (README.Docker.md, the healthcheck probe). A test below checks
// that they still cover every framework, TLS stack, runtime partial and template. Everything else is rows.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import fse from "fs-extra";
import path from "node:path";
import { ALLOCATORS, BUILDERS, CACHES, CI_PROVIDERS, DATABASES, DEPLOY_TARGETS, FRAMEWORKS, PROFILES, RUNTIMES, TLS_STACKS, type Libc } from "../../generators/catalog/catalog.js";
import { MANIFEST, plannedFiles } from "../../generators/render/manifest.js";
import { ANSWERS_FILE } from "../../generators/options/answers-file.js";
import { buildTemplateData } from "../../generators/render/template-data.js";
import { isSupported, type ServiceOptions } from "../../generators/options/options.js";
import { comboName, options, readTree, render, runCli, supportedCombinations, tempDir, ROOT, type Combination } from "../helpers.js";
import {
  buildPackageRuns,
  changedDependencies,
  changedLines,
  dockerfileStages,
  parseProblems,
  runtimeStage,
  samePart,
  savedAnswers,
  snapshotParts,
  snapshotText,
  tomlTable,
  treeChanges,
  withoutSecrets,
  type Part,
} from "./parts.js";

const TREES = path.join(ROOT, "test/golden/trees");
const ROWS = path.join(ROOT, "test/golden/rows");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
// Dotfiles are stored as dot-<name> so a golden .gitignore cannot change what git tracks here.
const toStored = (p: string) => p.split("/").map((s) => (s.startsWith(".") ? `dot-${s.slice(1)}` : s)).join("/");

const FULL_TREES: [string, ServiceOptions][] = [
  ["backing-axum-rustls-postgres-redis", options({ framework: "axum", tls: "rustls", runtime: "distroless-cc", database: "postgres", cache: "redis", deploy: ["compose", "kubernetes", "fly", "cloud-run"] })],
  ["backing-actix-web-openssl-vendored-postgres", options({ framework: "actix-web", tls: "openssl-vendored", runtime: "debian-slim", database: "postgres" })],
  ["backing-rocket-none-sqlite-redis", options({ framework: "rocket", tls: "none", runtime: "scratch", database: "sqlite", cache: "redis", deploy: ["compose", "kubernetes", "fly", "cloud-run"], metricsPort: 9100, serviceMonitor: true })],
  [
    "build-modes-actix-web-none-alpine",
    options({ framework: "actix-web", tls: "none", runtime: "alpine", ci: "none", offlineBuild: true, privateRegistry: "corp", platforms: ["linux/amd64", "linux/arm64"], profile: "size", port: 3000 }),
  ],
];

/** Existing crates of the fixture set, given the kit by the real CLI. */
const KIT_FIXTURES: [string, string[]][] = [
  ["axum-serve", []],
  ["rocket-app", []],
  ["workspace", ["--package", "api"]],
  ["config-port", []],
  ["gated-health", []],
  ["spool-writer", []],
  ["no-signal", []],
  ["sqlx-redis-app", []],
  ["exporter-listener", ["--deploy", "compose,kubernetes,fly", "--service-monitor"]],
];
/** The kit fixture kept as a whole tree; the others are rows of what detection decided. */
const FULL_KIT = "axum-serve";
const kitName = (fixture: string) => `kit-${fixture}`;

/** Every other row is rendered against this combination with only its own value changed. */
const BASE: Combination = { framework: "axum", tls: "none", runtime: "distroless-cc" };
/** The runtime each builder row is shown with: the same distroless image on each libc. */
const BUILDER_RUNTIME: Record<Libc, Combination["runtime"]> = { musl: "distroless-static", glibc: "distroless-cc" };

const frameworks = Object.keys(FRAMEWORKS) as Combination["framework"][];
const tlsStacks = Object.keys(TLS_STACKS) as Combination["tls"][];
const libcs = Object.keys(BUILDERS) as Libc[];
const libcOf = (c: Combination): Libc => RUNTIMES[c.runtime].libc;
function file(files: Map<string, string>, p: string): string {
  const text = files.get(p);
  if (text === undefined) throw new Error(`${p} not written`);
  return text;
}

const buildStage = (f: Map<string, string>) => dockerfileStages(file(f, "Dockerfile")).find((s) => s.name === "build")!;

/** A row's parts that any combination with the row shows alike: the all-combinations test compares them all. */
interface Decided {
  row: (c: Combination) => string;
  parts: (files: Map<string, string>, c: Combination) => Part[];
}
const RUNTIME_DECIDES: Decided = { row: (c) => `runtime/${c.runtime}`, parts: (f) => [["Dockerfile: runtime stage", runtimeStage(file(f, "Dockerfile"))]] };
const TLS_DECIDES: Decided = {
  row: (c) => `tls/${c.tls}`,
  parts: (f) => [
    ["src/healthcheck.rs", file(f, "src/healthcheck.rs")],
    ["src/settings.rs", file(f, "src/settings.rs")],
  ],
};
/** The TLS stack's build packages differ by builder family: one part per libc in the TLS row. */
const TLS_ON_BUILDER_DECIDES: Decided = {
  row: (c) => `tls/${c.tls}`,
  parts: (f, c) => [[`Dockerfile: build packages (${libcOf(c)} builder)`, buildPackageRuns(file(f, "Dockerfile"))]],
};
const BUILDER_DECIDES: Decided = {
  row: (c) => `builder/${libcOf(c)}`,
  parts: (f) => [
    ["Dockerfile: build stage FROM", buildStage(f).from],
    ["deny.toml [graph]", tomlTable(file(f, "deny.toml"), "graph")],
  ],
};
const DECIDED = [RUNTIME_DECIDES, TLS_DECIDES, TLS_ON_BUILDER_DECIDES, BUILDER_DECIDES];

interface Row {
  name: string;
  parts: () => Promise<Part[]>;
}

const renderCombo = (c: Combination, more: Partial<ServiceOptions> = {}) => render(options({ ...c, ...more }));
const withBuilder = (libc: Libc): Combination => ({ ...BASE, runtime: BUILDER_RUNTIME[libc] });
/** A row that is a plain option: what it changes against BASE (on each builder where it changes the build). */
const optionRow = (name: string, more: Partial<ServiceOptions>, onLibcs: Libc[] = ["glibc"]): Row => ({
  name,
  parts: async () => {
    const parts: Part[] = [];
    for (const libc of onLibcs) {
      const changes = treeChanges(await renderCombo(withBuilder(libc)), await renderCombo(withBuilder(libc), more));
      parts.push(...changes.map(([title, text]): Part => [onLibcs.length > 1 ? `${libc}: ${title}` : title, text]));
    }
    return parts.length ? parts : [["changes", "(none: the baseline)"]];
  },
});

const ROWS_TABLE: Row[] = [
  ...frameworks.map((framework): Row => ({
    name: `framework/${framework}`,
    parts: async () => {
      const f = await renderCombo({ ...BASE, framework });
      return [
        ["src/main.rs", file(f, "src/main.rs")],
        ["Cargo.toml [dependencies]", tomlTable(file(f, "Cargo.toml"), "dependencies")],
        ["Cargo.toml [dev-dependencies]", tomlTable(file(f, "Cargo.toml"), "dev-dependencies")],
      ];
    },
  })),
  ...tlsStacks.map((tls): Row => ({
    name: `tls/${tls}`,
    parts: async () => {
      const parts = TLS_DECIDES.parts(await renderCombo({ ...BASE, tls }), { ...BASE, tls });
      for (const c of libcs.map((libc) => ({ ...withBuilder(libc), tls }))) parts.push(...TLS_ON_BUILDER_DECIDES.parts(await renderCombo(c), c));
      for (const framework of frameworks.filter((fw) => tls !== "none" && isSupported(fw, tls))) {
        const [plain, served] = [await renderCombo({ ...BASE, framework }), await renderCombo({ ...BASE, framework, tls })];
        parts.push([`Cargo.toml [dependencies] (${framework}, added or changed)`, changedDependencies(file(served, "Cargo.toml"), file(plain, "Cargo.toml"))]);
        for (const p of ["src/main.rs", "compose.yaml", "README.md"])
          parts.push([`${p} (${framework}, changed lines)`, changedLines(file(plain, p), file(served, p))]);
      }
      return parts;
    },
  })),
  ...(Object.keys(RUNTIMES) as Combination["runtime"][]).map((runtime): Row => ({
    name: `runtime/${runtime}`,
    parts: async () => RUNTIME_DECIDES.parts(await renderCombo({ ...BASE, runtime }), { ...BASE, runtime }),
  })),
  ...libcs.map((libc): Row => ({
    name: `builder/${libc}`,
    parts: async () => {
      const f = await renderCombo(withBuilder(libc));
      return [...BUILDER_DECIDES.parts(f, withBuilder(libc)), ["Dockerfile: build stage (tls none)", buildStage(f).body]];
    },
  })),
  ...(Object.keys(ALLOCATORS) as ServiceOptions["allocator"][]).map((allocator) =>
    optionRow(`allocator/${allocator}`, { allocator }, ["musl"]),
  ),
  ...(Object.keys(PROFILES) as ServiceOptions["profile"][]).map((profile): Row => ({
    name: `profile/${profile}`,
    parts: async () => [["Cargo.toml [profile.release]", tomlTable(file(await renderCombo(BASE, { profile }), "Cargo.toml"), "profile.release")]],
  })),
  ...(Object.keys(DEPLOY_TARGETS) as ServiceOptions["deploy"]).map((target) => optionRow(`deploy/${target}`, { deploy: [...new Set(["compose" as const, target])] })),
  ...(Object.keys(DATABASES) as ServiceOptions["database"][]).map((database) => optionRow(`database/${database}`, { database })),
  ...(Object.keys(CACHES) as ServiceOptions["cache"][]).map((cache) => optionRow(`cache/${cache}`, { cache })),
  ...(Object.keys(CI_PROVIDERS) as ServiceOptions["ci"][]).map((ci) => optionRow(`ci/${ci}`, { ci })),
  optionRow("platforms/amd64-arm64", { platforms: ["linux/amd64", "linux/arm64"] }, libcs),
  optionRow("build/offline", { offlineBuild: true }, libcs),
  optionRow("build/private-registry", { privateRegistry: "corp" }),
  optionRow("port/3000", { port: 3000 }),
  ...KIT_FIXTURES.filter(([fixture]) => fixture !== FULL_KIT).map(([fixture, flags]): Row => ({
    name: `kit/${fixture}`,
    parts: async () => kitParts(kitFiles(fixture, flags)),
  })),
];

/** The kit the real CLI writes into a copy of a fixture crate: every file, as written. */
function kitFiles(fixture: string, flags: string[]): Map<string, string> {
  const dir = path.join(tempDir("crc-golden-"), fixture);
  fse.copySync(path.join(ROOT, "test/fixtures/crates", fixture), dir);
  const r = runCli([dir, "--yes", ...flags], dir);
  assert.is(r.status, 0, r.stderr);
  const written = [ANSWERS_FILE, ...Object.keys(JSON.parse(fs.readFileSync(path.join(dir, ANSWERS_FILE), "utf8")).files)];
  return new Map(written.map((p) => [p, fs.readFileSync(path.join(dir, p), "utf8")]));
}

/**
 * What detection decided for a fixture: its Dockerfile but the builder's FROM (the builder row's), its compose file,
 * its saved answers and the files only some crates get. README.Docker.md, dependabot.yml and the probe source are the
 * same templates as in the whole kit tree, and the first two name the builder image.
 */
function kitParts(files: Map<string, string>): Part[] {
  const common = new Set(["README.Docker.md", ".github/dependabot.yml", "docker/healthcheck-probe.rs", ANSWERS_FILE, "Dockerfile"]);
  const stages = dockerfileStages(file(files, "Dockerfile"));
  return [
    ["written files", [...files.keys()].sort().join("\n")],
    ...stages.map((s): Part => (s.name === "build" ? ["Dockerfile: build stage", s.body] : [`Dockerfile: stage ${s.name ?? "runtime"}`, `${s.from}\n${s.body}`])),
    [`${ANSWERS_FILE} (answers)`, savedAnswers(file(files, ANSWERS_FILE))],
    ...[...files].filter(([p]) => !common.has(p)).sort(([a], [b]) => a.localeCompare(b)).map(([p, text]): Part => [p, text]),
  ];
}

for (const [name, o] of FULL_TREES) test(`golden tree ${name}`, async () => compareTree(name, await render(o)));

test(`golden tree ${kitName(FULL_KIT)}`, () => compareTree(kitName(FULL_KIT), kitFiles(FULL_KIT, KIT_FIXTURES.find(([f]) => f === FULL_KIT)![1])));

for (const row of ROWS_TABLE) test(`golden row ${row.name}`, async () => compareSnapshot(row.name, snapshotText(await row.parts())));

test("every supported combination renders, parses, and agrees with the rows that decide its parts", async () => {
  for (const c of supportedCombinations()) {
    const files = await render(options(c));
    assert.equal(parseProblems(files), [], comboName(c));
    for (const { row, parts } of DECIDED) assertParts(row(c), parts(files, c), comboName(c));
  }
});

/** Each part equals the section of the same title in the row's stored snapshot. */
function assertParts(row: string, parts: Part[], combo: string): void {
  const stored = snapshotParts(readSnapshot(row));
  for (const [title, text] of parts) {
    assert.ok(
      samePart(stored.get(title), text),
      `${combo}: "${title}" differs from rows/${row}.txt (UPDATE_GOLDEN=1 rewrites the rows; still differing, the part depends on more than this row)`,
    );
  }
}

const readSnapshot = (row: string) => {
  const p = path.join(ROWS, `${row}.txt`);
  return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : "";
};

function compareSnapshot(row: string, text: string): void {
  if (UPDATE) {
    fs.mkdirSync(path.dirname(path.join(ROWS, `${row}.txt`)), { recursive: true });
    fs.writeFileSync(path.join(ROWS, `${row}.txt`), text);
  }
  assert.fixture(text, readSnapshot(row), `rows/${row}.txt (UPDATE_GOLDEN=1 to accept)`);
}

function compareTree(name: string, files: Map<string, string>): void {
  const rendered = new Map([...files].map(([p, c]) => [toStored(p), withoutSecrets(p, c)]));
  const dir = path.join(TREES, name);
  if (UPDATE) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [p, c] of rendered) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), c);
    }
  }
  const golden = readTree(dir);
  assert.equal([...rendered.keys()].sort(), [...golden.keys()].sort(), `${name}: file list (UPDATE_GOLDEN=1 to accept)`);
  for (const [p, content] of rendered) assert.fixture(content, golden.get(p) ?? "", `${name}/${p}`);
}

test("the whole trees render every framework, TLS stack, runtime partial and template", () => {
  const services = FULL_TREES.map(([, o]) => o);
  const distinct = <T>(values: T[]) => [...new Set(values)].sort();
  assert.equal(distinct(services.map((o) => o.framework)), distinct(frameworks));
  assert.equal(distinct(services.map((o) => o.tls)), distinct(tlsStacks));
  assert.equal(distinct(services.map((o) => RUNTIMES[o.runtime].stage)), distinct(Object.values(RUNTIMES).map((r) => r.stage)));
  const templates = readTree(path.join(ROOT, "templates"));
  // Partials are covered by the files that include them; the runtime partials by the stages above.
  const included = [...templates].flatMap(([t, text]) => [...text.matchAll(/include\("([^"]+)"/g)].map((m) => path.posix.join(path.posix.dirname(t), m[1])));
  const kitTree = readTree(path.join(TREES, kitName(FULL_KIT)));
  const rendered = [
    ...services.flatMap((o) => plannedFiles("new", buildTemplateData(o)).map((f) => f.template)),
    ...MANIFEST.filter((e) => typeof e.output === "string" && typeof e.template === "string" && kitTree.has(toStored(e.output))).map((e) => e.template as string),
  ];
  const covered = new Set([...included, ...rendered]);
  assert.equal([...templates.keys()].filter((t) => !covered.has(t) && !t.startsWith("container/runtime/")), []);
});

test("no stale golden trees or rows", () => {
  const trees = new Set([...FULL_TREES.map(([n]) => n), kitName(FULL_KIT)]);
  const staleTrees = fs.existsSync(TREES) ? fs.readdirSync(TREES).filter((d) => !trees.has(d)).map((d) => path.join(TREES, d)) : [];
  const rows = new Set(ROWS_TABLE.map((r) => `${r.name}.txt`));
  const staleRows = [...readTree(ROWS).keys()].filter((p) => !rows.has(p)).map((p) => path.join(ROWS, p));
  if (UPDATE) for (const p of [...staleTrees, ...staleRows]) fs.rmSync(p, { recursive: true });
  else assert.equal([...staleTrees, ...staleRows].map((p) => path.relative(ROOT, p)), [], "golden output no combination or row makes (UPDATE_GOLDEN=1 removes it)");
});

test.run();
