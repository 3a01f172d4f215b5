//! `acr-net-guide probe`: checks the path from this machine to the registry — DNS, TCP 443 directly or through
//! the proxy, TLS, `GET /v2/` — on every host of a pull at once, each check bounded by a timeout, then lets the
//! pure core turn what it saw into the tree's answers (`acr_net_guide::probe::walk`) and prints the step.
//!
//! It connects only to the hosts its report names (and the DNS servers it asks), sends no credentials, and
//! changes nothing. The hidden options of `ProbeOptions` point it at the tests' fakes.

mod machine;
mod net;
mod report;

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use acr_net_guide::i18n::{msg, Localizer};
use acr_net_guide::inputs::{self, Inputs};
use acr_net_guide::probe::observation::{
    targets, Connect, Dns, HostObservation, Lookup, Machine, Resolver, Role, Target, Tls, AZURE_DNS,
};
use acr_net_guide::probe::proxy_settings::{bypasses, no_proxy_entries, without_credentials};
use acr_net_guide::probe::walk::{conclude, failures};
use acr_vocab::InputName;

use crate::args::{InputArgs, ProbeOptions};
use net::{Deadline, ProxyAddress, Trust, TunnelError};

/// A host's checks run one after the other, at most this many times the time of one check (lookup, chain,
/// Azure DNS, connect, `CONNECT`, TLS, HTTP): the bound of the whole probe, since hosts are checked at once.
const CHECKS_PER_HOST: u32 = 7;

/// How the probe reaches the hosts.
struct Plan {
    proxy: Option<ProxyAddress>,
    no_proxy: Vec<String>,
    /// The DNS server asked for every name instead of the system resolver (tests).
    dns_server: Option<SocketAddr>,
    /// The server asked for CNAME chains: the machine's first name server.
    chain_server: Option<SocketAddr>,
    azure_dns: SocketAddr,
    connect_to: HashMap<String, SocketAddr>,
    trust: Trust,
    step: Duration,
    overall: Instant,
}

impl Plan {
    fn deadline(&self) -> Deadline {
        Deadline::after(self.step, self.overall)
    }
}

/// Runs the probe and prints the report; `Ok(true)` when a problem was found. Bad arguments (an invalid input,
/// an invalid proxy setting in the environment, no registry) are `Err` with their messages: nothing is printed.
pub fn run(
    out: &mut impl Write,
    options: &ProbeOptions,
    args: &InputArgs,
    environment: &dyn Fn(&str) -> Option<String>,
) -> Result<io::Result<bool>, Vec<String>> {
    let t = Localizer::new(options.locale);
    let given: Vec<(InputName, String)> =
        args.raw().into_iter().map(|(name, value)| (name, value.trim().to_string())).collect();
    let inputs = crate::snippets::validated(args, &t)?;
    let (Some(registry), Some(login_server)) = (inputs.registry.clone(), inputs.login_server()) else {
        return Err(vec![t.text(msg::PROBE_NEEDS_REGISTRY)]);
    };
    let setting = proxy_setting(&inputs, environment, &t)?;
    let trust = match &options.ca_file {
        Some(path) => Trust::from_pem(path).map_err(|error| {
            vec![t.format(msg::probe_ca_file_invalid(&error.to_string(), &path.display().to_string()))]
        })?,
        None => Trust::system(),
    };
    let facts = machine::read(&options.root);
    let step = Duration::from_millis(options.timeout_ms);
    let plan = Plan {
        proxy: setting.0.as_ref().and_then(|url| ProxyAddress::parse(url)),
        no_proxy: setting.1.no_proxy.clone(),
        dns_server: options.dns_server,
        chain_server: facts.name_servers.first().map(|server| SocketAddr::new(*server, 53)),
        azure_dns: options.azure_dns.unwrap_or(SocketAddr::new(AZURE_DNS, 53)),
        connect_to: options.connect_to.iter().cloned().collect(),
        trust,
        step,
        overall: Instant::now() + step * CHECKS_PER_HOST,
    };
    let targets = targets(&inputs);
    let observations: Vec<HostObservation> = std::thread::scope(|scope| {
        let running: Vec<_> = targets.iter().map(|target| scope.spawn(|| observe(target, &plan))).collect();
        running
            .into_iter()
            .zip(&targets)
            .map(|(run, target)| run.join().unwrap_or_else(|_| unchecked(target)))
            .collect()
    });
    let machine = Machine {
        resolver: Resolver::of(&facts.upstream),
        in_azure: facts.in_azure,
        proxy: setting.0.clone(),
        daemon_proxy: facts.daemon_proxy,
    };
    let conclusion = conclude(&observations, &machine, &given, &inputs, options.locale);
    let failed = failures(&observations, &inputs);
    let report = report::Report {
        registry: &registry,
        login_server: &login_server,
        observations: &observations,
        failures: &failed,
        machine: &machine,
        setting: &setting.1,
        conclusion: &conclusion,
        base: &options.base,
    };
    Ok(report::print(out, &report, &t, options.format).map(|()| conclusion.problem_found()))
}

