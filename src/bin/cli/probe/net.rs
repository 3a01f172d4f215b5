//! The probe's network operations, each bounded by a deadline: name lookups (the system resolver, or a DNS
//! server asked directly for the CNAME chain), TCP connections directly or through an HTTP(S) proxy's
//! `CONNECT`, the TLS handshake with the presented certificate recorded, and one `GET /v2/`. Nothing is sent but
//! these requests: no credentials, no changes.

use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs, UdpSocket};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use acr_net_guide::probe::certificate;
use acr_net_guide::probe::dns_message::{self, MessageError, RCODE_NXDOMAIN, TYPE_A};
use acr_net_guide::probe::observation::{CertificateProblem, Chain, Failure, Http, Issuer, Lookup, Tls};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// Longest response head read (status line and headers), and body kept.
const MAX_HEAD: usize = 16 * 1024;
const MAX_BODY: usize = 16 * 1024;

/// A byte stream the checks talk over: a TCP connection, or TLS to a proxy around one.
pub trait Stream: Read + Write + Send {}
impl<T: Read + Write + Send> Stream for T {}

/// A check's deadline: it ends at the earlier of its own time and the probe's.
#[derive(Clone, Copy, Debug)]
pub struct Deadline(Instant);

impl Deadline {
    pub fn after(step: Duration, overall: Instant) -> Deadline {
        Deadline((Instant::now() + step).min(overall))
    }

    /// Time left, or `None` when it has passed.
    pub fn left(self) -> Option<Duration> {
        let left = self.0.saturating_duration_since(Instant::now());
        (!left.is_zero()).then_some(left)
    }
}

/// How an I/O error ended an exchange.
pub fn failure(error: &io::Error) -> Failure {
    match error.kind() {
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => Failure::TimedOut,
        io::ErrorKind::ConnectionRefused => Failure::Refused,
        io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionAborted | io::ErrorKind::BrokenPipe => Failure::Reset,
        io::ErrorKind::UnexpectedEof => Failure::Closed,
        _ => Failure::Other(error.to_string()),
    }
}

/// The system resolver's answer for `host` (what Docker sees), on a thread so that a hanging resolver cannot
/// outlast the deadline.
pub fn system_lookup(host: &str, deadline: Deadline) -> Lookup {
    let Some(left) = deadline.left() else { return Lookup::NoAnswer };
    let (sender, receiver) = mpsc::channel();
    let name = host.to_string();
    std::thread::spawn(move || {
        let found = (name.as_str(), 443).to_socket_addrs().map(|found| found.map(|a| a.ip()).collect::<Vec<_>>());
        let _ = sender.send(found);
    });
    match receiver.recv_timeout(left) {
        Ok(Ok(found)) => found_or_none(found),
        Ok(Err(error)) => {
            let text = error.to_string();
            let lower = text.to_ascii_lowercase();
            if ["not known", "no such host", "no address associated", "nodename nor servname", "host not found"]
                .iter()
                .any(|phrase| lower.contains(phrase))
            {
                Lookup::NoSuchName
            } else if lower.contains("temporary failure") || lower.contains("timed out") {
                Lookup::NoAnswer
            } else {
                Lookup::Failed(text)
            }
        }
        Err(_) => Lookup::NoAnswer,
    }
}

fn found_or_none(mut addresses: Vec<IpAddr>) -> Lookup {
    let mut seen = Vec::new();
    addresses.retain(|address| {
        let new = !seen.contains(address);
        seen.push(*address);
        new
    });
    if addresses.is_empty() {
        Lookup::NoSuchName
    } else {
        Lookup::Found(addresses)
    }
}

