//! The probe's fakes, all on 127.0.0.1 and started by the test: a DNS responder, a TLS registry, an HTTP
//! `CONNECT` proxy (tunnelling, refusing, silent, or re-signing like an inspecting proxy), and faulty listeners
//! (refusing, resetting, silent, and one whose backlog is full so that connections time out). Each serves from
//! its own thread, polls a stop flag, and stops when dropped; every read has a timeout.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// How long a fake waits for a client before giving up on it.
const PATIENCE: Duration = Duration::from_secs(3);
const LOCALHOST: std::net::Ipv4Addr = std::net::Ipv4Addr::LOCALHOST;

/// A fake serving from a thread until dropped.
pub struct Running {
    pub address: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// Sockets that must stay open while it runs (a full backlog's connections, a listener that never accepts).
    _held: Vec<Box<dyn Send>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn held(address: SocketAddr, held: Vec<Box<dyn Send>>) -> Running {
    Running { address, stop: Arc::new(AtomicBool::new(false)), thread: None, _held: held }
}

/// Accepts connections until stopped and hands each to `handle` on a thread of its own.
fn serve_tcp(handle: impl Fn(TcpStream) + Send + Sync + 'static) -> Running {
    let listener = TcpListener::bind((LOCALHOST, 0)).expect("bind a local port");
    let address = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = stop.clone();
    let handle = Arc::new(handle);
    let thread = std::thread::spawn(move || {
        while !stopping.load(Ordering::SeqCst) {
            match listener.accept() {
                Ok((stream, _)) => {
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(PATIENCE));
                    let _ = stream.set_write_timeout(Some(PATIENCE));
                    let handle = handle.clone();
                    std::thread::spawn(move || handle(stream));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    });
    Running { address, stop, thread: Some(thread), _held: Vec::new() }
}

/// A certificate authority for the fakes.
pub struct Ca {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl Ca {
    pub fn new(common_name: &str, organization: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.distinguished_name.push(DnType::CommonName, common_name);
        params.distinguished_name.push(DnType::OrganizationName, organization);
        params.key_usages =
            vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
        Ca { issuer: CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap() }
    }

    /// A server certificate for `hosts` and its key.
    pub fn issue(&self, hosts: &[&str]) -> (Vec<CertificateDer<'static>>, PrivateKeyDer<'static>) {
        let mut params = CertificateParams::new(hosts.iter().map(|h| h.to_string()).collect::<Vec<_>>()).unwrap();
        params.distinguished_name.push(DnType::CommonName, hosts[0]);
        params.use_authority_key_identifier_extension = true;
        let key = KeyPair::generate().unwrap();
        let certificate = params.signed_by(&key, &self.issuer).unwrap();
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        (vec![certificate.der().clone()], key)
    }

    /// Writes the CA certificate as PEM into `folder` (what `--ca-file` reads).
    pub fn write_pem(&self, folder: &Path, name: &str) -> PathBuf {
        let path = folder.join(name);
        std::fs::write(&path, self.issuer.pem()).unwrap();
        path
    }
}

fn server_config(ca: &Ca, hosts: &[&str]) -> Arc<rustls::ServerConfig> {
    let (chain, key) = ca.issue(hosts);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    Arc::new(config)
}

/// What a fake registry answers to any request.
#[derive(Clone, Copy, Debug)]
pub enum Answer {
    /// 401 with a Bearer challenge, as ACR answers `GET /v2/`.
    Challenge,
    /// 403 naming the client address, as the registry's firewall refuses it.
    Forbidden { client_ip: &'static str },
    /// 429 Too Many Requests.
    Throttled,
}

impl Answer {
    fn response(self, host: &str) -> String {
        let (status, headers, body) = match self {
            Answer::Challenge => (
                "401 Unauthorized",
                format!("WWW-Authenticate: Bearer realm=\"https://{host}/oauth2/token\",service=\"{host}\"\r\n"),
                r#"{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}"#.to_string(),
            ),
            Answer::Forbidden { client_ip } => (
                "403 Forbidden",
                String::new(),
                format!(
                    r#"{{"errors":[{{"code":"DENIED","message":"client with IP '{client_ip}' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}}]}}"#
                ),
            ),
            Answer::Throttled => (
                "429 Too Many Requests",
                String::new(),
                r#"{"errors":[{"code":"TOOMANYREQUESTS","message":"too many requests"}]}"#.to_string(),
            ),
        };
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
    }
}

/// Serves TLS with `config` on `stream` and answers the first request.
fn answer_over_tls(stream: TcpStream, config: Arc<rustls::ServerConfig>, answer: Answer) {
    let Ok(connection) = rustls::ServerConnection::new(config) else { return };
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let mut request = Vec::new();
    let mut chunk = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 16 * 1024 {
        match tls.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(read) => request.extend_from_slice(&chunk[..read]),
        }
    }
    let text = String::from_utf8_lossy(&request);
    let host = text.lines().find_map(|line| line.strip_prefix("Host: ")).unwrap_or("registry").trim().to_string();
    let _ = tls.write_all(answer.response(&host).as_bytes());
    tls.conn.send_close_notify();
    let _ = tls.flush();
}

/// A registry on 127.0.0.1 with a certificate from `ca` for `hosts`.
pub fn registry(ca: &Ca, hosts: &[&str], answer: Answer) -> Running {
    let config = server_config(ca, hosts);
    serve_tcp(move |stream| answer_over_tls(stream, config.clone(), answer))
}

/// What a fake proxy does with `CONNECT`.
pub enum ProxyMode {
    /// Tunnels to the fake that plays each host (others get 502).
    Tunnel(HashMap<String, SocketAddr>),
    /// Answers with this status (403 policy, 407 credentials, 504 gateway timeout).
    Status(u16),
    /// Accepts the tunnel and inspects TLS: re-signs with its own CA and answers like a registry.
    Inspect(Box<Ca>),
}

pub fn proxy(mode: ProxyMode) -> Running {
    let mode = Arc::new(mode);
    serve_tcp(move |mut client| {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
            match client.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => return,
            }
        }
        let text = String::from_utf8_lossy(&head).into_owned();
        let target = text.split_whitespace().nth(1).unwrap_or_default();
        let host = target.rsplit_once(':').map_or(target, |(host, _)| host).to_string();
        match &*mode {
            ProxyMode::Status(status) => {
                let extra = if *status == 407 { "Proxy-Authenticate: Basic realm=\"corp\"\r\n" } else { "" };
                let _ = write!(client, "HTTP/1.1 {status} Refused\r\n{extra}Content-Length: 0\r\n\r\n");
            }
            ProxyMode::Tunnel(upstreams) => {
                let Some(upstream) = upstreams.get(&host).and_then(|a| TcpStream::connect(a).ok()) else {
                    let _ = write!(client, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                    return;
                };
                let _ = write!(client, "HTTP/1.1 200 Connection established\r\n\r\n");
                let _ = upstream.set_read_timeout(Some(PATIENCE));
                relay(client, upstream);
            }
            ProxyMode::Inspect(ca) => {
                let _ = write!(client, "HTTP/1.1 200 Connection established\r\n\r\n");
                answer_over_tls(client, server_config(ca, &[&host]), Answer::Challenge);
            }
        }
    })
}

/// Copies both ways until either side closes or goes quiet.
fn relay(client: TcpStream, upstream: TcpStream) {
    let (Ok(mut client_reader), Ok(mut upstream_writer)) = (client.try_clone(), upstream.try_clone()) else { return };
    let forward = std::thread::spawn(move || {
        let _ = std::io::copy(&mut client_reader, &mut upstream_writer);
        let _ = upstream_writer.shutdown(std::net::Shutdown::Write);
    });
    let (mut upstream_reader, mut client_writer) = (upstream, client);
    let _ = std::io::copy(&mut upstream_reader, &mut client_writer);
    let _ = client_writer.shutdown(std::net::Shutdown::Write);
    let _ = forward.join();
}

/// A port nothing listens on: connections are refused.
pub fn refusing() -> SocketAddr {
    let listener = TcpListener::bind((LOCALHOST, 0)).unwrap();
    listener.local_addr().unwrap()
}

/// Accepts and resets at once (linger 0): the TLS handshake is cut off.
pub fn resetting() -> Running {
    serve_tcp(|stream| {
        let socket = socket2::Socket::from(stream);
        let _ = socket.set_linger(Some(Duration::ZERO));
        drop(socket);
    })
}

/// Connections complete (the kernel queues them) but nothing ever answers: the TLS handshake times out.
pub fn silent() -> Running {
    let listener = TcpListener::bind((LOCALHOST, 0)).unwrap();
    held(listener.local_addr().unwrap(), vec![Box::new(listener)])
}

/// A listener whose backlog is full: the kernel drops new connection attempts, which time out like packets a
/// firewall drops.
pub fn black_hole() -> Running {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket.bind(&SocketAddr::from((LOCALHOST, 0)).into()).unwrap();
    socket.listen(0).unwrap();
    let address = socket.local_addr().unwrap().as_socket().unwrap();
    let mut kept: Vec<Box<dyn Send>> = vec![Box::new(socket)];
    for _ in 0..16 {
        match TcpStream::connect_timeout(&address, Duration::from_millis(200)) {
            Ok(stream) => kept.push(Box::new(stream)),
            Err(_) => return held(address, kept),
        }
    }
    panic!("the backlog of {address} never filled");
}

/// How the fake DNS server answers one name.
#[derive(Clone, Debug)]
pub enum Name {
    /// Through these aliases to these addresses.
    Resolves(Vec<&'static str>, Vec<IpAddr>),
    /// Through these aliases to NXDOMAIN.
    NxDomain(Vec<&'static str>),
    /// No answer at all (the packet is dropped).
    Silent,
}

/// A DNS server on 127.0.0.1 (UDP): names not in `zone` get NXDOMAIN.
pub fn dns(zone: Vec<(&'static str, Name)>) -> Running {
    let socket = UdpSocket::bind((LOCALHOST, 0)).unwrap();
    let address = socket.local_addr().unwrap();
    socket.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
    let zone: HashMap<String, Name> = zone.into_iter().map(|(name, answer)| (name.to_string(), answer)).collect();
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = stop.clone();
    let thread = std::thread::spawn(move || {
        let mut buffer = [0u8; 512];
        while !stopping.load(Ordering::SeqCst) {
            let Ok((length, from)) = socket.recv_from(&mut buffer) else { continue };
            let Some((name, question_end)) = question(&buffer[..length]) else { continue };
            let answer = zone.get(&name).cloned().unwrap_or(Name::NxDomain(Vec::new()));
            if let Some(response) = response(&buffer[..question_end], &name, &answer) {
                let _ = socket.send_to(&response, from);
            }
        }
    });
    Running { address, stop, thread: Some(thread), _held: Vec::new() }
}

/// The asked name and where the question ends.
fn question(query: &[u8]) -> Option<(String, usize)> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let length = usize::from(*query.get(at)?);
        if length == 0 {
            break;
        }
        labels.push(String::from_utf8_lossy(query.get(at + 1..at + 1 + length)?).to_ascii_lowercase());
        at += 1 + length;
    }
    Some((labels.join("."), at + 5))
}

fn encode_name(name: &str, out: &mut Vec<u8>) {
    for label in name.split('.') {
        out.push(label.len() as u8);
        out.extend_from_slice(label.as_bytes());
    }
    out.push(0);
}

/// A response: the question, the CNAME records (the first owner compressed to the question), the addresses.
fn response(query: &[u8], name: &str, answer: &Name) -> Option<Vec<u8>> {
    let (aliases, addresses, rcode) = match answer {
        Name::Silent => return None,
        Name::Resolves(aliases, addresses) => (aliases.clone(), addresses.clone(), 0u8),
        Name::NxDomain(aliases) => (aliases.clone(), Vec::new(), 3u8),
    };
    let mut out = query.to_vec();
    out[2] = 0x81;
    out[3] = 0x80 | rcode;
    let count = (aliases.len() + addresses.len()) as u16;
    out[6..8].copy_from_slice(&count.to_be_bytes());
    out[8..12].copy_from_slice(&[0, 0, 0, 0]);
    let mut owner = name.to_string();
    let record = |out: &mut Vec<u8>, owner: &str, record_type: u16, data: Vec<u8>| {
        if owner == name {
            out.extend_from_slice(&[0xc0, 12]);
        } else {
            encode_name(owner, out);
        }
        out.extend_from_slice(&record_type.to_be_bytes());
        out.extend_from_slice(&[0, 1, 0, 0, 0, 30]);
        out.extend_from_slice(&(data.len() as u16).to_be_bytes());
        out.extend_from_slice(&data);
    };
    for alias in &aliases {
        let mut data = Vec::new();
        encode_name(alias, &mut data);
        record(&mut out, &owner, 5, data);
        owner = alias.to_string();
    }
    for address in &addresses {
        match address {
            IpAddr::V4(v4) => record(&mut out, &owner, 1, v4.octets().to_vec()),
            IpAddr::V6(v6) => record(&mut out, &owner, 28, v6.octets().to_vec()),
        }
    }
    Some(out)
}
