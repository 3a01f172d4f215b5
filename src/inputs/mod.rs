//! The user's environment: raw values (URL, form, CLI flags) validated into typed inputs, with errors that name
//! the field and the rule. An invalid value is reported and left out, so it can never reach a snippet.

pub mod regions;

use std::net::IpAddr;

use ipnet::IpNet;

use crate::content::InputName;
pub use regions::Region;

/// Azure cloud of the registry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cloud {
    #[default]
    Public,
    China,
    UsGov,
}

impl Cloud {
    pub const ALL: [Cloud; 3] = [Cloud::Public, Cloud::China, Cloud::UsGov];

    pub fn as_str(self) -> &'static str {
        match self {
            Cloud::Public => "public",
            Cloud::China => "china",
            Cloud::UsGov => "usgov",
        }
    }

    pub fn parse(text: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|cloud| cloud.as_str().eq_ignore_ascii_case(text))
    }

    /// Name for `az cloud set --name`.
    pub fn az_name(self) -> &'static str {
        match self {
            Cloud::Public => "AzureCloud",
            Cloud::China => "AzureChinaCloud",
            Cloud::UsGov => "AzureUSGovernment",
        }
    }

    /// Domain of login servers and data endpoints (china and usgov inferred from their private DNS zones).
    pub fn registry_domain(self) -> &'static str {
        match self {
            Cloud::Public => "azurecr.io",
            Cloud::China => "azurecr.cn",
            Cloud::UsGov => "azurecr.us",
        }
    }

    /// Blob storage domain used for layers when dedicated data endpoints are off.
    pub fn blob_domain(self) -> &'static str {
        match self {
            Cloud::Public => "blob.core.windows.net",
            Cloud::China => "blob.core.chinacloudapi.cn",
            Cloud::UsGov => "blob.core.usgovcloudapi.net",
        }
    }

    pub fn private_dns_zone(self) -> String {
        format!("privatelink.{}", self.registry_domain())
    }
}

/// Shell the scripts are written for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shell {
    #[default]
    Bash,
    PowerShell,
}

impl Shell {
    pub fn as_str(self) -> &'static str {
        match self {
            Shell::Bash => "bash",
            Shell::PowerShell => "powershell",
        }
    }

    pub fn parse(text: &str) -> Option<Shell> {
        [Shell::Bash, Shell::PowerShell].into_iter().find(|shell| shell.as_str().eq_ignore_ascii_case(text))
    }
}

/// The validated environment. `None` / empty = not given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs {
    /// Lower case (the login server is always lower case; `az` ignores case).
    pub registry: Option<String>,
    pub resource_group: Option<String>,
    pub subscription: Option<String>,
    pub cloud: Option<Cloud>,
    pub region: Option<&'static Region>,
    pub replicas: Vec<&'static Region>,
    pub data_endpoints: Option<bool>,
    pub client_ips: Vec<IpNet>,
    pub proxy: Option<String>,
    pub no_proxy: Vec<String>,
    pub vnet: Option<String>,
    pub subnet: Option<String>,
    pub vnet_resource_group: Option<String>,
    pub private_endpoint: Option<String>,
    pub aks_cluster: Option<String>,
    pub aks_resource_group: Option<String>,
    pub firewall: Option<String>,
    pub firewall_resource_group: Option<String>,
    pub nsg: Option<String>,
    pub workspace: Option<String>,
    pub shell: Shell,
}

/// Why a value was refused; each maps to a localized message (`rule-…`) with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    RegistryLength { length: usize },
    RegistryCharacter { found: char },
    OneOf { allowed: &'static str },
    Region,
    RegionOfOtherCloud { cloud: Cloud },
    ReplicaIsHome,
    Duplicate,
    IpOrCidr,
    ProxyUrl,
    ProxyCredentials,
    NoProxyEntry,
    ResourceName(NameKind),
    Subscription,
    WorkspaceId,
    SingleValue,
}

/// Azure resource kinds with their own naming rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    ResourceGroup,
    VirtualNetwork,
    Subnet,
    NetworkSecurityGroup,
    Firewall,
    PrivateEndpoint,
    AksCluster,
}

