// deny.toml's lists from a resolve: SPDX expressions read as cargo deny reads them, and only the licenses no common
// permissive one already satisfies added.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CRATES_IO_INDEX, TEMPLATE_LICENSES, denyLists, parseSpdx, type LockedPackage } from "../../generators/catalog/deny.js";

const crate = (name: string, license: string | null, source: string | null = `registry+${CRATES_IO_INDEX}`): LockedPackage => ({ name, version: "1.0.0", license, source });

test("SPDX: OR, AND, WITH, parentheses and the legacy slash form", () => {
  assert.equal(parseSpdx("MIT"), { id: "MIT" });
  assert.equal(parseSpdx("MIT/Apache-2.0"), { op: "OR", args: [{ id: "MIT" }, { id: "Apache-2.0" }] });
  assert.equal(parseSpdx("(MIT OR Apache-2.0) AND Unicode-3.0"), {
    op: "AND",
    args: [{ op: "OR", args: [{ id: "MIT" }, { id: "Apache-2.0" }] }, { id: "Unicode-3.0" }],
  });
  assert.equal(parseSpdx("Apache-2.0 WITH LLVM-exception OR MIT"), { op: "OR", args: [{ id: "Apache-2.0 WITH LLVM-exception" }, { id: "MIT" }] });
});

test("a resolve the common licenses cover adds nothing; another license is added with the crates that need it", () => {
  const common = denyLists([crate("serde", "MIT OR Apache-2.0"), crate("ring", "Apache-2.0 AND ISC"), crate("unicode-ident", "(MIT OR Apache-2.0) AND Unicode-3.0")]);
  assert.equal(common.allow, [...TEMPLATE_LICENSES]);
  assert.equal(common.extra, []);
  const more = denyLists([
    crate("webpki-roots", "CDLA-Permissive-2.0"),
    crate("webpki-root-certs", "CDLA-Permissive-2.0"),
    crate("dual", "MPL-2.0 OR LGPL-3.0"),
    crate("gated", "(MPL-2.0 OR EPL-2.0) AND OpenSSL"),
  ]);
  assert.equal(more.extra, [
    { license: "CDLA-Permissive-2.0", crates: ["webpki-roots", "webpki-root-certs"] },
    { license: "MPL-2.0", crates: ["dual", "gated"] },
    { license: "OpenSSL", crates: ["gated"] },
  ]);
  assert.equal(more.allow, [...TEMPLATE_LICENSES, "CDLA-Permissive-2.0", "MPL-2.0", "OpenSSL"]);
});

test("sources: crates.io always, other registries and git repositories as the lock names them; unlicensed crates named", () => {
  const lists = denyLists([
    crate("a", "MIT", "sparse+https://cargo.corp.example/index/"),
    crate("b", "MIT", "git+https://github.com/corp/b?rev=1#abc"),
    crate("c", "MIT", "git+https://github.com/corp/b#def"),
    crate("d", null),
    crate("member-path-dep", null, null),
  ]);
  assert.equal(lists.registries, [CRATES_IO_INDEX, "sparse+https://cargo.corp.example/index/"]);
  assert.equal(lists.git, ["https://github.com/corp/b"]);
  assert.equal(lists.unlicensed, ["d 1.0.0"]);
});

test.run();
