// The generated compose.yaml, run by docker-compose (v1 here): it builds the image, the service turns healthy
// through the compose healthcheck, serves on the published port with the hardening applied, and `down` removes it.
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { freePort, httpGet, tail } from "../helpers.js";
import { compose, inspectContainer, waitHealthy, withoutStartInterval } from "./docker.js";
import { COMPOSE_RESULT, armReport, cleanup, engineOrSkip, newState, provideStep, scaffoldStep, step, type Cell } from "./harness.js";

const CELL: Cell = {
  fixture: "plain-bin",
  runtime: "distroless-cc",
  bin: "plain-bin",
  service: "plain-bin",
  health: "probe",
  port: 8080,
  flags: [],
};

armReport();
const t = suite("docker-compose: plain-bin × distroless-cc");

if (!engineOrSkip("docker-compose")) {
  t.skip("compose up → healthy → GET /health → down", () => {});
} else {
  const s = newState(CELL);
  const project = `crcproof${process.pid}`;
  let file = "compose.yaml";
  let hostPort = 0;
  let containerId = "";
  const up = (args: string[]) => compose(["-p", project, "-f", file, ...args], s.dir!);
  t.after(() => {
    if (s.dir) up(["down", "--rmi", "all", "-v", "--remove-orphans"]);
    cleanup(s);
  });

  t("scaffolds in existing mode and docker-compose accepts the compose file (`config -q`)", () =>
    step(s, "scaffold", async () => {
      scaffoldStep(s);
      file = (["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"].find((f) => fs.existsSync(path.join(s.dir!, f))))!;
      const missing = provideStep(s);
      assert.not.ok(missing, `base images must exist offline: ${missing}`);
      // The published host port is fixed in the file; pick a free one on loopback for this run (this copy only).
      const text = fs.readFileSync(path.join(s.dir!, file), "utf8");
      const mapping = new RegExp(`(["']?)(\\d+):${CELL.port}\\1`);
      assert.match(text, mapping, `no "<host>:${CELL.port}" port mapping in ${file}`);
      hostPort = await freePort();
      fs.writeFileSync(path.join(s.dir!, file), withoutStartInterval(text.replace(mapping, `"127.0.0.1:${hostPort}:${CELL.port}"`)));
      const cfg = up(["config", "-q"]);
      assert.is(cfg.status, 0, `docker-compose config rejected ${file}:\n${cfg.stderr}`);
    }),
  );

  t("`docker-compose up -d --build` builds the image and starts the service", () =>
    step(s, "up", () => {
      const r = up(["up", "-d", "--build"]);
      COMPOSE_RESULT.upS = r.seconds;
      assert.is(r.status, 0, `docker-compose up failed:\n${tail(r.stdout + r.stderr)}`);
      const ps = up(["ps", "-q"]);
      containerId = ps.stdout.trim().split("\n")[0] ?? "";
      assert.ok(containerId, `docker-compose ps lists no container: ${ps.stdout}${ps.stderr}`);
    }),
  );

  t("the service turns healthy through the compose healthcheck within 60 s", () =>
    step(s, "healthy", async () => {
      const info = inspectContainer(containerId);
      assert.ok(info.Config.Healthcheck?.Test?.length, "the compose service has no healthcheck");
      COMPOSE_RESULT.healthyS = await waitHealthy(containerId, process.hrtime.bigint(), 60_000);
      const ps = up(["ps"]);
      assert.match(ps.stdout, /\(healthy\)/, `docker-compose ps does not show it healthy:\n${ps.stdout}`);
    }),
  );

  t("GET /health on the published port answers 200; read-only root, all capabilities dropped, no-new-privileges", () =>
    step(s, "serve", async () => {
      const a = await httpGet({ port: hostPort }, "/health");
      assert.is(a.status, 200, a.body);
      assert.is((JSON.parse(a.body) as { service?: string }).service, CELL.service);
      const host = inspectContainer(containerId).HostConfig;
      assert.is(host.ReadonlyRootfs, true, "read_only is not applied");
      assert.equal(host.CapDrop, ["ALL"], "cap_drop ALL is not applied");
      assert.ok(host.SecurityOpt?.some((o) => /^no-new-privileges(:true)?$/.test(o)), `security_opt: ${JSON.stringify(host.SecurityOpt)}`);
    }),
  );

  t("`docker-compose stop` ends the service with exit 0 in under 3 s; `down` removes its container", () =>
    step(s, "stop/down", () => {
      const stopped = up(["stop"]);
      assert.is(stopped.status, 0, `docker-compose stop failed:\n${stopped.stderr}`);
      const state = inspectContainer(containerId).State;
      assert.is(state.ExitCode, 0, "exit code after SIGTERM (137: killed after the grace period)");
      assert.ok(stopped.seconds < 3, `stop took ${stopped.seconds.toFixed(1)} s: SIGTERM not handled promptly`);
      const r = up(["down"]);
      COMPOSE_RESULT.downS = stopped.seconds + r.seconds;
      assert.is(r.status, 0, `docker-compose down failed:\n${r.stderr}`);
      assert.is(up(["ps", "-q"]).stdout.trim(), "", "a container is left after down");
    }),
  );
}

t.run();
