//! The probe's output: a localized report with ✓/✗ per check that ends with the step's link and the marker line
//! the page recognises, JSON for scripts, or the link alone.

use std::io::{self, Write};
use std::net::IpAddr;

use acr_net_guide::i18n::{msg, Localizer};
use acr_net_guide::inputs::is_private;
use acr_net_guide::probe::marker;
use acr_net_guide::probe::observation::{
    CertificateProblem, Connect, DaemonProxy, Failure, HostObservation, Http, Lookup, Machine, Resolver, Role, Tls,
};
use acr_net_guide::probe::walk::{Check, Conclusion};
use acr_net_guide::session::Session;
use acr_net_guide::tree::NodeKind;
use serde_json::{json, Value};

use crate::args::ProbeFormat;

/// What the report says besides the observations: where the proxy setting came from and what was dropped.
pub struct Setting {
    /// `--proxy`, `HTTPS_PROXY` or `https_proxy`.
    pub proxy_source: Option<String>,
    pub credentials_dropped: bool,
    pub no_proxy: Vec<String>,
}

pub struct Report<'a> {
    pub registry: &'a str,
    pub login_server: &'a str,
    pub observations: &'a [HostObservation],
    /// Each host's first failed check (same order).
    pub failures: &'a [Option<Check>],
    pub machine: &'a Machine,
    pub setting: &'a Setting,
    pub conclusion: &'a Conclusion,
    pub base: &'a str,
}

pub fn print(out: &mut impl Write, report: &Report, t: &Localizer, format: ProbeFormat) -> io::Result<()> {
    let link = format!("{}{}", report.base, report.conclusion.session.href());
    match format {
        ProbeFormat::Link => writeln!(out, "{link}"),
        ProbeFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &json_report(report, &link))?;
            writeln!(out)
        }
        ProbeFormat::Text => text(out, report, t, &link),
    }
}

fn text(out: &mut impl Write, report: &Report, t: &Localizer, link: &str) -> io::Result<()> {
    let machine = report.machine;
    writeln!(out, "{}", t.format(msg::probe_title(report.login_server)))?;
    match (&machine.proxy, &report.setting.proxy_source) {
        (Some(proxy), Some(source)) => writeln!(out, "{}", t.format(msg::probe_proxy(proxy, source)))?,
        _ => writeln!(out, "{}", t.text(msg::PROBE_PROXY_NONE))?,
    }
    if report.setting.credentials_dropped {
        writeln!(out, "{}", t.text(msg::PROBE_PROXY_CREDENTIALS))?;
    }
    if machine.proxy.is_some() && !report.setting.no_proxy.is_empty() {
        writeln!(out, "{}", t.format(msg::probe_no_proxy(&report.setting.no_proxy.join(", "))))?;
    }
    match &machine.daemon_proxy {
        DaemonProxy::Proxy { url, source } => writeln!(out, "{}", t.format(msg::probe_daemon_proxy(url, source)))?,
        DaemonProxy::Direct => writeln!(out, "{}", t.text(msg::PROBE_DAEMON_DIRECT))?,
        DaemonProxy::Unknown => writeln!(out, "{}", t.text(msg::PROBE_DAEMON_UNKNOWN))?,
    }
    match machine.resolver {
        Resolver::AzureDns => writeln!(out, "{}", t.text(msg::PROBE_RESOLVER_AZURE))?,
        Resolver::Own(server) => writeln!(out, "{}", t.format(msg::probe_resolver_own(&server.to_string())))?,
        Resolver::Unknown => writeln!(out, "{}", t.text(msg::PROBE_RESOLVER_UNKNOWN))?,
    }
    for (host, failed) in report.observations.iter().zip(report.failures) {
        writeln!(out)?;
        writeln!(out, "{}  {}", role(t, host.target.role), host.target.host)?;
        for (check, mark, line) in check_lines(host, *failed, t) {
            writeln!(out, "  {mark} {check:<5} {line}")?;
        }
    }
    writeln!(out)?;
    let session = &report.conclusion.session;
    let locale = t.locale();
    if !session.trail.is_empty() {
        writeln!(out, "{}", t.text(msg::PROBE_ANSWERS))?;
        for step in &session.trail {
            let answer = step.node.link_label(locale, step.answer).unwrap_or(step.answer);
            writeln!(out, "  {} → {answer}", step.node.title(locale))?;
        }
    }
    let node = session.current();
    let (title, id) = (node.title(locale), node.id());
    if report.conclusion.daemon_without_proxy {
        writeln!(out, "{}", t.text(msg::PROBE_DAEMON_WITHOUT_PROXY))?;
    }
    let verdict = if !report.conclusion.problem_found() {
        msg::probe_passed(id, title)
    } else if node.kind() == NodeKind::Fix {
        msg::probe_fix(id, title)
    } else {
        msg::probe_question(id, title)
    };
    writeln!(out, "{}", t.format(verdict))?;
    if let Some(address) = seen_address(report) {
        writeln!(out, "{}", t.format(msg::probe_found_ip(&address.to_string())))?;
    }
    if let (None, DaemonProxy::Proxy { url, .. }) = (&machine.proxy, &machine.daemon_proxy) {
        writeln!(out, "{}", t.format(msg::probe_daemon_differs(url)))?;
    }
    writeln!(out, "{}", t.format(msg::probe_open(link)))?;
    writeln!(out, "{}", marker::line(session))
}

