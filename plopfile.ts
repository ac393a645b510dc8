// The plop entry: generators "service" (a new repository) and "container" (the container kit for an existing crate).
// `npm run plop` drives them with plop's own prompts; the create-rust-container CLI runs the same actions.
import path from "node:path";
import type { NodePlopAPI } from "node-plop";
import { registerActionTypes, renderAndWrite, runActions, startRun, type RunState } from "./generators/write/generate.js";
import { FIELDS, KIT_FIELDS, allowedChoices, resolveAnswers, withDefaults, type RawAnswers } from "./generators/options/options.js";
import { UserError } from "./generators/errors.js";

type PlopAnswers = { run?: RunState; directory?: string } & Record<string, unknown>;

const KIT_ACTION = "rust-container:kit";

/** Plop's inquirer 9 questions, one per option field, validated by the same parser the flags use. */
function plopPrompts(fields: readonly (typeof FIELDS)[number][] = FIELDS, directory = "rust-service") {
  return [
    { type: "input", name: "directory", message: "Target directory", default: directory },
    ...fields.map((f) => ({
      type: { select: "list", multi: "checkbox", switch: "confirm", text: "input" }[f.kind],
      name: f.key,
      message: f.prompt,
      when: (answers: Record<string, unknown>) => f.askWhen?.(resolveAnswers(toRaw(answers)).options) ?? true,
      choices: f.choices
        ? (answers: Record<string, unknown>) =>
            allowedChoices(f, resolveAnswers(toRaw(answers)).options).map((value) => ({ value, name: value }))
        : undefined,
      default: (answers: Record<string, unknown>) => {
        const value = f.defaultValue(resolveAnswers(toRaw(answers)).options, String(answers.directory ?? "."));
        return Array.isArray(value) || typeof value === "string" || typeof value === "boolean" ? value : String(value);
      },
      validate: (value: unknown) => {
        const parsed = f.parse(Array.isArray(value) ? value.join(",") : String(value));
        return "error" in parsed ? parsed.error : true;
      },
    })),
  ];
}

function toRaw(answers: Record<string, unknown>): RawAnswers {
  const raw: RawAnswers = {};
  for (const f of FIELDS) {
    const v = answers[f.key];
    if (v !== undefined) raw[f.key] = Array.isArray(v) ? v.join(",") : String(v);
  }
  return raw;
}

/** From plop's own prompts: the same resolution the CLI does, with the safe defaults (no overwrites). */
function runFromPlopAnswers(answers: PlopAnswers): RunState {
  const targetDir = path.resolve(answers.directory ?? ".");
  const { options, problems } = resolveAnswers(toRaw(answers));
  if (problems.length) throw new UserError(problems.join("; "));
  return startRun({
    mode: "new",
    options: withDefaults(options, targetDir),
    settings: { targetDir, force: false, dryRun: false },
  });
}

export default function plopfile(plop: NodePlopAPI): void {
  registerActionTypes(plop);
  plop.setGenerator("service", {
    description: "a new Rust web service repository with its container kit",
    prompts: plopPrompts(),
    actions: (answers) => runActions((answers as PlopAnswers).run ?? runFromPlopAnswers(answers as PlopAnswers)),
  });
  // An existing crate goes through the kit pipeline (detection decides the binary, port, healthcheck and CMD), so
  // its questions are the kit's, less the port the code says; planning reads the crate, hence an action of its own.
  plop.setActionType(KIT_ACTION, async (answers) => {
    const targetDir = path.resolve(String((answers as PlopAnswers).directory ?? "."));
    const { planKit } = await import("./generators/kit/kit.js");
    const planned = await planKit({ targetDir, raw: toRaw(answers as PlopAnswers), rawKit: {}, problems: [], unattended: false });
    if ("problems" in planned) throw new UserError(planned.problems.join("; "));
    const settings = { targetDir: planned.contextDir, force: false, dryRun: false };
    return renderAndWrite(startRun({ mode: "existing", options: planned.options, crate: planned.crate, settings, previous: planned.previous }));
  });
  plop.setGenerator("container", {
    description: "the container kit (Dockerfile, compose, .dockerignore) for an existing crate",
    prompts: plopPrompts(FIELDS.filter((f) => KIT_FIELDS.has(f.key) && f.key !== "port"), "."),
    actions: (answers) => ((answers as PlopAnswers).run ? runActions((answers as PlopAnswers).run!) : [{ type: KIT_ACTION }]),
  });
}
