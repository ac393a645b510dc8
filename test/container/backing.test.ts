// Services with a database and a cache, brought up by docker-compose (v1 here) from the files the CLI wrote: a new
// service with PostgreSQL and Redis, and an existing sqlx + Redis crate given the kit. All three containers turn
// healthy, the service answers from the host, and the data survives `down` and `up` (named volumes). The images are
// built with --verify's quick profile first, so compose finds them and builds nothing.
import fs from "node:fs";
import path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { QUICK_BUILD } from "../../generators/verify/verify.js";
import { freePort, httpGet, httpRequest, tail, tempDir } from "../helpers.js";
import { scaffoldService } from "../rust/service.js";
import { build, compose, inspectContainer, removeImage, waitHealthy, withoutDevelop, withoutStartInterval } from "./docker.js";
import { armReport, cleanup, copyFixture, engineOrSkip, newState, provideStep, scaffold, step, type CellState } from "./harness.js";

const QUICK = Object.entries(QUICK_BUILD).flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]);

interface Stack {
  title: string;
  /** Writes the project into a new directory (the CLI), returns it. */
  scaffold: (s: CellState) => string;
  bin: string;
  port: number;
  /** What the service does with its backing services, from the host; called again after `down` and `up`. */
  exercise: (port: number, round: number) => Promise<void>;
}

const STACKS: Stack[] = [
  {
    title: "new axum service, --database postgres --cache redis",
    bin: "shop",
    port: 8080,
    scaffold: () => {
      const r = scaffoldService(tempDir("crc-backing-"), "shop", ["--framework", "axum", "--tls", "none", "--runtime", "distroless-cc", "--ci", "none", "--database", "postgres", "--cache", "redis"]);
      assert.is(r.status, 0, r.output);
      return r.dir;
    },
    exercise: async (port, round) => {
      const ready = await httpGet({ port }, "/ready");
      assert.is(ready.status, 200, ready.body);
      assert.equal(JSON.parse(ready.body), { status: "ready", checks: { postgres: "up", redis: "up" } });
      const created = await httpRequest({ port }, "POST", "/items", 5_000, { name: `round ${round}` });
      assert.is(created.status, 201, created.body);
      const items = JSON.parse((await httpGet({ port }, "/items")).body) as { name: string }[];
      // The newest first: this round's item, then every earlier round's, kept in the db volume.
      assert.equal(items.map((i) => i.name), Array.from({ length: round }, (_, i) => `round ${round - i}`));
    },
  },
  {
    title: "existing sqlx + Redis crate given the kit",
    bin: "visits",
    port: 3000,
    scaffold: (s) => {
      const dir = copyFixture("sqlx-redis-app");
      const r = scaffold(dir, "distroless-cc", []);
      assert.is(r.status, 0, r.output);
      assert.match(r.output, /compose runs db \(postgres:18, healthchecked\)/);
      s.dir = dir;
      return dir;
    },
    exercise: async (port, round) => {
      const hits = await httpGet({ port }, "/hits");
      assert.is(hits.status, 200, hits.body);
      // Rows in PostgreSQL and the counter in Redis: both kept across down/up.
      assert.is(hits.body, `${round} ${round}`);
    },
  },
];

armReport();

