//! The pure walk, table-tested without sockets: observations → the tree's answers → the step, for the branches
//! the fakes do not reach (or reach only slowly).

use std::net::{IpAddr, SocketAddr};

use acr_net_guide::inputs::{validate, Inputs};
use acr_net_guide::locale::Locale;
use acr_net_guide::probe::observation::{
    targets, CertificateProblem, Connect, DaemonProxy, Dns, Failure, HostObservation, Http, Issuer, Lookup, Machine,
    Resolver, Role, Tls,
};
use acr_net_guide::probe::walk::{conclude, Check};
use acr_net_guide::tree::NodeKind;
use acr_vocab::InputName;

fn inputs(extra: &[(InputName, &str)]) -> (Vec<(InputName, String)>, Inputs) {
    let mut given = vec![(InputName::Registry, "contoso".to_string()), (InputName::Region, "westeurope".to_string())];
    given.extend(extra.iter().map(|(name, value)| (*name, value.to_string())));
    let (inputs, errors) = validate(&given);
    assert!(errors.is_empty());
    (given, inputs)
}

fn address(text: &str) -> IpAddr {
    text.parse().unwrap()
}

/// Every host of `inputs` passing every check, with public addresses.
fn healthy(inputs: &Inputs) -> Vec<HostObservation> {
    targets(inputs)
        .into_iter()
        .map(|target| {
            let speaks = target.role.speaks_https();
            HostObservation {
                dns: Dns { lookup: Lookup::Found(vec![address("203.0.113.1")]), chain: None, azure_dns: None },
                connect: Some(Connect::Open(SocketAddr::new(address("203.0.113.1"), 443))),
                tls: speaks.then(|| Tls::Trusted {
                    issuer: Some(Issuer { name: "Microsoft Azure RSA TLS Issuing CA 04".into(), public: true }),
                }),
                http: speaks.then_some(Http::Answer { status: 401, bearer: true, client_ip: None }),
                proxied: false,
                target,
            }
        })
        .collect()
}

fn machine() -> Machine {
    Machine { resolver: Resolver::Unknown, in_azure: None, proxy: None, daemon_proxy: DaemonProxy::Unknown }
}

fn host(observations: &mut [HostObservation], role: Role) -> &mut HostObservation {
    observations.iter_mut().find(|host| host.target.role == role).unwrap()
}

struct Row {
    case: &'static str,
    change: fn(&mut Vec<HostObservation>, &mut Machine),
    extra: &'static [(InputName, &'static str)],
    node: &'static str,
    trail: &'static [&'static str],
    failed: Option<(usize, Check)>,
}

