import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import type { DeployTarget } from "../../generators/catalog/catalog.js";
import type { ServiceOptions } from "../../generators/options/options.js";
import type { CrateContext, Healthcheck } from "../../generators/domain.js";
import { dnsLabel } from "../../generators/render/template-data.js";
import { options, render, writeTree } from "../helpers.js";
import { checkContainerKit } from "./checks.js";
import { checkCloudRun, checkFly, checkKnownFields, checkKubernetes, drainFromMain, type DeployExpect, type K8sDoc } from "./deploy-checks.js";

const TARGET_FILES: Record<Exclude<DeployTarget, "compose">, string[]> = {
  kubernetes: ["deployment", "service", "pdb", "kustomization"].map((f) => `deploy/kubernetes/${f}.yaml`),
  fly: ["fly.toml"],
  "cloud-run": ["deploy/cloud-run/service.yaml"],
};
// The exact commands each README must show for a target.
const README_COMMANDS: Record<Exclude<DeployTarget, "compose">, string[]> = {
  kubernetes: ["kubectl apply -k deploy/kubernetes"],
  fly: ["fly launch --no-deploy", "fly deploy"],
  "cloud-run": ["gcloud run services replace deploy/cloud-run/service.yaml --region REGION", "docker push REGION-docker.pkg.dev/PROJECT/REPOSITORY/"],
};

// What .dockerignore keeps out of the build context, so editing a manifest never invalidates `COPY . .`.
const IGNORED: Record<Exclude<DeployTarget, "compose">, string> = { kubernetes: "deploy/kubernetes", fly: "fly.toml", "cloud-run": "deploy/cloud-run" };

/** Manifests gathered by every test, type-checked together at the end (one TypeScript program). */
const knownFieldDocs: K8sDoc[] = [];

/** Checks every target chosen, and that the others left no file and no README section. */
function checkDeploy(files: Map<string, string>, deploy: DeployTarget[], expect: DeployExpect, readme: string): string[] {
  const problems: string[] = [];
  for (const [target, paths] of Object.entries(TARGET_FILES) as [Exclude<DeployTarget, "compose">, string[]][]) {
    const chosen = deploy.includes(target);
    for (const p of paths) if (files.has(p) !== chosen) problems.push(`${p} ${chosen ? "missing" : "written"} (deploy: ${deploy.join(",")})`);
    const text = files.get(readme) ?? "";
    if ((files.get(".dockerignore") ?? "").split("\n").includes(IGNORED[target]) !== chosen)
      problems.push(`.dockerignore ${chosen ? "lacks" : "lists"} ${IGNORED[target]}`);
    for (const cmd of README_COMMANDS[target])
      if (text.includes(cmd) !== chosen) problems.push(`${readme} ${chosen ? "lacks" : "shows"} \`${cmd}\``);
  }
  const readmeText = files.get(readme) ?? "";
  if (readmeText.includes("## Deploy") !== deploy.some((t) => t !== "compose")) problems.push(`${readme}: Deploy section shown ${readmeText.includes("## Deploy")}`);
  if (deploy.includes("kubernetes")) {
    const k8s = checkKubernetes(files, expect);
    problems.push(...k8s.problems);
    knownFieldDocs.push(...k8s.docs);
    const secretCmd = `kubectl create secret tls ${expect.name}-tls`;
    if (readmeText.includes(secretCmd) !== expect.tls) problems.push(`${readme}: \`${secretCmd}\` shown ${!expect.tls}`);
  }
  // Fly and Cloud Run cannot run a command in the container: the image's healthcheck command becomes a TCP check.
  const noExec: DeployExpect = expect.probe.kind === "command" ? { ...expect, probe: { kind: "tcp" } } : expect;
  if (deploy.includes("fly")) problems.push(...checkFly(files, noExec));
  if (deploy.includes("cloud-run")) {
    const run = checkCloudRun(files, noExec);
    problems.push(...run.problems);
    knownFieldDocs.push(...run.docs);
  }
  return problems;
}

/** What a generated service's deploy files must agree with, read from its own sources. */
function serviceExpect(o: ServiceOptions, files: Map<string, string>, name: string): DeployExpect {
  const main = files.get("src/main.rs") ?? "";
  // The route the probes hit is the one the service defines.
  assert.ok(main.includes('"/health"'), "src/main.rs serves /health");
  const drainSeconds = drainFromMain(main);
  assert.type(drainSeconds, "number", "the drain is readable from src/main.rs");
  // A service with backing services reads their addresses (`required("…")` in backing.rs) and serves /ready; SQLite's
  // is a path on the volume, the others' come from secrets.
  const backing = files.get("src/backing.rs") ?? "";
  const sqlite = /features = \[[^\]]*"sqlite"/.test(files.get("Cargo.toml") ?? "");
  const secretEnv = [...backing.matchAll(/required\("([A-Z_]+)"\)/g)].map((m) => m[1]).filter((n) => !(sqlite && n === "DATABASE_URL"));
  const readyPath = main.includes('"/ready"') ? "/ready" : undefined;
  return { port: o.port, name, tls: o.tls !== "none", probe: { kind: "http", path: "/health" }, drainSeconds: drainSeconds!, readyPath, secretEnv };
}

