//! The report's messages (`content/<locale>/cli-probe.ftl`) under the same terminology rules as the guide's
//! steps: where the English names a glossary term, the translation uses its rendering and none it avoids.

use acr_content_compiler::MessagePiece;

use crate::support::{fold_turkish, glossary};

fn text(pieces: &[MessagePiece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            MessagePiece::Text(text) => text.as_str(),
            MessagePiece::Variable(_) => " ",
        })
        .collect()
}

#[test]
fn the_reports_turkish_uses_the_glossary() {
    let content = crate::support::content();
    let glossary = glossary();
    let en = &content.locales[0];
    let tr = content.locales.iter().find(|locale| locale.locale.as_str() == "tr").unwrap();
    let ids: Vec<&String> = en.ui.native_only.iter().filter(|id| id.starts_with("probe-")).collect();
    assert!(ids.len() > 40, "the report's messages are command-line only: {}", ids.len());
    let mut problems = Vec::new();
    let mut checked = 0;
    for id in ids {
        // Product names stay in English (the glossary's style notes): they name no term.
        let english = text(&en.ui.compiled[id]).to_lowercase().replace("microsoft container registry", "");
        let turkish = fold_turkish(&text(&tr.ui.compiled[id]));
        for term in &glossary.term {
            let Some(rendering) = term.locales.get("tr") else { continue };
            if english.contains(&term.en) {
                checked += 1;
                if !rendering.uses.iter().any(|word| turkish.contains(&fold_turkish(word))) {
                    problems.push(format!("{id}: English says \"{}\", Turkish lacks {:?}", term.en, rendering.uses));
                }
            }
            for avoid in &rendering.avoid {
                if turkish.contains(&fold_turkish(avoid)) {
                    problems.push(format!("{id}: uses \"{avoid}\""));
                }
            }
        }
        for artefact in glossary.artefacts.get("tr").into_iter().flatten() {
            if turkish.contains(&fold_turkish(artefact)) {
                problems.push(format!("{id}: contains \"{artefact}\""));
            }
        }
    }
    assert!(checked > 5, "too few terms checked: {checked}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
