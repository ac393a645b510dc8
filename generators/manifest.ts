// The file manifest alone decides which files a run writes and from which template.
import { PROBE_SOURCE, type TemplateData } from "./template-data.js";

export type Mode = "new" | "existing";

export interface ManifestEntry {
  /** Path in the generated repository. */
  output: string | ((d: TemplateData) => string);
  /** Template under templates/, or a function of the data for one-template-per-row files. */
  template: string | ((d: TemplateData) => string);
  modes: Mode[];
  when?: (d: TemplateData) => boolean;
  /** The tool's own record, rewritten on every run rather than treated as a user's file. */
  owned?: boolean;
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
  { output: (d) => d.crate.composeFile, template: "container/compose.yaml.ejs", modes: ["new", "existing"] },
  {
    output: "README.Docker.md",
    template: "container/README.Docker.md.ejs",
    modes: ["existing"],
    when: (d) => d.crate.origin === "container-kit",
  },
  {
    output: PROBE_SOURCE,
    template: "container/healthcheck-probe.rs.ejs",
    modes: ["new", "existing"],
    when: (d) => d.crate.healthcheck.kind === "probe",
  },
  { output: ANSWERS_FILE, template: "container/answers.json.ejs", modes: ["new", "existing"], owned: true },
];

export interface PlannedFile {
  output: string;
  template: string;
  owned: boolean;
}

export function plannedFiles(mode: Mode, d: TemplateData): PlannedFile[] {
  return MANIFEST.filter((e) => e.modes.includes(mode) && (e.when?.(d) ?? true)).map((e) => ({
    output: typeof e.output === "function" ? e.output(d) : e.output,
    template: typeof e.template === "function" ? e.template(d) : e.template,
    owned: e.owned ?? false,
  }));
}
