//! Fluent `.ftl` files: UI strings (`ui*.ftl`, compiled at build time into text and `{ $variable }` pieces, so
//! no Fluent parser ships; `cli*.ftl` the same, for the command line only) and node strings (`nodes*.ftl`:
//! titles, summaries and answer labels, plain text).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Message, Pattern, PatternElement};
use fluent_syntax::parser;

use crate::diagnostic::{line_of, Diagnostic};

/// Prefix of node messages in `nodes*.ftl`: `node-<id>`.
pub const NODE_MESSAGE_PREFIX: &str = "node-";
/// Prefix of answer-label attributes: `.answer-<answer-id>`.
pub const ANSWER_ATTRIBUTE_PREFIX: &str = "answer-";
/// Prefix of the labels of a fix's "Still failing?" links: `.still-failing-<id>`.
pub const STILL_FAILING_ATTRIBUTE_PREFIX: &str = "still-failing-";

/// The UI strings of one locale.
#[derive(Debug, Clone)]
pub struct LocaleStrings {
    pub code: String,
    /// All UI `.ftl` files of the locale joined in file-name order (one Fluent resource).
    pub ftl: String,
    /// Message id → (file, line) of its definition.
    pub messages: BTreeMap<String, (PathBuf, usize)>,
    /// Message id → its value as pieces (messages without a value are left out).
    pub compiled: BTreeMap<String, Vec<MessagePiece>>,
    /// Ids of the messages only the command line shows (defined in `cli*.ftl`): compiled into the native build,
    /// left out of the web build's strings files so the page never downloads them.
    pub native_only: BTreeSet<String>,
}

/// A piece of a compiled UI message: literal text, or a named argument supplied by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessagePiece {
    Text(String),
    Variable(String),
}

/// Title, summary and answer labels of one node in one locale.
#[derive(Debug, Clone)]
pub struct NodeStrings {
    pub title: String,
    pub summary: Option<String>,
    /// Answer id → label.
    pub answers: BTreeMap<String, String>,
    /// Still-failing link id → label.
    pub still_failing: BTreeMap<String, String>,
    pub file: PathBuf,
    pub line: usize,
}

/// Both kinds of strings of one locale folder.
#[derive(Debug, Clone)]
pub struct LocaleFluent {
    pub ui: LocaleStrings,
    /// Node id → strings.
    pub nodes: BTreeMap<String, NodeStrings>,
}

/// Prefix of the files whose messages only the command line uses.
pub const NATIVE_ONLY_FILE_PREFIX: &str = "cli";

/// Reads every `*.ftl` file in `dir` (sorted by name): `nodes*.ftl` hold node strings, the rest UI strings
/// (`cli*.ftl`: the command line's only).
pub fn load_locale(code: &str, dir: &Path) -> Result<LocaleFluent, Vec<Diagnostic>> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|rd| rd.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    let mut problems = Vec::new();
    let mut ui = LocaleStrings {
        code: code.to_string(),
        ftl: String::new(),
        messages: BTreeMap::new(),
        compiled: BTreeMap::new(),
        native_only: BTreeSet::new(),
    };
    let mut nodes = BTreeMap::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(Diagnostic::new(&file, 0, format!("cannot read: {err}")));
                continue;
            }
        };
        let is_node_file = file.file_name().is_some_and(|name| name.to_string_lossy().starts_with("nodes"));
        if is_node_file {
            read_node_file(&file, &text, &mut nodes, &mut problems);
        } else {
            let known: BTreeSet<String> = ui.messages.keys().cloned().collect();
            read_ui_file(&file, &text, &mut ui, &mut problems);
            if file.file_name().is_some_and(|name| name.to_string_lossy().starts_with(NATIVE_ONLY_FILE_PREFIX)) {
                ui.native_only.extend(ui.messages.keys().filter(|id| !known.contains(*id)).cloned());
            }
            ui.ftl.push_str(&text);
            if !ui.ftl.ends_with('\n') {
                ui.ftl.push('\n');
            }
        }
    }
    if ui.messages.is_empty() && problems.is_empty() {
        problems.push(Diagnostic::new(
            dir,
            0,
            "no UI strings (.ftl file not starting with \"nodes\") in this locale folder",
        ));
    }
    if problems.is_empty() {
        Ok(LocaleFluent { ui, nodes })
    } else {
        Err(problems)
    }
}

