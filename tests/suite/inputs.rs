//! Input validation tables (every field, valid and invalid values, the message a user reads) and property tests
//! for the per-shell quoting.
#![cfg(not(target_arch = "wasm32"))]

use acr_net_guide::i18n::{Localizer, MISSING_MARK};
use acr_net_guide::inputs::{validate, InputError};
use acr_net_guide::locale::Locale;
use acr_net_guide::quote;
use acr_vocab::InputName;
use proptest::prelude::*;

fn errors(name: InputName, value: &str) -> Vec<InputError> {
    validate(&[(name, value.to_string())]).1
}

#[test]
fn every_field_accepts_what_azure_accepts() {
    let table: &[(InputName, &[&str])] = &[
        (InputName::Registry, &["contoso", "Contoso01", "a1b2c", &"a".repeat(50)]),
        (InputName::ResourceGroup, &["rg", "rg-containers", "rg_prod.eu", "rg(prod)", "kaynak-grubu-ş", "r"]),
        (InputName::Subscription, &["00000000-0000-0000-0000-000000000000", "Production (EU)", "dev_sub-1"]),
        (InputName::Cloud, &["public", "china", "usgov", "USGov"]),
        (InputName::Region, &["westeurope", "West Europe", "EAST US 2", "east-us-2"]),
        (InputName::Replica, &["eastus", "Japan East"]),
        (InputName::DataEndpoints, &["on", "off", "true", "false", "Enabled"]),
        (InputName::RegionalEndpoints, &["on", "off"]),
        (InputName::ClientIp, &["203.0.113.7", "203.0.113.0/24", "2001:db8::1", "2001:db8::/32", "10.0.0.1"]),
        (InputName::Proxy, &["http://proxy:3128", "https://proxy.contoso.com:8443/", "http://10.0.0.4:8080", "http://[2001:db8::1]:3128"]),
        (InputName::NoProxy, &["localhost,127.0.0.1", ".corp.contoso.com", "*.internal,10.0.0.0/8", "*", "host:8080"]),
        (InputName::Vnet, &["vnet-hub", "vn", "vnet.prod_"]),
        (InputName::Subnet, &["s", "snet-aks", "AzureFirewallSubnet"]),
        (InputName::VnetResourceGroup, &["rg-network"]),
        (InputName::PrivateEndpoint, &["pe-contoso", "pe"]),
        (InputName::AksCluster, &["aks", "aks_prod-1", "a"]),
        (InputName::AksResourceGroup, &["rg-aks"]),
        (InputName::Firewall, &["fw-hub", "f"]),
        (InputName::FirewallResourceGroup, &["rg-hub"]),
        (InputName::FirewallPolicy, &["fwp-hub", "p"]),
        (InputName::Nsg, &["nsg-aks", "n"]),
        (InputName::Vm, &["vm-build-01", "aks-nodepool1-12345678-vmss_0"]),
        (InputName::VmResourceGroup, &["MC_rg-aks_aks-prod_westeurope"]),
        (InputName::Workspace, &["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-prod"]),
        (InputName::PrivateDnsZone, &["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.azurecr.io"]),
        (InputName::ClientVnet, &["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke1"]),
        (InputName::DnsForwarder, &["10.100.0.4", "fd00::53"]),
        (InputName::Shell, &["bash", "powershell", "PowerShell"]),
    ];
    assert_eq!(table.len(), InputName::ALL.len(), "every input has a row");
    for (name, values) in table {
        for value in *values {
            assert_eq!(errors(*name, value), [], "{name} should accept {value:?}");
        }
    }
}

