//! Command-line grammar (clap): subcommands, flags and their value parsers.

use acr_net_guide::content::InputName;
use acr_net_guide::locale::Locale;
use acr_net_guide::snippets::SnippetId;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "acr-net-guide", version, about = "Troubleshoot Azure Container Registry network access, offline.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// List every node of the decision tree: id, kind, title and aliases.
    Nodes {
        /// Language of the titles.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print commands, rules and queries tailored to your registry (all snippets, or those named by --only).
    Snippets {
        /// Language of titles, comments and messages.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Only this snippet (repeatable), e.g. --only fqdn-allowlist.
        #[arg(long, value_parser = parse_snippet)]
        only: Vec<SnippetId>,
        #[command(flatten)]
        inputs: Box<InputArgs>,
    },
    /// Rank the guide's steps for an error text (argument, or standard input for - or none).
    Diagnose {
        /// Language of the step titles.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The text; - or nothing reads standard input.
        text: Option<String>,
    },
    /// Print the deep link to a step with your inputs, for a wiki or a ticket.
    Link {
        /// Step id (or alias), e.g. configure-vnet-access.
        #[arg(long)]
        node: String,
        /// Language of the linked page.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Address of the guide the link starts with, e.g. https://wiki.contoso.com/tools/acr/.
        #[arg(long, default_value = DEFAULT_BASE)]
        base: String,
        #[command(flatten)]
        inputs: Box<InputArgs>,
    },
}

/// Where `link` points by default: the guide's own folder (prefix the wiki's URL of the guide to it).
pub const DEFAULT_BASE: &str = "./";

/// The inputs as flags: the same names as the URL query keys and the form fields.
#[derive(Args, Default)]
pub struct InputArgs {
    /// Registry name (5-50 letters and digits, the part before .azurecr.io).
    #[arg(long)]
    pub registry: Option<String>,
    /// Resource group of the registry.
    #[arg(long)]
    pub resource_group: Option<String>,
    /// Subscription name or ID.
    #[arg(long)]
    pub subscription: Option<String>,
    /// Azure cloud: public, china or usgov.
    #[arg(long)]
    pub cloud: Option<String>,
    /// Home region of the registry, e.g. westeurope or "West Europe".
    #[arg(long)]
    pub region: Option<String>,
    /// A replica region (repeatable).
    #[arg(long)]
    pub replica: Vec<String>,
    /// Dedicated data endpoints: on or off.
    #[arg(long)]
    pub data_endpoints: Option<String>,
    /// A client address or CIDR range the registry sees (repeatable).
    #[arg(long)]
    pub client_ip: Vec<String>,
    /// HTTP(S) proxy URL, e.g. http://proxy.contoso.com:3128.
    #[arg(long)]
    pub proxy: Option<String>,
    /// Hosts that bypass the proxy, comma-separated (repeatable).
    #[arg(long)]
    pub no_proxy: Vec<String>,
    /// Virtual network name.
    #[arg(long)]
    pub vnet: Option<String>,
    /// Subnet name.
    #[arg(long)]
    pub subnet: Option<String>,
    /// Resource group of the virtual network.
    #[arg(long)]
    pub vnet_resource_group: Option<String>,
    /// Private endpoint name.
    #[arg(long)]
    pub private_endpoint: Option<String>,
    /// AKS cluster name.
    #[arg(long)]
    pub aks_cluster: Option<String>,
    /// Resource group of the AKS cluster.
    #[arg(long)]
    pub aks_resource_group: Option<String>,
    /// Azure Firewall name.
    #[arg(long)]
    pub firewall: Option<String>,
    /// Resource group of the Azure Firewall.
    #[arg(long)]
    pub firewall_resource_group: Option<String>,
    /// Network security group name.
    #[arg(long)]
    pub nsg: Option<String>,
    /// Log Analytics workspace resource ID.
    #[arg(long)]
    pub workspace: Option<String>,
    /// Shell of the scripts: bash or powershell.
    #[arg(long)]
    pub shell: Option<String>,
}

impl InputArgs {
    /// The flags as (name, value) pairs, the form the core validates.
    pub fn raw(&self) -> Vec<(InputName, String)> {
        let single = [
            (InputName::Registry, &self.registry),
            (InputName::ResourceGroup, &self.resource_group),
            (InputName::Subscription, &self.subscription),
            (InputName::Cloud, &self.cloud),
            (InputName::Region, &self.region),
            (InputName::DataEndpoints, &self.data_endpoints),
            (InputName::Proxy, &self.proxy),
            (InputName::Vnet, &self.vnet),
            (InputName::Subnet, &self.subnet),
            (InputName::VnetResourceGroup, &self.vnet_resource_group),
            (InputName::PrivateEndpoint, &self.private_endpoint),
            (InputName::AksCluster, &self.aks_cluster),
            (InputName::AksResourceGroup, &self.aks_resource_group),
            (InputName::Firewall, &self.firewall),
            (InputName::FirewallResourceGroup, &self.firewall_resource_group),
            (InputName::Nsg, &self.nsg),
            (InputName::Workspace, &self.workspace),
            (InputName::Shell, &self.shell),
        ];
        let repeated = [
            (InputName::Replica, &self.replica),
            (InputName::ClientIp, &self.client_ip),
            (InputName::NoProxy, &self.no_proxy),
        ];
        let mut raw: Vec<(InputName, String)> =
            single.into_iter().filter_map(|(name, value)| value.clone().map(|value| (name, value))).collect();
        for (name, values) in repeated {
            raw.extend(values.iter().map(|value| (name, value.clone())));
        }
        raw
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn parse_snippet(id: &str) -> Result<SnippetId, String> {
    SnippetId::parse(id).ok_or_else(|| {
        let known: Vec<&str> = SnippetId::ALL.iter().map(|s| s.as_str()).collect();
        format!("unknown snippet \"{id}\" (known: {})", known.join(", "))
    })
}

fn parse_locale(code: &str) -> Result<Locale, String> {
    Locale::parse(code).ok_or_else(|| {
        let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        format!("unknown locale \"{code}\" (shipped: {})", shipped.join(", "))
    })
}
