//! Command-line grammar (clap): subcommands, flags and their value parsers.

use acr_net_guide::locale::Locale;
use clap::{Parser, Subcommand, ValueEnum};

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
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn parse_locale(code: &str) -> Result<Locale, String> {
    Locale::parse(code).ok_or_else(|| {
        let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        format!("unknown locale \"{code}\" (shipped: {})", shipped.join(", "))
    })
}