#[test]
fn every_field_refuses_what_azure_refuses_with_a_message_naming_field_and_rule() {
    let table: &[(InputName, &str, &str)] = &[
        (InputName::Registry, "acr", "Registry name: 5 to 50 letters and digits; got 3 characters"),
        (InputName::Registry, "contoso.azurecr.io", "without “.”"),
        (InputName::Registry, "my-registry", "without “-”"),
        (InputName::Registry, &"a".repeat(51), "got 51 characters"),
        (InputName::ResourceGroup, "rg.", "not ending in a period"),
        (InputName::ResourceGroup, "rg/prod", "Resource group of the registry:"),
        (InputName::Subscription, "sub;rm -rf", "a subscription ID"),
        (InputName::Cloud, "azure", "one of: public, china, usgov"),
        (InputName::Region, "mars", "an Azure region such as westeurope"),
        (InputName::Replica, "atlantis", "Replica regions:"),
        (InputName::DataEndpoints, "maybe", "one of: on, off"),
        (InputName::RegionalEndpoints, "sometimes", "Regional endpoints: one of: on, off"),
        (InputName::ClientIp, "203.0.113.300", "an IPv4 or IPv6 address or CIDR range"),
        (InputName::ClientIp, "203.0.113.0/33", "CIDR"),
        (InputName::Proxy, "proxy:3128", "an http:// or https:// URL"),
        (InputName::Proxy, "socks5://proxy:1080", "an http:// or https:// URL"),
        (InputName::Proxy, "http://user:secret@proxy:3128", "leave the user name and password out"),
        (InputName::Proxy, "http://proxy:99999", "an http:// or https:// URL"),
        (InputName::Proxy, "http://proxy/path?x=1", "an http:// or https:// URL"),
        (InputName::NoProxy, "foo bar", "host names, .domains"),
        (InputName::Vnet, "v", "2 to 64"),
        (InputName::Vnet, "-vnet", "starting with a letter or digit"),
        (InputName::Subnet, "snet.", "ending with a letter, digit or underscore"),
        (InputName::VnetResourceGroup, "rg$", "Resource group of the virtual network:"),
        (InputName::PrivateEndpoint, "pe endpoint", "2 to 64"),
        (InputName::AksCluster, "aks.prod", "1 to 63 letters, digits, underscores or hyphens"),
        (InputName::AksResourceGroup, "rg'x", "Resource group of the AKS cluster:"),
        (InputName::Firewall, &"f".repeat(81), "1 to 80"),
        (InputName::FirewallResourceGroup, "a\"b", "Resource group of the firewall:"),
        (InputName::FirewallPolicy, "policy/hub", "Azure Firewall Policy: 1 to 80"),
        (InputName::Nsg, "nsg!", "1 to 80"),
        (InputName::Vm, "vm build", "1 to 64"),
        (InputName::VmResourceGroup, "rg*", "Resource group of the VM:"),
        (InputName::Workspace, "law-prod", "a workspace resource ID"),
        (InputName::PrivateDnsZone, "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net", "privatelink.azurecr.io"),
        (InputName::ClientVnet, "vnet-spoke1", "a virtual network resource ID"),
        (InputName::DnsForwarder, "10.100.0.0/24", "an IPv4 or IPv6 address"),
        (InputName::Shell, "zsh", "one of: bash, powershell"),
    ];
    let t = Localizer::new(Locale::En);
    for (name, value, expected) in table {
        let found = errors(*name, value);
        assert_eq!(found.len(), 1, "{name} should refuse {value:?}");
        let message = found[0].describe(&t);
        assert!(message.contains(expected), "{name}={value:?}: {message:?} lacks {expected:?}");
        assert!(!message.contains(MISSING_MARK), "{message}");
    }
    let covered: std::collections::BTreeSet<_> = table.iter().map(|(name, _, _)| *name).collect();
    assert_eq!(covered.len(), InputName::ALL.len(), "every input has an invalid row");
}

#[test]
fn messages_are_localized() {
    let error = &errors(InputName::Registry, "acr")[0];
    let tr = error.describe(&Localizer::new(Locale::Tr));
    assert!(tr.starts_with("Kayıt defteri adı: "), "{tr}");
    assert!(tr.contains('3'), "{tr}");
    assert_ne!(tr, error.describe(&Localizer::new(Locale::En)));
}

