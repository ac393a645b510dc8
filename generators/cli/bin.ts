// The bundle's entry: wires the CLI to the real process (launch.ts, the executable, starts it).
import { isatty } from "node:tty";
import pc from "picocolors";
import { main } from "./cli.js";

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  // isatty on the descriptors: reading process.stdin would set up a stream no --yes run uses.
  isTTY: isatty(0) && isatty(1),
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  status: isatty(1) ? (s) => process.stdout.write(`\r\x1b[K${s}`) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`${pc.red("internal error:")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
