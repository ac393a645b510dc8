// Every fixture crate × glibc runtime, through the real CLI (existing mode) and the real engine: build, healthy,
// GET /health from the host, non-root, prompt SIGTERM exit. Static runtimes run their generated runtime stage on a
// static glibc build where no musl builder exists offline, and are recorded as skipped (with the reason) where their
// runtime image has no offline stand-in.
import { suite, test } from "uvu";
import * as assert from "uvu/assert";
import { RUNTIMES } from "../../generators/catalog/catalog.js";
import {
  RESULTS,
  armReport,
  buildStep,
  cellSuite,
  cleanup,
  dockerfileStep,
  engineOrSkip,
  healthyStep,
  hostGetStep,
  imageConfigStep,
  newState,
  nonRootStep,
  record,
  scaffoldStep,
  step,
  stopStep,
  type Cell,
} from "./harness.js";

const GLIBC = ["distroless-cc", "debian-slim"] as const;
const STATIC = Object.entries(RUNTIMES)
  .filter(([, row]) => row.libc === "musl")
  .map(([name]) => name);

const cell = (fixture: string, runtime: string, c: Omit<Cell, "fixture" | "runtime" | "port" | "flags"> & Partial<Cell>): Cell => ({
  fixture,
  runtime,
  port: 8080,
  flags: [],
  ...c,
});

/** Which flags each cell uses: detection where it can decide alone, the explicit flag on the other runtime. */
const CELLS: Cell[] = [
  ...GLIBC.map((r) => cell("plain-bin", r, { bin: "plain-bin", service: "plain-bin", health: "probe" })),
  // A [[bin]] with its own name and path; a non-default port goes through to ENV, EXPOSE and the probe URL.
  ...GLIBC.map((r) => cell("bin-path", r, { bin: "server", service: "server", health: "probe", port: 9000, flags: ["--port", "9000"] })),
  cell("two-bins", "distroless-cc", { bin: "api", service: "api", health: "probe" }),
  cell("two-bins", "debian-slim", { bin: "api", service: "api", health: "probe", flags: ["--bin", "api"] }),
  cell("workspace", "distroless-cc", { bin: "api", service: "api", package: "api", health: "probe" }),
  cell("workspace", "debian-slim", { bin: "api", service: "api", package: "api", health: "probe", flags: ["--package", "api"] }),
  ...GLIBC.map((r) =>
    cell("with-healthcheck", r, {
      bin: "with-healthcheck",
      service: "with-healthcheck",
      health: "subcommand",
      flags: ["--healthcheck-cmd", "healthcheck"],
    }),
  ),
  cell("no-healthcheck", "distroless-cc", { bin: "no-healthcheck", service: "no-healthcheck", health: "probe" }),
  cell("no-healthcheck", "debian-slim", { bin: "no-healthcheck", service: "no-healthcheck", health: "none", flags: ["--healthcheck", "none"] }),
];

/** Static runtimes: the probe on each, and the binary's own subcommand on scratch (nothing else in that image). */
const STATIC_CELLS: Cell[] = [
  ...STATIC.map((r) => cell("plain-bin", r, { bin: "plain-bin", service: "plain-bin", health: "probe" })),
  cell("with-healthcheck", "scratch", {
    bin: "with-healthcheck",
    service: "with-healthcheck",
    health: "subcommand",
    flags: ["--healthcheck-cmd", "healthcheck"],
  }),
];

armReport();

if (!engineOrSkip("container matrix")) {
  for (const c of CELLS) test.skip(`${c.fixture} × ${c.runtime}`, () => {});
  for (const c of STATIC_CELLS) test.skip(`${c.fixture} × ${c.runtime}`, () => {});
  test.run();
} else {
  for (const c of CELLS) cellSuite(c, "docker build succeeds offline");

  for (const c of STATIC_CELLS) {
    const s = newState(c);
    const t = suite(`${c.fixture} × ${c.runtime}`);
    t.after(() => cleanup(s));
    t("scaffolds (exit 0, files, Dockerfile); builds and serves when its runtime image exists offline, else recorded as skipped", async () => {
      await step(s, "scaffold", () => scaffoldStep(s));
      await step(s, "Dockerfile", () => dockerfileStep(s));
      const missing = await step(s, "build", () => buildStep(s));
      if (missing) {
        record(c, { status: "skipped", reason: missing });
        console.log(`skipped: ${c.fixture} × ${c.runtime} build: ${missing}`);
        return;
      }
      await step(s, "image config", () => imageConfigStep(s));
      await step(s, "healthy", () => healthyStep(s));
      await step(s, "GET /health", () => hostGetStep(s));
      await step(s, "non-root", () => nonRootStep(s));
      await step(s, "stop", () => stopStep(s));
    });
    t.run();
  }

  const sizes = suite("image sizes");
  sizes("every fixture's distroless-cc image is smaller than its debian-slim image", () => {
    for (const fixture of new Set(CELLS.map((c) => c.fixture))) {
      const cc = RESULTS.get(`${fixture} × distroless-cc`)?.sizeMB;
      const deb = RESULTS.get(`${fixture} × debian-slim`)?.sizeMB;
      assert.ok(cc !== undefined && deb !== undefined, `${fixture}: an image was not built (distroless-cc ${cc}, debian-slim ${deb})`);
      assert.ok(cc! < deb!, `${fixture}: distroless-cc ${cc!.toFixed(1)} MB is not smaller than debian-slim ${deb!.toFixed(1)} MB`);
    }
  });
  sizes.run();
}
