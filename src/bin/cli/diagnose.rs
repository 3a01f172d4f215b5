//! `acr-net-guide diagnose`: ranked nodes for a pasted error text, and the values it names.

use std::io::{self, IsTerminal, Read, Write};

use acr_net_guide::diagnose::{diagnose, found_values, notes, AddressKind, Diagnosis, MAX_INPUT};
use acr_net_guide::i18n::{msg, Localizer};
use acr_net_guide::locale::Locale;
use acr_net_guide::session::Action;
use serde::Serialize;

use crate::args::Format;

#[derive(Serialize)]
struct Report<'a> {
    matches: Vec<MatchEntry<'a>>,
    /// Present when the best two matches are too close to choose between.
    one_of_two: Option<OneOfTwoEntry>,
    extracted: ExtractedEntry<'a>,
    /// The text was longer than 4 MiB: only its beginning was read.
    cut: bool,
    /// Pasted `acr-net-guide probe` output: the link of its step, with its inputs and trail.
    link: Option<String>,
}

#[derive(Serialize)]
struct MatchEntry<'a> {
    node: &'static str,
    score: f64,
    evidence: &'a str,
}

#[derive(Serialize)]
struct OneOfTwoEntry {
    nodes: [&'static str; 2],
    /// The step that tells them apart.
    ask: Option<&'static str>,
}

#[derive(Serialize)]
struct ExtractedEntry<'a> {
    registry: Option<&'a str>,
    cloud: Option<&'static str>,
    region: Option<&'a str>,
    replicas: &'a [String],
    data_endpoints: bool,
    client_ip: Option<&'a str>,
    dialed_ip: Option<&'a str>,
    dialed_ip_private: Option<bool>,
    proxy: Option<&'a str>,
    check_health_code: Option<&'a str>,
    http_status: Option<u16>,
    typo_azureacr: bool,
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
            // One byte more than is read, so the diagnosis can tell the text was cut.
            stdin.lock().take(MAX_INPUT as u64 + 1).read_to_end(&mut buffer)?;
            Ok(String::from_utf8_lossy(&buffer).into_owned())
        }
    }
}

pub fn print(out: &mut impl Write, text: &str, locale: Locale, format: Format) -> io::Result<()> {
    let diagnosis = diagnose(text);
    let t = Localizer::new(locale);
    let notes = notes(&diagnosis, &t);
    let Diagnosis { matches, one_of_two, extracted, cut, probe } = diagnosis;
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
                one_of_two: one_of_two.map(|pair| OneOfTwoEntry {
                    nodes: [pair.first.id(), pair.second.id()],
                    ask: pair.ask.map(|node| node.id()),
                }),
                extracted: ExtractedEntry {
                    registry: extracted.registry.as_deref(),
                    cloud: extracted.cloud.map(|cloud| cloud.as_str()),
                    region: extracted.region.as_deref(),
                    replicas: &extracted.replicas,
                    data_endpoints: extracted.data_endpoints,
                    client_ip: extracted.client_ip.as_deref(),
                    dialed_ip: extracted.dialed_ip.as_ref().map(|(ip, _)| ip.as_str()),
                    dialed_ip_private: extracted.dialed_ip.as_ref().map(|(_, kind)| *kind == AddressKind::Private),
                    proxy: extracted.proxy.as_deref(),
                    check_health_code: extracted.check_health_code.as_deref(),
                    http_status: extracted.http_status,
                    typo_azureacr: extracted.typo_azureacr,
                },
                cut,
                link: probe.as_ref().map(|session| session.href()),
            };
            serde_json::to_writer_pretty(&mut *out, &report)?;
            writeln!(out)
        }
        Format::Text => {
            if matches.is_empty() {
                writeln!(out, "{}", t.text(msg::PASTE_NO_MATCH_CLI))?;
            }
            for m in &matches {
                writeln!(out, "{:>4.0} %  {}  {}", m.score * 100.0, m.node.id(), m.node.title(locale))?;
                writeln!(out, "        {}", m.evidence)?;
            }
            if let Some(session) = &probe {
                writeln!(out, "{}", session.apply(Action::SwitchLocale(locale)).href())?;
            }
            if let Some(pair) = one_of_two {
                writeln!(out, "{}", t.format(msg::paste_one_of_two(pair.first.id(), pair.second.id())))?;
                if let Some(ask) = pair.ask {
                    writeln!(out, "{} {}  {}", t.text(msg::PASTE_TELL_APART), ask.id(), ask.title(locale))?;
                }
            }
            for (name, value) in found_values(&extracted) {
                writeln!(out, "{}: {}", t.text(msg::input_label(name)), value.join(", "))?;
            }
            for detail in notes {
                writeln!(out, "{detail}")?;
            }
            Ok(())
        }
    }
}
