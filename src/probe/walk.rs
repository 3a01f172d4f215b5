//! From observations to the tree: the first failed check (in the order a pull meets them) enters the tree at the
//! node that asks about it, the observations answer the questions from there on, and the walk ends at a fix — or
//! at the first question they cannot answer, which the user then answers on the page.

use acr_vocab::InputName;

use super::observation::{
    CertificateProblem, Connect, DaemonProxy, HostObservation, Http, Lookup, Machine, Resolver, Role, Tls,
};
use crate::inputs::Inputs;
use crate::locale::Locale;
use crate::session::{Action, Session};
use crate::tree::Node;

/// A check of a host, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    Dns,
    Connect,
    Tls,
    Http,
}

/// What the observations add up to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conclusion {
    /// The step they lead to, the answers they gave on the way (the trail), and the inputs for its snippets: the
    /// user's, plus what the checks found (the address the registry sees, the proxy in use).
    pub session: Session,
    /// The first failed check: the host's index in the observations, and the check.
    pub failed: Option<(usize, Check)>,
    /// Every check passed through a proxy, but the Docker daemon is set to connect directly.
    pub daemon_without_proxy: bool,
}

impl Conclusion {
    pub fn problem_found(&self) -> bool {
        self.failed.is_some() || self.daemon_without_proxy
    }
}

/// Answers in order, from a node on.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Walk {
    from: &'static str,
    answers: Vec<&'static str>,
}

impl Walk {
    fn new(from: &'static str, answers: &[&'static str]) -> Walk {
        Walk { from, answers: answers.to_vec() }
    }

    /// One more answer, when the observations give one; otherwise the walk stops at the question.
    fn then(mut self, answer: Option<&'static str>) -> Walk {
        self.answers.extend(answer);
        self
    }
}

/// What the observations say about the registry's setup as a whole.
struct Setup {
    /// The registry has a private endpoint: a `privatelink` name in a chain, a private address for the login
    /// server, or `--private-endpoint`.
    has_private_endpoint: bool,
    /// This client should reach the registry privately: the login server resolves privately, or
    /// `--private-endpoint` names the endpoint it should use.
    private_expected: bool,
    /// The home region's data endpoint resolves privately (so a public replica is one the endpoint lacks).
    home_data_private: bool,
}

impl Setup {
    fn of(observations: &[HostObservation], inputs: &Inputs) -> Setup {
        let login = observations.iter().find(|host| host.target.role == Role::LoginServer);
        let login_private = login.is_some_and(|host| host.dns.private() == Some(true));
        let private_expected = login_private || inputs.private_endpoint.is_some();
        let home_data_private = observations.iter().any(|host| {
            matches!(host.target.role, Role::DataEndpoint { home: true, .. }) && host.dns.private() == Some(true)
        });
        Setup {
            has_private_endpoint: private_expected || observations.iter().any(|host| host.dns.privatelink()),
            private_expected,
            home_data_private,
        }
    }
}

/// Concludes: the step for the first failed check with the answers the observations give, or — all passed —
/// the Docker daemon's missing proxy, or the logs step for a failure that is not on this machine's path.
pub fn conclude(
    observations: &[HostObservation],
    machine: &Machine,
    given: &[(InputName, String)],
    inputs: &Inputs,
    locale: Locale,
) -> Conclusion {
    let setup = Setup::of(observations, inputs);
    let failed = failures(observations, inputs)
        .into_iter()
        .enumerate()
        .find_map(|(index, check)| check.map(|check| (index, check)));
    let daemon_without_proxy =
        failed.is_none() && machine.proxy.is_some() && machine.daemon_proxy == DaemonProxy::Direct;
    let walk = match failed {
        Some((index, check)) => walk_for(&observations[index], check, &setup, machine),
        None if daemon_without_proxy => Walk::new("q-client-network", &["proxy"]),
        None => Walk::new("further-diagnosis", &["all-ok"]),
    };
    let mut found = given.to_vec();
    let seen_ip = failed.and_then(|(index, _)| match &observations[index].http {
        Some(Http::Answer { client_ip: Some(ip), .. }) => Some(ip.to_string()),
        _ => None,
    });
    for (name, value) in [(InputName::ClientIp, seen_ip), (InputName::Proxy, machine.proxy.clone())] {
        if let Some(value) = value {
            let known = match name {
                InputName::ClientIp => found.iter().any(|(n, v)| *n == name && *v == value),
                _ => found.iter().any(|(n, _)| *n == name),
            };
            if !known {
                found.push((name, value));
            }
        }
    }
    Conclusion { session: walked(locale, &walk, found), failed, daemon_without_proxy }
}

