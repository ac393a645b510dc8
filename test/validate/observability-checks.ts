// Observability wiring checked with real parsers: yaml, smol-toml, Ajv with the Prometheus Operator's ServiceMonitor
// schema and the Compose schema; and the scrape target agreeing across the Dockerfile, compose, Kubernetes and Fly.
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { ROOT } from "../helpers.js";
import { checkDockerfile } from "./dockerfile-rules.js";

/** The ServiceMonitor CRD's openAPIV3Schema, carried in the project (schemas/README.md). */
export const SERVICE_MONITOR_SCHEMA = path.join(ROOT, "test", "validate", "schemas", "servicemonitor-v1.json");
export const SERVICE_MONITOR_SCHEMA_VERSION = { release: "v0.93.0", commit: "6adcebc5076c", sha256: "897341953e8576bd8ca9459a24450d0e97bef401cae8f44f61bd735d6393ba58" };

/** Where Prometheus must find the metrics, as the options ask; undefined: nowhere. */
export interface ScrapeExpect {
  port: number;
  path: string;
  /** A listener of its own, reachable only inside the cluster or compose network. */
  separate: boolean;
}

export interface ObservabilityExpect {
  /** The compose service and the Kubernetes/Fly name. */
  service: string;
  name: string;
  /** The service's own port. */
  port: number;
  scrape?: ScrapeExpect;
  serviceMonitor: boolean;
  /** The service exports traces when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
  traces: boolean;
}

type Obj = Record<string, any>;

let serviceMonitorSchema: { schema: Obj; validate: ReturnType<Ajv["compile"]> } | undefined;

/**
 * A ServiceMonitor against the CRD schema the API server applies. The CRD does not forbid unknown fields (the server
 * prunes them silently), so every field must also be one the schema declares.
 */
export function validateServiceMonitor(doc: unknown): string[] {
  if (!serviceMonitorSchema) {
    const schema = JSON.parse(fs.readFileSync(SERVICE_MONITOR_SCHEMA, "utf8"));
    // Kubernetes formats (int32, int-or-string) are not JSON Schema's; the types beside them are checked.
    serviceMonitorSchema = { schema, validate: new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema) };
  }
  const { schema, validate } = serviceMonitorSchema;
  const problems = validate(doc) ? [] : (validate.errors ?? []).map((e) => `ServiceMonitor schema: ${e.instancePath} ${e.message}`);
  return [...problems, ...undeclaredFields(doc, schema, "")];
}

function undeclaredFields(value: unknown, schema: Obj, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => (schema.items ? undeclaredFields(v, schema.items, `${at}/${i}`) : []));
  if (!value || typeof value !== "object" || schema["x-kubernetes-preserve-unknown-fields"]) return [];
  // metadata is the API server's ObjectMeta, which the CRD schema leaves open.
  if (!schema.properties) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    schema.properties[k] ? undeclaredFields(v, schema.properties[k], `${at}/${k}`) : [`ServiceMonitor: ${at}/${k} is no field of the CRD`],
  );
}

function yaml(files: Map<string, string>, file: string, problems: string[]): Obj | undefined {
  const text = files.get(file);
  if (text === undefined) return void problems.push(`no ${file}`);
  try {
    return parseYaml(text, { strict: true, uniqueKeys: true }) as Obj;
  } catch (e) {
    return void problems.push(`${file}: ${(e as Error).message}`);
  }
}

