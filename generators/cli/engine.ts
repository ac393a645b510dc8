// The engine alone: loads the plopfile into node-plop and runs one generator for a resolved request.
import nodePlop from "node-plop";
import plopfile from "../../plopfile.js";
import { startRun, type GenerateRequest, type GenerateResult } from "../write/generate.js";

export async function generate(request: GenerateRequest): Promise<GenerateResult> {
  const plop = await nodePlop(undefined, { destBasePath: request.settings.targetDir, force: false });
  await plopfile(plop);
  const run = startRun(request);
  const generator = plop.getGenerator(request.mode === "new" ? "service" : "container");
  const { failures } = await generator.runActions({ run });
  if (run.error) throw run.error;
  if (failures.length > 0 || !run.result) throw new Error(failures.map((f) => f.error).join("; ") || "generation failed");
  return run.result;
}
