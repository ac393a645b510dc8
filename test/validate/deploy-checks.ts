// Deploy targets checked with real parsers and schemas: kubernetes-models (the Kubernetes OpenAPI schemas) and its
// TypeScript types (unknown fields), yaml, smol-toml; plus the wiring to the Dockerfile and the service's sources.
import path from "node:path";
import { Container } from "kubernetes-models/v1/Container";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { Service } from "kubernetes-models/v1/Service";
import { parse as parseToml } from "smol-toml";
import ts from "typescript";
import { parse as parseYaml } from "yaml";
import { ROOT } from "../helpers.js";
import { checkDockerfile, type DockerfileFacts } from "./dockerfile-rules.js";

/** What the deploy files must agree with, from the options and the other generated files (not from TemplateData). */
export interface DeployExpect {
  /** The port the service listens on (--port). */
  port: number;
  /** The name every target deploys under: a DNS label. */
  name: string;
  /** Whether the service serves HTTPS itself where a certificate is mounted (a generated service with a TLS stack). */
  tls: boolean;
  /** The health route, when known: probes GET it. Otherwise `command` (the image's healthcheck) or `tcp`. */
  probe: { kind: "http"; path: string } | { kind: "command" } | { kind: "tcp" };
  /** Seconds the service drains after SIGTERM (read from the generated main.rs where there is one). */
  drainSeconds: number;
  /** The readiness route when it is not the health route (a service with backing services: /ready). */
  readyPath?: string;
  /** Variables that must come from a secret, never a value in the manifest (backing services' addresses). */
  secretEnv?: string[];
}

/** Problems with a container's env: every secret variable from a secret reference, none given as a plain value. */
function secretEnvProblems(env: Obj[] | undefined, names: string[] = []): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const entry = (env ?? []).find((e) => e.name === name);
    if (!entry?.valueFrom?.secretKeyRef?.name || !entry.valueFrom.secretKeyRef.key || "value" in entry)
      problems.push(`${name} must come from a secret: ${JSON.stringify(entry)}`);
  }
  return problems;
}

export type K8sDoc = { label: string; type: keyof typeof K8S_TYPES; value: unknown };

type Obj = Record<string, any>;
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Seconds a Kubernetes/Cloud Run or Fly duration string ("15s", "1m30s") stands for. */
export function seconds(value: unknown): number {
  if (typeof value === "number") return value;
  const m = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(value));
  return m && (m[1] || m[2]) ? Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) : NaN;
}

/** A resource quantity in base units: "50m" → 0.05, "128Mi" → 134217728. */
function quantity(q: unknown): number {
  const m = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi)?$/.exec(String(q));
  if (!m) return NaN;
  const scale = { m: 1e-3, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 }[m[2] ?? ""] ?? 1;
  return Number(m[1]) * scale;
}

/** The drain after SIGTERM the generated main.rs implements (axum, actix-web, Rocket), or undefined. */
export function drainFromMain(main: string | undefined): number | undefined {
  if (!main) return undefined;
  const axum = /DRAIN_TIMEOUT: Duration = Duration::from_secs\((\d+)\)/.exec(main);
  const actix = /DRAIN_TIMEOUT_SECS: u64 = (\d+);/.exec(main);
  const rocket = /grace: (\d+),\s*mercy: (\d+),/.exec(main);
  if (axum) return Number(axum[1]);
  if (actix) return Number(actix[1]);
  if (rocket) return Number(rocket[1]) + Number(rocket[2]);
  return undefined;
}

function yamlDoc(files: Map<string, string>, file: string, problems: string[]): Obj | undefined {
  const text = files.get(file);
  if (text === undefined) {
    problems.push(`no ${file}`);
    return undefined;
  }
  try {
    return parseYaml(text, { strict: true, uniqueKeys: true }) as Obj;
  } catch (e) {
    problems.push(`${file}: ${(e as Error).message}`);
    return undefined;
  }
}

function validateModel(file: string, validate: () => void, problems: string[]): void {
  try {
    validate();
  } catch (e) {
    problems.push(`${file}: kubernetes-models: ${(e as Error).message}`);
  }
}

const dockerFacts = (files: Map<string, string>): DockerfileFacts => checkDockerfile(files.get("Dockerfile") ?? "").facts;

