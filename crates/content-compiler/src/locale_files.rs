//! The per-locale files of the web build: their format, content-hashed names, and writing them out.
//!
//! A locale costs the first load nothing until it is on screen, and a page needs only its own body:
//! - **strings** (`strings-<locale>-<hash>.txt`, one per locale): the UI messages (but the command line's) and the nodes' titles,
//!   summaries, answer labels and body file names; the app waits for it before it shows a page in that locale;
//! - **bodies** (`bodies-<locale>-<hash>.txt`, one per node and locale): the node's pre-rendered body HTML,
//!   fetched when its page is shown. The single offline file carries all of a locale's bodies in one text of
//!   the same format ([`all_bodies`]).
//!
//! Both are a header line `<magic> <version> <locale> <record count…>` followed by records `<label> <byte
//! length>`, a newline, exactly that many bytes and a newline. Labels let the reader refuse a file of another
//! build. Strings: one record per UI message in id order (label: the id; a `{ $name }` argument is written as
//! U+0001 name U+0001), then per node in tree order its title (label: the node id), summary (`<id>.summary`),
//! answer labels (`<id>.<answer-id>`), "Still failing?" labels (`<id>.still-failing-<link-id>`) and body file
//! name (`<id>.body`). Bodies: records labelled by node id, in tree order.
//! Written by `build.rs` (into `OUT_DIR`, for the tests) and by the `export-locale-files` tool (the web build);
//! read by `src/locale_files.rs`.

use std::fmt::Write;

use crate::{Content, LocaleContent, MessagePiece};

/// First word of a strings file's header.
pub const STRINGS_MAGIC: &str = "acr-net-guide-strings";
/// First word of a bodies file's header.
pub const BODIES_MAGIC: &str = "acr-net-guide-bodies";
/// Format version of both kinds (bump on any change to the layout above).
pub const VERSION: u32 = 4;
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

/// One file of a locale: its strings, or one node's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleFile {
    pub kind: LocaleFileKind,
    pub locale: &'static str,
    /// The node whose body this is (bodies only).
    pub node: Option<String>,
    /// `<kind>-<locale>-<16 hex digits of the content hash>.txt`: a new text is a new name, so caches never
    /// serve a stale one.
    pub name: String,
    pub text: String,
}

/// Every locale file: the strings files in `Locale::ALL` order, then the body files per locale in tree order.
pub fn locale_files(content: &Content) -> Vec<LocaleFile> {
    let strings = content.locales.iter().map(|locale| strings_file(content, locale));
    let bodies = content.locales.iter().flat_map(|locale| body_files(content, locale));
    strings.chain(bodies).collect()
}

/// All of a locale's bodies in one text of the bodies format (for the single offline file).
pub fn all_bodies(content: &Content, locale: &LocaleContent) -> String {
    let mut text = format!("{BODIES_MAGIC} {VERSION} {} {}\n", locale.locale.as_str(), content.nodes.len());
    for (node, node_text) in content.nodes.iter().zip(&locale.texts) {
        record(&mut text, &node.id, &node_text.body_html);
    }
    text
}

fn record(text: &mut String, label: &str, payload: &str) {
    let _ = writeln!(text, "{label} {}", payload.len());
    text.push_str(payload);
    text.push('\n');
}

fn file_name(kind: LocaleFileKind, locale: &LocaleContent, text: &str) -> String {
    format!("{}-{}-{:016x}.txt", kind.prefix(), locale.locale.as_str(), fnv1a(text.as_bytes()))
}

/// One node's body file: its text and its content-hashed name.
fn body_file(locale: &LocaleContent, id: &str, html: &str) -> (String, String) {
    let mut text = format!("{BODIES_MAGIC} {VERSION} {} 1\n", locale.locale.as_str());
    record(&mut text, id, html);
    (file_name(LocaleFileKind::Bodies, locale, &text), text)
}

/// A compiled message as one template string (see the module docs).
pub fn template(pieces: &[MessagePiece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            MessagePiece::Text(text) => {
                assert!(!text.contains(ARGUMENT_MARK), "a UI message contains U+0001");
                text.clone()
            }
            MessagePiece::Variable(name) => format!("{ARGUMENT_MARK}{name}{ARGUMENT_MARK}"),
        })
        .collect()
}

fn strings_file(content: &Content, locale: &LocaleContent) -> LocaleFile {
    let code = locale.locale.as_str();
    let messages: Vec<(&String, &Vec<MessagePiece>)> =
        locale.ui.compiled.iter().filter(|(id, _)| !locale.ui.native_only.contains(*id)).collect();
    let mut text = format!("{STRINGS_MAGIC} {VERSION} {code} {} {}\n", messages.len(), content.nodes.len());
    for (id, pieces) in messages {
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
        record(&mut text, &format!("{}.body", node.id), &body_file(locale, &node.id, &node_text.body_html).0);
    }
    let name = file_name(LocaleFileKind::Strings, locale, &text);
    LocaleFile { kind: LocaleFileKind::Strings, locale: locale.locale.as_str(), node: None, name, text }
}

fn body_files<'a>(content: &'a Content, locale: &'a LocaleContent) -> impl Iterator<Item = LocaleFile> + 'a {
    content.nodes.iter().zip(&locale.texts).map(|(node, node_text)| {
        let (name, text) = body_file(locale, &node.id, &node_text.body_html);
        LocaleFile {
            kind: LocaleFileKind::Bodies,
            locale: locale.locale.as_str(),
            node: Some(node.id.clone()),
            name,
            text,
        }
    })
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
        let pieces = [
            MessagePiece::Text("Fill in ".into()),
            MessagePiece::Variable("names".into()),
            MessagePiece::Text(".".into()),
        ];
        assert_eq!(template(&pieces), "Fill in \u{1}names\u{1}.");
    }
}
