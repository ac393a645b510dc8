// The bundle's entry: wires the CLI to the real process (launch.ts, the executable, starts it).
import pc from "picocolors";
import { main } from "./cli.js";

async function start(): Promise<number> {
  // Prompts need a terminal on both ends. stdout is set up anyway, to print; stdin's descriptor is asked about only
  // when stdout is a terminal (the tty module is loaded then already): a stream on it would serve no --yes run.
  const onTerminal = process.stdout.isTTY === true;
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    isTTY: onTerminal && (await import("node:tty")).isatty(0),
    out: (s) => console.log(s),
    err: (s) => console.error(s),
    status: onTerminal ? (s) => process.stdout.write(`\r\x1b[K${s}`) : undefined,
  });
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`${pc.red("internal error:")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
