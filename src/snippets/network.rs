//! Network snippets: DNS and connectivity checks, allow-lists, Azure Firewall and NSG rules, service and
//! private endpoints, private DNS records.

use super::script::{Part, Script};
use super::{data_endpoints_on, words};
use crate::content::InputName;
use crate::i18n::Localizer;
use crate::inputs::{Cloud, Inputs};

/// `REGIONS=(home replicas…)`: the regions whose data endpoints exist.
fn regions_list(script: &mut Script, inputs: &Inputs, t: &Localizer) -> String {
    let names: Vec<&str> = inputs.all_regions().iter().map(|region| region.name).collect();
    script.list("regions", &names, &t.text("snippet-label-regions"))
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
    let lookup = match script.shell {
        crate::inputs::Shell::Bash => "nslookup",
        crate::inputs::Shell::PowerShell => "Resolve-DnsName",
    };
    script.comment(&t.text("snippet-dns-check-1"));
    let host = login_host(script, &registry, inputs);
    script.command(&[lookup.to_string(), host]);
    if data_endpoints_on(inputs) != Some(false) {
        let regions = regions_list(script, inputs, t);
        let region = script.name_of("endpoint-region");
        script.comment(&t.text("snippet-dns-check-2"));
        let host = data_host(script, &registry, &region, inputs);
        script.each(&regions, &region, &[format!("{lookup} {host}")]);
    }
    script.comment(&t.text("snippet-dns-check-3"));
}

pub fn connectivity_check(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let url = script.interpolate(&[
        Part::Text("https://"),
        Part::Var(&registry),
        Part::Text(&format!(".{}/v2/", inputs.cloud().registry_domain())),
    ]);
    script.comment(&t.text("snippet-connectivity-check-1"));
    let bash = script.shell == crate::inputs::Shell::Bash;
    let (curl, null, format) =
        if bash { ("curl", "/dev/null", r"'%{http_code}\n'") } else { ("curl.exe", "NUL", "'%{http_code}'") };
    script.command(
        &words(&[curl, "-sS", "-o", null, "-w", format, "--max-time", "15"])
            .into_iter()
            .chain([url])
            .collect::<Vec<_>>(),
    );
    script.comment(&t.text("snippet-connectivity-check-2"));
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
        let regions = regions_list(script, inputs, t);
        let region = script.name_of("endpoint-region");
        let host = data_host(script, &registry, &region, inputs);
        script.each(&regions, &region, &[probe(host)]);
    }
}

/// Text allow-list: one FQDN or wildcard per line, `#` comments, port stated once.
pub fn fqdn_allowlist(inputs: &Inputs, t: &Localizer) -> String {
    let domain = inputs.cloud().registry_domain();
    let registry = inputs.registry.clone().unwrap_or_else(|| "<registry-name>".into());
    let mut lines =
        vec![format!("# {}", t.text("snippet-fqdn-allowlist")), format!("# {}", t.text("snippet-fqdn-allowlist-port"))];
    if inputs.cloud() != Cloud::Public {
        lines.push(format!("# {}", t.text("snippet-note-sovereign")));
    }
    lines.push(format!("# {}", t.text("snippet-fqdn-allowlist-login")));
    lines.push(format!("{registry}.{domain}"));
    let data = data_endpoints_on(inputs);
    if data != Some(false) {
        let key = if data.is_none() { "snippet-fqdn-allowlist-data-if-on" } else { "snippet-fqdn-allowlist-data" };
        lines.push(format!("# {}", t.text(key)));
        let regions = inputs.all_regions();
        if regions.is_empty() {
            lines.push(format!("{registry}.<region>.data.{domain}"));
        }
        lines.extend(regions.iter().map(|region| format!("{registry}.{}.data.{domain}", region.name)));
    }
    if data != Some(true) {
        let key = if data.is_none() { "snippet-fqdn-allowlist-blob-if-off" } else { "snippet-fqdn-allowlist-blob" };
        lines.push(format!("# {}", t.text(key)));
        lines.push(format!("*.{}", inputs.cloud().blob_domain()));
    }
    lines.push(format!("# {}", t.text("snippet-fqdn-allowlist-certificate")));
    lines.push(domain.to_string());
    lines.push(format!("# {}", t.text("snippet-fqdn-allowlist-mcr")));
    lines.push("mcr.microsoft.com".into());
    lines.push("*.data.mcr.microsoft.com".into());
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
        targets.push(script.lit(&format!("*.{}", inputs.cloud().blob_domain())));
    }
    targets.push(script.lit(domain));
    targets
}

