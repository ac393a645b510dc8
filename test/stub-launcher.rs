//! A stand-in command for tests: runs the Node script beside it that shares its name (`docker.exe` → `docker.cjs`)
//! with the Node named at compile time (STUB_NODE), passing every argument on and exiting with the script's status.
//! Compiled because Windows, spawning without a shell, finds a command only as a .exe or .com file.
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let launcher = std::env::current_exe().expect("the launcher's own path");
    let status = Command::new(env!("STUB_NODE"))
        .arg(launcher.with_extension("cjs"))
        .args(std::env::args_os().skip(1))
        .status();
    match status.map(|s| s.code()) {
        Ok(Some(code)) => ExitCode::from(code as u8),
        _ => ExitCode::FAILURE,
    }
}
