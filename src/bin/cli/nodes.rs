//! `acr-net-guide nodes`: every node with its kind, localized title and aliases.

use std::io::{self, Write};

use acr_net_guide::locale::Locale;
use acr_net_guide::tree::Node;
use serde::Serialize;

use crate::args::Format;

#[derive(Serialize)]
struct NodeListing {
    nodes: Vec<NodeEntry>,
}

#[derive(Serialize)]
struct NodeEntry {
    id: &'static str,
    kind: &'static str,
    title: &'static str,
    aliases: &'static [&'static str],
}

pub fn print(out: &mut impl Write, locale: Locale, format: Format) -> io::Result<()> {
    let nodes: Vec<NodeEntry> = Node::all()
        .map(|node| NodeEntry {
            id: node.id(),
            kind: node.kind().as_str(),
            title: node.title(locale),
            aliases: node.aliases(),
        })
        .collect();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &NodeListing { nodes })?;
            writeln!(out)
        }
        Format::Text => {
            let id_width = nodes.iter().map(|n| n.id.len()).max().unwrap_or(0);
            for node in &nodes {
                write!(out, "{:<id_width$}  {:<9}  {}", node.id, node.kind, node.title)?;
                if !node.aliases.is_empty() {
                    write!(out, "  (aliases: {})", node.aliases.join(", "))?;
                }
                writeln!(out)?;
            }
            Ok(())
        }
    }
}
