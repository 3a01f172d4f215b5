//! Network snippets: DNS and connectivity checks, allow-lists, Azure Firewall and NSG rules, service and
//! private endpoints, private DNS records.

use super::script::{Part, Script};
use super::{data_endpoints_on, words};
use crate::i18n::Localizer;
use crate::i18n::{msg, MessageId};
use crate::inputs::{Cloud, Inputs, ScriptShell};
use acr_vocab::InputName;

/// `REGIONS=(home replicas…)`: the regions whose data endpoints exist (`required`: the script needs at least one).
fn regions_list(script: &mut Script, inputs: &Inputs, t: &Localizer, required: bool) -> String {
    let names: Vec<&str> = inputs.all_regions().iter().map(|region| region.name).collect();
    script.list("regions", &names, &t.text(msg::SNIPPET_LABEL_REGIONS), required)
}

/// `"${REGISTRY}.azurecr.io"`.
fn login_host(script: &Script, registry: &str, inputs: &Inputs) -> String {
    script.interpolate(&[Part::Var(registry), Part::Text(&format!(".{}", inputs.cloud().registry_domain()))])
}

/// `"${REGISTRY}.${REGION}.data.azurecr.io"`.
fn data_host(script: &Script, registry: &str, region: &str, inputs: &Inputs) -> String {
    script.interpolate(&[
        Part::Var(registry),
        Part::Text("."),
        Part::Var(region),
        Part::Text(&format!(".data.{}", inputs.cloud().registry_domain())),
    ])
}

pub fn dns_check(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let lookup = match script.shell() {
        ScriptShell::Bash => "nslookup",
        ScriptShell::PowerShell => "Resolve-DnsName",
    };
    if script.shell() == ScriptShell::PowerShell {
        script.comment(&t.format(msg::snippet_windows_only_cmdlet(lookup)));
    }
    script.comment(&t.text(msg::SNIPPET_DNS_CHECK_LOGIN_SERVER));
    let host = login_host(script, &registry, inputs);
    script.command(&[lookup.to_string(), host]);
    if data_endpoints_on(inputs) != Some(false) {
        let regions = regions_list(script, inputs, t, false);
        let region = script.derived_var("endpoint-region");
        script.comment(&t.text(msg::SNIPPET_DNS_CHECK_DATA_ENDPOINTS));
        let host = data_host(script, &registry, &region, inputs);
        script.each(&regions, &region, |script| script.line(format!("{lookup} {host}")));
    }
    script.comment(&t.text(msg::SNIPPET_DNS_CHECK_PUBLIC_ANSWER));
}

pub fn connectivity_check(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let url = script.interpolate(&[
        Part::Text("https://"),
        Part::Var(&registry),
        Part::Text(&format!(".{}/v2/", inputs.cloud().registry_domain())),
    ]);
    script.comment(&t.text(msg::SNIPPET_CONNECTIVITY_CHECK_STATUS_CODES));
    let bash = script.shell() == ScriptShell::Bash;
    let (curl, null, format) =
        if bash { ("curl", "/dev/null", r"'%{http_code}\n'") } else { ("curl.exe", "NUL", "'%{http_code}'") };
    script.command(
        &words(&[curl, "-sS", "-o", null, "-w", format, "--max-time", "15"])
            .into_iter()
            .chain([url])
            .collect::<Vec<_>>(),
    );
    script.comment(&t.text(msg::SNIPPET_CONNECTIVITY_CHECK_TCP));
    if !bash {
        script.comment(&t.format(msg::snippet_windows_only_cmdlet("Test-NetConnection")));
    }
    let probe = |host: String| {
        if bash {
            format!("nc -vz -w 10 {host} 443")
        } else {
            format!("Test-NetConnection -ComputerName {host} -Port 443")
        }
    };
    let host = login_host(script, &registry, inputs);
    script.line(probe(host));
    if data_endpoints_on(inputs) != Some(false) {
        let regions = regions_list(script, inputs, t, false);
        let region = script.derived_var("endpoint-region");
        let host = data_host(script, &registry, &region, inputs);
        script.each(&regions, &region, |script| script.line(probe(host)));
    }
}

