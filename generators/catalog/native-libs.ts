// Native libraries and build tools a crate's Cargo.lock asks for: one row per -sys or build-tool crate, with the
// builder and runtime packages by image family. Detection reads the lock; the Dockerfile installs what the rows say.
import type { Runtime } from "./catalog.js";

type Packages = { debian: string[]; alpine: string[] };

export interface NativeLibRow {
  /** What the crate needs, as the plan names it. */
  library: string;
  /** Where the need was read: a locked crate (the default), the linker settings of .cargo/config.toml, or what a
   * build script runs (never matched against the lock). */
  via?: "cargo-config" | "build-script";
  /** A tool a build script runs, keyed by the crate that drives it: when the build scripts were read, only what they
   * run counts; the locked crate is the guess when they cannot be read. */
  ranByBuildScript?: true;
  /** Not needed when one of these is locked too (the library is built from source instead). */
  unlessLocked?: string[];
  /** Not needed when a manifest turns on one of these features of any dependency (e.g. sqlite's `bundled`). */
  unlessFeature?: string[];
  /** Tools that run on the build machine. */
  host: Packages;
  /** Headers and libraries for the target (installed per platform when cross-compiling). */
  target: Packages;
  /** Shared libraries a glibc binary loads at run time (Debian names), and whether distroless/cc ships them. */
  runtime?: { debian: string[]; inDistrolessCc: boolean };
  /** A static (musl) build: extra Alpine packages and environment, or false when it cannot link statically. */
  static: { alpine: string[]; env: string[] } | false;
}

const none: Packages = { debian: [], alpine: [] };

/** prost-build and tonic-build run protoc on .proto files unless protobuf-src builds one. */
const PROTOC: NativeLibRow = {
  library: "protoc (a build script compiles .proto files)",
  ranByBuildScript: true,
  unlessLocked: ["protobuf-src"],
  host: { debian: ["protobuf-compiler"], alpine: ["protoc", "protobuf-dev"] },
  target: none,
  static: { alpine: [], env: [] },
};

