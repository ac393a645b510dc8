// Existing crates shaped like public service crates, with their real dependencies, through the real CLI and engine:
// what the kit read in each (health route, serve subcommand, framework settings, port, linker, native library) must
// make the image build, start, answer from the host and report healthy.
import net from "node:net";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { httpGet, httpRequest } from "../helpers.js";
import { armReport, cellSuite, engineOrSkip, type Cell } from "./harness.js";

/** GET `route` from the host: 200 with JSON holding `expect`. */
const getsJson = (route: string, expect: Record<string, unknown>): Cell["hostCheck"] => ({
  title: `GET ${route} from the host answers 200 with ${JSON.stringify(expect)}`,
  run: async (port) => {
    const a = await httpGet({ port }, route);
    assert.is(a.status, 200, `GET ${route} answered ${a.status}: ${a.body}`);
    const json = JSON.parse(a.body) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expect)) assert.equal(json[k], v, `${k} in ${a.body}`);
  },
});

const CELLS: Cell[] = [
  {
    fixture: "axum-serve",
    runtime: "distroless-cc",
    bin: "axum-serve",
    health: "probe",
    healthPath: "/healthz",
    port: 3000,
    cmd: ["serve", "--host", "0.0.0.0", "--port", "3000"],
    flags: [],
    hostCheck: getsJson("/healthz", { status: "ok" }),
  },
  {
    fixture: "rocket-app",
    runtime: "distroless-cc",
    bin: "rocket-app",
    health: "probe",
    healthPath: "/ping",
    port: 8000,
    flags: [],
    hostCheck: getsJson("/ping", { pong: true }),
  },
  {
    fixture: "tokio-tcp",
    runtime: "distroless-cc",
    bin: "tokio-tcp",
    health: "tcp",
    port: 7000,
    flags: [],
    hostCheck: {
      title: "a line sent from the host comes back upper-cased",
      run: (port) =>
        new Promise<void>((resolve, reject) => {
          const socket = net.connect(port, "127.0.0.1", () => socket.write("hello\n"));
          socket.setTimeout(5000, () => reject(new Error("no answer within 5 s")));
          socket.on("data", (d) => {
            socket.destroy();
            d.toString() === "HELLO\n" ? resolve() : reject(new Error(`answered ${JSON.stringify(d.toString())}`));
          });
          socket.on("error", reject);
        }),
    },
  },
  { fixture: "linker-config", runtime: "distroless-cc", bin: "linker-config", service: "linker-config", health: "probe", port: 8080, flags: [] },
  // Std-only shapes of the classes a kit must read right for the image to be healthy at all; each stops in under 2 s.
  // The port is only in service.toml at the crate root (a host:port address), read at start from the working dir.
  { fixture: "config-port", runtime: "distroless-cc", bin: "config-port", service: "config-port", health: "probe", port: 9300, flags: [], stopWithinS: 2 },
  // The health route lives under /_ops and exists only when OPS_ENDPOINTS=1: the image must set it.
  {
    fixture: "gated-health",
    runtime: "distroless-cc",
    bin: "gated-health",
    health: "probe",
    healthPath: "/_ops/healthz",
    port: 8080,
    flags: [],
    stopWithinS: 2,
    hostCheck: getsJson("/_ops/healthz", { status: "ok" }),
  },
  // Creates var/spool relative to its working directory at start and writes there per request, as the image's user.
  {
    fixture: "spool-writer",
    runtime: "distroless-cc",
    bin: "spool-writer",
    service: "spool-writer",
    health: "probe",
    port: 8080,
    flags: [],
    stopWithinS: 2,
    hostCheck: {
      title: "POST /jobs from the host is written to the spool (202)",
      run: async (port) => {
        const a = await httpRequest({ port }, "POST", "/jobs");
        assert.is(a.status, 202, `POST /jobs answered ${a.status}: ${a.body}`);
      },
    },
  },
  // No signal handler at all: tini as PID 1 passes SIGTERM on, whose default action ends it (exit 143) at once.
  { fixture: "no-signal", runtime: "distroless-cc", bin: "no-signal", service: "no-signal", health: "probe", port: 8080, flags: [], stopWithinS: 2, stopExitCode: 143 },
  // libpq: distroless/cc lacks libpq5 (the kit refuses it, see the e2e suite); debian-slim installs it.
  {
    fixture: "pq-service",
    runtime: "debian-slim",
    bin: "pq-service",
    health: "tcp",
    port: 8080,
    flags: [],
    hostCheck: getsJson("/health", { status: "ok" }),
  },
];

armReport();

if (!engineOrSkip("crate shapes")) {
  for (const c of CELLS) test.skip(`${c.fixture} × ${c.runtime}`, () => {});
  test.run();
} else {
  for (const c of CELLS) cellSuite(c, "docker build succeeds (crates from the registry, system packages from the Debian mirror)");
}
