// Build tools read from what build scripts run: positive and negative shapes of each evidence rule.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildScriptTools, buildToolsOf } from "../../generators/kit/scan/build-script.js";
import { loadRustParser } from "../../generators/kit/scan/syntax.js";

const parser = await loadRustParser();

/** A crate directory holding these files; returns the path of the first (the build script's entry). */
function script(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crc-build-script-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return path.join(dir, Object.keys(files)[0]);
}

const tools = (files: Record<string, string>, features: string[] = []) => [...(buildScriptTools(parser, script(files), new Set(features)) ?? ["unreadable"])].sort();

test("make: a direct call, a gmake/make choice, a configure script it runs, the autotools crate", () => {
  assert.equal(tools({ "build.rs": `use std::process::Command;\nfn main() { Command::new("make").arg("install").status().unwrap(); }` }), ["make"]);
  assert.equal(tools({ "build.rs": `fn make_cmd(host: &str) -> &'static str { if host.contains("bsd") { "gmake" } else { "make" } }\nfn main() { run(Command::new(make_cmd("x"))); }` }), ["make"]);
  assert.equal(tools({ "build.rs": `fn main() { let c = Command::new(fs::canonicalize(dir.join("configure")).unwrap()); }` }), ["make"]);
  assert.equal(tools({ "build.rs": `fn main() { let dst = autotools::Config::new("lib").reconf("-ivf").build(); }` }), ["autotools", "make"]);
  assert.equal(tools({ "build.rs": `fn main() { Command::new("autoreconf").arg("-fi"); Command::new("sh").arg("./configure"); }` }), ["autotools", "make"]);
});

test("make: a comment or a cc-only build is no evidence", () => {
  assert.equal(tools({ "build.rs": `// Command::new("make") was used once\nfn main() { cc::Build::new().file("src/a.c").compile("a"); }` }), []);
  assert.equal(tools({ "build.rs": `fn main() { println!("cargo:rerun-if-changed=Makefile"); }` }), []);
});

test("cmake: the only builder counts; beside a cc builder the script chooses at build time", () => {
  assert.equal(tools({ "build.rs": `fn main() { let dst = cmake::Config::new("libgit2").build(); }` }), ["cmake"]);
  assert.equal(tools({ "build.rs": `fn main() { let dst = cmake::build("vendor"); }` }), ["cmake"]);
  // The builders live in module files beside the entry: they are read too.
  assert.equal(
    tools({
      "builder/main.rs": `mod cc_builder;\nmod cmake_builder;\nfn main() { if prefer_cmake() { cmake_builder::run() } else { cc_builder::run() } }`,
      "builder/cc_builder.rs": `pub fn run() { cc::Build::new().compile("x"); }`,
      "builder/cmake_builder.rs": `pub fn run() { cmake::Config::new(".").build(); }`,
    }),
    [],
  );
  assert.equal(tools({ "builder/main.rs": `mod cmake_builder;\nfn main() { cmake_builder::run() }`, "builder/cmake_builder.rs": `pub fn run() { cmake::Config::new(".").build(); }` }), ["cmake"]);
});

test("bindgen: only where a Linux build with these features runs it", () => {
  assert.equal(tools({ "build.rs": `fn main() { bindgen::builder().header("wrapper.h").generate().unwrap(); }` }), ["bindgen"]);
  assert.equal(tools({ "build.rs": `#[cfg(target_os = "macos")]\nfn main() { bindgen::builder().generate().unwrap(); }\n#[cfg(target_os = "linux")]\nfn main() {}` }), []);
  const featureGated = { "build.rs": `#[cfg(feature = "bindgen")]\nmod sys_bindgen;\nfn main() {}`, "sys_bindgen.rs": `pub fn run() { bindgen::builder().generate(); }` };
  assert.equal(tools(featureGated), []);
  assert.equal(tools(featureGated, ["bindgen"]), ["bindgen"]);
});

test("perl: a direct call only; a script that can take perl from a variable regenerates what its crate ships", () => {
  assert.equal(tools({ "build.rs": `fn main() { Command::new("perl").arg("Configure").status().unwrap(); }` }), ["perl"]);
  assert.equal(tools({ "build.rs": `fn perl_exe() -> PathBuf { get_command("PERL_EXECUTABLE", "perl") }\nfn main() { if is_git { run(perl_exe()) } }` }), []);
});

test("protoc: prost/tonic builds, unless the script takes a vendored protoc", () => {
  assert.equal(tools({ "build.rs": `fn main() { tonic_build::compile_protos("proto/a.proto").unwrap(); }` }), ["prost-build"]);
  assert.equal(tools({ "build.rs": `fn main() { prost_build::Config::new().compile_protos(&["a.proto"], &["src"]).unwrap(); }` }), ["prost-build"]);
  assert.equal(tools({ "build.rs": `fn main() { std::env::set_var("PROTOC", protoc_bin_vendored::protoc_bin_path().unwrap()); prost_build::compile_protos(&["a.proto"], &["src"]).unwrap(); }` }), []);
  assert.equal(tools({ "build.rs": `fn main() { println!("cargo:rustc-env=GIT_SHA={}", sha()); }` }), []);
});

test("a script that cannot be read leaves the decision to the lock", () => {
  assert.is(buildScriptTools(parser, path.join(tmpdir(), "crc-no-such-dir", "build.rs"), new Set()), undefined);
  const ok = script({ "build.rs": `fn main() { Command::new("make"); }` });
  assert.equal([...buildToolsOf(parser, [{ crate: "jemalloc-sys", entry: ok }], new Map())!], [["make", ["jemalloc-sys"]]]);
  assert.is(buildToolsOf(parser, [{ crate: "jemalloc-sys", entry: ok }, { crate: "gone-sys", entry: path.join(tmpdir(), "crc-no-such-dir", "build.rs") }], new Map()), undefined);
});

test.run();
