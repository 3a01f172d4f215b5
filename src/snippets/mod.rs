//! The snippet catalogue: ready-to-run commands, rules and queries generated from validated inputs, with
//! comments in the user's locale. A value that failed validation never gets here; a missing one becomes a
//! clear placeholder that cannot run by accident.

mod az;
mod logs;
mod network;
mod proxy;
mod script;

pub use acr_vocab::SnippetId;

use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::{Cloud, Inputs, ScriptShell};
use script::{Effect, Script};
use Builder::{Document, HostScript, ShellScript};
use Effect::{Changes, Reads};
use ScriptShell::{Bash, PowerShell};

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

/// How a snippet is built.
#[derive(Clone, Copy)]
enum Builder {
    /// A script in the shell the user chose, with the cloud prelude and the failure behaviour of `Effect`.
    ShellScript(Effect, fn(&mut Script, &Inputs, &Localizer)),
    /// A script for a host of one operating system (a Linux Docker host, a Windows DNS server), whatever shell the
    /// user chose for `az`; no cloud prelude.
    HostScript(ScriptShell, Effect, fn(&mut Script, &Inputs, &Localizer)),
    /// A fixed-language text (allow-list, JSON, query, configuration): inputs, localizer and title.
    Document(Language, fn(&Inputs, &Localizer, &str) -> String),
}

/// One row of the catalogue.
struct SnippetSpec {
    id: SnippetId,
    builder: Builder,
}

/// Every snippet and how it is built; each id appears exactly once (checked by a test).
const CATALOGUE: &[SnippetSpec] = &[
    SnippetSpec { id: SnippetId::CheckHealth, builder: ShellScript(Reads, az::check_health) },
    SnippetSpec { id: SnippetId::CheckHealthVnet, builder: ShellScript(Reads, az::check_health_vnet) },
    SnippetSpec { id: SnippetId::ShowEndpoints, builder: ShellScript(Reads, az::show_endpoints) },
    SnippetSpec { id: SnippetId::NetworkState, builder: ShellScript(Reads, az::network_state) },
    SnippetSpec { id: SnippetId::DnsCheck, builder: ShellScript(Reads, network::dns_check) },
    SnippetSpec { id: SnippetId::ConnectivityCheck, builder: ShellScript(Reads, network::connectivity_check) },
    SnippetSpec { id: SnippetId::FqdnAllowlist, builder: Document(Language::Text, network::fqdn_allowlist) },
    SnippetSpec { id: SnippetId::FirewallPolicyRule, builder: ShellScript(Changes, network::firewall_policy_rule) },
    SnippetSpec {
        id: SnippetId::FirewallPolicyPrivateEndpointRule,
        builder: ShellScript(Changes, network::firewall_policy_private_endpoint_rule),
    },
    SnippetSpec { id: SnippetId::AzureFirewallAppRule, builder: ShellScript(Changes, network::firewall_app_rule) },
    SnippetSpec {
        id: SnippetId::AzureFirewallNetworkRule,
        builder: ShellScript(Changes, network::firewall_network_rule),
    },
    SnippetSpec { id: SnippetId::NsgRules, builder: ShellScript(Changes, network::nsg_rules) },
    SnippetSpec { id: SnippetId::NetworkPathCheck, builder: ShellScript(Reads, network::network_path_check) },
    SnippetSpec { id: SnippetId::PublicNetworkAccess, builder: ShellScript(Changes, az::public_network_access) },
    SnippetSpec { id: SnippetId::IpNetworkRules, builder: ShellScript(Changes, az::ip_network_rules) },
    SnippetSpec { id: SnippetId::TrustedServices, builder: ShellScript(Changes, az::trusted_services) },
    SnippetSpec { id: SnippetId::DedicatedDataEndpoints, builder: ShellScript(Changes, az::dedicated_data_endpoints) },
    SnippetSpec { id: SnippetId::ServiceEndpoint, builder: ShellScript(Changes, network::service_endpoint) },
    SnippetSpec { id: SnippetId::PrivateEndpoint, builder: ShellScript(Changes, network::private_endpoint) },
    SnippetSpec { id: SnippetId::PrivateDnsLinks, builder: ShellScript(Changes, network::private_dns_links) },
    SnippetSpec {
        id: SnippetId::PrivateEndpointConnections,
        builder: ShellScript(Changes, network::private_endpoint_connections),
    },
    SnippetSpec {
        id: SnippetId::LockDownPublicAccess,
        builder: ShellScript(Changes, network::lock_down_public_access),
    },
    SnippetSpec { id: SnippetId::PrivateDnsRecords, builder: ShellScript(Changes, network::private_dns_records) },
    SnippetSpec { id: SnippetId::DockerDaemonProxy, builder: HostScript(Bash, Changes, proxy::docker_daemon_proxy) },
    SnippetSpec { id: SnippetId::DockerDaemonJson, builder: HostScript(Bash, Changes, proxy::docker_daemon_json) },
    SnippetSpec { id: SnippetId::ContainerdProxy, builder: HostScript(Bash, Changes, proxy::containerd_proxy) },
    SnippetSpec {
        id: SnippetId::WindowsDockerProxy,
        builder: HostScript(PowerShell, Changes, proxy::windows_docker_proxy),
    },
    SnippetSpec {
        id: SnippetId::DnsForwarderWindows,
        builder: HostScript(PowerShell, Changes, network::dns_forwarder_windows),
    },
    SnippetSpec { id: SnippetId::DnsForwarderBind, builder: Document(Language::Text, network::dns_forwarder_bind) },
    SnippetSpec { id: SnippetId::DockerClientProxy, builder: Document(Language::Json, proxy::docker_client_proxy) },
    SnippetSpec { id: SnippetId::AksHttpProxy, builder: ShellScript(Changes, proxy::aks_http_proxy) },
    SnippetSpec { id: SnippetId::LoginEventsQuery, builder: Document(Language::Kusto, logs::login_events_query) },
    SnippetSpec { id: SnippetId::DiagnosticSettings, builder: ShellScript(Changes, logs::diagnostic_settings) },
    SnippetSpec { id: SnippetId::AksCheckAcr, builder: ShellScript(Reads, az::aks_check_acr) },
    SnippetSpec { id: SnippetId::ReplicationList, builder: ShellScript(Reads, az::replication_list) },
];

