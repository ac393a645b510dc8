// Decides which crate names Cargo would accept, following the Cargo book and `cargo new`'s checks.

// Strict and reserved keywords of Rust 2021 (`cargo new` refuses them as package names).
const RUST_KEYWORDS = new Set(
  ("as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut " +
    "pub ref return self Self static struct super trait true type unsafe use where while abstract become box do final " +
    "gen macro override priv try typeof unsized virtual yield").split(" "),
);
// Names of Rust's built-in libraries: a package with one of them would shadow it.
const BUILTIN_LIBRARIES = new Set(["core", "std", "alloc", "proc_macro", "proc-macro", "test"]);
// Directory names Cargo uses inside target/; a binary with one of these names collides with them.
const CARGO_ARTIFACT_DIRS = new Set(["deps", "examples", "build", "incremental"]);
// Reserved file names on Windows: such a crate cannot be checked out there.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 64; // crates.io's limit

/** Returns why `name` is not a valid crate name, or undefined when it is. */
export function crateNameProblem(name: string): string | undefined {
  if (name === "") return "must not be empty";
  if (name.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
  const bad = [...name].find((c) => !/[A-Za-z0-9_-]/.test(c));
  if (bad !== undefined) return `contains ${JSON.stringify(bad)}: use ASCII letters, digits, "-" and "_" only`;
  if (!/^[A-Za-z]/.test(name)) return "must start with an ASCII letter";
  if (RUST_KEYWORDS.has(name)) return "is a Rust keyword";
  if (BUILTIN_LIBRARIES.has(name)) return "conflicts with a Rust built-in library";
  if (CARGO_ARTIFACT_DIRS.has(name)) return "conflicts with a Cargo build directory name";
  if (WINDOWS_RESERVED.test(name)) return "is a reserved file name on Windows";
  return undefined;
}

/** The crate name a directory suggests: lower-cased, with runs of other characters turned into "-". */
export function crateNameFromDirectory(dirName: string): string {
  return dirName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_0-9]+|[-_]+$/g, "");
}