#[test]
fn observations_answer_the_questions_up_to_the_step() {
    let rows = [
        Row {
            case: "--private-endpoint given, the login server resolves publicly, own DNS",
            change: |_, machine| machine.resolver = Resolver::Own(address("10.1.0.4")),
            extra: &[(InputName::PrivateEndpoint, "contoso-pe")],
            node: "fix-dns-forwarder",
            trail: &["check-nslookup:public-but-private-expected", "private-endpoint-dns:custom-dns"],
            failed: Some((0, Check::Dns)),
        },
        Row {
            case: "a private endpoint's name sent through the proxy, which then fails",
            change: |hosts, machine| {
                machine.proxy = Some("http://proxy:3128".into());
                let login = host(hosts, Role::LoginServer);
                login.proxied = true;
                login.dns.lookup = Lookup::Found(vec![address("10.0.0.7")]);
                login.connect = Some(Connect::Tunnel { proxy: "http://proxy:3128".into() });
                login.http = Some(Http::Answer { status: 403, bearer: false, client_ip: None });
            },
            extra: &[],
            node: "configure-proxy",
            trail: &["q-client-network:proxy"],
            failed: Some((0, Check::Http)),
        },
        Row {
            case: "the proxy's gateway times out (504)",
            change: |hosts, _| {
                let login = host(hosts, Role::LoginServer);
                login.proxied = true;
                login.connect = Some(Connect::ProxyStatus { proxy: "http://proxy:3128".into(), status: 504 });
            },
            extra: &[],
            node: "q-client-network",
            trail: &[],
            failed: Some((0, Check::Connect)),
        },
        Row {
            case: "a dedicated data endpoint that may be off does not resolve: no problem",
            change: |hosts, _| {
                host(hosts, Role::DataEndpoint { region: westeurope(), home: true }).dns.lookup = Lookup::NoSuchName
            },
            extra: &[],
            node: "advanced-troubleshooting",
            trail: &["further-diagnosis:all-ok"],
            failed: None,
        },
        Row {
            case: "an inspecting proxy this machine trusts: no problem",
            change: |hosts, _| {
                host(hosts, Role::LoginServer).tls =
                    Some(Tls::Trusted { issuer: Some(Issuer { name: "Zscaler Root CA".into(), public: false }) })
            },
            extra: &[],
            node: "advanced-troubleshooting",
            trail: &["further-diagnosis:all-ok"],
            failed: None,
        },
        Row {
            case: "a public certificate for another name: the question stays open",
            change: |hosts, _| {
                host(hosts, Role::LoginServer).tls = Some(Tls::Untrusted {
                    issuer: Some(Issuer { name: "DigiCert Global G2".into(), public: true }),
                    problem: CertificateProblem::WrongName,
                })
            },
            extra: &[],
            node: "tls-certificate-error",
            trail: &["start:tls"],
            failed: Some((0, Check::Tls)),
        },
        Row {
            case: "401 without a Bearer challenge: something else answers",
            change: |hosts, _| {
                host(hosts, Role::LoginServer).http = Some(Http::Answer { status: 401, bearer: false, client_ip: None })
            },
            extra: &[],
            node: "check-port-443",
            trail: &[],
            failed: Some((0, Check::Http)),
        },
        Row {
            case: "403 without an address: the network rules decide",
            change: |hosts, _| {
                host(hosts, Role::LoginServer).http = Some(Http::Answer { status: 403, bearer: false, client_ip: None })
            },
            extra: &[],
            node: "check-network-rules",
            trail: &["check-port-443:forbidden-403"],
            failed: Some((0, Check::Http)),
        },
        Row {
            case: "403 naming the address, while the registry has a private endpoint: which rule is unknown",
            change: |hosts, _| {
                let login = host(hosts, Role::LoginServer);
                login.dns.chain = Some(acr_net_guide::probe::observation::Chain {
                    server: "10.0.0.4:53".parse().unwrap(),
                    aliases: vec!["contoso.privatelink.azurecr.io".into()],
                    outcome: Lookup::Found(vec![address("203.0.113.1")]),
                });
                login.http =
                    Some(Http::Answer { status: 403, bearer: false, client_ip: Some(address("198.51.100.4")) });
            },
            extra: &[],
            node: "check-network-rules",
            trail: &["start:ip-denied", "client-ip-not-allowed:next"],
            failed: Some((0, Check::Http)),
        },
        Row {
            case: "MCR behind an inspecting proxy",
            change: |hosts, _| {
                host(hosts, Role::Mcr).tls = Some(Tls::Untrusted {
                    issuer: Some(Issuer { name: "Contoso Inspection CA".into(), public: false }),
                    problem: CertificateProblem::UnknownIssuer,
                })
            },
            extra: &[],
            node: "fix-trust-proxy-ca",
            trail: &["start:tls", "tls-certificate-error:intercepting-proxy"],
            failed: Some((3, Check::Tls)),
        },
        Row {
            case: "a timeout while the Docker daemon has its own proxy",
            change: |hosts, machine| {
                machine.daemon_proxy =
                    DaemonProxy::Proxy { url: "http://proxy:3128".into(), source: "/etc/docker/daemon.json".into() };
                host(hosts, Role::LoginServer).connect =
                    Some(Connect::Failed { address: "203.0.113.1:443".parse().unwrap(), failure: Failure::TimedOut });
            },
            extra: &[],
            node: "configure-proxy",
            trail: &["start:timeout", "connection-timeout:next", "check-port-443:timeout", "q-client-network:proxy"],
            failed: Some((0, Check::Connect)),
        },
        Row {
            case: "the certificate host is unreachable, on premises",
            change: |hosts, machine| {
                machine.in_azure = Some(false);
                host(hosts, Role::CertificateHost).connect =
                    Some(Connect::Failed { address: "203.0.113.1:443".parse().unwrap(), failure: Failure::Reset });
            },
            extra: &[],
            node: "configure-client-firewall-access",
            trail: &["q-client-network:on-premises"],
            failed: Some((2, Check::Connect)),
        },
    ];
    for row in rows {
        let (given, inputs) = inputs(row.extra);
        let mut observations = healthy(&inputs);
        let mut machine = machine();
        (row.change)(&mut observations, &mut machine);
        let conclusion = conclude(&observations, &machine, &given, &inputs, Locale::En);
        let session = &conclusion.session;
        let trail: Vec<String> =
            session.trail.iter().map(|step| format!("{}:{}", step.node.id(), step.answer)).collect();
        assert_eq!(
            (session.current().id(), trail.iter().map(String::as_str).collect::<Vec<_>>()),
            (row.node, row.trail.to_vec()),
            "{}",
            row.case
        );
        assert_eq!(conclusion.failed, row.failed, "{}", row.case);
        assert_eq!(conclusion.problem_found(), row.failed.is_some(), "{}", row.case);
    }
}

fn westeurope() -> &'static acr_net_guide::inputs::Region {
    acr_net_guide::inputs::regions::find("westeurope").unwrap()
}

#[test]
fn every_step_a_walk_ends_at_is_a_fix_unless_a_question_stays_open() {
    // The walks that stop early stop at a question, check or cause the user can answer on the page.
    let (given, inputs) = inputs(&[]);
    let mut observations = healthy(&inputs);
    host(&mut observations, Role::LoginServer).http =
        Some(Http::Answer { status: 403, bearer: false, client_ip: None });
    let conclusion = conclude(&observations, &machine(), &given, &inputs, Locale::En);
    assert_ne!(conclusion.session.current().kind(), NodeKind::Fix);
    assert!(!conclusion.session.current().edges().collect::<Vec<_>>().is_empty());
}
