//! Fluent `.ftl` files: parse every file of a locale and check that all locales define the same messages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::diagnostic::{line_of, Diagnostic};

/// The UI strings of one locale: the concatenated `.ftl` sources and where each message is defined.
#[derive(Debug, Clone)]
pub struct LocaleStrings {
    pub code: String,
    /// All `.ftl` files of the locale joined in file-name order (one Fluent resource).
    pub ftl: String,
    /// Message id → (file, line) of its definition.
    pub messages: BTreeMap<String, (PathBuf, usize)>,
}

/// Reads every `*.ftl` file in `dir` (sorted by name), parses it and indexes its message ids.
pub fn load_locale(code: &str, dir: &Path) -> Result<LocaleStrings, Vec<Diagnostic>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    if files.is_empty() {
        return Err(vec![Diagnostic::new(
            dir,
            0,
            "no .ftl file in this locale folder",
        )]);
    }
    let mut problems = Vec::new();
    let mut ftl = String::new();
    let mut messages = BTreeMap::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(Diagnostic::new(&file, 0, format!("cannot read: {err}")));
                continue;
            }
        };
        check_file(&file, &text, &mut messages, &mut problems);
        ftl.push_str(&text);
        if !ftl.ends_with('\n') {
            ftl.push('\n');
        }
    }
    if problems.is_empty() {
        Ok(LocaleStrings {
            code: code.to_string(),
            ftl,
            messages,
        })
    } else {
        Err(problems)
    }
}

fn check_file(
    file: &Path,
    text: &str,
    messages: &mut BTreeMap<String, (PathBuf, usize)>,
    problems: &mut Vec<Diagnostic>,
) {
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            for error in errors {
                problems.push(Diagnostic::new(
                    file,
                    line_of(text, error.pos.start),
                    format!("Fluent syntax error: {}", error.kind),
                ));
            }
            return;
        }
    };
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let line = definition_line(text, &id);
        if let Some((first_file, first_line)) = messages.get(&id) {
            problems.push(Diagnostic::new(
                file,
                line,
                format!(
                    "message \"{id}\" is defined twice (first at {}:{first_line})",
                    first_file.display()
                ),
            ));
            continue;
        }
        if let Some(value) = &message.value {
            if let Some(problem) = verbatim_text_problem(value) {
                problems.push(Diagnostic::new(
                    file,
                    line,
                    format!("message \"{id}\": {problem}"),
                ));
            }
        }
        messages.insert(id, (file.to_path_buf(), line));
    }
}

/// Line of `id = …` at the start of a line.
fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |index| index + 1)
}

/// Commands and error strings must live in the language-neutral structure, not in Fluent placeables.
fn verbatim_text_problem(pattern: &Pattern<&str>) -> Option<String> {
    pattern.elements.iter().find_map(|element| match element {
        PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral { value }),
        } => Some(format!(
            "string literal placeable {{\"{value}\"}}: keep verbatim text out of .ftl files"
        )),
        _ => None,
    })
}

/// Every locale must define exactly the messages of the first (English) locale: no fallback ships.
pub fn check_same_keys(locales: &[LocaleStrings]) -> Vec<Diagnostic> {
    let Some((reference, others)) = locales.split_first() else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for other in others {
        for (id, (file, line)) in &reference.messages {
            if !other.messages.contains_key(id) {
                problems.push(Diagnostic::new(
                    file,
                    *line,
                    format!(
                        "message \"{id}\" has no translation in locale \"{}\"",
                        other.code
                    ),
                ));
            }
        }
        for (id, (file, line)) in &other.messages {
            if !reference.messages.contains_key(id) {
                problems.push(Diagnostic::new(
                    file,
                    *line,
                    format!(
                        "message \"{id}\" exists only in locale \"{}\", not in \"{}\"",
                        other.code, reference.code
                    ),
                ));
            }
        }
    }
    problems
}