/// The address the registry named in the failing host's 403 answer.
fn seen_address(report: &Report) -> Option<IpAddr> {
    let (index, _) = report.conclusion.failed?;
    match report.observations[index].http {
        Some(Http::Answer { client_ip, .. }) => client_ip,
        None | Some(Http::NoAnswer(_)) => None,
    }
}

fn role(t: &Localizer, role: Role) -> String {
    match role {
        Role::LoginServer => t.text(msg::PROBE_ROLE_LOGIN_SERVER),
        Role::DataEndpoint { region, .. } => t.format(msg::probe_role_data_endpoint(region.name)),
        Role::RegionalEndpoint { region } => t.format(msg::probe_role_regional_endpoint(region.name)),
        Role::CertificateHost => t.text(msg::PROBE_ROLE_CERTIFICATE_HOST),
        Role::Mcr => t.text(msg::PROBE_ROLE_MCR),
    }
}

/// Marks: passed, failed, not run, information only.
const PASS: char = '✓';
const FAIL: char = '✗';
const NOT_RUN: char = '–';
const INFO: char = '·';

/// The lines of one host: (check, mark, text).
fn check_lines(host: &HostObservation, failed: Option<Check>, t: &Localizer) -> Vec<(&'static str, char, String)> {
    let mark = |check: Check| if failed == Some(check) { FAIL } else { PASS };
    let mut lines = Vec::new();
    let dns = &host.dns;
    let addresses = |list: &[IpAddr]| list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    let dns_line = match &dns.lookup {
        Lookup::Found(found) if failed == Some(Check::Dns) => {
            (FAIL, format!("{}: {}", addresses(found), t.text(msg::PROBE_DNS_PRIVATE_EXPECTED)))
        }
        Lookup::Found(found) if host.proxied && dns.private() == Some(true) && failed.is_some() => {
            (FAIL, format!("{}: {}", addresses(found), t.text(msg::PROBE_DNS_PRIVATE_THROUGH_PROXY)))
        }
        Lookup::Found(found) => {
            let kind = if found.iter().all(|a| is_private(*a)) {
                msg::PROBE_ADDRESS_PRIVATE
            } else {
                msg::PROBE_ADDRESS_PUBLIC
            };
            (PASS, t.format(msg::probe_dns_found(&addresses(found), &t.text(kind))))
        }
        _ if host.proxied => (INFO, t.text(msg::PROBE_DNS_PROXIED)),
        Lookup::NoSuchName if failed.is_none() => (INFO, t.text(msg::PROBE_DNS_FEATURE_OFF)),
        Lookup::NoSuchName => (FAIL, t.text(msg::PROBE_DNS_NO_SUCH_NAME)),
        Lookup::NoAnswer => (FAIL, t.text(msg::PROBE_DNS_NO_ANSWER)),
        Lookup::Failed(error) => (FAIL, t.format(msg::probe_dns_failed(error))),
    };
    lines.push(("DNS", dns_line.0, dns_line.1));
    if let Some(chain) = dns.chain.as_ref().filter(|chain| !chain.aliases.is_empty()) {
        let text = t.format(msg::probe_dns_chain(&chain.aliases.join(" → "), &chain.server.to_string()));
        lines.push(("", INFO, text));
    }
    if let Some(azure) = &dns.azure_dns {
        let text = match azure {
            Lookup::Found(found) => t.format(msg::probe_azure_dns_found(&addresses(found))),
            Lookup::NoSuchName => t.text(msg::PROBE_AZURE_DNS_NO_SUCH_NAME),
            _ => t.text(msg::PROBE_AZURE_DNS_NO_ANSWER),
        };
        lines.push(("", INFO, text));
    }
    if dns_line.0 == INFO && host.connect.is_none() {
        return lines;
    }
    let not_run = |check: &'static str| (check, NOT_RUN, t.text(msg::PROBE_NOT_RUN));
    match &host.connect {
        Some(connect) => lines.push(("TCP", mark(Check::Connect), connect_text(connect, t))),
        None => lines.push(not_run("TCP")),
    }
    if !host.target.role.speaks_https() {
        return lines;
    }
    match &host.tls {
        Some(tls) => lines.push(("TLS", mark(Check::Tls), tls_text(tls, t))),
        None => lines.push(not_run("TLS")),
    }
    match &host.http {
        Some(http) => lines.push(("HTTP", mark(Check::Http), http_text(http, host.target.role, t))),
        None => lines.push(not_run("HTTP")),
    }
    lines
}