export const NATIVE_LIBS: Record<string, NativeLibRow> = {
  "openssl-sys": {
    library: "OpenSSL (libssl)",
    // `vendored` builds OpenSSL from source (the openssl-src row) and links it statically.
    unlessFeature: ["vendored"],
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libssl-dev"], alpine: ["openssl-dev"] },
    runtime: { debian: ["libssl3"], inDistrolessCc: true },
    static: { alpine: ["openssl-libs-static"], env: ["OPENSSL_STATIC=1"] },
  },
  // The lock cannot tell whether openssl's `vendored` feature is on: with openssl-src locked, both ways can build.
  "openssl-src": {
    library: "OpenSSL from source (openssl-src)",
    host: { debian: ["perl", "make"], alpine: ["perl", "make"] },
    target: { debian: [], alpine: ["linux-headers"] },
    static: { alpine: [], env: [] },
  },
  "pq-sys": {
    library: "PostgreSQL client (libpq)",
    unlessLocked: ["pq-src"],
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libpq-dev"], alpine: ["libpq-dev"] },
    runtime: { debian: ["libpq5"], inDistrolessCc: false },
    static: false,
  },
  "libsqlite3-sys": {
    library: "SQLite (libsqlite3)",
    unlessFeature: ["bundled", "bundled-full", "bundled-sqlcipher"],
    unlessLocked: ["sqlx-sqlite"],
    host: { debian: ["pkg-config"], alpine: ["pkgconf"] },
    target: { debian: ["libsqlite3-dev"], alpine: ["sqlite-dev"] },
    runtime: { debian: ["libsqlite3-0"], inDistrolessCc: false },
    static: { alpine: ["sqlite-static"], env: ["SQLITE3_STATIC=1"] },
  },
  // Without the system library's headers these build their bundled C sources with cc and link them statically.
  "libz-sys": { library: "zlib (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  "zstd-sys": { library: "zstd (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  "bzip2-sys": { library: "bzip2 (bundled C source)", host: none, target: none, static: { alpine: [], env: [] } },
  cmake: { library: "CMake (a build script runs it)", ranByBuildScript: true, host: { debian: ["cmake"], alpine: ["cmake"] }, target: none, static: { alpine: [], env: [] } },
  "prost-build": PROTOC,
  "tonic-build": PROTOC,
  // Tools only a build script's code shows it runs (a bundled C library built with configure and make).
  make: { library: "make (a build script runs it)", via: "build-script", host: { debian: ["make"], alpine: ["make"] }, target: none, static: { alpine: [], env: [] } },
  autotools: {
    library: "autoconf, automake and libtool (a build script regenerates configure)",
    via: "build-script",
    host: { debian: ["autoconf", "automake", "libtool"], alpine: ["autoconf", "automake", "libtool"] },
    target: none,
    static: { alpine: [], env: [] },
  },
  perl: { library: "perl (a build script runs it)", via: "build-script", host: { debian: ["perl"], alpine: ["perl"] }, target: none, static: { alpine: [], env: [] } },
  // Linkers a .cargo/config.toml asks for (`linker = "clang"`, `-fuse-ld=lld|mold`); keys are not crate names.
  "linker-clang": { library: "clang as the linker", via: "cargo-config", host: { debian: ["clang"], alpine: ["clang"] }, target: none, static: { alpine: [], env: [] } },
  "linker-lld": { library: "the lld linker", via: "cargo-config", host: { debian: ["lld"], alpine: ["lld"] }, target: none, static: { alpine: [], env: [] } },
  "linker-mold": { library: "the mold linker", via: "cargo-config", host: { debian: ["mold"], alpine: ["mold"] }, target: none, static: { alpine: [], env: [] } },
  bindgen: { library: "libclang (bindgen)", ranByBuildScript: true, host: { debian: ["clang", "libclang-dev"], alpine: ["clang", "clang-dev"] }, target: none, static: { alpine: [], env: [] } },
};

/** How OpenSSL reaches the build: built from source (openssl-src) or the system's; undefined when nothing uses it. */
export function opensslOf(crates: Set<string>): "vendored" | "system" | undefined {
  if (!crates.has("openssl-sys") && !crates.has("native-tls")) return undefined;
  return crates.has("openssl-src") ? "vendored" : "system";
}

/**
 * The rows a lock calls for: locked crates that have a row, minus those another locked crate or a feature replaces.
 * `features`: the features on in each crate (cargo's resolve), or one set for all (what manifests ask for).
 * `scriptTools`: the rows the build scripts' code calls for, when they were read; they replace the tool rows the lock
 * would guess.
 */
export function nativeLibsFor(locked: Set<string>, features: Set<string> | Map<string, Set<string>>, scriptTools?: Set<string>): string[] {
  const on = (crate: string) => (features instanceof Map ? (features.get(crate) ?? new Set<string>()) : features);
  const called = (key: string, row: NativeLibRow) =>
    row.via === "build-script" ? scriptTools?.has(key) : row.ranByBuildScript && scriptTools ? scriptTools.has(key) : locked.has(key);
  return Object.entries(NATIVE_LIBS)
    .filter(([key, row]) => called(key, row) && !row.unlessLocked?.some((c) => locked.has(c)) && !row.unlessFeature?.some((f) => on(key).has(f)))
    .map(([key]) => key);
}

const union = (lists: string[][]) => [...new Set(lists.flat())];

/** Packages and environment for a build of these rows on a builder family, static or not. */
export function nativeBuild(libs: string[], family: "debian" | "alpine", staticBinary: boolean) {
  const rows = libs.map((l) => NATIVE_LIBS[l]);
  return {
    host: union(rows.map((r) => r.host[family])),
    target: union(rows.map((r) => [...r.target[family], ...(staticBinary && r.static ? r.static.alpine : [])])),
    env: staticBinary ? union(rows.map((r) => (r.static ? r.static.env : []))) : [],
    runtime: staticBinary ? [] : union(rows.map((r) => r.runtime?.debian ?? [])),
  };
}

/**
 * The runtime image the libraries allow: a static runtime needs every one to link statically; distroless/cc lacks
 * some shared libraries, so an unchosen default moves to debian-slim (which installs them) and a chosen one is refused.
 */
export function fitRuntime(
  libs: string[],
  runtime: Runtime,
  chosen: boolean,
  libc: "musl" | "glibc",
): { runtime: Runtime; note?: string } | { error: string } {
  const rows = libs.map((l) => [l, NATIVE_LIBS[l]] as const);
  const notStatic = rows.filter(([, r]) => r.static === false);
  if (libc === "musl" && notStatic.length)
    return {
      error: `${notStatic.map(([c, r]) => `${c} (${r.library})`).join(", ")} cannot link statically for --runtime ${runtime}: choose --runtime debian-slim (or distroless-cc without it)`,
    };
  const missing = rows.filter(([, r]) => r.runtime && !r.runtime.inDistrolessCc);
  if (runtime !== "distroless-cc" || !missing.length) return { runtime };
  const names = missing.map(([, r]) => r.runtime!.debian.join(" ")).join(", ");
  if (chosen) return { error: `distroless/cc has no ${names}, which ${missing.map(([c]) => c).join(", ")} needs at run time: choose --runtime debian-slim` };
  return { runtime: "debian-slim", note: `distroless/cc has no ${names}: the image runs on debian-slim, which installs ${missing.length > 1 ? "them" : "it"}` };
}

/** Linker rows for the values of `linker` and `rustflags` settings in a .cargo/config.toml. */
export function linkerTools(linkers: string[], rustflags: string[]): string[] {
  const tools = new Set<string>();
  for (const l of linkers) {
    const base = l.split("/").pop()!;
    if (/^clang(\+\+)?(-\d+)?$/.test(base)) tools.add("linker-clang");
    if (/^(ld\.)?lld(-\d+)?$/.test(base)) tools.add("linker-lld");
    if (/^(ld\.)?mold$/.test(base)) tools.add("linker-mold");
  }
  for (const flag of rustflags) {
    const ld = /-fuse-ld=(?:\S*\/)?(lld|mold)/.exec(flag)?.[1];
    if (ld) tools.add(`linker-${ld}`);
  }
  // `-C linker=clang` in rustflags sets the linker as the `linker` key does.
  const fromFlags = rustflags.map((f) => /^(?:-C)?linker=(\S+)$/.exec(f)?.[1]).filter((l) => l !== undefined);
  return fromFlags.length ? [...new Set([...linkerTools(fromFlags, []), ...tools])] : [...tools];
}
