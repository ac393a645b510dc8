// The file manifest alone decides which files a run writes and from which template.
import type { TemplateData } from "./template-data.js";

export type Mode = "new" | "existing";

export interface ManifestEntry {
  /** Path in the generated repository. */
  output: string;
  /** Template under templates/, or a function of the data for one-template-per-row files. */
  template: string | ((d: TemplateData) => string);
  modes: Mode[];
  when?: (d: TemplateData) => boolean;
}

export const ANSWERS_FILE = ".rust-container.json";

export const MANIFEST: ManifestEntry[] = [
  { output: "Cargo.toml", template: "crate/Cargo.toml.ejs", modes: ["new"] },
  { output: "rust-toolchain.toml", template: "crate/rust-toolchain.toml.ejs", modes: ["new"] },
  { output: "src/main.rs", template: (d) => `crate/main/${d.framework}.rs.ejs`, modes: ["new"] },
  { output: "src/healthcheck.rs", template: "crate/healthcheck.rs.ejs", modes: ["new"] },
  { output: "src/settings.rs", template: "crate/settings.rs.ejs", modes: ["new"] },
  { output: ".gitignore", template: "crate/gitignore.ejs", modes: ["new"] },
  { output: "README.md", template: "crate/README.md.ejs", modes: ["new"] },
  { output: "Dockerfile", template: "container/Dockerfile.ejs", modes: ["new", "existing"] },
  { output: ".dockerignore", template: "container/dockerignore.ejs", modes: ["new", "existing"] },
  { output: "compose.yaml", template: "container/compose.yaml.ejs", modes: ["new", "existing"] },
  { output: ANSWERS_FILE, template: "container/answers.json.ejs", modes: ["new", "existing"] },
];

export function plannedFiles(mode: Mode, data: TemplateData): { output: string; template: string }[] {
  return MANIFEST.filter((e) => e.modes.includes(mode) && (e.when?.(data) ?? true)).map((e) => ({
    output: e.output,
    template: typeof e.template === "function" ? e.template(data) : e.template,
  }));
}