fn parse_file<'t>(file: &Path, text: &'t str, problems: &mut Vec<Diagnostic>) -> Option<Vec<Entry<&'t str>>> {
    match parser::parse(text) {
        Ok(resource) => Some(resource.body),
        Err((_, errors)) => {
            for error in errors {
                problems.push(Diagnostic::new(
                    file,
                    line_of(text, error.pos.start),
                    format!("Fluent syntax error: {}", error.kind),
                ));
            }
            None
        }
    }
}

/// The UI messages one `.ftl` text defines, compiled as [`load_locale`] compiles each UI file, and the problems
/// found: what a content author's text becomes (the property tests feed it arbitrary text).
pub fn compile_ui_text(file: &Path, text: &str) -> (BTreeMap<String, Vec<MessagePiece>>, Vec<Diagnostic>) {
    let mut ui = LocaleStrings {
        code: String::new(),
        ftl: String::new(),
        messages: BTreeMap::new(),
        compiled: BTreeMap::new(),
        native_only: BTreeSet::new(),
    };
    let mut problems = Vec::new();
    read_ui_file(file, text, &mut ui, &mut problems);
    (ui.compiled, problems)
}

fn read_ui_file(file: &Path, text: &str, ui: &mut LocaleStrings, problems: &mut Vec<Diagnostic>) {
    let Some(entries) = parse_file(file, text, problems) else { return };
    for entry in entries {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name.to_string();
        let line = definition_line(text, &id);
        if let Some((first_file, first_line)) = ui.messages.get(&id) {
            problems.push(Diagnostic::new(
                file,
                line,
                format!("message \"{id}\" is defined twice (first at {}:{first_line})", first_file.display()),
            ));
            continue;
        }
        if let Some(value) = &message.value {
            match verbatim_text_problem(value).map_or_else(|| compile(value), Err) {
                Ok(pieces) => {
                    ui.compiled.insert(id.clone(), pieces);
                }
                Err(problem) => problems.push(Diagnostic::new(file, line, format!("message \"{id}\": {problem}"))),
            }
        }
        ui.messages.insert(id, (file.to_path_buf(), line));
    }
}

fn read_node_file(file: &Path, text: &str, nodes: &mut BTreeMap<String, NodeStrings>, problems: &mut Vec<Diagnostic>) {
    let Some(entries) = parse_file(file, text, problems) else { return };
    for entry in entries {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let line = definition_line(text, id);
        let Some(node_id) = id.strip_prefix(NODE_MESSAGE_PREFIX) else {
            problems.push(Diagnostic::new(
                file,
                line,
                format!("message \"{id}\" in a nodes file must be named \"node-<node-id>\""),
            ));
            continue;
        };
        if let Some(first) = nodes.get(node_id) {
            problems.push(Diagnostic::new(
                file,
                line,
                format!(
                    "strings for node \"{node_id}\" are defined twice (first at {}:{})",
                    first.file.display(),
                    first.line
                ),
            ));
            continue;
        }
        if let Some(strings) = node_strings(file, line, &message, problems) {
            nodes.insert(node_id.to_string(), strings);
        }
    }
}