fn failure_text(failure: &Failure, t: &Localizer) -> String {
    match failure {
        Failure::TimedOut => t.text(msg::PROBE_FAILURE_TIMED_OUT),
        Failure::Refused => t.text(msg::PROBE_FAILURE_REFUSED),
        Failure::Reset => t.text(msg::PROBE_FAILURE_RESET),
        Failure::Closed => t.text(msg::PROBE_FAILURE_CLOSED),
        Failure::Other(error) => t.format(msg::probe_failure_other(error)),
    }
}

fn connect_text(connect: &Connect, t: &Localizer) -> String {
    match connect {
        Connect::Open(address) => t.format(msg::probe_tcp_open(&address.to_string())),
        Connect::Tunnel { proxy } => t.format(msg::probe_tcp_tunnel(proxy)),
        Connect::Failed { address, failure } => {
            let address = address.to_string();
            match failure {
                Failure::TimedOut => t.format(msg::probe_tcp_timed_out(&address)),
                Failure::Refused => t.format(msg::probe_tcp_refused(&address)),
                Failure::Reset => t.format(msg::probe_tcp_reset(&address)),
                Failure::Closed => t.format(msg::probe_tcp_closed(&address)),
                Failure::Other(error) => t.format(msg::probe_tcp_failed(&address, error)),
            }
        }
        Connect::ProxyUnreachable { proxy, failure } => {
            t.format(msg::probe_proxy_unreachable(&failure_text(failure, t), proxy))
        }
        Connect::ProxyStatus { status: 403, .. } => t.text(msg::PROBE_PROXY_REFUSED),
        Connect::ProxyStatus { status: 407, .. } => t.text(msg::PROBE_PROXY_AUTH),
        Connect::ProxyStatus { status, .. } => t.format(msg::probe_proxy_status(&status.to_string())),
    }
}

