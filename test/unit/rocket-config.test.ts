// A Rocket crate's own configuration: which variables reach the address and port it launches with.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findOwnRocketConfig } from "../../generators/kit/scan/rocket-config.js";
import { readSource, type SourceFile } from "../../generators/kit/scan/scan.js";
import { loadRustParser } from "../../generators/kit/scan/syntax.js";

const parser = await loadRustParser();
const src = (path: string, text: string): SourceFile => {
  const { inactiveModules: _modules, otherPlatformFiles: _other, ...read } = readSource(parser, path, text);
  return read;
};

test("its own figment with an environment provider: the variables of that prefix", () => {
  const found = findOwnRocketConfig([
    src(
      "src/config.rs",
      `impl Config {
    pub fn figment() -> Figment {
        Figment::new()
            .merge(Toml::file(Env::var_or("PASTE_CONFIG", "Paste.toml")).nested())
            .merge(Env::prefixed("PASTE_").profile(Profile::Global))
    }
}
`,
    ),
    src("src/main.rs", `#[launch]\nfn rocket() -> _ {\n    rocket::custom(Config::figment())\n}\n`),
  ]);
  assert.equal(found, { file: "src/main.rs", line: 3, envPrefix: "PASTE_" });
});

test("a Config it fills itself: no variable reaches it", () => {
  const found = findOwnRocketConfig([
    src("src/main.rs", `fn rocket() -> _ {\n    let config = rocket::Config { address: settings.host, port: settings.port, ..rocket::Config::default() };\n    rocket::custom(config)\n}\n`),
  ]);
  assert.equal(found, { file: "src/main.rs", line: 3 });
});

test("not its own: Rocket's figment (qualified, or bare without a figment fn of the crate's), a ROCKET_ provider, no custom launch, test code", () => {
  const launch = (body: string) => findOwnRocketConfig([src("src/main.rs", `fn rocket() -> _ {\n    ${body}\n}\n`)]);
  assert.is(launch(`rocket::custom(rocket::Config::figment().merge(("port", 9000)))`), undefined);
  assert.is(launch(`use rocket::Config;\n    rocket::custom(Config::figment().merge(("port", 9000)))`), undefined);
  assert.is(launch(`rocket::custom(Figment::new().merge(Env::prefixed("ROCKET_")))`), undefined);
  assert.is(launch(`rocket::build().mount("/", routes![index])`), undefined);
  assert.is(findOwnRocketConfig([src("tests/launch.rs", `fn t() { rocket::custom(Figment::new()); }`)]), undefined);
});

test.run();
