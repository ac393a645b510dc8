// Config files as their parsers read them: values under key paths with their lines, a rejected file as a problem at a
// line; and, over generated and mutated documents, that reading one never throws.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { configFormat, dottedKey, parseConfig, type ConfigFormat } from "../../generators/kit/scan/config-files.js";

const entries = (text: string, format: ConfigFormat) => parseConfig(text, format).values.map((v) => [dottedKey(v.path), v.value, v.line]);

test("format by file name; RON and INI are read by no parser here", () => {
  assert.equal(["a.toml", "b.yml", "c.YAML", "d.json", "e.ron", "f.ini"].map(configFormat), ["toml", "yaml", "yaml", "json", undefined, undefined]);
});

test("TOML: tables, dotted headers, inline tables and arrays of tables give key paths and the lines of their keys", () => {
  const text = 'name = "svc"\n\n[server]\n# address = "127.0.0.1:1"\naddress = "0.0.0.0:8080"\n\n[v4.1]\nlisten = "0.0.0.0:1883"\n\n[db]\npool = { "max" = 5 }\n';
  assert.equal(entries(text, "toml"), [["name", "svc", 1], ["server.address", "0.0.0.0:8080", 5], ["v4.1.listen", "0.0.0.0:1883", 8], ["db.pool.max", 5, 11]]);
  // A key=value line inside a multi-line string is text, not a key.
  assert.equal(entries('help = """\naddress = "127.0.0.1:1"\n"""\nport = 3000\n', "toml"), [["help", 'address = "127.0.0.1:1"\n', 1], ["port", 3000, 4]]);
  assert.equal(entries("[[peers]]\nport = 1\n", "toml"), [["peers.port", 1, 2]]);
});

test("YAML: nested maps, lists and several documents; the line is the key's", () => {
  const text = "log: info\nserver:\n  http:\n    bind: 0.0.0.0:3000\n  peers:\n    - a\n---\nport: 80\n";
  assert.equal(entries(text, "yaml"), [["log", "info", 1], ["server.http.bind", "0.0.0.0:3000", 4], ["server.peers", "a", 6], ["port", 80, 8]]);
  assert.equal(parseConfig("server:\n  peers:\n    - a\n", "yaml").values[0].path, ["server", "peers", 0]);
});

test("JSON: nested objects with their key lines", () => {
  assert.equal(entries('{\n  "server": {\n    "port": 8080,\n    "tls": false\n  }\n}\n', "json"), [["server.port", 8080, 3], ["server.tls", false, 4]]);
});

test("a file its parser rejects is a problem at its line, with no values: templates, typos, truncation", () => {
  const problem = (text: string, format: ConfigFormat) => {
    const { values, problem } = parseConfig(text, format);
    return [values.length, problem?.line];
  };
  assert.equal(problem('[server]\nport = {{ port }}\n', "toml"), [0, 2]);
  assert.equal(problem('[server]\naddress = ${BIND}\n', "toml"), [0, 2]);
  assert.equal(problem("server:\n  port: 80\n  port: 81\n", "yaml"), [0, 3]);
  assert.equal(problem("server:\n  port: 80\n\tbind: x\n", "yaml"), [0, 3]);
  assert.equal(problem('{"server": {"port": }}', "json"), [0, 1]);
  assert.ok(parseConfig('[a]\nb = "unterminated\n', "toml").problem?.message);
  // Templated YAML that still parses keeps what it can say: the placeholder is a string.
  assert.equal(entries("host: ${HOST}\nport: {{ port }}\n", "yaml"), [["host", "${HOST}", 1]]);
});

/** Pieces of config documents, in the three formats, and what a mutation inserts. */
const TOML_LINES = ["[server]", "[v4.1]", "[[peers]]", 'address = "0.0.0.0:8080"', "port = 7000", 'dir = """\nx = 1\n"""', "t = { a = 1, b = [1, 2] }", "d = 1979-05-27T07:32:00Z", "n = inf", "# comment"];
const YAML_LINES = ["server:", "  bind: 0.0.0.0:3000", "  - item", "port: 80", "---", "a: &x { b: 1 }", "c: *x", "? complex", ": value", "list: [1, 2", "s: |", "  block"];
const JSON_PARTS = ["{", "}", "[", "]", '"server":', '"port": 80', ",", "null", "true", '"s"', "1e999"];
const JUNK = ["{{", "}}", "${", "}", '"', "'", "[", "]", ":", "=", "\t", "\n", "#", "&", "*", "!!", "%", "\0", "\uFFFD", "\\"];

const document = (parts: string[], separator: string) => fc.array(fc.constantFrom(...parts), { maxLength: 25 }).map((picked) => picked.join(separator));
const mutated = (base: fc.Arbitrary<string>) =>
  fc.tuple(base, fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), junk: fc.constantFrom(...JUNK), repeat: fc.integer({ min: 1, max: 20 }) }), { maxLength: 6 })).map(([text, mutations]) => {
    for (const { at, junk, repeat } of mutations) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + junk.repeat(repeat) + text.slice(i);
    }
    return text;
  });

/** Reading never throws, and every line it names is one of the document's. */
const readsSafely = (format: ConfigFormat) => (text: string) => {
  const { values, problem } = parseConfig(text, format);
  const lines = text.split("\n").length;
  return values.every((v) => v.line >= 1 && v.line <= lines) && (!problem || (problem.line >= 1 && problem.line <= lines));
};

test("generated and mutated TOML, YAML and JSON never make reading throw", () => {
  fc.assert(fc.property(mutated(document(TOML_LINES, "\n")), readsSafely("toml")), { numRuns: 300 });
  fc.assert(fc.property(mutated(document(YAML_LINES, "\n")), readsSafely("yaml")), { numRuns: 300 });
  fc.assert(fc.property(mutated(document(JSON_PARTS, "")), readsSafely("json")), { numRuns: 300 });
  // Any text at all, in any format.
  fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom<ConfigFormat>("toml", "yaml", "json"), (text, format) => readsSafely(format)(text)), { numRuns: 300 });
});
test.run();
