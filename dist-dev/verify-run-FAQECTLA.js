import { createRequire as __crcCreateRequire } from "node:module"; const require = __crcCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-36SM2T5G.js";
import {
  KILLED_AFTER_S,
  buildImage,
  correct,
  observe,
  verifiedRows
} from "./chunk-CWGW5HQN.js";
import {
  mergeEnvAnswers
} from "./chunk-CGQHGN44.js";
import "./chunk-VGVB2FOY.js";
import {
  __toESM
} from "./chunk-2NOJFG4U.js";

// generators/verify/verify-run.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_CORRECTIONS = 3;
var COLD_BUILD_NOTE_S = 45;
async function runVerify(io, docker, first, rewrite) {
  io.out(import_picocolors.default.bold(`
Verifying with Docker ${docker.version}: a quick build of the image, then a run that is watched`));
  let subject = first;
  const corrected = [];
  const times = [];
  for (let round = 0; ; round++) {
    const build = await buildImage(docker, subject, stepPrinter(io, round === 0));
    io.status?.("");
    if (!build.ok) {
      io.err(import_picocolors.default.red(`The image did not build (${build.seconds.toFixed(0)} s):`));
      io.err(build.failure ?? "");
      return 1;
    }
    io.out(import_picocolors.default.dim(`  built ${subject.image} in ${build.seconds.toFixed(1)} s; running it`));
    const obs = await observe(docker, subject);
    times.push({ build: build.seconds, run: obs.seconds ?? 0 });
    const c = correct(obs, subject);
    if (c.changes.length && rewrite && round < MAX_CORRECTIONS) {
      for (const line of c.changes) io.out(`  ${import_picocolors.default.cyan("correct")} ${line}`);
      corrected.push(c);
      subject = await rewrite(mergeAnswers(corrected));
      continue;
    }
    report(io, build, obs, subject, docker.version, corrected, c, times);
    return passed(obs, subject) && !c.needsUser.length && !c.changes.length ? 0 : 1;
  }
}
function mergeAnswers(all) {
  const rawKit = {};
  let port;
  for (const c of all) {
    port = c.raw.port ?? port;
    const env = mergeEnvAnswers(rawKit.env, c.rawKit.env);
    Object.assign(rawKit, c.rawKit);
    if (env) rawKit.env = env;
  }
  return { port, rawKit };
}
function passed(obs, subject) {
  return !obs.exited && obs.fromHost?.ok === true && (subject.healthcheck.kind === "none" || obs.healthySeconds !== void 0) && obs.stopSeconds !== void 0 && obs.stopSeconds < KILLED_AFTER_S;
}
function stepPrinter(io, first) {
  const started = Date.now();
  let last = "";
  let noted = !first;
  return (step) => {
    if (step === last) return;
    last = step;
    const elapsed = (Date.now() - started) / 1e3;
    if (!noted && elapsed > COLD_BUILD_NOTE_S) {
      noted = true;
      io.status?.("");
      io.out(import_picocolors.default.dim(`  still building after ${COLD_BUILD_NOTE_S} s: a first build compiles every dependency once (minutes on a small machine); a correction after it rebuilds only the last stage, in seconds`));
    }
    const line = `  building ${elapsed.toFixed(0).padStart(4)} s  ${step}`;
    if (io.status) io.status(line);
    else io.out(import_picocolors.default.dim(line));
  };
}
function report(io, build, obs, subject, version, corrected, last, times) {
  const ok = passed(obs, subject) && !last.needsUser.length;
  io.out(import_picocolors.default.bold(ok ? "\nVerified:" : "\nNot verified:"));
  const rows = obs.exited ? verifiedRows(build, obs, subject, version).slice(0, 2) : verifiedRows(build, obs, subject, version);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  for (const [k, v] of rows) io.out(`  ${k.padEnd(width)}${v}`);
  io.out(`  ${"time".padEnd(width)}${timeLine(times)}`);
  if (corrected.length) {
    const flags = correctedFlags(mergeAnswers(corrected));
    io.out(`  ${"corrected".padEnd(width)}${flags} (saved in .rust-container.json; the files above were re-rendered), because:`);
    for (const line of corrected.flatMap((c) => c.changes)) io.out(`  ${"".padEnd(width)}- ${line}`);
  }
  for (const line of last.needsUser) io.err(import_picocolors.default.yellow(`\u26A0 ${line}`));
  for (const line of last.changes) io.err(import_picocolors.default.yellow(`\u26A0 still wrong after ${MAX_CORRECTIONS} corrections: ${line}`));
}
function timeLine(times) {
  const total = times.reduce((sum, t) => sum + t.build + t.run, 0);
  const rounds = times.map((t, i) => `${i === 0 ? "build" : `round ${i + 1}: build`} ${t.build.toFixed(1)} s + run ${t.run.toFixed(1)} s`);
  return `${total.toFixed(0)} s in all: ${rounds.join("; ")}`;
}
var correctedFlags = (a) => [
  ...a.port ? [`--port ${a.port}`] : [],
  ...Object.entries(a.rawKit).flatMap(([k, v]) => k === "env" ? v.split(" ").map((e) => `--env ${e}`) : k === "cmd" ? [`--cmd "${v}"`] : [`--${k} ${v}`])
].join(" ");
export {
  passed,
  runVerify
};