impl Rule {
    /// Fluent message id and arguments of the rule's explanation.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Rule::RegistryLength { length } => ("rule-registry-length", vec![("length", length.to_string())]),
            Rule::RegistryCharacter { found } => ("rule-registry-character", vec![("found", found.to_string())]),
            Rule::OneOf { allowed } => ("rule-one-of", vec![("allowed", allowed.to_string())]),
            Rule::Region => ("rule-region", Vec::new()),
            Rule::RegionOfOtherCloud { cloud } => ("rule-region-cloud", vec![("cloud", cloud.as_str().to_string())]),
            Rule::ReplicaIsHome => ("rule-replica-home", Vec::new()),
            Rule::Duplicate => ("rule-duplicate", Vec::new()),
            Rule::IpOrCidr => ("rule-ip", Vec::new()),
            Rule::ProxyUrl => ("rule-proxy-url", Vec::new()),
            Rule::ProxyCredentials => ("rule-proxy-credentials", Vec::new()),
            Rule::NoProxyEntry => ("rule-no-proxy", Vec::new()),
            Rule::ResourceName(kind) => (kind.message_id(), Vec::new()),
            Rule::Subscription => ("rule-subscription", Vec::new()),
            Rule::WorkspaceId => ("rule-workspace", Vec::new()),
            Rule::SingleValue => ("rule-single-value", Vec::new()),
        }
    }
}

/// A refused value: which field, what was given, which rule it broke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub name: InputName,
    pub value: String,
    pub rule: Rule,
}

impl InputError {
    /// "<field label>: <rule>" in the localizer's locale.
    pub fn describe(&self, t: &crate::i18n::Localizer) -> String {
        let (id, args) = self.rule.message();
        let args: Vec<(&str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
        let field = t.text(&format!("input-{}", self.name));
        t.text_with("input-error", &[("field", &field), ("rule", &t.text_with(id, &args))])
    }
}

impl NameKind {
    fn message_id(self) -> &'static str {
        match self {
            NameKind::ResourceGroup => "rule-resource-group",
            NameKind::VirtualNetwork => "rule-vnet",
            NameKind::Subnet => "rule-subnet",
            NameKind::NetworkSecurityGroup => "rule-nsg",
            NameKind::Firewall => "rule-firewall",
            NameKind::PrivateEndpoint => "rule-private-endpoint",
            NameKind::AksCluster => "rule-aks-cluster",
        }
    }

    /// Azure naming rules (Microsoft.Resources and Microsoft.Network / ContainerService resource name limits).
    fn accepts(self, name: &str) -> bool {
        let length = name.chars().count();
        let first_ok = name.chars().next().is_some_and(char::is_alphanumeric);
        let last = name.chars().last();
        let network_chars = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
        let network_end = last.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        match self {
            NameKind::ResourceGroup => {
                (1..=90).contains(&length)
                    && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '(' | ')'))
                    && last != Some('.')
            }
            NameKind::VirtualNetwork | NameKind::PrivateEndpoint => {
                (2..=64).contains(&length) && name.chars().all(network_chars) && first_ok && network_end
            }
            NameKind::Subnet | NameKind::NetworkSecurityGroup | NameKind::Firewall => {
                (1..=80).contains(&length) && name.chars().all(network_chars) && first_ok && network_end
            }
            NameKind::AksCluster => {
                (1..=63).contains(&length)
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                    && first_ok
                    && last.is_some_and(|c| c.is_ascii_alphanumeric())
            }
        }
    }
}

impl Inputs {
    /// The cloud, public when not given.
    pub fn cloud(&self) -> Cloud {
        self.cloud.unwrap_or_default()
    }

    /// `<registry>.azurecr.io` (or the cloud's domain), when the registry is known.
    pub fn login_server(&self) -> Option<String> {
        self.registry.as_ref().map(|registry| format!("{registry}.{}", self.cloud().registry_domain()))
    }

    /// Home region first, then the replicas.
    pub fn all_regions(&self) -> Vec<&'static Region> {
        self.region.into_iter().chain(self.replicas.iter().copied()).collect()
    }

    /// Client addresses that are private (the registry sees the NAT or proxy address instead).
    pub fn private_client_ips(&self) -> Vec<IpNet> {
        self.client_ips.iter().copied().filter(|net| is_private(net.addr())).collect()
    }
}

