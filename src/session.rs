//! A troubleshooting session as the URL holds it: locale, current node, the trail of answers that led
//! there, and the user's inputs — with pure transitions (the UI's reducer) and a lossless URL form.
//!
//! Trail form in the query: `via=<node>:<answer>,<node>:<answer>` (answer ids are stable, never indexes).

use crate::locale::Locale;
use crate::route::{canonical_hash, resolve_hash, Page, Resolution, Route};
use crate::tree::Node;
use acr_vocab::InputName;

/// Query key of the trail.
pub const TRAIL_KEY: &str = "via";

/// One answered question: on `node`, the user chose `answer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub node: Node,
    pub answer: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub locale: Locale,
    /// `None` is the start page.
    pub node: Option<Node>,
    pub trail: Vec<Step>,
    /// Raw values as typed (validation belongs to the snippet engine); repeatable names may appear more than once.
    pub inputs: Vec<(InputName, String)>,
}

/// Everything a user can do to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Choose answer `answer` on the current node, or follow a fix's still-failing link of that id (recorded in
    /// the trail like an answer).
    Answer(&'static str),
    /// Open a node directly (related link, search result): the trail starts over.
    Open(Node),
    /// Go back to the node of trail step `index`, forgetting the answers from there on.
    Rewind(usize),
    /// Undo the last answer.
    Back,
    /// Back to the start page, keeping the inputs.
    Restart,
    /// Replace every value of `name` (several for repeatable inputs; none clears it).
    SetInput(InputName, Vec<String>),
    /// Several `SetInput`s at once (values taken from a pasted error).
    SetInputs(Vec<(InputName, Vec<String>)>),
    SwitchLocale(Locale),
}

impl Session {
    pub fn new(locale: Locale) -> Self {
        Self { locale, node: None, trail: Vec::new(), inputs: Vec::new() }
    }

    /// Reads a route. Unknown nodes, malformed or inconsistent trail steps and unknown query keys are dropped:
    /// a hand-edited URL degrades, it never fails. Returns `None` when the route names an unknown node.
    pub fn from_route(route: &Route) -> Option<Self> {
        let node = match &route.page {
            Page::Home | Page::Search => None,
            Page::Node(id) => Some(Node::find(id)?).filter(|node| *node != Node::start()),
        };
        let mut session = Self { locale: route.locale, node, trail: Vec::new(), inputs: Vec::new() };
        for (key, value) in &route.query {
            if key == TRAIL_KEY {
                session.trail = parse_trail(value);
            } else if let Some(name) = InputName::parse(key) {
                session.inputs.push((name, value.clone()));
            }
        }
        // A trail that does not lead to the page shown tells a false story: drop it.
        let current = session.current();
        if session.trail.last().is_some_and(|last| !last.node.links().any(|a| a.id == last.answer && a.to == current)) {
            session.trail.clear();
        }
        Some(session)
    }

    pub fn to_route(&self) -> Route {
        let page = match self.node {
            Some(node) => Page::Node(node.id().to_string()),
            None => Page::Home,
        };
        let mut query: Vec<(String, String)> =
            self.inputs.iter().map(|(name, value)| (name.as_str().to_string(), value.clone())).collect();
        if !self.trail.is_empty() {
            let trail: Vec<String> =
                self.trail.iter().map(|step| format!("{}:{}", step.node.id(), step.answer)).collect();
            query.push((TRAIL_KEY.to_string(), trail.join(",")));
        }
        Route { locale: self.locale, page, query }
    }

    pub fn href(&self) -> String {
        self.to_route().href()
    }

    /// The node on screen (the start node on the start page).
    pub fn current(&self) -> Node {
        self.node.unwrap_or_else(Node::start)
    }

    /// All values of an input, in order.
    pub fn input(&self, name: InputName) -> impl Iterator<Item = &str> {
        self.inputs.iter().filter(move |(n, _)| *n == name).map(|(_, value)| value.as_str())
    }