/// Text allow-list: one FQDN or wildcard per line, `#` comments, port stated once.
pub fn fqdn_allowlist(inputs: &Inputs, t: &Localizer, _title: &str) -> String {
    let domain = inputs.cloud().registry_domain();
    let registry = inputs.registry.clone().unwrap_or_else(|| "<registry-name>".into());
    let mut lines = vec![
        format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST)),
        format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST_PORT)),
    ];
    if inputs.cloud() != Cloud::Public {
        lines.push(format!("# {}", t.text(msg::SNIPPET_NOTE_SOVEREIGN)));
    }
    lines.push(format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST_LOGIN)));
    lines.push(format!("{registry}.{domain}"));
    let data = data_endpoints_on(inputs);
    if data != Some(false) {
        let key =
            if data.is_none() { msg::SNIPPET_FQDN_ALLOWLIST_DATA_IF_ON } else { msg::SNIPPET_FQDN_ALLOWLIST_DATA };
        lines.push(format!("# {}", t.text(key)));
        let regions = inputs.all_regions();
        if regions.is_empty() {
            lines.push(format!("{registry}.<region>.data.{domain}"));
        }
        lines.extend(regions.iter().map(|region| format!("{registry}.{}.data.{domain}", region.name)));
    }
    if data != Some(true) {
        let key =
            if data.is_none() { msg::SNIPPET_FQDN_ALLOWLIST_BLOB_IF_OFF } else { msg::SNIPPET_FQDN_ALLOWLIST_BLOB };
        lines.push(format!("# {}", t.text(key)));
        lines.push(format!("*.{}", inputs.cloud().blob_domain()));
    }
    if inputs.regional_endpoints == Some(true) {
        lines.push(format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST_REGIONAL)));
        let regions = inputs.all_regions();
        if regions.is_empty() {
            lines.push(format!("{registry}.<region>.geo.{domain}"));
        }
        lines.extend(regions.iter().map(|region| format!("{registry}.{}.geo.{domain}", region.name)));
    }
    lines.push(format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST_CERTIFICATE)));
    lines.push(domain.to_string());
    lines.push(format!("# {}", t.text(msg::SNIPPET_FQDN_ALLOWLIST_MCR)));
    match inputs.cloud() {
        // Operated by 21Vianet: MCR content comes from the China mirror.
        Cloud::China => lines.extend(["mcr.azure.cn".to_string(), "*.data.mcr.azure.cn".to_string()]),
        Cloud::Public | Cloud::UsGov => lines
            .extend(["mcr.microsoft.com", "*.data.mcr.microsoft.com", "mcr-0001.mcr-msedge.net"].map(str::to_string)),
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The FQDNs an application rule allows, as shell words.
fn target_fqdns(script: &mut Script, inputs: &Inputs, registry: &str) -> Vec<String> {
    let domain = inputs.cloud().registry_domain();
    let mut targets = vec![login_host(script, registry, inputs)];
    let data = data_endpoints_on(inputs);
    if data != Some(false) {
        let regions = inputs.all_regions();
        if regions.is_empty() {
            let region = script.var(InputName::Region, None);
            targets.push(data_host(script, registry, &region, inputs));
        }
        for region in regions {
            targets.push(
                script.interpolate(&[Part::Var(registry), Part::Text(&format!(".{}.data.{domain}", region.name))]),
            );
        }
    }
    if data != Some(true) {
        targets.push(script.quoted(&format!("*.{}", inputs.cloud().blob_domain())));
    }
    if inputs.regional_endpoints == Some(true) {
        let regions = inputs.all_regions();
        if regions.is_empty() {
            let region = script.var(InputName::Region, None);
            targets.push(script.interpolate(&[
                Part::Var(registry),
                Part::Text("."),
                Part::Var(&region),
                Part::Text(&format!(".geo.{domain}")),
            ]));
        }
        for region in regions {
            targets.push(
                script.interpolate(&[Part::Var(registry), Part::Text(&format!(".{}.geo.{domain}", region.name))]),
            );
        }
    }
    targets.push(script.quoted(domain));
    targets
}

fn firewall_args(script: &mut Script, inputs: &Inputs) -> Vec<String> {
    let group = script.var(InputName::FirewallResourceGroup, inputs.firewall_resource_group.as_deref());
    let firewall = script.var(InputName::Firewall, inputs.firewall.as_deref());
    vec!["--resource-group".into(), script.var_ref(&group), "--firewall-name".into(), script.var_ref(&firewall)]
}

/// The firewall's existing rule collections of one kind (`applicationRuleCollections` / `networkRuleCollections`).
fn show_firewall_collections(script: &mut Script, inputs: &Inputs, t: &Localizer, kind: &str) {
    let group = script.var(InputName::FirewallResourceGroup, inputs.firewall_resource_group.as_deref());
    let firewall = script.var(InputName::Firewall, inputs.firewall.as_deref());
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut command = words(&["az", "network", "firewall", "show", "--resource-group"]);
    command.extend([script.var_ref(&group), "--name".into(), script.var_ref(&firewall), "--query".into()]);
    command.push(script.quoted(&format!("{kind}[].{{name:name,priority:priority,action:action.type}}")));
    command.extend(words(&["--output", "table"]));
    script.command(&command);
}

pub fn firewall_app_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    script.comment(&t.text(msg::SNIPPET_FIREWALL_EXTENSION));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    show_firewall_collections(script, inputs, t, "applicationRuleCollections");
    if data_endpoints_on(inputs).is_none() {
        script.comment(&t.text(msg::SNIPPET_FIREWALL_DATA_UNKNOWN));
    }
    script.comment(&t.text(msg::SNIPPET_AZURE_FIREWALL_APP_RULE_SOURCES));
    let mut command = words(&["az", "network", "firewall", "application-rule", "create"]);
    command.extend(firewall_args(script, inputs));
    command.extend(words(&["--collection-name", "acr-allow", "--name", "container-registry", "--priority", "200"]));
    command.extend(["--action".into(), "Allow".into(), "--source-addresses".into(), script.quoted("*")]);
    command.extend(["--protocols".into(), "https=443".into(), "--target-fqdns".into()]);
    command.extend(target_fqdns(script, inputs, &registry));
    script.command(&command);
}

/// `--resource-group … --policy-name …` of the Firewall Policy (declaring both variables).
fn policy_args(script: &mut Script, inputs: &Inputs) -> Vec<String> {
    let group = script.var(InputName::FirewallResourceGroup, inputs.firewall_resource_group.as_deref());
    let policy = script.var(InputName::FirewallPolicy, inputs.firewall_policy.as_deref());
    vec!["--resource-group".into(), script.var_ref(&group), "--policy-name".into(), script.var_ref(&policy)]
}

/// Shows the policy's rule collection groups, then creates the guide's own group `acr` unless it exists (`about`:
/// a comment between the two).
fn ensure_policy_group(script: &mut Script, t: &Localizer, policy: &[String], about: Option<MessageId>) {
    let group = |verb: &str, tail: Vec<String>| {
        let mut command = words(&["az", "network", "firewall", "policy", "rule-collection-group", verb]);
        command.extend(policy.iter().cloned());
        command.extend(tail);
        command
    };
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let list = group("list", vec!["--query".into(), script.quoted("[].{name:name,priority:priority}")]);
    script.command(&[list, words(&["--output", "table"])].concat());
    if let Some(about) = about {
        script.comment(&t.text(about));
    }
    let query = script.interpolate(&[Part::Text("[?name=='acr'].name")]);
    let find = group("list", vec!["--query".into(), query, "--output".into(), "tsv".into()]);
    let create = group("create", words(&["--name", "acr", "--priority", "300"]));
    script.create_unless_found("rule-collection-group", &find, &create);
}

