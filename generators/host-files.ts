// Where the host's conventions meet file contents: native paths become "/" paths, and text is read with LF endings.
import fs from "node:fs";
import path from "node:path";

/**
 * The path from `from` to `to` as file contents and the answers file hold it: "/"-separated on every host, where
 * `path.relative` gives "\" on Windows. `paths` is the host's flavour unless given (`path.win32` in tests).
 */
export function contentPath(from: string, to: string, paths: path.PlatformPath = path): string {
  return paths.relative(from, to).split(paths.sep).join("/");
}

/** The text with CRLF line endings as LF. The tool writes LF, and reads every file of the user's through this. */
export const withLf = (text: string) => text.replace(/\r\n/g, "\n");

/** A file of the user's as detection and comparison read it: UTF-8, CRLF as LF (a Windows checkout changes nothing). */
export function readText(file: string): string {
  return withLf(fs.readFileSync(file, "utf8"));
}

/** Every line of the text ends with CRLF (a file kept so on Windows): a rewrite of it keeps them. */
export const endsLinesWithCrlf = (text: string) => text.includes("\r\n") && !/(?:^|[^\r])\n/.test(text);

/** LF text with CRLF line endings. */
export const withCrlf = (lfText: string) => lfText.replace(/\n/g, "\r\n");
