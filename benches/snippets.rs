//! Benchmark: regenerating every snippet for a full input set (what the page does on each keystroke).
//! Run with `cargo bench --bench snippets`; prints the median and 95th percentile of 2,000 runs.

use std::time::{Duration, Instant};

use acr_net_guide::i18n::Localizer;
use acr_net_guide::inputs;
use acr_net_guide::locale::Locale;
use acr_net_guide::snippets::{generate_all, SnippetId};
use acr_vocab::InputName;

fn main() {
    let raw: Vec<(InputName, String)> = [
        (InputName::Registry, "contoso"),
        (InputName::ResourceGroup, "rg-containers"),
        (InputName::Subscription, "Production (EU)"),
        (InputName::Region, "westeurope"),
        (InputName::Replica, "eastus"),
        (InputName::Replica, "japaneast"),
        (InputName::DataEndpoints, "on"),
        (InputName::ClientIp, "203.0.113.7"),
        (InputName::Proxy, "http://proxy.contoso.com:3128"),
        (InputName::NoProxy, ".corp.contoso.com,10.0.0.0/8"),
        (InputName::Vnet, "vnet-hub"),
        (InputName::Subnet, "snet-endpoints"),
        (InputName::VnetResourceGroup, "rg-network"),
        (InputName::PrivateEndpoint, "pe-contoso"),
        (InputName::AksCluster, "aks-prod"),
        (InputName::AksResourceGroup, "rg-aks"),
        (InputName::Firewall, "fw-hub"),
        (InputName::FirewallResourceGroup, "rg-hub"),
        (InputName::Nsg, "nsg-aks"),
        (InputName::Workspace, "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-prod"),
    ]
    .into_iter()
    .map(|(name, value)| (name, value.to_string()))
    .collect();
    let t = Localizer::new(Locale::En);
    let mut samples: Vec<Duration> = (0..2_000)
        .map(|_| {
            let started = Instant::now();
            let (valid, errors) = inputs::validate(&raw);
            assert!(errors.is_empty());
            let snippets = generate_all(SnippetId::ALL, &valid, &t);
            std::hint::black_box(snippets);
            started.elapsed()
        })
        .collect();
    samples.sort();
    let median = samples[samples.len() / 2];
    let p95 = samples[samples.len() * 95 / 100];
    println!("validate + generate all {} snippets: median {median:?}, p95 {p95:?}", SnippetId::ALL.len());
}
