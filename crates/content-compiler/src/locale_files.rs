//! The per-locale files of the web build: their format, content-hashed names, and writing them out.
//!
//! A locale costs the first load nothing until it is on screen, and a page needs only its own body:
//! - **strings** (`strings-<locale>-<hash>.txt`, one per locale): the UI messages (but the command line's) and the nodes' titles, answer
//!   labels and the summaries the start page shows; the app waits for it before it shows a page in that locale;
//! - **bodies** (`bodies-<locale>-<hash>-<node-id>.txt`, one per node and locale; the hash covers all of the
//!   locale's bodies and is compiled into the app, so the strings need not list the names): the node's
//!   pre-rendered body HTML, fetched when its page is shown. The single offline file carries all of a locale's
//!   bodies in one text of the same format ([`all_bodies`]);
//! - **search** (`search-<locale>-<hash>.txt`, one per locale): the locale's search index and every body's
//!   Markdown, fetched when the search page or a step's share panel first needs it; its layout is in
//!   `crate::search_index`.
//!
//! Strings and bodies are a header line `<magic> <version> <locale> <record count…>` followed by records `<label> <byte
//! length>`, a newline, exactly that many bytes and a newline. Labels let the reader refuse a file of another
//! build. Strings: one record per UI message in id order (label: the id; a `{ $name }` argument is written as
//! U+0001 name U+0001), then per node in tree order its title (label: the node id), its summary
//! (`<id>.summary`) when the start page shows it ([`start_page_shows_summary`]), answer labels
//! (`<id>.<answer-id>`) and "Still failing?" labels (`<id>.still-failing-<link-id>`). Bodies: records labelled
//! by node id, in tree order.
//!
//! Written by `build.rs` (into `OUT_DIR`, for the tests) and by the `export-locale-files` tool (the web build);
//! read by `src/locale_files.rs`.

use std::fmt::Write;

use crate::{Content, LocaleContent, MessagePiece};

/// First word of a strings file's header.
pub const STRINGS_MAGIC: &str = "acr-net-guide-strings";
/// First word of a bodies file's header.
pub const BODIES_MAGIC: &str = "acr-net-guide-bodies";
/// Format version of every kind (bump on any change to the layouts above).
pub const VERSION: u32 = 5;
/// Delimits an argument's name inside a message template.
pub const ARGUMENT_MARK: char = '\u{1}';

/// What a locale file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocaleFileKind {
    Strings,
    Bodies,
    Search,
}

impl LocaleFileKind {
    /// The file-name prefix and the id of the element that carries the file inline in the offline page.
    pub fn prefix(self) -> &'static str {
        match self {
            LocaleFileKind::Strings => "strings",
            LocaleFileKind::Bodies => "bodies",
            LocaleFileKind::Search => "search",
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
    /// `<kind>-<locale>-<16 hex digits of the content hash>.txt` (bodies: `…-<hash>-<node-id>.txt`, the hash of
    /// all the locale's bodies): a new text is a new name, so caches never serve a stale one.
    pub name: String,
    pub text: String,
}

/// Every locale file: the strings files in `Locale::ALL` order, then the body files per locale in tree order,
/// then the search files in `Locale::ALL` order.
pub fn locale_files(content: &Content) -> Vec<LocaleFile> {
    let strings = content.locales.iter().map(|locale| strings_file(content, locale));
    let bodies = content.locales.iter().flat_map(|locale| body_files(content, locale));
    let search = content.locales.iter().map(|locale| {
        let text = crate::search_index::search_text(content, locale);
        let name = file_name(LocaleFileKind::Search, locale, &text);
        LocaleFile { kind: LocaleFileKind::Search, locale: locale.locale.as_str(), node: None, name, text }
    });
    strings.chain(bodies).chain(search).collect()
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

/// One node's body file text.
fn body_text(locale: &LocaleContent, id: &str, html: &str) -> String {
    let mut text = format!("{BODIES_MAGIC} {VERSION} {} 1\n", locale.locale.as_str());
    record(&mut text, id, html);
    text
}

/// The hash in the names of `locale`'s body files: of all its bodies, so that any change renames them all.
pub fn bodies_hash(content: &Content, locale: &LocaleContent) -> String {
    format!("{:016x}", fnv1a(all_bodies(content, locale).as_bytes()))
}

/// Whether the strings carry `node`'s summary: the start page shows the summaries of the start node's answers'
/// targets; search reads every summary from the search file.
pub fn start_page_shows_summary(content: &Content, node: &str) -> bool {
    content.nodes.iter().filter(|n| n.id == acr_vocab::START).any(|start| start.answers.iter().any(|a| a.to == node))
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
        if start_page_shows_summary(content, &node.id) {
            record(&mut text, &format!("{}.summary", node.id), &node_text.summary);
        }
        for (answer, label) in node.answers.iter().zip(&node_text.answers) {
            record(&mut text, &format!("{}.{}", node.id, answer.id), label);
        }
        for (link, label) in node.still_failing.iter().zip(&node_text.still_failing) {
            record(&mut text, &format!("{}.still-failing-{}", node.id, link.id), label);
        }
    }
    let name = file_name(LocaleFileKind::Strings, locale, &text);
    LocaleFile { kind: LocaleFileKind::Strings, locale: locale.locale.as_str(), node: None, name, text }
}

fn body_files<'a>(content: &'a Content, locale: &'a LocaleContent) -> impl Iterator<Item = LocaleFile> + 'a {
    let hash = bodies_hash(content, locale);
    content.nodes.iter().zip(&locale.texts).map(move |(node, node_text)| {
        let text = body_text(locale, &node.id, &node_text.body_html);
        let name = format!("{}-{}-{hash}-{}.txt", LocaleFileKind::Bodies.prefix(), locale.locale.as_str(), node.id);
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
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
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
