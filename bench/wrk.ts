// wrk against a loopback GET (/health unless told), run asynchronously so the measured service's output pipes keep draining.
import { spawn } from "node:child_process";

export interface WrkResult {
  rps: number;
  p99ms: number;
  errors: number;
  non2xx: number;
}

export function hasWrk(): Promise<boolean> {
  return new Promise((resolve) => spawn("wrk", ["--version"]).on("error", () => resolve(false)).on("exit", () => resolve(true)));
}

export function wrk(port: number, opts: { connections: number; seconds: number; path?: string }): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", ["-t1", `-c${opts.connections}`, `-d${opts.seconds}s`, "--latency", `http://127.0.0.1:${port}${opts.path ?? "/health"}`], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), (opts.seconds + 30) * 1000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`wrk exited ${code}: ${out}`));
      const unit = (v: string, u: string) => Number(v) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[u];
      const p99 = /^\s*99%\s+([\d.]+)(us|ms|s)/m.exec(out);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      resolve({
        rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
        p99ms: p99 ? unit(p99[1], p99[2]) : NaN,
        errors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
      });
    });
  });
}

/** Mean req/s and p99 of two builds' rounds (the measured one first, its baseline second), as report lines, and their ratio. */
export function compareRounds(framework: string, results: Record<string, WrkResult[]>): { lines: string[]; ratio: number } {
  const [measured, baseline] = Object.keys(results) as [string, string];
  const mean = (xs: WrkResult[], k: keyof WrkResult) => xs.reduce((a, x) => a + x[k], 0) / xs.length;
  const sum = (xs: WrkResult[], k: "errors" | "non2xx") => xs.reduce((a, x) => a + x[k], 0);
  const ratio = mean(results[measured]!, "rps") / mean(results[baseline]!, "rps");
  const lines = [measured, baseline].map(
    (kind) =>
      `  ${framework.padEnd(10)} ${kind.padEnd(10)} ${mean(results[kind]!, "rps").toFixed(0).padStart(8)} req/s  p99 ${mean(results[kind]!, "p99ms").toFixed(2).padStart(6)} ms  ` +
      `errors ${sum(results[kind]!, "errors")}  non-2xx ${sum(results[kind]!, "non2xx")}`,
  );
  return { lines: [...lines, `  ${framework.padEnd(10)} ${measured}/${baseline} = ${ratio.toFixed(3)}`], ratio };
}