/// Adds the collection `name` to the group `acr` (`rule` holds the add-filter-collection arguments after the
/// collection's name) unless the group has it already.
fn add_policy_collection(script: &mut Script, policy: &[String], name: &str, rule: Vec<String>) {
    let collection = |verb: &str| {
        let mut command = words(&["az", "network", "firewall", "policy", "rule-collection-group", "collection", verb]);
        command.extend(policy.iter().cloned());
        command.extend(words(&["--rcg-name", "acr"]));
        command
    };
    let mut find = collection("list");
    find.extend(["--query".into(), script.interpolate(&[Part::Text(&format!("[?name=='{name}'].name"))])]);
    find.extend(words(&["--output", "tsv"]));
    let mut add = collection("add-filter-collection");
    add.extend(["--name".into(), name.to_string()]);
    add.extend(rule);
    script.create_unless_found("collection", &find, &add);
}

/// The registry's FQDNs as an application rule collection of a Firewall Policy (the recommended way to manage
/// Azure Firewall rules): group and collection are created only when missing, so a second run changes nothing.
pub fn firewall_policy_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let policy = policy_args(script, inputs);
    script.comment(&t.text(msg::SNIPPET_FIREWALL_POLICY_RULE_WHY));
    script.comment(&t.text(msg::SNIPPET_FIREWALL_EXTENSION));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    if data_endpoints_on(inputs).is_none() {
        script.comment(&t.text(msg::SNIPPET_FIREWALL_DATA_UNKNOWN));
    }
    ensure_policy_group(script, t, &policy, Some(msg::SNIPPET_FIREWALL_POLICY_RULE_GROUP));
    script.comment(&t.text(msg::SNIPPET_FIREWALL_POLICY_RULE_COLLECTION));
    let mut rule = words(&["--collection-priority", "300", "--action", "Allow", "--rule-type", "ApplicationRule"]);
    rule.extend(words(&["--rule-name", "container-registry", "--source-addresses"]));
    rule.extend([script.quoted("*"), "--protocols".into(), "Https=443".into(), "--target-fqdns".into()]);
    rule.extend(target_fqdns(script, inputs, &registry));
    add_policy_collection(script, &policy, "acr-app", rule);
    if inputs.aks_cluster.is_some() {
        script.comment(&t.text(msg::SNIPPET_FIREWALL_POLICY_RULE_AKS));
        let mut rule = words(&["--collection-priority", "310", "--action", "Allow", "--rule-type", "ApplicationRule"]);
        rule.extend(words(&["--rule-name", "aks-dependencies", "--source-addresses"]));
        rule.extend([script.quoted("*"), "--protocols".into(), "Https=443".into()]);
        rule.extend(words(&["--fqdn-tags", "AzureKubernetesService"]));
        add_policy_collection(script, &policy, "aks-egress", rule);
    }
}

/// A network rule in the firewall policy that lets spoke clients reach the registry's private endpoint addresses
/// through a hub firewall or NVA (traffic to a private endpoint in another VNet is routed through it, and dropped
/// unless allowed). The addresses are read from the endpoint's network interface.
pub fn firewall_policy_private_endpoint_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let endpoint = script.var(InputName::PrivateEndpoint, inputs.private_endpoint.as_deref());
    let policy = policy_args(script, inputs);
    script.comment(&t.text(msg::SNIPPET_FIREWALL_POLICY_PRIVATE_ENDPOINT_WHY));
    script.comment(&t.text(msg::SNIPPET_FIREWALL_EXTENSION));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    let nic = endpoint_nic_id(script, &group, &endpoint);
    let mut addresses = words(&["az", "network", "nic", "show", "--ids"]);
    addresses.extend([script.var_ref(&nic), "--query".into(), script.quoted("ipConfigurations[].privateIPAddress")]);
    addresses.extend(words(&["--output", "tsv"]));
    let addresses = script.lookup("endpoint-addresses", &addresses);
    ensure_policy_group(script, t, &policy, None);
    script.comment(&t.text(msg::SNIPPET_FIREWALL_POLICY_PRIVATE_ENDPOINT_RULE_NOTE));
    let mut rule = words(&["--collection-priority", "320", "--action", "Allow", "--rule-type", "NetworkRule"]);
    rule.extend(words(&["--rule-name", "registry-private-endpoint", "--source-addresses"]));
    rule.extend([script.quoted("*"), "--ip-protocols".into(), "TCP".into()]);
    rule.extend(words(&["--destination-ports", "443", "--destination-addresses"]));
    // One word per address: the lookup printed one address per line.
    match script.shell() {
        ScriptShell::Bash => {
            script.line(format!("mapfile -t ADDRESS_LIST <<< \"${addresses}\""));
            rule.push("\"${ADDRESS_LIST[@]}\"".into());
        }
        ScriptShell::PowerShell => rule.push(format!("@(${addresses} -split \"`n\")")),
    }
    add_policy_collection(script, &policy, "acr-private-endpoint", rule);
}

/// What the service tags of a rule do and do not cover (the same for firewall and NSG rules).
fn service_tag_notes(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    match data_endpoints_on(inputs) {
        Some(true) => script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_DATA_ENDPOINTS)),
        _ => {
            script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_STORAGE));
            script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_STORAGE_EXFILTRATION));
        }
    }
}

/// Regional (or, without a region, global) service tags for the registry's traffic.
fn service_tags(inputs: &Inputs, with_storage: bool) -> Vec<String> {
    let regions = inputs.all_regions();
    let mut tags = Vec::new();
    for base in ["AzureContainerRegistry", "Storage"].into_iter().take(if with_storage { 2 } else { 1 }) {
        if regions.is_empty() {
            tags.push(base.to_string());
        }
        tags.extend(regions.iter().map(|region| format!("{base}.{}", region.tag)));
    }
    tags
}

