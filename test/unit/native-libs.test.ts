// The native-library rows: which a lock calls for, what each builder family installs, which runtime can run it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { reachable } from "../../generators/kit/build-graph.js";
import { fitRuntime, linkerTools, nativeBuild, nativeLibsFor } from "../../generators/catalog/native-libs.js";

const lock = (...crates: string[]) => new Set(crates);

test("rows from the lock: a source-built or bundled variant replaces the system library", () => {
  assert.equal(nativeLibsFor(lock("openssl-sys", "native-tls", "tokio"), new Set()), ["openssl-sys"]);
  // Whether `vendored` is on cannot be read from the lock: both ways get what they need.
  assert.equal(nativeLibsFor(lock("openssl-sys", "openssl-src"), new Set()), ["openssl-sys", "openssl-src"]);
  assert.equal(nativeLibsFor(lock("pq-sys", "diesel"), new Set()), ["pq-sys"]);
  assert.equal(nativeLibsFor(lock("pq-sys", "pq-src"), new Set()), []);
  assert.equal(nativeLibsFor(lock("libsqlite3-sys", "rusqlite"), new Set()), ["libsqlite3-sys"]);
  assert.equal(nativeLibsFor(lock("libsqlite3-sys", "rusqlite"), new Set(["bundled"])), []);
  assert.equal(nativeLibsFor(lock("libsqlite3-sys", "sqlx-sqlite"), new Set()), []);
  assert.equal(nativeLibsFor(lock("prost-build", "tonic-build", "cmake", "bindgen"), new Set()), ["cmake", "prost-build", "tonic-build", "bindgen"]);
  assert.equal(nativeLibsFor(lock("prost-build", "protobuf-src"), new Set()), []);
  // cargo's resolve names openssl-sys's own features: `vendored` builds it from source, no system headers.
  assert.equal(nativeLibsFor(lock("openssl-sys", "openssl-src"), new Map([["openssl-sys", new Set(["vendored"])]])), ["openssl-src"]);
});

test("tool rows: with the build scripts read, what they run replaces what the lock guesses", () => {
  // aws-lc-sys locks cmake, but its script builds with cc on Linux; jemalloc's runs make.
  const locked = lock("aws-lc-sys", "cmake", "tikv-jemalloc-sys", "bindgen");
  assert.equal(nativeLibsFor(locked, new Set()), ["cmake", "bindgen"]);
  assert.equal(nativeLibsFor(locked, new Set(), new Set(["make"])), ["make"]);
  assert.equal(nativeLibsFor(lock("prost-build"), new Set(), new Set(["prost-build"])), ["prost-build"]);
  assert.equal(nativeLibsFor(lock("prost-build", "protobuf-src"), new Set(), new Set(["prost-build"])), []);
  // Tool rows only a script shows are never read from crate names in the lock.
  assert.equal(nativeLibsFor(lock("make", "perl", "autotools"), new Set()), []);
});

test("packages per family: tools on the host, headers for the target, static extras on musl, shared libraries at run time", () => {
  assert.equal(nativeBuild(["openssl-sys", "pq-sys"], "debian", false), {
    host: ["pkg-config"],
    target: ["libssl-dev", "libpq-dev"],
    env: [],
    runtime: ["libssl3", "libpq5"],
  });
  assert.equal(nativeBuild(["openssl-sys", "openssl-src"], "alpine", true), {
    host: ["pkgconf", "perl", "make"],
    target: ["openssl-dev", "openssl-libs-static", "linux-headers"],
    env: ["OPENSSL_STATIC=1"],
    runtime: [],
  });
  assert.equal(nativeBuild(["tonic-build", "bindgen"], "debian", false).host, ["protobuf-compiler", "clang", "libclang-dev"]);
});

test("runtime fit: distroless/cc lacks libpq, so the default moves to debian-slim and a chosen one is refused; libpq never links statically", () => {
  assert.equal(fitRuntime(["openssl-sys"], "distroless-cc", false, "glibc"), { runtime: "distroless-cc" });
  const moved = fitRuntime(["pq-sys"], "distroless-cc", false, "glibc");
  assert.equal("runtime" in moved && moved.runtime, "debian-slim");
  assert.match("note" in moved ? moved.note! : "", /distroless\/cc has no libpq5/);
  assert.match((fitRuntime(["pq-sys"], "distroless-cc", true, "glibc") as { error: string }).error, /choose --runtime debian-slim/);
  assert.match((fitRuntime(["pq-sys"], "scratch", true, "musl") as { error: string }).error, /^pq-sys \(PostgreSQL client \(libpq\)\) cannot link statically/);
  assert.equal(fitRuntime(["libsqlite3-sys"], "scratch", true, "musl"), { runtime: "scratch" });
  assert.equal(fitRuntime(["pq-sys"], "debian-slim", true, "glibc"), { runtime: "debian-slim" });
});

test("linkers from .cargo/config.toml: linker paths and -fuse-ld flags; gcc and cc need nothing", () => {
  assert.equal(linkerTools(["clang"], ["-C", "link-arg=-fuse-ld=lld"]), ["linker-clang", "linker-lld"]);
  assert.equal(linkerTools(["/usr/bin/clang-18"], ["-Clink-arg=-fuse-ld=/usr/bin/mold"]), ["linker-clang", "linker-mold"]);
  assert.equal(linkerTools(["ld.lld"], []), ["linker-lld"]);
  assert.equal(linkerTools(["gcc", "cc"], ["--cfg", "tokio_unstable"]), []);
  // The linker given as a codegen flag, as public service crates do: ["-C", "linker=clang", "-C", "link-arg=-fuse-ld=lld"].
  assert.equal(linkerTools([], ["-C", "linker=clang", "-C", "link-arg=-fuse-ld=lld"]), ["linker-clang", "linker-lld"]);
  assert.equal(linkerTools([], ["-Clinker=clang"]), ["linker-clang"]);
});