#[test]
fn cross_field_rules() {
    let (_, found) = validate(&[(InputName::Cloud, "china".into()), (InputName::Region, "westeurope".into())]);
    assert_eq!(found.len(), 1);
    assert!(found[0].describe(&Localizer::new(Locale::En)).contains("a region of the china cloud"));
    let (inputs, found) = validate(&[
        (InputName::Region, "westeurope".into()),
        (InputName::Replica, "West Europe".into()),
        (InputName::Replica, "eastus".into()),
        (InputName::Replica, "eastus".into()),
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(inputs.replicas.iter().map(|r| r.name).collect::<Vec<_>>(), ["eastus"]);
    let (inputs, found) =
        validate(&[(InputName::Registry, "contoso".into()), (InputName::Registry, "fabrikam".into())]);
    assert_eq!((inputs.registry.as_deref(), found.len()), (Some("contoso"), 1));
    // az.cmd breaks on parentheses from PowerShell: refused there, fine for bash.
    let group =
        |shell: &str| validate(&[(InputName::Shell, shell.into()), (InputName::ResourceGroup, "rg(prod).eu".into())]);
    let (inputs, found) = group("powershell");
    assert_eq!((inputs.resource_group, found.len()), (None, 1));
    assert!(found[0].describe(&Localizer::new(Locale::En)).contains("no parentheses with PowerShell"), "{found:?}");
    assert_eq!(group("bash").0.resource_group.as_deref(), Some("rg(prod).eu"));
}

#[test]
fn an_invalid_value_is_left_out_never_kept() {
    let (inputs, found) =
        validate(&[(InputName::Registry, "$(reboot)".into()), (InputName::Region, "westeurope".into())]);
    assert_eq!(found.len(), 1);
    assert_eq!(inputs.registry, None);
    assert_eq!(inputs.region.map(|r| r.name), Some("westeurope"));
}

/// PowerShell's rule for a single-quoted literal: any of ' ‘ ’ ‚ ‛ ends it unless doubled.
fn powershell_unquote(word: &str) -> Option<String> {
    const QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];
    let mut chars = word.chars().peekable();
    if !chars.next().is_some_and(|c| QUOTES.contains(&c)) {
        return Some(word.to_string())
            .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || "_-./:+=".contains(c)));
    }
    let mut out = String::new();
    while let Some(c) = chars.next() {
        if QUOTES.contains(&c) {
            match chars.peek() {
                Some(next) if QUOTES.contains(next) => {
                    out.push(chars.next().unwrap());
                }
                None => return Some(out),
                Some(_) => return None,
            }
        } else {
            out.push(c);
        }
    }
    None
}

proptest! {
    #[test]
    // Any text a shell argument can hold (everything but NUL), control and format characters included.
    fn bash_quoting_round_trips_through_a_posix_word_splitter(text in "[^\\x00]*") {
        let quoted = quote::bash(&text);
        prop_assert_eq!(shlex::split(&quoted), Some(vec![text.clone()]));
        if !quoted.starts_with('\'') {
            prop_assert!(quoted.chars().all(|c| c.is_ascii_alphanumeric() || "_-./:,+@%=".contains(c)));
        }
    }

    #[test]
    fn powershell_quoting_round_trips_through_its_tokenizer(text in "[^\\x00]*") {
        prop_assert_eq!(powershell_unquote(&quote::powershell(&text)), Some(text));
    }
}

#[test]
fn bash_quoting_round_trips_through_a_real_bash() {
    for text in ["", "a b", "it's", "$(id)", "`id`", "\"x\"", "a\\b", "ş ı ğ", "*", "!history", "rg(prod)", "\t"] {
        let output = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("printf %s {}", quote::bash(text)))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout), text);
    }
}

/// PowerShell quoting against known answers written from the PowerShell language specification (§2.3.5.2,
/// "verbatim strings"): inside single quotes nothing expands (`$`, backtick, double quotes stay literal); a single
/// quotation mark is written twice; and the spec counts ' ‘ ’ ‚ ‛ (U+0027, U+2018–U+201B) all as single quotation
/// marks, so each of them is doubled too. Bare words are left bare only when PowerShell would not read anything
/// special in them.
#[test]
fn powershell_quoting_matches_the_language_specification() {
    let table: &[(&str, &str)] = &[
        ("contoso", "contoso"),
        ("rg-containers", "rg-containers"),
        ("http://proxy:3128", "http://proxy:3128"),
        ("", "''"),
        ("it's", "'it''s'"),
        ("a\u{2018}b", "'a\u{2018}\u{2018}b'"),
        ("a\u{2019}b", "'a\u{2019}\u{2019}b'"),
        ("a\u{201A}b", "'a\u{201A}\u{201A}b'"),
        ("a\u{201B}b", "'a\u{201B}\u{201B}b'"),
        ("$env:PATH", "'$env:PATH'"),
        ("`whoami`", "'`whoami`'"),
        ("\"quoted\"", "'\"quoted\"'"),
        ("a b", "'a b'"),
        ("-flag", "'-flag'"),
        ("@array", "'@array'"),
        ("x;y", "'x;y'"),
        ("(1)", "'(1)'"),
        ("kayıt", "'kayıt'"),
    ];
    for (text, expected) in table {
        assert_eq!(quote::powershell(text), *expected, "{text:?}");
    }
}
