// Re-runs on a generated repository: files nobody edited update silently, edited ones conflict or merge, nothing is lost.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "../../generators/options/answers-file.js";
import { crlfCopy, readTree, runCli, tempDir } from "../helpers.js";

const snapshot = (dir: string) => Object.fromEntries(readTree(dir));
const record = (dir: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(dir, ".rust-container.json"), "utf8")).files;
const line = (stdout: string, mark: string, file: string) => new RegExp(`^\\s+${mark}\\s+${file.replace(/\./g, "\\.")}\\b`, "m").test(stdout);

/** A fresh service whose .dockerignore the user edited (a line of their own at the top). */
function scaffoldAndEdit(): { cwd: string; dir: string; edited: string } {
  const cwd = tempDir("crc-rerun-");
  const r = runCli(["svc", "--yes", "--no-lockfile"], cwd);
  assert.is(r.status, 0, r.stderr);
  const dir = path.join(cwd, "svc");
  const generated = snapshot(dir);
  for (const [file, hash] of Object.entries(record(dir))) assert.is(hash, contentHash(generated[file]), `recorded hash of ${file}`);
  const edited = `# ours: keep local secrets out\nsecrets/\n${generated[".dockerignore"]}`;
  fs.writeFileSync(path.join(dir, ".dockerignore"), edited);
  return { cwd, dir, edited };
}

const RERUN = ["--yes", "--no-lockfile", "--deploy", "fly", "--port", "9000"];

test("an edited file stops the re-run (exit 2, nothing written); the untouched ones would update", () => {
  const { cwd, dir } = scaffoldAndEdit();
  const before = snapshot(dir);
  const r = runCli(["svc", ...RERUN], cwd);
  assert.is(r.status, 2, r.stdout);
  assert.match(r.stderr, /^error: \.dockerignore already exists and differs: choose --conflict skip\|overwrite\|backup\|merge/m);
  assert.equal(snapshot(dir), before);
  const plan = runCli(["svc", ...RERUN, "--dry-run"], cwd);
  for (const f of ["Dockerfile", "compose.yaml"]) assert.ok(line(plan.stdout, "update", f), `${f} in:\n${plan.stdout}`);
  assert.ok(line(plan.stdout, "differs", ".dockerignore"), plan.stdout);
});

test("--conflict merge: untouched files update, the edited one keeps both sides, hashes renewed, nothing lost", () => {
  const { cwd, dir } = scaffoldAndEdit();
  const before = snapshot(dir);
  const r = runCli(["svc", ...RERUN, "--conflict", "merge"], cwd);
  assert.is(r.status, 0, r.stderr);
  for (const f of ["Dockerfile", "compose.yaml"]) assert.ok(line(r.stdout, "update", f), `${f} in:\n${r.stdout}`);
  assert.ok(line(r.stdout, "merge", ".dockerignore"), r.stdout);
  assert.ok(line(r.stdout, "create", "fly.toml"), r.stdout);
  const after = snapshot(dir);
  assert.match(after.Dockerfile, /^EXPOSE 9000$/m);
  assert.match(after["compose.yaml"], /"9000:9000"/);
  const ignore = after[".dockerignore"];
  assert.ok(ignore.startsWith("# ours: keep local secrets out\nsecrets/\n"), "the user's lines stay");
  assert.match(ignore, /^fly\.toml$/m, "the new version's line arrives");
  assert.not.match(ignore, /<<<<<<<|>>>>>>>/);
  // Nothing else the user had changed; every file the tool wrote is recorded as this run generated it.
  for (const f of ["Cargo.toml", "src/main.rs", "README.md"]) assert.is(after[f], before[f], f);
  const files = record(dir);
  for (const f of ["Dockerfile", "compose.yaml", "fly.toml"]) assert.is(files[f], contentHash(after[f]), f);
  assert.is.not(files[".dockerignore"], contentHash(ignore), "the merged file is the user's, not what was generated");
  // A second identical run finds nothing to do: the merge is stable and nothing is asked.
  const again = runCli(["svc", "--yes", "--no-lockfile", "--conflict", "merge"], cwd);
  assert.is(again.status, 0, again.stderr);
  assert.equal(snapshot(dir), after);
});

test("--conflict merge leaves standard markers only where both sides changed the same lines", () => {
  const { cwd, dir } = scaffoldAndEdit();
  const dockerfile = path.join(dir, "Dockerfile");
  fs.writeFileSync(dockerfile, fs.readFileSync(dockerfile, "utf8").replace(/^EXPOSE 8080$/m, "EXPOSE 8080/tcp"));
  const r = runCli(["svc", ...RERUN, "--conflict", "merge"], cwd);
  assert.is(r.status, 0, r.stderr);
  assert.ok(line(r.stdout, "merge !", "Dockerfile"), r.stdout);
  assert.match(r.stderr, /conflict markers in Dockerfile/);
  const merged = fs.readFileSync(dockerfile, "utf8");
  assert.match(merged, /<<<<<<< Dockerfile \(yours\)\nEXPOSE 8080\/tcp\n=======\nEXPOSE 9000\n>>>>>>> Dockerfile \(generated now\)\n/);
  assert.is(merged.match(/<<<<<<</g)?.length, 1, "one conflict; the other port changes merged cleanly");
  assert.match(merged, /PORT=9000/);
});