/// Asks `server` for `host`'s A records over UDP: the CNAME chain and the addresses it ends at.
pub fn ask(server: SocketAddr, host: &str, deadline: Deadline) -> Chain {
    let outcome = |aliases: Vec<String>, outcome: Lookup| Chain { server, aliases, outcome };
    let id = query_id(host);
    let query = match dns_message::query(id, host, TYPE_A) {
        Ok(query) => query,
        Err(_) => return outcome(Vec::new(), Lookup::Failed("not a DNS name".into())),
    };
    let local: SocketAddr = if server.is_ipv4() { ([0, 0, 0, 0], 0).into() } else { ([0u16; 8], 0).into() };
    let socket = match UdpSocket::bind(local).and_then(|socket| socket.connect(server).map(|()| socket)) {
        Ok(socket) => socket,
        Err(error) => return outcome(Vec::new(), Lookup::Failed(error.to_string())),
    };
    if let Err(error) = socket.send(&query) {
        return outcome(Vec::new(), Lookup::Failed(error.to_string()));
    }
    let mut buffer = [0u8; 4096];
    // Datagrams that answer another query (or are not DNS) are skipped, a bounded number of times.
    for _ in 0..8 {
        let Some(left) = deadline.left() else { break };
        let _ = socket.set_read_timeout(Some(left));
        let length = match socket.recv(&mut buffer) {
            Ok(length) => length,
            Err(error) if matches!(failure(&error), Failure::TimedOut) => break,
            Err(error) => return outcome(Vec::new(), Lookup::Failed(error.to_string())),
        };
        let response = match dns_message::parse(&buffer[..length], id) {
            Ok(response) => response,
            Err(MessageError::NotAnAnswer) => continue,
            Err(error) => return outcome(Vec::new(), Lookup::Failed(format!("malformed answer ({error:?})"))),
        };
        let (aliases, addresses) = dns_message::chain(&response, host);
        let result = match response.rcode {
            0 => found_or_none(addresses),
            RCODE_NXDOMAIN => Lookup::NoSuchName,
            code => Lookup::Failed(format!("response code {code}")),
        };
        return outcome(aliases, result);
    }
    outcome(Vec::new(), Lookup::NoAnswer)
}

/// A query id that differs per host and run (no randomness crate: the id only pairs answers with questions).
fn query_id(host: &str) -> u16 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let hash = host.bytes().fold(nanos ^ std::process::id(), |hash, byte| hash.rotate_left(5) ^ u32::from(byte));
    (hash ^ (hash >> 16)) as u16
}

/// A TCP connection to `address`, with the socket's timeouts kept to the deadline by [`Connection::limit`].
pub struct Connection {
    pub stream: Box<dyn Stream>,
    /// The socket under `stream`, to adjust its timeouts.
    socket: TcpStream,
}

impl Connection {
    /// Sets the socket's timeouts to what is left of `deadline`; `false` when it has passed.
    pub fn limit(&self, deadline: Deadline) -> bool {
        let Some(left) = deadline.left() else { return false };
        self.socket.set_read_timeout(Some(left)).is_ok() && self.socket.set_write_timeout(Some(left)).is_ok()
    }
}

pub fn connect(address: SocketAddr, deadline: Deadline) -> Result<Connection, Failure> {
    let left = deadline.left().ok_or(Failure::TimedOut)?;
    let socket = TcpStream::connect_timeout(&address, left).map_err(|error| failure(&error))?;
    let _ = socket.set_nodelay(true);
    let clone = socket.try_clone().map_err(|error| failure(&error))?;
    Ok(Connection { stream: Box::new(socket), socket: clone })
}

/// A proxy URL taken apart: `http://host:port` (port 80 by default) or `https://host:port` (443).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProxyAddress {
    pub url: String,
    pub tls: bool,
    pub host: String,
    pub port: u16,
}

impl ProxyAddress {
    /// From a URL the input catalogue accepted (scheme, host, optional port, no credentials).
    pub fn parse(url: &str) -> Option<ProxyAddress> {
        let (scheme, rest) = url.split_once("://")?;
        let tls = scheme.eq_ignore_ascii_case("https");
        let authority = rest.trim_end_matches('/');
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) if !port.contains(']') => (host, port.parse().ok()?),
            _ => (authority, if tls { 443 } else { 80 }),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']').to_string();
        Some(ProxyAddress { url: url.to_string(), tls, host, port })
    }
}

