//! Command-line grammar (clap): subcommands, flags and their value parsers.

use acr_net_guide::inputs::INPUTS;
use acr_net_guide::locale::Locale;
use acr_net_guide::snippets::SnippetId;
use acr_net_guide::wiki_link::LinkFormat;
use acr_vocab::InputName;
use clap::{Arg, ArgAction, ArgMatches, Parser, Subcommand, ValueEnum};

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
    /// Test the path to the registry from this machine (DNS, TCP 443 directly or through the proxy, TLS, GET /v2/)
    /// and open the step the results lead to. It connects only to the hosts it names and sends no credentials.
    /// Exit status: 0 every check passed, 1 a problem was found, 2 bad arguments.
    Probe {
        #[command(flatten)]
        options: Box<ProbeOptions>,
        #[command(flatten)]
        inputs: Box<InputArgs>,
    },
    /// Print the deep link to a step with your inputs, for a wiki or a ticket.
    Link {
        #[command(flatten)]
        step: StepArgs,
        /// Language of the linked page.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Print the link in a wiki's markup, titled with the step's title in --locale (default: the bare address).
        #[arg(long, value_parser = parse_link_format)]
        format: Option<LinkFormat>,
    },
    /// Print a Markdown report of a step for a ticket or a wiki: trail, inputs, explanation and commands.
    Report {
        #[command(flatten)]
        step: StepArgs,
        /// Language of the report.
        #[arg(long, default_value = "en", value_parser = parse_locale)]
        locale: Locale,
        /// Mask registry and resource names and IP addresses (the commands then show placeholders).
        #[arg(long)]
        redact: bool,
        /// Date written in the report, YYYY-MM-DD (default: today, UTC).
        #[arg(long, value_parser = parse_date)]
        date: Option<String>,
    },
}

/// The step `link` and `report` are about: its id, the answers that led there, the guide's address and the inputs.
#[derive(clap::Args)]
pub struct StepArgs {
    /// Step id (or alias), e.g. configure-vnet-access.
    #[arg(long)]
    pub node: String,
    /// The answers that led there, as in the page address: start:dns,dns-lookup-fails:next.
    #[arg(long)]
    pub via: Option<String>,
    /// Address of the guide that links start with, e.g. https://wiki.contoso.com/tools/acr/.
    #[arg(long, default_value = DEFAULT_BASE)]
    pub base: String,
    #[command(flatten)]
    pub inputs: Box<InputArgs>,
}

