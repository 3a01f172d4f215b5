//! The search index of one locale, built at build time: the vocabulary of every searchable field of every node
//! (title, summary, verbatim error strings, snippet titles, body), each field as a sequence of term numbers, and
//! each body's Markdown (for the excerpts, and the explanation in the step's report). Terms are cut and folded by
//! `acr_vocab::search_terms`, the rule the page's queries follow too, so the page never folds the content itself.
//!
//! Format (read by `src/search.rs`): the header `acr-net-guide-search <version> <locale> <term count> <node
//! count>`, then records like the other locale files (`<label> <byte length>`, newline, payload, newline):
//! - `terms`: the distinct folded terms, one per line, most frequent first (a term's number is its line);
//! - per node in tree order, labelled with its id: one line per field, `t` title, `s` summary, `e` one per error
//!   string (in `tree.toml` order), `n` one per snippet title (in the node's `snippets` order), `b` body; each a
//!   letter followed by term numbers (base 36, separated by spaces): the field's terms in order, except for the
//!   body, whose distinct terms are listed in ascending order, each number written as the step from the previous;
//! - per node, labelled `<id>.summary`: its summary (the strings file carries only those the start page shows);
//! - per node, labelled `<id>.markdown`: the body's Markdown with internal links made `#/<locale>/<id>`; the
//!   terms of its `markdown_text` are the `b` line.

use std::collections::BTreeMap;
use std::fmt::Write;

use acr_vocab::search_terms::{markdown_text, terms};

use crate::{Content, LocaleContent, MessagePiece};

/// First word of a search file's header.
pub const SEARCH_MAGIC: &str = "acr-net-guide-search";

/// The title of snippet `id` in `locale` (a plain-text UI message).
fn snippet_title(locale: &LocaleContent, id: &str) -> String {
    let pieces = locale.ui.compiled.get(&format!("snippet-{id}")).map(Vec::as_slice).unwrap_or_default();
    pieces
        .iter()
        .map(|piece| match piece {
            MessagePiece::Text(text) => text.as_str(),
            MessagePiece::Variable(_) => "",
        })
        .collect()
}

/// The text of `locale`'s search file.
pub fn search_text(content: &Content, locale: &LocaleContent) -> String {
    // Per node: (field letter, text) in record order, and the body's plain text.
    let fields: Vec<(Vec<(char, String)>, String)> = content
        .nodes
        .iter()
        .zip(&locale.texts)
        .map(|(node, text)| {
            // Internal links as the rendered body has them (the report prefixes the guide's address).
            let markdown = text.body_markdown.replace("](#/", &format!("](#/{}/", locale.locale.as_str()));
            let mut fields = vec![('t', text.title.clone()), ('s', text.summary.clone())];
            fields.extend(node.errors.iter().map(|error| ('e', error.clone())));
            fields.extend(node.snippets.iter().map(|id| ('n', snippet_title(locale, id.as_str()))));
            fields.push(('b', markdown_text(&markdown)));
            (fields, markdown)
        })
        .collect();
    // Numbered by frequency, most frequent first, so the common terms get the shortest numbers.
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (node_fields, _) in &fields {
        for (_, text) in node_fields {
            for term in terms(text) {
                *counts.entry(term.folded).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let vocabulary: BTreeMap<String, usize> =
        ranked.iter().enumerate().map(|(number, (term, _))| (term.clone(), number)).collect();

    let mut out = format!(
        "{SEARCH_MAGIC} {} {} {} {}\n",
        crate::locale_files::VERSION,
        locale.locale.as_str(),
        vocabulary.len(),
        content.nodes.len()
    );
    let list: Vec<&str> = ranked.iter().map(|(term, _)| term.as_str()).collect();
    record(&mut out, "terms", &list.join("\n"));
    for (node, (node_fields, markdown)) in content.nodes.iter().zip(&fields) {
        let mut lines = Vec::new();
        for (letter, text) in node_fields {
            let mut line = letter.to_string();
            let mut numbers: Vec<usize> = terms(text).map(|term| vocabulary[&term.folded]).collect();
            if *letter == 'b' {
                // A body is long and only its terms count, not their order: distinct numbers, each written as the
                // step from the previous one (small steps, short numbers).
                numbers.sort_unstable();
                numbers.dedup();
                let mut previous = 0;
                for number in &mut numbers {
                    (*number, previous) = (*number - previous, *number);
                }
            }
            for number in numbers {
                let _ = write!(line, " {}", base36(number));
            }
            lines.push(line);
        }
        record(&mut out, &node.id, &lines.join("\n"));
        record(&mut out, &format!("{}.summary", node.id), &node_fields[1].1);
        record(&mut out, &format!("{}.markdown", node.id), markdown.trim_end());
    }
    out
}

fn record(out: &mut String, label: &str, payload: &str) {
    let _ = writeln!(out, "{label} {}", payload.len());
    out.push_str(payload);
    out.push('\n');
}

fn base36(mut number: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((number % 36) as u32, 36).unwrap_or('0'));
        number /= 36;
        if number == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_in_base_36() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert_eq!(base36(46_655), "zzz");
    }
}
