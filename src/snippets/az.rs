//! Registry-level `az acr` / `az aks` snippets: health checks, endpoints, network access settings.

use super::network::vnet_id;
use super::script::{Part, Script};
use super::{data_endpoints_on, words};
use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::inputs::Inputs;
use acr_vocab::InputName;

/// `--name "$REGISTRY"` (declaring the variable), plus `--resource-group` when it is known.
fn registry_args(script: &mut Script, inputs: &Inputs, flag: &str) -> Vec<String> {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let mut args = vec![flag.to_string(), script.var_ref(&registry)];
    if let Some(group) = &inputs.resource_group {
        let group = script.var(InputName::ResourceGroup, Some(group));
        args.extend(["--resource-group".to_string(), script.var_ref(&group)]);
    }
    args
}

pub fn check_health(script: &mut Script, inputs: &Inputs, _t: &Localizer) {
    let mut command = words(&["az", "acr", "check-health"]);
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    command.extend(["--name".to_string(), script.var_ref(&registry)]);
    command.extend(words(&["--ignore-errors", "--yes"]));
    script.command(&command);
}

/// `check-health --vnet` takes the VNet's resource ID: a bare name is looked up in the registry's resource group,
/// which gives false failures whenever the VNet lives elsewhere.
pub fn check_health_vnet(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    script.comment(&t.text(msg::SNIPPET_CHECK_HEALTH_VNET_WHERE));
    let vnet_id = vnet_id(script, inputs);
    let mut command = words(&["az", "acr", "check-health", "--name"]);
    command.extend([script.var_ref(&registry), "--vnet".to_string(), script.var_ref(&vnet_id)]);
    command.extend(words(&["--ignore-errors", "--yes"]));
    script.command(&command);
}

