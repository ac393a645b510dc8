// The answers file alone decides its format: its name and version, how it is read and written, and the hashes of
// the files a run wrote.
import { existsSync, readFileSync } from "node:fs";
import { hash } from "node:crypto";
import { UserError } from "../errors.js";
import { FIELDS, KIT_ANSWER_FLAGS, type RawAnswers, type RawKit } from "./options.js";

export const ANSWERS_FILE = ".rust-container.json";

/** 2: only what was given is saved (earlier files also hold the command and healthcheck the code showed then). */
export const ANSWERS_VERSION = 2;

export type GeneratedAs = "service" | "container-kit";

/** Answers keyed by flag name, so a later run reads them through the same parsers as flags. */
export type FlagAnswers = Record<string, string | number | boolean>;

/** A file as a run wrote it, as the answers file records it: "sha256-<hex>". One-shot: no Hash stream per file. */
export const contentHash = (content: string) => `sha256-${hash("sha256", content)}`;
const CONTENT_HASH = /^sha256-[0-9a-f]{64}$/;

export interface SavedAnswers {
  raw: RawAnswers;
  rawKit: RawKit;
  generatedAs?: GeneratedAs;
  /** Hashes of the files earlier runs wrote, by path. */
  files: Record<string, string>;
}

/** Answers saved by an earlier run, split like the command line; undefined when there is no file. */
export function readAnswersFile(file: string): SavedAnswers | undefined {
  if (!existsSync(file)) return undefined;
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(readFileSync(file, "utf8"));
    if (!saved || typeof saved !== "object" || Array.isArray(saved)) throw new Error("not a JSON object");
  } catch (e) {
    throw new UserError(`${file} is not valid: ${(e as Error).message}; fix or delete it`);
  }
  const raw: RawAnswers = {};
  for (const f of FIELDS) if (saved[f.flag] !== undefined) raw[f.key] = String(saved[f.flag]);
  const rawKit: RawKit = {};
  const generatedAs = saved.generatedAs === "service" || saved.generatedAs === "container-kit" ? saved.generatedAs : undefined;
  // Files from before answers version 2 saved the command and healthcheck read from the code as if given: read again.
  const detectedThen = generatedAs === "container-kit" && saved.answers === undefined ? ["cmd", "healthcheck", "health-path"] : [];
  for (const { flag } of KIT_ANSWER_FLAGS)
    if (saved[flag] !== undefined && !detectedThen.includes(flag)) rawKit[flag] = String(saved[flag]);
  // Anything but a hash there is ignored, so that file counts as edited.
  const files = Object.fromEntries(
    Object.entries(saved.files && typeof saved.files === "object" ? saved.files : {}).filter(([, h]) => typeof h === "string" && CONTENT_HASH.test(h)),
  ) as Record<string, string>;
  return { raw, rawKit, generatedAs, files };
}

/** The answers file's text for what a run was generated from (the hashes of what it wrote are added once written). */
export function answersFileText(generatedAs: GeneratedAs, answers: FlagAnswers): string {
  return JSON.stringify({ generatedAs, answers: ANSWERS_VERSION, ...answers }, null, 2);
}

/** The answers file's text with the hashes of the files written, in path order. */
export function withFileHashes(text: string, files: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ ...JSON.parse(text), files: sorted }, null, 2)}\n`;
}