/// RFC 1918 / unique-local / loopback / link-local / CGNAT addresses.
pub fn is_private(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => {
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || (v4.octets()[0] == 100 && (v4.octets()[1] & 0xc0) == 64)
        }
        IpAddr::V6(v6) => {
            v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00 || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

/// Validates raw values (trimmed; empty ones ignored). Every refused value yields one error and stays unset.
pub fn validate(raw: &[(InputName, String)]) -> (Inputs, Vec<InputError>) {
    let mut inputs = Inputs::default();
    let mut errors = Vec::new();
    // The cloud first: regions are checked against it.
    let ordered = raw
        .iter()
        .filter(|(name, _)| *name == InputName::Cloud)
        .chain(raw.iter().filter(|(name, _)| *name != InputName::Cloud));
    let mut seen_single = Vec::new();
    for (name, value) in ordered {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let mut refuse = |rule: Rule| errors.push(InputError { name: *name, value: value.to_string(), rule });
        if !name.is_repeatable() {
            if seen_single.contains(name) {
                refuse(Rule::SingleValue);
                continue;
            }
            seen_single.push(*name);
        }
        if let Err(rule) = accept(&mut inputs, *name, value) {
            refuse(rule);
        }
    }
    if let Some(home) = inputs.region {
        if inputs.replicas.contains(&home) {
            inputs.replicas.retain(|replica| *replica != home);
            errors.push(InputError {
                name: InputName::Replica,
                value: home.name.to_string(),
                rule: Rule::ReplicaIsHome,
            });
        }
    }
    (inputs, errors)
}

fn name(kind: NameKind, value: &str) -> Result<Option<String>, Rule> {
    if kind.accepts(value) {
        Ok(Some(value.to_string()))
    } else {
        Err(Rule::ResourceName(kind))
    }
}

fn region(inputs: &Inputs, value: &str) -> Result<&'static Region, Rule> {
    let region = regions::find(value).ok_or(Rule::Region)?;
    match inputs.cloud {
        Some(cloud) if cloud != region.cloud => Err(Rule::RegionOfOtherCloud { cloud }),
        _ => Ok(region),
    }
}

fn accept(inputs: &mut Inputs, input: InputName, value: &str) -> Result<(), Rule> {
    match input {
        InputName::Registry => inputs.registry = Some(registry_name(value)?),
        InputName::ResourceGroup => inputs.resource_group = name(NameKind::ResourceGroup, value)?,
        InputName::VnetResourceGroup => inputs.vnet_resource_group = name(NameKind::ResourceGroup, value)?,
        InputName::AksResourceGroup => inputs.aks_resource_group = name(NameKind::ResourceGroup, value)?,
        InputName::FirewallResourceGroup => inputs.firewall_resource_group = name(NameKind::ResourceGroup, value)?,
        InputName::Vnet => inputs.vnet = name(NameKind::VirtualNetwork, value)?,
        InputName::Subnet => inputs.subnet = name(NameKind::Subnet, value)?,
        InputName::Nsg => inputs.nsg = name(NameKind::NetworkSecurityGroup, value)?,
        InputName::Firewall => inputs.firewall = name(NameKind::Firewall, value)?,
        InputName::PrivateEndpoint => inputs.private_endpoint = name(NameKind::PrivateEndpoint, value)?,
        InputName::AksCluster => inputs.aks_cluster = name(NameKind::AksCluster, value)?,
        InputName::Subscription => inputs.subscription = Some(subscription(value)?),
        InputName::Cloud => {
            inputs.cloud = Some(Cloud::parse(value).ok_or(Rule::OneOf { allowed: "public, china, usgov" })?)
        }
        InputName::Region => inputs.region = Some(region(inputs, value)?),
        InputName::Replica => {
            let replica = region(inputs, value)?;
            if inputs.replicas.contains(&replica) {
                return Err(Rule::Duplicate);
            }
            inputs.replicas.push(replica);
        }
        InputName::DataEndpoints => {
            inputs.data_endpoints = Some(match value.to_ascii_lowercase().as_str() {
                "on" | "true" | "enabled" => true,
                "off" | "false" | "disabled" => false,
                _ => return Err(Rule::OneOf { allowed: "on, off" }),
            })
        }
        InputName::ClientIp => {
            let net = client_ip(value)?;
            if inputs.client_ips.contains(&net) {
                return Err(Rule::Duplicate);
            }
            inputs.client_ips.push(net);
        }
        InputName::Proxy => inputs.proxy = Some(proxy_url(value)?),
        InputName::NoProxy => {
            for entry in value.split(',').map(str::trim).filter(|entry| !entry.is_empty()) {
                if !is_no_proxy_entry(entry) {
                    return Err(Rule::NoProxyEntry);
                }
                if !inputs.no_proxy.iter().any(|known| known == entry) {
                    inputs.no_proxy.push(entry.to_string());
                }
            }
        }
        InputName::Workspace => inputs.workspace = Some(workspace_id(value)?),
        InputName::Shell => inputs.shell = Shell::parse(value).ok_or(Rule::OneOf { allowed: "bash, powershell" })?,
    }
    Ok(())
}

/// 5–50 ASCII letters and digits (the resource name, not the login server).
fn registry_name(value: &str) -> Result<String, Rule> {
    if let Some(found) = value.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(Rule::RegistryCharacter { found });
    }
    if !(5..=50).contains(&value.len()) {
        return Err(Rule::RegistryLength { length: value.len() });
    }
    Ok(value.to_ascii_lowercase())
}

