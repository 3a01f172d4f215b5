//! The user's environment: raw values (URL, form, CLI flags) validated into typed inputs, with errors that name
//! the field and the rule. An invalid value is reported and left out, so it can never reach a snippet.

pub mod regions;

use std::net::IpAddr;

use ipnet::IpNet;

use crate::i18n::{msg, Localizer, MessageId};
use acr_vocab::InputName;
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
    /// The names users type and see, in `ALL` order (the form's choices and the rule's allowed values).
    pub const NAMES: &'static [&'static str] = &["public", "china", "usgov"];

    pub fn as_str(self) -> &'static str {
        Cloud::NAMES[self as usize]
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
pub enum ScriptShell {
    #[default]
    Bash,
    PowerShell,
}

impl ScriptShell {
    pub const ALL: [ScriptShell; 2] = [ScriptShell::Bash, ScriptShell::PowerShell];
    /// The names users type and see, in `ALL` order.
    pub const NAMES: &'static [&'static str] = &["bash", "powershell"];

    pub fn as_str(self) -> &'static str {
        ScriptShell::NAMES[self as usize]
    }

    pub fn parse(text: &str) -> Option<ScriptShell> {
        ScriptShell::ALL.into_iter().find(|shell| shell.as_str().eq_ignore_ascii_case(text))
    }
}

/// Dedicated data endpoints as shown in the form; `on`/`off` also accept true/false and enabled/disabled.
pub const ON_OFF: &[&str] = &["on", "off"];

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
    /// Regional endpoints (`<registry>.<region>.geo.azurecr.io`, preview) are enabled.
    pub regional_endpoints: Option<bool>,
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
    pub firewall_policy: Option<String>,
    pub nsg: Option<String>,
    /// A VM that fails to pull (the start of the network path to check).
    pub vm: Option<String>,
    pub vm_resource_group: Option<String>,
    pub workspace: Option<String>,
    /// An existing `privatelink` zone to use instead of creating one.
    pub private_dns_zone: Option<ResourceId>,
    /// Client VNets that must resolve the registry privately (linked to the zone).
    pub client_vnets: Vec<ResourceId>,
    /// The DNS server in Azure that on-premises DNS forwards the registry's domain to (a forwarder VM or the
    /// inbound endpoint of an Azure DNS Private Resolver).
    pub dns_forwarder: Option<IpAddr>,
    pub shell: ScriptShell,
}

/// Why a value was refused; each maps to a localized message (`rule-…`) with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constraint {
    RegistryLength {
        length: usize,
    },
    RegistryCharacter {
        found: char,
    },
    OneOf {
        allowed: &'static [&'static str],
    },
    Region,
    RegionOfOtherCloud {
        cloud: Cloud,
    },
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
    /// Longer than any real value ([`MAX_VALUE_CHARS`]; a pasted log does not belong in a field).
    TooLong {
        length: usize,
    },
    /// A control character (newline, NUL), an invisible one (zero-width space, soft hyphen), one that changes the
    /// direction of the text around it (U+202E, which makes a command read differently from what runs), or
    /// U+FFFD, what undecodable bytes (`%C0%AE`) turn into.
    HiddenCharacter {
        found: char,
    },
    /// Parentheses in a name passed to `az` from PowerShell: on Windows `az` is `az.cmd`, and cmd.exe breaks the
    /// command on them (azure-cli#4225). Bash handles them.
    PowerShellParentheses,
    PrivateDnsZoneId {
        zone: String,
    },
    VnetId,
    IpAddress,
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
    VirtualMachine,
}

