// The Rust syntax layer on the real tree-sitter grammar: literals, cfg, attribute arguments, constants, budgets.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Node } from "web-tree-sitter";
import { tokenArguments, readAttribute, type AttributeArgument } from "../../generators/kit/scan/attribute.js";
import { attributesOf, evaluateCfg, moduleDeclarations, walkActive, type CfgContext } from "../../generators/kit/scan/cfg.js";
import { ConstantTable, constantItems, fileModule } from "../../generators/kit/scan/constants.js";
import { literalValue, type LiteralValue } from "../../generators/kit/scan/literal.js";
import { ReadBudget, SourceBudgetExceeded, decodeSource, loadRustParser } from "../../generators/kit/scan/syntax.js";

const parser = await loadRustParser();
const NO_FEATURES: CfgContext = { features: new Set() };

/** Reads `text` as src/main.rs with `reader`. */
const read = <T>(text: string, reader: (root: Node) => T) => parser.read("src/main.rs", text, ({ root }) => reader(root));

/** Every node of a type in source order, cfg ignored. */
function nodesOf(root: Node, type: string): Node[] {
  return root.descendantsOfType(type).filter((n): n is Node => n !== null);
}

/** The value of the initializer of `const X: T = <expr>;`. */
const constValue = (expr: string) => read(`const X: T = ${expr};`, (root) => literalValue(nodesOf(root, "const_item")[0].childForFieldName("value")!));

/** Names of the functions the build compiles. */
const activeFunctions = (text: string, context: CfgContext = NO_FEATURES) =>
  read(text, (root) => {
    const names: string[] = [];
    walkActive(root, context, [{ types: ["function_item"], visit: (node) => void names.push(node.childForFieldName("name")!.text) }]);
    return names;
  });

/** The arguments of the first attribute in `text`. */
const firstAttribute = (text: string) => read(text, (root) => readAttribute(nodesOf(root, "attribute_item")[0])!);

const str = (value: string): LiteralValue => ({ kind: "string", value });
const int = (value: bigint, suffix?: string): LiteralValue => (suffix ? { kind: "integer", value, suffix } : { kind: "integer", value });

test("literals decode as the compiler reads them", () => {
  assert.equal(constValue(String.raw`"a\"b\n\t\\\x41\u{1F600}\0"`), str('a"b\n\t\\A\u{1F600}\0'));
  assert.equal(constValue('"line one \\\n        continued"'), str("line one continued"));
  assert.equal(constValue('r#"ends at "# here"#'), str("ends at "), "a raw string ends at the first \"#");
  assert.equal(constValue('r##"has "# inside"##'), str('has "# inside'));
  assert.equal(constValue('r"C:\\path\\n"'), str("C:\\path\\n"));
  assert.equal(constValue('b"\\x00\\xff"'), { kind: "byte-string", value: "\x00\xff" });
  assert.equal(constValue('br#"raw"#'), { kind: "byte-string", value: "raw" });
  assert.equal(constValue('c"nul\\0"'), { kind: "c-string", value: "nul\0" });
  assert.equal(constValue('cr"x"'), { kind: "c-string", value: "x" });
  assert.equal(constValue("'\\''"), { kind: "char", value: "'" });
  assert.equal(constValue("b'x'"), { kind: "byte", value: "x" });
  assert.equal(constValue("8_080u16"), int(8080n, "u16"));
  assert.equal(constValue("0xFF_u8"), int(255n, "u8"));
  assert.equal(constValue("0o17"), int(15n));
  assert.equal(constValue("0b1010_1010"), int(170n));
  assert.equal(constValue("340282366920938463463374607431768211455u128"), int(340282366920938463463374607431768211455n, "u128"));
  assert.equal(constValue("-42i32"), int(-42n, "i32"));
  assert.equal(constValue("1.5e3_f64"), { kind: "float", value: 1500, suffix: "f64" });
  assert.equal(constValue("true"), { kind: "bool", value: true });
  assert.equal(constValue("PORT"), undefined);
  assert.equal(constValue("8080 + 1"), undefined);
  assert.equal(constValue(`"${"9".repeat(200)}"`)?.kind, "string");
  assert.equal(constValue("9".repeat(200)), undefined, "no integer type holds 200 digits");
});

