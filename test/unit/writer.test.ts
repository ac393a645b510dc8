import { test } from "uvu";
import { UserError } from "../../generators/errors.js";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../../generators/options/answers-file.js";
import { checkTarget, classify, commit, decide, meaningfulEntries } from "../../generators/write/writer.js";
import { readTree, tempDir } from "../helpers.js";

const plan = [
  { path: "Dockerfile", content: "FROM scratch\n" },
  { path: "src/main.rs", content: "fn main() {}\n" },
  { path: "compose.yaml", content: "services: {}\n" },
];

const snapshot = (dir: string) => Object.fromEntries(readTree(dir));

test("classify: create, unchanged, conflict", () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM scratch\n");
  fs.writeFileSync(path.join(dir, "compose.yaml"), "mine\n");
  assert.equal(
    classify(dir, plan).map((f) => [f.path, f.status]),
    [["Dockerfile", "unchanged"], ["src/main.rs", "create"], ["compose.yaml", "conflict"]],
  );
});

test("classify: a file still as an earlier run wrote it (its recorded hash) is an update, an edited one a conflict", () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM old\n");
  fs.writeFileSync(path.join(dir, "compose.yaml"), "services: {} # edited\n");
  const recorded = { Dockerfile: contentHash("FROM old\n"), "compose.yaml": contentHash("services: {}\n# as generated\n") };
  assert.equal(
    classify(dir, plan, recorded).map((f) => [f.path, f.status]),
    [["Dockerfile", "update"], ["src/main.rs", "create"], ["compose.yaml", "conflict"]],
  );
});

test("decide: updates need no policy; merge is three-way against the base, markers only where both sides changed", async () => {
  const dir = tempDir();
  const base = "a\nb\nc\nd\ne\nf\ng\n";
  fs.writeFileSync(path.join(dir, "Dockerfile"), "FROM old\n");
  fs.writeFileSync(path.join(dir, "compose.yaml"), "a\nb\nc\nd\ne\nf\ng\nmine\n");
  fs.writeFileSync(path.join(dir, "src.txt"), "a\nB-mine\nc\n");
  const files = classify(
    dir,
    [
      { path: "Dockerfile", content: "FROM new\n" },
      { path: "compose.yaml", content: "A\nb\nc\nd\ne\nf\ng\n" },
      { path: "src.txt", content: "a\nB-new\nc\n" },
    ],
    { Dockerfile: contentHash("FROM old\n") },
  );
  const bases: Record<string, string> = { "compose.yaml": base, "src.txt": "a\nb\nc\n" };
  const decided = await decide(files, "merge", { base: (p) => bases[p] });
  assert.equal(decided.map((f) => f.decision), ["update", "merge", "merge"]);
  assert.is(decided[1].content, "A\nb\nc\nd\ne\nf\ng\nmine\n");
  assert.is(decided[1].conflicts, 0);
  assert.is(decided[1].generated, "A\nb\nc\nd\ne\nf\ng\n");
  assert.is(decided[2].conflicts, 1);
  assert.match(decided[2].content, /^a\n<<<<<<< src\.txt \(yours\)\nB-mine\n=======\nB-new\n>>>>>>> src\.txt \(generated now\)\nc\n$/);
  // Without an update, abort still stops at the edited files only.
  await decide(files.filter((f) => f.status === "update"), "abort");
});

test("line endings alone never differ: a CRLF file is unchanged, updated by its record, merged line by line, and stays CRLF", async () => {
  const dir = tempDir();
  const crlf = (text: string) => text.replace(/\n/g, "\r\n");
  fs.writeFileSync(path.join(dir, "Dockerfile"), crlf("FROM scratch\n"));
  fs.writeFileSync(path.join(dir, "compose.yaml"), crlf("services: {}\n# old\n"));
  fs.mkdirSync(path.join(dir, "src"));
  fs.writeFileSync(path.join(dir, "src/main.rs"), crlf("// mine\nfn main() {}\n"));
  const files = classify(
    dir,
    [...plan.slice(0, 2), { path: "compose.yaml", content: "services: {}\n# new\n" }],
    { "compose.yaml": contentHash("services: {}\n# old\n") },
  );
  assert.equal(files.map((f) => [f.path, f.status, f.crlf]), [["Dockerfile", "unchanged", true], ["src/main.rs", "conflict", true], ["compose.yaml", "update", true]]);
  assert.is(files[1].existing, "// mine\nfn main() {}\n");
  const decided = await decide(files, "merge", { base: () => "fn main() {}\n" });
  assert.equal(decided.map((f) => [f.decision, f.conflicts]), [["skip", undefined], ["merge", 0], ["update", undefined]]);
  commit(dir, decided);
  assert.equal(snapshot(dir), { Dockerfile: crlf("FROM scratch\n"), "src/main.rs": crlf("// mine\nfn main() {}\n"), "compose.yaml": crlf("services: {}\n# new\n") });
  assert.equal(classify(dir, [{ path: "compose.yaml", content: "services: {}\n# new\n" }]).map((f) => f.status), ["unchanged"]);
});

