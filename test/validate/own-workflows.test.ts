// The repository's own workflows (.github/workflows/ci.yml and release.yml) through the checks the generated ones
// pass (action-validator, SHA pins from the catalog, per-job permissions), and what a published npm package owes its
// users: every suite .ci/run runs, the fast ones on each OS and Node LTS line the package admits, a provenance publish.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import semver from "semver";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseYaml } from "yaml";
import { ROOT } from "../helpers.js";
import { action, permissionProblems, pinningProblems, runStep, workflowErrors, type Step } from "./workflow-checks.js";

type OwnJob = {
  "runs-on"?: string;
  "timeout-minutes"?: number;
  needs?: string;
  uses?: string;
  environment?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: Record<string, (string | number)[]> };
  steps?: Step[];
};
type OwnWorkflow = { on: Record<string, unknown>; concurrency?: { group: string; "cancel-in-progress": boolean }; jobs: Record<string, OwnJob> };

const CI = ".github/workflows/ci.yml";
const RELEASE = ".github/workflows/release.yml";
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const PACKAGE = JSON.parse(read("package.json")) as { version: string; engines: { node: string } };

/** Node majors with an LTS release (from the release data the lockfile pins) that package.json's engines admits. */
const RELEASES = createRequire(import.meta.url)("node-releases/data/processed/envs.json") as { version: string; lts: string | false }[];
const NODE_LINES = [...new Set(RELEASES.filter((r) => r.lts).map((r) => semver.major(r.version)))]
  .filter((major) => semver.intersects(`${major}.x`, PACKAGE.engines.node))
  .sort((a, b) => a - b);
const OSES = ["ubuntu-latest", "macos-latest", "windows-latest"];

/** The npm scripts .ci/run runs (`npm test`, `npm run X`): the hosted CI must run each of them too. */
const GATE_SCRIPTS = [...read(".ci/run").matchAll(/^timed npm (test|run [\w:]+)$/gm)].map((m) => m[1]);

const steps = (job: OwnJob) => job.steps ?? [];
const runs = (job: OwnJob) => steps(job).map((s) => s.run ?? "");

/** Problems every own workflow must not have: the generated workflows' checks, a timeout on every job that runs a
 * machine, and every Node it sets up one of the admitted lines. */
function commonProblems(text: string): string[] {
  const problems = [...workflowErrors(text), ...pinningProblems(text), ...permissionProblems(text)];
  if (problems.length) return problems;
  for (const [name, job] of Object.entries((parseYaml(text) as OwnWorkflow).jobs)) {
    if (job["runs-on"] && !(Number(job["timeout-minutes"]) > 0)) problems.push(`job ${name} has no timeout-minutes`);
    for (const s of steps(job).filter((s) => s.uses === action("setupNode"))) {
      const version = String(s.with?.["node-version"]);
      if (version !== "${{ matrix.node }}" && !NODE_LINES.includes(Number(version))) problems.push(`job ${name} sets up Node ${version}, not an admitted LTS line`);
    }
  }
  return problems;
}

