// cargo-deny's license and source lists for deny.toml: for a new service, the licenses its templates' crates use;
// for an existing crate, what its resolved dependencies use today, so the first CI run fails only on what changes.

/** Every license the template's crates need, over every framework, TLS stack and backing service (cargo metadata). */
export const TEMPLATE_LICENSES = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "Unicode-3.0", "Zlib", "BSL-1.0"] as const;

export const CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index";

export interface LockedPackage {
  name: string;
  version: string;
  /** The SPDX expression of Cargo.toml's `license`; null when the crate names only a license file. */
  license: string | null;
  /** cargo's source id: "registry+<url>", "sparse+<url>", "git+<url>?…#<rev>"; null for a path dependency. */
  source: string | null;
}

export interface DenyLists {
  allow: string[];
  /** Licenses allowed beyond TEMPLATE_LICENSES, each with the crates that need it. */
  extra: { license: string; crates: string[] }[];
  registries: string[];
  git: string[];
  /** Registry crates with no SPDX expression: cargo deny fails on them until deny.toml clarifies their license. */
  unlicensed: string[];
}

type Expr = { id: string } | { op: "AND" | "OR"; args: Expr[] };

/** Parses an SPDX expression (and the legacy "MIT/Apache-2.0" form); `X WITH Y` is one license id, as cargo deny allows it. */
export function parseSpdx(expression: string): Expr {
  const tokens = expression.replace(/\//g, " OR ").match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const atom = (): Expr => {
    if (tokens[at] === "(") {
      at++;
      const inner = or();
      at++; // ")"
      return inner;
    }
    let id = tokens[at++] ?? "";
    if (tokens[at] === "WITH") {
      id = `${id} WITH ${tokens[at + 1]}`;
      at += 2;
    }
    return { id };
  };
  const chain = (op: "AND" | "OR", next: () => Expr) => (): Expr => {
    const args = [next()];
    while (tokens[at] === op) {
      at++;
      args.push(next());
    }
    return args.length === 1 ? args[0] : { op, args };
  };
  const and = chain("AND", atom);
  const or = chain("OR", and);
  return or();
}

const satisfied = (e: Expr, allowed: Set<string>): boolean =>
  "id" in e ? allowed.has(e.id) : e.op === "AND" ? e.args.every((a) => satisfied(a, allowed)) : e.args.some((a) => satisfied(a, allowed));

/**
 * The ids that satisfy `e`: of each OR, the first alternative already allowed, else its first alternative; all of an
 * AND. So an expression reuses a license allowed before rather than adding another.
 */
const chosen = (e: Expr, allowed: Set<string>): string[] =>
  "id" in e ? [e.id] : e.op === "AND" ? e.args.flatMap((a) => chosen(a, allowed)) : chosen(e.args.find((a) => satisfied(a, allowed)) ?? e.args[0], allowed);

/** deny.toml's lists for the packages of a resolve (workspace members excluded). */
export function denyLists(packages: LockedPackage[]): DenyLists {
  const common = new Set<string>(TEMPLATE_LICENSES);
  const allowed = new Set(common);
  const extra = new Map<string, string[]>();
  const unlicensed: string[] = [];
  for (const p of packages) {
    if (p.source === null) continue; // path dependencies: private = { ignore = true } covers unpublished ones
    if (!p.license) {
      unlicensed.push(`${p.name} ${p.version}`);
      continue;
    }
    const expr = parseSpdx(p.license);
    if (satisfied(expr, common)) continue;
    for (const id of chosen(expr, allowed).filter((id) => !common.has(id))) {
      extra.set(id, [...new Set([...(extra.get(id) ?? []), p.name])]);
      allowed.add(id);
    }
  }
  const sources = packages.map((p) => p.source).filter((s): s is string => s !== null);
  const registries = new Set([CRATES_IO_INDEX]);
  for (const s of sources) if (/^(registry|sparse)\+/.test(s)) registries.add(s.replace(/^registry\+/, ""));
  const git = [...new Set(sources.filter((s) => s.startsWith("git+")).map((s) => s.slice(4).replace(/[?#].*$/, "")))];
  return {
    allow: [...allowed],
    extra: [...extra].map(([license, crates]) => ({ license, crates })),
    registries: [...registries],
    git,
    unlicensed,
  };
}

/** A new service's lists: the template's licenses, crates.io only. */
export const TEMPLATE_DENY: DenyLists = { allow: [...TEMPLATE_LICENSES], extra: [], registries: [CRATES_IO_INDEX], git: [], unlicensed: [] };
