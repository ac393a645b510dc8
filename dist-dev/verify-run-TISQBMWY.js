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
} from "./chunk-FQR5UZ5V.js";
import {
  mergeEnvAnswers
} from "./chunk-YG7IJ27A.js";
import "./chunk-VGVB2FOY.js";
import {
  __toESM
} from "./chunk-2NOJFG4U.js";

// generators/verify/verify-run.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MAX_CORRECTIONS = 3;
async function runVerify(io, docker, first, rewrite) {
  io.out(import_picocolors.default.bold(`
Verifying with Docker ${docker.version}: a quick build of the image, then a run that is watched`));
  let subject = first;
  const corrected = [];
  for (let round = 0; ; round++) {
    const build = await buildImage(docker, subject, stepPrinter(io));
    io.status?.("");
    if (!build.ok) {
      io.err(import_picocolors.default.red(`The image did not build (${build.seconds.toFixed(0)} s):`));
      io.err(build.failure ?? "");
      return 1;
    }
    io.out(import_picocolors.default.dim(`  built ${subject.image} in ${build.seconds.toFixed(1)} s; running it`));
    const obs = await observe(docker, subject);
    const c = correct(obs, subject);
    if (c.changes.length && rewrite && round < MAX_CORRECTIONS) {
      for (const line of c.changes) io.out(`  ${import_picocolors.default.cyan("correct")} ${line}`);
      corrected.push(c);
      subject = await rewrite(mergeAnswers(corrected));
      continue;
    }
    report(io, build, obs, subject, docker.version, corrected, c);
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
function stepPrinter(io) {
  const started = Date.now();
  let last = "";
  return (step) => {
    if (step === last) return;
    last = step;
    const line = `  building ${((Date.now() - started) / 1e3).toFixed(0).padStart(4)} s  ${step}`;
    if (io.status) io.status(line);
    else io.out(import_picocolors.default.dim(line));
  };
}
function report(io, build, obs, subject, version, corrected, last) {
  const ok = passed(obs, subject) && !last.needsUser.length;
  io.out(import_picocolors.default.bold(ok ? "\nVerified:" : "\nNot verified:"));
  const rows = obs.exited ? verifiedRows(build, obs, subject, version).slice(0, 2) : verifiedRows(build, obs, subject, version);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  for (const [k, v] of rows) io.out(`  ${k.padEnd(width)}${v}`);
  if (corrected.length) {
    const flags = correctedFlags(mergeAnswers(corrected));
    io.out(`  ${"corrected".padEnd(width)}${flags} (saved in .rust-container.json; the files above were re-rendered)`);
  }
  for (const line of last.needsUser) io.err(import_picocolors.default.yellow(`\u26A0 ${line}`));
  for (const line of last.changes) io.err(import_picocolors.default.yellow(`\u26A0 still wrong after ${MAX_CORRECTIONS} corrections: ${line}`));
}
var correctedFlags = (a) => [
  ...a.port ? [`--port ${a.port}`] : [],
  ...Object.entries(a.rawKit).flatMap(([k, v]) => k === "env" ? v.split(" ").map((e) => `--env ${e}`) : [`--${k} ${v}`])
].join(" ");
export {
  passed,
  runVerify
};
