import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildToolchain } from "../../generators/render/template-data.js";

const file = "rust-toolchain.toml";

test("the builder image's own toolchain is selected, never installed, when the file pins its version or stable", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.95.0", rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: true });
  // rust:1.88 is 1.88's latest release, which is what rustup makes of the channel "1.88".
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "1.88", rustVersion: "1.88" }), { name: "1.88", install: false, pinsBuilder: true });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: false });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "stable", rustVersion: "1.99" }), { name: "1.99", install: false, pinsBuilder: false });
  // A file with components only: rustup's default toolchain, which in the builder is the image's own.
  assert.equal(buildToolchain({ toolchainFile: file, rustVersion: "1.95.0" }), { name: "1.95.0", install: false, pinsBuilder: false });
});

test("channels no rust:<version> image is are installed from the file", () => {
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "nightly-2026-06-01", rustVersion: "1.95.0" }), { name: "nightly-2026-06-01", install: true, pinsBuilder: false });
  assert.equal(buildToolchain({ toolchainFile: file, toolchainChannel: "beta", rustVersion: "1.95.0" }), { name: "beta", install: true, pinsBuilder: false });
});

test("no toolchain file: the image's default toolchain, nothing selected", () => {
  assert.is(buildToolchain({ rustVersion: "1.95.0" }), undefined);
});

test.run();