function ciProblems(text: string): string[] {
  const problems = commonProblems(text);
  if (problems.length) return problems;
  const wf = parseYaml(text) as OwnWorkflow;
  for (const trigger of ["push", "pull_request", "workflow_call"]) if (!(trigger in wf.on)) problems.push(`not run on ${trigger}`);
  if (!wf.concurrency?.group.includes("${{ github.ref }}") || wf.concurrency["cancel-in-progress"] !== true)
    problems.push(`concurrency ${JSON.stringify(wf.concurrency)} does not cancel a ref's superseded runs`);
  for (const [name, job] of Object.entries(wf.jobs))
    if (JSON.stringify(job.permissions) !== JSON.stringify({ contents: "read" })) problems.push(`job ${name} may do more than read: ${JSON.stringify(job.permissions)}`);

  // npm test on every OS and Node line; the other suites on Linux.
  for (const script of GATE_SCRIPTS) {
    const jobs = Object.entries(wf.jobs).filter(([, job]) => runs(job).includes(`npm ${script}`));
    if (!jobs.length) problems.push(`no job runs npm ${script}, which .ci/run runs`);
    for (const [name, job] of jobs) {
      if (script !== "test") {
        if (job["runs-on"] !== "ubuntu-latest") problems.push(`npm ${script} runs on ${job["runs-on"]}, not ubuntu-latest`);
        continue;
      }
      const matrix = job.strategy?.matrix ?? {};
      if (JSON.stringify(matrix.os) !== JSON.stringify(OSES)) problems.push(`job ${name}: OS matrix ${JSON.stringify(matrix.os)}, expected ${JSON.stringify(OSES)}`);
      if (JSON.stringify(matrix.node) !== JSON.stringify(NODE_LINES)) problems.push(`job ${name}: Node matrix ${JSON.stringify(matrix.node)}, expected the LTS lines ${PACKAGE.engines.node} admits, ${JSON.stringify(NODE_LINES)}`);
      if (job["runs-on"] !== "${{ matrix.os }}") problems.push(`job ${name} runs on ${job["runs-on"]}, not the OS matrix`);
      if (!steps(job).some((s) => s.uses === action("setupNode") && s.with?.["node-version"] === "${{ matrix.node }}")) problems.push(`job ${name} does not set up the matrix's Node`);
    }
  }
  // The scripts the steps call are the repository's own.
  for (const job of Object.values(wf.jobs))
    for (const script of runs(job).flatMap((r) => [...r.matchAll(/(?:bash|node) (\.ci\/\S+)/g)].map((m) => m[1])))
      if (!fs.existsSync(path.join(ROOT, script))) problems.push(`a step calls ${script}, which does not exist`);
  return problems;
}

function releaseProblems(text: string): string[] {
  const problems = commonProblems(text);
  if (problems.length) return problems;
  const wf = parseYaml(text) as OwnWorkflow;
  if (JSON.stringify(wf.on) !== JSON.stringify({ push: { tags: ["v*"] } })) problems.push(`triggered by ${JSON.stringify(wf.on)}, not v* tags alone`);
  const publishers = Object.entries(wf.jobs).filter(([, job]) => runs(job).some((r) => /^npm publish\b/m.test(r)));
  if (publishers.length !== 1) return [...problems, `${publishers.length} jobs run npm publish`];
  const [name, publish] = publishers[0];
  const command = runs(publish).find((r) => /^npm publish\b/m.test(r))!;
  for (const flag of ["--provenance", "--access public"]) if (!command.includes(flag)) problems.push(`${command.trim()}: no ${flag}`);
  if (publish.environment !== "npm") problems.push(`job ${name} publishes outside the protected environment npm`);
  // The OIDC token signs the provenance: on the publishing job alone.
  for (const [other, job] of Object.entries(wf.jobs)) {
    const wanted = other === name ? { contents: "read", "id-token": "write" } : { contents: "read" };
    if (JSON.stringify(job.permissions) !== JSON.stringify(wanted)) problems.push(`job ${other}: permissions ${JSON.stringify(job.permissions)}, expected ${JSON.stringify(wanted)}`);
  }
  const node = steps(publish).find((s) => s.uses === action("setupNode"));
  if (node?.with?.["registry-url"] !== "https://registry.npmjs.org") problems.push(`job ${name}: setup-node writes no .npmrc for registry.npmjs.org`);
  if (steps(publish).find((s) => s.run === command)?.env?.NODE_AUTH_TOKEN !== "${{ secrets.NPM_TOKEN }}") problems.push("npm publish without NODE_AUTH_TOKEN from the NPM_TOKEN secret");

  // Publishing waits for the tag check and for the whole CI, which runs this commit's ci.yml.
  const ci = Object.entries(wf.jobs).find(([, job]) => job.uses === `./${CI}`);
  const tagCheck = Object.entries(wf.jobs).find(([, job]) => runs(job).some((r) => r.includes("package.json")));
  if (!ci) problems.push(`no job calls ${CI}`);
  if (!tagCheck) problems.push("no job compares the tag with package.json's version");
  if (ci && tagCheck && (publish.needs !== ci[0] || ci[1].needs !== tagCheck[0])) problems.push(`publish does not wait for ${ci[0]} after ${tagCheck[0]}`);
  return problems;
}