fn subscription(value: &str) -> Result<String, Rule> {
    let is_guid = value.len() == 36
        && value
            .char_indices()
            .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() });
    let is_name = value.chars().count() <= 64
        && value.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')'))
        && !value.starts_with('-');
    if is_guid || is_name {
        Ok(value.to_string())
    } else {
        Err(Rule::Subscription)
    }
}

fn client_ip(value: &str) -> Result<IpNet, Rule> {
    if let Ok(net) = value.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    value.parse::<IpAddr>().map(IpNet::from).map_err(|_| Rule::IpOrCidr)
}

/// `http(s)://host[:port][/]`, host a DNS name or an IP address; no credentials, path or query.
fn proxy_url(value: &str) -> Result<String, Rule> {
    let lower = value.to_ascii_lowercase();
    let rest = lower.strip_prefix("http://").or_else(|| lower.strip_prefix("https://")).ok_or(Rule::ProxyUrl)?;
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains('@') {
        return Err(Rule::ProxyCredentials);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, _)) if !host.ends_with(']') && host.contains(':') => (authority, None), // bare IPv6: invalid below
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let port_ok = port.is_none_or(|port| port.parse::<u16>().is_ok_and(|p| p > 0));
    let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<std::net::Ipv6Addr>().is_ok(),
        None => is_dns_name(host) || host.parse::<std::net::Ipv4Addr>().is_ok(),
    };
    if port_ok && host_ok {
        Ok(format!("{}{}", &lower[..lower.len() - rest.len()], authority))
    } else {
        Err(Rule::ProxyUrl)
    }
}

/// RFC 1123 host name: labels of letters, digits and inner hyphens, at most 253 characters.
fn is_dns_name(host: &str) -> bool {
    host.len() <= 253
        && !host.is_empty()
        && host.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// One NO_PROXY entry: host, `.domain`, `*.domain`, IP, CIDR, each with an optional port; or `*`.
fn is_no_proxy_entry(entry: &str) -> bool {
    if entry == "*" || entry.parse::<IpNet>().is_ok() || entry.parse::<IpAddr>().is_ok() {
        return true;
    }
    let host = match entry.rsplit_once(':') {
        Some((host, port)) if port.parse::<u16>().is_ok() => host,
        _ => entry,
    };
    let host = host.strip_prefix("*.").or_else(|| host.strip_prefix('.')).unwrap_or(host);
    is_dns_name(host)
}

/// `/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.OperationalInsights/workspaces/<name>`.
fn workspace_id(value: &str) -> Result<String, Rule> {
    let parts: Vec<&str> = value.trim_end_matches('/').split('/').collect();
    let ok = matches!(
        parts.as_slice(),
        ["", subscriptions, guid, groups, group, providers, namespace, workspaces, name]
            if subscriptions.eq_ignore_ascii_case("subscriptions")
                && subscription(guid).is_ok_and(|_| guid.len() == 36)
                && groups.eq_ignore_ascii_case("resourceGroups")
                && NameKind::ResourceGroup.accepts(group)
                && providers.eq_ignore_ascii_case("providers")
                && namespace.eq_ignore_ascii_case("Microsoft.OperationalInsights")
                && workspaces.eq_ignore_ascii_case("workspaces")
                && (4..=63).contains(&name.len())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !name.starts_with('-') && !name.ends_with('-')
    );
    if ok {
        Ok(value.trim_end_matches('/').to_string())
    } else {
        Err(Rule::WorkspaceId)
    }
}