/// The proxy the probe uses — `--proxy`, else `HTTPS_PROXY` / `https_proxy` without credentials — and the hosts
/// that bypass it — `--no-proxy`, else `NO_PROXY` / `no_proxy`. Values from the environment go through the same
/// validation as the flags.
fn proxy_setting(
    inputs: &Inputs,
    environment: &dyn Fn(&str) -> Option<String>,
    t: &Localizer,
) -> Result<(Option<String>, report::Setting), Vec<String>> {
    let from_environment = |names: [&'static str; 2]| {
        names.into_iter().find_map(|name| environment(name).filter(|v| !v.trim().is_empty()).map(|v| (name, v)))
    };
    let refused = |variable: &str, errors: Vec<inputs::InputError>| {
        errors.iter().map(|error| t.format(msg::probe_env_invalid(&error.constraint.describe(t), variable))).collect()
    };
    let mut setting = report::Setting { proxy_source: None, credentials_dropped: false, no_proxy: Vec::new() };
    let proxy = match &inputs.proxy {
        Some(proxy) => {
            setting.proxy_source = Some("--proxy".to_string());
            Some(proxy.clone())
        }
        None => match from_environment(["HTTPS_PROXY", "https_proxy"]) {
            Some((variable, value)) => {
                let (url, dropped) = without_credentials(&value);
                let (checked, errors) = inputs::validate(&[(InputName::Proxy, url)]);
                if !errors.is_empty() {
                    return Err(refused(variable, errors));
                }
                setting.proxy_source = Some(variable.to_string());
                setting.credentials_dropped = dropped;
                checked.proxy
            }
            None => None,
        },
    };
    setting.no_proxy = if inputs.no_proxy.is_empty() {
        match from_environment(["NO_PROXY", "no_proxy"]) {
            Some((variable, value)) => {
                let (checked, errors) = inputs::validate(&[(InputName::NoProxy, value)]);
                if !errors.is_empty() {
                    return Err(refused(variable, errors));
                }
                checked.no_proxy
            }
            None => Vec::new(),
        }
    } else {
        inputs.no_proxy.clone()
    };
    setting.no_proxy = no_proxy_entries(&setting.no_proxy.join(","));
    Ok((proxy, setting))
}

/// A host whose checks could not run (its thread ended unexpectedly): reported as a failed lookup.
fn unchecked(target: &Target) -> HostObservation {
    HostObservation {
        target: target.clone(),
        proxied: false,
        dns: Dns { lookup: Lookup::Failed("the check stopped".into()), chain: None, azure_dns: None },
        connect: None,
        tls: None,
        http: None,
    }
}

