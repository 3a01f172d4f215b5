//! `acr-net-guide link` and `report`: the step a wiki author or a ticket points at, built from a node id, the trail
//! that led there and validated inputs.

use acr_net_guide::i18n::{msg, Localizer};
use acr_net_guide::locale::Locale;
use acr_net_guide::route::{Page, Route};
use acr_net_guide::session::{Session, TRAIL_KEY};
use acr_net_guide::tree::Node;

use crate::args::InputArgs;

/// The session on `node` (id or alias) in `locale`, reached through `via` (the page address's trail form), or the
/// problem to report: an unknown node, or a trail that does not lead there.
pub fn session(node: &str, via: Option<&str>, locale: Locale, inputs: &InputArgs) -> Result<Session, String> {
    let t = Localizer::new(locale);
    let unknown = || t.format(msg::cli_unknown_node(node));
    let found = Node::find(node).ok_or_else(|| {
        let close: Vec<&str> = Node::closest(node, 3).into_iter().map(Node::id).collect();
        if close.is_empty() {
            unknown()
        } else {
            t.format(msg::cli_unknown_node_close(&close.join(", "), node))
        }
    })?;
    let mut query: Vec<(String, String)> =
        inputs.raw().into_iter().map(|(name, value)| (name.as_str().to_string(), value.trim().to_string())).collect();
    if let Some(via) = via.filter(|via| !via.is_empty()) {
        query.push((TRAIL_KEY.to_string(), via.to_string()));
    }
    let route = Route { locale, page: Page::Node(found.id().to_string()), query };
    let session = Session::from_route(&route).ok_or_else(unknown)?;
    if let Some(via) = via.filter(|via| !via.is_empty()) {
        let given = via.split(',').count();
        if session.trail.len() != given {
            let bad = via.split(',').nth(session.trail.len()).unwrap_or(via);
            return Err(t.format(msg::cli_via_not_leading(found.id(), bad)));
        }
    }
    Ok(session)
}

/// The deep link: `base` followed by the session's address.
pub fn build(session: &Session, base: &str) -> String {
    format!("{base}{}", session.href())
}
