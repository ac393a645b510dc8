// Crate pins alone: which crates (versions, features) each framework and TLS stack brings into Cargo.toml.
import type { Framework, TlsStack } from "./catalog.js";

export interface CrateDep {
  name: string;
  version: string;
  features?: string[];
  /** false writes `default-features = false`. */
  defaultFeatures?: boolean;
}

export interface FrameworkCrates {
  deps: CrateDep[];
  devDeps: CrateDep[];
  /** What serving HTTPS with each TLS stack adds to this framework; a missing stack is unsupported. */
  tls: Partial<Record<Exclude<TlsStack, "none">, CrateDep[]>>;
}

/** Every generated service uses these. */
export const COMMON_CRATES: CrateDep[] = [
  { name: "serde", version: "1", features: ["derive"] },
  { name: "serde_json", version: "1" },
  { name: "tracing", version: "0.1" },
  { name: "tracing-subscriber", version: "0.3", features: ["env-filter", "json"] },
];

export const FRAMEWORK_CRATES: Record<Framework, FrameworkCrates> = {
  axum: {
    deps: [
      { name: "axum", version: "0.8" },
      { name: "tokio", version: "1", features: ["rt-multi-thread", "macros", "net", "signal"] },
    ],
    devDeps: [],
    tls: {},
  },
  "actix-web": {
    deps: [{ name: "actix-web", version: "4" }],
    devDeps: [],
    tls: {},
  },
  rocket: {
    deps: [{ name: "rocket", version: "0.5.1", features: ["json"] }],
    devDeps: [],
    tls: {},
  },
};

/** Crates the `healthcheck` probe needs to speak each TLS stack (the client side, independent of the framework). */
export const TLS_PROBE_CRATES: Record<TlsStack, CrateDep[]> = {
  rustls: [],
  "openssl-vendored": [],
  none: [],
};
