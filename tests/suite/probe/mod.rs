//! `acr-net-guide probe` against fakes on 127.0.0.1: each fault leads to its observations and to its step of
//! the guide; the report in every format; bad arguments; the page's recognition of the pasted report. The
//! pure walk from observations to steps has its own table (`walk.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod fakes;
mod messages;
mod walk;
mod world;

use std::collections::HashMap;
use std::io::Write;

use acr_net_guide::diagnose::diagnose;
use serde_json::Value;

use fakes::{Answer, Ca, Name, ProxyMode};
use world::{host, private, public, World, AZURE_ASSET_TAG, CERTIFICATE_HOST, DATA, LOGIN, MCR, REPLICA_DATA};

/// One fault: how the world breaks, what the probe must observe, and the step it must lead to.
struct Case {
    fault: &'static str,
    world: fn() -> World,
    observed: fn(&Value),
    node: &'static str,
}

fn through_proxy(world: World, mode: ProxyMode) -> World {
    let proxy = fakes::proxy(mode);
    let url = format!("http://{}", proxy.address);
    world.keep(proxy).env("HTTPS_PROXY", &url)
}

/// The hosts as the proxy reaches them: the fake each one is played by.
fn upstreams(world: &World) -> HashMap<String, std::net::SocketAddr> {
    world::HOSTS.iter().map(|host| (host.to_string(), world.address_of(host))).collect()
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            fault: "none: every host answers",
            world: World::healthy,
            observed: |json| {
                assert_eq!(host(json, LOGIN)["http"]["status"], 401);
                assert_eq!(host(json, LOGIN)["http"]["bearer"], true);
                assert_eq!(host(json, LOGIN)["tls"]["issuer"]["public"], true);
                assert_eq!(json["problem"], false);
            },
            node: "advanced-troubleshooting",
        },
        Case {
            fault: "the login server does not resolve, Azure DNS resolves it",
            world: || {
                World::healthy()
                    .name(LOGIN, Name::NxDomain(vec![]))
                    .azure_name(LOGIN, Name::Resolves(vec![], vec![public(10)]))
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["dns"]["result"], "no-such-name");
                assert_eq!(host(json, LOGIN)["dns"]["azure_dns"]["result"], "found");
                assert_eq!(host(json, LOGIN)["tcp"], Value::Null, "nothing to connect to");
            },
            node: "fix-client-dns",
        },
        Case {
            fault: "the login server does not resolve, nor does Azure DNS know it",
            world: || World::healthy().name(LOGIN, Name::NxDomain(vec![])),
            observed: |json| assert_eq!(host(json, LOGIN)["dns"]["azure_dns"]["result"], "no-such-name"),
            node: "fix-registry-name",
        },
        Case {
            fault: "DNS packets dropped: no answer from either server",
            world: || World::healthy().name(LOGIN, Name::Silent).azure_name(LOGIN, Name::Silent),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["dns"]["result"], "no-answer");
                assert_eq!(host(json, LOGIN)["dns"]["azure_dns"]["result"], "no-answer");
            },
            node: "check-azure-dns",
        },
        Case {
            fault: "a privatelink CNAME that ends in NXDOMAIN, clients on Azure DNS",
            world: || {
                World::healthy()
                    .name(LOGIN, Name::NxDomain(vec!["contoso.privatelink.azurecr.io"]))
                    .with_file("etc/resolv.conf", "nameserver 168.63.129.16\n")
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["dns"]["chain"]["aliases"][0], "contoso.privatelink.azurecr.io");
                assert_eq!(json["resolver"], "azure-dns");
            },
            node: "fix-private-dns-zone",
        },
        Case {
            fault: "the login server resolves privately, the home data endpoint publicly (own DNS servers)",
            world: || {
                World::healthy()
                    .name(LOGIN, Name::Resolves(vec!["contoso.privatelink.azurecr.io"], vec![private(7)]))
                    .name(DATA, Name::Resolves(vec!["weu.data.azcr.io"], vec![public(20)]))
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["dns"]["private"], true);
                assert_eq!(host(json, DATA)["dns"]["private"], false);
                assert_eq!(host(json, DATA)["failed"], "dns");
                assert_eq!(json["resolver"], "10.0.0.4");
            },
            node: "fix-dns-forwarder",
        },
        Case {
            fault: "a private endpoint for the home region but a public address for the new replica",
            world: || {
                World::healthy()
                    .name(LOGIN, Name::Resolves(vec!["contoso.privatelink.azurecr.io"], vec![private(7)]))
                    .name(DATA, Name::Resolves(vec![], vec![private(8)]))
                    .name(REPLICA_DATA, Name::Resolves(vec![], vec![public(21)]))
            },
            observed: |json| assert_eq!(host(json, REPLICA_DATA)["failed"], "dns"),
            node: "fix-replica-private-endpoint",
        },
        Case {
            fault: "port 443 refused, on premises",
            world: || World::healthy().connect(LOGIN, fakes::refusing()),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "failed");
                assert_eq!(host(json, LOGIN)["tcp"]["failure"], "refused");
                assert_eq!(json["in_azure"], false);
            },
            node: "configure-client-firewall-access",
        },
        Case {
            fault: "packets to the private endpoint dropped",
            world: || {
                World::healthy()
                    .name(LOGIN, Name::Resolves(vec!["contoso.privatelink.azurecr.io"], vec![private(7)]))
                    .name(DATA, Name::Resolves(vec![], vec![private(8)]))
                    .name(REPLICA_DATA, Name::Resolves(vec![], vec![private(9)]))
                    .play(LOGIN, fakes::black_hole())
            },
            observed: |json| assert_eq!(host(json, LOGIN)["tcp"]["failure"], "timed-out"),
            node: "fix-private-endpoint-routing",
        },
        Case {
            fault: "the handshake is reset, on an Azure VM",
            world: || {
                World::healthy()
                    .play(LOGIN, fakes::resetting())
                    .with_file("sys/class/dmi/id/chassis_asset_tag", AZURE_ASSET_TAG)
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "open");
                assert_eq!(host(json, LOGIN)["tls"]["result"], "no-certificate");
                assert_eq!(host(json, LOGIN)["tls"]["failure"], "reset");
                assert_eq!(json["in_azure"], true);
            },
            node: "q-client-network",
        },
        Case {
            fault: "the data endpoint drops packets (sign-in works), on premises",
            world: || World::healthy().play(DATA, fakes::black_hole()),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["failed"], Value::Null);
                assert_eq!(host(json, DATA)["tcp"]["failure"], "timed-out");
            },
            node: "configure-client-firewall-access",
        },
        Case {
            fault: "the server accepts but never answers",
            world: || World::healthy().play(LOGIN, fakes::silent()),
            observed: |json| assert_eq!(host(json, LOGIN)["tls"]["failure"], "timed-out"),
            node: "configure-client-firewall-access",
        },
        Case {
            fault: "the proxy wants credentials (407)",
            world: || through_proxy(World::healthy(), ProxyMode::Status(407)),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["proxied"], true);
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "proxy-status");
                assert_eq!(host(json, LOGIN)["tcp"]["status"], 407);
            },
            node: "fix-proxy-allow-registry",
        },
        Case {
            fault: "the proxy's policy refuses the registry (403)",
            world: || through_proxy(World::healthy(), ProxyMode::Status(403)),
            observed: |json| assert_eq!(host(json, LOGIN)["tcp"]["status"], 403),
            node: "fix-proxy-allow-registry",
        },
        Case {
            fault: "the proxy cannot be reached",
            world: || World::healthy().env("HTTPS_PROXY", &format!("http://{}", fakes::refusing())),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "proxy-unreachable");
                assert_eq!(host(json, LOGIN)["tcp"]["failure"], "refused");
            },
            node: "configure-proxy",
        },
        Case {
            fault: "a re-signing proxy inspects TLS",
            world: || {
                through_proxy(
                    World::healthy(),
                    ProxyMode::Inspect(Box::new(Ca::new("Contoso Inspection CA", "Contoso"))),
                )
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "tunnel");
                assert_eq!(host(json, LOGIN)["tls"]["result"], "untrusted");
                assert_eq!(host(json, LOGIN)["tls"]["issuer"]["name"], "Contoso Inspection CA");
                assert_eq!(host(json, LOGIN)["tls"]["issuer"]["public"], false);
            },
            node: "fix-trust-proxy-ca",
        },
        Case {
            fault: "the certificate comes from a public authority the trust store lacks",
            world: || {
                let world = World::healthy();
                let stranger = Ca::new("Microsoft Azure RSA TLS Issuing CA 98 (test)", "Microsoft Corporation");
                let registry = fakes::registry(&stranger, &[LOGIN], Answer::Challenge);
                world.play(LOGIN, registry)
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tls"]["problem"], "unknown-issuer");
                assert_eq!(host(json, LOGIN)["tls"]["issuer"]["public"], true);
            },
            node: "fix-outdated-trust-store",
        },
        Case {
            fault: "the registry's firewall refuses this address (403 naming it)",
            world: || {
                let world = World::healthy();
                let registry =
                    fakes::registry(&world.ca, &[LOGIN], Answer::Forbidden { client_ip: world::SEEN_ADDRESS });
                world.play(LOGIN, registry)
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["http"]["status"], 403);
                assert_eq!(host(json, LOGIN)["http"]["client_ip"], world::SEEN_ADDRESS);
                assert!(json["link"].as_str().unwrap().contains("client-ip=203.0.113.77"), "{}", json["link"]);
            },
            node: "fix-allow-client-ip",
        },
        Case {
            fault: "through the proxy, the registry refuses the proxy's egress address",
            world: || {
                let world = World::healthy();
                let registry =
                    fakes::registry(&world.ca, &[LOGIN], Answer::Forbidden { client_ip: world::SEEN_ADDRESS });
                let world = world.play(LOGIN, registry);
                let upstreams = upstreams(&world);
                through_proxy(world, ProxyMode::Tunnel(upstreams))
            },
            observed: |json| {
                assert_eq!(host(json, LOGIN)["tcp"]["result"], "tunnel");
                assert_eq!(json["trail"][0]["answer"], "proxy-403");
                let link = json["link"].as_str().unwrap();
                assert!(link.contains("client-ip=203.0.113.77") && link.contains("proxy=http"), "{link}");
            },
            node: "fix-allow-client-ip",
        },
        Case {
            fault: "the registry throttles (429)",
            world: || {
                let world = World::healthy();
                let registry = fakes::registry(&world.ca, &[LOGIN], Answer::Throttled);
                world.play(LOGIN, registry)
            },
            observed: |json| assert_eq!(host(json, LOGIN)["http"]["status"], 429),
            node: "troubleshoot-performance",
        },
        Case {
            fault: "only MCR is blocked",
            world: || World::healthy().connect(MCR, fakes::refusing()),
            observed: |json| {
                assert_eq!(host(json, LOGIN)["failed"], Value::Null);
                assert_eq!(host(json, MCR)["failed"], "tcp");
            },
            node: "fix-allow-mcr",
        },
        Case {
            fault: "all through the proxy, but the Docker daemon has no proxy",
            world: || {
                let world = World::healthy().with_file("etc/docker/daemon.json", "{}\n");
                let upstreams = upstreams(&world);
                through_proxy(world, ProxyMode::Tunnel(upstreams))
            },
            observed: |json| {
                assert_eq!(json["daemon_without_proxy"], true);
                assert_eq!(json["daemon_proxy"]["known"], true);
                assert!(json["hosts"].as_array().unwrap().iter().all(|host| host["failed"].is_null()));
            },
            node: "configure-proxy",
        },
    ]
}