    /// The session after `action`. Actions that make no sense here (an answer the node lacks, rewinding past
    /// the trail) leave it unchanged.
    pub fn apply(&self, action: Action) -> Session {
        let mut next = self.clone();
        match action {
            Action::Answer(answer) => {
                let current = self.current();
                // Structure only: the labels may not be loaded yet, and they are not needed to move on.
                if let Some(link) = current.links().find(|link| link.id == answer) {
                    next.trail.push(Step { node: current, answer: link.id });
                    next.node = Some(link.to).filter(|node| *node != Node::start());
                }
            }
            Action::Open(node) => {
                next.trail.clear();
                next.node = Some(node).filter(|node| *node != Node::start());
            }
            Action::Rewind(index) => {
                if let Some(step) = self.trail.get(index) {
                    next.node = Some(step.node).filter(|node| *node != Node::start());
                    next.trail.truncate(index);
                }
            }
            Action::Back => {
                if let Some(step) = next.trail.pop() {
                    next.node = Some(step.node).filter(|node| *node != Node::start());
                } else {
                    next.node = None;
                }
            }
            Action::Restart => {
                next.node = None;
                next.trail.clear();
            }
            Action::SetInput(name, values) => {
                let position = next.inputs.iter().position(|(n, _)| *n == name).unwrap_or(next.inputs.len());
                next.inputs.retain(|(n, _)| *n != name);
                let values = values.into_iter().filter(|v| !v.is_empty()).map(|v| (name, v));
                next.inputs.splice(position.min(next.inputs.len())..position.min(next.inputs.len()), values);
            }
            Action::SetInputs(all) => {
                next =
                    all.into_iter().fold(next, |session, (name, values)| session.apply(Action::SetInput(name, values)));
            }
            Action::SwitchLocale(locale) => next.locale = locale,
        }
        next
    }
}

/// The address to show on start-up, or `None` when `hash` can stay: legacy anchors and locale-less hashes get
/// the `fallback` locale, and remembered inputs fill the names the address leaves unset (the address wins).
pub fn startup_hash(hash: &str, fallback: Locale, remembered: &[(InputName, String)]) -> Option<String> {
    let original = hash;
    let canonical = canonical_hash(original, fallback);
    let hash = canonical.as_deref().unwrap_or(original);
    let (route, redirected) = match resolve_hash(hash, fallback) {
        Resolution::Show(route) => (route, None),
        Resolution::Redirect(route) => {
            let target = route.href();
            (route, Some(target))
        }
        Resolution::NotFound { .. } => return canonical,
    };
    // The search page is no session's page: its address stays as it is.
    if route.page == Page::Search {
        return redirected.or(canonical);
    }
    let Some(mut session) = Session::from_route(&route) else { return redirected.or(canonical) };
    let unset = |name: &InputName| !route.query.iter().any(|(key, _)| key == name.as_str());
    session.inputs.extend(remembered.iter().filter(|(name, _)| unset(name)).cloned());
    let target = session.href();
    (target.strip_prefix('#') != Some(original.strip_prefix('#').unwrap_or(original))).then_some(target)
}