/// Each host's first failed check, in the order of `observations` (what the report marks with ✗).
pub fn failures(observations: &[HostObservation], inputs: &Inputs) -> Vec<Option<Check>> {
    let setup = Setup::of(observations, inputs);
    observations.iter().map(|host| first_failure(host, &setup)).collect()
}

/// The session after following `walk`; an answer the tree does not have ends it there (the tests walk every
/// branch, so that would be a content change the tests catch).
fn walked(locale: Locale, walk: &Walk, inputs: Vec<(InputName, String)>) -> Session {
    let Some(from) = Node::find(walk.from) else { return Session { inputs, ..Session::new(locale) } };
    let mut session = Session { inputs, ..Session::new(locale) }.apply(Action::Open(from));
    for answer in &walk.answers {
        let next = session.apply(Action::Answer(answer));
        if next.trail.len() == session.trail.len() {
            break;
        }
        session = next;
    }
    session
}

/// The first check of `host` that failed, if any. A proxied host's own DNS answer is no failure (the proxy
/// resolves the name); a data endpoint that may be off only fails when its name resolves.
fn first_failure(host: &HostObservation, setup: &Setup) -> Option<Check> {
    let role = host.target.role;
    let registry_host = matches!(role, Role::LoginServer | Role::DataEndpoint { .. } | Role::RegionalEndpoint { .. });
    let required = host.target.required || (setup.private_expected && registry_host);
    if !host.proxied {
        match &host.dns.lookup {
            Lookup::Found(_) if setup.private_expected && registry_host && host.dns.private() == Some(false) => {
                return Some(Check::Dns)
            }
            Lookup::Found(_) => {}
            Lookup::NoSuchName if !required => return None,
            _ => return Some(Check::Dns),
        }
    }
    if !host.connect.as_ref()?.is_open() {
        return Some(Check::Connect);
    }
    if !role.speaks_https() {
        return None;
    }
    if !matches!(host.tls.as_ref()?, Tls::Trusted { .. }) {
        return Some(Check::Tls);
    }
    match host.http.as_ref()? {
        Http::Answer { status, bearer, .. } if answers_well(role, *status, *bearer) => None,
        _ => Some(Check::Http),
    }
}

/// The answer `GET /v2/` should get: the registry's login servers challenge for a bearer token; the other hosts
/// only must not refuse (403, 407), throttle (429) or fail (5xx).
fn answers_well(role: Role, status: u16, bearer: bool) -> bool {
    match role {
        Role::LoginServer | Role::RegionalEndpoint { .. } => status == 401 && bearer,
        _ => !matches!(status, 403 | 407 | 429 | 500..),
    }
}

