#!/usr/bin/env node
// The executable: wires the CLI to the real process.
import pc from "picocolors";
import { main } from "./cli.js";

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  out: (s) => console.log(s),
  err: (s) => console.error(s),
  status: process.stdout.isTTY ? (s) => process.stdout.write(`\r\x1b[K${s}`) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`${pc.red("internal error:")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