/// Every check of one host, in order, each stopping the ones after it when it fails.
fn observe(target: &Target, plan: &Plan) -> HostObservation {
    let host_name = target.host.as_str();
    let proxied = plan.proxy.is_some() && !bypasses(&plan.no_proxy, host_name);
    let mut dns = match plan.dns_server {
        Some(server) => {
            let chain = net::ask(server, host_name, plan.deadline());
            Dns { lookup: chain.outcome.clone(), chain: Some(chain), azure_dns: None }
        }
        None => Dns {
            lookup: net::system_lookup(host_name, plan.deadline()),
            chain: plan.chain_server.map(|server| net::ask(server, host_name, plan.deadline())),
            azure_dns: None,
        },
    };
    let resolved = matches!(dns.lookup, Lookup::Found(_));
    if target.role == Role::LoginServer && !resolved && !proxied {
        dns.azure_dns = Some(net::ask(plan.azure_dns, host_name, plan.deadline()).outcome);
    }
    let mut host = HostObservation { target: target.clone(), proxied, dns, connect: None, tls: None, http: None };
    let first_address = host.dns.addresses().first().copied();
    let connection = match (plan.proxy.as_ref().filter(|_| proxied), first_address) {
        (Some(proxy), _) => {
            let redirect = plan.connect_to.get(&proxy.host.to_ascii_lowercase()).copied();
            match net::tunnel(proxy, host_name, redirect, &plan.trust, plan.deadline()) {
                Ok(connection) => {
                    host.connect = Some(Connect::Tunnel { proxy: proxy.url.clone() });
                    Some(connection)
                }
                Err(TunnelError::Unreachable(failure)) => {
                    host.connect = Some(Connect::ProxyUnreachable { proxy: proxy.url.clone(), failure });
                    None
                }
                Err(TunnelError::Status(status)) => {
                    host.connect = Some(Connect::ProxyStatus { proxy: proxy.url.clone(), status });
                    None
                }
            }
        }
        (None, Some(address)) => {
            let address = plan.connect_to.get(host_name).copied().unwrap_or(SocketAddr::new(address, 443));
            match net::connect(address, plan.deadline()) {
                Ok(connection) => {
                    host.connect = Some(Connect::Open(address));
                    Some(connection)
                }
                Err(failure) => {
                    host.connect = Some(Connect::Failed { address, failure });
                    None
                }
            }
        }
        (None, None) => None,
    };
    let Some(connection) = connection.filter(|_| target.role.speaks_https()) else { return host };
    let (secured, tls) = connection.secure(host_name, &plan.trust, plan.deadline());
    host.tls = Some(tls);
    if let (Some(mut secured), Some(Tls::Trusted { .. })) = (secured, host.tls.as_ref()) {
        host.http = Some(net::get_v2(&mut secured, host_name, plan.deadline()));
    }
    host
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_environment_proxy_loses_its_credentials_and_is_validated_like_the_flag() {
        let t = Localizer::new(acr_net_guide::locale::Locale::En);
        let none = Inputs::default();
        let env = environment(&[("https_proxy", "http://bob:pw@proxy.corp:3128"), ("NO_PROXY", "localhost,.corp")]);
        let (proxy, setting) = proxy_setting(&none, &env, &t).unwrap();
        assert_eq!(proxy.as_deref(), Some("http://proxy.corp:3128"));
        assert_eq!(setting.proxy_source.as_deref(), Some("https_proxy"));
        assert!(setting.credentials_dropped);
        assert_eq!(setting.no_proxy, ["localhost", ".corp"]);
        let bad = environment(&[("HTTPS_PROXY", "ftp://proxy.corp")]);
        let errors = proxy_setting(&none, &bad, &t).err().unwrap();
        assert!(errors[0].starts_with("HTTPS_PROXY from the environment:"), "{errors:?}");
        let flag = Inputs { proxy: Some("http://10.0.0.9:3128".into()), ..Inputs::default() };
        let (proxy, setting) = proxy_setting(&flag, &env, &t).unwrap();
        assert_eq!(
            (proxy.as_deref(), setting.proxy_source.as_deref()),
            (Some("http://10.0.0.9:3128"), Some("--proxy"))
        );
    }
}
