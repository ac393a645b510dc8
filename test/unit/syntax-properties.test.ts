// Properties of the Rust syntax layer over generated and mutated sources: it never throws, reads in bounded time,
// and what strings, comments and cfg hold never changes what the rest of the file says.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { readAttribute } from "../../generators/kit/scan/attribute.js";
import { attributesOf, moduleDeclarations, walkActive, type CfgContext } from "../../generators/kit/scan/cfg.js";
import { commandReader, optionReader, type CommandFacts, type DeclaredOption } from "../../generators/kit/scan/cli-options.js";
import { constantReader, type ConstantItem } from "../../generators/kit/scan/constants.js";
import { embeddedConfigReader, type EmbeddedConfigFacts } from "../../generators/kit/scan/embedded-config.js";
import { fileReadReader, type FileReadFacts } from "../../generators/kit/scan/file-reads.js";
import { listenerReader, type ListenerFacts } from "../../generators/kit/scan/listeners.js";
import { optionalBranchReader } from "../../generators/kit/scan/optional-branches.js";
import { envReader, type EnvFacts } from "../../generators/kit/scan/env-reads.js";
import { routeReader, type RouteFacts } from "../../generators/kit/scan/routes.js";
import { settingsReader, type SettingsFacts } from "../../generators/kit/scan/settings.js";
import { readFacts } from "../../generators/kit/scan/source-facts.js";
import { literalValue } from "../../generators/kit/scan/literal.js";
import { loadRustParser, type ParsedSource } from "../../generators/kit/scan/syntax.js";

const parser = await loadRustParser();
const CONTEXT: CfgContext = { features: new Set(["tls"]) };
/** Far above what a read takes (0.1 s for the longest inputs here, up to 1 s for the first, cold, on a loaded 2-core
 * machine), far below what a quadratic reader needs on them (the regex scan took 14.6 s on one 100 KB line). */
const BOUND_MS = 5000;

/** Items a service crate is made of; `{n}` makes each function's name unique. */
const ITEMS = [
  "fn f{n}() { let s = \"{\"; let c = '}'; }",
  "pub const PORT_{n}: u16 = 8_080;",
  'static HOST_{n}: &str = r#"0.0.0.0:{"#;',
  'static DEFAULTS_{n}: &str = include_str!("../config/{n}.toml");',
  "mod m{n} { pub fn f{n}() -> u8 { 1 } }",
  'struct Cli{n} {\n    #[arg(\n        long,\n        default_value_t = PORT_{n},\n        env = "APP_PORT",\n    )]\n    port: u16,\n}',
  "#[cfg(test)]\nmod tests{n} {\n    #[test]\n    fn f{n}() {}\n}",
  "impl S{n} { const P: u16 = 1; fn f{n}(&self) -> u8 { match 1 { #[cfg(test)] 1 => 2, _ => 3 } } }",
  "/* a /* nested */ comment with fn fake() { */\nfn f{n}() {}",
  'fn f{n}() { let v = vec![b"\\x00", br##"raw "# bytes"##]; }',
  "#[cfg(feature = \"tls\")] mod tls{n};",
  'fn app{n}() -> Router { Router::new().route("/health", get(h)).nest(API_{n}, api::router()) }',
  "const T{n}: u8 = { const INNER_{n}: u8 = 1; INNER_{n} };",
  "fn listen{n}(s: &S) { if s.unix { return serve(UnixListener::bind(&s.path)); } serve(TcpListener::bind(s.addr)) }",
  '#[derive(Debug, serde::Deserialize)]\n#[serde(rename_all = "kebab-case")]\nstruct Server{n} {\n    #[serde(default = "default_bind")]\n    bind_addr: Option<SocketAddr>,\n    #[cfg(test)] port: u16,\n}',
  'fn port{n}(c: &Config) -> u16 { c.get::<u16>("server.port").unwrap() }',
  'fn port{n}(c: &C) -> u16 { if let Some(t) = &c.tls { 443 } else if c.h.is_some() && !c.off { 8443 } else { 80 } }',
  'fn setting{n}(name: &str) -> Option<String> { std::env::var(name).ok() }\nfn port{n}() -> String { setting{n}("APP_PORT").unwrap_or_default() + &env::var("TOKEN").context("t")? }',
  'fn load{n}() { Config::builder().add_source(File::from_str(r#"[server]\naddress = "0.0.0.0:{n}""#, FileFormat::Toml)); }',
];
/** What a mutation inserts: unbalanced quotes, brackets, comment and attribute openers, raw string ends, junk. */
const JUNK = ['"', "'", "{", "}", "(", ")", "[", "]", "#[cfg(", "#[cfg(test)]", '#![cfg(test)]', 'r#"', '"#', "/*", "*/", "//", "\\", "b'", "\0", "\uFFFD", "mod m;", "'a", "#["];

