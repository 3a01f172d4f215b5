//! `content/diagnosis.toml`: error-text rules (fragments → node, weight), validated against the tree.

use std::path::Path;

use acr_vocab::NodeKind;
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};
use crate::tree::TreeNode;

/// One rule: when every fragment appears, in order, on one line, `node` gains `weight`.
#[derive(Debug, Clone)]
pub struct Rule {
    pub node: String,
    pub weight: f64,
    /// Lower-cased fragments.
    pub fragments: Vec<String>,
    pub line: usize,
}

#[derive(Deserialize)]
struct RulesFile {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    node: Spanned<String>,
    weight: f64,
    #[serde(rename = "match")]
    fragments: Vec<String>,
}

/// Parses and validates the rules: known targets, weights in (0, 1], non-empty fragments, and at least one
/// rule for every symptom and every check-health code node (ids ending in `-error`).
pub fn load(path: &Path, nodes: &[TreeNode]) -> Result<Vec<Rule>, Vec<Diagnostic>> {
    let text =
        std::fs::read_to_string(path).map_err(|err| vec![Diagnostic::new(path, 0, format!("cannot read: {err}"))])?;
    let file: RulesFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map_or(0, |span| line_of(&text, span.start));
        vec![Diagnostic::new(path, line, err.message().to_string())]
    })?;
    let mut problems = Vec::new();
    let mut rules = Vec::new();
    for raw in file.rule {
        let line = line_of(&text, raw.node.span().start);
        let node = raw.node.into_inner();
        if !nodes.iter().any(|n| n.id == node) {
            problems.push(Diagnostic::new(path, line, format!("rule targets unknown node \"{node}\"")));
        }
        if !(raw.weight > 0.0 && raw.weight <= 1.0) {
            problems.push(Diagnostic::new(path, line, format!("weight {} is not in (0, 1]", raw.weight)));
        }
        if raw.fragments.is_empty() || raw.fragments.iter().any(|f| f.trim().is_empty()) {
            problems.push(Diagnostic::new(path, line, "match needs at least one non-empty fragment"));
        }
        let fragments = raw.fragments.iter().map(|f| f.to_ascii_lowercase()).collect();
        rules.push(Rule { node, weight: raw.weight, fragments, line });
    }
    for node in nodes.iter().filter(|n| n.kind == NodeKind::Symptom || n.id.ends_with("-error")) {
        if !rules.iter().any(|rule| rule.node == node.id) {
            problems.push(Diagnostic::new(path, 0, format!("node \"{}\" has no diagnosis rule", node.id)));
        }
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}
