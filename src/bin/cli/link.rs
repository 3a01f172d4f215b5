//! `acr-net-guide link`: the deep link a wiki author pastes, built from a node and validated inputs.

use acr_net_guide::locale::Locale;
use acr_net_guide::session::Session;
use acr_net_guide::tree::Node;

use crate::args::InputArgs;

/// The link for `node` (id or alias) in `locale`, or the problem to report.
pub fn build(node: &str, locale: Locale, base: &str, inputs: &InputArgs) -> Result<String, String> {
    let node = Node::find(node).ok_or_else(|| {
        let close: Vec<&str> = Node::closest(node, 3).into_iter().map(Node::id).collect();
        if close.is_empty() {
            format!("unknown node \"{node}\" (acr-net-guide nodes lists them)")
        } else {
            format!("unknown node \"{node}\"; did you mean {}?", close.join(", "))
        }
    })?;
    let session = Session {
        locale,
        node: Some(node).filter(|n| *n != Node::start()),
        trail: Vec::new(),
        inputs: inputs.raw().into_iter().map(|(name, value)| (name, value.trim().to_string())).collect(),
    };
    Ok(format!("{base}{}", session.href()))
}