/** The image's numeric user and group, from the Dockerfile's final USER uid:gid. */
function dockerUser(files: Map<string, string>): [number, number] {
  const [uid, gid] = (dockerFacts(files).finalUser ?? "").split(":").map(Number);
  return [uid, gid];
}

const subset = (labels: Obj | undefined, of: Obj | undefined) =>
  !!labels && Object.keys(labels).length > 0 && Object.entries(labels).every(([k, v]) => of?.[k] === v);

/** Every deploy/kubernetes file: schema-valid, and wired to the Dockerfile, the service's code and each other. */
export function checkKubernetes(files: Map<string, string>, expect: DeployExpect): { problems: string[]; docs: K8sDoc[] } {
  const problems: string[] = [];
  const dir = "deploy/kubernetes";
  const dep = yamlDoc(files, `${dir}/deployment.yaml`, problems);
  const svc = yamlDoc(files, `${dir}/service.yaml`, problems);
  const pdb = yamlDoc(files, `${dir}/pdb.yaml`, problems);
  const kus = yamlDoc(files, `${dir}/kustomization.yaml`, problems);
  if (!dep || !svc || !pdb || !kus) return { problems, docs: [] };
  validateModel("deployment.yaml", () => new Deployment(dep as any).validate(), problems);
  validateModel("service.yaml", () => new Service(svc as any).validate(), problems);
  validateModel("pdb.yaml", () => new PodDisruptionBudget(pdb as any).validate(), problems);
  const docs: K8sDoc[] = [
    { label: `${dir}/deployment.yaml`, type: "Deployment", value: dep },
    { label: `${dir}/service.yaml`, type: "Service", value: svc },
    { label: `${dir}/pdb.yaml`, type: "PodDisruptionBudget", value: pdb },
  ];

  // kustomization.yaml: every resource exists and every manifest is listed; the image maps to GHCR.
  if (kus.apiVersion !== "kustomize.config.k8s.io/v1beta1" || kus.kind !== "Kustomization") problems.push("kustomization.yaml: not a Kustomization");
  const resources: string[] = kus.resources ?? [];
  for (const r of resources) if (!files.has(path.posix.join(dir, r))) problems.push(`kustomization.yaml lists ${r}, which was not generated`);
  const manifests = [...files.keys()].filter((p) => p.startsWith(`${dir}/`) && p !== `${dir}/kustomization.yaml`).map((p) => p.slice(dir.length + 1));
  for (const m of manifests) if (!resources.includes(m)) problems.push(`kustomization.yaml does not list ${m}`);
  const labels: Obj[] = kus.labels ?? [];
  if (!labels.some((l) => l.pairs?.["app.kubernetes.io/name"] === expect.name)) problems.push("kustomization.yaml: no app.kubernetes.io/name common label");
  if (labels.some((l) => l.includeSelectors === true)) problems.push("kustomization.yaml: common labels must stay out of (immutable) selectors");

  // Deployment
  const names = [dep.metadata?.name, svc.metadata?.name, pdb.metadata?.name];
  if (names.some((n) => n !== expect.name)) problems.push(`object names ${names.join(", ")} differ from ${expect.name}`);
  if (!DNS_LABEL.test(expect.name) || expect.name.length > 63) problems.push(`${expect.name} is not a DNS label`);
  const spec = dep.spec ?? {};
  const pod = spec.template?.spec ?? {};
  const podLabels = spec.template?.metadata?.labels;
  if (spec.replicas !== 2) problems.push(`replicas ${spec.replicas}, expected 2`);
  if (spec.strategy?.type !== "RollingUpdate" || spec.strategy?.rollingUpdate?.maxUnavailable !== 0)
    problems.push("the Deployment must roll with maxUnavailable 0");
  if (!subset(spec.selector?.matchLabels, podLabels)) problems.push("the Deployment's selector does not match its pod labels");
  const containers: Obj[] = pod.containers ?? [];
  if (containers.length !== 1) problems.push(`${containers.length} containers, expected 1`);
  const c = containers[0] ?? {};
  if (c.name !== expect.name) problems.push(`container name ${c.name}`);
  const image = (kus.images ?? []).find((i: Obj) => i.name === c.image);
  if (!image) problems.push(`kustomization.yaml has no images entry for the container image ${c.image}`);
  else if (image.newName !== `ghcr.io/OWNER/${expect.name}`) problems.push(`kustomization.yaml maps the image to ${image.newName}`);

  const facts = dockerFacts(files);
  const portDef = (c.ports ?? []).find((p: Obj) => p.name === "http");
  if (portDef?.containerPort !== expect.port) problems.push(`container port "http" is ${portDef?.containerPort}, expected ${expect.port}`);
  if (!facts.exposed.includes(portDef?.containerPort)) problems.push(`container port ${portDef?.containerPort} is not the Dockerfile's EXPOSE ${facts.exposed}`);
  const resolvePort = (p: unknown) => (p === "http" ? portDef?.containerPort : p);
  const env = Object.fromEntries((c.env ?? []).map((e: Obj) => [e.name, e.value]));
  problems.push(...secretEnvProblems(c.env, expect.secretEnv));
  if (env.PORT !== String(expect.port)) problems.push(`env PORT=${env.PORT}, expected "${expect.port}"`);

  // Non-root, read-only, no capabilities, seccomp: at pod and container level, with the image's own uid.
  const [uid, gid] = dockerUser(files);
  const psc = pod.securityContext ?? {};
  const csc = c.securityContext ?? {};
  for (const [where, sc] of [["pod", psc], ["container", csc]] as const) {
    if (sc.runAsNonRoot !== true) problems.push(`${where} securityContext: runAsNonRoot must be true`);
    if (sc.runAsUser !== uid) problems.push(`${where} runAsUser ${sc.runAsUser} is not the Dockerfile's USER ${uid}`);
    if (sc.runAsGroup !== gid) problems.push(`${where} runAsGroup ${sc.runAsGroup} is not the Dockerfile's group ${gid}`);
    if (sc.seccompProfile?.type !== "RuntimeDefault") problems.push(`${where} seccompProfile must be RuntimeDefault`);
  }
  const unprivileged = (psc.sysctls ?? []).find((x: Obj) => x.name === "net.ipv4.ip_unprivileged_port_start");
  if (expect.port < 1024 && !(Number(unprivileged?.value) <= expect.port))
    problems.push(`port ${expect.port} < 1024 without CAP_NET_BIND_SERVICE needs net.ipv4.ip_unprivileged_port_start`);
  if (csc.readOnlyRootFilesystem !== true) problems.push("readOnlyRootFilesystem must be true");
  if (csc.allowPrivilegeEscalation !== false) problems.push("allowPrivilegeEscalation must be false");
  if (JSON.stringify(csc.capabilities?.drop) !== '["ALL"]') problems.push("capabilities must drop ALL");
  const volumes: Obj[] = pod.volumes ?? [];
  const mounts: Obj[] = c.volumeMounts ?? [];
  const tmp = mounts.find((m) => m.mountPath === "/tmp");
  if (!tmp || !volumes.find((v) => v.name === tmp.name)?.emptyDir) problems.push("no emptyDir mounted at /tmp");
  for (const kind of ["cpu", "memory"]) {
    const req = quantity(c.resources?.requests?.[kind]);
    const lim = quantity(c.resources?.limits?.[kind]);
    if (!(req > 0 && lim >= req)) problems.push(`resources: ${kind} request ${c.resources?.requests?.[kind]} / limit ${c.resources?.limits?.[kind]}`);
  }

  // Probes: the same handler three times, on the health route, the named port, the right scheme.
  const probes = ["startupProbe", "readinessProbe", "livenessProbe"].map((k) => [k, c[k]] as [string, Obj | undefined]);
  const handler = (p: Obj | undefined) => JSON.stringify({ httpGet: p?.httpGet, exec: p?.exec, tcpSocket: p?.tcpSocket });
  for (const [k, p] of probes) {
    if (!p) {
      problems.push(`no ${k}`);
      continue;
    }
    const path = k === "readinessProbe" && expect.readyPath ? expect.readyPath : expect.probe.kind === "http" ? expect.probe.path : undefined;
    const samePath = (q: Obj | undefined) => (q?.httpGet ? { ...q, httpGet: { ...q.httpGet, path } } : q);
    if (handler(samePath(p)) !== handler(samePath(probes[0][1]))) problems.push(`${k} checks something else than startupProbe`);
    if (k === "startupProbe") problems.push(...startupTiming(p));
    if (expect.probe.kind === "http") {
      if (p.httpGet?.path !== path) problems.push(`${k} path ${p.httpGet?.path}, expected ${path}`);
      if (resolvePort(p.httpGet?.port) !== expect.port) problems.push(`${k} port ${p.httpGet?.port} is not the container port`);
      if ((p.httpGet?.scheme ?? "HTTP") !== (expect.tls ? "HTTPS" : "HTTP")) problems.push(`${k} scheme ${p.httpGet?.scheme}, service TLS ${expect.tls}`);
    } else if (expect.probe.kind === "command") {
      if (JSON.stringify(p.exec?.command) !== JSON.stringify(facts.healthcheck))
        problems.push(`${k} runs ${JSON.stringify(p.exec?.command)}, not the Dockerfile HEALTHCHECK ${JSON.stringify(facts.healthcheck)}`);
    } else if (resolvePort(p.tcpSocket?.port) !== expect.port) problems.push(`${k} is not a TCP check of the container port`);
  }

  // Shutdown: SIGTERM after the preStop wait, then the drain, all inside the grace period.
  const preStop = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
  const grace = pod.terminationGracePeriodSeconds;
  if (!(grace > preStop + expect.drainSeconds))
    problems.push(`terminationGracePeriodSeconds ${grace} does not cover the preStop ${preStop} s and the ${expect.drainSeconds} s drain`);

  // TLS: a kubernetes.io/tls Secret mounted read-only where TLS_CERT_FILE/TLS_KEY_FILE point.
  const tlsVolume = volumes.find((v) => v.secret);
  if (expect.tls) {
    if (env.TLS_CERT_FILE !== "/run/certs/tls.crt" || env.TLS_KEY_FILE !== "/run/certs/tls.key")
      problems.push(`TLS_CERT_FILE/TLS_KEY_FILE are ${env.TLS_CERT_FILE}, ${env.TLS_KEY_FILE}`);
    if (tlsVolume?.secret?.secretName !== `${expect.name}-tls`) problems.push(`no ${expect.name}-tls Secret volume`);
    const mount = mounts.find((m) => m.name === tlsVolume?.name);
    if (mount?.mountPath !== "/run/certs" || mount?.readOnly !== true) problems.push("the TLS Secret is not mounted read-only at /run/certs");
    // Secret files belong to root: the service reads them through the "other" bits, or the group bits with fsGroup.
    const mode: number = tlsVolume?.secret?.defaultMode ?? 0o644;
    if ((mode & 0o004) === 0 && !(psc.fsGroup !== undefined && (mode & 0o040) !== 0)) problems.push("the service user cannot read the TLS Secret's files");
    const settings = files.get("src/settings.rs");
    if (settings && !['"TLS_CERT_FILE"', '"TLS_KEY_FILE"', '"PORT"'].every((v) => settings.includes(v)))
      problems.push("src/settings.rs does not read TLS_CERT_FILE, TLS_KEY_FILE and PORT");
  } else if (tlsVolume || env.TLS_CERT_FILE || env.TLS_KEY_FILE) problems.push("TLS is set up for a service that does not serve it");

  // Service and PodDisruptionBudget select the pods and reach the named port.
  if (svc.spec?.type !== "ClusterIP") problems.push(`Service type ${svc.spec?.type}`);
  if (!subset(svc.spec?.selector, podLabels)) problems.push("the Service's selector does not match the pod labels");
  const sp = svc.spec?.ports?.[0] ?? {};
  if (resolvePort(sp.targetPort) !== expect.port) problems.push(`Service targetPort ${sp.targetPort} is not the container port`);
  if (sp.port !== (expect.tls ? 443 : 80)) problems.push(`Service port ${sp.port}, expected ${expect.tls ? 443 : 80}`);
  if (!subset(pdb.spec?.selector?.matchLabels, podLabels)) problems.push("the PodDisruptionBudget's selector does not match the pod labels");
  if (!(pdb.spec?.minAvailable >= 1 && pdb.spec?.minAvailable < spec.replicas)) problems.push(`PDB minAvailable ${pdb.spec?.minAvailable} blocks every drain`);
  return { problems, docs };
}