/** The Dockerfile, compose file and compose's observability profile: the metrics reachable inside only, OTLP passed through. */
export function checkComposeObservability(files: Map<string, string>, expect: ObservabilityExpect, composeFile = "compose.yaml"): string[] {
  const problems: string[] = [];
  const { scrape } = expect;
  const exposed = checkDockerfile(files.get("Dockerfile") ?? "").facts.exposed;
  const wantExposed = scrape?.separate ? [expect.port, scrape.port] : [expect.port];
  if (JSON.stringify([...exposed].sort()) !== JSON.stringify(wantExposed.sort())) problems.push(`Dockerfile EXPOSE ${exposed}, expected ${wantExposed}`);

  const compose = yaml(files, composeFile, problems);
  if (!compose) return problems;
  const services: Obj = compose.services ?? {};
  const app: Obj = services[expect.service] ?? {};
  const published = (app.ports ?? []).map(String);
  if (scrape?.separate) {
    if (JSON.stringify(app.expose) !== JSON.stringify([String(scrape.port)])) problems.push(`compose expose ${JSON.stringify(app.expose)}, expected ["${scrape.port}"]`);
    if (published.some((p: string) => p.split(":").includes(String(scrape.port)))) problems.push(`compose publishes the metrics port ${scrape.port} to the host`);
  } else if (app.expose) problems.push(`compose exposes ${app.expose} without a separate metrics port`);

  // The collector's address passes through from the shell or .env (null: unset unless given), never a fixed value: the
  // collector runs only with the profile. Nothing of OpenTelemetry's for a service that exports no traces.
  const env: Obj = app.environment ?? {};
  const otel = Object.keys(env).filter((name) => name.startsWith("OTEL_"));
  const wantOtel = expect.traces ? ["OTEL_EXPORTER_OTLP_ENDPOINT"] : [];
  if (JSON.stringify(otel) !== JSON.stringify(wantOtel)) problems.push(`compose passes ${otel}, expected ${wantOtel}`);
  if (expect.traces && env.OTEL_EXPORTER_OTLP_ENDPOINT !== null) problems.push(`compose sets OTEL_EXPORTER_OTLP_ENDPOINT to ${env.OTEL_EXPORTER_OTLP_ENDPOINT}`);

  // The profile: only with `--profile observability`, published on the host's loopback only, config from the files written.
  const extra = Object.entries(services).filter(([, s]) => (s as Obj).profiles);
  const wanted = [...(scrape ? ["prometheus"] : []), ...(expect.traces ? ["otel-collector"] : [])];
  if (JSON.stringify(extra.map(([n]) => n)) !== JSON.stringify(wanted)) problems.push(`profile services ${extra.map(([n]) => n)}, expected ${wanted}`);
  for (const [name, spec] of extra as [string, Obj][]) {
    if (JSON.stringify(spec.profiles) !== '["observability"]') problems.push(`${name}: profiles ${JSON.stringify(spec.profiles)}`);
    if (!/^[a-z/-]+:v?\d+\.\d+\.\d+$/.test(spec.image)) problems.push(`${name}: image ${spec.image} is not pinned to a release`);
    for (const p of spec.ports ?? []) if (!String(p).startsWith("127.0.0.1:")) problems.push(`${name}: port ${p} is published beyond the host's loopback`);
    for (const v of spec.volumes ?? []) {
      const source = String(v).split(":")[0].replace(/^\.\//, "");
      if (!files.has(source)) problems.push(`${name}: mounts ${source}, which was not generated`);
    }
  }
  const prometheus: Obj | undefined = services.prometheus;
  if (prometheus && scrape) {
    const mount = (prometheus.volumes ?? []).find((v: string) => v.startsWith("./deploy/observability/prometheus.yml:"));
    if (mount?.split(":")[1] !== "/etc/prometheus/prometheus.yml") problems.push(`prometheus config mount ${mount}`);
    problems.push(...checkPrometheusConfig(files, expect.service, scrape));
  }
  const config = "deploy/observability/prometheus.yml";
  if (files.has(config) !== !!scrape) problems.push(`${config} ${files.has(config) ? "written" : "missing"}`);
  const collector: Obj | undefined = services["otel-collector"];
  if (collector) {
    const mount = (collector.volumes ?? []).find((v: string) => v.startsWith(`./${COLLECTOR_CONFIG}:`));
    if (mount?.split(":")[1] !== "/etc/otelcol/config.yaml") problems.push(`otel-collector config mount ${mount}`);
    if (!(collector.ports ?? []).includes("127.0.0.1:4318:4318")) problems.push(`otel-collector ports ${collector.ports}`);
    problems.push(...checkCollectorConfig(files));
  }
  if (files.has(COLLECTOR_CONFIG) !== expect.traces) problems.push(`${COLLECTOR_CONFIG} ${files.has(COLLECTOR_CONFIG) ? "written" : "missing"}`);
  return problems;
}

const COLLECTOR_CONFIG = "deploy/observability/otel-collector.yaml";
/** Components of the collector's core distribution (the image compose runs): a contrib-only name would not start. */
const CORE_COMPONENTS: Record<string, string[]> = {
  receivers: ["otlp", "nop"],
  processors: ["batch", "memory_limiter"],
  exporters: ["debug", "otlp", "otlphttp", "nop"],
};

/**
 * The collector takes OTLP/HTTP on every interface of its container at 4318 (where the service is pointed) and has a
 * traces pipeline whose components are all configured and all in the core distribution; memory_limiter comes first.
 */
export function checkCollectorConfig(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const config = yaml(files, COLLECTOR_CONFIG, problems);
  if (!config) return problems;
  if (config.receivers?.otlp?.protocols?.http?.endpoint !== "0.0.0.0:4318") problems.push(`otlp http endpoint ${config.receivers?.otlp?.protocols?.http?.endpoint}`);
  const traces: Obj | undefined = config.service?.pipelines?.traces;
  if (!traces) return [...problems, "no traces pipeline"];
  for (const [kind, core] of Object.entries(CORE_COMPONENTS)) {
    const listed: string[] = traces[kind] ?? [];
    if (kind !== "processors" && listed.length === 0) problems.push(`the traces pipeline has no ${kind}`);
    for (const id of listed) {
      if (!(id in (config[kind] ?? {}))) problems.push(`the traces pipeline names ${kind} ${id}, which is not configured`);
      if (!core.includes(id.split("/")[0])) problems.push(`${kind} ${id} is not in the collector's core distribution`);
    }
  }
  const processors: string[] = traces.processors ?? [];
  if (processors.includes("memory_limiter") && processors[0] !== "memory_limiter") problems.push("memory_limiter is not the first processor");
  return problems;
}

/** Prometheus scrapes the service by its compose name on the metrics port and path. */
function checkPrometheusConfig(files: Map<string, string>, service: string, scrape: ScrapeExpect): string[] {
  const problems: string[] = [];
  const config = yaml(files, "deploy/observability/prometheus.yml", problems);
  if (!config) return problems;
  const jobs: Obj[] = config.scrape_configs ?? [];
  if (jobs.length !== 1) return [...problems, `${jobs.length} scrape jobs, expected 1`];
  const [job] = jobs;
  if (job.job_name !== service) problems.push(`job_name ${job.job_name}`);
  if ((job.metrics_path ?? "/metrics") !== scrape.path) problems.push(`metrics_path ${job.metrics_path}, expected ${scrape.path}`);
  const targets = (job.static_configs ?? []).flatMap((c: Obj) => c.targets ?? []);
  if (JSON.stringify(targets) !== JSON.stringify([`${service}:${scrape.port}`])) problems.push(`targets ${targets}, expected ${service}:${scrape.port}`);
  const [interval, timeout] = [config.global?.scrape_interval, config.global?.scrape_timeout].map((d) => parseInt(String(d)));
  if (!(timeout > 0 && interval >= timeout)) problems.push(`scrape_timeout ${timeout} s must not exceed scrape_interval ${interval} s`);
  return problems;
}

/** Kubernetes: pod annotations, the metrics port, the ServiceMonitor, and the trace variables. */
export function checkKubernetesObservability(files: Map<string, string>, expect: ObservabilityExpect): { problems: string[]; serviceMonitor?: Obj } {
  const problems: string[] = [];
  const dir = "deploy/kubernetes";
  const dep = yaml(files, `${dir}/deployment.yaml`, problems);
  const svc = yaml(files, `${dir}/service.yaml`, problems);
  const kus = yaml(files, `${dir}/kustomization.yaml`, problems);
  if (!dep || !svc || !kus) return { problems };
  const { scrape } = expect;
  const annotations: Obj = dep.spec?.template?.metadata?.annotations ?? {};
  const wanted = scrape ? { "prometheus.io/scrape": "true", "prometheus.io/port": String(scrape.port), "prometheus.io/path": scrape.path } : {};
  if (JSON.stringify(annotations) !== JSON.stringify(wanted)) problems.push(`pod annotations ${JSON.stringify(annotations)}, expected ${JSON.stringify(wanted)}`);
  const c: Obj = dep.spec?.template?.spec?.containers?.[0] ?? {};
  const metricsPort = (c.ports ?? []).find((p: Obj) => p.name === "metrics");
  const svcMetrics = (svc.spec?.ports ?? []).find((p: Obj) => p.name === "metrics");
  if (scrape?.separate) {
    if (metricsPort?.containerPort !== scrape.port) problems.push(`container port "metrics" ${metricsPort?.containerPort}, expected ${scrape.port}`);
    if (svcMetrics?.targetPort !== "metrics" || svcMetrics?.port !== scrape.port) problems.push(`Service port "metrics" ${JSON.stringify(svcMetrics)}`);
  } else if (metricsPort || svcMetrics) problems.push("a metrics port without a separate metrics listener");
  if (svc.spec?.type !== "ClusterIP") problems.push(`Service type ${svc.spec?.type}: the metrics port must stay inside the cluster`);
  // Probes stay on the service's own port.
  for (const k of ["startupProbe", "readinessProbe", "livenessProbe"]) {
    const port = c[k]?.httpGet?.port ?? c[k]?.tcpSocket?.port;
    if (port === "metrics" || (scrape?.separate && port === scrape.port)) problems.push(`${k} probes the metrics port`);
  }

  // Traces: the collector's address left for the cluster (empty: none made), the service's name, and the pod's
  // identity from the downward API, defined before the variable that expands it.
  const env: Obj[] = c.env ?? [];
  const otel = env.filter((e) => e.name.startsWith("OTEL_"));
  if (!expect.traces && otel.length) problems.push("OTEL_ variables for a service that exports no traces");
  if (expect.traces) {
    const value = (name: string) => otel.find((e) => e.name === name)?.value;
    if (value("OTEL_EXPORTER_OTLP_ENDPOINT") !== "") problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT ${value("OTEL_EXPORTER_OTLP_ENDPOINT")}, expected ""`);
    if (value("OTEL_SERVICE_NAME") !== expect.name) problems.push(`OTEL_SERVICE_NAME ${value("OTEL_SERVICE_NAME")}, expected ${expect.name}`);
    const attributes = env.findIndex((e) => e.name === "OTEL_RESOURCE_ATTRIBUTES");
    for (const ref of String(env[attributes]?.value ?? "").match(/\$\((\w+)\)/g) ?? []) {
      const at = env.findIndex((e) => e.name === ref.slice(2, -1));
      if (at < 0 || at > attributes) problems.push(`OTEL_RESOURCE_ATTRIBUTES expands ${ref}, which is not defined before it`);
    }
  }

  const file = `${dir}/servicemonitor.yaml`;
  const listed = (kus.resources ?? []).includes("servicemonitor.yaml");
  if (!expect.serviceMonitor || !scrape) {
    if (files.has(file) || listed) problems.push(`${file} without --service-monitor`);
    return { problems };
  }
  const sm = yaml(files, file, problems);
  if (!sm) return { problems };
  if (!listed) problems.push("kustomization.yaml does not list servicemonitor.yaml");
  problems.push(...validateServiceMonitor(sm));
  if (sm.apiVersion !== "monitoring.coreos.com/v1" || sm.kind !== "ServiceMonitor") problems.push(`${file}: ${sm.apiVersion} ${sm.kind}`);
  // The Operator picks Services by label (not by selector) in the ServiceMonitor's namespace, and endpoints by port name.
  const match: Obj = sm.spec?.selector?.matchLabels ?? {};
  if (!Object.keys(match).length || !Object.entries(match).every(([k, v]) => svc.metadata?.labels?.[k] === v)) problems.push("the ServiceMonitor selects no label of the Service");
  const endpoints: Obj[] = sm.spec?.endpoints ?? [];
  if (endpoints.length !== 1) problems.push(`${endpoints.length} endpoints, expected 1`);
  const [ep] = endpoints;
  const port = (svc.spec?.ports ?? []).find((p: Obj) => p.name === ep?.port);
  const target = port?.targetPort === "metrics" ? metricsPort?.containerPort : (c.ports ?? []).find((p: Obj) => p.name === port?.targetPort)?.containerPort;
  if (target !== scrape.port) problems.push(`the ServiceMonitor's port ${ep?.port} reaches container port ${target}, not ${scrape.port}`);
  if (ep?.path !== scrape.path) problems.push(`ServiceMonitor path ${ep?.path}`);
  if (!(parseInt(ep?.scrapeTimeout) <= parseInt(ep?.interval))) problems.push(`scrapeTimeout ${ep?.scrapeTimeout} exceeds interval ${ep?.interval}`);
  return { problems, serviceMonitor: sm };
}

/** Fly scrapes [metrics] natively: the same port and path, or no table at all. */
export function checkFlyObservability(files: Map<string, string>, expect: ObservabilityExpect): string[] {
  const fly = parseToml(files.get("fly.toml") ?? "") as Obj;
  const problems: string[] = [];
  const want = expect.scrape ? { port: expect.scrape.port, path: expect.scrape.path } : undefined;
  if (JSON.stringify(fly.metrics) !== JSON.stringify(want)) problems.push(`fly.toml [metrics] ${JSON.stringify(fly.metrics)}, expected ${JSON.stringify(want)}`);
  if (Object.keys(fly.env ?? {}).some((n) => n.startsWith("OTEL_"))) problems.push("fly.toml sets OTEL_ variables for a service that exports no traces");
  return problems;
}
