//! The per-locale files of the web build: their format, content-hashed names, and writing them out.
//!
//! Each locale has two UTF-8 files, so that a locale costs the first load nothing until it is on screen:
//! - **strings** (`strings-<locale>-<hash>.txt`): the UI messages and the nodes' titles, summaries and answer
//!   labels; the app waits for it before it shows a page in that locale;
//! - **bodies** (`bodies-<locale>-<hash>.txt`): the nodes' pre-rendered body HTML, loaded after the first paint.
//!
//! Both are a header line `<magic> <version> <locale> <counts…>` followed by records `<label> <byte length>`,
//! a newline, exactly that many bytes and a newline. Labels let the reader refuse a file of another build.
//! Strings: one record per UI message in id order (label: the id; a `{ $name }` argument is written as
//! U+0001 name U+0001), then per node in tree order its title (label: the node id), summary (`<id>.summary`)
//! and answer labels (`<id>.<answer-id>`), then its "Still failing?" labels (`<id>.still-failing-<link-id>`). Bodies: one record per node in tree order (label: the node id).
//! Written by `build.rs` (into `OUT_DIR`, for the tests) and by the `export-locale-files` tool (the web build);
//! read by `src/locale_files.rs`.

use std::fmt::Write;

use crate::{Content, LocaleContent, Piece};

/// First word of a strings file's header.
pub const STRINGS_MAGIC: &str = "acr-net-guide-strings";
/// First word of a bodies file's header.
pub const BODIES_MAGIC: &str = "acr-net-guide-bodies";
/// Format version of both kinds (bump on any change to the layout above).
pub const VERSION: u32 = 3;
/// Delimits an argument's name inside a message template.
pub const ARGUMENT_MARK: char = '\u{1}';

/// What a locale file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocaleFileKind {
    Strings,
    Bodies,
}

impl LocaleFileKind {
    /// The file-name prefix and the id of the element that carries the file inline in the offline page.
    pub fn prefix(self) -> &'static str {
        match self {
            LocaleFileKind::Strings => "strings",
            LocaleFileKind::Bodies => "bodies",
        }
    }
}

/// One locale's file of one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFile {
    pub kind: LocaleFileKind,
    pub locale: &'static str,
    /// `<kind>-<locale>-<16 hex digits of the content hash>.txt`: a new text is a new name, so caches never
    /// serve a stale one.
    pub name: String,
    pub text: String,
}

/// Every locale file: the strings files, then the bodies files, each in `Locale::ALL` order.
pub fn locale_files(content: &Content) -> Vec<LocaleFile> {
    let strings = content.locales.iter().map(|locale| strings_file(content, locale));
    let bodies = content.locales.iter().map(|locale| bodies_file(content, locale));
    strings.chain(bodies).collect()
}

fn record(text: &mut String, label: &str, payload: &str) {
    let _ = writeln!(text, "{label} {}", payload.len());
    text.push_str(payload);
    text.push('\n');
}

fn finish(kind: LocaleFileKind, locale: &LocaleContent, text: String) -> LocaleFile {
    let code = locale.locale.as_str();
    let name = format!("{}-{code}-{:016x}.txt", kind.prefix(), fnv1a(text.as_bytes()));
    LocaleFile { kind, locale: code, name, text }
}

/// A compiled message as one template string (see the module docs).
pub fn template(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => {
                assert!(!text.contains(ARGUMENT_MARK), "a UI message contains U+0001");
                text.clone()
            }
            Piece::Variable(name) => format!("{ARGUMENT_MARK}{name}{ARGUMENT_MARK}"),
        })
        .collect()
}

fn strings_file(content: &Content, locale: &LocaleContent) -> LocaleFile {
    let code = locale.locale.as_str();
    let mut text = format!("{STRINGS_MAGIC} {VERSION} {code} {} {}\n", locale.ui.compiled.len(), content.nodes.len());
    for (id, pieces) in &locale.ui.compiled {
        record(&mut text, id, &template(pieces));
    }
    for (node, node_text) in content.nodes.iter().zip(&locale.texts) {
        record(&mut text, &node.id, &node_text.title);
        record(&mut text, &format!("{}.summary", node.id), &node_text.summary);
        for (answer, label) in node.answers.iter().zip(&node_text.answers) {
            record(&mut text, &format!("{}.{}", node.id, answer.id), label);
        }
        for (link, label) in node.still_failing.iter().zip(&node_text.still_failing) {
            record(&mut text, &format!("{}.still-failing-{}", node.id, link.id), label);
        }
    }
    finish(LocaleFileKind::Strings, locale, text)
}

fn bodies_file(content: &Content, locale: &LocaleContent) -> LocaleFile {
    let code = locale.locale.as_str();
    let mut text = format!("{BODIES_MAGIC} {VERSION} {code} {}\n", content.nodes.len());
    for (node, node_text) in content.nodes.iter().zip(&locale.texts) {
        record(&mut text, &node.id, &node_text.body_html);
    }
    finish(LocaleFileKind::Bodies, locale, text)
}

/// 64-bit FNV-1a: a stable content fingerprint for file names (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_matches_the_published_fnv1a_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_template_marks_its_arguments() {
        let pieces = [Piece::Text("Fill in ".into()), Piece::Variable("names".into()), Piece::Text(".".into())];
        assert_eq!(template(&pieces), "Fill in \u{1}names\u{1}.");
    }
}
