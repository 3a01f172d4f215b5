//! The line a probe report ends with, so that pasting the report into the page's "Start from your error
//! message" box opens its step exactly — with the inputs and the trail of automatic answers:
//! `acr-net-guide-probe: <node-id> #/<locale>/<node-id>?<inputs>&via=<trail>`.

use std::ops::Range;

use crate::diagnose::{Diagnosis, Extracted, Match};
use crate::locale::Locale;
use crate::route::{resolve_hash, Resolution};
use crate::session::Session;

/// What the line starts with (never translated: the page recognises it in any language).
pub const MARKER: &str = "acr-net-guide-probe:";

/// The marker line for the step the probe concluded.
pub fn line(session: &Session) -> String {
    format!("{MARKER} {} {}", session.current().id(), session.href())
}

/// The step a pasted report's marker line names, with its inputs and trail, the line from the marker on, and
/// where the step's id is in it; `None` when the text has no marker line, or its link does not resolve to the
/// step it names (a hand-edited or cut line). It ships in the wasm, so it stays small: ASCII splits, no tables.
pub fn recognise(text: &str) -> Option<(Session, &str, Range<usize>)> {
    text.lines().find_map(|line| {
        let at = memchr::memmem::find(line.as_bytes(), MARKER.as_bytes())?;
        let line = line[at..].trim_end_matches(' ');
        let mut words = line[MARKER.len()..].split(' ').filter(|word| !word.is_empty());
        let (node, link) = (words.next()?, words.next()?);
        let Resolution::Show(route) = resolve_hash(&link[link.find('#')?..], Locale::En) else { return None };
        let session = Session::from_route(&route)?;
        let at = node.as_ptr() as usize - line.as_ptr() as usize;
        (session.current().id() == node).then_some((session, line, at..at + node.len()))
    })
}

/// The diagnosis of pasted probe output: its step as the one certain match, with the marker line as evidence,
/// and the view to open (see [`Diagnosis::probe`]); the link carries the inputs, so no values are offered apart.
pub fn diagnosis(session: Session, line: &str, phrase: Range<usize>) -> Diagnosis {
    Diagnosis {
        matches: vec![Match { node: session.current(), score: 1.0, raw: 1.0, evidence: line.to_string(), phrase }],
        one_of_two: None,
        extracted: Extracted::default(),
        probe: Some(session),
        cut: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Action;
    use crate::tree::Node;
    use acr_vocab::InputName;

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
        let report = format!("✗ DNS …\n$ cat report {}  \nmore text", line(&session));
        let (found, evidence, phrase) = recognise(&report).expect("recognised");
        assert_eq!(found, session);
        assert!(evidence.starts_with(MARKER) && evidence.ends_with(&session.href()), "{evidence}");
        let diagnosis = diagnosis(found, evidence, phrase);
        assert_eq!(diagnosis.matches[0].node.id(), "fix-allow-client-ip");
        assert_eq!(&diagnosis.matches[0].evidence[diagnosis.matches[0].phrase.clone()], "fix-allow-client-ip");
        assert_eq!(
            diagnosis.probe.as_ref().map(|view| view.input(InputName::ClientIp).collect::<Vec<_>>()),
            Some(vec!["203.0.113.10"])
        );
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
