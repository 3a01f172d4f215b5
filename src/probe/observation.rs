//! What the probe looks at — the hosts of a pull — and what it saw on each, check by check.

use std::net::{IpAddr, SocketAddr};

use crate::inputs::{is_private, Inputs, Region};

/// Microsoft Container Registry: base images, AKS system images and the health check's test pull.
pub const MCR_HOST: &str = "mcr.microsoft.com";

/// Why a host is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    LoginServer,
    /// `<registry>.<region>.data.<domain>`; `home` for the registry's own region.
    DataEndpoint {
        region: &'static Region,
        home: bool,
    },
    /// `<registry>.<region>.geo.<domain>` (regional endpoints, a preview feature).
    RegionalEndpoint {
        region: &'static Region,
    },
    /// The registry domain itself (`azurecr.io`), which clients must reach for the wildcard certificate.
    CertificateHost,
    Mcr,
}

impl Role {
    /// The host gets the TLS and HTTP checks (the certificate host only needs to be reachable).
    pub fn speaks_https(self) -> bool {
        self != Role::CertificateHost
    }
}

/// One host to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub role: Role,
    pub host: String,
    /// A name that does not resolve is a failure; otherwise (data endpoints not known to be on) it only means
    /// the feature is off.
    pub required: bool,
}

/// The hosts a pull from the registry touches, in the order a pull reaches them: the login server, the data
/// endpoints of the home region and the replicas (when dedicated data endpoints are on or unknown), the regional
/// endpoints (when on), the certificate host, MCR. Blob storage is left out: its account name is only known from
/// the registry's redirect during an authenticated pull. Empty without a registry.
pub fn targets(inputs: &Inputs) -> Vec<Target> {
    let (Some(registry), Some(login_server)) = (inputs.registry.as_ref(), inputs.login_server()) else {
        return Vec::new();
    };
    let domain = inputs.cloud().registry_domain();
    let mut targets = vec![Target { role: Role::LoginServer, host: login_server, required: true }];
    if inputs.data_endpoints != Some(false) {
        targets.extend(inputs.all_regions().into_iter().map(|region| Target {
            role: Role::DataEndpoint { region, home: Some(region) == inputs.region },
            host: format!("{registry}.{}.data.{domain}", region.name),
            required: inputs.data_endpoints == Some(true),
        }));
    }
    if inputs.regional_endpoints == Some(true) {
        targets.extend(inputs.all_regions().into_iter().map(|region| Target {
            role: Role::RegionalEndpoint { region },
            host: format!("{registry}.{}.geo.{domain}", region.name),
            required: true,
        }));
    }
    targets.push(Target { role: Role::CertificateHost, host: domain.to_string(), required: true });
    targets.push(Target { role: Role::Mcr, host: MCR_HOST.to_string(), required: true });
    targets
}

/// The answer to one name lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(Vec<IpAddr>),
    /// NXDOMAIN, or a name without addresses.
    NoSuchName,
    /// No answer in time.
    NoAnswer,
    Failed(String),
}

/// A DNS server's answer to the login server's (or another host's) A query: the aliases it went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    /// The server asked.
    pub server: SocketAddr,
    /// CNAME targets in order (e.g. `contoso.privatelink.azurecr.io`, `….azcr.io`, `….trafficmanager.net`).
    pub aliases: Vec<String>,
    pub outcome: Lookup,
}

/// The DNS check of a host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dns {
    /// What the machine's resolver returned (what Docker sees).
    pub lookup: Lookup,
    /// The CNAME chain from a DNS server; `None` when no server could be asked.
    pub chain: Option<Chain>,
    /// Azure DNS (168.63.129.16) asked directly, when the login server does not resolve.
    pub azure_dns: Option<Lookup>,
}

impl Dns {
    pub fn addresses(&self) -> &[IpAddr] {
        match &self.lookup {
            Lookup::Found(addresses) => addresses,
            _ => &[],
        }
    }

    /// The chain passes a `privatelink` name: the registry has a private endpoint.
    pub fn privatelink(&self) -> bool {
        self.chain.as_ref().is_some_and(|chain| chain.aliases.iter().any(|alias| alias.contains(".privatelink.")))
    }

    /// Every address is private (`None`: no address).
    pub fn private(&self) -> Option<bool> {
        let addresses = self.addresses();
        (!addresses.is_empty()).then(|| addresses.iter().all(|address| is_private(*address)))
    }
}

/// How a connection or an exchange on it ended without an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    TimedOut,
    Refused,
    Reset,
    /// The peer closed the connection.
    Closed,
    Other(String),
}

/// The TCP check: port 443 directly, or a tunnel through the proxy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Connect {
    Open(SocketAddr),
    /// The proxy answered `CONNECT` with 200.
    Tunnel {
        proxy: String,
    },
    Failed {
        address: SocketAddr,
        failure: Failure,
    },
    /// The proxy itself could not be reached.
    ProxyUnreachable {
        proxy: String,
        failure: Failure,
    },
    /// The proxy answered `CONNECT` with another status: 403 (policy), 407 (credentials), 502/504 (it could not
    /// reach the host), …
    ProxyStatus {
        proxy: String,
        status: u16,
    },
}

impl Connect {
    pub fn is_open(&self) -> bool {
        matches!(self, Connect::Open(_) | Connect::Tunnel { .. })
    }
}

