// The crate's `const` and `static` items, and what a name used elsewhere (`DEFAULT_PORT`, `config::PORT`) holds.
import { walkActive, enclosingModules, type CfgContext, type NodeReader } from "./cfg.js";
import { literalValue, type LiteralValue } from "./literal.js";
import type { ParsedSource } from "./syntax.js";

export interface ConstantItem {
  name: string;
  kind: "const" | "static";
  /** The declared type as written (`u16`, `&'static str`). */
  type: string;
  /** The value when it is a literal; `valuePath` when it names another item (`const PORT: u16 = DEFAULT_PORT;`). */
  value?: LiteralValue;
  valuePath?: string;
  /** The module it is declared in, from the crate root (`["config"]`); inline `mod` blocks included. */
  module: string[];
  /** The type whose `impl` block declares it (`Config::PORT`), for an associated constant. */
  owner?: string;
  file: string;
  line: number;
}

const PATH_TYPES = new Set(["identifier", "scoped_identifier"]);

/** The module a file is in its crate, from its path (`src/config/mod.rs` → `["config"]`, under a workspace member's
 * `src/` too); a crate root (`main.rs`, `lib.rs`, `src/bin/x.rs`, `src/bin/x/main.rs`) is `[]`. */
export function fileModule(file: string): string[] {
  const at = file.startsWith("src/") ? 0 : file.indexOf("/src/") + 1;
  if (at === 0 && !file.startsWith("src/")) return [];
  let parts = file.slice(at + "src/".length).replace(/\.rs$/, "").split("/");
  if (parts[0] === "bin") parts = parts.slice(2);
  if (parts.length === 0 || (parts.length === 1 && (parts[0] === "main" || parts[0] === "lib"))) return [];
  return parts.at(-1) === "mod" ? parts.slice(0, -1) : parts;
}

/** The active `const`/`static` items of a parsed file, in module `module` (by default the one its path says). */
export function constantItems(source: ParsedSource, context: CfgContext, module = fileModule(source.file)): ConstantItem[] {
  const found: ConstantItem[] = [];
  walkActive(source.root, context, [constantReader(source, found, module)]);
  return found;
}

/** The reader of a file's `const`/`static` items (not those inside another's value), into `found`. */
export function constantReader(source: ParsedSource, found: ConstantItem[], module = fileModule(source.file)): NodeReader {
  return {
    types: ["const_item", "static_item"],
    visit: (node, type) => {
      const name = node.childForFieldName("name")?.text;
      const valueNode = node.childForFieldName("value");
      if (!name) return false;
      const value = valueNode ? literalValue(valueNode) : undefined;
      const owner = node.parent?.parent?.type === "impl_item" ? node.parent.parent.childForFieldName("type")?.text : undefined;
      found.push({
        name,
        kind: type === "const_item" ? "const" : "static",
        type: node.childForFieldName("type")?.text ?? "",
        ...(value ? { value } : {}),
        ...(valueNode && PATH_TYPES.has(valueNode.type) ? { valuePath: valueNode.text } : {}),
        module: [...module, ...enclosingModules(node)],
        ...(owner ? { owner } : {}),
        file: source.file,
        line: node.startPosition.row + 1,
      });
      return false;
    },
  };
}

/** The crate's constants, found by name; each path is resolved once (a crate may name one constant thousands of times). */
export class ConstantTable {
  private readonly byName = new Map<string, ConstantItem[]>();
  private readonly definitions = new Map<string, ConstantItem | undefined>();

  constructor(items: readonly ConstantItem[]) {
    for (const item of items) this.byName.set(item.name, [...(this.byName.get(item.name) ?? []), item]);
  }

  /** The literal a path names, used in module `from` (see `definition`). */
  resolve(path: string, from: string[]): LiteralValue | undefined {
    return this.definition(path, from)?.value;
  }

  /**
   * The item holding the literal a path names, used in module `from`: `crate::a::B` and `self::`/`super::` paths
   * exactly; `B` or `a::B` in `from`'s own module first, else the crate's only item of that name and module suffix
   * (imports are not followed, so an item in another module is found by its name); `Type::B` an associated constant.
   * A constant that names another is followed. Undefined when not found, or when candidates disagree.
   */
  definition(path: string, from: string[]): ConstantItem | undefined {
    const key = `${from.join("::")}|${path}`;
    if (!this.definitions.has(key)) this.definitions.set(key, this.follow(path, from));
    return this.definitions.get(key);
  }

  private follow(path: string, from: string[]): ConstantItem | undefined {
    const seen = new Set<string>();
    let current = { path, from };
    for (;;) {
      const key = `${current.from.join("::")}|${current.path}`;
      if (seen.has(key)) return undefined;
      seen.add(key);
      const item = this.lookUp(current.path, current.from);
      if (!item) return undefined;
      if (item.value) return item;
      if (!item.valuePath) return undefined;
      current = { path: item.valuePath, from: item.module };
    }
  }

  private lookUp(path: string, from: string[]): ConstantItem | undefined {
    const segments = path.split("::");
    const named = this.byName.get(segments.pop()!) ?? [];
    let module = from;
    let absolute = false;
    while (segments[0] === "crate" || segments[0] === "self" || segments[0] === "super") {
      const head = segments.shift();
      if (head === "crate") module = [];
      if (head === "super") module = module.slice(0, -1);
      absolute = true;
    }
    const owner = segments.length > 0 ? named.filter((c) => c.owner === segments.at(-1)) : [];
    if (owner.length > 0) return agreed(owner);
    const exact = named.filter((c) => !c.owner && same(c.module, [...module, ...segments]));
    if (exact.length > 0 || absolute) return agreed(exact);
    return agreed(named.filter((c) => !c.owner && same(c.module.slice(c.module.length - segments.length), segments)));
  }
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** The one item candidates stand for: all of them hold the same value (or name the same item). */
function agreed(candidates: ConstantItem[]): ConstantItem | undefined {
  const [first] = candidates;
  const sameValue = (c: ConstantItem) =>
    c.value && first.value ? c.value.kind === first.value.kind && c.value.value === first.value.value : c.valuePath !== undefined && c.valuePath === first.valuePath;
  return first && candidates.every(sameValue) ? first : undefined;
}