/// `probe`'s options besides the inputs: the output, and the hidden seams the tests use to point the probe at fakes
/// on 127.0.0.1 (never needed otherwise).
#[derive(clap::Args)]
pub struct ProbeOptions {
    /// Language of the report.
    #[arg(long, default_value = "en", value_parser = parse_locale)]
    pub locale: Locale,
    /// Output: a report with ✓/✗ per check, JSON for scripts, or only the link to the step.
    #[arg(long, value_enum, default_value_t = ProbeFormat::Text)]
    pub format: ProbeFormat,
    /// Address of the guide the link starts with, e.g. https://wiki.contoso.com/tools/acr/.
    #[arg(long, default_value = DEFAULT_BASE)]
    pub base: String,
    /// Ask this DNS server (address:port) instead of the system resolver.
    #[arg(long, hide = true)]
    pub dns_server: Option<std::net::SocketAddr>,
    /// Where to ask "Azure DNS" (default 168.63.129.16:53).
    #[arg(long, hide = true)]
    pub azure_dns: Option<std::net::SocketAddr>,
    /// HOST=ADDRESS:PORT: connect there for HOST (the report still shows what HOST resolved to).
    #[arg(long, hide = true, value_parser = parse_connect_to)]
    pub connect_to: Vec<(String, std::net::SocketAddr)>,
    /// Trust only the certificates in this PEM file instead of the system's store.
    #[arg(long, hide = true)]
    pub ca_file: Option<std::path::PathBuf>,
    /// Time allowed per check, in milliseconds.
    #[arg(long, hide = true, default_value_t = 4000, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    pub timeout_ms: u64,
    /// Read the machine's files (resolv.conf, Docker's settings, DMI) below this folder instead of /.
    #[arg(long, hide = true, default_value = "/")]
    pub root: std::path::PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProbeFormat {
    Text,
    Json,
    Link,
}

fn parse_connect_to(text: &str) -> Result<(String, std::net::SocketAddr), String> {
    let (host, address) = text.split_once('=').ok_or_else(|| format!("expected HOST=ADDRESS:PORT, got \"{text}\""))?;
    let address = address.parse().map_err(|_| format!("\"{address}\" is not an address:port"))?;
    Ok((host.trim_end_matches('.').to_ascii_lowercase(), address))
}

/// Where `link` points by default: the guide's own folder (prefix the wiki's URL of the guide to it).
pub const DEFAULT_BASE: &str = "./";

/// The inputs as flags, one per entry of the input catalogue (`acr_net_guide::inputs::INPUTS`): the same names
/// as the URL query keys and the form fields. Every flag is taken as often as it is given and as bytes, and the
/// core's validation refuses what does not fit (a second value of a single-value input, bytes that are not UTF-8),
/// so those refusals read like every other one, in the chosen language, instead of as argument-parser errors.
#[derive(Clone, Default)]
pub struct InputArgs {
    raw: Vec<(InputName, String)>,
}

impl InputArgs {
    /// The flags as (name, value) pairs, the form the core validates.
    pub fn raw(&self) -> Vec<(InputName, String)> {
        self.raw.clone()
    }
}

impl clap::Args for InputArgs {
    fn augment_args(command: clap::Command) -> clap::Command {
        INPUTS.iter().fold(command, |command, spec| {
            let name = spec.name.as_str();
            command.arg(
                Arg::new(name)
                    .long(name)
                    .value_name(name.replace('-', "_").to_ascii_uppercase())
                    .help(flag_help(spec.name))
                    .value_parser(clap::builder::OsStringValueParser::new())
                    .action(ArgAction::Append),
            )
        })
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        Self::augment_args(command)
    }
}

impl clap::FromArgMatches for InputArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut raw = Vec::new();
        for spec in INPUTS {
            if let Some(values) = matches.get_many::<std::ffi::OsString>(spec.name.as_str()) {
                raw.extend(values.map(|value| (spec.name, value.to_string_lossy().into_owned())));
            }
        }
        Ok(InputArgs { raw })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

/// The help of an input's flag (the CLI speaks English; the page uses the localized hints). Kept here rather than
/// in the input catalogue so that none of it reaches the web build.
fn flag_help(name: InputName) -> &'static str {
    use InputName::*;
    match name {
        Registry => "Registry name (5-50 letters and digits, the part before .azurecr.io)",
        ResourceGroup => "Resource group of the registry",
        Subscription => "Subscription name or ID",
        Cloud => "Azure cloud: public, china or usgov",
        Region => "Home region of the registry, e.g. westeurope or \"West Europe\"",
        Replica => "A replica region (repeatable)",
        DataEndpoints => "Dedicated data endpoints: on or off",
        RegionalEndpoints => "Regional endpoints (<registry>.<region>.geo.azurecr.io, preview): on or off",
        ClientIp => "A client address or CIDR range the registry sees (repeatable)",
        Proxy => "HTTP(S) proxy URL, e.g. http://proxy.contoso.com:3128",
        NoProxy => "Hosts that bypass the proxy, comma-separated (repeatable)",
        Vnet => "Virtual network name",
        Subnet => "Subnet name",
        VnetResourceGroup => "Resource group of the virtual network",
        PrivateEndpoint => "Private endpoint name",
        AksCluster => "AKS cluster name",
        AksResourceGroup => "Resource group of the AKS cluster",
        Firewall => "Azure Firewall name",
        FirewallResourceGroup => "Resource group of the Azure Firewall",
        FirewallPolicy => "Azure Firewall Policy name (its resource group: --firewall-resource-group)",
        Nsg => "Network security group name",
        Vm => "Name of a VM (or AKS node) that cannot pull, to check its network path",
        VmResourceGroup => "Resource group of that VM (for AKS nodes: the node resource group, MC_…)",
        Workspace => "Log Analytics workspace resource ID",
        PrivateDnsZone => {
            "Resource ID of an existing privatelink.azurecr.io zone to use (e.g. a central one in the hub)"
        }
        ClientVnet => "Resource ID of a client VNet that must resolve the registry privately (repeatable)",
        DnsForwarder => "IP address of the DNS forwarder in Azure or of a DNS Private Resolver inbound endpoint",
        Shell => "Shell of the scripts: bash or powershell",
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

fn parse_link_format(name: &str) -> Result<LinkFormat, String> {
    LinkFormat::parse(name).ok_or_else(|| {
        let known: Vec<&str> = LinkFormat::ALL.iter().map(|f| f.as_str()).collect();
        format!("unknown link format \"{name}\" (known: {})", known.join(", "))
    })
}

fn parse_date(text: &str) -> Result<String, String> {
    if acr_net_guide::civil_date::is_date(text) {
        Ok(text.to_string())
    } else {
        Err(format!("\"{text}\" is not a date of the form YYYY-MM-DD"))
    }
}

fn parse_locale(code: &str) -> Result<Locale, String> {
    Locale::parse(code).ok_or_else(|| {
        let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        format!("unknown locale \"{code}\" (shipped: {})", shipped.join(", "))
    })
}
