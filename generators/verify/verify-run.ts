// The --verify loop alone: build → run and observe → correct → re-render and rebuild, then the Verified report.
// Rendering and writing stay the CLI's (through `rewrite`); what is observed and corrected is verify.ts's.
import pc from "picocolors";
import type { DockerEngine } from "./docker-client.js";
import { correctionFlags, mergeCorrections, type CorrectedAnswers } from "../options/options.js";
import { KILLED_AFTER_S, buildImage, correct, observe, verifiedRows, type Correction, type Observation, type VerifySubject } from "./verify.js";

/** Rounds of correction before the report: each one fixes what the previous run showed. */
const MAX_CORRECTIONS = 3;
/** A first build still running after this long is compiling the dependency tree: the user is told why it is slow. */
const COLD_BUILD_NOTE_S = 45;

/** Where one round's time went. */
interface RoundTime {
  build: number;
  run: number;
}

export interface VerifyIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Rewrites one status line in place (a terminal); absent, each build step is printed on a line of its own. */
  status?: (s: string) => void;
}

/** Re-renders the kit with the corrections so far (answers like flags) and returns what to verify next. */
export type Rewrite = (corrected: CorrectedAnswers) => Promise<VerifySubject>;

export async function runVerify(io: VerifyIo, docker: DockerEngine, first: VerifySubject, rewrite?: Rewrite): Promise<number> {
  io.out(pc.bold(`\nVerifying with Docker ${docker.version}: a quick build of the image, then a run that is watched`));
  let subject = first;
  const corrected: Correction[] = [];
  const times: RoundTime[] = [];
  for (let round = 0; ; round++) {
    const build = await buildImage(docker, subject, stepPrinter(io, round === 0));
    io.status?.("");
    if (!build.ok) {
      io.err(pc.red(`The image did not build (${build.seconds.toFixed(0)} s):`));
      io.err(build.failure ?? "");
      if (build.reason) io.err(pc.yellow(`⚠ ${build.reason}`));
      return 1;
    }
    io.out(pc.dim(`  built ${subject.image} in ${build.seconds.toFixed(1)} s; running it`));
    const obs = await observe(docker, subject);
    times.push({ build: build.seconds, run: obs.seconds ?? 0 });
    const c = correct(obs, subject);
    if (c.changes.length && rewrite && round < MAX_CORRECTIONS) {
      for (const line of c.changes) io.out(`  ${pc.cyan("correct")} ${line}`);
      corrected.push(c);
      subject = await rewrite(mergeCorrections(corrected.map((r) => r.answers)));
      continue;
    }
    report(io, build, obs, subject, docker.version, corrected, c, times);
    return passed(obs, subject) && !c.needsUser.length && !c.changes.length ? 0 : 1;
  }
}

/** Serving, reachable from the host, healthy when it has a healthcheck, and stopped by the service itself. */
export function passed(obs: Observation, subject: VerifySubject): boolean {
  return (
    !obs.exited &&
    obs.fromHost?.ok === true &&
    (subject.healthcheck.kind === "none" || obs.healthySeconds !== undefined) &&
    obs.stopSeconds !== undefined &&
    obs.stopSeconds < KILLED_AFTER_S
  );
}

function stepPrinter(io: VerifyIo, first: boolean): (step: string) => void {
  const started = Date.now();
  let last = "";
  let noted = !first;
  return (step) => {
    if (step === last) return;
    last = step;
    const elapsed = (Date.now() - started) / 1000;
    if (!noted && elapsed > COLD_BUILD_NOTE_S) {
      noted = true;
      io.status?.("");
      io.out(pc.dim(`  still building after ${COLD_BUILD_NOTE_S} s: a first build compiles every dependency once (minutes on a small machine); a correction after it rebuilds only the last stage, in seconds`));
    }
    const line = `  building ${elapsed.toFixed(0).padStart(4)} s  ${step}`;
    if (io.status) io.status(line);
    else io.out(pc.dim(line));
  };
}

function report(io: VerifyIo, build: Parameters<typeof verifiedRows>[0], obs: Observation, subject: VerifySubject, version: string, corrected: Correction[], last: Correction, times: RoundTime[]): void {
  const ok = passed(obs, subject) && !last.needsUser.length;
  io.out(pc.bold(ok ? "\nVerified:" : "\nNot verified:"));
  const rows = obs.exited ? verifiedRows(build, obs, subject, version).slice(0, 2) : verifiedRows(build, obs, subject, version);
  const width = Math.max(...[...rows.map(([k]) => k), "time", ...(corrected.length ? ["corrected"] : [])].map((k) => k.length)) + 2;
  for (const [k, v] of rows) io.out(`  ${k.padEnd(width)}${v}`);
  io.out(`  ${"time".padEnd(width)}${timeLine(times)}`);
  if (corrected.length) {
    const flags = correctedFlags(mergeCorrections(corrected.map((r) => r.answers)));
    io.out(`  ${"corrected".padEnd(width)}${flags} (saved in .rust-container.json; the files above were re-rendered), because:`);
    for (const line of corrected.flatMap((c) => c.changes)) io.out(`  ${"".padEnd(width)}- ${line}`);
  }
  for (const line of last.needsUser) io.err(pc.yellow(`⚠ ${line}`));
  for (const line of last.changes) io.err(pc.yellow(`⚠ still wrong after ${MAX_CORRECTIONS} corrections: ${line}`));
}

/** Where verify's time went: each round's quick build and its run (the first build is the cold one). */
function timeLine(times: RoundTime[]): string {
  const total = times.reduce((sum, t) => sum + t.build + t.run, 0);
  const rounds = times.map((t, i) => `${i === 0 ? "build" : `round ${i + 1}: build`} ${t.build.toFixed(1)} s + run ${t.run.toFixed(1)} s`);
  return `${total.toFixed(0)} s in all: ${rounds.join("; ")}`;
}

function correctedFlags(answers: CorrectedAnswers): string {
  const a = correctionFlags(answers);
  return [
    ...(a.raw.port ? [`--port ${a.raw.port}`] : []),
    ...Object.entries(a.rawKit).flatMap(([k, v]) => (k === "env" ? v!.split(" ").map((e) => `--env ${e}`) : k === "cmd" ? [`--cmd "${v}"`] : [`--${k} ${v}`])),
  ].join(" ");
}
