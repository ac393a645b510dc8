import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { mergeCompose } from "../../generators/write/compose-merge.js";
import { options, render } from "../helpers.js";
import { validateCompose } from "../validate/checks.js";

/** A user's development stack: a database with a healthcheck, a cache without, the app built from this crate. */
const USERS = `# Local development stack
services:
  db:
    image: postgres:16-alpine # pinned major
    environment:
      POSTGRES_PASSWORD: secret
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
    volumes:
      - pgdata:/var/lib/postgresql/data
    networks: [backend]
  cache:
    image: redis:7
    networks: [backend]
  app:
    build: .
    environment:
      - DATABASE_URL=postgres://postgres:secret@db/app
      - PORT=3000
    ports:
      - "3000:3000"
      - "9100:9100" # metrics
    depends_on:
      - db
    restart: always
    networks: [backend]

volumes:
  pgdata:
networks:
  backend:
`;

/** What the kit renders for the service `app` (the shape of templates/container/compose.yaml.ejs). */
const KIT = `# docker compose up --build
services:
  app:
    build:
      context: .
    image: app:latest
    ports:
      - "3000:3000"
    environment:
      PORT: "3000"
      APP_HOST: "0.0.0.0"
    healthcheck:
      test: ["CMD", "/usr/local/bin/healthcheck-probe", "http://127.0.0.1:3000/health"]
      interval: 30s
    restart: unless-stopped
    read_only: true
    volumes:
      - app-data:/app/data
    stop_grace_period: 15s

volumes:
  app-data:
`;

const lines = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

