//! `acr-net-guide diagnose`: ranked nodes for a pasted error text, and the values it names.

use std::io::{self, IsTerminal, Read, Write};

use acr_net_guide::diagnose::{diagnose, Diagnosis, MAX_INPUT};
use acr_net_guide::locale::Locale;
use serde::Serialize;

use crate::args::Format;

#[derive(Serialize)]
struct Report<'a> {
    matches: Vec<MatchEntry<'a>>,
    extracted: ExtractedEntry<'a>,
}

#[derive(Serialize)]
struct MatchEntry<'a> {
    node: &'static str,
    score: f64,
    evidence: &'a str,
}

#[derive(Serialize)]
struct ExtractedEntry<'a> {
    registry: Option<&'a str>,
    region: Option<&'a str>,
    replicas: &'a [String],
    client_ip: Option<&'a str>,
    dialed_ip: Option<&'a str>,
    dialed_ip_private: Option<bool>,
    check_health_code: Option<&'a str>,
    http_status: Option<u16>,
}

/// The text to diagnose: the argument, or standard input for `-` or no argument (with a hint on a terminal).
pub fn read_input(text: Option<String>) -> io::Result<String> {
    match text {
        Some(text) if text != "-" => Ok(text),
        _ => {
            let stdin = io::stdin();
            if stdin.is_terminal() {
                eprintln!("Paste the error text, then press Ctrl-D (Ctrl-Z and Enter on Windows).");
            }
            let mut buffer = Vec::new();
            stdin.lock().take(MAX_INPUT as u64).read_to_end(&mut buffer)?;
            Ok(String::from_utf8_lossy(&buffer).into_owned())
        }
    }
}

pub fn print(out: &mut impl Write, text: &str, locale: Locale, format: Format) -> io::Result<()> {
    let Diagnosis { matches, extracted } = diagnose(text);
    match format {
        Format::Json => {
            let report = Report {
                matches: matches
                    .iter()
                    .map(|m| MatchEntry {
                        node: m.node.id(),
                        score: (m.score * 1000.0).round() / 1000.0,
                        evidence: &m.evidence,
                    })
                    .collect(),
                extracted: ExtractedEntry {
                    registry: extracted.registry.as_deref(),
                    region: extracted.region.as_deref(),
                    replicas: &extracted.replicas,
                    client_ip: extracted.client_ip.as_deref(),
                    dialed_ip: extracted.dialed_ip.as_ref().map(|(ip, _)| ip.as_str()),
                    dialed_ip_private: extracted.dialed_ip.as_ref().map(|(_, private)| *private),
                    check_health_code: extracted.check_health_code.as_deref(),
                    http_status: extracted.http_status,
                },
            };
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)
        }
        Format::Text => {
            if matches.is_empty() {
                writeln!(out, "No confident match. Start from the symptoms: acr-net-guide nodes")?;
            }
            for m in &matches {
                writeln!(out, "{:>4.0} %  {}  {}", m.score * 100.0, m.node.id(), m.node.title(locale))?;
                writeln!(out, "        {}", m.evidence)?;
            }
            let values = [
                ("registry", extracted.registry.clone()),
                ("region", extracted.region.clone()),
                ("replicas", (!extracted.replicas.is_empty()).then(|| extracted.replicas.join(", "))),
                ("client IP", extracted.client_ip.clone()),
                (
                    "dialled IP",
                    extracted
                        .dialed_ip
                        .as_ref()
                        .map(|(ip, private)| format!("{ip} ({})", if *private { "private" } else { "public" })),
                ),
                ("check-health code", extracted.check_health_code.clone()),
                ("HTTP status", extracted.http_status.map(|s| s.to_string())),
            ];
            for (label, value) in values {
                if let Some(value) = value {
                    writeln!(out, "{label}: {value}")?;
                }
            }
            if extracted.typo_azureacr {
                writeln!(out, "note: the text says azureacr.io; the registry domain is azurecr.io")?;
            }
            Ok(())
        }
    }
}
