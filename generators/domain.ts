// The domain's own types: what the kit knows about the crate it packages and what it found there. Both modes fill
// them (a new service from its options, an existing crate from detection); templates and reports read them.
import type { DenyLists } from "./catalog/deny.js";
import type { ServiceOptions } from "./options/options.js";

export type Healthcheck =
  | { kind: "subcommand"; args: string[] }
  /** The std-only probe: GET an http:// URL, or only connect to a tcp:// address. */
  | { kind: "probe"; url: string }
  | { kind: "none" };

/**
 * Where a decided value came from: an answer (given now, saved by an earlier run, or a --verify correction with what
 * it observed), the crate's code or configuration, its framework, or the kit's default.
 */
export type Evidence =
  | { kind: "flag"; flag: string }
  | { kind: "saved"; flag: string }
  | { kind: "verify"; observed: string }
  | { kind: "code"; file: string; line: number; shape: string }
  | { kind: "config"; file: string; key: string; why?: string }
  | { kind: "framework"; framework: string; why?: string }
  | { kind: "default"; why?: string };

/** An answer's evidence: the user's (now or saved) or --verify's. */
export type Answered = Extract<Evidence, { kind: "flag" | "saved" | "verify" }>;

/** One value the kit decided, where it came from, and the one it found but did not use (an answer replaced it). */
export interface Decided<T> {
  value: T;
  from: Evidence;
  instead?: { value: T; from: Evidence };
}

/** One thing the kit found in an existing crate, and what it did about it (or what the user must do). */
export interface Finding {
  found: string;
  action: string;
  /** Something the user must change; printed as a warning. */
  warn?: boolean;
}

/** Where Prometheus scrapes a service; `separate` when that is a listener of its own besides the service's port. */
export interface Scrape {
  port: number;
  path: string;
  separate: boolean;
}

/** What the container kit needs to know about the crate it packages: generated (new mode) or detected (existing). */
export interface CrateContext {
  origin: "service" | "container-kit";
  packageName: string;
  /** Package directory inside the build context ("" at the root); set for workspace members. */
  packageDir: string;
  /** Whether the build must name the package (the context is a workspace). */
  inWorkspace: boolean;
  binName: string;
  version: string;
  description: string;
  rustVersion: string;
  toolchainFile?: string;
  /** The channel the toolchain file pins (e.g. 1.95.0, stable, nightly-2026-01-01). */
  toolchainChannel?: string;
  /** Files that shape the build besides the sources (build.rs, .cargo/config.toml), listed for the reader. */
  buildInputs: string[];
  openssl?: "vendored" | "system";
  /** Rows of NATIVE_LIBS the build needs. */
  nativeLibs: string[];
  /** Asset directories relative to the package directory, copied next to the binary. */
  assets: string[];
  /** Configuration files next to the manifest the binary reads at start, copied into its working directory. */
  configFiles: string[];
  healthcheck: Healthcheck;
  composeFile: string;
  /** Environment the binary listens by, beyond HOST and PORT (e.g. ROCKET_ADDRESS), set in the image and compose. */
  listenEnv: [string, string][];
  /** Variables it cannot start without and nothing here sets: the compose file lists them, commented, to fill in. */
  requiredEnv: string[];
  /** Arguments the image runs the binary with (its CMD); empty for none. */
  cmd: string[];
  /** Feature arguments for `cargo build`. */
  cargoFeatures: string[];
  /** The variables compose sets to its database's and cache's addresses. */
  backingVars: { database: string; cache: string };
  /** Backing services the answers name rather than the build shows (saved; detected ones are read again). */
  givenBacking: Partial<Pick<ServiceOptions, "database" | "cache">>;
  /** Absolute paths the service writes at run time: owned by the runtime user, a volume in compose and Kubernetes. */
  dataDirs: string[];
  /** Its own metrics endpoint, where the kit found one (an existing crate; a new service's comes from its options). */
  scrape?: Scrape;
  /** The port is the one the code says, not an answer: it is detected again on every run, never saved. */
  portDetected?: boolean;
  /**
   * What was given (flags, prompts, --verify's corrections) rather than read from the code: only that is saved, so a
   * re-run reads the code again for the rest.
   */
  givenEnv: [string, string][];
  givenDataDirs: string[];
  givenCmd?: string[];
  healthGiven?: boolean;
  /** Environment for the build stage (e.g. SQLX_OFFLINE=true). */
  buildEnv: string[];
  /** The image's STOPSIGNAL when the binary does not handle SIGTERM but does handle another. */
  stopSignal?: "SIGINT";
  /** tini as PID 1 (the binary handles no signal itself), and whether --init chose it (only then is it saved). */
  init?: "tini";
  initGiven?: "tini" | "none";
  /** The GitHub workflow file, and whether it also runs fmt/clippy/test (not beside a crate's own workflows). */
  ciWorkflow: string;
  ciChecks: boolean;
  /** deny.toml's lists; undefined where the crate keeps a cargo-deny config of its own. */
  deny?: DenyLists;
  /** Write .github/dependabot.yml (not where the repository already configures Dependabot or Renovate). */
  dependabot: boolean;
  /** The report: each decided value with its evidence ("port 8080 — code src/main.rs:12 (SocketAddr)"), then the notes. */
  decided: string[];
  detected: Finding[];
}