for (const stack of STACKS) {
  const t = suite(`docker-compose: ${stack.title}`);
  if (!engineOrSkip("docker-compose")) {
    t.skip("compose up → three healthy → the resource from the host → down/up keeps the data", () => {});
    t.run();
    continue;
  }
  const s = newState({ fixture: stack.bin, runtime: "distroless-cc", bin: stack.bin, health: "subcommand", port: stack.port, flags: [] });
  const project = `crcstack${stack.bin}${process.pid}`;
  let hostPort = 0;
  const up = (args: string[]) => compose(["-p", project, ...args], s.dir!);
  t.after(() => {
    if (s.dir) up(["down", "-v", "--remove-orphans"]);
    removeImage(`${stack.bin}:latest`);
    cleanup(s);
  });

  t("the CLI writes a compose file with the app, db and cache; the image builds (quick profile)", () =>
    step(s, "scaffold", () => {
      s.dir = stack.scaffold(s);
      const env = fs.readFileSync(path.join(s.dir, ".env"), "utf8");
      assert.match(env, /^POSTGRES_PASSWORD=[\w-]{32}$/m, "the password compose reads");
      const missing = provideStep(s);
      assert.not.ok(missing, `base images must exist offline: ${missing}`);
      const image = build(s.dir, `${stack.bin}:latest`, { args: QUICK });
      assert.ok(image.ok, `docker build failed:\n${tail(image.log)}`);
      const file = path.join(s.dir, "compose.yaml");
      const text = fs.readFileSync(file, "utf8");
      const mapping = new RegExp(`"(\\d+):${stack.port}"`);
      assert.match(text, mapping);
      return Promise.all([freePort(), freePort(), freePort()]).then(([app, db, cache]) => {
        hostPort = app;
        fs.writeFileSync(file, withoutDevelop(withoutStartInterval(text.replace(mapping, `"127.0.0.1:${hostPort}:${stack.port}"`))));
        // Where the database and cache are published on loopback, moved as the compose file says (.env).
        fs.appendFileSync(path.join(s.dir!, ".env"), `DB_PORT=${db}\nCACHE_PORT=${cache}\n`);
        const cfg = up(["config"]);
        assert.is(cfg.status, 0, `docker-compose config:\n${cfg.stderr}`);
        assert.ok(cfg.stdout.includes(`127.0.0.1:${db}:5432`) || cfg.stdout.includes(`published: ${db}`), cfg.stdout);
      });
    }),
  );

  const bringUp = async (round: number) => {
    const started = process.hrtime.bigint();
    const r = up(["up", "-d"]);
    assert.is(r.status, 0, `docker-compose up:\n${tail(r.stdout + r.stderr)}`);
    // The app waited for both: it started after each had passed a healthcheck. The engine keeps only the last five
    // checks, so this is read at once, and only where the first pass is still among them.
    const app = inspectContainer(up(["ps", "-q", stack.bin]).stdout.trim());
    for (const service of ["db", "cache"]) {
      const log = inspectContainer(up(["ps", "-q", service]).stdout.trim()).State.Health?.Log ?? [];
      const firstPass = log.findIndex((l) => l.ExitCode === 0);
      if (firstPass > 0 || log.length < 5)
        assert.ok(firstPass >= 0 && Date.parse(app.State.StartedAt) >= Date.parse(log[firstPass].End), `${stack.bin} started at ${app.State.StartedAt}, before ${service} was healthy: ${JSON.stringify(log)}`);
    }
    for (const service of ["db", "cache", stack.bin]) {
      const id = up(["ps", "-q", service]).stdout.trim();
      assert.ok(id, `no container for ${service}`);
      await waitHealthy(id, started, 90_000).catch((e: Error) => {
        throw new Error(`${service}: ${e.message}\n${tail(up(["logs", "--tail", "30", service]).stdout)}`);
      });
    }
    // It found them answering: never restarted (a failed connection or migration at start would have ended it).
    assert.is(inspectContainer(up(["ps", "-q", stack.bin]).stdout.trim()).RestartCount, 0, tail(up(["logs", stack.bin]).stdout));
    await stack.exercise(hostPort, round);
  };

  t("`up -d`: db, cache and the service turn healthy, in that order; the service works from the host", () => step(s, "up", () => bringUp(1)));

  t("`down` and `up` again: the data is still there (named volumes)", () =>
    step(s, "down/up", async () => {
      const down = up(["down"]);
      assert.is(down.status, 0, down.stderr);
      await bringUp(2);
    }),
  );

  t.run();
}
