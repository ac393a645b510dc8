//! Build facts the metrics report, and what makes cargo run this again.

use std::env;
use std::process::Command;

fn main() {
    // sqlx::migrate!() embeds migrations/ at compile time; cargo rebuilds when a file there is added or changed.
    println!("cargo:rerun-if-changed=migrations");
    // The commit being built, when the build is given one (`GIT_REVISION=$(git rev-parse HEAD)`).
    println!("cargo:rerun-if-env-changed=GIT_REVISION");
    let revision = env::var("GIT_REVISION")
        .ok()
        .filter(|revision| !revision.is_empty());
    println!(
        "cargo:rustc-env=BUILD_GIT_REVISION={}",
        revision.as_deref().unwrap_or("unknown")
    );
    // Cargo runs this again when the compiler changes, as it rebuilds everything then.
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        // "rustc 1.95.0 (59807616e 2026-04-14)" → "1.95.0"
        .and_then(|line| line.split_whitespace().nth(1).map(str::to_owned));
    println!(
        "cargo:rustc-env=BUILD_RUSTC_VERSION={}",
        version.as_deref().unwrap_or("unknown")
    );
}