// The keys flyctl's app configuration reads (internal/appconfig: Config, Build, HTTPService, MachineServiceConcurrency,
// ServiceHTTPCheck, ToplevelCheck, Compute): anything else is a typo Fly ignores or rejects.
const FLY_KEYS = {
  top: ["app", "primary_region", "kill_signal", "kill_timeout", "swap_size_mb", "console_command", "experimental", "build", "deploy", "env",
    "processes", "mounts", "http_service", "services", "checks", "files", "host_dedication_id", "machine_config", "container", "machine_checks",
    "restart", "vm", "statics", "metrics"],
  build: ["builder", "args", "buildpacks", "image", "settings", "builtin", "dockerfile", "ignorefile", "build-target"],
  http_service: ["internal_port", "force_https", "auto_stop_machines", "auto_start_machines", "min_machines_running", "processes", "concurrency",
    "tls_options", "http_options", "checks", "machine_checks"],
  concurrency: ["type", "hard_limit", "soft_limit"],
  httpCheck: ["interval", "timeout", "grace_period", "method", "path", "protocol", "tls_skip_verify", "tls_server_name", "headers"],
  check: ["port", "type", "interval", "timeout", "grace_period", "method", "path", "protocol", "tls_skip_verify", "tls_server_name", "headers", "processes"],
  vm: ["size", "memory", "cpu_kind", "cpus", "memory_mb", "gpus", "gpu_kind", "host_dedication_id", "kernel_args", "persist_rootfs", "processes"],
};

