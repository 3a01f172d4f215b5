//! `content/diagnosis.toml`: error families and the rules that map them, with context, to nodes; validated.

use std::path::Path;

use acr_vocab::{AddressKind, HostKind, NodeKind};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};
use crate::tree::TreeNode;

/// Alternative patterns; a family is present on a line when any pattern is (its fragments in order), or where a
/// family it includes is.
#[derive(Debug, Clone)]
pub struct Family {
    /// `None` for the inline `match` of a rule.
    pub id: Option<String>,
    /// Lower-cased fragments per pattern.
    pub patterns: Vec<Vec<String>>,
    /// Indexes of the families it takes in whole (each defined before it, so the engine completes them first).
    pub includes: Vec<usize>,
}

/// One rule: when one of `families` is found on a line whose context fits, `node` gains `weight`.
#[derive(Debug, Clone)]
pub struct Rule {
    pub node: String,
    pub weight: f64,
    /// Indexes into the family list.
    pub families: Vec<usize>,
    /// The host the line names must be one of these (empty: any).
    pub hosts: Vec<HostKind>,
    /// The dialled address on the line must be of this kind.
    pub address: Option<AddressKind>,
    /// Families that must not be on the same line.
    pub unless: Vec<usize>,
    /// A family that must appear somewhere in the text (the tool that printed it, for instance).
    pub with: Option<usize>,
    /// A family that must not appear anywhere in the text.
    pub without: Option<usize>,
    pub line: usize,
}

/// The compiled rule set.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub families: Vec<Family>,
    pub rules: Vec<Rule>,
    /// Per band of raw scores, (its lowest raw score, the confidence shown for it): raw strictly ascending, shown
    /// non-decreasing, derived from the band counts by [`shown_confidences`]; empty: shown as raw.
    pub calibration: Vec<(f64, f64)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    family: Vec<RawFamily>,
    #[serde(default)]
    rule: Vec<RawRule>,
    calibration: Option<Spanned<RawCalibration>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalibration {
    /// z of the one-sided lower bound taken of each band's rate.
    z: f64,
    /// Nothing is shown above this.
    ceiling: f64,
    bands: Vec<Band>,
}

/// One band of raw scores, from `from` up to the next band's: how many texts had their first step in it (`first`)
/// and how many of those were right (`right`), counted before any rule was tuned on them.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub from: f64,
    pub first: u32,
    pub right: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamily {
    id: Spanned<String>,
    #[serde(rename = "match", default)]
    patterns: Vec<Vec<String>>,
    /// Families taken in whole (a family of families: "not the network", say).
    #[serde(default)]
    include: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    node: Spanned<String>,
    weight: f64,
    #[serde(rename = "match")]
    fragments: Option<Vec<String>>,
    #[serde(default)]
    family: Vec<String>,
    #[serde(default)]
    host: Vec<String>,
    address: Option<String>,
    #[serde(default)]
    unless: Vec<String>,
    with: Option<String>,
    without: Option<String>,
}

/// A pattern's fragments are non-empty and hold no tab or line break (one line of text; the generated table separates
/// fragments with tabs); `^` may only open the first fragment (the pattern starts its line) and `$` only close the
/// last (the pattern ends its line), and neither may be all a fragment holds.
fn valid_pattern(fragments: &[String]) -> bool {
    let last = fragments.len().saturating_sub(1);
    !fragments.is_empty()
        && fragments.iter().enumerate().all(|(index, fragment)| {
            let inner = if index == 0 { fragment.strip_prefix('^').unwrap_or(fragment) } else { fragment };
            let inner = if index == last { inner.strip_suffix('$').unwrap_or(inner) } else { inner };
            !inner.trim().is_empty()
                && !inner.starts_with('^')
                && !inner.ends_with('$')
                && !inner.contains(['\t', '\n', '\r'])
        })
}

/// The patterns of one family that another of its patterns makes redundant, with that pattern: a single unanchored
/// fragment found inside any of their fragments (or the same pattern written twice) matches every line they match.
fn redundant_patterns(patterns: &[Vec<String>]) -> Vec<(&[String], &str)> {
    let lowered: Vec<Vec<String>> = patterns.iter().map(|p| lower(p)).collect();
    let mut found = Vec::new();
    for (index, pattern) in lowered.iter().enumerate() {
        let covering = lowered.iter().enumerate().find_map(|(other, cover)| match cover.as_slice() {
            [single] if other != index && !single.starts_with('^') && !single.ends_with('$') => {
                let contains = pattern.iter().any(|fragment| fragment.contains(single.as_str()));
                // Of two equal patterns, only the later one is reported.
                (contains && (cover != pattern || other < index)).then_some(patterns[other][0].as_str())
            }
            _ => None,
        });
        if let Some(covering) = covering {
            found.push((patterns[index].as_slice(), covering));
        }
    }
    found
}