pub fn show_endpoints(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_SHOW_ENDPOINTS_HOSTS));
    let mut command = words(&["az", "acr", "show-endpoints"]);
    command.extend(registry_args(script, inputs, "--name"));
    script.command(&command);
    script.comment(&t.text(msg::SNIPPET_SHOW_ENDPOINTS_DATA_FLAG));
    let mut command = words(&["az", "acr", "show"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--query", "dataEndpointEnabled", "--output", "tsv"]));
    script.command(&command);
}

pub fn replication_list(script: &mut Script, inputs: &Inputs, _t: &Localizer) {
    let mut command = words(&["az", "acr", "replication", "list"]);
    command.extend(registry_args(script, inputs, "--registry"));
    command.extend(words(&["--output", "table"]));
    script.command(&command);
}

/// Everything that decides who may reach the registry, in one JSON object (JMESPath multiselect).
const NETWORK_STATE_QUERY: &str = "{publicNetworkAccess:publicNetworkAccess,defaultAction:networkRuleSet.defaultAction,\
ipRules:networkRuleSet.ipRules[].ipAddressOrRange,trustedServices:networkRuleBypassOptions,\
dataEndpointEnabled:dataEndpointEnabled,privateEndpoints:privateEndpointConnections[].privateLinkServiceConnectionState.status}";

/// `az acr show … --query <network state>`: the state an exposure change starts from (and ends in).
fn show_network_state(script: &mut Script, inputs: &Inputs) {
    let mut command = words(&["az", "acr", "show"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(["--query".to_string(), script.quoted(NETWORK_STATE_QUERY), "--output".into(), "json".into()]);
    script.command(&command);
}

pub fn network_state(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_NETWORK_STATE_WHAT));
    show_network_state(script, inputs);
    script.comment(&t.text(msg::SNIPPET_NETWORK_STATE_READING));
}

/// Re-opens the public endpoint for the selected networks only: `--default-action Deny` comes with it, because the
/// default action of a registry made private is usually still `Allow` (which would mean the whole internet).
pub fn public_network_access(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    show_network_state(script, inputs);
    script.comment(&t.text(msg::SNIPPET_PUBLIC_NETWORK_ACCESS_SELECTED_ONLY));
    let mut command = words(&["az", "acr", "update"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--public-network-enabled", "true", "--default-action", "Deny"]));
    script.command(&command);
    script.comment(&t.text(msg::SNIPPET_PUBLIC_NETWORK_ACCESS_CHECK));
    show_network_state(script, inputs);
}

pub fn ip_network_rules(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    // A single address without its /32 (or /128), as people write it.
    let shown = |net: &ipnet::IpNet| {
        if net.prefix_len() == net.max_prefix_len() {
            net.addr().to_string()
        } else {
            net.to_string()
        }
    };
    for private in inputs.private_client_ips() {
        script.comment(&t.format(msg::snippet_ip_network_rules_private(&shown(&private))));
    }
    let v4: Vec<String> = inputs
        .client_ips
        .iter()
        .filter(|net| net.addr().is_ipv4() && !crate::inputs::is_private(net.addr()))
        .map(shown)
        .collect();
    if inputs.client_ips.iter().any(|net| net.addr().is_ipv6()) {
        script.comment(&t.text(msg::SNIPPET_IP_NETWORK_RULES_IPV6));
    }
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    show_network_state(script, inputs);
    let mut public = words(&["az", "acr", "show"]);
    public.extend(registry_args(script, inputs, "--name"));
    public.extend(words(&["--query", "publicNetworkAccess", "--output", "tsv"]));
    let public = script.lookup("public-access", &public);
    script.stop_when_equal(&public, "Disabled", &t.text(msg::SNIPPET_IP_NETWORK_RULES_PUBLIC_DISABLED));
    let mut base = words(&["az", "acr", "network-rule", "add"]);
    base.extend(registry_args(script, inputs, "--name"));
    script.comment(&t.text(msg::SNIPPET_IP_NETWORK_RULES_ADD));
    if v4.is_empty() {
        let address = script.var(InputName::ClientIp, None);
        let mut command = base.clone();
        command.extend(["--ip-address".to_string(), script.var_ref(&address)]);
        script.command(&command);
    } else {
        for address in &v4 {
            let mut command = base.clone();
            command.extend(["--ip-address".to_string(), script.quoted(address)]);
            script.command(&command);
        }
    }
    script.comment(&t.text(msg::SNIPPET_IP_NETWORK_RULES_DENY_REST));
    let mut command = words(&["az", "acr", "update"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--default-action", "Deny"]));
    script.command(&command);
    let mut command = words(&["az", "acr", "network-rule", "list"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--output", "table"]));
    script.command(&command);
}

pub fn trusted_services(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    show_network_state(script, inputs);
    script.comment(&t.text(msg::SNIPPET_TRUSTED_SERVICES_SCOPE));
    let mut command = words(&["az", "acr", "update"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--allow-trusted-services", "true"]));
    script.command(&command);
}

pub fn dedicated_data_endpoints(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    show_network_state(script, inputs);
    script.comment(&t.text(msg::SNIPPET_DEDICATED_DATA_ENDPOINTS_ALLOW_FIRST));
    let mut command = words(&["az", "acr", "update"]);
    command.extend(registry_args(script, inputs, "--name"));
    command.extend(words(&["--data-endpoint-enabled", "true"]));
    script.command(&command);
    let mut command = words(&["az", "acr", "show-endpoints"]);
    command.extend(registry_args(script, inputs, "--name"));
    script.command(&command);
    if data_endpoints_on(inputs) == Some(false) {
        script.comment(&t.text(msg::SNIPPET_DEDICATED_DATA_ENDPOINTS_ALLOWLIST_CHANGE));
    }
}

pub fn aks_check_acr(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_AKS_CHECK_ACR_NEEDS));
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let cluster = script.var(InputName::AksCluster, inputs.aks_cluster.as_deref());
    let group = script.var(InputName::AksResourceGroup, inputs.aks_resource_group.as_deref());
    let login =
        script.interpolate(&[Part::Var(&registry), Part::Text(&format!(".{}", inputs.cloud().registry_domain()))]);
    let command = vec![
        "az".into(),
        "aks".into(),
        "check-acr".into(),
        "--resource-group".into(),
        script.var_ref(&group),
        "--name".into(),
        script.var_ref(&cluster),
        "--acr".into(),
        login,
    ];
    script.command(&command);
}