/// Service-tag network rules: a fallback where FQDN rules cannot be used. Tags say nothing documented about
/// dedicated data endpoints, and `Storage.<Region>` opens every storage account of the region.
pub fn firewall_network_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    if inputs.cloud() == Cloud::China {
        script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_CHINA));
        return;
    }
    script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_PREFER_FQDN));
    script.comment(&t.text(msg::SNIPPET_FIREWALL_EXTENSION));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    show_firewall_collections(script, inputs, t, "networkRuleCollections");
    if inputs.all_regions().is_empty() {
        script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_GLOBAL));
    }
    service_tag_notes(script, inputs, t);
    let with_storage = data_endpoints_on(inputs) != Some(true);
    let mut command = words(&["az", "network", "firewall", "network-rule", "create"]);
    command.extend(firewall_args(script, inputs));
    command.extend(words(&[
        "--collection-name",
        "acr-allow-network",
        "--name",
        "container-registry",
        "--priority",
        "210",
    ]));
    command.extend(words(&["--action", "Allow", "--protocols", "TCP", "--destination-ports", "443"]));
    command.extend(["--source-addresses".into(), script.quoted("*"), "--destination-addresses".into()]);
    command.extend(service_tags(inputs, with_storage));
    script.command(&command);
}

pub fn nsg_rules(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let group = script.var(InputName::VnetResourceGroup, inputs.vnet_resource_group.as_deref());
    let nsg = script.var(InputName::Nsg, inputs.nsg.as_deref());
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut list = words(&["az", "network", "nsg", "rule", "list", "--resource-group"]);
    list.extend([script.var_ref(&group), "--nsg-name".into(), script.var_ref(&nsg), "--output".into(), "table".into()]);
    script.command(&list);
    script.comment(&t.text(msg::SNIPPET_NSG_RULES_ONE_TAG_EACH));
    if inputs.all_regions().is_empty() {
        script.comment(&t.text(msg::SNIPPET_SERVICE_TAGS_GLOBAL));
    }
    service_tag_notes(script, inputs, t);
    let mut tags = service_tags(inputs, data_endpoints_on(inputs) != Some(true));
    tags.extend(["MicrosoftContainerRegistry".to_string(), "AzureFrontDoor.FirstParty".to_string()]);
    for (index, tag) in tags.iter().enumerate() {
        let rule_name = format!("Allow-{}", tag.replace('.', "-"));
        let mut command = words(&["az", "network", "nsg", "rule", "create"]);
        command.extend(["--resource-group".into(), script.var_ref(&group), "--nsg-name".into(), script.var_ref(&nsg)]);
        command.extend(["--name".into(), rule_name, "--priority".into(), (200 + index * 10).to_string()]);
        command.extend(words(&["--direction", "Outbound", "--access", "Allow", "--protocol", "Tcp"]));
        command.extend(words(&["--source-address-prefixes", "VirtualNetwork", "--destination-address-prefixes"]));
        command.extend([tag.clone(), "--destination-port-ranges".into(), "443".into()]);
        script.command(&command);
    }
}

/// Where a VM's traffic to the registry goes: the NSG rules in force on its NIC, its effective routes and the next
/// hop towards the address the registry's name resolves to here, and the peerings of its VNet. Read only.
pub fn network_path_check(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let vm = script.var(InputName::Vm, inputs.vm.as_deref());
    let vm_group = script.var(InputName::VmResourceGroup, inputs.vm_resource_group.as_deref());
    script.comment(&t.text(msg::SNIPPET_NETWORK_PATH_CHECK_WHERE));
    let mut nic = words(&["az", "vm", "show", "--resource-group"]);
    nic.extend([script.var_ref(&vm_group), "--name".into(), script.var_ref(&vm), "--query".into()]);
    nic.extend([script.quoted("networkProfile.networkInterfaces[0].id"), "--output".into(), "tsv".into()]);
    let nic = script.lookup("nic-id", &nic);
    let mut source = words(&["az", "vm", "list-ip-addresses", "--resource-group"]);
    source.extend([script.var_ref(&vm_group), "--name".into(), script.var_ref(&vm), "--query".into()]);
    source.extend([script.quoted("[0].virtualMachine.network.privateIpAddresses[0]"), "--output".into(), "tsv".into()]);
    let source = script.lookup("source-ip", &source);
    let login =
        script.interpolate(&[Part::Var(&registry), Part::Text(&format!(".{}", inputs.cloud().registry_domain()))]);
    script.comment(&t.text(msg::SNIPPET_NETWORK_PATH_CHECK_DESTINATION));
    let destination = script.derived_var("destination-ip");
    match script.shell() {
        ScriptShell::Bash => script.line(format!("{destination}=$(getent hosts {login} | awk '{{print $1; exit}}')")),
        ScriptShell::PowerShell => script.line(format!(
            "${destination} = (Resolve-DnsName -Name {login} -Type A | Where-Object IPAddress | Select-Object -First 1).IPAddress"
        )),
    }
    script.comment(&t.text(msg::SNIPPET_NETWORK_PATH_CHECK_NSG));
    let mut nsg = words(&["az", "network", "nic", "list-effective-nsg", "--ids"]);
    nsg.extend([script.var_ref(&nic), "--output".into(), "table".into()]);
    script.command(&nsg);
    script.comment(&t.text(msg::SNIPPET_NETWORK_PATH_CHECK_ROUTES));
    let mut routes = words(&["az", "network", "nic", "show-effective-route-table", "--ids"]);
    routes.extend([script.var_ref(&nic), "--output".into(), "table".into()]);
    script.command(&routes);
    let mut hop = words(&["az", "network", "watcher", "show-next-hop", "--resource-group"]);
    hop.extend([script.var_ref(&vm_group), "--vm".into(), script.var_ref(&vm), "--source-ip".into()]);
    hop.extend([
        script.var_ref(&source),
        "--dest-ip".into(),
        script.var_ref(&destination),
        "--output".into(),
        "table".into(),
    ]);
    script.command(&hop);
    if inputs.vnet.is_some() {
        script.comment(&t.text(msg::SNIPPET_NETWORK_PATH_CHECK_PEERING));
        let (group, vnet) = vnet_args(script, inputs);
        let mut peering = words(&["az", "network", "vnet", "peering", "list", "--resource-group"]);
        peering.extend([script.var_ref(&group), "--vnet-name".into(), script.var_ref(&vnet), "--query".into()]);
        peering.push(script.quoted("[].{name:name,state:peeringState,remote:remoteVirtualNetwork.id}"));
        peering.extend(words(&["--output", "table"]));
        script.command(&peering);
    }
}

