import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  ANSWERS_FILE,
  ANSWERS_VERSION,
  answersFileText,
  contentHash,
  readAnswersFile,
  withFileHashes,
  type SavedAnswers,
} from "../../generators/options/answers-file.js";
import { UserError } from "../../generators/errors.js";
import { tempDir } from "../helpers.js";

const HASH = contentHash("FROM scratch\n");

/** Reads `text` as the answers file of a fresh directory. */
function read(text: string): SavedAnswers | undefined {
  const file = path.join(tempDir("crc-answers-"), ANSWERS_FILE);
  fs.writeFileSync(file, text);
  return readAnswersFile(file);
}

test("what is written is read back as the command line would give it, hashes included", () => {
  const text = withFileHashes(
    answersFileText("container-kit", { runtime: "alpine", port: 3000, "offline-build": true, bin: "api", env: "A=1 B=2", "no-default-features": true }),
    { "compose.yaml": HASH, Dockerfile: HASH },
  );
  assert.equal(Object.keys(JSON.parse(text)), ["generatedAs", "answers", "runtime", "port", "offline-build", "bin", "env", "no-default-features", "files"]);
  assert.is(JSON.parse(text).answers, ANSWERS_VERSION);
  assert.equal(Object.keys(JSON.parse(text).files), ["Dockerfile", "compose.yaml"], "in path order");
  assert.ok(text.endsWith("}\n"));
  assert.equal(read(text), {
    raw: { runtime: "alpine", port: "3000", offlineBuild: "true" },
    rawKit: { bin: "api", env: "A=1 B=2", "no-default-features": "true" },
    generatedAs: "container-kit",
    files: { "compose.yaml": HASH, Dockerfile: HASH },
  });
});

// [what the file holds, the kit answers read from it]
const VERSIONS: [string, Record<string, unknown>, Record<string, string>][] = [
  ["a kit's file from before version 2: the command and healthcheck were read from the code", { generatedAs: "container-kit", cmd: "serve", healthcheck: "probe", "health-path": "/up", bin: "api" }, { bin: "api" }],
  ["a kit's file of version 2: they were given", { generatedAs: "container-kit", answers: 2, cmd: "serve", healthcheck: "probe", "health-path": "/up" }, { cmd: "serve", healthcheck: "probe", "health-path": "/up" }],
  ["a service's file from before version 2: its healthcheck is its own", { generatedAs: "service", "healthcheck-cmd": "healthcheck" }, { "healthcheck-cmd": "healthcheck" }],
  ["the mode switch is no answer", { generatedAs: "container-kit", answers: 2, existing: true }, {}],
];
for (const [name, saved, rawKit] of VERSIONS)
  test(`versions: ${name}`, () => {
    assert.equal(read(JSON.stringify(saved))?.rawKit, rawKit);
  });

test("a record that is not a hash is dropped (that file counts as edited); an unknown origin is none", () => {
  const saved = read(JSON.stringify({ generatedAs: "elsewhere", files: { Dockerfile: HASH, "compose.yaml": "sha256-xyz", ".dockerignore": 7 } }));
  assert.equal(saved?.files, { Dockerfile: HASH });
  assert.is(saved?.generatedAs, undefined);
});

test("no file is no answers; a file that is not a JSON object is the user's to fix", () => {
  assert.is(readAnswersFile(path.join(tempDir("crc-answers-"), ANSWERS_FILE)), undefined);
  for (const text of ["{", "[]", "null"]) assert.throws(() => read(text), (e: unknown) => e instanceof UserError && /is not valid: .*; fix or delete it$/.test((e as Error).message));
});

test.run();