fn firewall_args(script: &mut Script, inputs: &Inputs) -> Vec<String> {
    let group = script.var(InputName::FirewallResourceGroup, inputs.firewall_resource_group.as_deref());
    let firewall = script.var(InputName::Firewall, inputs.firewall.as_deref());
    vec!["--resource-group".into(), script.r(&group), "--firewall-name".into(), script.r(&firewall)]
}

pub fn firewall_app_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    script.comment(&t.text("snippet-firewall-extension"));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    if data_endpoints_on(inputs).is_none() {
        script.comment(&t.text("snippet-firewall-data-unknown"));
    }
    script.comment(&t.text("snippet-azure-firewall-app-rule-1"));
    let mut command = words(&["az", "network", "firewall", "application-rule", "create"]);
    command.extend(firewall_args(script, inputs));
    command.extend(words(&["--collection-name", "acr-allow", "--name", "container-registry", "--priority", "200"]));
    command.extend(["--action".into(), "Allow".into(), "--source-addresses".into(), script.lit("*")]);
    command.extend(["--protocols".into(), "https=443".into(), "--target-fqdns".into()]);
    command.extend(target_fqdns(script, inputs, &registry));
    script.command(&command);
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

pub fn firewall_network_rule(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    script.comment(&t.text("snippet-firewall-extension"));
    script.command(&words(&["az", "extension", "add", "--name", "azure-firewall"]));
    if inputs.all_regions().is_empty() {
        script.comment(&t.text("snippet-service-tags-global"));
    }
    let with_storage = data_endpoints_on(inputs) != Some(true);
    if with_storage {
        script.comment(&t.text("snippet-service-tags-storage"));
    }
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
    command.extend(["--source-addresses".into(), script.lit("*"), "--destination-addresses".into()]);
    command.extend(service_tags(inputs, with_storage));
    script.command(&command);
}

pub fn nsg_rules(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let group = script.var(InputName::VnetResourceGroup, inputs.vnet_resource_group.as_deref());
    let nsg = script.var(InputName::Nsg, inputs.nsg.as_deref());
    script.comment(&t.text("snippet-nsg-rules-1"));
    if inputs.all_regions().is_empty() {
        script.comment(&t.text("snippet-service-tags-global"));
    }
    let mut tags = service_tags(inputs, data_endpoints_on(inputs) != Some(true));
    tags.extend(["MicrosoftContainerRegistry".to_string(), "AzureFrontDoor.FirstParty".to_string()]);
    for (index, tag) in tags.iter().enumerate() {
        let rule_name = format!("Allow-{}", tag.replace('.', "-"));
        let mut command = words(&["az", "network", "nsg", "rule", "create"]);
        command.extend(["--resource-group".into(), script.r(&group), "--nsg-name".into(), script.r(&nsg)]);
        command.extend(["--name".into(), rule_name, "--priority".into(), (200 + index * 10).to_string()]);
        command.extend(words(&["--direction", "Outbound", "--access", "Allow", "--protocol", "Tcp"]));
        command.extend(words(&["--source-address-prefixes", "VirtualNetwork", "--destination-address-prefixes"]));
        command.extend([tag.clone(), "--destination-port-ranges".into(), "443".into()]);
        script.command(&command);
    }
}

