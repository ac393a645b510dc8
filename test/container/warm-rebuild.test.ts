// A warm rebuild after a one-line change in src/ reuses the compiled path dependency from the BuildKit cache mount
// (cold and warm timed, cargo's own output read from the build log), and the image runs the changed code.
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { httpGet, tail } from "../helpers.js";
import { build, bustContextCache, compiledCrates, inspectImage, pruneCacheMounts, removeContainer, removeImage, runDetached, waitHealthy, type Build } from "./docker.js";
import {
  KEEP,
  REBUILD,
  armReport,
  cleanup,
  dockerfileStep,
  engineOrSkip,
  newState,
  scaffoldStep,
  provideStep,
  step,
  type Cell,
} from "./harness.js";

const CELL: Cell = {
  fixture: "with-local-dep",
  runtime: "distroless-cc",
  bin: "with-local-dep",
  service: "with-local-dep",
  health: "probe",
  port: 8080,
  flags: [],
};

armReport();
const t = suite("warm rebuild: with-local-dep × distroless-cc");

if (!engineOrSkip("warm rebuild")) {
  t.skip("cold build compiles the path dependency; warm rebuild after a src/ change does not", () => {});
} else {
  const s = newState(CELL);
  let cold: Build | undefined;
  let warm: Build | undefined;
  let coldImage = "";
  // A revision no earlier run built, so the edited source can never be a BuildKit layer-cache hit.
  const revision = 2 + (Math.floor(Date.now() / 1000) % 2_000_000_000);
  t.after(() => {
    cleanup(s);
    // The warm build moved the tag; the cold image is left untagged.
    if (coldImage && !KEEP) removeImage(coldImage);
  });

  t("scaffolds in existing mode and the Dockerfile builds --bin with-local-dep", () =>
    step(s, "scaffold", () => {
      scaffoldStep(s);
      dockerfileStep(s);
    }),
  );

  t("cold build (context changed, cargo target cache mount pruned) compiles heavy and the service", () =>
    step(s, "cold build", () => {
      // The target cache mount is keyed by the binary name: prune this fixture's so the first build is really cold.
      pruneCacheMounts((d) => /^cached mount \S*target from exec /.test(d) && /--bin with-local-dep(\s|$)/.test(d));
      const missing = provideStep(s);
      assert.not.ok(missing, `base images must exist offline: ${missing}`);
      bustContextCache(s.dir!);
      cold = build(s.dir!, s.tag);
      assert.ok(cold.ok, `cold docker build failed:\n${tail(cold.log)}`);
      coldImage = inspectImage(s.tag).Id;
      const compiled = compiledCrates(cold.log);
      REBUILD.coldS = cold.seconds;
      REBUILD.coldCompiled = compiled;
      assert.ok(compiled.includes("heavy"), `cold build did not compile heavy (was the cache mount really empty?): [${compiled}]`);
      assert.ok(compiled.includes("with-local-dep"), `cold build did not compile the service: [${compiled}]`);
    }),
  );

  t("warm build after changing one line in src/main.rs recompiles only the service, and is faster", () =>
    step(s, "warm build", () => {
      const main = path.join(s.dir!, "src", "main.rs");
      const text = fs.readFileSync(main, "utf8");
      assert.match(text, /const REVISION: u32 = 1;/);
      fs.writeFileSync(main, text.replace("const REVISION: u32 = 1;", `const REVISION: u32 = ${revision};`));
      warm = build(s.dir!, s.tag);
      assert.ok(warm.ok, `warm docker build failed:\n${tail(warm.log)}`);
      const compiled = compiledCrates(warm.log);
      REBUILD.warmS = warm.seconds;
      REBUILD.warmCompiled = compiled;
      assert.ok(compiled.includes("with-local-dep"), `warm build did not recompile the changed service: [${compiled}]`);
      assert.not.ok(compiled.includes("heavy"), "warm build recompiled the unchanged dependency heavy: the target cache mount was not reused");
      assert.ok(warm.seconds < cold!.seconds, `warm ${warm.seconds.toFixed(1)} s is not faster than cold ${cold!.seconds.toFixed(1)} s`);
    }),
  );

  t("the rebuilt image runs the changed code (GET /health reports the new revision)", () =>
    step(s, "run rebuilt image", async () => {
      removeContainer(s.name);
      const since = process.hrtime.bigint();
      const run = runDetached(s.tag, s.name, CELL.port);
      s.containerId = run.id;
      await waitHealthy(run.id, since, 60_000);
      const a = await httpGet({ port: run.hostPort }, "/health");
      assert.is(a.status, 200, a.body);
      assert.is((JSON.parse(a.body) as { revision?: number }).revision, revision, `stale binary in the image: ${a.body}`);
    }),
  );
}

t.run();