const source = fc.array(fc.nat({ max: ITEMS.length - 1 }), { minLength: 1, maxLength: 30 }).map((picks) => picks.map((p, n) => ITEMS[p].replaceAll("{n}", String(n))).join("\n"));
const mutation = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), junk: fc.constantFrom(...JUNK), repeat: fc.integer({ min: 1, max: 50 }) });
const mutated = fc.tuple(source, fc.array(mutation, { maxLength: 8 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }))).map(([text, mutations, cut]) => {
  for (const { at, junk, repeat } of mutations) {
    const i = Math.floor(at * text.length);
    text = text.slice(0, i) + junk.repeat(repeat) + text.slice(i);
  }
  return cut === null ? text : text.slice(0, Math.floor(cut * text.length));
});

const ITEM_TYPES = ["function_item", "struct_item", "mod_item", "impl_item", "const_item", "static_item", "field_declaration", "match_arm"];
const LITERAL_TYPES = ["string_literal", "raw_string_literal", "char_literal", "integer_literal", "unary_expression"];

/** Every reader over a tree, as a detector would run them. */
function readEverything(source: ParsedSource): void {
  const { root } = source;
  walkActive(root, CONTEXT, [
    {
      types: [...ITEM_TYPES, "attribute_item", ...LITERAL_TYPES],
      visit: (node) => {
        if (node.type === "attribute_item") readAttribute(node);
        else if (LITERAL_TYPES.includes(node.type)) literalValue(node);
        else attributesOf(node, CONTEXT);
      },
    },
  ]);
  moduleDeclarations(source, CONTEXT);
  readFacts(source, CONTEXT);
}

const timedRead = (text: string) => {
  const start = performance.now();
  parser.read("src/main.rs", text, readEverything);
  return performance.now() - start;
};

/** Names of the active functions with their lines. */
const activeFunctions = (text: string) =>
  parser.read("src/main.rs", text, ({ root }) => {
    const found: string[] = [];
    walkActive(root, CONTEXT, [{ types: ["function_item"], visit: (n) => void found.push(`${n.childForFieldName("name")?.text}@${n.startPosition.row + 1}`) }]);
    return found;
  });

test("mutated and truncated sources never throw and read in bounded time", () => {
  fc.assert(fc.property(mutated, (text) => timedRead(text) < BOUND_MS), { numRuns: 300 });
});