function unknownKeys(where: string, obj: unknown, known: string[], problems: string[]): void {
  for (const k of Object.keys((obj as Obj) ?? {})) if (!known.includes(k)) problems.push(`fly.toml: unknown key ${where}${k}`);
}

/** fly.toml through smol-toml, every key one flyctl reads, wired to the port, health route and drain. */
export function checkFly(files: Map<string, string>, expect: DeployExpect): string[] {
  const problems: string[] = [];
  let fly: Obj;
  try {
    fly = parseToml(files.get("fly.toml") ?? "") as Obj;
  } catch (e) {
    return [`fly.toml: ${(e as Error).message}`];
  }
  unknownKeys("", fly, FLY_KEYS.top, problems);
  unknownKeys("build.", fly.build, FLY_KEYS.build, problems);
  unknownKeys("http_service.", fly.http_service, FLY_KEYS.http_service, problems);
  unknownKeys("http_service.concurrency.", fly.http_service?.concurrency, FLY_KEYS.concurrency, problems);
  for (const chk of fly.http_service?.checks ?? []) unknownKeys("http_service.checks.", chk, FLY_KEYS.httpCheck, problems);
  for (const [name, chk] of Object.entries(fly.checks ?? {})) unknownKeys(`checks.${name}.`, chk, FLY_KEYS.check, problems);
  for (const vm of fly.vm ?? []) unknownKeys("vm.", vm, FLY_KEYS.vm, problems);

  if (fly.app !== expect.name || !DNS_LABEL.test(fly.app)) problems.push(`app ${fly.app}, expected ${expect.name}`);
  if (typeof fly.primary_region !== "string" || !/^[a-z]{3}$/.test(fly.primary_region)) problems.push(`primary_region ${fly.primary_region}`);
  if (fly.build?.dockerfile !== "Dockerfile" || !files.has("Dockerfile")) problems.push("[build] dockerfile must be the generated Dockerfile");
  if (fly.env?.PORT !== String(expect.port)) problems.push(`[env] PORT = ${fly.env?.PORT}, expected "${expect.port}"`);
  if (Object.keys(fly.env ?? {}).some((k) => k.startsWith("TLS_"))) problems.push("[env] sets TLS files: Fly's proxy terminates TLS");
  const hs = fly.http_service ?? {};
  if (hs.internal_port !== expect.port || !dockerFacts(files).exposed.includes(hs.internal_port))
    problems.push(`internal_port ${hs.internal_port} is not the service's (and the Dockerfile's) port ${expect.port}`);
  if (hs.force_https !== true) problems.push("force_https must be true");
  if (hs.auto_stop_machines !== "stop" || hs.auto_start_machines !== true || hs.min_machines_running !== 0)
    problems.push("machines must auto stop (\"stop\") and start, with min_machines_running = 0");
  const cc = hs.concurrency ?? {};
  if (!["requests", "connections"].includes(cc.type) || !(cc.soft_limit > 0 && cc.hard_limit >= cc.soft_limit))
    problems.push(`concurrency ${JSON.stringify(cc)}`);
  if (fly.kill_signal !== "SIGTERM") problems.push(`kill_signal ${fly.kill_signal}`);
  const kill = seconds(fly.kill_timeout);
  if (!(kill > expect.drainSeconds && kill <= 300)) problems.push(`kill_timeout ${fly.kill_timeout} does not cover the ${expect.drainSeconds} s drain`);

  const timing = (where: string, chk: Obj) => {
    const [grace, interval, timeout] = [chk.grace_period, chk.interval, chk.timeout].map(seconds);
    if (!(grace > 0 && interval > 0 && timeout > 0 && timeout < interval)) problems.push(`${where}: grace_period/interval/timeout ${grace}/${interval}/${timeout}`);
  };
  const httpChecks: Obj[] = hs.checks ?? [];
  if (expect.probe.kind === "http") {
    if (httpChecks.length !== 1) problems.push(`${httpChecks.length} [[http_service.checks]], expected 1`);
    for (const chk of httpChecks) {
      if (chk.method !== "GET" || chk.path !== expect.probe.path) problems.push(`http check ${chk.method} ${chk.path}, expected GET ${expect.probe.path}`);
      // The proxy terminated TLS; the machine serves plain HTTP.
      if (chk.protocol !== "http" || chk.tls_skip_verify) problems.push(`http check protocol ${chk.protocol}: the app serves plain HTTP on Fly`);
      timing("http check", chk);
    }
  } else {
    const tcp = Object.values(fly.checks ?? {}) as Obj[];
    if (httpChecks.length || tcp.length !== 1 || tcp[0].type !== "tcp" || tcp[0].port !== expect.port)
      problems.push("without a health route, one top-level TCP check of the port is expected");
    for (const chk of tcp) timing("tcp check", chk);
  }
  const vm = fly.vm?.[0] ?? {};
  if (typeof vm.size !== "string" || !/^\d+(mb|gb)$/.test(String(vm.memory))) problems.push(`[[vm]] ${JSON.stringify(vm)}`);
  return problems;
}