test("decide: abort names every conflicting file; policies apply to conflicts only", async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "mine\n");
  fs.writeFileSync(path.join(dir, "compose.yaml"), "mine\n");
  const files = classify(dir, plan);
  try {
    await decide(files, "abort");
    assert.unreachable();
  } catch (e) {
    assert.instance(e, UserError);
    assert.match((e as Error).message, /^Dockerfile, compose\.yaml already exist and differ/);
  }
  assert.equal((await decide(files, "skip")).map((f) => f.decision), ["skip", "write", "skip"]);
  assert.equal((await decide(files, "backup")).map((f) => f.decision), ["backup", "write", "backup"]);
  assert.equal((await decide(files, "abort", { resolver: async () => "overwrite" })).map((f) => f.decision), ["overwrite", "write", "overwrite"]);
});

test("commit writes new files, backs up and overwrites as decided", async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "mine\n");
  fs.writeFileSync(path.join(dir, "Dockerfile.orig"), "older backup\n");
  fs.writeFileSync(path.join(dir, "compose.yaml"), "mine too\n");
  const files = (await decide(classify(dir, plan), "backup")).map((f) =>
    f.path === "compose.yaml" ? { ...f, decision: "overwrite" as const } : f,
  );
  commit(dir, files);
  assert.equal(snapshot(dir), {
    "Dockerfile": "FROM scratch\n",
    "Dockerfile.orig": "older backup\n",
    "Dockerfile.orig.1": "mine\n",
    "compose.yaml": "services: {}\n",
    "src/main.rs": "fn main() {}\n",
  });
});

test("a failure part-way leaves an existing directory exactly as it was", async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "mine\n");
  fs.writeFileSync(path.join(dir, "notes.txt"), "keep\n");
  const before = snapshot(dir);
  for (const policy of ["overwrite", "backup"] as const) {
    const files = await decide(classify(dir, plan), policy);
    assert.throws(
      () => commit(dir, files, { afterStage: (n) => { if (n === 2) throw new Error("disk full"); } }),
      /disk full/,
    );
    assert.equal(snapshot(dir), before, policy);
    // No directory it created (src/, the staging area) is left behind either.
    assert.equal(fs.readdirSync(dir).sort(), ["Dockerfile", "notes.txt"], policy);
  }
});

test("a failure while moving into place rolls back renames and created directories", async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "Dockerfile"), "mine\n");
  const before = snapshot(dir);
  // compose.yaml's final path is made unwritable after staging by putting a directory in its place.
  const files = await decide(classify(dir, plan), "overwrite");
  assert.throws(() =>
    commit(dir, files, { afterStage: (n) => { if (n === 3) fs.mkdirSync(path.join(dir, "compose.yaml", "x"), { recursive: true }); } }),
  );
  fs.rmSync(path.join(dir, "compose.yaml"), { recursive: true });
  assert.equal(snapshot(dir), before);
  assert.equal(fs.readdirSync(dir), ["Dockerfile"]);
});

test("a target directory that did not exist is removed again on failure", async () => {
  const dir = path.join(tempDir(), "new", "svc");
  const files = await decide(classify(dir, plan), "abort");
  assert.throws(() => commit(dir, files, { afterStage: () => { throw new Error("boom"); } }));
  assert.not.ok(fs.existsSync(path.dirname(dir)));
});

test("checkTarget refuses a file as target and a file where a directory is needed", () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, "afile"), "");
  assert.throws(() => checkTarget(path.join(dir, "afile"), plan), /is not a directory/);
  fs.writeFileSync(path.join(dir, "src"), "");
  assert.throws(() => checkTarget(dir, plan), /src is a file, but src\/main\.rs needs it to be a directory/);
});

test("meaningfulEntries ignores .git", () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, ".git"));
  assert.equal(meaningfulEntries(dir), []);
  fs.writeFileSync(path.join(dir, "x"), "");
  assert.equal(meaningfulEntries(dir), ["x"]);
});

test.run();
