//! `content/diagnosis.toml`: error families and the rules that map them, with context, to nodes; validated.

use std::path::Path;

use acr_vocab::{AddressKind, HostKind, NodeKind};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};
use crate::tree::TreeNode;

/// Alternative patterns; a family is present on a line when any pattern is (its fragments in order).
#[derive(Debug, Clone)]
pub struct Family {
    /// `None` for the inline `match` of a rule.
    pub id: Option<String>,
    /// Lower-cased fragments per pattern.
    pub patterns: Vec<Vec<String>>,
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
    /// (raw score, shown confidence) points, raw strictly ascending, shown non-decreasing; empty: shown as raw.
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
    points: Vec<(f64, f64)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFamily {
    id: Spanned<String>,
    #[serde(rename = "match")]
    patterns: Vec<Vec<String>>,
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

fn lower(fragments: &[String]) -> Vec<String> {
    fragments.iter().map(|f| f.to_ascii_lowercase()).collect()
}

/// Parses and validates the file: known families, hosts, address kinds and targets, weights in (0, 1],
/// non-empty patterns, every named family used, and at least one rule for every symptom and every
/// node with a `check_health_code`. Problems name the file and line.
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
        if raw.patterns.is_empty() || !raw.patterns.iter().all(|p| valid_pattern(p)) {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("family \"{id}\": every pattern needs non-empty fragments (`^` only first, `$` only last)"),
            ));
        }
        families.push(Family { id: Some(id), patterns: raw.patterns.iter().map(|p| lower(p)).collect() });
        family_lines.push(line);
    }
    let named = families.len();
    let mut used = vec![false; named];
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
                families.push(Family { id: None, patterns: vec![lower(fragments)] });
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
        let points = table.into_inner().points;
        problems.extend(calibration_problems(&points).into_iter().map(|p| Diagnostic::new(path, line, p)));
        points
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

/// What is wrong with the calibration points: fewer than two, a value outside [0, 1], raw scores not strictly
/// ascending, shown confidences falling, or a table that does not reach raw 1.
fn calibration_problems(points: &[(f64, f64)]) -> Vec<String> {
    let mut problems = Vec::new();
    if points.len() < 2 {
        problems.push("calibration needs at least two points".to_string());
    }
    if points.iter().any(|&(raw, shown)| !(raw > 0.0 && raw <= 1.0 && (0.0..=1.0).contains(&shown))) {
        problems.push("calibration points need raw in (0, 1] and shown in [0, 1]".to_string());
    }
    for pair in points.windows(2) {
        let ((raw_a, shown_a), (raw_b, shown_b)) = (pair[0], pair[1]);
        if raw_b <= raw_a {
            problems.push(format!("calibration raw scores must ascend: {raw_b} after {raw_a}"));
        }
        if shown_b < shown_a {
            problems.push(format!("calibration shown confidences may not fall: {shown_b} after {shown_a}"));
        }
    }
    if points.last().is_some_and(|&(raw, _)| raw < 1.0) {
        problems.push("the last calibration point must be at raw 1".to_string());
    }
    problems
}

fn names<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}