/// Why a tunnel could not be opened.
pub enum TunnelError {
    /// The proxy could not be reached (or did not answer `CONNECT`).
    Unreachable(Failure),
    /// It answered with this status.
    Status(u16),
}

/// A tunnel through `proxy` to `host:443`, opened with `CONNECT` (no `Proxy-Authorization`: the probe sends no
/// credentials). `connect_to` redirects the connection to the proxy (tests).
pub fn tunnel(
    proxy: &ProxyAddress,
    host: &str,
    connect_to: Option<SocketAddr>,
    trust: &Trust,
    deadline: Deadline,
) -> Result<Connection, TunnelError> {
    let address = match connect_to {
        Some(address) => address,
        None => match system_lookup(&proxy.host, deadline) {
            Lookup::Found(addresses) => SocketAddr::new(addresses[0], proxy.port),
            Lookup::NoAnswer => return Err(TunnelError::Unreachable(Failure::TimedOut)),
            _ => return Err(TunnelError::Unreachable(Failure::Other(format!("{} does not resolve", proxy.host)))),
        },
    };
    let mut connection = connect(address, deadline).map_err(TunnelError::Unreachable)?;
    if proxy.tls {
        connection = match connection.secure(&proxy.host, trust, deadline) {
            (Some(secured), _) => secured,
            (None, Tls::NoCertificate(failure)) => return Err(TunnelError::Unreachable(failure)),
            (None, _) => return Err(TunnelError::Unreachable(Failure::Other("TLS to the proxy failed".into()))),
        };
    }
    if !connection.limit(deadline) {
        return Err(TunnelError::Unreachable(Failure::TimedOut));
    }
    let request = format!("CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\nUser-Agent: {}\r\n\r\n", user_agent());
    connection.stream.write_all(request.as_bytes()).map_err(|error| TunnelError::Unreachable(failure(&error)))?;
    let head = read_head(&mut connection, deadline).map_err(TunnelError::Unreachable)?;
    match status_of(&head.0) {
        Some(200) => Ok(connection),
        Some(status) => Err(TunnelError::Status(status)),
        None => Err(TunnelError::Unreachable(Failure::Other("not an HTTP answer".into()))),
    }
}

fn user_agent() -> String {
    format!("acr-net-guide-probe/{}", env!("CARGO_PKG_VERSION"))
}

/// Reads until the end of a response head; returns the head and any bytes after it.
fn read_head(connection: &mut Connection, deadline: Deadline) -> Result<(String, Vec<u8>), Failure> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 2048];
    loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            let rest = buffer.split_off(end + 4);
            return Ok((String::from_utf8_lossy(&buffer).into_owned(), rest));
        }
        if buffer.len() > MAX_HEAD || !connection.limit(deadline) {
            return Err(if buffer.len() > MAX_HEAD {
                Failure::Other("answer too long".into())
            } else {
                Failure::TimedOut
            });
        }
        match connection.stream.read(&mut chunk) {
            Ok(0) => return Err(Failure::Closed),
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(failure(&error)),
        }
    }
}

/// The status code of a response head (`HTTP/1.1 407 Proxy Authentication Required`).
fn status_of(head: &str) -> Option<u16> {
    let mut words = head.lines().next()?.split_whitespace();
    words.next().filter(|version| version.starts_with("HTTP/"))?;
    words.next()?.parse().ok()
}

/// The trust anchors: the system's store, or a file's certificates (tests).
pub struct Trust {
    roots: Arc<RootCertStore>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl Trust {
    pub fn system() -> Trust {
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        Trust::of(roots)
    }

    pub fn from_pem(path: &std::path::Path) -> io::Result<Trust> {
        use rustls::pki_types::pem::PemObject;
        let certificates = CertificateDer::pem_file_iter(path)
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error.to_string()))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error.to_string()))?;
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(certificates);
        Ok(Trust::of(roots))
    }

    fn of(roots: RootCertStore) -> Trust {
        Trust { roots: Arc::new(roots), provider: Arc::new(rustls::crypto::ring::default_provider()) }
    }
}