/** Cloud Run's Knative Service: structure, the embedded core Container through kubernetes-models, the wiring. */
export function checkCloudRun(files: Map<string, string>, expect: DeployExpect): { problems: string[]; docs: K8sDoc[] } {
  const problems: string[] = [];
  const file = "deploy/cloud-run/service.yaml";
  const ksvc = yamlDoc(files, file, problems);
  if (!ksvc) return { problems, docs: [] };
  if (ksvc.apiVersion !== "serving.knative.dev/v1" || ksvc.kind !== "Service") problems.push(`${file}: not a serving.knative.dev/v1 Service`);
  const only = (where: string, obj: unknown, keys: string[]) => {
    for (const k of Object.keys((obj as Obj) ?? {})) if (!keys.includes(k)) problems.push(`${file}: unknown key ${where}${k}`);
  };
  only("", ksvc, ["apiVersion", "kind", "metadata", "spec"]);
  only("spec.", ksvc.spec, ["template", "traffic"]);
  only("spec.template.", ksvc.spec?.template, ["metadata", "spec"]);
  const rev = ksvc.spec?.template?.spec ?? {};
  only("spec.template.spec.", rev, ["containerConcurrency", "timeoutSeconds", "serviceAccountName", "containers", "volumes", "nodeSelector", "runtimeClassName"]);
  const name = ksvc.metadata?.name;
  if (name !== expect.name || !DNS_LABEL.test(name) || name.length > 49) problems.push(`service name ${name}: Cloud Run wants a DNS label of at most 49 characters`);

  const ann = ksvc.spec?.template?.metadata?.annotations ?? {};
  const [min, max] = [ann["autoscaling.knative.dev/minScale"], ann["autoscaling.knative.dev/maxScale"]];
  if (!/^\d+$/.test(min) || !/^\d+$/.test(max) || Number(min) > Number(max)) problems.push(`autoscaling min/max scale ${min}/${max}`);
  if (!(Number.isInteger(rev.containerConcurrency) && rev.containerConcurrency >= 1 && rev.containerConcurrency <= 1000))
    problems.push(`containerConcurrency ${rev.containerConcurrency}`);
  if (!(Number.isInteger(rev.timeoutSeconds) && rev.timeoutSeconds >= 1 && rev.timeoutSeconds <= 3600)) problems.push(`timeoutSeconds ${rev.timeoutSeconds}`);

  const containers: Obj[] = rev.containers ?? [];
  if (containers.length !== 1) problems.push(`${containers.length} containers, expected 1`);
  const c = containers[0] ?? {};
  validateModel(`${file} container`, () => new Container(c as any).validate(), problems);
  if (!/^[A-Z]+-docker\.pkg\.dev\/[A-Z]+\/[A-Z]+\//.test(c.image ?? "") || !String(c.image).includes(`/${expect.name}:`))
    problems.push(`image ${c.image}: expected an Artifact Registry placeholder for ${expect.name}`);
  const ports: Obj[] = c.ports ?? [];
  if (ports.length !== 1 || ports[0].name !== "http1" || ports[0].containerPort !== expect.port)
    problems.push(`ports ${JSON.stringify(ports)}: expected one http1 port ${expect.port}`);
  for (const e of c.env ?? []) if (e.name === "PORT" || e.name.startsWith("TLS_")) problems.push(`env ${e.name}: Cloud Run sets PORT and terminates TLS`);
  problems.push(...secretEnvProblems(c.env, expect.secretEnv));
  if (!c.resources?.limits?.cpu || !c.resources?.limits?.memory) problems.push("no CPU and memory limits");
  const portOk = (p: unknown) => p === undefined || p === expect.port;
  if (expect.probe.kind === "http") {
    for (const k of ["startupProbe", "livenessProbe"]) {
      const g = c[k]?.httpGet;
      if (g?.path !== expect.probe.path || !portOk(g?.port)) problems.push(`${k} ${JSON.stringify(g)}: expected GET ${expect.probe.path} on ${expect.port}`);
      if (g?.scheme && g.scheme !== "HTTP") problems.push(`${k}: Cloud Run forwards plain HTTP`);
    }
  } else {
    if (!portOk(c.startupProbe?.tcpSocket?.port) || !c.startupProbe?.tcpSocket) problems.push("without a health route, a TCP startupProbe is expected");
    // Cloud Run's liveness probes are HTTP or gRPC only.
    if (c.livenessProbe?.tcpSocket || c.livenessProbe?.exec) problems.push("Cloud Run liveness probes cannot be TCP or exec");
  }
  problems.push(...startupTiming(c.startupProbe));
  // Cloud Run kills an instance 10 s after SIGTERM, a fixed window.
  if (!(expect.drainSeconds < 10)) problems.push(`the ${expect.drainSeconds} s drain does not fit Cloud Run's 10 s after SIGTERM`);
  return { problems, docs: [{ label: `${file} container`, type: "Container", value: c }] };
}

/** Ready about a second after it can answer, with room to start. */
function startupTiming(p: Obj | undefined): string[] {
  const { periodSeconds: period = 10, failureThreshold: tries = 3, timeoutSeconds: timeout = 1 } = p ?? {};
  return period === 1 && period * tries >= 30 && timeout <= period
    ? []
    : [`startupProbe every ${period} s (timeout ${timeout} s) × ${tries}: expected every 1 s for at least 30 s`];
}

const K8S_TYPES = {
  Deployment: ["kubernetes-models/apps/v1/Deployment", "IDeployment"],
  Service: ["kubernetes-models/v1/Service", "IService"],
  PodDisruptionBudget: ["kubernetes-models/policy/v1/PodDisruptionBudget", "IPodDisruptionBudget"],
  Container: ["kubernetes-models/v1/Container", "IContainer"],
} as const;

let previous: ts.Program | undefined;

/**
 * The schema validation above ignores fields it does not know (a misspelt `readOnlyRootFileSystem` passes, and the
 * API server then drops or rejects it). kubernetes-models' TypeScript types are generated from the same OpenAPI
 * schemas, so each manifest is type-checked as an object literal: excess-property checks name every unknown field.
 */
export function checkKnownFields(docs: K8sDoc[]): string[] {
  if (docs.length === 0) return [];
  const file = path.join(ROOT, "test", "validate", "__deploy-known-fields__.ts");
  const header = Object.values(K8S_TYPES).map(([mod, name]) => `import type { ${name} } from "${mod}";`);
  const source = [...header, ...docs.map((d, i) => `export const d${i}: ${K8S_TYPES[d.type][1]} = ${JSON.stringify(d.value)};`)].join("\n");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, lang, ...rest) =>
    name === file ? ts.createSourceFile(name, source, lang) : getSourceFile.call(host, name, lang, ...rest);
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? source : readFile.call(host, name));
  const program = ts.createProgram([file], options, host, previous);
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    const doc = docs[line - header.length];
    return `${doc?.label ?? d.file?.fileName ?? "typecheck"}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}