/// `VNET_RESOURCE_GROUP` falls back to the registry's resource group.
fn vnet_args(script: &mut Script, inputs: &Inputs) -> (String, String) {
    let group = inputs.vnet_resource_group.as_deref().or(inputs.resource_group.as_deref());
    let group = script.var(InputName::VnetResourceGroup, group);
    let vnet = script.var(InputName::Vnet, inputs.vnet.as_deref());
    (group, vnet)
}

/// `VNET_ID=$(az network vnet show … --query id)`, stopping when it is not found.
pub(super) fn vnet_id(script: &mut Script, inputs: &Inputs) -> String {
    let (group, vnet) = vnet_args(script, inputs);
    let mut show = words(&["az", "network", "vnet", "show", "--resource-group"]);
    show.extend([script.var_ref(&group), "--name".into(), script.var_ref(&vnet)]);
    show.extend(words(&["--query", "id", "--output", "tsv"]));
    script.lookup("vnet-id", &show)
}

/// `az network vnet subnet show` for the subnet, with `tail` appended.
fn subnet_show(script: &mut Script, inputs: &Inputs, tail: &[&str]) -> Vec<String> {
    let (group, vnet) = vnet_args(script, inputs);
    let subnet = script.var(InputName::Subnet, inputs.subnet.as_deref());
    let mut show = words(&["az", "network", "vnet", "subnet", "show"]);
    show.extend(["--resource-group".into(), script.var_ref(&group), "--vnet-name".into(), script.var_ref(&vnet)]);
    show.extend(["--name".into(), script.var_ref(&subnet)]);
    show.extend(words(tail));
    show
}

fn subnet_id(script: &mut Script, inputs: &Inputs) -> String {
    let show = subnet_show(script, inputs, &["--query", "id", "--output", "tsv"]);
    script.lookup("subnet-id", &show)
}

/// Adds `Microsoft.ContainerRegistry` to the subnet's service endpoints without dropping the ones it has
/// (`--service-endpoints` replaces the whole list), then lets the subnet in and denies everything else.
pub fn service_endpoint(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    if inputs.cloud() != Cloud::Public {
        script.comment(&t.text(msg::SNIPPET_SERVICE_ENDPOINT_UNSUPPORTED));
        return;
    }
    if inputs.private_endpoint.is_some() {
        script.comment(&t.text(msg::SNIPPET_SERVICE_ENDPOINT_PRIVATE_ENDPOINT));
    }
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut state = words(&["az", "acr", "show", "--name"]);
    state.extend([script.var_ref(&registry), "--query".into()]);
    state
        .extend([script
            .quoted("{defaultAction:networkRuleSet.defaultAction,ipRules:networkRuleSet.ipRules[].ipAddressOrRange}")]);
    state.extend(words(&["--output", "json"]));
    script.command(&state);
    let id = subnet_id(script, inputs);
    script.comment(&t.text(msg::SNIPPET_SERVICE_ENDPOINT_MERGE));
    let (group, vnet) = vnet_args(script, inputs);
    let subnet = script.var(InputName::Subnet, inputs.subnet.as_deref());
    let mut current = subnet_show(script, inputs, &["--query"]);
    current.extend([script.quoted("serviceEndpoints[].service"), "--output".into(), "tsv".into()]);
    let service = "Microsoft.ContainerRegistry";
    let mut update = words(&["az", "network", "vnet", "subnet", "update"]);
    update.extend(["--resource-group".into(), script.var_ref(&group), "--vnet-name".into(), script.var_ref(&vnet)]);
    update.extend(["--name".into(), script.var_ref(&subnet), "--service-endpoints".into()]);
    let present = t.text(msg::SNIPPET_SERVICE_ENDPOINT_PRESENT);
    match script.shell() {
        ScriptShell::Bash => {
            script.line(format!("CURRENT_ENDPOINTS=$({})", current.join(" ")));
            script.line("echo \"$CURRENT_ENDPOINTS\"");
            script.line(format!("if grep -qx {service} <<< \"$CURRENT_ENDPOINTS\"; then"));
            script.line(format!("  echo {}", script.quoted(&present)));
            script.line("else");
            script.line("  # shellcheck disable=SC2086 # one word per service name");
            update.extend(["$CURRENT_ENDPOINTS".into(), service.into()]);
            script.line(format!("  {}", update.join(" ")));
            script.line("fi");
        }
        ScriptShell::PowerShell => {
            script.line(format!("$CurrentEndpoints = @({})", current.join(" ")));
            script.optional_line(script.exit_code_check(&current.join(" ")), "");
            script.line("$CurrentEndpoints");
            script.line(format!("if ($CurrentEndpoints -contains '{service}') {{"));
            script.line(format!("  Write-Output {}", script.quoted(&present)));
            script.line("} else {");
            update.extend([format!("@($CurrentEndpoints + '{service}')")]);
            script.line(format!("  {}", update.join(" ")));
            script.optional_line(script.exit_code_check(&update.join(" ")), "  ");
            script.line("}");
        }
    }
    script.comment(&t.text(msg::SNIPPET_SERVICE_ENDPOINT_SUBNET_FLAG));
    let mut command = words(&["az", "acr", "network-rule", "add", "--name"]);
    command.extend([script.var_ref(&registry), "--subnet".into(), script.var_ref(&id)]);
    script.command(&command);
    script.comment(&t.text(msg::SNIPPET_SERVICE_ENDPOINT_DENY));
    let mut command = words(&["az", "acr", "update", "--name"]);
    command.extend([script.var_ref(&registry), "--default-action".into(), "Deny".into()]);
    script.command(&command);
}

