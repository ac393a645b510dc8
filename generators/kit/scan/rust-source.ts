// Rust source text alone: comments blanked out (every position kept, so line numbers stay true) and the items only
// test builds compile (`#[cfg(test)]` items, and the module files such an item declares).

const RAW_STRING = /^r(#*)"/;
const WORD_CHAR = /\w/;
const CHAR_LITERAL = /^'(?:\\.[^']*|[^\\'])'/;

/** The text with its line and block comments replaced by spaces (newlines kept); strings and char literals untouched. */
export function withoutComments(text: string): string {
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
      const close = text.indexOf('"' + hashes, i + hashes.length + 2);
      i = close < 0 ? text.length : close + hashes.length + 1;
    } else if (c === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === "\\" ? 2 : 1;
      i = k + 1;
    } else if (c === "'" && CHAR_LITERAL.test(text.slice(i, i + 12))) {
      // A char literal ('"', '\''); a lifetime ('a) has no closing quote right after.
      i += CHAR_LITERAL.exec(text.slice(i, i + 12))![0].length;
    } else i++;
  }
  return out.join("");
}

/** The item after `#[cfg(test)]` at `from`: its last index, and the module name when it is `mod name;`. */
function testItem(text: string, from: number): { end: number; moduleFile?: string } {
  const rest = text.slice(from);
  const external = /^(?:\s*#\[[^\]]*\])*\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/.exec(rest);
  if (external) return { end: from + external[0].length, moduleFile: external[1] };
  const brace = text.indexOf("{", from);
  const semi = text.indexOf(";", from);
  if (brace < 0 || (semi >= 0 && semi < brace)) return { end: semi < 0 ? text.length : semi };
  let depth = 0;
  for (let k = brace; k < text.length; k++) {
    if (text[k] === "{") depth++;
    else if (text[k] === "}" && --depth === 0) return { end: k };
  }
  return { end: text.length };
}

export interface TestCode {
  /** 0-based line index ranges, inclusive, that only test builds compile. */
  lines: [number, number][];
  /** Module files that `#[cfg(test)] mod name;` declares, relative to the file's module directory. */
  modules: string[];
}

/** `#[cfg(test)]` items of a (comment-free) source text. */
export function testCode(text: string): TestCode {
  const lines: [number, number][] = [];
  const modules: string[] = [];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length - 1;
  for (const m of text.matchAll(/#\[cfg\(\s*test\s*\)\]/g)) {
    const item = testItem(text, m.index! + m[0].length);
    lines.push([lineAt(m.index!), lineAt(item.end)]);
    if (item.moduleFile) modules.push(item.moduleFile);
  }
  return { lines, modules };
}

/** The files `mod name;` in `file` may live in (`name.rs`, `name/mod.rs`, beside main.rs/lib.rs/mod.rs or under `file`'s stem). */
export function moduleFiles(file: string, name: string): string[] {
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const base = file.slice(dir.length);
  const moduleDir = ["main.rs", "lib.rs", "mod.rs", "build.rs"].includes(base) || /\/bin\/[^/]+\.rs$/.test(file) ? dir : `${dir}${base.replace(/\.rs$/, "")}/`;
  return [`${moduleDir}${name}.rs`, `${moduleDir}${name}/mod.rs`];
}
