// The kit's service merged into a user's compose file that runs a database, run by docker-compose (v1 here): the
// database stays as the user wrote it, the image builds, the service starts once the database is healthy, turns
// healthy through its own healthcheck, serves on the published port with the hardening applied, and `down` removes it.
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { freePort, httpGet, tail } from "../helpers.js";
import { compose, inspectContainer, waitHealthy, withoutStartInterval } from "./docker.js";
import { parse as parseYaml } from "yaml";
import { COMPOSE_RESULT, armReport, cleanup, copyFixture, engineOrSkip, newState, provideStep, scaffold, step, type Cell } from "./harness.js";

const CELL: Cell = {
  fixture: "plain-bin",
  runtime: "distroless-cc",
  bin: "plain-bin",
  service: "plain-bin",
  health: "probe",
  port: 8080,
  flags: ["--conflict", "merge"],
};

/** The user's own file: a database the service is to wait for (the postgres stand-in honours the official contract). */
const USERS_COMPOSE = `# our development stack
services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: example # local only
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 1s
      retries: 30
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`;

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

  t("merges into the user's docker-compose.yml (their database untouched) and docker-compose accepts it (`config -q`)", () =>
    step(s, "scaffold", async () => {
      s.dir = copyFixture(CELL.fixture);
      file = "docker-compose.yml";
      fs.writeFileSync(path.join(s.dir, file), USERS_COMPOSE);
      const run = scaffold(s.dir, CELL.runtime, CELL.flags);
      assert.is(run.status, 0, run.output);
      assert.match(run.output, /merge\s+docker-compose\.yml/);
      assert.not.ok(fs.existsSync(path.join(s.dir, "compose.yaml")), "a second compose file was written");
      const merged = fs.readFileSync(path.join(s.dir, file), "utf8");
      assert.ok(merged.startsWith(USERS_COMPOSE.slice(0, USERS_COMPOSE.indexOf("\nvolumes:") + 1)), "the user's database service changed");
      assert.equal(parseYaml(merged).services[CELL.bin].depends_on, { db: { condition: "service_healthy" } });
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
      containerId = up(["ps", "-q", CELL.bin]).stdout.trim();
      assert.ok(containerId, `docker-compose ps lists no container: ${ps.stdout}${ps.stderr}`);
      // depends_on service_healthy: the service was started only after the database's first passing healthcheck.
      const db = inspectContainer(up(["ps", "-q", "db"]).stdout.trim());
      const healthyAt = db.State.Health?.Log?.find((l) => l.ExitCode === 0)?.End;
      assert.ok(healthyAt, `the database never passed its healthcheck: ${JSON.stringify(db.State.Health)}`);
      const startedAt = inspectContainer(containerId).State.StartedAt;
      assert.ok(Date.parse(startedAt) >= Date.parse(healthyAt), `the service started at ${startedAt}, before the database was healthy at ${healthyAt}`);
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
