// The parts of a generated tree one catalog row decides, cut out with each file's own parser, and a snapshot's text.
import { DockerfileParser } from "dockerfile-ast";
import { structuredPatch } from "diff";
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { ANSWERS_FILE } from "../../generators/options/answers-file.js";

/** A titled piece of a snapshot: a whole file, a file's section, or the lines a row changes. */
export type Part = [title: string, text: string];

const endsOneNewline = (text: string) => text.replace(/\n*$/, "\n");

/** One file per row: each part under a `==> title <==` line, as `head` prints several files. */
export const snapshotText = (parts: Part[]) => parts.map(([title, text]) => `==> ${title} <==\n${endsOneNewline(text)}`).join("\n");

/** The parts of a stored snapshot by title, as snapshotText wrote them. */
export function snapshotParts(snapshot: string): Map<string, string> {
  const [, ...pieces] = snapshot.split(/^==> (.+) <==\n/m);
  const parts = new Map<string, string>();
  for (let i = 0; i < pieces.length; i += 2) parts.set(pieces[i], endsOneNewline(pieces[i + 1]));
  return parts;
}

/** Whether a part reads as snapshotParts returns it. */
export const samePart = (stored: string | undefined, text: string) => stored === endsOneNewline(text);

/** Every file passes the parser of its kind; returns what failed. */
export function parseProblems(files: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    try {
      if (file.endsWith(".toml")) parseToml(text);
      else if (/\.ya?ml$/.test(file)) parseYaml(text, { prettyErrors: true });
      else if (file.endsWith(".json")) JSON.parse(text);
      else if (file === "Dockerfile" && DockerfileParser.parse(text).getFROMs().length === 0) problems.push("Dockerfile: no FROM");
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message}`);
    }
  }
  return problems;
}

interface Stage {
  name: string | undefined;
  /** The FROM instruction with the comment block right above it. */
  from: string;
  /** The stage's other lines, up to the comment block of the next FROM. */
  body: string;
}

/** A Dockerfile's stages, cut at the FROM instructions dockerfile-ast finds. */
export function dockerfileStages(dockerfile: string): Stage[] {
  const lines = dockerfile.split("\n");
  const froms = DockerfileParser.parse(dockerfile).getFROMs();
  const commentStart = (line: number) => {
    while (line > 0 && lines[line - 1].startsWith("#")) line--;
    return line;
  };
  return froms.map((from, i) => {
    const { start, end } = from.getRange();
    const next = i + 1 < froms.length ? commentStart(froms[i + 1].getRange().start.line) : lines.length;
    return {
      name: from.getBuildStage() ?? undefined,
      from: lines.slice(commentStart(start.line), end.line + 1).join("\n"),
      body: lines.slice(end.line + 1, next).join("\n").trim(),
    };
  });
}

/** The final (runtime) stage without its LABEL, whose description is the service's, not the runtime image's. */
export function runtimeStage(dockerfile: string): string {
  const runtime = dockerfileStages(dockerfile).at(-1)!;
  const text = `${runtime.from}\n${runtime.body}\n`;
  const labels = DockerfileParser.parse(text).getInstructions().filter((i) => i.getKeyword() === "LABEL");
  const lines = text.split("\n");
  return lines.filter((_, n) => !labels.some((l) => n >= l.getRange().start.line && n <= l.getRange().end.line)).join("\n");
}

/** The build stage's package installs (apk or apt-get), which the builder family and the TLS stack decide. */
export function buildPackageRuns(dockerfile: string): string {
  const build = dockerfileStages(dockerfile).find((s) => s.name === "build")!;
  const lines = build.body.split("\n");
  return DockerfileParser.parse(build.body)
    .getInstructions()
    .filter((i) => i.getKeyword() === "RUN" && /^(apk|apt-get) /.test(i.getArgumentsContent() ?? ""))
    .map((i) => lines.slice(i.getRange().start.line, i.getRange().end.line + 1).join("\n"))
    .join("\n");
}

/** One table of a TOML file (dotted key), printed again under its header. */
export function tomlTable(toml: string, key: string): string {
  const table = key.split(".").reduce<Record<string, unknown> | undefined>((t, k) => t?.[k] as Record<string, unknown> | undefined, parseToml(toml));
  if (table === undefined) return "(none)";
  return stringifyToml(key.split(".").reduceRight<Record<string, unknown>>((inner, k) => ({ [k]: inner }), table));
}

/** The entries of a Cargo.toml dependency table that `withRow` adds or changes against `without`. */
export function changedDependencies(withRow: string, without: string, table = "dependencies"): string {
  const [a, b] = [parseToml(withRow)[table], parseToml(without)[table]] as Record<string, unknown>[];
  const changed = Object.entries(a ?? {}).filter(([name, dep]) => JSON.stringify(dep) !== JSON.stringify(b?.[name]));
  const removed = Object.keys(b ?? {}).filter((name) => !Object.hasOwn(a ?? {}, name));
  if (!changed.length && !removed.length) return "(none)";
  return [stringifyToml({ [table]: Object.fromEntries(changed) }).trim(), ...removed.map((name) => `# removed: ${name}`)].join("\n");
}

/** The lines `after` changes against `before`, hunk by hunk, without line numbers (a shift elsewhere changes nothing). */
export function changedLines(before: string, after: string): string {
  const { hunks } = structuredPatch("", "", before, after, "", "", { context: 0 });
  return hunks.length ? hunks.map((h) => `@@\n${h.lines.join("\n")}`).join("\n") : "(none)";
}

/** The answers file without its `files` hashes, which follow every other file's content rather than the answers. */
export function savedAnswers(answersJson: string): string {
  const { files: _hashes, ...answers } = JSON.parse(answersJson) as Record<string, unknown>;
  return JSON.stringify(answers, null, 2);
}

/** .env holds a password made for each run: its value is not compared. */
export const withoutSecrets = (p: string, c: string) => (p === ".env" ? c.replace(/^(POSTGRES_PASSWORD=)[\w-]+$/m, "$1(random)") : c);

/** What a row changes in a whole tree against a baseline tree: new files whole, changed files as changed lines. */
export function treeChanges(base: Map<string, string>, withRow: Map<string, string>): Part[] {
  const parts: Part[] = [];
  for (const [file, rendered] of [...withRow].sort(([a], [b]) => a.localeCompare(b))) {
    const text = withoutSecrets(file, rendered);
    const before = base.has(file) ? withoutSecrets(file, base.get(file)!) : undefined;
    if (file === ANSWERS_FILE) {
      if (before === undefined || savedAnswers(before) !== savedAnswers(text)) parts.push([`${file} (answers)`, changedLines(before ? savedAnswers(before) : "", savedAnswers(text))]);
    } else if (before === undefined) parts.push([`${file} (new)`, text]);
    else if (before !== text) parts.push([`${file} (changed lines)`, changedLines(before, text)]);
  }
  for (const file of [...base.keys()].filter((f) => !withRow.has(f)).sort()) parts.push([`${file} (not written)`, ""]);
  return parts;
}