fn lower(fragments: &[String]) -> Vec<String> {
    fragments.iter().map(|f| f.to_ascii_lowercase()).collect()
}

/// Parses and validates the file: known families, hosts, address kinds and targets, weights in (0, 1],
/// non-empty patterns, no pattern another of its family makes redundant, every named family used, and at least one
/// rule for every symptom and every node with a `check_health_code`. Problems name the file and line.
pub fn load(path: &Path, nodes: &[TreeNode]) -> Result<Rules, Vec<Diagnostic>> {
    let text =
        std::fs::read_to_string(path).map_err(|err| vec![Diagnostic::new(path, 0, format!("cannot read: {err}"))])?;
    let file: RulesFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map_or(0, |span| line_of(&text, span.start));
        vec![Diagnostic::new(path, line, err.message().to_string())]
    })?;
    let mut problems = Vec::new();
    let mut families = Vec::new();
    let mut family_lines = Vec::new();
    for raw in file.family {
        let line = line_of(&text, raw.id.span().start);
        let id = raw.id.into_inner();
        if families.iter().any(|f: &Family| f.id.as_deref() == Some(id.as_str())) {
            problems.push(Diagnostic::new(path, line, format!("family \"{id}\" is defined twice")));
        }
        if (raw.patterns.is_empty() && raw.include.is_empty()) || !raw.patterns.iter().all(|p| valid_pattern(p)) {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("family \"{id}\": every pattern needs non-empty fragments (`^` only first, `$` only last)"),
            ));
        }
        for (pattern, covering) in redundant_patterns(&raw.patterns) {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("family \"{id}\": pattern {pattern:?} adds nothing: {covering:?} already matches every line it does"),
            ));
        }
        let mut includes = Vec::new();
        for member in &raw.include {
            match families.iter().position(|f: &Family| f.id.as_deref() == Some(member.as_str())) {
                Some(index) => includes.push(index),
                None => problems.push(Diagnostic::new(
                    path,
                    line,
                    format!("family \"{id}\" includes \"{member}\", which is not defined above it"),
                )),
            }
        }
        families.push(Family { id: Some(id), patterns: raw.patterns.iter().map(|p| lower(p)).collect(), includes });
        family_lines.push(line);
    }
    let named = families.len();
    let mut used = vec![false; named];
    // A family taken in whole by another is used where that one is.
    for family in &families {
        for &member in &family.includes {
            used[member] = true;
        }
    }
    let mut rules = Vec::new();
    for raw in file.rule {
        let line = line_of(&text, raw.node.span().start);
        let node = raw.node.into_inner();
        let mut problem = |message: String| problems.push(Diagnostic::new(path, line, message));
        if !nodes.iter().any(|n| n.id == node) {
            problem(format!("rule targets unknown node \"{node}\""));
        }
        if !(raw.weight > 0.0 && raw.weight <= 1.0) {
            problem(format!("weight {} is not in (0, 1]", raw.weight));
        } else if !crate::rules_file::in_whole_units(raw.weight) {
            problem(format!("weight {} has more than six decimals", raw.weight));
        }
        let mut find = |id: &str, problem: &mut dyn FnMut(String)| match families[..named]
            .iter()
            .position(|f| f.id.as_deref() == Some(id))
        {
            Some(index) => {
                used[index] = true;
                Some(index)
            }
            None => {
                problem(format!("unknown family \"{id}\""));
                None
            }
        };
        let mut rule_families: Vec<usize> = raw.family.iter().filter_map(|id| find(id, &mut problem)).collect();
        let unless = raw.unless.iter().filter_map(|id| find(id, &mut problem)).collect();
        let with = raw.with.as_deref().and_then(|id| find(id, &mut problem));
        let without = raw.without.as_deref().and_then(|id| find(id, &mut problem));
        match (&raw.fragments, raw.family.is_empty()) {
            (Some(fragments), true) => {
                if !valid_pattern(fragments) {
                    problem("match needs at least one non-empty fragment".to_string());
                }
                rule_families.push(families.len());
                families.push(Family { id: None, patterns: vec![lower(fragments)], includes: Vec::new() });
            }
            (None, false) => {}
            _ => problem("a rule needs exactly one of `match` and `family`".to_string()),
        }
        let hosts = raw
            .host
            .iter()
            .filter_map(|host| {
                let kind = HostKind::parse(host);
                if kind.is_none() {
                    problem(format!("unknown host kind \"{host}\" (one of: {})", names(HostKind::ALL)));
                }
                kind
            })
            .collect();
        let address = raw.address.as_deref().and_then(|address| {
            let kind = AddressKind::parse(address);
            if kind.is_none() {
                problem(format!("unknown address kind \"{address}\" (one of: {})", names(AddressKind::ALL)));
            }
            kind
        });
        rules.push(Rule {
            node,
            weight: raw.weight,
            families: rule_families,
            hosts,
            address,
            unless,
            with,
            without,
            line,
        });
    }
    for (index, was_used) in used.iter().enumerate() {
        if !was_used {
            let id = families[index].id.as_deref().unwrap_or_default();
            problems.push(Diagnostic::new(path, family_lines[index], format!("family \"{id}\" is never used")));
        }
    }
    // Without a table the raw score is shown as it is.
    let calibration = file.calibration.map_or_else(Vec::new, |table| {
        let line = line_of(&text, table.span().start);
        let RawCalibration { z, ceiling, bands } = table.into_inner();
        let found = calibration_problems(z, ceiling, &bands);
        if !found.is_empty() {
            problems.extend(found.into_iter().map(|p| Diagnostic::new(path, line, p)));
            return Vec::new();
        }
        bands.iter().map(|band| band.from).zip(shown_confidences(&bands, z, ceiling)).collect()
    });
    for node in nodes.iter().filter(|n| n.kind == NodeKind::Symptom || n.check_health_code.is_some()) {
        if !rules.iter().any(|rule| rule.node == node.id) {
            problems.push(Diagnostic::new(path, 0, format!("node \"{}\" has no diagnosis rule", node.id)));
        }
    }
    if problems.is_empty() {
        Ok(Rules { families, rules, calibration })
    } else {
        Err(problems)
    }
}