test("--conflict merge of the compose file goes key by key: no markers, the user's edited port mapping kept and named", () => {
  const { cwd, dir } = scaffoldAndEdit();
  const compose = path.join(dir, "compose.yaml");
  fs.writeFileSync(compose, fs.readFileSync(compose, "utf8").replace('"8080:8080"', '"127.0.0.1:8080:8080"'));
  const r = runCli(["svc", ...RERUN, "--conflict", "merge"], cwd);
  assert.is(r.status, 0, r.stderr);
  assert.ok(line(r.stdout, "merge", "compose.yaml"), r.stdout);
  assert.match(r.stdout, /your `ports: 127\.0\.0\.1:8080:8080` in service svc stays as you changed it, though the kit no longer writes it/);
  const merged = fs.readFileSync(compose, "utf8");
  assert.not.match(merged, /<<<<<<<|>>>>>>>/);
  assert.match(merged, /- "127\.0\.0\.1:8080:8080"\n\s+- "9000:9000"\n/);
  assert.match(merged, /PORT: "9000"/);
});

test("skip keeps the edited file and its old record, so the next run still treats it as edited", () => {
  const { cwd, dir, edited } = scaffoldAndEdit();
  const recorded = record(dir)[".dockerignore"];
  const r = runCli(["svc", ...RERUN, "--conflict", "skip"], cwd);
  assert.is(r.status, 0, r.stderr);
  assert.is(fs.readFileSync(path.join(dir, ".dockerignore"), "utf8"), edited);
  assert.is(record(dir)[".dockerignore"], recorded);
  const again = runCli(["svc", "--yes", "--no-lockfile"], cwd);
  assert.is(again.status, 2, "still a conflict, never overwritten silently");
});

test("a file exactly as an older version wrote it is updated by a newer one (its recorded hash matches)", () => {
  const cwd = tempDir("crc-rerun-");
  assert.is(runCli(["svc", "--yes", "--no-lockfile"], cwd).status, 0);
  const dir = path.join(cwd, "svc");
  const current = snapshot(dir).Dockerfile;
  // As an older release would have left it: other content, recorded by that release.
  const older = current.replace(/^HEALTHCHECK .*$/m, "HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=3 \\");
  const answersFile = path.join(dir, ".rust-container.json");
  const answers = JSON.parse(fs.readFileSync(answersFile, "utf8"));
  answers.files.Dockerfile = contentHash(older);
  fs.writeFileSync(answersFile, JSON.stringify(answers, null, 2) + "\n");
  fs.writeFileSync(path.join(dir, "Dockerfile"), older);
  const r = runCli(["svc", "--yes", "--no-lockfile"], cwd);
  assert.is(r.status, 0, r.stderr);
  assert.ok(line(r.stdout, "update", "Dockerfile"), r.stdout);
  assert.is(fs.readFileSync(path.join(dir, "Dockerfile"), "utf8"), current);
});

test("a repository checked out with CRLF (Windows, core.autocrlf) re-runs as its LF original; the files it had stay CRLF", () => {
  const lfCwd = tempDir("crc-rerun-");
  assert.is(runCli(["svc", "--yes", "--no-lockfile"], lfCwd).status, 0);
  const crlfCwd = tempDir("crc-rerun-crlf-");
  fs.renameSync(crlfCopy(path.join(lfCwd, "svc")), path.join(crlfCwd, "svc"));
  const had = new Set(Object.keys(snapshot(path.join(crlfCwd, "svc"))));
  const crlf = (text: string) => text.replace(/\n/g, "\r\n");
  const report = (stdout: string) => stdout.slice(stdout.indexOf("Files:"), stdout.indexOf("Detected:"));
  for (const args of [["--yes", "--no-lockfile"], RERUN]) {
    const [lf, checkout] = [lfCwd, crlfCwd].map((cwd) => runCli(["svc", ...args], cwd));
    assert.is(checkout.status, 0, checkout.stderr);
    assert.is(report(checkout.stdout), report(lf.stdout), "the same decision for every file: none differs for its line endings");
    const expected = Object.entries(snapshot(path.join(lfCwd, "svc"))).map(([f, text]) => [f, had.has(f) ? crlf(text) : text]);
    assert.equal(snapshot(path.join(crlfCwd, "svc")), Object.fromEntries(expected));
  }
  const preview = runCli(["svc", ...RERUN, "--dry-run"], crlfCwd).stdout;
  assert.ok(line(preview, "unchanged", "Dockerfile") && !/^--- a\//m.test(preview), preview);
  assert.ok(!had.has("fly.toml") && !snapshot(path.join(crlfCwd, "svc"))["fly.toml"].includes("\r"), "a new file is written with LF");
});

test.run();