fn node_strings(
    file: &Path,
    line: usize,
    message: &Message<&str>,
    problems: &mut Vec<Diagnostic>,
) -> Option<NodeStrings> {
    let id = message.id.name;
    let plain = |what: &str, pattern: &Pattern<&str>| match plain_text(pattern) {
        Some(text) if !text.trim().is_empty() => Ok(text.trim().to_string()),
        Some(_) => Err(Diagnostic::new(file, line, format!("\"{id}\": {what} is empty"))),
        None => Err(Diagnostic::new(file, line, format!("\"{id}\": {what} must be plain text (no placeables)"))),
    };
    let Some(value) = &message.value else {
        problems.push(Diagnostic::new(file, line, format!("\"{id}\" has no title (value)")));
        return None;
    };
    let mut strings = NodeStrings {
        title: String::new(),
        summary: None,
        answers: BTreeMap::new(),
        still_failing: BTreeMap::new(),
        file: file.to_path_buf(),
        line,
    };
    match plain("the title", value) {
        Ok(title) => strings.title = title,
        Err(problem) => problems.push(problem),
    }
    for attribute in &message.attributes {
        let name = attribute.id.name;
        let text = match plain(&format!("attribute .{name}"), &attribute.value) {
            Ok(text) => text,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        if name == "summary" {
            strings.summary = Some(text);
        } else if let Some(answer) = name.strip_prefix(ANSWER_ATTRIBUTE_PREFIX) {
            strings.answers.insert(answer.to_string(), text);
        } else if let Some(link) = name.strip_prefix(STILL_FAILING_ATTRIBUTE_PREFIX) {
            strings.still_failing.insert(link.to_string(), text);
        } else {
            problems.push(Diagnostic::new(
                file,
                line,
                format!(
                    "\"{id}\": unknown attribute .{name} (allowed: .summary, .answer-<answer-id>, \
                     .still-failing-<id>)"
                ),
            ));
        }
    }
    Some(strings)
}

/// The text of a pattern made only of text elements; `None` if it has placeables.
fn plain_text(pattern: &Pattern<&str>) -> Option<String> {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// A UI message's value as pieces. Only text and `{ $variable }` are supported: the app formats compiled
/// pieces (no Fluent runtime ships), so selectors, functions, terms and message references are refused here.
fn compile(pattern: &Pattern<&str>) -> Result<Vec<MessagePiece>, String> {
    let mut pieces: Vec<MessagePiece> = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => match pieces.last_mut() {
                Some(MessagePiece::Text(text)) => text.push_str(value),
                _ => pieces.push(MessagePiece::Text((*value).to_string())),
            },
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                pieces.push(MessagePiece::Variable(id.name.to_string()));
            }
            PatternElement::Placeable { .. } => {
                return Err("only text and { $variable } placeables are supported (no selectors, functions, \
                            terms or message references)"
                    .into());
            }
        }
    }
    Ok(pieces)
}

/// Line of `id = …` at the start of a line.
fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| line.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(0, |index| index + 1)
}

/// Commands and error strings must live in the language-neutral structure, not in Fluent placeables.
fn verbatim_text_problem(pattern: &Pattern<&str>) -> Option<String> {
    pattern.elements.iter().find_map(|element| match element {
        PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
            Some(format!("string literal placeable {{\"{value}\"}}: keep verbatim text out of .ftl files"))
        }
        _ => None,
    })
}

/// Every locale must define exactly the UI messages of the first (English) locale: no fallback ships.
pub fn check_same_keys(locales: &[LocaleStrings]) -> Vec<Diagnostic> {
    let Some((reference, others)) = locales.split_first() else { return Vec::new() };
    let mut problems = Vec::new();
    for other in others {
        for (id, (file, line)) in &reference.messages {
            if !other.messages.contains_key(id) {
                problems.push(Diagnostic::new(
                    file,
                    *line,
                    format!("message \"{id}\" has no translation in locale \"{}\"", other.code),
                ));
            }
        }
        for (id, (file, line)) in &other.messages {
            if !reference.messages.contains_key(id) {
                problems.push(Diagnostic::new(
                    file,
                    *line,
                    format!("message \"{id}\" exists only in locale \"{}\", not in \"{}\"", other.code, reference.code),
                ));
            }
        }
    }
    problems
}

/// A message is the command line's only (`cli*.ftl`) in every locale or in none: otherwise the web build would
/// miss it in one language.
pub fn check_same_native_only(locales: &[LocaleStrings]) -> Vec<Diagnostic> {
    let Some((reference, others)) = locales.split_first() else { return Vec::new() };
    let mut problems = Vec::new();
    for other in others {
        for id in reference.native_only.symmetric_difference(&other.native_only) {
            let (file, line) =
                &other.messages.get(id).or_else(|| reference.messages.get(id)).cloned().unwrap_or_default();
            problems.push(Diagnostic::new(
                file,
                *line,
                format!(
                    "message \"{id}\" must be in a {NATIVE_ONLY_FILE_PREFIX}*.ftl file in every locale or in none \
                     (\"{}\" and \"{}\" differ)",
                    reference.code, other.code
                ),
            ));
        }
    }
    problems
}
