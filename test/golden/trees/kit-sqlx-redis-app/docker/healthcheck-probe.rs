//! Container healthcheck probe: `healthcheck-probe http://127.0.0.1:8080/health`
//! sends one GET over loopback and exits 0 on a 2xx answer, 1 otherwise;
//! `healthcheck-probe tcp://127.0.0.1:8080` only checks that the port accepts a connection;
//! `healthcheck-probe listeners` prints this network namespace's TCP sockets (/proc/net/tcp and tcp6),
//! which `create-rust-container --verify` reads to see where the service really listens.
//! It uses only std, so it runs in scratch and distroless images that have no shell or curl.
//! The Dockerfile compiles it with rustc; it is not part of the crate's build.
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::process::ExitCode;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(3);

fn main() -> ExitCode {
    let url = std::env::args().nth(1).unwrap_or_default();
    if url == "listeners" {
        return listeners();
    }
    match probe(&url) {
        Ok(()) => ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("healthcheck {url}: {reason}");
            ExitCode::FAILURE
        }
    }
}

fn listeners() -> ExitCode {
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        // A kernel without IPv6 has no tcp6 table: that is not an error.
        if let Ok(text) = std::fs::read_to_string(table) {
            println!("# {table}");
            print!("{text}");
        }
    }
    ExitCode::SUCCESS
}

fn connect(authority: &str) -> Result<TcpStream, String> {
    let addr = authority
        .to_socket_addrs()
        .map_err(|e| e.to_string())?
        .next()
        .ok_or("no address to connect to")?;
    TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| e.to_string())
}

fn probe(url: &str) -> Result<(), String> {
    if let Some(authority) = url.strip_prefix("tcp://") {
        return connect(authority).map(drop);
    }
    let rest = url
        .strip_prefix("http://")
        .ok_or("expected an http:// or tcp:// URL")?;
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut stream = connect(authority)?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(TIMEOUT))
        .map_err(|e| e.to_string())?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    // The status line ("HTTP/1.1 200 OK") is all we need.
    let mut head = Vec::with_capacity(64);
    let mut buf = [0u8; 64];
    while head.len() < 12 {
        let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let status = head.get(9..12).and_then(|s| std::str::from_utf8(s).ok());
    match status {
        Some(code) if code.starts_with('2') && head.starts_with(b"HTTP/1.") => Ok(()),
        Some(code) => Err(format!("status {code}")),
        None => Err("no HTTP response".into()),
    }
}
