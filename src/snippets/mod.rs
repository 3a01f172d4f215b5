//! The snippet catalogue: ready-to-run commands, rules and queries generated from validated inputs, with
//! comments in the user's locale. A value that failed validation never gets here; a missing one becomes a
//! clear placeholder that cannot run by accident.

mod az;
mod logs;
mod network;
mod proxy;
mod script;

pub use acr_vocab::SnippetId;

use crate::i18n::Localizer;
use crate::inputs::{Cloud, Inputs, Shell};
use script::Script;

/// How a snippet's body is meant to be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Bash,
    PowerShell,
    /// Plain lines for a firewall or proxy allow-list (`#` comments).
    Text,
    Json,
    Kusto,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Bash => "bash",
            Language::PowerShell => "powershell",
            Language::Text => "text",
            Language::Json => "json",
            Language::Kusto => "kusto",
        }
    }

    /// File extension for "download as script".
    pub fn extension(self) -> &'static str {
        match self {
            Language::Bash => "sh",
            Language::PowerShell => "ps1",
            Language::Text => "txt",
            Language::Json => "json",
            Language::Kusto => "kql",
        }
    }
}

/// One generated snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub id: SnippetId,
    pub title: String,
    pub language: Language,
    pub body: String,
}

/// Generates `id` for `inputs`, with titles and comments in the localizer's locale.
pub fn generate(id: SnippetId, inputs: &Inputs, t: &Localizer) -> Snippet {
    let title = t.text(&format!("snippet-{id}"));
    let (language, body) = match id {
        SnippetId::FqdnAllowlist => (Language::Text, network::fqdn_allowlist(inputs, t)),
        SnippetId::LoginEventsQuery => (Language::Kusto, logs::login_events_query(inputs, t)),
        SnippetId::DockerClientProxy => (Language::Json, proxy::docker_client_proxy(inputs)),
        SnippetId::DockerDaemonProxy => (Language::Bash, proxy::docker_daemon_proxy(inputs, t, &title)),
        _ => {
            let mut script = Script::new(inputs.shell, t);
            let header = script_header(&title, inputs, t);
            prelude(&mut script, inputs, t);
            match id {
                SnippetId::CheckHealth => az::check_health(&mut script, inputs, false),
                SnippetId::CheckHealthVnet => az::check_health(&mut script, inputs, true),
                SnippetId::ShowEndpoints => az::show_endpoints(&mut script, inputs, t),
                SnippetId::ReplicationList => az::replication_list(&mut script, inputs),
                SnippetId::PublicNetworkAccess => az::public_network_access(&mut script, inputs, t),
                SnippetId::IpNetworkRules => az::ip_network_rules(&mut script, inputs, t),
                SnippetId::TrustedServices => az::trusted_services(&mut script, inputs, t),
                SnippetId::DedicatedDataEndpoints => az::dedicated_data_endpoints(&mut script, inputs, t),
                SnippetId::AksCheckAcr => az::aks_check_acr(&mut script, inputs),
                SnippetId::DnsCheck => network::dns_check(&mut script, inputs, t),
                SnippetId::ConnectivityCheck => network::connectivity_check(&mut script, inputs, t),
                SnippetId::AzureFirewallAppRule => network::firewall_app_rule(&mut script, inputs, t),
                SnippetId::AzureFirewallNetworkRule => network::firewall_network_rule(&mut script, inputs, t),
                SnippetId::NsgRules => network::nsg_rules(&mut script, inputs, t),
                SnippetId::ServiceEndpoint => network::service_endpoint(&mut script, inputs, t),
                SnippetId::PrivateEndpoint => network::private_endpoint(&mut script, inputs, t),
                SnippetId::PrivateDnsRecords => network::private_dns_records(&mut script, inputs, t),
                SnippetId::AksHttpProxy => proxy::aks_http_proxy(&mut script, inputs, t),
                SnippetId::DiagnosticSettings => logs::diagnostic_settings(&mut script, inputs, t),
                SnippetId::FqdnAllowlist
                | SnippetId::LoginEventsQuery
                | SnippetId::DockerClientProxy
                | SnippetId::DockerDaemonProxy => unreachable!("handled above"),
            }
            let language = match inputs.shell {
                Shell::Bash => Language::Bash,
                Shell::PowerShell => Language::PowerShell,
            };
            (language, script.finish(&header))
        }
    };
    Snippet { id, title, language, body }
}

/// Every snippet of `ids`, in order.
pub fn generate_all(ids: &[SnippetId], inputs: &Inputs, t: &Localizer) -> Vec<Snippet> {
    ids.iter().map(|&id| generate(id, inputs, t)).collect()
}

/// First comment lines of a script: its title, and a note for clouds whose names are inferred.
fn script_header(title: &str, inputs: &Inputs, t: &Localizer) -> Vec<String> {
    let mut header = vec![title.to_string()];
    if inputs.cloud() != Cloud::Public {
        header.push(t.text("snippet-note-sovereign"));
    }
    header
}

/// Selects the cloud and subscription before any `az` command.
fn prelude(script: &mut Script, inputs: &Inputs, _t: &Localizer) {
    if inputs.cloud() != Cloud::Public {
        script.command(&["az".into(), "cloud".into(), "set".into(), "--name".into(), inputs.cloud().az_name().into()]);
    }
    if let Some(subscription) = &inputs.subscription {
        let variable = script.var(crate::content::InputName::Subscription, Some(subscription));
        let word = script.r(&variable);
        script.command(&["az".into(), "account".into(), "set".into(), "--subscription".into(), word]);
    }
}

/// Whether layers come from dedicated data endpoints: any private endpoint turns them on.
fn data_endpoints_on(inputs: &Inputs) -> Option<bool> {
    if inputs.private_endpoint.is_some() {
        Some(true)
    } else {
        inputs.data_endpoints
    }
}

/// Words of a command from string slices.
fn words(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|part| part.to_string()).collect()
}