fn tls_text(tls: &Tls, t: &Localizer) -> String {
    let issuer_name = |issuer: &Option<acr_net_guide::probe::observation::Issuer>| {
        issuer.as_ref().map_or_else(|| "?".to_string(), |issuer| issuer.name.clone())
    };
    match tls {
        Tls::Trusted { issuer } => {
            let name = issuer_name(issuer);
            if issuer.as_ref().is_some_and(|issuer| !issuer.public) {
                t.format(msg::probe_tls_inspected(&name))
            } else {
                t.format(msg::probe_tls_trusted(&name))
            }
        }
        Tls::Untrusted { issuer, problem } => {
            let name = issuer_name(issuer);
            match problem {
                _ if issuer.as_ref().is_some_and(|issuer| !issuer.public) => {
                    t.format(msg::probe_tls_intercepted(&name))
                }
                CertificateProblem::UnknownIssuer => t.format(msg::probe_tls_outdated(&name)),
                CertificateProblem::Expired => t.format(msg::probe_tls_expired(&name)),
                CertificateProblem::WrongName => t.format(msg::probe_tls_wrong_name(&name)),
                CertificateProblem::Other(error) => t.format(msg::probe_tls_refused(error, &name)),
            }
        }
        Tls::NoCertificate(failure) => t.format(msg::probe_tls_no_certificate(&failure_text(failure, t))),
    }
}

fn http_text(http: &Http, role: Role, t: &Localizer) -> String {
    match http {
        Http::Answer { status: 401, bearer: true, .. } => t.text(msg::PROBE_HTTP_CHALLENGE),
        Http::Answer { status: 403, client_ip: Some(address), .. } => {
            t.format(msg::probe_http_forbidden_ip(&address.to_string()))
        }
        Http::Answer { status: 403, .. } => t.text(msg::PROBE_HTTP_FORBIDDEN),
        Http::Answer { status: 429, .. } => t.text(msg::PROBE_HTTP_THROTTLED),
        Http::Answer { status, .. } if matches!(role, Role::LoginServer | Role::RegionalEndpoint { .. }) => {
            t.format(msg::probe_http_no_bearer(&status.to_string()))
        }
        Http::Answer { status, .. } => t.format(msg::probe_http_answer(&status.to_string())),
        Http::NoAnswer(failure) => t.format(msg::probe_http_no_answer(&failure_text(failure, t))),
    }
}

fn failure_json(failure: &Failure) -> Value {
    match failure {
        Failure::TimedOut => json!("timed-out"),
        Failure::Refused => json!("refused"),
        Failure::Reset => json!("reset"),
        Failure::Closed => json!("closed"),
        Failure::Other(error) => json!({ "other": error }),
    }
}

fn lookup_json(lookup: &Lookup) -> Value {
    match lookup {
        Lookup::Found(addresses) => json!({ "result": "found", "addresses": addresses }),
        Lookup::NoSuchName => json!({ "result": "no-such-name" }),
        Lookup::NoAnswer => json!({ "result": "no-answer" }),
        Lookup::Failed(error) => json!({ "result": "failed", "error": error }),
    }
}

fn check_name(check: Check) -> &'static str {
    match check {
        Check::Dns => "dns",
        Check::Connect => "tcp",
        Check::Tls => "tls",
        Check::Http => "http",
    }
}

