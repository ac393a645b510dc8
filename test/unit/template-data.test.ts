import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildToolchain, serviceCrates } from "../../generators/render/template-data.js";
import type { Signal } from "../../generators/catalog/catalog.js";

const file = "rust-toolchain.toml";

test("the builder image's own toolchain is selected, never installed, when the file pins its version or stable", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.95.0", rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: true });
  // rust:1.88 is 1.88's latest release, which is what rustup makes of the channel "1.88".
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.88", rustVersion: "1.88" }), { name: "1.88", install: false, pinsBuilder: true });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: false });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.99" }), { name: "1.99", install: false, pinsBuilder: false });
  // A file with components only: rustup's default toolchain, which in the builder is the image's own.
  assert.equal(buildToolchain({ toolchainFile: file, rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: false });
});

test("channels no rust:<version> image is are installed from the file", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "nightly-2026-06-01", rustVersion: "1.95.0" }), { name: "nightly-2026-06-01", install: true, pinsBuilder: false });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "beta", rustVersion: "1.95.0" }), { name: "beta", install: true, pinsBuilder: false });
});

test("no toolchain file: the image's default toolchain, nothing selected", () => {
  assert.is(buildToolchain({ rustVersion: "1.95.0" }), undefined);
});

test("metrics crates: only with metrics; the exporter never with its push gateway (aws-lc-rs), its listener only for a metrics port", () => {
  const base = { framework: "axum", tls: "none", allocator: "system", database: "none", cache: "none" } as const;
  const exporter = (observability: Signal[], metricsPort: number) =>
    serviceCrates({ ...base, observability, metricsPort }).deps.find((d) => d.name === "metrics-exporter-prometheus");
  assert.is(exporter(["metrics"], 0)?.defaultFeatures, false);
  assert.not.ok(exporter(["metrics"], 0)?.features?.length, "no listener: /metrics is a route of the service");
  assert.equal(exporter(["metrics"], 9464)?.features, ["http-listener"]);
  assert.is(exporter(["metrics"], 9464)?.defaultFeatures, false);
  assert.is(exporter([], 0), undefined);
  assert.not.ok(serviceCrates({ ...base, observability: [], metricsPort: 0 }).deps.some((d) => d.name === "metrics"));
});

test("traces crates: only with traces; OTLP over HTTP only, no gRPC (tonic) and no TLS crate of the exporter's own", () => {
  const base = { framework: "axum", tls: "rustls", allocator: "system", database: "none", cache: "none", metricsPort: 0 } as const;
  const deps = (observability: Signal[]) => serviceCrates({ ...base, observability }).deps;
  const otlp = deps(["traces"]).find((d) => d.name === "opentelemetry-otlp");
  assert.is(otlp?.defaultFeatures, false);
  assert.equal(otlp?.features, ["trace", "http-proto", "http-json", "reqwest-blocking-client"]);
  assert.ok(!otlp?.features?.some((f) => /grpc|tonic|tls/.test(f)));
  for (const name of ["opentelemetry", "opentelemetry_sdk", "tracing-opentelemetry"]) assert.ok(deps(["traces"]).some((d) => d.name === name), name);
  assert.not.ok(deps(["metrics"]).some((d) => d.name.includes("opentelemetry")));
  assert.not.ok(deps(["traces"]).some((d) => d.name === "metrics"));
});

test.run();