test("one walk shared by the readers gives each what a walk of its own gives", () => {
  fc.assert(
    fc.property(mutated, (text) =>
      parser.read("src/main.rs", text, (source) => {
        const constants: ConstantItem[] = [];
        const routes: RouteFacts = { routes: [], placements: [], guardedCalls: [] };
        const cliOptions: DeclaredOption[] = [];
        walkActive(source.root, CONTEXT, [constantReader(source, constants)]);
        walkActive(source.root, CONTEXT, [routeReader(source, CONTEXT, routes)]);
        walkActive(source.root, CONTEXT, [optionReader(source, CONTEXT, cliOptions)]);
        const commands: CommandFacts = { enums: [], fields: [], builders: [], buildersOptional: false, arms: [] };
        walkActive(source.root, CONTEXT, [commandReader(source, CONTEXT, commands)]);
        const fileReads: FileReadFacts = { fatalReads: [], bindings: [], existenceChecks: [], optionalLoaders: [], dirCreations: [], unconfiguredStops: [], requiredWhenAbsent: [] };
        walkActive(source.root, CONTEXT, [fileReadReader(fileReads)]);
        const listeners: ListenerFacts = { unix: [], tcp: [] };
        const listenerWalk = listenerReader(source, listeners);
        if (listenerWalk) walkActive(source.root, CONTEXT, [listenerWalk]);
        const embeddedConfig: EmbeddedConfigFacts = { included: [], toml: [] };
        walkActive(source.root, CONTEXT, [embeddedConfigReader(source, embeddedConfig)]);
        const settings: SettingsFacts = { structs: [], keysRead: [], literalDefaults: [] };
        walkActive(source.root, CONTEXT, [settingsReader(source, CONTEXT, settings)]);
        const env: EnvFacts = { reads: [], wrappers: [], wrapperCalls: [] };
        walkActive(source.root, CONTEXT, [envReader(source, CONTEXT, env)]);
        const optionalBranches: [number, number][] = [];
        walkActive(source.root, CONTEXT, [optionalBranchReader(optionalBranches)]);
        assert.equal(readFacts(source, CONTEXT), { constants, routes, cliOptions, commands, fileReads, listeners, embeddedConfig, env, optionalBranches, settings });
      }),
    ),
    { numRuns: 200 },
  );
});

test("long single-line sources (up to ~200 KB) read in bounded time", () => {
  const longLine = fc.tuple(source, fc.integer({ min: 20, max: 120 }), fc.constantFrom(...JUNK)).map(([text, times, junk]) => `${text.replace(/\n/g, " ")} ${junk} `.repeat(times));
  fc.assert(fc.property(longLine, (text) => timedRead(text) < BOUND_MS), { numRuns: 20 });
});

test("a string holding any brackets, quotes or comment markers never changes the functions after it or their lines", () => {
  const junkString = fc.array(fc.constantFrom(...JUNK.filter((j) => !j.includes("\0")), "{{", "}}", "/* */"), { maxLength: 20 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(source, junkString, (text, junk) => {
      const escaped = junk.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      const withString = `fn holder() { let s = "${escaped}"; let r = r##"${junk.replace(/"#/g, "")}"##; }\n${text}`;
      const withoutString = `fn holder() {}\n${text}`;
      assert.equal(activeFunctions(withString), activeFunctions(withoutString));
    }),
    { numRuns: 100 },
  );
});

test("#[cfg(test)] on an item removes exactly its functions; #[cfg(not(test))] removes none", () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (testOnly) => {
      const fns = testOnly.map((t, n) => `${t ? "#[cfg(test)]\n" : "#[cfg(not(test))]\n"}fn f${n}() { let s = "#[cfg(test)]"; }`);
      const expected = testOnly.flatMap((t, n) => (t ? [] : [`f${n}@${2 * n + 2}`]));
      assert.equal(activeFunctions(fns.join("\n")), expected);
    }),
    { numRuns: 100 },
  );
});

test("string and integer literals round-trip through the parser", () => {
  const rustString = (s: string) => [...s].map((c) => (c === '"' || c === "\\" ? `\\${c}` : c.codePointAt(0)! < 0x20 ? `\\u{${c.codePointAt(0)!.toString(16)}}` : c)).join("");
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), fc.constantFrom("", "u64", "_u128", "usize"), (s, n, suffix) => {
      const digits = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, "_");
      const values = parser.read("src/main.rs", `const S: &str = "${rustString(s)}";\nconst N: u128 = ${digits}${suffix};`, ({ root }) =>
        root.namedChildren.map((c) => (c ? literalValue(c.childForFieldName("value")!) : undefined)),
      );
      assert.equal(values[0], { kind: "string", value: s });
      assert.equal(values[1]?.kind === "integer" && values[1].value, n);
    }),
    { numRuns: 200 },
  );
});

test.run();