test("the user's other services, volumes, networks and comments stay as written; the app gets the kit's keys", () => {
  const merged = mergeCompose(USERS, KIT, "app")!;
  const doc = parse(merged.content);
  assert.equal(validateCompose(doc), []);
  // Byte for byte: the database and cache, with their comments and flow sequences.
  assert.is(lines(merged.content, "  db:", "  app:"), lines(USERS, "  db:", "  app:"));
  assert.match(merged.content, /^# Local development stack\n/);
  const app = doc.services.app;
  assert.equal(app.environment, ["DATABASE_URL=postgres://postgres:secret@db/app", "PORT=3000", "APP_HOST=0.0.0.0"], "the list form is kept, entries merged by name");
  assert.equal(app.ports, ["3000:3000", "9100:9100"], "ports merged by container port: the metrics port stays");
  assert.match(merged.content, /- "3000:3000"\n/, "a port mapping stays quoted (YAML 1.1 reads 3000:3000 as a number)");
  assert.is(app.restart, "unless-stopped", "the kit's value replaces the user's when merging is not asked for");
  assert.is(app.read_only, true);
  assert.equal(app.healthcheck.test[0], "CMD");
  assert.equal(app.volumes, ["app-data:/app/data"]);
  assert.equal(Object.keys(doc.volumes), ["pgdata", "app-data"]);
  assert.equal(doc.networks, { backend: null });
  assert.match(merged.content, /\n  app:\n    build: \.\n/, "build: . is the kit's build already and stays as written");
});

test("the app waits for the database until healthy, for a cache without a healthcheck until started, and says so", () => {
  const merged = mergeCompose(USERS, KIT, "app")!;
  const app = parse(merged.content).services.app;
  assert.equal(app.depends_on, { db: { condition: "service_healthy" }, cache: { condition: "service_started" } });
  assert.equal(merged.notes.length, 1);
  assert.match(merged.notes[0], /service cache has no healthcheck, so app can only wait until it has started/);
});

test("a new service for the crate joins the network its databases are on; a service not backing it is not waited for", () => {
  const users = `services:
  db:
    image: mariadb:11
    healthcheck:
      test: ["CMD", "healthcheck.sh", "--connect"]
    networks:
      internal: {}
  grafana:
    image: grafana/grafana:11
    healthcheck:
      test: ["CMD", "true"]
networks:
  internal:
`;
  const merged = mergeCompose(users, KIT, "app")!;
  const doc = parse(merged.content);
  assert.equal(validateCompose(doc), []);
  assert.equal(Object.keys(doc.services), ["db", "grafana", "app"]);
  assert.equal(doc.services.app.depends_on, { db: { condition: "service_healthy" } });
  assert.equal(doc.services.app.networks, ["default", "internal"], "it stays reachable on the default network too");
  assert.equal(merged.notes, []);
  assert.is(merged.content.slice(0, users.indexOf("networks:\n  internal:\n")), users.slice(0, users.indexOf("networks:\n  internal:\n")));
});

test("the service that builds . is the crate's whatever its name; none: the kit's is added; several or anchored: left to the user", () => {
  const named = (users: string) => Object.keys(parse(mergeCompose(users, KIT, "app")!.content).services);
  assert.equal(named("services:\n  api:\n    build:\n      context: ./\n"), ["api"]);
  assert.equal(named("services:\n  web:\n    image: nginx\n"), ["web", "app"]);
  const several = "services:\n  api:\n    build: .\n  worker:\n    build: .\n";
  assert.equal(mergeCompose(several, KIT, "app"), { content: several, notes: ["several services build this crate (api, worker): add the kit's settings to the one that serves by hand (see README.Docker.md)"], keepingEdits: { content: several, notes: ["several services build this crate (api, worker): add the kit's settings to the one that serves by hand (see README.Docker.md)"] } });
  const anchored = "x-common: &common\n  environment:\n    SECRET: abc\nservices:\n  app:\n    <<: *common\n    build: .\n";
  assert.is(mergeCompose(anchored, KIT, "app")!.content, anchored, "writing into it would drop what the anchor gives it");
});

test("scalars stay as compose (YAML 1.1) reads them; tools beside a database, profiles and cycles are not waited for", () => {
  const users = `services:
  db:
    image: postgres:17
    healthcheck: { test: [ "CMD", "pg_isready" ] }
    secrets:
      - source: pw
        mode: 0440
    environment:
      FLAG: yes
  redis-commander:
    image: rediscommander/redis-commander
  cache:
    image: varnish:7
    depends_on: [ app ]
  debug-db:
    image: mysql:8
    profiles: [ debug ]
  app:
    build: .
    depends_on:
      db:
        condition: service_started
        restart: true
`;
  const merged = mergeCompose(users, KIT, "app")!;
  assert.match(merged.content, /mode: 0440\n/);
  assert.match(merged.content, /FLAG: yes\n/);
  assert.match(merged.content, /healthcheck: \{ test: \[ "CMD", "pg_isready" \] \}/, "the user's padded flow style is kept");
  assert.equal(parse(merged.content).services.app.depends_on, { db: { condition: "service_healthy", restart: true } });
  assert.equal(merged.notes, []);
});

test("--conflict merge keeps what the user set for the kit's keys, and says which; their values unchanged since are the kit's", () => {
  const merged = mergeCompose(USERS, KIT, "app")!;
  const app = parse(merged.keepingEdits.content).services.app;
  assert.is(app.restart, "always");
  assert.equal(app.environment, ["DATABASE_URL=postgres://postgres:secret@db/app", "PORT=3000", "APP_HOST=0.0.0.0"]);
  assert.is(app.read_only, true, "keys the user never set are added");
  assert.ok(merged.keepingEdits.notes.some((n) => /kept your `restart` in service app/.test(n)), merged.keepingEdits.notes.join("\n"));

  // After a run that wrote the kit's file: only what the user changed since is theirs.
  const edited = KIT.replace("restart: unless-stopped", "restart: on-failure").replace('APP_HOST: "0.0.0.0"', 'APP_HOST: "::"');
  const next = KIT.replace("stop_grace_period: 15s", "stop_grace_period: 20s").replace('APP_HOST: "0.0.0.0"', 'APP_HOST: "0.0.0.0"\n      EXTRA: "1"');
  const rerun = mergeCompose(edited, next, "app", KIT)!;
  const again = parse(rerun.keepingEdits.content).services.app;
  assert.is(again.restart, "on-failure");
  assert.is(again.environment.APP_HOST, "::");
  assert.is(again.environment.EXTRA, "1");
  assert.is(again.stop_grace_period, "20s");
  assert.equal(rerun.keepingEdits.notes, ["kept your `environment: APP_HOST`, `restart` in service app, where the kit's own values differ (--conflict overwrite takes the kit's)"]);
  assert.is(parse(rerun.content).services.app.restart, "unless-stopped");
});

test("what the kit wrote last time and writes no more goes, unless the user changed it; a host side is the user's", () => {
  const before = KIT.replace("    read_only: true\n", "    read_only: true\n    init: true\n");
  assert.not.ok("init" in parse(mergeCompose(before, KIT, "app", before)!.content).services.app);
  const changed = before.replace("init: true", "init: false").replace('"3000:3000"', '"127.0.0.1:3000:3000"');
  const moved = KIT.replace('"3000:3000"', '"4000:4000"');
  const merged = mergeCompose(changed, moved, "app", before)!;
  for (const text of [merged.content, merged.keepingEdits.content]) {
    assert.is(parse(text).services.app.init, false);
    assert.equal(parse(text).services.app.ports, ["127.0.0.1:3000:3000", "4000:4000"]);
  }
  // The user's host side for the kit's own container port stays, under every policy.
  const loopback = mergeCompose(USERS.replace('"3000:3000"', '"127.0.0.1:9000:3000"'), KIT, "app")!;
  assert.equal(parse(loopback.content).services.app.ports, ["127.0.0.1:9000:3000", "9100:9100"]);
  // A key the user removed after the kit wrote it stays removed when merging.
  const removed = mergeCompose(KIT.replace("    read_only: true\n", ""), KIT, "app", KIT)!;
  assert.not.ok("read_only" in parse(removed.keepingEdits.content).services.app);
  assert.match(removed.keepingEdits.notes.join("\n"), /kept your `read_only \(removed\)`/);
  // A data volume the kit no longer mounts is unmounted; the top-level volume stays (it may hold data).
  const unmounted = KIT.replace("    volumes:\n      - app-data:/app/data\n", "");
  const doc = parse(mergeCompose(KIT, unmounted, "app", KIT)!.content);
  assert.not.ok("volumes" in doc.services.app);
  assert.equal(Object.keys(doc.volumes), ["app-data"]);
});

test("merging is idempotent: the merged file merged again is the same", () => {
  const once = mergeCompose(USERS, KIT, "app")!;
  assert.is(mergeCompose(once.content, KIT, "app", KIT)!.content, once.content);
  assert.is(mergeCompose(once.keepingEdits.content, KIT, "app", KIT)!.keepingEdits.content, once.keepingEdits.content);
});

test("not a compose file with a services map: no merge (handled as a whole file)", () => {
  assert.is(mergeCompose("services: [a\n", KIT, "app"), undefined);
  assert.is(mergeCompose("version: '3'\n", KIT, "app"), undefined);
  assert.is(mergeCompose("services:\n  - a\n", KIT, "app"), undefined);
});

test("the real template's compose file merges into a user's file and passes the Compose schema", async () => {
  const files = await render(options({ name: "orders" }));
  const generated = files.get("compose.yaml")!;
  const users = "services:\n  postgres:\n    image: postgres:17\n    healthcheck:\n      test: [CMD, pg_isready]\n";
  const merged = mergeCompose(users, generated, "orders")!;
  const doc = parse(merged.content);
  assert.equal(validateCompose(doc), []);
  assert.equal(doc.services.orders, { ...parse(generated).services.orders, depends_on: { postgres: { condition: "service_healthy" } } });
  assert.equal(parse(mergeCompose(generated, generated, "orders")!.content), parse(generated), "the kit's own file merges to itself");
});

test("the kit's database, cache and observability profile are added beside the user's services; a kind the user already runs is theirs, and the app is left to reach it", async () => {
  const generated = (await render(options({ name: "orders", database: "postgres", cache: "redis" }))).get("compose.yaml")!;
  const plain = parse(mergeCompose("services:\n  worker:\n    image: busybox\n", generated, "orders")!.content);
  assert.equal(validateCompose(plain), []);
  assert.equal(Object.keys(plain.services), ["worker", "orders", "db", "cache", "prometheus", "otel-collector"]);
  assert.equal(plain.services.db, parse(generated).services.db);
  assert.equal(Object.keys(plain.volumes), ["db-data", "cache-data"]);

  const users = "services:\n  postgres:\n    image: postgres:17\n    healthcheck:\n      test: [CMD, pg_isready]\n";
  const merged = mergeCompose(users, generated, "orders")!;
  const doc = parse(merged.content);
  assert.equal(validateCompose(doc), []);
  assert.equal(Object.keys(doc.services), ["postgres", "orders", "cache", "prometheus", "otel-collector"]);
  assert.is(doc.services.orders.environment.DATABASE_URL, undefined, "no variable pointing at a db service that is not there");
  assert.is(doc.services.orders.environment.REDIS_URL, "redis://cache:6379");
  assert.equal(doc.services.orders.depends_on, { cache: { condition: "service_healthy" }, postgres: { condition: "service_healthy" } });
  assert.equal(Object.keys(doc.volumes), ["cache-data"]);
  assert.ok(merged.notes.includes("your file runs postgres as service postgres: the kit adds no db service; point DATABASE_URL at postgres"), merged.notes.join("\n"));
  assert.equal(parse(mergeCompose(merged.content, generated, "orders")!.content), doc, "merging again changes nothing");
});


test("the app's plain passthroughs (NAME: ${NAME}) pass only when set; defaults, other names and other services stay", () => {
  const users = `services:
  app:
    build: .
    environment:
      APP_BIND: \${APP_BIND}
      APP_TITLE: $APP_TITLE
      APP_THREADS: \${APP_THREADS:-4}
      APP_TOKEN: \${APP_TOKEN:?set APP_TOKEN}
      APP_NAME: \${SERVICE_NAME}
      APP_MODE: fast
  worker:
    image: worker:1
    environment:
      - APP_BIND=\${APP_BIND}
`;
  const merged = mergeCompose(users, KIT, "app")!;
  const doc = parse(merged.content);
  assert.equal(validateCompose(doc), []);
  assert.equal(doc.services.app.environment, {
    APP_BIND: null,
    APP_TITLE: null,
    APP_THREADS: "${APP_THREADS:-4}",
    APP_TOKEN: "${APP_TOKEN:?set APP_TOKEN}",
    APP_NAME: "${SERVICE_NAME}",
    APP_MODE: "fast",
    PORT: "3000",
    APP_HOST: "0.0.0.0",
  });
  assert.equal(doc.services.worker.environment, ["APP_BIND=${APP_BIND}"], "a service the kit does not own is the user's");
  assert.ok(merged.notes.some((n) => n.startsWith("`APP_BIND`, `APP_TITLE` in service app now pass through only when set")));
  assert.equal(parse(merged.keepingEdits.content).services.app.environment.APP_BIND, null);
  const again = mergeCompose(merged.content, KIT, "app", KIT)!;
  assert.is(again.content, merged.content);
  assert.not.ok(again.notes.some((n) => n.includes("pass through")), "already valueless: nothing to say");

  const listForm = mergeCompose(`services:\n  app:\n    build: .\n    environment:\n      - APP_BIND=\${APP_BIND}\n      - APP_MODE=\${APP_MODE:-fast}\n`, KIT, "app")!;
  const listed = parse(listForm.content);
  assert.equal(validateCompose(listed), []);
  assert.equal(listed.services.app.environment, ["APP_BIND", "APP_MODE=${APP_MODE:-fast}", "PORT=3000", "APP_HOST=0.0.0.0"]);
});

test.run();
