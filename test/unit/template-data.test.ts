import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildToolchain } from "../../generators/template-data.js";

const file = "rust-toolchain.toml";

test("the builder image's own toolchain is selected, never installed, when the file pins its exact version or stable", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.95.0", rustVersion: "1.95.0" }), { name: "1.95.0", install: false });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.95.0" }), { name: "1.95.0", install: false });
  // A file with components only: rustup's default toolchain, which in the builder is the image's own.
  assert.equal(buildToolchain({ toolchainFile: file, rustVersion: "1.95.0" }), { name: "1.95.0", install: false });
});

test("channels no rust:<version> image is named after are installed (minimal), by the name the file gives", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "nightly-2026-06-01", rustVersion: "1.95.0" }), { name: "nightly-2026-06-01", install: true });
  // rust:1.88 holds 1.88.x under its full version, so "1.88" is another toolchain name to rustup.
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.88", rustVersion: "1.88" }), { name: "1.88", install: true });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.99" }), { name: "stable", install: true });
});

test("no toolchain file: the image's default toolchain, nothing selected", () => {
  assert.is(buildToolchain({ rustVersion: "1.95.0" }), undefined);
});

test.run();
