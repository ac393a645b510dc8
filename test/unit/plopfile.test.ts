// The plopfile on its own (`npm run plop`): its questions follow the option fields, and its answers generate a service.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import fse from "fs-extra";
import path from "node:path";
import nodePlop from "node-plop";
import plopfile from "../../plopfile.js";
import { FIELDS } from "../../generators/options/options.js";
import { ROOT, tempDir } from "../helpers.js";

type Answers = Record<string, unknown>;
interface Question {
  type: string;
  name: string;
  when?: (a: Answers) => boolean;
  default?: unknown;
  choices?: (a: Answers) => { value: string }[];
  validate?: (v: unknown) => true | string;
}

async function serviceGenerator(destBasePath: string) {
  const plop = await nodePlop(undefined, { destBasePath, force: false });
  await plopfile(plop);
  return plop.getGenerator("service");
}

/** Walks the questions as inquirer would: skipped when `when` says so, else the given answer or the default. */
function answer(questions: Question[], given: Answers): { answers: Answers; asked: string[] } {
  const answers: Answers = {};
  const asked: string[] = [];
  for (const q of questions) {
    if (q.when && !q.when(answers)) continue;
    asked.push(q.name);
    const value = q.name in given ? given[q.name] : typeof q.default === "function" ? q.default(answers) : q.default;
    if (q.choices) for (const v of [value].flat()) assert.ok(q.choices(answers).some((c) => c.value === v), `${q.name}: ${v} offered`);
    const verdict = q.validate?.(value) ?? true;
    assert.is(verdict, true, `${q.name}: ${String(verdict)}`);
    answers[q.name] = value;
  }
  return { answers, asked };
}

test("one question per option field, of the matching kind", async () => {
  const questions = (await serviceGenerator(tempDir())).prompts as unknown as Question[];
  assert.equal(questions.map((q) => q.name), ["directory", ...FIELDS.map((f) => f.key)]);
  const typeOf = Object.fromEntries(questions.map((q) => [q.name, q.type]));
  assert.equal([typeOf.framework, typeOf.platforms, typeOf.port, typeOf.offlineBuild], ["list", "checkbox", "input", "confirm"]);
});

test("the allocator question follows the runtime; the answers generate the service", async () => {
  const cwd = tempDir();
  const generator = await serviceGenerator(cwd);
  const questions = generator.prompts as unknown as Question[];
  assert.not.ok(answer(questions, { runtime: "debian-slim" }).asked.includes("allocator"));
  const target = path.join(cwd, "plop-svc");
  const { answers, asked } = answer(questions, { directory: target, runtime: "alpine", deploy: ["compose", "fly"], offlineBuild: true });
  assert.ok(asked.includes("allocator"));
  const { failures } = await generator.runActions(answers);
  assert.equal(failures, []);
  const saved = JSON.parse(fs.readFileSync(path.join(target, ".rust-container.json"), "utf8"));
  assert.equal([saved.runtime, saved.allocator, saved.deploy, saved["offline-build"]], ["alpine", "mimalloc", "compose,fly", true]);
  assert.ok(fs.existsSync(path.join(target, "fly.toml")) && fs.existsSync(path.join(target, ".cargo/config.toml")));
});

test("the container generator runs the kit pipeline: the crate's binary, port, health route and serve command", async () => {
  const dir = path.join(tempDir(), "axum-serve");
  fse.copySync(path.join(ROOT, "test/fixtures/crates/axum-serve"), dir);
  const plop = await nodePlop(undefined, { destBasePath: dir, force: false });
  await plopfile(plop);
  const generator = plop.getGenerator("container");
  const questions = generator.prompts as unknown as Question[];
  assert.not.ok(questions.some((q) => q.name === "port" || q.name === "framework"), "the code says the port; the crate has its framework");
  const { answers } = answer(questions, { directory: dir, runtime: "distroless-cc", deploy: ["compose"] });
  const { failures } = await generator.runActions(answers);
  assert.equal(failures, []);
  const dockerfile = fs.readFileSync(path.join(dir, "Dockerfile"), "utf8");
  assert.match(dockerfile, /--bin axum-serve/);
  assert.match(dockerfile, /EXPOSE 3000\n/);
  assert.match(dockerfile, /CMD \["serve", "--host", "0\.0\.0\.0", "--port", "3000"\]/);
  assert.match(dockerfile, /"http:\/\/127\.0\.0\.1:3000\/healthz"/);
});

test.run();
