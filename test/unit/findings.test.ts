import { test } from "uvu";
import * as assert from "uvu/assert";
import { healthDefault } from "../../generators/kit/findings.js";
import type { HealthRoute } from "../../generators/kit/scan/scan.js";

const route = (path: string): HealthRoute => ({ path, shape: ".route(\"…\")", file: "src/main.rs", line: 1 });

// [what is known: --health-path, routes in the code, framework; the healthcheck when no style is chosen]
const UNIX_SOCKET = { file: "src/socket.rs", line: 3, condition: "settings.use_unix_socket" };
const HEALTH_DEFAULTS: [string, { healthPath?: string; routes: HealthRoute[]; framework?: string; unixSocket?: typeof UNIX_SOCKET }, ReturnType<typeof healthDefault>][] = [
  ["--health-path wins over the code and the framework", { healthPath: "/up", routes: [route("/healthz")], framework: "loco-rs" }, { style: "probe", route: "/up" }],
  ["the first route the code registers wins over the framework's", { routes: [route("/healthz"), route("/readyz")], framework: "loco-rs" }, { style: "probe", route: "/healthz" }],
  ["the framework's own route", { routes: [], framework: "loco-rs" }, { style: "probe", route: "/_ping" }],
  ["a framework that registers none", { routes: [], framework: "rocket" }, { style: "tcp" }],
  ["nothing: only the port", { routes: [] }, { style: "tcp" }],
  ["a Unix socket by default: no port to probe", { routes: [], unixSocket: UNIX_SOCKET }, { style: "none" }],
  ["a route the code registers wins over a Unix socket", { routes: [route("/healthz")], unixSocket: UNIX_SOCKET }, { style: "probe", route: "/healthz" }],
];
for (const [name, known, expected] of HEALTH_DEFAULTS)
  test(`health default: ${name}`, () => {
    assert.equal(healthDefault({ healthPath: known.healthPath }, { routes: known.routes, framework: known.framework, unixSocket: known.unixSocket }), expected);
  });

test.run();
