// Rust source text alone: comments blanked out (every position kept, so line numbers stay true), the line of a
// position, and where the file a `mod name;` declares lives.

const RAW_STRING = /^r(#*)"/;
const WORD_CHAR = /\w/;
const CHAR_LITERAL = /^'(?:\\.[^']*|[^\\'])'/;

/** A literal longer than this is data (generated tables, embedded files), never a route, a name or an address. */
const LONG_LITERAL = 4096;

/**
 * The text detectors read: its line and block comments, the contents of string literals longer than LONG_LITERAL
 * (detectors then never run over a generated literal, which keeps their patterns linear) and the `leftOut` ranges
 * (code the build does not compile) replaced by spaces, newlines kept so every position stays true.
 */
export function detectorText(text: string, leftOut: readonly [number, number][] = []): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === "/" && next === "*") {
      let depth = 1;
      let k = i + 2;
      while (k < text.length && depth > 0) {
        if (text[k] === "/" && text[k + 1] === "*") (depth++, (k += 2));
        else if (text[k] === "*" && text[k + 1] === "/") (depth--, (k += 2));
        else k++;
      }
      blank(i, k);
      i = k;
    } else if (c === "r" && RAW_STRING.test(text.slice(i, i + 8)) && !WORD_CHAR.test(text[i - 1] ?? "")) {
      const hashes = RAW_STRING.exec(text.slice(i, i + 8))![1];
      const open = i + hashes.length + 2;
      const close = text.indexOf('"' + hashes, open);
      const end = close < 0 ? text.length : close;
      if (end - open > LONG_LITERAL) blank(open, end);
      i = close < 0 ? text.length : close + hashes.length + 1;
    } else if (c === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      if (k - i - 1 > LONG_LITERAL) blank(i + 1, Math.min(k, text.length));
      i = k + 1;
    } else if (c === "'" && CHAR_LITERAL.test(text.slice(i, i + 12))) {
      // A char literal ('"', '\''); a lifetime ('a) has no closing quote right after.
      i += CHAR_LITERAL.exec(text.slice(i, i + 12))![0].length;
    } else i++;
  }
  for (const [start, end] of leftOut) blank(start, end);
  return out.join("");
}

/** The files `mod name;` in `file` may live in (`name.rs`, `name/mod.rs`, beside main.rs/lib.rs/mod.rs or under `file`'s stem). */
export function moduleFiles(file: string, name: string): string[] {
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const base = file.slice(dir.length);
  const moduleDir = ["main.rs", "lib.rs", "mod.rs", "build.rs"].includes(base) || /\/bin\/[^/]+\.rs$/.test(file) ? dir : `${dir}${base.replace(/\.rs$/, "")}/`;
  return [`${moduleDir}${name}.rs`, `${moduleDir}${name}/mod.rs`];
}

/** Where each line of the last text asked about starts: detectors ask line after line of one file. */
let lineStarts: { text: string; starts: number[] } | undefined;
/** The 1-based line of `index` in `text`, by binary search (a long file holds many matches). */
export function lineOf(text: string, index: number): number {
  if (lineStarts?.text !== text) {
    const starts = [0];
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
    lineStarts = { text, starts };
  }
  return firstAtOrAbove(lineStarts.starts, index + 1);
}

/** The index of the first of `sorted` (ascending) that is at least `value`, or its length: a binary search. */
export function firstAtOrAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