impl Constraint {
    /// The rule's explanation in `t`'s locale.
    pub fn describe(&self, t: &Localizer) -> String {
        match self {
            Constraint::RegistryLength { length } => t.format(msg::rule_registry_length(&length.to_string())),
            Constraint::RegistryCharacter { found } => t.format(msg::rule_registry_character(&found.to_string())),
            Constraint::OneOf { allowed } => t.format(msg::rule_one_of(&allowed.join(", "))),
            Constraint::Region => t.text(msg::RULE_REGION),
            Constraint::RegionOfOtherCloud { cloud } => t.format(msg::rule_region_cloud(cloud.as_str())),
            Constraint::ReplicaIsHome => t.text(msg::RULE_REPLICA_HOME),
            Constraint::Duplicate => t.text(msg::RULE_DUPLICATE),
            Constraint::IpOrCidr => t.text(msg::RULE_IP),
            Constraint::ProxyUrl => t.text(msg::RULE_PROXY_URL),
            Constraint::ProxyCredentials => t.text(msg::RULE_PROXY_CREDENTIALS),
            Constraint::NoProxyEntry => t.text(msg::RULE_NO_PROXY),
            Constraint::ResourceName(kind) => t.text(kind.message()),
            Constraint::Subscription => t.text(msg::RULE_SUBSCRIPTION),
            Constraint::WorkspaceId => t.text(msg::RULE_WORKSPACE),
            Constraint::SingleValue => t.text(msg::RULE_SINGLE_VALUE),
            Constraint::PowerShellParentheses => t.text(msg::RULE_POWERSHELL_PARENTHESES),
            Constraint::PrivateDnsZoneId { zone } => t.format(msg::rule_private_dns_zone(zone)),
            Constraint::VnetId => t.text(msg::RULE_VNET_ID),
            Constraint::IpAddress => t.text(msg::RULE_IP_ADDRESS),
            Constraint::TooLong { length } => {
                t.format(msg::rule_too_long(&length.to_string(), &MAX_VALUE_CHARS.to_string()))
            }
            Constraint::HiddenCharacter { found } => {
                t.format(msg::rule_hidden_character(&format!("U+{:04X}", u32::from(*found))))
            }
        }
    }
}

/// A refused value: which field, what was given, which rule it broke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub name: InputName,
    pub value: String,
    pub constraint: Constraint,
}

impl InputError {
    /// "<field label>: <rule>" in the localizer's locale.
    pub fn describe(&self, t: &Localizer) -> String {
        let field = t.text(msg::input_label(self.name));
        t.format(msg::input_error(&field, &self.constraint.describe(t)))
    }
}

impl NameKind {
    fn message(self) -> MessageId {
        match self {
            NameKind::ResourceGroup => msg::RULE_RESOURCE_GROUP,
            NameKind::VirtualNetwork => msg::RULE_VNET,
            NameKind::Subnet => msg::RULE_SUBNET,
            NameKind::NetworkSecurityGroup => msg::RULE_NSG,
            NameKind::Firewall => msg::RULE_FIREWALL,
            NameKind::PrivateEndpoint => msg::RULE_PRIVATE_ENDPOINT,
            NameKind::AksCluster => msg::RULE_AKS_CLUSTER,
            NameKind::VirtualMachine => msg::RULE_VM,
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
            // Azure VM names: 1-64 (Linux; Windows computer names are shorter, but the resource name is what az takes).
            NameKind::VirtualMachine => {
                (1..=64).contains(&length)
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
                    && first_ok
                    && last.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
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

/// The longest value any input takes, in characters (the longest real ones, resource IDs and NO_PROXY lists,
/// stay far below it).
pub const MAX_VALUE_CHARS: usize = 4096;

/// Characters no input value may contain: controls, line and paragraph separators, invisible format characters (bidi controls, zero-width
/// spaces and joiners, soft hyphen, word joiner, BOM) and U+FFFD. Valid values are plain text that a user can
/// see, so anything else is a paste accident or an attempt to make a command read unlike what runs.
pub fn is_hidden_character(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
            | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFD}'
            | '\u{E0000}'..='\u{E007F}')
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
        let mut refuse =
            |constraint: Constraint| errors.push(InputError { name: *name, value: value.to_string(), constraint });
        // Before any input's own rule, so that the message names what is wrong with such a value.
        let length = value.chars().count();
        if length > MAX_VALUE_CHARS {
            refuse(Constraint::TooLong { length });
            continue;
        }
        if let Some(found) = value.chars().find(|c| is_hidden_character(*c)) {
            refuse(Constraint::HiddenCharacter { found });
            continue;
        }
        if !spec(*name).repeatable {
            if seen_single.contains(name) {
                refuse(Constraint::SingleValue);
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
                constraint: Constraint::ReplicaIsHome,
            });
        }
    }
    if inputs.shell == ScriptShell::PowerShell {
        let names = [
            (InputName::ResourceGroup, &mut inputs.resource_group),
            (InputName::VnetResourceGroup, &mut inputs.vnet_resource_group),
            (InputName::AksResourceGroup, &mut inputs.aks_resource_group),
            (InputName::FirewallResourceGroup, &mut inputs.firewall_resource_group),
            (InputName::Subscription, &mut inputs.subscription),
        ];
        for (name, value) in names {
            if value.as_deref().is_some_and(|v| v.contains(['(', ')'])) {
                let value = value.take().unwrap_or_default();
                errors.push(InputError { name, value, constraint: Constraint::PowerShellParentheses });
            }
        }
    }
    (inputs, errors)
}