test("a \"{\" or \")\" inside a string, char or comment never shifts what follows", () => {
  const text = `fn a() { let s = "{"; let c = '{'; let r = r#"}"#; /* { /* nested */ } */ }
#[cfg(test)]
fn skipped() { let s = ")}"; }
fn b() {}
`;
  assert.equal(activeFunctions(text), ["a", "b"]);
  const line = read(text, (root) => nodesOf(root, "function_item").map((f) => [f.childForFieldName("name")!.text, f.startPosition.row + 1]));
  assert.equal(line, [["a", 1], ["skipped", 3], ["b", 4]]);
});

test("cfg: test code and other targets are skipped, not(test) and unknowns are kept", () => {
  const text = `
#[cfg(all(test, feature = "x"))] mod m { fn in_test_mod() {} }
#[cfg(not(test))] fn release() {}
#[cfg(windows)] fn on_windows() {}
#[cfg(unix)] fn on_unix() {}
#[cfg(target_os = "linux")] fn on_linux() {}
#[cfg(any(target_os = "macos", target_family = "windows"))] fn elsewhere() {}
#[cfg(debug_assertions)] fn debug_only() {}
#[cfg(target_arch = "aarch64")] fn one_arch() {}
#[cfg(tokio_unstable)] fn custom_flag() {}
#[cfg_attr(test, derive(Debug))] struct S;
#[cfg_attr(test, allow(dead_code))] fn attr_only_in_tests() {}
#[cfg_attr(not(test), cfg(test))] fn ruled_out_by_cfg_attr() {}
#[cfg(feature = "tls")] fn tls() {}
#[cfg(not(feature = "tls"))] fn plain() {}
#[cfg(false)] fn never() {}
`;
  const kept = ["release", "on_unix", "on_linux", "one_arch", "custom_flag", "attr_only_in_tests"];
  assert.equal(activeFunctions(text, { features: new Set(["tls"]) }), [...kept, "tls"]);
  assert.equal(activeFunctions(text, NO_FEATURES), [...kept, "plain"]);
  // Features not known: both stay, since neither can be ruled out.
  assert.equal(activeFunctions(text, {}), [...kept, "tls", "plain"]);
});

test("cfg on fields, statements, match arms, arguments and struct-literal fields", () => {
  const text = `
struct Args {
    #[cfg(test)] fake: u8,
    #[cfg(not(test))] real: u8,
}
fn main() {
    #[cfg(test)] let a = test_only();
    #[cfg(test)]
    { block_in_test(); }
    let b = live();
    match x {
        #[cfg(test)] 1 => arm_in_test(),
        _ => arm_live(),
    }
    call(#[cfg(test)] arg_in_test(), arg_live());
    let s = S { #[cfg(test)] f: field_in_test(), g: field_live() };
    let v = [#[cfg(test)] elem_in_test(), elem_live()];
}
`;
  const { fields, calls } = read(text, (root) => {
    const fields: string[] = [];
    const calls: string[] = [];
    walkActive(root, NO_FEATURES, [
      { types: ["field_declaration"], visit: (n) => void fields.push(n.childForFieldName("name")!.text) },
      { types: ["call_expression"], visit: (n) => void calls.push(n.childForFieldName("function")!.text) },
    ]);
    return { fields, calls };
  });
  assert.equal(fields, ["real"]);
  assert.equal(calls, ["live", "arm_live", "call", "arg_live", "field_live", "elem_live"]);
});

test("an inner #![cfg(test)] rules out the rest of its file or module", () => {
  assert.equal(activeFunctions("#![cfg(test)]\nfn helper() {}"), []);
  assert.equal(activeFunctions("#![allow(dead_code)]\nfn kept() {}"), ["kept"]);
  assert.equal(activeFunctions("mod m { #![cfg(test)] fn inner() {} }\nfn outer() {}"), ["outer"]);
});