test(`${CI}: valid, pinned, least permissions; npm test on ${OSES.length} OSes × Node ${NODE_LINES.join(", ")}; every suite .ci/run runs`, () => {
  assert.ok(NODE_LINES.length >= 3 && NODE_LINES[0] === semver.minVersion(PACKAGE.engines.node)!.major, `LTS lines ${NODE_LINES}`);
  assert.equal(GATE_SCRIPTS, ["run typecheck", "test", "run test:pack", "run test:rust", "run test:container", "run test:corpus"]);
  assert.equal(ciProblems(read(CI)), []);
});

test(`${RELEASE}: valid, pinned; publishes with provenance from the npm environment after the tag check and CI`, () => {
  assert.equal(releaseProblems(read(RELEASE)), []);
});

test("release: the tag check passes for v<package.json version> and fails for any other tag", () => {
  const wf = parseYaml(read(RELEASE)) as OwnWorkflow;
  const check = Object.values(wf.jobs).flatMap(steps).find((s) => s.run?.includes("package.json"))!;
  const files = { "package.json": read("package.json") };
  const tagged = (tag: string) => runStep(check.run!, files, { TAG: tag });
  assert.is(tagged(`v${PACKAGE.version}`).status, 0);
  for (const tag of [PACKAGE.version, `v${PACKAGE.version}.1`, "v9.9.9"]) {
    const r = tagged(tag);
    assert.is(r.status, 1, tag);
    assert.match(r.stdout, `::error::tag ${tag} does not name package.json's version ${PACKAGE.version}`);
  }
});

test("not vacuous: an unpinned or unknown action, a missing --provenance, broader permissions and a short matrix are reported", () => {
  const ci = read(CI);
  const release = read(RELEASE);
  const checkout = action("checkout");
  const reported = (problems: string[], expected: string) => assert.ok(problems.some((p) => p.includes(expected)), `${expected} not in ${JSON.stringify(problems)}`);
  reported(ciProblems(ci.replace(`${checkout} # v7.0.1`, "actions/checkout@v7")), "not pinned by SHA with its version: - uses: actions/checkout@v7");
  reported(ciProblems(ci.replace(checkout, `${checkout.slice(0, -7)}0000000`)), "not a catalog pin");
  reported(ciProblems(ci.replace("      - run: npm run typecheck\n", "      - run: npm run typecheck\n      - {uses: actions/checkout@v7}\n")), "uses: in the workflow");
  reported(ciProblems(ci.replace("permissions: {}", "permissions: write-all")), 'top-level permissions "write-all", expected {}');
  reported(ciProblems(ci.replace("node: [20, 22, 24, 26]", "node: [22, 24]")), "Node matrix [22,24]");
  reported(ciProblems(ci.replace("os: [ubuntu-latest, macos-latest, windows-latest]", "os: [ubuntu-latest]")), "OS matrix");
  reported(ciProblems(ci.replace("      - run: npm run test:rust\n", "")), "no job runs npm run test:rust");
  reported(releaseProblems(release.replace("npm publish --provenance --access public", "npm publish --access public")), "no --provenance");
  reported(releaseProblems(release.replace("      id-token: write\n", "")), 'job publish: permissions {"contents":"read"}');
  reported(releaseProblems(release.replace("  ci:\n    needs: version\n    permissions:\n      contents: read\n", "  ci:\n    needs: version\n    permissions:\n      contents: read\n      id-token: write\n")), "job ci: permissions");
  reported(releaseProblems(release.replace("    environment: npm\n", "")), "outside the protected environment npm");
  // The real validator behind them: a job without runs-on, or a permission it does not know, is rejected.
  assert.ok(workflowErrors(release.replace("runs-on: ubuntu-latest", "runz-on: ubuntu-latest")).length > 0);
  assert.ok(workflowErrors(release.replace("id-token: write", "id-token: everything")).length > 0);
});

test.run();