#[test]
fn each_fault_leads_to_its_observations_and_its_step() {
    let mut problems = Vec::new();
    for case in cases() {
        let world = (case.world)();
        let (code, json) = world.json();
        let expected_code = if case.fault.starts_with("none") { 0 } else { 1 };
        if code != Some(expected_code) || json["node"] != case.node {
            problems.push(format!("{}: exit {code:?}, node {} (expected {})", case.fault, json["node"], case.node));
            continue;
        }
        if let Err(panic) = std::panic::catch_unwind(|| (case.observed)(&json)) {
            let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
            problems.push(format!("{}: {message}\n{json:#}", case.fault));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn every_host_timing_out_is_reported_host_by_host() {
    let mut world = World::healthy();
    for name in world::HOSTS {
        world = world.play(name, fakes::black_hole());
    }
    let (code, json) = world.json();
    assert_eq!(code, Some(1));
    for name in [LOGIN, DATA, REPLICA_DATA, CERTIFICATE_HOST, MCR] {
        assert_eq!(host(&json, name)["tcp"]["failure"], "timed-out", "{name}");
    }
    assert_eq!(json["node"], "configure-client-firewall-access");
}

#[test]
fn the_text_report_marks_each_check_and_ends_with_the_link_the_page_recognises() {
    let world = {
        let world = World::healthy();
        let registry = fakes::registry(&world.ca, &[LOGIN], Answer::Forbidden { client_ip: world::SEEN_ADDRESS });
        world.play(LOGIN, registry)
    };
    let (_, json) = world.json();
    let link = json["link"].as_str().unwrap().to_string();
    for (locale, challenge) in [("en", "Answers the checks gave:"), ("tr", "Denetimlerin verdiği yanıtlar:")] {
        let output = world.run(&["--locale", locale]);
        assert_eq!(output.status.code(), Some(1));
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(text.contains("✗ HTTP") && text.contains("✓ TLS") && text.contains("✓ DNS"), "{text}");
        assert!(text.contains(challenge), "{text}");
        assert!(!text.contains('⟦'), "a message is missing: {text}");
        let diagnosis = diagnose(&format!("$ acr-net-guide probe --registry contoso\n{text}"));
        let opened = diagnosis.probe.expect("the page recognises the report");
        assert_eq!(opened.current().id(), "fix-allow-client-ip");
        assert_eq!(diagnosis.matches[0].score, 1.0);
        assert_eq!(opened.input(acr_vocab::InputName::ClientIp).collect::<Vec<_>>(), [world::SEEN_ADDRESS]);
        assert_eq!(
            format!(
                "./{}",
                opened.apply(acr_net_guide::session::Action::SwitchLocale(acr_net_guide::locale::Locale::En)).href()
            ),
            link
        );
    }
    let text = String::from_utf8(world.run(&[]).stdout).unwrap();
    let mut diagnose = std::process::Command::new(env!("CARGO_BIN_EXE_acr-net-guide"))
        .args(["diagnose", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    diagnose.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let diagnosed: Value = serde_json::from_slice(&diagnose.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(format!("./{}", diagnosed["link"].as_str().unwrap()), link, "the command line recognises it too");
    let only_link = world.run(&["--format", "link", "--base", "https://wiki.contoso.com/acr/"]);
    assert_eq!(
        String::from_utf8(only_link.stdout).unwrap().trim(),
        link.replacen("./", "https://wiki.contoso.com/acr/", 1)
    );
}

#[test]
fn bad_arguments_exit_2_with_the_reason_and_nothing_on_stdout() {
    let world = World::healthy();
    for (extra, env, reason) in [
        (&["--client-ip", "999.1.1.1"][..], None, "Client IP"),
        (&["--format", "yaml"][..], None, "yaml"),
        (&["--vnet=-x"][..], None, "Virtual network"),
        (&[][..], Some(("HTTPS_PROXY", "ftp://proxy.corp")), "HTTPS_PROXY from the environment"),
        (&[][..], Some(("NO_PROXY", "a b")), "NO_PROXY from the environment"),
    ] {
        let world = match env {
            Some((name, value)) => World::healthy().env(name, value),
            None => World::healthy(),
        };
        let output = world.run(extra);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{extra:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{extra:?}");
        assert!(stderr.contains(reason), "{extra:?}: {stderr}");
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_acr-net-guide"))
        .args(["probe", "--locale", "tr", "--timeout-ms", "100"])
        .env_clear()
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--registry"), "{output:?}");
    drop(world);
}
