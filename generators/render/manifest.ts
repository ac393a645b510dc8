// The file manifest alone decides which files a run writes and from which template.
import { PROBE_SOURCE, type TemplateData } from "./template-data.js";
import { ANSWERS_FILE } from "../options/answers-file.js";

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
  /** A compose file: one the user has gets the kit's service merged into it instead of being replaced. */
  compose?: boolean;
  /** Written only when absent (it holds a secret made for this run): never compared, updated or recorded. */
  once?: boolean;
}

/** deploy/kubernetes/<name>.yaml, each from the template of the same name. */
const KUBERNETES_MANIFESTS = ["deployment", "service", "pdb", "kustomization"] as const;

export const MANIFEST: ManifestEntry[] = [
  { output: "Cargo.toml", template: "crate/Cargo.toml.ejs", modes: ["new"] },
  { output: "rust-toolchain.toml", template: "crate/rust-toolchain.toml.ejs", modes: ["new"] },
  { output: "src/main.rs", template: (d) => `crate/main/${d.framework}.rs.ejs`, modes: ["new"] },
  { output: "src/healthcheck.rs", template: "crate/healthcheck.rs.ejs", modes: ["new"] },
  { output: "src/settings.rs", template: "crate/settings.rs.ejs", modes: ["new"] },
  { output: "src/backing.rs", template: "crate/backing.rs.ejs", modes: ["new"], when: (d) => d.backing },
  { output: "src/telemetry.rs", template: "crate/telemetry.rs.ejs", modes: ["new"], when: (d) => d.metrics || d.traces },
  { output: "build.rs", template: "crate/build.rs.ejs", modes: ["new"], when: (d) => d.database !== "none" || d.metrics },
  { output: "migrations/0001_items.sql", template: "crate/migrations/items.sql.ejs", modes: ["new"], when: (d) => d.database !== "none" },
  { output: ".gitignore", template: "crate/gitignore.ejs", modes: ["new"] },
  { output: "README.md", template: "crate/README.md.ejs", modes: ["new"] },
  { output: "Dockerfile", template: "container/Dockerfile.ejs", modes: ["new", "existing"] },
  { output: ".dockerignore", template: "container/dockerignore.ejs", modes: ["new", "existing"] },
  { output: (d) => d.crate.composeFile, template: "container/compose.yaml.ejs", modes: ["new", "existing"], compose: true },
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
  { output: (d) => d.crate.ciWorkflow, template: "pipeline/github-ci.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" },
  { output: "deny.toml", template: "pipeline/deny.toml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.deny !== undefined },
  { output: ".github/dependabot.yml", template: "pipeline/dependabot.yml.ejs", modes: ["new", "existing"], when: (d) => d.ci === "github" && d.crate.dependabot },
  { output: ".cargo/config.toml", template: "pipeline/cargo-config.toml.ejs", modes: ["new", "existing"], when: (d) => d.offlineBuild },
  { output: ".env", template: "container/env.ejs", modes: ["new", "existing"], when: (d) => d.secrets !== undefined, once: true },
  { output: ANSWERS_FILE, template: "container/answers.json.ejs", modes: ["new", "existing"], owned: true },
  ...KUBERNETES_MANIFESTS.map(
    (name): ManifestEntry => ({
      output: `deploy/kubernetes/${name}.yaml`,
      template: `deploy/kubernetes/${name}.yaml.ejs`,
      modes: ["new", "existing"],
      when: (d) => d.deploy.includes("kubernetes"),
    }),
  ),
  {
    output: "deploy/kubernetes/servicemonitor.yaml",
    template: "deploy/kubernetes/servicemonitor.yaml.ejs",
    modes: ["new", "existing"],
    when: (d) => d.deploy.includes("kubernetes") && d.serviceMonitor && d.scrape !== undefined,
  },
  { output: "deploy/observability/prometheus.yml", template: "deploy/observability/prometheus.yml.ejs", modes: ["new", "existing"], when: (d) => d.scrape !== undefined },
  { output: "deploy/observability/otel-collector.yaml", template: "deploy/observability/otel-collector.yaml.ejs", modes: ["new"], when: (d) => d.traces },
  { output: "fly.toml", template: "deploy/fly.toml.ejs", modes: ["new", "existing"], when: (d) => d.deploy.includes("fly") },
  {
    output: "deploy/cloud-run/service.yaml",
    template: "deploy/cloud-run/service.yaml.ejs",
    modes: ["new", "existing"],
    when: (d) => d.deploy.includes("cloud-run"),
  },
];

export interface PlannedFile {
  output: string;
  template: string;
  owned: boolean;
  compose: boolean;
  once: boolean;
}

export function plannedFiles(mode: Mode, d: TemplateData): PlannedFile[] {
  return MANIFEST.filter((e) => e.modes.includes(mode) && (e.when?.(d) ?? true)).map((e) => ({
    output: typeof e.output === "function" ? e.output(d) : e.output,
    template: typeof e.template === "function" ? e.template(d) : e.template,
    owned: e.owned ?? false,
    compose: e.compose ?? false,
    once: e.once ?? false,
  }));
}