/// A private endpoint for the registry with its DNS: reuses an existing `privatelink` zone and VNet link
/// (so a second run changes nothing) and leaves the subnet's network policies alone (turning them off would
/// disable NSGs and routes for every private endpoint in the subnet).
pub fn private_endpoint(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let endpoint = script.var(InputName::PrivateEndpoint, inputs.private_endpoint.as_deref());
    let zone = inputs.cloud().private_dns_zone();
    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_LOOKUPS));
    let vnet_id = vnet_id(script, inputs);
    let (vnet_group, vnet) = vnet_args(script, inputs);
    let mut location = words(&["az", "network", "vnet", "show", "--resource-group"]);
    location.extend([script.var_ref(&vnet_group), "--name".into(), script.var_ref(&vnet)]);
    location.extend(words(&["--query", "location", "--output", "tsv"]));
    let location = script.lookup("vnet-location", &location);
    let subnet = subnet_id(script, inputs);
    let mut registry_id = words(&["az", "acr", "show", "--name"]);
    registry_id.extend([script.var_ref(&registry)]);
    registry_id.extend(words(&["--query", "id", "--output", "tsv"]));
    let registry_id = script.lookup("registry-id", &registry_id);

    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_EXISTING));
    let mut existing = words(&["az", "network", "private-endpoint", "list", "--resource-group"]);
    existing.push(script.var_ref(&group));
    let query = script.interpolate(&[
        Part::Text("[?privateLinkServiceConnections[?privateLinkServiceId=='"),
        Part::Var(&registry_id),
        Part::Text("']].{name:name,subnet:subnet.id}"),
    ]);
    existing.extend(["--query".into(), query, "--output".into(), "table".into()]);
    script.command(&existing);

    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_DNS_ZONE));
    let zone_args = zone_args(script, inputs, &group);
    if inputs.private_dns_zone.is_none() {
        let mut find_zone = words(&["az", "network", "private-dns", "zone", "list", "--resource-group"]);
        let zone_query = script.interpolate(&[Part::Text(&format!("[?name=='{zone}'].id"))]);
        find_zone.extend([script.var_ref(&group), "--query".into(), zone_query, "--output".into(), "tsv".into()]);
        let mut create_zone = words(&["az", "network", "private-dns", "zone", "create", "--resource-group"]);
        create_zone.extend([script.var_ref(&group), "--name".into(), zone.clone()]);
        script.create_unless_found("zone-id", &find_zone, &create_zone);
    }
    let link = script.interpolate(&[Part::Var(&vnet), Part::Text("-acr-dns")]);
    link_vnet_to_zone(script, &zone_args, Part::Var(&vnet_id), link);

    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_CREATE));
    let connection = script.interpolate(&[Part::Var(&endpoint), Part::Text("-connection")]);
    let mut find_endpoint = words(&["az", "network", "private-endpoint", "list", "--resource-group"]);
    let endpoint_query = script.interpolate(&[Part::Text("[?name=='"), Part::Var(&endpoint), Part::Text("'].id")]);
    find_endpoint.extend([script.var_ref(&group), "--query".into(), endpoint_query, "--output".into(), "tsv".into()]);
    let mut command = words(&["az", "network", "private-endpoint", "create", "--resource-group"]);
    command.extend([
        script.var_ref(&group),
        "--name".into(),
        script.var_ref(&endpoint),
        "--location".into(),
        script.var_ref(&location),
    ]);
    command.extend([
        "--subnet".into(),
        script.var_ref(&subnet),
        "--private-connection-resource-id".into(),
        script.var_ref(&registry_id),
    ]);
    command.extend(["--group-ids".into(), "registry".into(), "--connection-name".into(), connection]);
    script.create_unless_found("endpoint-id", &find_endpoint, &command);

    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_ZONE_GROUP));
    let mut find_group = words(&["az", "network", "private-endpoint", "dns-zone-group", "list", "--resource-group"]);
    find_group.extend([script.var_ref(&group), "--endpoint-name".into(), script.var_ref(&endpoint)]);
    find_group.extend(["--query".into(), script.quoted("[].name"), "--output".into(), "tsv".into()]);
    let mut command = words(&["az", "network", "private-endpoint", "dns-zone-group", "create", "--resource-group"]);
    command.extend([script.var_ref(&group), "--endpoint-name".into(), script.var_ref(&endpoint)]);
    command.extend([
        "--name".into(),
        "default".into(),
        "--private-dns-zone".into(),
        inputs.private_dns_zone.as_ref().map_or(zone, |central| script.quoted(&central.id)),
        "--zone-name".into(),
        "registry".into(),
    ]);
    script.create_unless_found("zone-group", &find_group, &command);
    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_DATA_ENDPOINTS_ON));
}

/// Where the `privatelink` zone lives, as `az network private-dns …` arguments: the zone the user named (often a
/// central one in another subscription), or the zone of that name in the registry's resource group (`group`, the
/// script variable; unused with a central zone).
fn zone_args(script: &mut Script, inputs: &Inputs, group: &str) -> Vec<String> {
    match &inputs.private_dns_zone {
        Some(central) => vec![
            "--resource-group".into(),
            script.quoted(&central.resource_group),
            "--zone-name".into(),
            script.quoted(&central.name),
            "--subscription".into(),
            script.quoted(&central.subscription),
        ],
        None => vec![
            "--resource-group".into(),
            script.var_ref(group),
            "--zone-name".into(),
            inputs.cloud().private_dns_zone(),
        ],
    }
}