/// What is wrong with the calibration table: no band, a band's lowest raw score outside (0, 1] or not above the
/// previous one's, a band with no texts or more right than counted, z not positive, a ceiling outside (0, 1].
fn calibration_problems(z: f64, ceiling: f64, bands: &[Band]) -> Vec<String> {
    let mut problems = Vec::new();
    if bands.is_empty() {
        problems.push("calibration needs at least one band".to_string());
    }
    if !(z > 0.0 && z.is_finite()) {
        problems.push(format!("calibration z {z} must be positive"));
    }
    if !(ceiling > 0.0 && ceiling <= 1.0) {
        problems.push(format!("calibration ceiling {ceiling} is not in (0, 1]"));
    }
    for band in bands {
        if !(band.from > 0.0 && band.from <= 1.0) {
            problems.push(format!("calibration band from {} is not in (0, 1]", band.from));
        }
        if band.first == 0 || band.right > band.first {
            problems.push(format!(
                "calibration band from {}: {} right of {} (a band needs texts, and no more right than it has)",
                band.from, band.right, band.first
            ));
        }
    }
    for pair in bands.windows(2) {
        if pair[1].from <= pair[0].from {
            problems.push(format!("calibration bands must ascend: from {} after {}", pair[1].from, pair[0].from));
        }
    }
    problems
}

/// A band's step is shown only when the band (pooled as below) was right at least this often: more likely right than
/// wrong. The number shown is the conservative one, which for a band just above this rate is a little below it.
pub const SHOWN_FROM_RATE: f64 = 0.5;