fn spec(id: SnippetId) -> &'static SnippetSpec {
    CATALOGUE.iter().find(|spec| spec.id == id).expect("every snippet id has a catalogue row (tested)")
}

/// Whether the snippet changes something (a script that stops at the first failure), for the safety checks.
pub fn changes_something(id: SnippetId) -> bool {
    matches!(spec(id).builder, Builder::ShellScript(Effect::Changes, _) | Builder::HostScript(_, Effect::Changes, _))
}

/// Generates `id` for `inputs`, with titles and comments in the localizer's locale.
pub fn generate(id: SnippetId, inputs: &Inputs, t: &Localizer) -> Snippet {
    let title = t.text(msg::snippet_title(id));
    let (language, body) = match spec(id).builder {
        Builder::Document(language, build) => (language, build(inputs, t, &title)),
        Builder::HostScript(shell, effect, build) => {
            let mut script = Script::new(shell, effect, t);
            build(&mut script, inputs, t);
            (language_of(shell), script.finish(std::slice::from_ref(&title)))
        }
        Builder::ShellScript(effect, build) => {
            let mut script = Script::new(inputs.shell, effect, t);
            let header = script_header(&title, inputs, t);
            prelude(&mut script, inputs);
            build(&mut script, inputs, t);
            (language_of(inputs.shell), script.finish(&header))
        }
    };
    Snippet { id, title, language, body }
}

fn language_of(shell: ScriptShell) -> Language {
    match shell {
        ScriptShell::Bash => Language::Bash,
        ScriptShell::PowerShell => Language::PowerShell,
    }
}

/// Every snippet of `ids`, in order.
pub fn generate_all(ids: &[SnippetId], inputs: &Inputs, t: &Localizer) -> Vec<Snippet> {
    ids.iter().map(|&id| generate(id, inputs, t)).collect()
}

/// First comment lines of a script: its title, and for sovereign clouds a note that names are inferred and
/// that switching the CLI's cloud is persistent and needs a new `az login`.
fn script_header(title: &str, inputs: &Inputs, t: &Localizer) -> Vec<String> {
    let mut header = vec![title.to_string()];
    if inputs.cloud() != Cloud::Public {
        header.push(t.text(msg::SNIPPET_NOTE_SOVEREIGN));
        header.push(t.text(msg::SNIPPET_NOTE_CLOUD_SWITCH));
    }
    header
}

/// Selects the cloud and subscription before any `az` command.
fn prelude(script: &mut Script, inputs: &Inputs) {
    if inputs.cloud() != Cloud::Public {
        script.command(&["az".into(), "cloud".into(), "set".into(), "--name".into(), inputs.cloud().az_name().into()]);
    }
    if let Some(subscription) = &inputs.subscription {
        let variable = script.var(acr_vocab::InputName::Subscription, Some(subscription));
        let word = script.var_ref(&variable);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_one_row_per_snippet_id() {
        for id in SnippetId::ALL {
            assert_eq!(CATALOGUE.iter().filter(|spec| spec.id == *id).count(), 1, "{id}");
        }
        assert_eq!(CATALOGUE.len(), SnippetId::ALL.len());
    }
}