/// Links the zone to a VNet unless a link to it exists already (found by VNet ID, whatever its name).
fn link_vnet_to_zone(script: &mut Script, zone_args: &[String], vnet_id: Part, link_name: String) {
    let mut find = words(&["az", "network", "private-dns", "link", "vnet", "list"]);
    find.extend(zone_args.iter().cloned());
    let query = script.interpolate(&[Part::Text("[?virtualNetwork.id=='"), vnet_id, Part::Text("'].name")]);
    find.extend(["--query".into(), query, "--output".into(), "tsv".into()]);
    let mut create = words(&["az", "network", "private-dns", "link", "vnet", "create"]);
    create.extend(zone_args.iter().cloned());
    let vnet = match vnet_id {
        Part::Var(name) => script.var_ref(name),
        Part::Text(id) => script.quoted(id),
    };
    create.extend(["--name".into(), link_name, "--virtual-network".into(), vnet]);
    create.extend(words(&["--registration-enabled", "false"]));
    script.create_unless_found("link-name", &find, &create);
}

/// Links the registry's `privatelink` zone to every client VNet (and the DNS forwarder's), so that each resolves
/// the registry to its private address; existing links are left as they are.
pub fn private_dns_links(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text(msg::SNIPPET_PRIVATE_DNS_LINKS_WHY));
    let zone_args = match &inputs.private_dns_zone {
        Some(_) => zone_args(script, inputs, ""),
        None => {
            script.comment(&t.text(msg::SNIPPET_PRIVATE_DNS_LINKS_LOCAL_ZONE));
            let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
            zone_args(script, inputs, &group)
        }
    };
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut list = words(&["az", "network", "private-dns", "link", "vnet", "list"]);
    list.extend(zone_args.iter().cloned());
    list.extend([
        "--query".into(),
        script.quoted("[].{name:name,vnet:virtualNetwork.id,state:virtualNetworkLinkState}"),
    ]);
    list.extend(words(&["--output", "table"]));
    script.command(&list);
    script.comment(&t.text(msg::SNIPPET_PRIVATE_DNS_LINKS_FALLBACK));
    if inputs.client_vnets.is_empty() {
        let vnet = script.var(InputName::ClientVnet, None);
        let link = script.interpolate(&[Part::Text("acr-dns-"), Part::Var(&vnet)]);
        link_vnet_to_zone(script, &zone_args, Part::Var(&vnet), link);
        return;
    }
    for vnet in &inputs.client_vnets {
        let link = script.quoted(&format!("{}-acr-dns", vnet.name));
        link_vnet_to_zone(script, &zone_args, Part::Text(&vnet.id), link);
    }
}

/// The registry's private endpoint connections, and approval of the pending ones (a new replica's connection,
/// or an endpoint created by someone without rights on the registry, waits for it).
pub fn private_endpoint_connections(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let base = |script: &Script, verb: &str| {
        let mut command = words(&["az", "acr", "private-endpoint-connection", verb, "--registry-name"]);
        command.extend([script.var_ref(&registry), "--resource-group".into(), script.var_ref(&group)]);
        command
    };
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut list = base(script, "list");
    list.extend(["--query".into(), script.quoted("[].{name:name,status:privateLinkServiceConnectionState.status}")]);
    list.extend(words(&["--output", "table"]));
    script.command(&list);
    script.comment(&t.text(msg::SNIPPET_PRIVATE_ENDPOINT_CONNECTIONS_APPROVE));
    let mut pending = base(script, "list");
    pending.extend([
        "--query".into(),
        script.interpolate(&[Part::Text("[?privateLinkServiceConnectionState.status=='Pending'].name")]),
    ]);
    pending.extend(words(&["--output", "tsv"]));
    let pending_var = script.derived_var("pending");
    let connection = script.derived_var("connection");
    match script.shell() {
        ScriptShell::Bash => script.line(format!("{pending_var}=$({})", pending.join(" "))),
        ScriptShell::PowerShell => script.line(format!("${pending_var} = @({})", pending.join(" "))),
    }
    let mut approve = base(script, "approve");
    approve.extend(["--name".into(), script.var_ref(&connection), "--description".into()]);
    approve.push(script.quoted("Approved for registry access"));
    match script.shell() {
        ScriptShell::Bash => {
            script.line(format!("for {connection} in ${pending_var}; do"));
            script.line(format!("  {}", approve.join(" ")));
            script.line("done");
        }
        ScriptShell::PowerShell => {
            script.line(format!("foreach (${connection} in ${pending_var}) {{"));
            script.line(format!("  {}", approve.join(" ")));
            script.optional_line(script.exit_code_check(&approve.join(" ")), "  ");
            script.line("}");
        }
    }
}

/// Turns public network access off once clients use the private endpoint: only after an approved connection
/// exists, so that locking down never cuts every client off.
pub fn lock_down_public_access(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let mut state = words(&["az", "acr", "show", "--name"]);
    state.extend([script.var_ref(&registry), "--query".into()]);
    state.push(script.quoted("{publicNetworkAccess:publicNetworkAccess,privateEndpoints:privateEndpointConnections[].privateLinkServiceConnectionState.status}"));
    state.extend(words(&["--output", "json"]));
    script.command(&state);
    let mut approved = words(&["az", "acr", "show", "--name"]);
    approved.extend([script.var_ref(&registry), "--query".into()]);
    // (No parentheses in the query: az.cmd would break on them when called from PowerShell.)
    approved.push(script.interpolate(&[Part::Text(
        "privateEndpointConnections[?privateLinkServiceConnectionState.status=='Approved'].name",
    )]));
    approved.extend(words(&["--output", "tsv"]));
    script.lookup_or_stop("approved-connections", &approved, &t.text(msg::SNIPPET_LOCK_DOWN_NO_ENDPOINT));
    script.comment(&t.text(msg::SNIPPET_LOCK_DOWN_EFFECT));
    let mut command = words(&["az", "acr", "update", "--name"]);
    command.extend([script.var_ref(&registry), "--public-network-enabled".into(), "false".into()]);
    script.command(&command);
}