const all: DeployTarget[] = ["compose", "kubernetes", "fly", "cloud-run"];
const serviceCases: [string, Partial<ServiceOptions>, string][] = [
  ["kubernetes, rustls (HTTPS in the pod)", { deploy: ["compose", "kubernetes"] }, "demo-svc"],
  ["kubernetes, openssl-vendored on scratch", { framework: "actix-web", tls: "openssl-vendored", runtime: "scratch", deploy: ["compose", "kubernetes"] }, "demo-svc"],
  ["kubernetes, no TLS, alpine (uid 10001), port 3000", { framework: "rocket", tls: "none", runtime: "alpine", port: 3000, deploy: ["compose", "kubernetes"] }, "demo-svc"],
  ["kubernetes, port 80 (below 1024, no capabilities)", { tls: "none", port: 80, deploy: ["compose", "kubernetes"] }, "demo-svc"],
  ["fly, rustls", { deploy: ["compose", "fly"] }, "demo-svc"],
  ["fly, no TLS, debian-slim, port 3000", { framework: "actix-web", tls: "none", runtime: "debian-slim", port: 3000, deploy: ["compose", "fly"] }, "demo-svc"],
  ["cloud-run, rustls", { deploy: ["compose", "cloud-run"] }, "demo-svc"],
  ["cloud-run, no TLS, distroless-static, port 8000", { framework: "rocket", tls: "none", runtime: "distroless-static", port: 8000, deploy: ["compose", "cloud-run"] }, "demo-svc"],
  [
    "all targets, rustls, two platforms, port 9000, a crate name that is no DNS label",
    { name: "tiny_api", tls: "rustls", runtime: "debian-slim", port: 9000, platforms: ["linux/amd64", "linux/arm64"], deploy: all },
    "tiny-api",
  ],
  ["all targets, no TLS, scratch", { framework: "actix-web", tls: "none", runtime: "scratch", deploy: all }, "demo-svc"],
  ["all targets, postgres + redis: readiness on /ready, both addresses from secrets", { tls: "rustls", database: "postgres", cache: "redis", deploy: all }, "demo-svc"],
  ["all targets, rocket, sqlite + redis: the file on a volume, REDIS_URL from a secret", { framework: "rocket", tls: "none", database: "sqlite", cache: "redis", deploy: all }, "demo-svc"],
  ["all targets, metrics on a port of their own with a ServiceMonitor", { tls: "none", metricsPort: 9100, serviceMonitor: true, deploy: all }, "demo-svc"],
  ["compose only: no deploy files, no Deploy section", { deploy: ["compose"] }, "demo-svc"],
];

for (const [title, partial, name] of serviceCases) {
  test(`new service, ${title}`, async () => {
    const o = options(partial);
    const files = await render(o);
    assert.equal(checkDeploy(files, o.deploy, serviceExpect(o, files, name), "README.md"), []);
  });
}

/** An existing crate the container kit packages: no sources of ours, so the deploy files know only what detection gave. */
function kitCrate(healthcheck: Healthcheck, dataDirs: string[] = []): CrateContext {
  return {
    origin: "container-kit",
    packageName: "legacy-app",
    packageDir: "",
    inWorkspace: false,
    binName: "legacy-app",
    version: "1.4.0",
    description: "an existing service",
    rustVersion: "1.95.0",
    buildInputs: [],
    nativeLibs: [],
    assets: [],
    configFiles: [],
    healthcheck,
    composeFile: "compose.yaml",
    listenEnv: [],
    requiredEnv: [],
    cmd: [],
    cargoFeatures: [],
    dataDirs,
    backingVars: { database: "DATABASE_URL", cache: "REDIS_URL" },
    givenBacking: {},
    givenEnv: [],
    givenDataDirs: dataDirs,
    buildEnv: [],
    ciWorkflow: ".github/workflows/ci.yml",
    ciChecks: true,
    dependabot: true,
    decided: [],
    detected: [],
  };
}

const kitCases: [string, Healthcheck, DeployExpect["probe"]][] = [
  ["the std-only probe on /ready: probes GET its path", { kind: "probe", url: "http://127.0.0.1:8080/ready" }, { kind: "http", path: "/ready" }],
  ["a healthcheck subcommand: Kubernetes runs it, Fly and Cloud Run connect", { kind: "subcommand", args: ["health", "--quiet"] }, { kind: "command" }],
  ["no healthcheck: TCP checks everywhere", { kind: "none" }, { kind: "tcp" }],
  ["the probe connecting to the port (no health route): TCP checks everywhere", { kind: "probe", url: "tcp://127.0.0.1:8080" }, { kind: "tcp" }],
];