/// `node:answer,node:answer` → steps; a step whose node or answer does not exist, or that does not lead to the
/// next step's node, ends the trail there.
fn parse_trail(text: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for part in text.split(',') {
        let Some((node_id, answer_id)) = part.split_once(':') else { break };
        let Some(node) = Node::find(node_id) else { break };
        let Some(answer) = node.links().find(|a| a.id == answer_id) else { break };
        if let Some(previous) = steps.last() {
            let leads_here = previous.node.links().any(|a| a.id == previous.answer && a.to == node);
            if !leads_here {
                break;
            }
        }
        steps.push(Step { node, answer: answer.id });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::{resolve_hash, Resolution};

    fn node(id: &str) -> Node {
        Node::find(id).unwrap_or_else(|| panic!("node {id}"))
    }

    fn walked(answers: &[&'static str]) -> Session {
        answers.iter().fold(Session::new(Locale::En), |session, answer| session.apply(Action::Answer(answer)))
    }

    fn round_trip(session: &Session) -> Session {
        let Resolution::Show(route) = resolve_hash(&session.href(), Locale::Tr) else { panic!("{}", session.href()) };
        Session::from_route(&route).expect("known node")
    }

    #[test]
    fn answering_moves_to_the_target_and_records_the_step() {
        let session = walked(&["dns", "next"]);
        assert_eq!(session.node, Some(node("check-nslookup")));
        assert_eq!(
            session.trail,
            [Step { node: Node::start(), answer: "dns" }, Step { node: node("dns-lookup-fails"), answer: "next" }]
        );
        assert_eq!(session.href(), "#/en/check-nslookup?via=start%3Adns%2Cdns-lookup-fails%3Anext");
    }

    #[test]
    fn a_still_failing_link_is_followed_and_kept_in_the_trail_like_an_answer() {
        let session = walked(&["tls", "intercepting-proxy", "public-ca"]);
        assert_eq!(session.node, Some(node("fix-outdated-trust-store")));
        assert_eq!(session.trail.last(), Some(&Step { node: node("fix-trust-proxy-ca"), answer: "public-ca" }));
        assert_eq!(round_trip(&session), session);
        assert_eq!(session.apply(Action::Back), walked(&["tls", "intercepting-proxy"]));
    }

    #[test]
    fn an_answer_the_node_lacks_changes_nothing() {
        let session = walked(&["dns"]);
        assert_eq!(session.apply(Action::Answer("no-such-answer")), session);
    }

    #[test]
    fn back_undoes_the_last_answer_and_then_returns_to_start() {
        let session = walked(&["dns", "next"]).apply(Action::Back);
        assert_eq!(session, walked(&["dns"]));
        assert_eq!(session.apply(Action::Back).node, None);
        assert_eq!(Session::new(Locale::En).apply(Action::Back), Session::new(Locale::En));
    }

    #[test]
    fn rewind_returns_to_a_trail_step() {
        let session = walked(&["dns", "next", "no-answer"]);
        let rewound = session.apply(Action::Rewind(1));
        assert_eq!(rewound, walked(&["dns"]));
        assert_eq!(session.apply(Action::Rewind(9)), session);
    }

    #[test]
    fn open_and_restart_clear_the_trail_but_keep_inputs() {
        let session = walked(&["dns"]).apply(Action::SetInput(InputName::Registry, vec!["contoso".into()]));
        let opened = session.apply(Action::Open(node("configure-proxy")));
        assert_eq!((opened.node, opened.trail.len()), (Some(node("configure-proxy")), 0));
        let restarted = session.apply(Action::Restart);
        assert_eq!((restarted.node, restarted.trail.len()), (None, 0));
        assert_eq!(restarted.input(InputName::Registry).collect::<Vec<_>>(), ["contoso"]);
    }

    #[test]
    fn set_input_replaces_all_values_in_place_and_empty_clears() {
        let session = Session::new(Locale::En)
            .apply(Action::SetInput(InputName::Registry, vec!["contoso".into()]))
            .apply(Action::SetInput(InputName::Replica, vec!["westeurope".into(), "eastus".into()]))
            .apply(Action::SetInput(InputName::Registry, vec!["fabrikam".into()]));
        assert_eq!(session.href(), "#/en/?registry=fabrikam&replica=westeurope&replica=eastus");
        let cleared = session.apply(Action::SetInput(InputName::Replica, vec![String::new()]));
        assert_eq!(cleared.href(), "#/en/?registry=fabrikam");
    }

    #[test]
    fn set_inputs_applies_every_value_at_once() {
        let session = Session::new(Locale::En).apply(Action::SetInputs(vec![
            (InputName::Registry, vec!["contoso".into()]),
            (InputName::ClientIp, vec!["203.0.113.10".into()]),
        ]));
        assert_eq!(session.href(), "#/en/?registry=contoso&client-ip=203.0.113.10");
    }

    #[test]
    fn switching_locale_keeps_node_trail_and_inputs() {
        let session = walked(&["dns", "next"]).apply(Action::SetInput(InputName::Registry, vec!["contoso".into()]));
        let switched = session.apply(Action::SwitchLocale(Locale::Tr));
        assert_eq!(switched.locale, Locale::Tr);
        assert_eq!((switched.node, &switched.trail, &switched.inputs), (session.node, &session.trail, &session.inputs));
        assert!(switched.href().starts_with("#/tr/check-nslookup?registry=contoso&via="));
    }

    #[test]
    fn url_round_trip_is_lossless() {
        let sessions = [
            Session::new(Locale::Tr),
            walked(&["dns", "next", "public-but-private-expected"]),
            walked(&["health-code", "connectivity-dns-error"])
                .apply(Action::SetInput(InputName::Registry, vec!["Contoso Registry & co".into()]))
                .apply(Action::SetInput(InputName::Replica, vec!["westeurope".into(), "eastus2".into()]))
                .apply(Action::SwitchLocale(Locale::Tr)),
        ];
        for session in sessions {
            assert_eq!(round_trip(&session), session, "{}", session.href());
        }
    }

    #[test]
    fn startup_fills_remembered_inputs_the_address_leaves_unset() {
        let remembered = [
            (InputName::Registry, "stored".to_string()),
            (InputName::Region, "westeurope".to_string()),
            (InputName::Replica, "eastus".to_string()),
        ];
        assert_eq!(
            startup_hash("#/tr/configure-proxy?registry=fromurl", Locale::En, &remembered).as_deref(),
            Some("#/tr/configure-proxy?registry=fromurl&region=westeurope&replica=eastus")
        );
        assert_eq!(startup_hash("#/tr/configure-proxy?registry=a&region=b&replica=c", Locale::En, &remembered), None);
        assert_eq!(startup_hash("#/tr/configure-proxy", Locale::En, &[]), None);
    }

    #[test]
    fn startup_rewrites_legacy_anchors_and_leaves_unknown_pages_alone() {
        let remembered = [(InputName::Registry, "contoso".to_string())];
        assert_eq!(
            startup_hash("#configure-vnet-access", Locale::Tr, &remembered).as_deref(),
            Some("#/tr/configure-vnet-access?registry=contoso")
        );
        assert_eq!(startup_hash("", Locale::En, &[]).as_deref(), Some("#/en/"));
        assert_eq!(startup_hash("#/en/no-such-node", Locale::En, &remembered), None);
        assert_eq!(startup_hash("#no-such-node", Locale::En, &remembered).as_deref(), Some("#/en/no-such-node"));
    }

    #[test]
    fn startup_leaves_a_search_address_alone() {
        let remembered = [(InputName::Registry, "contoso".to_string())];
        assert_eq!(startup_hash("#/tr/search?q=g%C3%BCvenlik", Locale::En, &remembered), None);
    }

    #[test]
    fn startup_repairs_hashes_the_router_cannot_read() {
        let remembered = [(InputName::Registry, "contoso".to_string())];
        assert_eq!(startup_hash("#////", Locale::Tr, &remembered).as_deref(), Some("#/tr/?registry=contoso"));
        assert_eq!(startup_hash("#/../", Locale::En, &[]).as_deref(), Some("#/en/"));
        assert_eq!(
            startup_hash("#//en/configure-proxy", Locale::Tr, &remembered).as_deref(),
            Some("#/en/configure-proxy?registry=contoso")
        );
        assert_eq!(startup_hash("#//xx/nope", Locale::En, &remembered).as_deref(), Some("#/xx/nope"));
        assert_eq!(startup_hash("#bad%", Locale::En, &[]).as_deref(), Some("#/bad%"));
        assert_eq!(startup_hash("#/en/%", Locale::En, &remembered), None);
    }

    #[test]
    fn hand_edited_urls_degrade_instead_of_failing() {
        let Resolution::Show(route) = resolve_hash(
            "#/en/dns-lookup-fails?via=start:dns,bogus:x,dns-lookup-fails:next&colour=red&registry=a",
            Locale::En,
        ) else {
            panic!()
        };
        let session = Session::from_route(&route).unwrap();
        assert_eq!(session.trail, [Step { node: Node::start(), answer: "dns" }], "cut at the bogus step");
        assert_eq!(session.inputs, [(InputName::Registry, "a".to_string())]);
        let Resolution::Show(route) =
            resolve_hash("#/en/check-nslookup?via=start:timeout,dns-lookup-fails:next", Locale::En)
        else {
            panic!()
        };
        assert_eq!(Session::from_route(&route).unwrap().trail, [], "a broken chain that no longer leads here");
        let Resolution::Show(route) = resolve_hash("#/en/configure-proxy?via=start:dns", Locale::En) else { panic!() };
        assert_eq!(Session::from_route(&route).unwrap().trail, [], "the trail must lead to the page shown");
        let Resolution::Show(route) = resolve_hash("#/en/not-a-node", Locale::En) else { panic!() };
        assert_eq!(Session::from_route(&route), None);
    }
}
