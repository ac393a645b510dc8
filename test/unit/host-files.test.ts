// Native paths become "/" paths in file contents on every host; CRLF text reads as LF and a CRLF file stays CRLF.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import path from "node:path";
import { contentPath, endsLinesWithCrlf, readText, withCrlf, withLf } from "../../generators/host-files.js";
import { tempDir } from "../helpers.js";

test("contentPath: Windows paths (drive letters, either separator, above the context) come out /-separated", () => {
  const w = path.win32;
  assert.is(contentPath("C:\\work\\shop", "C:\\work\\shop\\crates\\api", w), "crates/api");
  assert.is(contentPath("C:\\work\\shop", "C:/work/shop/.github/dependabot.yml", w), ".github/dependabot.yml");
  assert.is(contentPath("C:\\work\\shop\\crates\\api", "C:\\work", w), "../../..");
  assert.is(contentPath("c:\\Work\\Shop", "C:\\work\\shop\\deny.toml", w), "deny.toml", "Windows paths compare without case");
  assert.is(contentPath("C:\\work\\shop", "C:\\work\\shop", w), "");
  assert.is(contentPath("/work/shop", "/work/shop/crates/api", path.posix), "crates/api");
  assert.is(contentPath("/work/shop/crates/api", "/work", path.posix), "../../..");
});

test("contentPath without a flavour uses the host's: a path built with path.join reads back /-separated", () => {
  const root = path.resolve("some", "root");
  assert.is(contentPath(root, path.join(root, "src", "bin", "server.rs")), "src/bin/server.rs");
});

test("withLf and withCrlf: line endings only; a lone CR and escaped \\r\\n in text stay", () => {
  assert.is(withLf("a\r\nb\r\n"), "a\nb\n");
  assert.is(withLf("a\rb\n"), "a\rb\n");
  assert.is(withLf('b"GET / HTTP/1.1\\r\\n"\r\n'), 'b"GET / HTTP/1.1\\r\\n"\n');
  assert.is(withCrlf("a\nb\n"), "a\r\nb\r\n");
  assert.is(withLf(withCrlf("x\n\ny")), "x\n\ny");
});

test("endsLinesWithCrlf: only when every line ends so; LF, mixed and single-line text do not", () => {
  assert.ok(endsLinesWithCrlf("a\r\nb\r\n"));
  assert.ok(endsLinesWithCrlf("a\r\nb"));
  assert.not.ok(endsLinesWithCrlf("a\nb\n"));
  assert.not.ok(endsLinesWithCrlf("a\r\nb\nc\r\n"));
  assert.not.ok(endsLinesWithCrlf("\na\r\n"));
  assert.not.ok(endsLinesWithCrlf("one line"));
});

test("readText reads a CRLF file as LF", () => {
  const file = path.join(tempDir("crc-host-files-"), "Cargo.toml");
  fs.writeFileSync(file, '[package]\r\nname = "a"\r\n');
  assert.is(readText(file), '[package]\nname = "a"\n');
});

test.run();