test("evaluateCfg settles all/any/not over unknowns the way the compiler could", () => {
  const cfg = (text: string, context: CfgContext = NO_FEATURES) => evaluateCfg(firstAttribute(`#[cfg(${text})] fn f() {}`).arguments[0], context);
  assert.is(cfg("all()"), true);
  assert.is(cfg("any()"), false);
  assert.is(cfg("any(target_arch = \"x86_64\", unix)"), true);
  assert.is(cfg("all(target_arch = \"x86_64\", windows)"), false);
  assert.is(cfg("all(target_arch = \"x86_64\", unix)"), undefined);
  assert.is(cfg("not(target_env = \"musl\")"), undefined);
  assert.is(cfg("feature = \"x\"", {}), undefined);
  assert.is(cfg("not(any(test, doc, miri))"), true);
});

test("mod declarations: files under an inactive cfg are marked, #[path] and inline parents kept", () => {
  const text = `
mod config;
#[cfg(test)] mod test_helpers;
#[cfg(all(test, feature = "x"))] mod also_tests;
#[cfg_attr(unix, path = "sys/unix.rs")] mod sys;
#[path = "gen/api.rs"] mod api;
mod outer { pub mod inner; #[cfg(test)] mod inner_tests; }
#[cfg(test)] mod tests { mod deep; }
mod inline { fn f() {} }
`;
  const mods = parser.read("src/lib.rs", text, (source) => moduleDeclarations(source, NO_FEATURES));
  assert.ok(mods.every((m) => m.file === "src/lib.rs"));
  assert.equal(
    mods.map(({ name, parents, path, active, line }) => [name, parents.join("::"), path ?? "", active, line]),
    [
      ["config", "", "", true, 2],
      ["test_helpers", "", "", false, 3],
      ["also_tests", "", "", false, 4],
      ["sys", "", "sys/unix.rs", true, 5],
      ["api", "", "gen/api.rs", true, 6],
      ["inner", "outer", "", true, 7],
      ["inner_tests", "outer", "", false, 7],
      ["deep", "tests", "", false, 8],
    ],
  );
});

test("attribute arguments: a rustfmt-wrapped clap #[arg] reads as keys and values", () => {
  const attribute = firstAttribute(`
struct Cli {
    #[arg(
        long,
        short = 'p',
        default_value = "127.0.0.1:8080", // where it listens
        env = "APP_LISTEN",
        value_parser = clap::value_parser!(u16).range(1..),
    )]
    listen: String,
}`);
  assert.is(attribute.name, "arg");
  assert.is(attribute.line, 3);
  const byKey = Object.fromEntries(attribute.arguments.map((a) => [a.key, a]));
  assert.equal(Object.keys(byKey), ["long", "short", "default_value", "env", "value_parser"]);
  assert.equal(byKey.long, { key: "long", line: 4 });
  assert.equal(byKey.short.value?.literal, { kind: "char", value: "p" });
  assert.equal(byKey.default_value.value, { text: '"127.0.0.1:8080"', literal: str("127.0.0.1:8080"), line: 6 });
  assert.equal(byKey.env.value?.literal, str("APP_LISTEN"));
  assert.is(byKey.value_parser.value?.text, "clap::value_parser!(u16).range(1..)");
  assert.is(byKey.value_parser.value?.literal, undefined);
});

test("attribute arguments: default_value_t as a number, a constant or a path; nested lists; positional values", () => {
  const args = (attr: string) => firstAttribute(`${attr} fn f() {}`).arguments;
  const value = (arg: AttributeArgument | undefined) => arg?.value && { literal: arg.value.literal, path: arg.value.path };
  assert.equal(value(args("#[arg(default_value_t = 8080)]")[0]), { literal: int(8080n), path: undefined });
  assert.equal(value(args("#[arg(default_value_t = -1)]")[0]), { literal: int(-1n), path: undefined });
  assert.equal(value(args("#[arg(default_value_t = DEFAULT_PORT)]")[0]), { literal: undefined, path: "DEFAULT_PORT" });
  assert.equal(value(args("#[arg(default_value_t = crate::config::PORT)]")[0]), { literal: undefined, path: "crate::config::PORT" });
  const nested = args('#[command(group(ArgGroup::new("net").required(true)), subcommand)]');
  assert.equal(nested.map((a) => a.key), ["group", "subcommand"]);
  assert.equal(nested[0].arguments?.map((a) => a.value?.text), ['ArgGroup::new("net").required(true)']);
  const serde = args('#[serde(rename_all = "kebab-case", default = "defaults::port")]');
  assert.equal(serde.map((a) => [a.key, a.value?.literal]), [["rename_all", str("kebab-case")], ["default", str("defaults::port")]]);
  const group = args('#[clap(group(id = "addr", multiple = false))]')[0];
  assert.equal(group.arguments?.map((a) => [a.key, a.value?.literal]), [["id", str("addr")], ["multiple", { kind: "bool", value: false }]]);
  assert.equal(args('#[get("/health")]').map((a) => a.value?.literal), [str("/health")]);
  assert.equal(args('#[route(GET, path = "/x")]').map((a) => a.key), ["GET", "path"]);
  assert.equal(firstAttribute('#[path = "unix.rs"] mod sys;').value?.literal, str("unix.rs"));
});

