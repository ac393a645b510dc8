import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { ServiceOptions } from "../../generators/options/options.js";
import { options, render } from "../helpers.js";
import { validateCompose } from "./checks.js";
import {
  SERVICE_MONITOR_SCHEMA,
  SERVICE_MONITOR_SCHEMA_VERSION,
  checkCollectorConfig,
  checkComposeObservability,
  checkFlyObservability,
  checkKubernetesObservability,
  validateServiceMonitor,
  type ObservabilityExpect,
} from "./observability-checks.js";

test(`the ServiceMonitor schema is the one its README names (prometheus-operator ${SERVICE_MONITOR_SCHEMA_VERSION.release}), with its licence`, () => {
  const hash = createHash("sha256").update(fs.readFileSync(SERVICE_MONITOR_SCHEMA)).digest("hex");
  assert.is(hash, SERVICE_MONITOR_SCHEMA_VERSION.sha256, "schema file changed: update SERVICE_MONITOR_SCHEMA_VERSION and schemas/README.md");
  const readme = fs.readFileSync(path.join(path.dirname(SERVICE_MONITOR_SCHEMA), "README.md"), "utf8");
  assert.ok(readme.includes(SERVICE_MONITOR_SCHEMA_VERSION.commit) && readme.includes(SERVICE_MONITOR_SCHEMA_VERSION.release));
  assert.match(fs.readFileSync(path.join(path.dirname(SERVICE_MONITOR_SCHEMA), "prometheus-operator.LICENSE"), "utf8"), /Apache License\s+Version 2\.0/);
});

test("the ServiceMonitor check rejects a wrong type, a missing selector and a misspelt field", () => {
  const good = { apiVersion: "monitoring.coreos.com/v1", kind: "ServiceMonitor", metadata: { name: "a" }, spec: { selector: { matchLabels: { a: "b" } }, endpoints: [{ port: "http", path: "/metrics" }] } };
  assert.equal(validateServiceMonitor(good), []);
  assert.ok(validateServiceMonitor({ ...good, spec: { ...good.spec, endpoints: [{ port: 9100 }] } }).some((p) => p.includes("/spec/endpoints/0/port")));
  assert.ok(validateServiceMonitor({ ...good, spec: { endpoints: good.spec.endpoints } }).some((p) => p.includes("selector")));
  assert.ok(validateServiceMonitor({ ...good, spec: { ...good.spec, endpoints: [{ port: "http", metricsPath: "/metrics" }] } }).some((p) => p.includes("metricsPath")));
});

function expectFor(o: ServiceOptions, name = "demo-svc"): ObservabilityExpect {
  const metrics = o.observability.includes("metrics");
  return {
    service: o.name,
    name,
    port: o.port,
    scrape: metrics ? { port: o.metricsPort || o.port, path: "/metrics", separate: o.metricsPort !== 0 } : undefined,
    serviceMonitor: o.serviceMonitor,
    traces: o.observability.includes("traces"),
  };
}

const all = ["compose", "kubernetes", "fly", "cloud-run"] as const;
const cases: [string, Partial<ServiceOptions>][] = [
  ["metrics on the service port", { deploy: [...all] }],
  ["a separate metrics port and a ServiceMonitor", { deploy: [...all], metricsPort: 9100, serviceMonitor: true }],
  ["HTTPS in the pod: the ServiceMonitor scrapes the https port", { tls: "rustls", deploy: ["compose", "kubernetes"], serviceMonitor: true }],
  ["metrics only, on their own port, no TLS", { framework: "actix-web", tls: "none", observability: ["metrics"], metricsPort: 9464, deploy: [...all] }],
  ["traces only", { framework: "rocket", tls: "none", observability: ["traces"], database: "postgres", deploy: [...all] }],
  ["none", { observability: [], deploy: [...all] }],
];

for (const [title, partial] of cases) {
  test(`new service, ${title}: the scrape target agrees everywhere`, async () => {
    const o = options(partial);
    const files = await render(o);
    const expect = expectFor(o);
    assert.equal(validateCompose(parseYaml(files.get("compose.yaml")!)), []);
    assert.equal(checkComposeObservability(files, expect), []);
    if (o.deploy.includes("kubernetes")) assert.equal(checkKubernetesObservability(files, expect).problems, []);
    if (o.deploy.includes("fly")) assert.equal(checkFlyObservability(files, expect), []);
    const readme = files.get("README.md")!;
    if (o.deploy.includes("cloud-run") && expect.scrape) assert.match(readme, /Managed Service for Prometheus/);
  });
}

test("the collector check fails on an unconfigured or contrib-only component and a loopback-only receiver", async () => {
  const files = await render(options({}));
  const config = files.get("deploy/observability/otel-collector.yaml")!;
  const broken = (from: string, to: string) => checkCollectorConfig(new Map(files).set("deploy/observability/otel-collector.yaml", config.replace(from, to)));
  assert.equal(checkCollectorConfig(files), []);
  assert.ok(broken("exporters: [debug]", "exporters: [debug, otlphttp]").some((p) => p.includes("otlphttp, which is not configured")));
  assert.equal(broken("\nexporters:\n", "\nexporters:\n  kafka: {}\n"), [], "a component no pipeline names is no problem");
  assert.ok(broken("exporters: [debug]", "exporters: [kafka]").some((p) => p.includes("not in the collector's core distribution")));
  assert.ok(broken("endpoint: 0.0.0.0:4318", "endpoint: localhost:4318").some((p) => p.includes("otlp http endpoint")));
  assert.ok(broken("processors: [memory_limiter, batch]", "processors: [batch, memory_limiter]").some((p) => p.includes("first processor")));
});

test("the wiring checks fail on a published metrics port and a ServiceMonitor on the wrong port", async () => {
  const o = options({ deploy: [...all], metricsPort: 9100, serviceMonitor: true });
  const files = await render(o);
  const published = new Map(files).set("compose.yaml", files.get("compose.yaml")!.replace('      - "8080:8080"\n', '      - "8080:8080"\n      - "9100:9100"\n'));
  assert.ok(checkComposeObservability(published, expectFor(o)).some((p) => p.includes("publishes the metrics port")));
  const wrongPort = new Map(files).set("deploy/kubernetes/servicemonitor.yaml", files.get("deploy/kubernetes/servicemonitor.yaml")!.replace("port: metrics", "port: https"));
  assert.ok(checkKubernetesObservability(wrongPort, expectFor(o)).problems.some((p) => p.includes("reaches container port 8080")));
});

test.run();
