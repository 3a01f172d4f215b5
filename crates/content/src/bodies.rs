//! The per-locale body files the web build loads lazily: format, content-hashed names, and writing them out.
//!
//! A file is UTF-8 text: a header line `acr-net-guide-bodies 1 <locale> <count>`, then for every node in
//! tree order a line `<id> <byte length>` followed by exactly that many bytes of pre-rendered body HTML and a
//! newline. Written by `build.rs` (into `OUT_DIR`, for the tests) and by the `export-bodies` tool (the web build).

use std::fmt::Write;

use crate::{Content, LocaleContent};

/// First word of the header line; the parser in the app checks it together with the version.
pub const MAGIC: &str = "acr-net-guide-bodies";
/// Format version (bump on any change to the layout above).
pub const VERSION: u32 = 2;

/// One locale's body file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyFile {
    pub locale: &'static str,
    /// `bodies-<locale>-<16 hex digits of the content hash>.txt`: a new text is a new name, so caches never serve a stale one.
    pub name: String,
    pub text: String,
}

/// The body files of every shipped locale, in `Locale::ALL` order.
pub fn body_files(content: &Content) -> Vec<BodyFile> {
    content.locales.iter().map(|locale| body_file(content, locale)).collect()
}

fn body_file(content: &Content, locale: &LocaleContent) -> BodyFile {
    let code = locale.locale.as_str();
    let mut text = format!("{MAGIC} {VERSION} {code} {}\n", content.nodes.len());
    for (node, node_text) in content.nodes.iter().zip(&locale.texts) {
        let _ = writeln!(text, "{} {}", node.id, node_text.body_html.len());
        text.push_str(&node_text.body_html);
        text.push('\n');
    }
    BodyFile { locale: code, name: format!("bodies-{code}-{:016x}.txt", fnv1a(text.as_bytes())), text }
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
}
