//! The rules file: `content/diagnosis.toml`'s families and rules as one text, compiled into the native build and
//! fetched by the web build when the paste box is first used (the first load does not carry them).
//!
//! Layout: a header line `<magic> <version> <families> <includes> <rules>`, then per family (in file order) a record
//! `family <byte length>`, a newline, exactly that many bytes (its patterns one per line, each pattern's fragments
//! separated by tabs, neither of which occurs in a fragment) and a newline; then per family of families a line
//! `include <family> <member>` (indexes; each member before the family that takes it in); then per rule a line
//! `rule <node id> <weight in millionths> <families> <hosts> <address> <unless> <with> <without>`, lists
//! comma-separated, `-` for an empty list or no value. Weights are integers so that the reader needs no decimal
//! parser (a float parser would cost the wasm several kilobytes). Read by `src/diagnosis_rules.rs`.

use std::fmt::Write;

use crate::Content;

/// First word of the rules file's header.
pub const RULES_MAGIC: &str = "acr-net-guide-rules";
/// Format version (bump on any change to the layout above).
pub const RULES_VERSION: u32 = 1;
/// Weights are written in these units.
pub const WEIGHT_UNITS: f64 = 1_000_000.0;

/// The rules file: its content-hashed name (`rules-<16 hex digits>.txt`) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesFile {
    pub name: String,
    pub text: String,
}

/// The rules file of `content`.
pub fn rules_file(content: &Content) -> RulesFile {
    let rules = &content.rules;
    let includes: Vec<(usize, usize)> = rules
        .families
        .iter()
        .enumerate()
        .flat_map(|(index, family)| family.includes.iter().map(move |&member| (index, member)))
        .collect();
    let mut text =
        format!("{RULES_MAGIC} {RULES_VERSION} {} {} {}\n", rules.families.len(), includes.len(), rules.rules.len());
    for family in &rules.families {
        let patterns: Vec<String> = family.patterns.iter().map(|pattern| pattern.join("\t")).collect();
        let payload = patterns.join("\n");
        let _ = writeln!(text, "family {}", payload.len());
        text.push_str(&payload);
        text.push('\n');
    }
    for (family, member) in includes {
        let _ = writeln!(text, "include {family} {member}");
    }
    let list = |items: Vec<String>| if items.is_empty() { "-".to_string() } else { items.join(",") };
    let indexes = |items: &[usize]| list(items.iter().map(ToString::to_string).collect());
    let one = |item: Option<usize>| item.map_or("-".to_string(), |index| index.to_string());
    for rule in &rules.rules {
        let _ = writeln!(
            text,
            "rule {} {} {} {} {} {} {} {}",
            rule.node,
            weight_units(rule.weight),
            indexes(&rule.families),
            list(rule.hosts.iter().map(|host| host.as_str().to_string()).collect()),
            rule.address.map_or("-", |address| address.as_str()),
            indexes(&rule.unless),
            one(rule.with),
            one(rule.without),
        );
    }
    let name = format!("rules-{:016x}.txt", crate::locale_files::fnv1a(text.as_bytes()));
    RulesFile { name, text }
}

/// Whether `weight` is a whole number of [`WEIGHT_UNITS`] (the loader refuses one that is not).
pub(crate) fn in_whole_units(weight: f64) -> bool {
    let units = weight * WEIGHT_UNITS;
    (units - units.round()).abs() <= 1e-6
}

/// A weight in millionths; the loader has checked that it is a whole number of them.
fn weight_units(weight: f64) -> u64 {
    (weight * WEIGHT_UNITS).round() as u64
}
