//! The line a probe report ends with, so that pasting the report into the page's "Start from your error
//! message" box opens its step exactly — with the inputs and the trail of automatic answers:
//! `acr-net-guide-probe: <node-id> #/<locale>/<node-id>?<inputs>&via=<trail>`.

use acr_vocab::InputName;

use crate::diagnose::{Diagnosis, Extracted, Match};
use crate::inputs::{regions, Cloud};
use crate::locale::Locale;
use crate::route::{resolve_hash, Resolution};
use crate::session::Session;

/// What the line starts with (never translated: the page recognises it in any language).
pub const MARKER: &str = "acr-net-guide-probe:";

/// The marker line for the step the probe concluded.
pub fn line(session: &Session) -> String {
    format!("{MARKER} {} {}", session.current().id(), session.href())
}

/// The step a pasted report's marker line names, with its inputs and trail; `None` when the text has no marker
/// line, or its link does not resolve to the step it names (a hand-edited or cut line).
pub fn recognise(text: &str) -> Option<(Session, &str)> {
    text.lines().find_map(|line| {
        let at = line.find(MARKER)?;
        let mut words = line[at + MARKER.len()..].split_whitespace();
        let (node, link) = (words.next()?, words.next()?);
        let Resolution::Show(route) = resolve_hash(&link[link.find('#')?..], Locale::En) else { return None };
        let session = Session::from_route(&route)?;
        (session.current().id() == node).then_some((session, line.trim()))
    })
}

/// The diagnosis of pasted probe output: its step as the one certain match, the values its link carries, and
/// the view to open (see [`Diagnosis::probe`]).
pub fn diagnosis(session: Session, line: &str) -> Diagnosis {
    let node = session.current();
    let phrase = line.find(node.id()).map_or(0..0, |at| at..at + node.id().len());
    let values = |name: InputName| session.input(name).map(str::to_string).collect::<Vec<_>>();
    let first = |name: InputName| values(name).into_iter().next();
    let region = first(InputName::Region).and_then(|region| regions::find(&region).map(|r| r.name.to_string()));
    let extracted = Extracted {
        registry: first(InputName::Registry),
        cloud: first(InputName::Cloud).and_then(|cloud| Cloud::parse(&cloud)).filter(|cloud| *cloud != Cloud::Public),
        region,
        replicas: values(InputName::Replica),
        data_endpoints: first(InputName::DataEndpoints).as_deref() == Some("on"),
        client_ip: first(InputName::ClientIp),
        proxy: first(InputName::Proxy),
        ..Extracted::default()
    };
    Diagnosis {
        matches: vec![Match { node, score: 1.0, raw: 1.0, evidence: line.to_string(), phrase }],
        one_of_two: None,
        extracted,
        probe: Some(session),
        cut: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Action;
    use crate::tree::Node;

    fn concluded() -> Session {
        let session = Session {
            inputs: vec![(InputName::Registry, "contoso".into()), (InputName::ClientIp, "203.0.113.10".into())],
            ..Session::new(Locale::Tr)
        };
        ["ip-denied", "next", "selected-networks"]
            .into_iter()
            .fold(session, |session, answer| session.apply(Action::Answer(answer)))
    }

    #[test]
    fn the_marker_line_gives_back_the_step_inputs_and_trail() {
        let session = concluded();
        assert_eq!(session.current(), Node::find("fix-allow-client-ip").unwrap());
        let report = format!("✗ DNS …\n  {}  \nmore text", line(&session));
        let (found, evidence) = recognise(&report).expect("recognised");
        assert_eq!(found, session);
        assert!(evidence.starts_with(MARKER));
        let diagnosis = diagnosis(found, evidence);
        assert_eq!(diagnosis.matches[0].node.id(), "fix-allow-client-ip");
        assert_eq!(&diagnosis.matches[0].evidence[diagnosis.matches[0].phrase.clone()], "fix-allow-client-ip");
        assert_eq!(diagnosis.extracted.client_ip.as_deref(), Some("203.0.113.10"));
        assert_eq!(diagnosis.probe, Some(session));
    }

    #[test]
    fn a_line_whose_link_names_another_step_or_nothing_is_not_recognised() {
        let session = concluded();
        let href = session.href();
        assert_eq!(recognise(&format!("{MARKER} check-network-rules {href}")), None);
        assert_eq!(recognise(&format!("{MARKER} fix-allow-client-ip #/en/no-such-node")), None);
        assert_eq!(recognise(&format!("{MARKER} fix-allow-client-ip")), None);
        assert_eq!(recognise("fix-allow-client-ip #/en/fix-allow-client-ip"), None);
    }
}