/// Who issued the presented certificate (the leaf's issuer), and whether that is one of the public authorities
/// Azure's and MCR's certificates come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issuer {
    pub name: String,
    pub public: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CertificateProblem {
    /// The chain ends at an authority this machine does not trust.
    UnknownIssuer,
    Expired,
    WrongName,
    Other(String),
}

/// The TLS check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tls {
    Trusted {
        issuer: Option<Issuer>,
    },
    Untrusted {
        issuer: Option<Issuer>,
        problem: CertificateProblem,
    },
    /// The handshake ended before a certificate arrived.
    NoCertificate(Failure),
}

/// The HTTP check: `GET /v2/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Http {
    Answer {
        status: u16,
        /// A `WWW-Authenticate: Bearer …` challenge came with it.
        bearer: bool,
        /// The address a 403 body names ("client with IP '…' is not allowed access"): what the registry sees.
        client_ip: Option<IpAddr>,
    },
    NoAnswer(Failure),
}

/// Everything checked on one host; a check that was not run (an earlier one failed, or it does not apply) is
/// `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostObservation {
    pub target: Target,
    /// Reached through the proxy (the proxy resolves the name then, not this machine).
    pub proxied: bool,
    pub dns: Dns,
    pub connect: Option<Connect>,
    pub tls: Option<Tls>,
    pub http: Option<Http>,
}

/// Where this machine's DNS answers come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolver {
    /// Azure-provided DNS (168.63.129.16).
    AzureDns,
    /// Another server (a custom or on-premises DNS server).
    Own(IpAddr),
    Unknown,
}

/// The Docker daemon's proxy setting, as far as it can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DaemonProxy {
    /// Not readable here (not Linux, no permission, no Docker).
    Unknown,
    /// Read: the daemon connects directly.
    Direct,
    /// Read: the daemon's HTTPS proxy (without credentials) and where it is set.
    Proxy { url: String, source: String },
}

/// Facts about this machine that answer questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Machine {
    pub resolver: Resolver,
    /// The machine is an Azure VM (`None`: cannot tell).
    pub in_azure: Option<bool>,
    /// The proxy the probe used (from `--proxy` or `HTTPS_PROXY`), without credentials.
    pub proxy: Option<String>,
    pub daemon_proxy: DaemonProxy,
}

/// The Azure-provided DNS server's address.
pub const AZURE_DNS: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(168, 63, 129, 16));

impl Resolver {
    /// The resolver behind the name servers a machine uses (the first one decides).
    pub fn of(servers: &[IpAddr]) -> Resolver {
        match servers.first() {
            Some(&server) if server == AZURE_DNS => Resolver::AzureDns,
            Some(&server) if !server.is_loopback() => Resolver::Own(server),
            _ => Resolver::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::validate;
    use acr_vocab::InputName;

    fn inputs(pairs: &[(InputName, &str)]) -> Inputs {
        let (inputs, errors) = validate(&pairs.iter().map(|(n, v)| (*n, v.to_string())).collect::<Vec<_>>());
        assert!(errors.is_empty(), "{errors:?}");
        inputs
    }

    #[test]
    fn targets_follow_the_registry_setup() {
        use InputName::*;
        let hosts = |pairs: &[(InputName, &str)]| {
            targets(&inputs(pairs)).into_iter().map(|t| (t.host, t.required)).collect::<Vec<_>>()
        };
        let owned = |list: &[(&str, bool)]| list.iter().map(|(h, r)| (h.to_string(), *r)).collect::<Vec<_>>();
        assert_eq!(
            hosts(&[(Registry, "Contoso"), (Region, "westeurope"), (Replica, "eastus"), (DataEndpoints, "on")]),
            owned(&[
                ("contoso.azurecr.io", true),
                ("contoso.westeurope.data.azurecr.io", true),
                ("contoso.eastus.data.azurecr.io", true),
                ("azurecr.io", true),
                ("mcr.microsoft.com", true),
            ])
        );
        assert_eq!(
            hosts(&[(Registry, "contoso"), (Cloud, "china"), (Region, "chinaeast2")]),
            owned(&[
                ("contoso.azurecr.cn", true),
                ("contoso.chinaeast2.data.azurecr.cn", false),
                ("azurecr.cn", true),
                ("mcr.microsoft.com", true),
            ])
        );
        let off = hosts(&[(Registry, "contoso"), (Region, "westeurope"), (DataEndpoints, "off")]);
        assert_eq!(off.len(), 3, "{off:?}");
        let geo = hosts(&[(Registry, "contoso"), (Region, "westeurope"), (RegionalEndpoints, "on")]);
        assert!(geo.contains(&("contoso.westeurope.geo.azurecr.io".to_string(), true)), "{geo:?}");
        assert!(hosts(&[(Region, "westeurope")]).is_empty());
    }

    #[test]
    fn the_first_name_server_tells_azure_dns_from_an_own_server() {
        let own: IpAddr = "10.0.0.4".parse().unwrap();
        assert_eq!(Resolver::of(&[AZURE_DNS, own]), Resolver::AzureDns);
        assert_eq!(Resolver::of(&[own]), Resolver::Own(own));
        assert_eq!(Resolver::of(&["127.0.0.53".parse().unwrap()]), Resolver::Unknown);
        assert_eq!(Resolver::of(&[]), Resolver::Unknown);
    }
}