test("token trees of macro bodies read the same way, inner brackets kept whole", () => {
  const args = read('let r = routes![health, api::list, get("/a, b"), [1, 2]];', (root) => tokenArguments(nodesOf(root, "token_tree")[0]));
  assert.equal(args.map((a) => a.key ?? a.value?.text), ["health", "api::list", "get", "[1, 2]"]);
  assert.equal(args[2].arguments?.map((a) => a.value?.literal), [str("/a, b")]);
});

test("attributesOf: outer attributes only, cfg_attr opened when its predicate may hold", () => {
  const names = read(
    `#[derive(Parser)]
#[cfg_attr(test, command(name = "t"))]
#[cfg_attr(unix, command(name = "u"), command(version))]
/// docs in between
struct Cli;
#[other] fn next() {}`,
    (root) => attributesOf(nodesOf(root, "struct_item")[0], NO_FEATURES).map((a) => `${a.name}:${a.line}`),
  );
  assert.equal(names, ["derive:1", "command:3", "command:3"]);
});

test("constants: a table per file with module, type, value and line; resolved across modules", () => {
  const config = parser.read("src/config.rs", `
pub const DEFAULT_PORT: u16 = 8_080;
pub static DEFAULT_HOST: &str = "0.0.0.0";
pub const PORT: u16 = DEFAULT_PORT;
#[cfg(test)] pub const TEST_PORT: u16 = 1;
pub mod limits { pub const MAX: usize = 0x10; }
pub struct Settings;
impl Settings { pub const PATH: &'static str = "settings.toml"; }
`, (source) => constantItems(source, NO_FEATURES));
  const main = parser.read("src/main.rs", `const PORT: u16 = 3000;\nconst LOOP: u16 = LOOP;`, (source) => constantItems(source, NO_FEATURES));
  assert.equal(
    config.map((c) => [c.name, c.kind, c.type, c.module.join("::"), c.owner ?? "", c.line]),
    [
      ["DEFAULT_PORT", "const", "u16", "config", "", 2],
      ["DEFAULT_HOST", "static", "&str", "config", "", 3],
      ["PORT", "const", "u16", "config", "", 4],
      ["MAX", "const", "usize", "config::limits", "", 6],
      ["PATH", "const", "&'static str", "config", "Settings", 8],
    ],
  );
  const all = new ConstantTable([...config, ...main]);
  assert.equal(all.resolve("PORT", []), int(3000n), "the module's own first");
  assert.equal(all.resolve("PORT", ["config"]), int(8080n), "followed through DEFAULT_PORT");
  assert.equal(all.definition("PORT", ["config"])?.name, "DEFAULT_PORT", "the item that holds the literal");
  assert.equal(all.resolve("crate::config::PORT", []), int(8080n));
  assert.equal(all.resolve("config::PORT", []), int(8080n));
  assert.equal(all.resolve("super::PORT", ["config"]), int(3000n));
  assert.equal(all.resolve("DEFAULT_HOST", ["handlers"]), str("0.0.0.0"), "an imported name is found by its name");
  assert.equal(all.resolve("limits::MAX", ["config"]), int(16n));
  assert.equal(all.resolve("Settings::PATH", []), str("settings.toml"));
  assert.equal(all.resolve("PORT", ["handlers"]), undefined, "two PORTs that disagree");
  assert.equal(all.resolve("TEST_PORT", []), undefined, "test-only constants are not in the table");
  assert.equal(all.resolve("LOOP", []), undefined, "a constant naming itself ends");
  assert.equal(all.resolve("crate::MISSING", []), undefined);
});

