//! The `healthcheck` subcommand: `GET /health` against this service, for container health
//! checks. Runtime images such as scratch and distroless have no shell and no curl, so the binary
//! probes itself. The probe is synchronous and small: it never starts an async runtime or the web
//! framework.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme, StreamOwned};

use crate::settings::Settings;

/// Bound on connecting and on each read and write: a hung server must fail the check, not stall it.
const TIMEOUT: Duration = Duration::from_secs(2);

/// Longest status line read from the server.
const MAX_STATUS_LINE: u64 = 1024;

/// Exits 0 if the server answers `GET /health` with 200, 1 otherwise (the reason goes to stderr).
pub fn run() -> ExitCode {
    match probe() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("healthcheck failed: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn probe() -> Result<()> {
    // The same settings as the server, so the probe finds it wherever it was told to listen.
    let settings = Settings::from_env()?;
    let addr = probe_addr(settings.addr);
    let tcp = TcpStream::connect_timeout(&addr, TIMEOUT)
        .with_context(|| format!("cannot connect to {addr}"))?;
    tcp.set_read_timeout(Some(TIMEOUT))
        .and_then(|()| tcp.set_write_timeout(Some(TIMEOUT)))
        .context("cannot set socket timeouts")?;
    let status_line = match settings.tls {
        Some(_) => request(tls_stream(tcp, addr)?, addr),
        None => request(tcp, addr),
    }
    .with_context(|| format!("GET /health on {addr} failed"))?;
    check_status(&status_line)
}

/// Where to reach the server from its own container: loopback when it listens on every
/// interface, otherwise the one address it listens on.
fn probe_addr(listen: SocketAddr) -> SocketAddr {
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, listen.port())
}

/// Sends `GET /health` and returns the response's status line. Only the status line is read, so
/// the probe does not depend on how the server frames or closes the rest of the response.
fn request(mut stream: impl Read + Write, addr: SocketAddr) -> Result<String> {
    let request = format!("GET /health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes())?;
    stream.flush()?;
    let mut status_line = String::new();
    BufReader::new(stream.take(MAX_STATUS_LINE)).read_line(&mut status_line)?;
    Ok(status_line)
}

/// Accepts `HTTP/1.x 200 ...` and nothing else.
fn check_status(status_line: &str) -> Result<()> {
    let status_line = status_line.trim_end();
    if status_line.is_empty() {
        bail!("the server closed the connection without answering");
    }
    if !status_line.starts_with("HTTP/") {
        bail!("not an HTTP response: {status_line:?}");
    }
    if status_line.split(' ').nth(1) != Some("200") {
        bail!("the server answered {status_line:?}");
    }
    Ok(())
}

/// Wraps the connection in TLS. This probe asks "is the server up and speaking TLS", not "is its
/// certificate trusted": it runs next to the server, over loopback, often against a self-signed or
/// internal certificate, so any certificate is accepted. The handshake signatures are still
/// verified, so the server must hold the private key of the certificate it presents.
fn tls_stream(
    tcp: TcpStream,
    addr: SocketAddr,
) -> Result<StreamOwned<ClientConnection, TcpStream>> {
    // ring, like the server: aws-lc-rs (rustls' default provider) needs cmake to build. Its lack
    // of post-quantum key exchange, for which rustls 0.23.48 deprecates it, does not matter on
    // loopback.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .context("cannot configure TLS")?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
        .with_no_client_auth();
    let connection = ClientConnection::new(Arc::new(config), ServerName::from(addr.ip()))
        .context("cannot start a TLS session")?;
    Ok(StreamOwned::new(connection, tcp))
}

/// Trusts any server certificate, but checks handshake signatures with the provider's algorithms.
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(text: &str) -> SocketAddr {
        text.parse().unwrap()
    }

    #[test]
    fn probes_loopback_when_listening_everywhere() {
        assert_eq!(probe_addr(addr("0.0.0.0:8080")), addr("127.0.0.1:8080"));
        assert_eq!(probe_addr(addr("[::]:8080")), addr("[::1]:8080"));
        assert_eq!(probe_addr(addr("10.1.2.3:8080")), addr("10.1.2.3:8080"));
    }

    #[test]
    fn only_200_passes() {
        assert!(check_status("HTTP/1.1 200 OK\r\n").is_ok());
        assert!(check_status("HTTP/1.1 503 Service Unavailable\r\n").is_err());
        assert!(check_status("SSH-2.0-OpenSSH_9.6\r\n").is_err());
        assert!(check_status("").is_err());
    }
}