fn host_json(host: &HostObservation, failed: Option<Check>) -> Value {
    let (role, region) = match host.target.role {
        Role::LoginServer => ("login-server", None),
        Role::DataEndpoint { region, .. } => ("data-endpoint", Some(region.name)),
        Role::RegionalEndpoint { region } => ("regional-endpoint", Some(region.name)),
        Role::CertificateHost => ("certificate-host", None),
        Role::Mcr => ("mcr", None),
    };
    let mut dns = lookup_json(&host.dns.lookup);
    dns["private"] = json!(host.dns.private());
    if let Some(chain) = &host.dns.chain {
        dns["chain"] = json!({ "server": chain.server.to_string(), "aliases": chain.aliases, "answer": lookup_json(&chain.outcome) });
    }
    if let Some(azure) = &host.dns.azure_dns {
        dns["azure_dns"] = lookup_json(azure);
    }
    let connect = host.connect.as_ref().map(|connect| match connect {
        Connect::Open(address) => json!({ "result": "open", "address": address.to_string() }),
        Connect::Tunnel { proxy } => json!({ "result": "tunnel", "proxy": proxy }),
        Connect::Failed { address, failure } => {
            json!({ "result": "failed", "address": address.to_string(), "failure": failure_json(failure) })
        }
        Connect::ProxyUnreachable { proxy, failure } => {
            json!({ "result": "proxy-unreachable", "proxy": proxy, "failure": failure_json(failure) })
        }
        Connect::ProxyStatus { proxy, status } => json!({ "result": "proxy-status", "proxy": proxy, "status": status }),
    });
    let issuer_json = |issuer: &Option<acr_net_guide::probe::observation::Issuer>| {
        issuer.as_ref().map(|issuer| json!({ "name": issuer.name, "public": issuer.public }))
    };
    let tls = host.tls.as_ref().map(|tls| match tls {
        Tls::Trusted { issuer } => json!({ "result": "trusted", "issuer": issuer_json(issuer) }),
        Tls::Untrusted { issuer, problem } => {
            let problem = match problem {
                CertificateProblem::UnknownIssuer => json!("unknown-issuer"),
                CertificateProblem::Expired => json!("expired"),
                CertificateProblem::WrongName => json!("wrong-name"),
                CertificateProblem::Other(error) => json!({ "other": error }),
            };
            json!({ "result": "untrusted", "issuer": issuer_json(issuer), "problem": problem })
        }
        Tls::NoCertificate(failure) => json!({ "result": "no-certificate", "failure": failure_json(failure) }),
    });
    let http = host.http.as_ref().map(|http| match http {
        Http::Answer { status, bearer, client_ip } => {
            json!({ "status": status, "bearer": bearer, "client_ip": client_ip.map(|ip| ip.to_string()) })
        }
        Http::NoAnswer(failure) => json!({ "failure": failure_json(failure) }),
    });
    json!({
        "host": host.target.host,
        "role": role,
        "region": region,
        "proxied": host.proxied,
        "failed": failed.map(check_name),
        "dns": dns,
        "tcp": connect,
        "tls": tls,
        "http": http,
    })
}

fn json_report(report: &Report, link: &str) -> Value {
    let session: &Session = &report.conclusion.session;
    let node = session.current();
    let daemon = match &report.machine.daemon_proxy {
        DaemonProxy::Unknown => json!({ "known": false }),
        DaemonProxy::Direct => json!({ "known": true, "proxy": null }),
        DaemonProxy::Proxy { url, source } => json!({ "known": true, "proxy": url, "source": source }),
    };
    let resolver = match report.machine.resolver {
        Resolver::AzureDns => json!("azure-dns"),
        Resolver::Own(server) => json!(server.to_string()),
        Resolver::Unknown => Value::Null,
    };
    json!({
        "registry": report.registry,
        "problem": report.conclusion.problem_found(),
        "node": node.id(),
        "kind": node.kind().as_str(),
        "trail": session.trail.iter().map(|step| json!({ "node": step.node.id(), "answer": step.answer })).collect::<Vec<_>>(),
        "link": link,
        "proxy": report.machine.proxy,
        "proxy_source": report.setting.proxy_source,
        "no_proxy": report.setting.no_proxy,
        "daemon_proxy": daemon,
        "daemon_without_proxy": report.conclusion.daemon_without_proxy,
        "resolver": resolver,
        "in_azure": report.machine.in_azure,
        "hosts": report.observations.iter().zip(report.failures).map(|(host, failed)| host_json(host, *failed)).collect::<Vec<_>>(),
    })
}