/// On-premises Windows DNS: a conditional forwarder for the registry's domain to the DNS server in Azure, added
/// only when the server has no zone of that name (an existing one is shown, never replaced).
pub fn dns_forwarder_windows(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let domain = inputs.cloud().registry_domain();
    let forwarder = inputs.dns_forwarder.map(|ip| ip.to_string());
    let forwarder = script.var(InputName::DnsForwarder, forwarder.as_deref());
    script.comment(&t.text(msg::SNIPPET_DNS_FORWARDER_WHERE_WINDOWS));
    script.comment(&t.text(msg::SNIPPET_DNS_FORWARDER_RESOLVER));
    script.comment(&t.text(msg::SNIPPET_STATE_BEFORE));
    let zone = script.quoted(domain);
    script.line(format!("$Existing = Get-DnsServerZone -Name {zone} -ErrorAction SilentlyContinue"));
    script.line("$Existing | Format-List ZoneName, ZoneType, MasterServers");
    script.line("if (-not $Existing) {");
    script.line(format!("  Add-DnsServerConditionalForwarderZone -Name {zone} -MasterServers ${forwarder}"));
    script.line("} elseif ($Existing.ZoneType -ne 'Forwarder') {");
    script.line(format!("  throw {}", script.quoted(&t.text(msg::SNIPPET_DNS_FORWARDER_OTHER_ZONE))));
    script.line("} else {");
    script.line(format!(
        "  Write-Output ({} + ' ' + $Existing.MasterServers)",
        script.quoted(&t.text(msg::SNIPPET_EXISTS))
    ));
    script.line("}");
    script.comment(&t.text(msg::SNIPPET_DNS_FORWARDER_CHECK));
    let registry = inputs.registry.as_deref().unwrap_or("<registry-name>");
    script.line(format!("Resolve-DnsName -Name {} -Server localhost", script.quoted(&format!("{registry}.{domain}"))));
}

/// On-premises BIND: the same conditional forwarder as a `named.conf` zone.
pub fn dns_forwarder_bind(inputs: &Inputs, t: &Localizer, _title: &str) -> String {
    let domain = inputs.cloud().registry_domain();
    let forwarder = inputs.dns_forwarder.map_or("<dns-forwarder-ip>".to_string(), |ip| ip.to_string());
    let registry = inputs.registry.as_deref().unwrap_or("<registry-name>");
    let lines = [
        format!("# {}", t.text(msg::SNIPPET_DNS_FORWARDER_WHERE_BIND)),
        format!("# {}", t.text(msg::SNIPPET_DNS_FORWARDER_RESOLVER)),
        format!("zone \"{domain}\" {{"),
        "    type forward;".to_string(),
        "    forward only;".to_string(),
        format!("    forwarders {{ {forwarder}; }};"),
        "};".to_string(),
        format!("# {}", t.text(msg::SNIPPET_DNS_FORWARDER_BIND_RELOAD)),
        format!("# named-checkconf && rndc reload && dig +short {registry}.{domain} @127.0.0.1"),
    ];
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// `NIC_ID=$(az network private-endpoint show … --query networkInterfaces[0].id)`: the endpoint's network interface,
/// whose IP configurations carry its addresses; stops when it is not found.
fn endpoint_nic_id(script: &mut Script, group: &str, endpoint: &str) -> String {
    let mut nic = words(&["az", "network", "private-endpoint", "show", "--resource-group"]);
    nic.extend([script.var_ref(group), "--name".into(), script.var_ref(endpoint), "--query".into()]);
    nic.extend([script.quoted("networkInterfaces[0].id"), "--output".into(), "tsv".into()]);
    script.lookup("nic-id", &nic)
}

/// A records for a private endpoint when DNS is managed by hand: the addresses are read from the endpoint's network
/// interface (`requiredMemberName` `registry` and `registry_data_<region>`), and a record is only added when the
/// zone does not list it yet, so a second run adds nothing twice.
pub fn private_dns_records(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let endpoint = script.var(InputName::PrivateEndpoint, inputs.private_endpoint.as_deref());
    let regions = regions_list(script, inputs, t, true);
    let zone = inputs.cloud().private_dns_zone();
    script.comment(&t.text(msg::SNIPPET_PRIVATE_DNS_RECORDS_MANUAL_ONLY));
    let nic = endpoint_nic_id(script, &group, &endpoint);
    let address = script.derived_var("address");
    let record = |script: &mut Script, member: &[Part], name: &[Part]| {
        let mut query = vec![Part::Text("ipConfigurations[?privateLinkConnectionProperties.requiredMemberName=='")];
        query.extend(member.iter().copied());
        query.push(Part::Text("'].privateIPAddress"));
        let mut show = words(&["az", "network", "nic", "show", "--ids"]);
        show.extend([
            script.var_ref(&nic),
            "--query".into(),
            script.interpolate(&query),
            "--output".into(),
            "tsv".into(),
        ]);
        script.lookup("address", &show);
        let mut listed = vec![Part::Text("[?name=='")];
        listed.extend(name.iter().copied());
        listed.push(Part::Text("'].aRecords[].ipv4Address"));
        let mut find = words(&["az", "network", "private-dns", "record-set", "a", "list", "--resource-group"]);
        find.extend([script.var_ref(&group), "--zone-name".into(), zone.clone(), "--query".into()]);
        find.extend([script.interpolate(&listed), "--output".into(), "tsv".into()]);
        let mut add = words(&["az", "network", "private-dns", "record-set", "a", "add-record", "--resource-group"]);
        add.extend([script.var_ref(&group), "--zone-name".into(), zone.clone(), "--record-set-name".into()]);
        add.extend([script.interpolate(name), "--ipv4-address".into(), script.var_ref(&address)]);
        script.add_unless_listed(&address, &find, &add);
    };
    record(script, &[Part::Text("registry")], &[Part::Var(&registry)]);
    script.comment(&t.text(msg::SNIPPET_PRIVATE_DNS_RECORDS_PER_REGION));
    let region = script.derived_var("endpoint-region");
    script.each(&regions, &region, |script| {
        record(
            script,
            &[Part::Text("registry_data_"), Part::Var(&region)],
            &[Part::Var(&registry), Part::Text("."), Part::Var(&region), Part::Text(".data")],
        )
    });
}