fn name(kind: NameKind, value: &str) -> Result<Option<String>, Constraint> {
    if kind.accepts(value) {
        Ok(Some(value.to_string()))
    } else {
        Err(Constraint::ResourceName(kind))
    }
}

fn region(inputs: &Inputs, value: &str) -> Result<&'static Region, Constraint> {
    let region = regions::find(value).ok_or(Constraint::Region)?;
    match inputs.cloud {
        Some(cloud) if cloud != region.cloud => Err(Constraint::RegionOfOtherCloud { cloud }),
        _ => Ok(region),
    }
}

fn accept(inputs: &mut Inputs, input: InputName, value: &str) -> Result<(), Constraint> {
    (spec(input).accept)(inputs, value)
}

/// How an input is entered: its form control and, for closed sets, the values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// Free text, checked by the input's validator.
    Text,
    /// One of a closed set of values (a drop-down in the form).
    Choice(&'static [&'static str]),
    /// An Azure region (the form offers the region list).
    Region,
}

/// One input, described once: everything else (validation, the form, the CLI flags, the rules' allowed values)
/// derives from this. Its label, hint and rule texts are the messages `input-<name>`, `input-<name>-hint` and
/// the `rule-…` id of the constraints its validator returns.
pub struct InputSpec {
    pub name: InputName,
    pub kind: InputKind,
    /// Several values (`?replica=a&replica=b`, `--replica a --replica b`); otherwise a second value is refused.
    pub repeatable: bool,
    /// Validates one value and stores it.
    accept: fn(&mut Inputs, &str) -> Result<(), Constraint>,
}