test("fileModule: a file's module path in its crate", () => {
  const modules = {
    "src/main.rs": "",
    "src/lib.rs": "",
    "src/bin/tool.rs": "",
    "src/bin/tool/main.rs": "",
    "src/bin/tool/util.rs": "util",
    "src/config.rs": "config",
    "src/config/mod.rs": "config",
    "src/a/b.rs": "a::b",
    "crates/api/src/lib.rs": "",
    "crates/api/src/routes/health.rs": "routes::health",
    "build.rs": "",
  };
  assert.equal(Object.fromEntries(Object.keys(modules).map((f) => [f, fileModule(f).join("::")])), modules);
});

test("odd input never throws: junk, unbalanced brackets, unterminated literals, deep nesting, invalid UTF-8", () => {
  const inputs = [
    decodeSource(new Uint8Array([0xff, 0xfe, 0x00, 0x23, 0x5b, 0xc3, 0x28, 0x80, 0x7b])),
    "fn main() { { { ( [",
    'const X: &str = "never closed',
    'const Y: &str = r##"raw never closed"#',
    "#[cfg(all(test, ",
    "#[arg(long, default_value = ] struct S { #[cfg(test)] x: u8 ",
    "/* /* */",
    "{".repeat(20_000) + "}".repeat(5_000),
    "fn f() { " + "(".repeat(20_000) + " }",
    "#[".repeat(5_000),
  ];
  for (const text of inputs)
    parser.read("src/main.rs", text, (source) => {
      walkActive(source.root, NO_FEATURES, [{ types: ["function_item", "attribute_item", "string_literal"], visit: () => true }]);
      moduleDeclarations(source, NO_FEATURES);
      constantItems(source, NO_FEATURES);
      for (const item of nodesOf(source.root, "attribute_item")) readAttribute(item);
    });
  assert.is(decodeSource(new Uint8Array([0x61, 0xc3, 0x28])), "a\uFFFD(");
});

test("readers share a walk: one that declines a node gets nothing inside it, the others still do", () => {
  const { constants, calls } = read("const T: u8 = { const INNER: u8 = inner(); INNER };\nfn f() { const LOCAL: u8 = 2; }", (root) => {
    const constants: string[] = [];
    const calls: string[] = [];
    walkActive(root, NO_FEATURES, [
      {
        types: ["const_item"],
        visit: (n) => {
          constants.push(n.childForFieldName("name")!.text);
          return false;
        },
      },
      { types: ["call_expression"], visit: (n) => void calls.push(n.childForFieldName("function")!.text) },
    ]);
    return { constants, calls };
  });
  assert.equal(constants, ["T", "LOCAL"]);
  assert.equal(calls, ["inner"]);
});

test("budget: a file over the size bound, a crate over its total, and a parse past the deadline stop with the file named", () => {
  const small = new ReadBudget({ fileBytes: 100, crateBytes: 150, crateMilliseconds: 60_000 });
  small.admit("src/a.rs", 100);
  assert.throws(() => small.admit("src/big.rs", 101), (e: Error) => e instanceof SourceBudgetExceeded && /src\/big\.rs: it is 0\.0 MB/.test(e.message));
  assert.throws(() => small.admit("src/b.rs", 60), (e: Error) => /stopped at src\/b\.rs: the sources read so far/.test(e.message));
  const expired = new ReadBudget({ fileBytes: 1e9, crateBytes: 1e9, crateMilliseconds: 0 });
  const big = "fn f() { let x = 1; }\n".repeat(50_000);
  assert.throws(
    () => parser.read("src/slow.rs", big, () => "read", expired),
    (e: Error) => e instanceof SourceBudgetExceeded && /src\/slow\.rs: reading took over 0 s/.test(e.message),
  );
  // The parser is usable again after a cancelled parse.
  assert.equal(activeFunctions("fn after() {}"), ["after"]);
});

test.run();
