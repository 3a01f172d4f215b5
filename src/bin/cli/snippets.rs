//! `acr-net-guide snippets`: the snippet catalogue for the inputs given as flags.

use std::io::{self, Write};

use acr_net_guide::i18n::Localizer;
use acr_net_guide::inputs::{self, Inputs};
use acr_net_guide::locale::Locale;
use acr_net_guide::snippets::{self, Snippet, SnippetId};
use serde::Serialize;

use crate::args::{Format, InputArgs};

#[derive(Serialize)]
struct SnippetListing<'a> {
    snippets: Vec<SnippetEntry<'a>>,
}

#[derive(Serialize)]
struct SnippetEntry<'a> {
    id: &'static str,
    title: &'a str,
    language: &'static str,
    body: &'a str,
}

/// Validates the flags: the inputs, or every problem as a localized message.
pub fn validated(args: &InputArgs, t: &Localizer) -> Result<Inputs, Vec<String>> {
    let (inputs, errors) = inputs::validate(&args.raw());
    if errors.is_empty() {
        Ok(inputs)
    } else {
        Err(errors.iter().map(|error| error.describe(t)).collect())
    }
}

pub fn print(
    out: &mut impl Write,
    locale: Locale,
    format: Format,
    only: &[SnippetId],
    inputs: &Inputs,
) -> io::Result<()> {
    let t = Localizer::new(locale);
    let ids = if only.is_empty() { SnippetId::ALL } else { only };
    let generated: Vec<Snippet> = snippets::generate_all(ids, inputs, &t);
    match format {
        Format::Json => {
            let listing = SnippetListing {
                snippets: generated
                    .iter()
                    .map(|s| SnippetEntry {
                        id: s.id.as_str(),
                        title: &s.title,
                        language: s.language.as_str(),
                        body: &s.body,
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &listing)?;
            writeln!(out)
        }
        Format::Text => {
            for (index, snippet) in generated.iter().enumerate() {
                if index > 0 {
                    writeln!(out)?;
                }
                writeln!(out, "=== {} [{}, {}]", snippet.title, snippet.id, snippet.language.as_str())?;
                write!(out, "{}", snippet.body)?;
            }
            Ok(())
        }
    }
}