/// Every input, in the order of the form and the CLI's help.
pub const INPUTS: &[InputSpec] = &[
    InputSpec {
        name: InputName::Registry,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.registry = Some(registry_name(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::ResourceGroup,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.resource_group = name(NameKind::ResourceGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Subscription,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.subscription = Some(subscription(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Cloud,
        kind: InputKind::Choice(Cloud::NAMES),
        repeatable: false,
        accept: |inputs, value| {
            inputs.cloud = Some(Cloud::parse(value).ok_or(Constraint::OneOf { allowed: Cloud::NAMES })?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Region,
        kind: InputKind::Region,
        repeatable: false,
        accept: |inputs, value| {
            inputs.region = Some(region(inputs, value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Replica,
        kind: InputKind::Region,
        repeatable: true,
        accept: |inputs, value| {
            let replica = region(inputs, value)?;
            if inputs.replicas.contains(&replica) {
                return Err(Constraint::Duplicate);
            }
            inputs.replicas.push(replica);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::DataEndpoints,
        kind: InputKind::Choice(ON_OFF),
        repeatable: false,
        accept: |inputs, value| {
            inputs.data_endpoints = Some(on_off(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::RegionalEndpoints,
        kind: InputKind::Choice(ON_OFF),
        repeatable: false,
        accept: |inputs, value| {
            inputs.regional_endpoints = Some(on_off(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::ClientIp,
        kind: InputKind::Text,
        repeatable: true,
        accept: |inputs, value| {
            let net = client_ip(value)?;
            if inputs.client_ips.contains(&net) {
                return Err(Constraint::Duplicate);
            }
            inputs.client_ips.push(net);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Proxy,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.proxy = Some(proxy_url(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::NoProxy,
        kind: InputKind::Text,
        repeatable: true,
        accept: |inputs, value| {
            for entry in value.split(',').map(str::trim).filter(|entry| !entry.is_empty()) {
                if !is_no_proxy_entry(entry) {
                    return Err(Constraint::NoProxyEntry);
                }
                if !inputs.no_proxy.iter().any(|known| known == entry) {
                    inputs.no_proxy.push(entry.to_string());
                }
            }
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Vnet,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.vnet = name(NameKind::VirtualNetwork, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Subnet,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.subnet = name(NameKind::Subnet, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::VnetResourceGroup,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.vnet_resource_group = name(NameKind::ResourceGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::PrivateEndpoint,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.private_endpoint = name(NameKind::PrivateEndpoint, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::AksCluster,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.aks_cluster = name(NameKind::AksCluster, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::AksResourceGroup,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.aks_resource_group = name(NameKind::ResourceGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Firewall,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.firewall = name(NameKind::Firewall, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::FirewallResourceGroup,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.firewall_resource_group = name(NameKind::ResourceGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::FirewallPolicy,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.firewall_policy = name(NameKind::Firewall, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Nsg,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.nsg = name(NameKind::NetworkSecurityGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Vm,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.vm = name(NameKind::VirtualMachine, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::VmResourceGroup,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.vm_resource_group = name(NameKind::ResourceGroup, value)?;
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Workspace,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.workspace = Some(workspace_id(value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::PrivateDnsZone,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.private_dns_zone = Some(private_dns_zone_id(inputs, value)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::ClientVnet,
        kind: InputKind::Text,
        repeatable: true,
        accept: |inputs, value| {
            let vnet = vnet_resource_id(value)?;
            if inputs.client_vnets.iter().any(|known| known.id.eq_ignore_ascii_case(&vnet.id)) {
                return Err(Constraint::Duplicate);
            }
            inputs.client_vnets.push(vnet);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::DnsForwarder,
        kind: InputKind::Text,
        repeatable: false,
        accept: |inputs, value| {
            inputs.dns_forwarder = Some(value.parse().map_err(|_| Constraint::IpAddress)?);
            Ok(())
        },
    },
    InputSpec {
        name: InputName::Shell,
        kind: InputKind::Choice(ScriptShell::NAMES),
        repeatable: false,
        accept: |inputs, value| {
            inputs.shell = ScriptShell::parse(value).ok_or(Constraint::OneOf { allowed: ScriptShell::NAMES })?;
            Ok(())
        },
    },
];

/// The catalogue entry of `name`.
pub fn spec(name: InputName) -> &'static InputSpec {
    INPUTS.iter().find(|spec| spec.name == name).expect("every input name has a catalogue entry (tested)")
}

/// `on`/`off`, also written true/false or enabled/disabled.
fn on_off(value: &str) -> Result<bool, Constraint> {
    match value.to_ascii_lowercase().as_str() {
        "on" | "true" | "enabled" => Ok(true),
        "off" | "false" | "disabled" => Ok(false),
        _ => Err(Constraint::OneOf { allowed: ON_OFF }),
    }
}

/// 5–50 ASCII letters and digits (the resource name, not the login server).
fn registry_name(value: &str) -> Result<String, Constraint> {
    if let Some(found) = value.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(Constraint::RegistryCharacter { found });
    }
    if !(5..=50).contains(&value.len()) {
        return Err(Constraint::RegistryLength { length: value.len() });
    }
    Ok(value.to_ascii_lowercase())
}

fn subscription(value: &str) -> Result<String, Constraint> {
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
        Err(Constraint::Subscription)
    }
}

fn client_ip(value: &str) -> Result<IpNet, Constraint> {
    if let Ok(net) = value.parse::<IpNet>() {
        return Ok(net.trunc());
    }
    value.parse::<IpAddr>().map(IpNet::from).map_err(|_| Constraint::IpOrCidr)
}

/// `http(s)://host[:port][/]`, host a DNS name or an IP address; no credentials, path or query.
fn proxy_url(value: &str) -> Result<String, Constraint> {
    let lower = value.to_ascii_lowercase();
    let rest = lower.strip_prefix("http://").or_else(|| lower.strip_prefix("https://")).ok_or(Constraint::ProxyUrl)?;
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains('@') {
        return Err(Constraint::ProxyCredentials);
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
        Err(Constraint::ProxyUrl)
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

/// An Azure resource ID, split into the parts the snippets need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceId {
    /// The whole ID as given (without a trailing slash).
    pub id: String,
    pub subscription: String,
    pub resource_group: String,
    pub name: String,
}

/// `/subscriptions/<guid>/resourceGroups/<rg>/providers/<namespace>/<type>/<name>` with `name` accepted by `name_ok`.
fn resource_id(value: &str, namespace: &str, kind: &str, name_ok: impl Fn(&str) -> bool) -> Option<ResourceId> {
    let trimmed = value.trim_end_matches('/');
    let parts: Vec<&str> = trimmed.split('/').collect();
    match parts.as_slice() {
        ["", subscriptions, guid, groups, group, providers, found_namespace, found_kind, name]
            if subscriptions.eq_ignore_ascii_case("subscriptions")
                && subscription(guid).is_ok_and(|_| guid.len() == 36)
                && groups.eq_ignore_ascii_case("resourceGroups")
                && NameKind::ResourceGroup.accepts(group)
                && providers.eq_ignore_ascii_case("providers")
                && found_namespace.eq_ignore_ascii_case(namespace)
                && found_kind.eq_ignore_ascii_case(kind)
                && name_ok(name) =>
        {
            Some(ResourceId {
                id: trimmed.to_string(),
                subscription: guid.to_string(),
                resource_group: group.to_string(),
                name: name.to_string(),
            })
        }
        _ => None,
    }
}

/// The resource ID of an existing `privatelink` zone of the registry's cloud (often a central one in a hub).
fn private_dns_zone_id(inputs: &Inputs, value: &str) -> Result<ResourceId, Constraint> {
    let zone = inputs.cloud().private_dns_zone();
    resource_id(value, "Microsoft.Network", "privateDnsZones", |name| name.eq_ignore_ascii_case(&zone))
        .ok_or(Constraint::PrivateDnsZoneId { zone })
}

/// The resource ID of a virtual network.
fn vnet_resource_id(value: &str) -> Result<ResourceId, Constraint> {
    resource_id(value, "Microsoft.Network", "virtualNetworks", |name| NameKind::VirtualNetwork.accepts(name))
        .ok_or(Constraint::VnetId)
}

/// `/subscriptions/<guid>/resourceGroups/<rg>/providers/Microsoft.OperationalInsights/workspaces/<name>`.
fn workspace_id(value: &str) -> Result<String, Constraint> {
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
        Err(Constraint::WorkspaceId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_describes_every_input_once_in_name_order() {
        assert_eq!(INPUTS.iter().map(|spec| spec.name).collect::<Vec<_>>(), InputName::ALL);
    }

    #[test]
    fn closed_names_follow_their_enums() {
        assert_eq!(Cloud::ALL.map(Cloud::as_str), ["public", "china", "usgov"]);
        assert_eq!(ScriptShell::ALL.map(ScriptShell::as_str), ["bash", "powershell"]);
    }
}