/// Verifies like the platform would (webpki against the trust anchors) and keeps the presented end-entity
/// certificate, so that its issuer can be reported whether or not it was trusted.
#[derive(Debug)]
struct Recording {
    /// `None` when there are no trust anchors at all: then every certificate has an unknown issuer.
    inner: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    presented: Mutex<Option<Vec<u8>>>,
}

impl ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut presented) = self.presented.lock() {
            *presented = Some(end_entity.to_vec());
        }
        match &self.inner {
            Some(inner) => inner.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now),
            None => Err(rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

impl Connection {
    /// TLS with `host` on this connection, within `deadline`: the encrypted connection when the certificate is
    /// trusted, and what was seen either way.
    pub fn secure(self, host: &str, trust: &Trust, deadline: Deadline) -> (Option<Connection>, Tls) {
        let Connection { stream, socket } = self;
        let limit = || {
            let Some(left) = deadline.left() else { return false };
            socket.set_read_timeout(Some(left)).is_ok() && socket.set_write_timeout(Some(left)).is_ok()
        };
        let (stream, tls) = handshake(stream, host, trust, &limit);
        (stream.map(|stream| Connection { stream, socket }), tls)
    }
}

/// The TLS handshake with `host` over `stream`; `limit` sets the socket's timeouts to what is left of the
/// deadline before each exchange, and says when it has passed.
fn handshake(
    stream: Box<dyn Stream>,
    host: &str,
    trust: &Trust,
    limit: &dyn Fn() -> bool,
) -> (Option<Box<dyn Stream>>, Tls) {
    let other = |text: String| (None, Tls::Untrusted { issuer: None, problem: CertificateProblem::Other(text) });
    let inner = WebPkiServerVerifier::builder_with_provider(trust.roots.clone(), trust.provider.clone()).build().ok();
    let recording = Arc::new(Recording { inner, provider: trust.provider.clone(), presented: Mutex::new(None) });
    let config = match ClientConfig::builder_with_provider(trust.provider.clone()).with_safe_default_protocol_versions()
    {
        Ok(builder) => builder.dangerous().with_custom_certificate_verifier(recording.clone()).with_no_client_auth(),
        Err(error) => return other(error.to_string()),
    };
    let Ok(name) = ServerName::try_from(host.to_string()) else { return other(format!("{host} is not a server name")) };
    let mut connection = match ClientConnection::new(Arc::new(config), name) {
        Ok(connection) => connection,
        Err(error) => return other(error.to_string()),
    };
    let mut stream = stream;
    let mut result = Ok(());
    while connection.is_handshaking() {
        if !limit() {
            result = Err(io::Error::from(io::ErrorKind::TimedOut));
            break;
        }
        if let Err(error) = connection.complete_io(&mut stream) {
            result = Err(error);
            break;
        }
    }
    let presented = recording.presented.lock().ok().and_then(|presented| presented.clone());
    let issuer = presented
        .as_deref()
        .and_then(certificate::issuer)
        .map(|name| Issuer { public: name.is_public_authority(), name: name.display() });
    match result {
        Ok(()) => (Some(Box::new(rustls::StreamOwned::new(connection, stream))), Tls::Trusted { issuer }),
        Err(error) => {
            let tls_error = error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()).cloned();
            let problem = match tls_error {
                Some(rustls::Error::InvalidCertificate(kind)) => match kind {
                    CertificateError::UnknownIssuer => CertificateProblem::UnknownIssuer,
                    CertificateError::Expired | CertificateError::ExpiredContext { .. } => CertificateProblem::Expired,
                    CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                        CertificateProblem::WrongName
                    }
                    other => CertificateProblem::Other(format!("{other:?}")),
                },
                Some(other) if presented.is_some() => CertificateProblem::Other(other.to_string()),
                _ if presented.is_none() => {
                    let failure = match tls_error {
                        Some(tls) => Failure::Other(tls.to_string()),
                        None => failure(&error),
                    };
                    return (None, Tls::NoCertificate(failure));
                }
                _ => CertificateProblem::Other(error.to_string()),
            };
            (None, Tls::Untrusted { issuer, problem })
        }
    }
}