/// `VNET_RESOURCE_GROUP` falls back to the registry's resource group.
fn vnet_args(script: &mut Script, inputs: &Inputs) -> (String, String) {
    let group = inputs.vnet_resource_group.as_deref().or(inputs.resource_group.as_deref());
    let group = script.var(InputName::VnetResourceGroup, group);
    let vnet = script.var(InputName::Vnet, inputs.vnet.as_deref());
    (group, vnet)
}

fn subnet_id(script: &mut Script, inputs: &Inputs) -> String {
    let (group, vnet) = vnet_args(script, inputs);
    let subnet = script.var(InputName::Subnet, inputs.subnet.as_deref());
    let mut show = words(&["az", "network", "vnet", "subnet", "show"]);
    show.extend(["--resource-group".into(), script.r(&group), "--vnet-name".into(), script.r(&vnet)]);
    show.extend(["--name".into(), script.r(&subnet)]);
    show.extend(words(&["--query", "id", "--output", "tsv"]));
    script.capture("subnet-id", &show);
    script.name_of("subnet-id")
}

pub fn service_endpoint(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    if inputs.cloud() != Cloud::Public {
        script.comment(&t.text("snippet-service-endpoint-unsupported"));
        return;
    }
    script.comment(&t.text("snippet-service-endpoint-1"));
    let (group, vnet) = vnet_args(script, inputs);
    let subnet = script.var(InputName::Subnet, inputs.subnet.as_deref());
    let mut command = words(&["az", "network", "vnet", "subnet", "update"]);
    command.extend(["--resource-group".into(), script.r(&group), "--vnet-name".into(), script.r(&vnet)]);
    command.extend(["--name".into(), script.r(&subnet)]);
    command.extend(words(&["--service-endpoints", "Microsoft.ContainerRegistry"]));
    script.command(&command);
    let id = subnet_id(script, inputs);
    script.comment(&t.text("snippet-service-endpoint-2"));
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let command = vec![
        "az".into(),
        "acr".into(),
        "network-rule".into(),
        "add".into(),
        "--name".into(),
        script.r(&registry),
        "--subnet".into(),
        script.r(&id),
    ];
    script.command(&command);
}

pub fn private_endpoint(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let endpoint = script.var(InputName::PrivateEndpoint, inputs.private_endpoint.as_deref());
    let zone = inputs.cloud().private_dns_zone();
    script.comment(&t.text("snippet-private-endpoint-1"));
    let (vnet_group, vnet) = vnet_args(script, inputs);
    let mut show = words(&["az", "network", "vnet", "show"]);
    show.extend(["--resource-group".into(), script.r(&vnet_group), "--name".into(), script.r(&vnet)]);
    let mut vnet_id = show.clone();
    vnet_id.extend(words(&["--query", "id", "--output", "tsv"]));
    script.capture("vnet-id", &vnet_id);
    show.extend(words(&["--query", "location", "--output", "tsv"]));
    script.capture("vnet-location", &show);
    let subnet = subnet_id(script, inputs);
    let mut registry_id = words(&["az", "acr", "show", "--name"]);
    registry_id.extend([script.r(&registry)]);
    registry_id.extend(words(&["--query", "id", "--output", "tsv"]));
    script.capture("registry-id", &registry_id);
    let (vnet_id, location, registry_id) =
        (script.name_of("vnet-id"), script.name_of("vnet-location"), script.name_of("registry-id"));

    script.comment(&t.text("snippet-private-endpoint-2"));
    let mut command = words(&["az", "network", "vnet", "subnet", "update", "--ids"]);
    command.extend([script.r(&subnet), "--private-endpoint-network-policies".into(), "Disabled".into()]);
    script.command(&command);

    script.comment(&t.text("snippet-private-endpoint-3"));
    let mut command = words(&["az", "network", "private-dns", "zone", "create", "--resource-group"]);
    command.extend([script.r(&group), "--name".into(), zone.clone()]);
    script.command(&command);
    let link = script.interpolate(&[Part::Var(&vnet), Part::Text("-acr-dns")]);
    let mut command = words(&["az", "network", "private-dns", "link", "vnet", "create", "--resource-group"]);
    command.extend([script.r(&group), "--zone-name".into(), zone.clone(), "--name".into(), link]);
    command.extend(["--virtual-network".into(), script.r(&vnet_id), "--registration-enabled".into(), "false".into()]);
    script.command(&command);

    script.comment(&t.text("snippet-private-endpoint-4"));
    let connection = script.interpolate(&[Part::Var(&endpoint), Part::Text("-connection")]);
    let mut command = words(&["az", "network", "private-endpoint", "create", "--resource-group"]);
    command.extend([script.r(&group), "--name".into(), script.r(&endpoint), "--location".into(), script.r(&location)]);
    command.extend([
        "--subnet".into(),
        script.r(&subnet),
        "--private-connection-resource-id".into(),
        script.r(&registry_id),
    ]);
    command.extend(["--group-ids".into(), "registry".into(), "--connection-name".into(), connection]);
    script.command(&command);

    script.comment(&t.text("snippet-private-endpoint-5"));
    let mut command = words(&["az", "network", "private-endpoint", "dns-zone-group", "create", "--resource-group"]);
    command.extend([script.r(&group), "--endpoint-name".into(), script.r(&endpoint)]);
    command.extend([
        "--name".into(),
        "default".into(),
        "--private-dns-zone".into(),
        zone,
        "--zone-name".into(),
        "registry".into(),
    ]);
    script.command(&command);
    script.comment(&t.text("snippet-private-endpoint-6"));
}