for (const [title, healthcheck, probe] of kitCases) {
  test(`container kit, ${title}; plain HTTP whatever the saved TLS answer`, async () => {
    // tls is only a default for an existing crate: nothing says the binary serves HTTPS.
    const o = options({ tls: "rustls", runtime: "distroless-static", deploy: all });
    const files = await render(o, "existing", kitCrate(healthcheck));
    // The kit's generated servers are not there to read: the drain is the one README.Docker.md recommends.
    const expect: DeployExpect = { port: o.port, name: "legacy-app", tls: false, probe, drainSeconds: 8 };
    assert.equal(checkDeploy(files, o.deploy, expect, "README.Docker.md"), []);
  });
}

test("data directories: user-owned in the image, a named volume in compose, an emptyDir in Kubernetes; all files parse", async () => {
  const o = options({ runtime: "distroless-cc", deploy: all });
  const files = await render(o, "existing", kitCrate({ kind: "probe", url: "tcp://127.0.0.1:8080" }, ["/app/data", "/var/lib/legacy"]));
  assert.equal(checkContainerKit(files, { port: o.port }), []);
  const dockerfile = files.get("Dockerfile")!;
  assert.match(dockerfile, /RUN mkdir -p \/runtime-dirs\/app\/data \/runtime-dirs\/var\/lib\/legacy \\\n && chown 65532:65532 \/runtime-dirs\/app\/data \/runtime-dirs\/var\/lib\/legacy\n/);
  assert.match(dockerfile, /WORKDIR \/app\n[\s\S]*COPY --link --from=build \/runtime-dirs\/ \/\n/);
  const compose = parseAllDocuments(files.get("compose.yaml")!)[0].toJS();
  assert.equal(compose.services["legacy-app"].volumes, ["legacy-app-app-data:/app/data", "legacy-app-var-lib-legacy:/var/lib/legacy"]);
  assert.equal(Object.keys(compose.volumes), ["legacy-app-app-data", "legacy-app-var-lib-legacy"]);
  const dep = parseAllDocuments(files.get("deploy/kubernetes/deployment.yaml")!)[0].toJS();
  const pod = dep.spec.template.spec;
  assert.is(pod.securityContext.fsGroup, 65532);
  assert.equal(pod.containers[0].volumeMounts.map((m: { mountPath: string }) => m.mountPath), ["/tmp", "/app/data", "/var/lib/legacy"]);
  assert.equal(pod.volumes.filter((v: { emptyDir?: unknown }) => v.emptyDir).map((v: { name: string }) => v.name), ["tmp", "legacy-app-app-data", "legacy-app-var-lib-legacy"]);
  const expect: DeployExpect = { port: o.port, name: "legacy-app", tls: false, probe: { kind: "tcp" }, drainSeconds: 8 };
  assert.equal(checkDeploy(files, o.deploy, expect, "README.Docker.md"), []);
});

test("deploy names: Cargo names become DNS labels of at most 49 characters", () => {
  assert.is(dnsLabel("demo-svc"), "demo-svc");
  assert.is(dnsLabel("Tiny_API"), "tiny-api");
  assert.is(dnsLabel("9lives"), "app-9lives");
  const long = dnsLabel(`a${"_b".repeat(40)}`);
  assert.ok(long.length <= 49 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(long), long);
});

test("kubectl kustomize builds deploy/kubernetes with the GHCR image and untouched selectors", async () => {
  if (spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" }).status !== 0) {
    console.log("  (kubectl not installed: kustomize build skipped; the kustomization is still checked above)");
    return;
  }
  const o = options({ deploy: all });
  const dir = writeTree(await render(o));
  const built = spawnSync("kubectl", ["kustomize", path.join(dir, "deploy/kubernetes")], { encoding: "utf8" });
  assert.is(built.status, 0, built.stderr);
  const docs = parseAllDocuments(built.stdout).map((d) => d.toJS());
  assert.equal(docs.map((d) => d.kind).sort(), ["Deployment", "PodDisruptionBudget", "Service"]);
  const dep = docs.find((d) => d.kind === "Deployment");
  assert.is(dep.spec.template.spec.containers[0].image, "ghcr.io/OWNER/demo-svc:latest");
  assert.equal(dep.spec.selector.matchLabels, { "app.kubernetes.io/name": "demo-svc" });
  assert.is(dep.spec.template.metadata.labels["app.kubernetes.io/managed-by"], "kustomize");
  for (const d of docs) assert.is(d.metadata.labels["app.kubernetes.io/name"], "demo-svc", d.kind);
});

test("the known-fields check names a misspelt field", () => {
  const problems = checkKnownFields([{ label: "typo", type: "Container", value: { name: "x", securityContext: { readOnlyRootFileSystem: true } } }]);
  assert.ok(problems.some((p) => p.startsWith("typo:") && p.includes("readOnlyRootFileSystem")), problems.join("\n"));
});

test("every generated manifest uses only fields the Kubernetes API types define", () => {
  assert.ok(knownFieldDocs.length > 20, `${knownFieldDocs.length} manifests gathered`);
  assert.equal(checkKnownFields(knownFieldDocs), []);
});

test.run();