/// `GET /v2/` on `host` over an established (TLS) stream: the status, a Bearer challenge, and the client address
/// a 403 body names.
pub fn get_v2(connection: &mut Connection, host: &str, deadline: Deadline) -> Http {
    if !connection.limit(deadline) {
        return Http::NoAnswer(Failure::TimedOut);
    }
    let request = format!(
        "GET /v2/ HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {}\r\nAccept: */*\r\nConnection: close\r\n\r\n",
        user_agent()
    );
    if let Err(error) = connection.stream.write_all(request.as_bytes()).and_then(|()| connection.stream.flush()) {
        return Http::NoAnswer(failure(&error));
    }
    let (head, mut body) = match read_head(connection, deadline) {
        Ok(found) => found,
        Err(failure) => return Http::NoAnswer(failure),
    };
    let Some(status) = status_of(&head) else { return Http::NoAnswer(Failure::Other("not an HTTP answer".into())) };
    let bearer = head.lines().any(|line| {
        line.split_once(':').is_some_and(|(name, value)| {
            name.trim().eq_ignore_ascii_case("www-authenticate")
                && value.trim_start().get(..6).is_some_and(|scheme| scheme.eq_ignore_ascii_case("bearer"))
        })
    });
    // The body matters only for a 403; it is read until the server closes, the limit, or the deadline.
    if status == 403 {
        let mut chunk = [0u8; 2048];
        while body.len() < MAX_BODY && connection.limit(deadline) {
            match connection.stream.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(read) => body.extend_from_slice(&chunk[..read]),
            }
        }
    }
    let client_ip = (status == 403)
        .then(|| acr_net_guide::diagnose::diagnose(&String::from_utf8_lossy(&body)).extracted.client_ip)
        .flatten()
        .and_then(|ip| ip.parse().ok());
    Http::Answer { status, bearer, client_ip }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_urls_give_host_port_and_scheme() {
        let parsed = ProxyAddress::parse("http://proxy.corp:3128").unwrap();
        assert_eq!((parsed.host.as_str(), parsed.port, parsed.tls), ("proxy.corp", 3128, false));
        let parsed = ProxyAddress::parse("https://[2001:db8::1]/").unwrap();
        assert_eq!((parsed.host.as_str(), parsed.port, parsed.tls), ("2001:db8::1", 443, true));
        assert_eq!(ProxyAddress::parse("http://10.0.0.9").unwrap().port, 80);
        assert_eq!(ProxyAddress::parse("proxy:3128"), None);
    }

    #[test]
    fn status_lines_are_read_strictly() {
        assert_eq!(status_of("HTTP/1.1 407 Proxy Authentication Required\r\n"), Some(407));
        assert_eq!(status_of("HTTP/1.0 200 Connection established\r\n\r\n"), Some(200));
        assert_eq!(status_of("SSH-2.0-OpenSSH_9.6\r\n"), None);
        assert_eq!(status_of(""), None);
    }

    #[test]
    fn io_errors_become_failures() {
        let kind = |kind| failure(&io::Error::from(kind));
        assert_eq!(kind(io::ErrorKind::WouldBlock), Failure::TimedOut);
        assert_eq!(kind(io::ErrorKind::ConnectionRefused), Failure::Refused);
        assert_eq!(kind(io::ErrorKind::ConnectionReset), Failure::Reset);
        assert_eq!(kind(io::ErrorKind::UnexpectedEof), Failure::Closed);
    }
}