pub fn private_dns_records(script: &mut Script, inputs: &Inputs, t: &Localizer) {
    let registry = script.var(InputName::Registry, inputs.registry.as_deref());
    let group = script.var(InputName::ResourceGroup, inputs.resource_group.as_deref());
    let endpoint = script.var(InputName::PrivateEndpoint, inputs.private_endpoint.as_deref());
    let regions = regions_list(script, inputs, t);
    let zone = inputs.cloud().private_dns_zone();
    let domain = inputs.cloud().registry_domain();
    script.comment(&t.text("snippet-private-dns-records-1"));
    let address = script.name_of("address");
    let record = |script: &Script, fqdn_parts: &[Part], name_parts: &[Part]| -> Vec<String> {
        let mut query_parts = vec![Part::Text("customDnsConfigs[?fqdn=='")];
        query_parts.extend(fqdn_parts.iter().copied());
        query_parts.push(Part::Text("'].ipAddresses[0]"));
        let query = script.interpolate(&query_parts);
        let capture = format!(
            "az network private-endpoint show --resource-group {} --name {} --query {query} --output tsv",
            script.r(&group),
            script.r(&endpoint)
        );
        let assign = match script.shell {
            crate::inputs::Shell::Bash => format!("{address}=$({capture})"),
            crate::inputs::Shell::PowerShell => format!("${address} = {capture}"),
        };
        let add = format!(
            "az network private-dns record-set a add-record --resource-group {} --zone-name {zone} --record-set-name {} --ipv4-address {}",
            script.r(&group),
            script.interpolate(name_parts),
            script.r(&address)
        );
        vec![assign, add]
    };
    let login_suffix = format!(".{domain}");
    for line in record(script, &[Part::Var(&registry), Part::Text(&login_suffix)], &[Part::Var(&registry)]) {
        script.line(line);
    }
    script.comment(&t.text("snippet-private-dns-records-2"));
    let region = script.name_of("endpoint-region");
    let data_suffix = format!(".data.{domain}");
    let body = record(
        script,
        &[Part::Var(&registry), Part::Text("."), Part::Var(&region), Part::Text(&data_suffix)],
        &[Part::Var(&registry), Part::Text("."), Part::Var(&region), Part::Text(".data")],
    );
    script.each(&regions, &region, &body);
}