/// The confidence shown for each band: 0 (not shown) for a band right less often than [`SHOWN_FROM_RATE`], else
/// conservative by construction, at most each of
/// - the 90 % (or z's) lower bound of how often the band's first step was right, bands whose rate falls as the raw score
///   rises pooled first (more evidence may not make a step less likely), and no more than any band above shows (a
///   stronger band with fewer texts has a wider interval);
/// - the band's lowest raw score (what the rules' own weights claim);
/// - the ceiling.
pub fn shown_confidences(bands: &[Band], z: f64, ceiling: f64) -> Vec<f64> {
    // Pools of adjacent bands: (first band, last band, texts, right).
    let mut pools: Vec<(usize, usize, u32, u32)> = Vec::new();
    for (index, band) in bands.iter().enumerate() {
        pools.push((index, index, band.first, band.right));
        while let [.., (start, _, n_a, r_a), (_, end, n_b, r_b)] = pools[..] {
            // The lower pool is right more often than the one above it (rates compared without division): merge.
            if u64::from(r_a) * u64::from(n_b) <= u64::from(r_b) * u64::from(n_a) {
                break;
            }
            pools.truncate(pools.len() - 2);
            pools.push((start, end, n_a + n_b, r_a + r_b));
        }
    }
    let mut bound = vec![0.0; bands.len()];
    for &(start, end, first, right) in &pools {
        let shown = f64::from(right) >= SHOWN_FROM_RATE * f64::from(first) && first > 0;
        for slot in &mut bound[start..=end] {
            *slot = if shown { wilson_lower_bound(right, first, z) } else { 0.0 };
        }
    }
    let mut shown: Vec<f64> = bands.iter().zip(&bound).map(|(band, bound)| bound.min(band.from).min(ceiling)).collect();
    for index in (0..shown.len().saturating_sub(1)).rev() {
        shown[index] = shown[index].min(shown[index + 1]);
    }
    shown
}

/// The one-sided Wilson lower bound of a success rate of `right` in `of`.
pub fn wilson_lower_bound(right: u32, of: u32, z: f64) -> f64 {
    if of == 0 {
        return 0.0;
    }
    let (n, p, z2) = (f64::from(of), f64::from(right) / f64::from(of), z * z);
    let centre = p + z2 / (2.0 * n);
    let spread = z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    (centre - spread) / (1.0 + z2 / n)
}

fn names<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(from: f64, first: u32, right: u32) -> Band {
        Band { from, first, right }
    }

    #[test]
    fn the_lower_bound_is_below_the_rate_and_tightens_with_more_texts() {
        assert_eq!(wilson_lower_bound(0, 0, 1.2816), 0.0);
        let few = wilson_lower_bound(9, 10, 1.2816);
        let many = wilson_lower_bound(90, 100, 1.2816);
        assert!(few < many && many < 0.9, "{few} {many}");
        assert!((wilson_lower_bound(9, 13, 1.2816) - 0.5146).abs() < 1e-3);
    }

    #[test]
    fn shown_confidence_is_at_most_the_bound_the_weight_and_the_ceiling_and_never_falls() {
        // 60: bound 0.51 (below its weight); 80: bound 0.91, shown at its weight 0.8; 90 and 95 pooled (15 of 16 is
        // a lower rate than 76 of 77): bound 0.95, shown at the ceiling.
        let bands = [band(0.6, 13, 9), band(0.8, 53, 51), band(0.9, 77, 76), band(0.95, 16, 15)];
        let shown = shown_confidences(&bands, 1.2816, 0.93);
        assert!((shown[0] - 0.5146).abs() < 1e-3, "{shown:?}");
        assert_eq!(shown[1..], [0.8, 0.9, 0.93]);
        // A strong band with few texts has a wide interval: the bands below it show no more than it does.
        let thin_top = shown_confidences(&[band(0.8, 100, 99), band(0.9, 5, 5)], 1.2816, 1.0);
        assert!(thin_top[0] <= thin_top[1] && thin_top[1] < 0.8, "{thin_top:?}");
    }

    #[test]
    fn a_band_right_less_than_half_the_time_is_not_shown_and_one_just_above_shows_its_bound() {
        // 60 and 70 pooled (37 of 64, 57.8 %): shown at the bound, 49.8 %; 13 of 27 (48 %) is not shown at all.
        let shown = shown_confidences(&[band(0.6, 27, 17), band(0.7, 37, 20), band(0.8, 143, 136)], 1.2816, 0.93);
        assert!((shown[0] - 0.498).abs() < 1e-3 && shown[0] == shown[1], "{shown:?}");
        assert_eq!(shown_confidences(&[band(0.6, 27, 13), band(0.8, 143, 136)], 1.2816, 0.93)[0], 0.0);
        assert_eq!(shown_confidences(&[band(0.6, 0, 0), band(0.8, 143, 136)], 1.2816, 0.93)[0], 0.0, "no texts");
    }

    #[test]
    fn calibration_bands_are_checked() {
        assert!(calibration_problems(1.2816, 0.93, &[band(0.6, 1, 1)]).is_empty());
        let problems = calibration_problems(0.0, 1.5, &[band(0.7, 3, 4), band(0.6, 0, 0)]);
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems.iter().any(|p| p == "calibration bands must ascend: from 0.6 after 0.7"));
        assert!(calibration_problems(1.0, 0.9, &[]).iter().any(|p| p == "calibration needs at least one band"));
    }
}