test("the build graph walks normal and build edges from the package: dev-only and other members' crates are not built", () => {
  const pkg = (name: string) => ({ id: `${name}-id`, name, targets: [{ kind: name.endsWith("-sys") ? ["custom-build"] : ["lib"], src_path: `/registry/${name}/build.rs` }] });
  const node = (name: string, deps: [string, string | null][], features: string[] = []) => ({
    id: `${name}-id`,
    features,
    deps: deps.map(([dep, kind]) => ({ pkg: `${dep}-id`, dep_kinds: [{ kind }] })),
  });
  const metadata = {
    packages: ["app", "worker", "rusqlite", "libsqlite3-sys", "cc", "criterion", "pq-sys"].map(pkg),
    workspace_members: ["app-id", "worker-id"],
    resolve: {
      nodes: [
        node("app", [["rusqlite", null], ["criterion", "dev"]]),
        node("rusqlite", [["libsqlite3-sys", null]], ["bundled"]),
        node("libsqlite3-sys", [["cc", "build"]], ["bundled", "cc"]),
        node("cc", []),
        node("criterion", [["pq-sys", null]]),
        node("worker", [["pq-sys", null]]),
        node("pq-sys", []),
      ],
    },
  };
  const graph = reachable(metadata, "app")!;
  assert.equal([...graph.crates].sort(), ["app", "cc", "libsqlite3-sys", "rusqlite"]);
  assert.ok(graph.features.get("libsqlite3-sys")?.has("bundled"));
  // The build scripts of what is compiled, not of the dev-dependency's pq-sys.
  assert.equal(graph.buildScripts, [{ crate: "libsqlite3-sys", entry: "/registry/libsqlite3-sys/build.rs" }]);
  // bundled SQLite needs no system library; the worker's libpq is not the app's.
  assert.equal(nativeLibsFor(graph.crates, graph.features), []);
  assert.equal(nativeLibsFor(reachable(metadata, "worker")!.crates, new Set()), ["pq-sys"]);
  // Another crate's own `bundled` (duckdb's) does not make the system SQLite bundled.
  assert.equal(nativeLibsFor(new Set(["libsqlite3-sys", "duckdb"]), new Map([["duckdb", new Set(["bundled"])]])), ["libsqlite3-sys"]);
  assert.is(reachable(metadata, "missing"), undefined);
});

test("the package's own libraries: compiled registry packages from its repository, with a library target", () => {
  const repo = "https://github.com/example/queue";
  const pkg = (name: string, repository: string | null, kind = "lib") => ({ id: `${name}-id`, name, repository, manifest_path: `/registry/${name}/Cargo.toml`, targets: [{ kind: [kind], src_path: `/registry/${name}/src/lib.rs` }] });
  const node = (name: string, deps: string[]) => ({ id: `${name}-id`, features: [], deps: deps.map((dep) => ({ pkg: `${dep}-id`, dep_kinds: [{ kind: null }] })) });
  const metadata = {
    packages: [pkg("queue", repo, "bin"), pkg("queue-lib", `${repo}.git`), pkg("queue-macros", repo, "proc-macro"), pkg("queue-bench", repo), pkg("serde", "https://github.com/serde-rs/serde")],
    workspace_members: ["queue-id"],
    resolve: { nodes: [node("queue", ["queue-lib", "queue-macros", "serde"]), node("queue-lib", ["serde"]), node("queue-macros", []), node("queue-bench", []), node("serde", [])] },
  };
  // Not a proc-macro (it runs in the compiler), not a package of the repository the build does not compile.
  assert.equal(reachable(metadata, "queue")!.ownLibraries, [{ crate: "queue-lib", dir: "/registry/queue-lib" }]);
  // A package without a repository has no libraries of its own to find.
  assert.equal(reachable({ ...metadata, packages: metadata.packages.map((p) => (p.name === "queue" ? { ...p, repository: null } : p)) }, "queue")!.ownLibraries, []);
});

test("an optional dependency that only a weak feature (dep?/feature) names is not built, as cargo tree says", () => {
  const optional = (name: string) => ({ name, optional: true, kind: null });
  const metadata = {
    packages: [
      { id: "app-id", name: "app", dependencies: [{ name: "sqlx", optional: false, kind: null }] },
      // sqlx's `migrate` feature reaches its drivers weakly; only `postgres` enables one.
      { id: "sqlx-id", name: "sqlx", dependencies: [optional("sqlx-postgres"), optional("sqlx-mysql")], features: { postgres: ["dep:sqlx-postgres"], migrate: ["sqlx-postgres?/migrate", "sqlx-mysql?/migrate"] } },
      { id: "sqlx-postgres-id", name: "sqlx-postgres" },
      { id: "sqlx-mysql-id", name: "sqlx-mysql" },
    ],
    workspace_members: ["app-id"],
    resolve: {
      nodes: [
        { id: "app-id", features: [], deps: [{ pkg: "sqlx-id", dep_kinds: [{ kind: null }] }] },
        { id: "sqlx-id", features: ["migrate", "postgres"], deps: ["sqlx-postgres-id", "sqlx-mysql-id"].map((pkg) => ({ pkg, dep_kinds: [{ kind: null }] })) },
        { id: "sqlx-postgres-id", features: ["migrate"], deps: [] },
        { id: "sqlx-mysql-id", features: ["migrate"], deps: [] },
      ],
    },
  };
  assert.equal([...reachable(metadata, "app")!.crates].sort(), ["app", "sqlx", "sqlx-postgres"]);
});

test.run();