fn walk_for(host: &HostObservation, check: Check, setup: &Setup, machine: &Machine) -> Walk {
    let role = host.target.role;
    // A private endpoint's name sent through the proxy: the proxy reaches the public endpoint, if anything.
    if host.proxied && host.dns.private() == Some(true) {
        return Walk::new("q-client-network", &["proxy"]);
    }
    let mcr = Walk::new("docker-pull-error", &["mcr-blocked"]);
    match check {
        Check::Dns => match role {
            Role::LoginServer | Role::RegionalEndpoint { .. } => match &host.dns.lookup {
                Lookup::Found(_) => Walk::new("check-nslookup", &["public-but-private-expected"])
                    .then(private_dns_answer(host, setup, machine)),
                _ if host.dns.privatelink() => Walk::new("start", &["dns", "next", "privatelink-nxdomain"])
                    .then(private_dns_answer(host, setup, machine)),
                _ => Walk::new("start", &["dns", "next", "no-answer"]).then(match host.dns.azure_dns {
                    Some(Lookup::Found(_)) => Some("resolves"),
                    Some(Lookup::NoSuchName) => Some("fails-too"),
                    _ => None,
                }),
            },
            Role::DataEndpoint { .. } if setup.has_private_endpoint => {
                Walk::new("data-endpoints-and-replicas", &["resolves-public"])
                    .then(private_dns_answer(host, setup, machine))
            }
            Role::DataEndpoint { .. } => Walk::new("data-endpoints-and-replicas", &[]),
            Role::Mcr => mcr,
            Role::CertificateHost => Walk::new("q-client-network", &[]),
        },
        Check::Connect => match host.connect.as_ref() {
            Some(Connect::ProxyStatus { status: 403 | 407, .. }) if role == Role::Mcr => mcr,
            Some(Connect::ProxyStatus { status: 403 | 407, .. }) => Walk::new("start", &["proxy-403", "proxy-refused"]),
            Some(Connect::ProxyUnreachable { .. }) => Walk::new("start", &["proxy-403", "proxy-not-configured"]),
            // The proxy could not reach the host (502, 504): what stands behind it is not visible from here.
            Some(Connect::ProxyStatus { .. }) => Walk::new("q-client-network", &[]),
            _ => match role {
                Role::Mcr => mcr,
                Role::LoginServer | Role::RegionalEndpoint { .. } => {
                    Walk::new("start", &["timeout", "next", "timeout"]).then(client_network(host, setup, machine))
                }
                Role::DataEndpoint { .. } => Walk::new("start", &["data-endpoint", "next", "layers-time-out"])
                    .then(client_network(host, setup, machine)),
                Role::CertificateHost => Walk::new("q-client-network", &[]).then(client_network(host, setup, machine)),
            },
        },
        Check::Tls => match host.tls.as_ref() {
            Some(Tls::Untrusted { issuer: Some(issuer), .. }) if !issuer.public => {
                Walk::new("start", &["tls", "intercepting-proxy"])
            }
            Some(Tls::Untrusted { issuer: Some(_), problem: CertificateProblem::UnknownIssuer }) => {
                Walk::new("start", &["tls", "public-ca-untrusted"])
            }
            Some(Tls::NoCertificate(_)) => {
                Walk::new("start", &["tls", "certificate-host-blocked"]).then(client_network(host, setup, machine))
            }
            _ => Walk::new("start", &["tls"]),
        },
        Check::Http if role == Role::Mcr => mcr,
        Check::Http => match host.http.as_ref() {
            Some(Http::Answer { status: 403, client_ip: Some(_), .. }) => {
                let entry = if host.proxied {
                    Walk::new("start", &["proxy-403", "registry-rules"])
                } else {
                    Walk::new("start", &["ip-denied", "next"])
                };
                // With a private endpoint, "selected networks" and "public access disabled" both answer 403.
                entry.then((!setup.has_private_endpoint).then_some("selected-networks"))
            }
            Some(Http::Answer { status: 403, .. }) => Walk::new("check-port-443", &["forbidden-403"]),
            Some(Http::Answer { status: 429, .. }) => Walk::new("start", &["throttled", "next"]),
            _ => Walk::new("check-port-443", &[]),
        },
    }
}

/// "Private endpoint DNS is not applied" — which DNS the clients use, or a replica the endpoint lacks.
fn private_dns_answer(host: &HostObservation, setup: &Setup, machine: &Machine) -> Option<&'static str> {
    if matches!(host.target.role, Role::DataEndpoint { home: false, .. }) && setup.home_data_private {
        return Some("new-replica");
    }
    match machine.resolver {
        Resolver::AzureDns => Some("azure-dns"),
        Resolver::Own(_) => Some("custom-dns"),
        Resolver::Unknown => None,
    }
}

/// "What does this client's traffic pass through?" — as far as this machine can tell.
fn client_network(host: &HostObservation, setup: &Setup, machine: &Machine) -> Option<&'static str> {
    if host.proxied {
        return None;
    }
    match host.dns.private() {
        Some(true) => Some("private-endpoint"),
        _ if setup.private_expected => Some("private-endpoint-public-dns"),
        _ if matches!(machine.daemon_proxy, DaemonProxy::Proxy { .. }) => Some("proxy"),
        _ if machine.in_azure == Some(false) => Some("on-premises"),
        _ => None,
    }
}
