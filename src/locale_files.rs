//! Per-locale texts: the strings (UI messages, node titles, summaries, answer labels) and the node bodies.
//! Compiled in by default; with the `lazy-locales` feature (the web build) each locale's two files arrive once,
//! content-hashed, so the first load carries only the locale on screen. Format and writer:
//! `crates/content/src/locale_files.rs`.

use std::sync::OnceLock;

use crate::content::NodeText;
use crate::generated::{BODY_FILES, LOCALE_FILES_VERSION, NODES, STRINGS_FILES, UI_MESSAGE_IDS};
use crate::i18n::Piece;
use crate::locale::Locale;

/// Which of a locale's two files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocalePart {
    /// UI messages and node titles, summaries and answer labels: needed before a page can be shown.
    Strings,
    /// Node bodies: shown when they arrive.
    Bodies,
}

impl LocalePart {
    /// The file-name prefix, also the id prefix of the elements that carry the files in the offline page.
    pub fn prefix(self) -> &'static str {
        match self {
            LocalePart::Strings => "strings",
            LocalePart::Bodies => "bodies",
        }
    }
}

/// Why a downloaded file was refused (a truncated download, a proxy's error page, a file of another build).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocaleFileError {
    /// The first line is not this build's header for the locale and counts.
    Header,
    /// The record with this label (a message id, `<node-id>`, `<node-id>.summary`, …) is missing, misnamed or
    /// cut short.
    Record(String),
    /// Bytes follow the last record.
    Trailing,
}

impl std::fmt::Display for LocaleFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LocaleFileError::Header => f.write_str("unexpected header"),
            LocaleFileError::Record(label) => write!(f, "bad record {label}"),
            LocaleFileError::Trailing => f.write_str("unexpected bytes after the last record"),
        }
    }
}

/// The file holding `locale`'s `part` (relative to the page).
pub fn file_name(part: LocalePart, locale: Locale) -> &'static str {
    match part {
        LocalePart::Strings => STRINGS_FILES[locale as usize],
        LocalePart::Bodies => BODY_FILES[locale as usize],
    }
}

/// A locale's strings, parsed (read through the installed tables only in the `lazy-locales` build).
#[cfg_attr(not(feature = "lazy-locales"), allow(dead_code))]
struct Strings {
    messages: Vec<&'static [Piece]>,
    texts: Vec<NodeText>,
}

/// Files installed at run time, per locale (only ever filled in the `lazy-locales` build).
static STRINGS: [OnceLock<Strings>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];
static BODIES: [OnceLock<Vec<&'static str>>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// Whether `locale`'s `part` can be shown now.
pub fn is_ready(part: LocalePart, locale: Locale) -> bool {
    cfg!(not(feature = "lazy-locales"))
        || match part {
            LocalePart::Strings => STRINGS[locale as usize].get().is_some(),
            LocalePart::Bodies => BODIES[locale as usize].get().is_some(),
        }
}

/// Checks a downloaded file and keeps it for the rest of the page's life (a locale's file is kept once;
/// installing again is a no-op).
pub fn install(part: LocalePart, locale: Locale, text: String) -> Result<(), LocaleFileError> {
    if is_installed(part, locale) {
        return Ok(());
    }
    // Leaked on purpose: at most one file per locale and part, kept until the page closes, so texts are `&'static`.
    let text: &'static str = Box::leak(text.into_boxed_str());
    match part {
        LocalePart::Strings => {
            let _ = STRINGS[locale as usize].set(parse_strings(locale, text)?);
        }
        LocalePart::Bodies => {
            let _ = BODIES[locale as usize].set(parse_bodies(locale, text)?);
        }
    }
    Ok(())
}

fn is_installed(part: LocalePart, locale: Locale) -> bool {
    match part {
        LocalePart::Strings => STRINGS[locale as usize].get().is_some(),
        LocalePart::Bodies => BODIES[locale as usize].get().is_some(),
    }
}

/// `locale`'s UI messages in `UI_MESSAGE_IDS` order (empty while they are not loaded).
pub(crate) fn ui_messages(locale: Locale) -> &'static [&'static [Piece]] {
    #[cfg(not(feature = "lazy-locales"))]
    {
        crate::generated::UI_MESSAGES[locale as usize]
    }
    #[cfg(feature = "lazy-locales")]
    {
        STRINGS[locale as usize].get().map_or(&[], |strings| strings.messages.as_slice())
    }
}

/// The texts of the node at `index` (tree order) in `locale`, if that locale's strings are ready.
pub(crate) fn node_text(locale: Locale, index: usize) -> Option<&'static NodeText> {
    #[cfg(not(feature = "lazy-locales"))]
    {
        Some(&crate::generated::TEXTS[locale as usize][index])
    }
    #[cfg(feature = "lazy-locales")]
    {
        STRINGS[locale as usize].get().map(|strings| &strings.texts[index])
    }
}

/// The body of the node at `index` (tree order) in `locale`, if that locale's bodies are ready.
pub(crate) fn body(locale: Locale, index: usize) -> Option<&'static str> {
    #[cfg(not(feature = "lazy-locales"))]
    {
        Some(crate::generated::BODIES[locale as usize][index])
    }
    #[cfg(feature = "lazy-locales")]
    {
        BODIES[locale as usize].get().map(|bodies| bodies[index])
    }
}

/// Reads the records of a file after checking its header.
struct Records<'t> {
    rest: &'t str,
}

impl<'t> Records<'t> {
    fn open(text: &'t str, header: &str) -> Result<Self, LocaleFileError> {
        let (first, rest) = text.split_once('\n').ok_or(LocaleFileError::Header)?;
        if first != header {
            return Err(LocaleFileError::Header);
        }
        Ok(Records { rest })
    }

    /// The payload of the next record, which must carry `label`.
    fn next(&mut self, label: &str) -> Result<&'t str, LocaleFileError> {
        let bad = || LocaleFileError::Record(label.to_string());
        let (line, after) = self.rest.split_once('\n').ok_or_else(bad)?;
        let (found, length) = line.rsplit_once(' ').ok_or_else(bad)?;
        if found != label {
            return Err(bad());
        }
        let length: usize = length.parse().map_err(|_| bad())?;
        let payload = after.get(..length).ok_or_else(bad)?;
        self.rest = after[length..].strip_prefix('\n').ok_or_else(bad)?;
        Ok(payload)
    }

    fn finish(self) -> Result<(), LocaleFileError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(LocaleFileError::Trailing)
        }
    }
}

/// Splits a bodies file for `locale` into bodies in tree order.
pub fn parse_bodies(locale: Locale, text: &str) -> Result<Vec<&str>, LocaleFileError> {
    let header = format!("acr-net-guide-bodies {LOCALE_FILES_VERSION} {locale} {}", NODES.len());
    let mut records = Records::open(text, &header)?;
    let bodies = NODES.iter().map(|node| records.next(node.id)).collect::<Result<Vec<_>, _>>()?;
    records.finish()?;
    Ok(bodies)
}

/// Splits a message template back into pieces (arguments are delimited by U+0001).
fn pieces(template: &'static str) -> &'static [Piece] {
    let pieces: Vec<Piece> = template
        .split('\u{1}')
        .enumerate()
        .filter(|(index, part)| index % 2 == 1 || !part.is_empty())
        .map(|(index, part)| if index % 2 == 1 { Piece::Variable(part) } else { Piece::Text(part) })
        .collect();
    Vec::leak(pieces)
}

/// Parses a strings file for `locale`. Only called on leaked text: the pieces point into it.
fn parse_strings(locale: Locale, text: &'static str) -> Result<Strings, LocaleFileError> {
    let header =
        format!("acr-net-guide-strings {LOCALE_FILES_VERSION} {locale} {} {}", UI_MESSAGE_IDS.len(), NODES.len());
    let mut records = Records::open(text, &header)?;
    let messages = UI_MESSAGE_IDS.iter().map(|id| records.next(id).map(pieces)).collect::<Result<Vec<_>, _>>()?;
    let mut texts = Vec::with_capacity(NODES.len());
    for node in NODES {
        let title = records.next(node.id)?;
        let summary = records.next(&format!("{}.summary", node.id))?;
        let answers = node
            .answers
            .iter()
            .map(|answer| records.next(&format!("{}.{}", node.id, answer.id)))
            .collect::<Result<Vec<_>, _>>()?;
        let still_failing = node
            .still_failing
            .iter()
            .map(|link| records.next(&format!("{}.still-failing-{}", node.id, link.id)))
            .collect::<Result<Vec<_>, _>>()?;
        texts.push(NodeText { title, summary, answers: Vec::leak(answers), still_failing: Vec::leak(still_failing) });
    }
    records.finish()?;
    Ok(Strings { messages, texts })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped_file(part: LocalePart, locale: Locale) -> String {
        let path = std::path::Path::new(env!("OUT_DIR")).join("locale-files").join(file_name(part, locale));
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    #[test]
    fn shipped_files_parse_to_the_compiled_texts() {
        for &locale in Locale::ALL {
            let text = shipped_file(LocalePart::Bodies, locale);
            let bodies = parse_bodies(locale, &text).expect("the build's own file parses");
            assert_eq!(bodies.len(), NODES.len());
            for (index, parsed) in bodies.iter().enumerate() {
                assert_eq!(Some(*parsed), body(locale, index), "{} ({locale})", NODES[index].id);
            }
            let text: &'static str = Box::leak(shipped_file(LocalePart::Strings, locale).into_boxed_str());
            let strings = parse_strings(locale, text).expect("the build's own file parses");
            let localizer = crate::i18n::Localizer::new(locale);
            for (id, parsed) in UI_MESSAGE_IDS.iter().zip(&strings.messages) {
                let compiled = ui_messages(locale)[UI_MESSAGE_IDS.binary_search(id).unwrap()];
                assert_eq!(format!("{parsed:?}"), format!("{compiled:?}"), "{id} ({locale})");
                assert!(!localizer.lookup(id, &[]).is_empty());
            }
            for (index, parsed) in strings.texts.iter().enumerate() {
                let compiled = node_text(locale, index).unwrap();
                assert_eq!(
                    (parsed.title, parsed.summary, parsed.answers, parsed.still_failing),
                    (compiled.title, compiled.summary, compiled.answers, compiled.still_failing)
                );
            }
        }
    }

    #[test]
    fn names_carry_the_part_the_locale_and_a_content_hash() {
        for part in [LocalePart::Strings, LocalePart::Bodies] {
            for &locale in Locale::ALL {
                let name = file_name(part, locale);
                let hash = name
                    .strip_prefix(&format!("{}-{locale}-", part.prefix()))
                    .and_then(|rest| rest.strip_suffix(".txt"));
                assert!(
                    hash.is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())),
                    "{name}"
                );
            }
            assert_ne!(file_name(part, Locale::En), file_name(part, Locale::Tr));
        }
    }

    #[test]
    fn damaged_files_are_refused_with_the_place_of_the_damage() {
        let text = shipped_file(LocalePart::Bodies, Locale::En);
        assert_eq!(parse_bodies(Locale::Tr, &text), Err(LocaleFileError::Header), "another locale's file");
        assert_eq!(parse_bodies(Locale::En, "<html>502 Bad Gateway</html>"), Err(LocaleFileError::Header));
        let cut = &text[..text.len() / 2];
        assert!(matches!(parse_bodies(Locale::En, cut), Err(LocaleFileError::Record(_))), "a truncated download");
        assert_eq!(parse_bodies(Locale::En, &format!("{text}more")), Err(LocaleFileError::Trailing));
        let renamed = text.replacen("\nstart ", "\nbegin ", 1);
        assert_eq!(parse_bodies(Locale::En, &renamed), Err(LocaleFileError::Record("start".into())));
        // A length that would split a multi-byte character is refused, not a panic.
        let tr = shipped_file(LocalePart::Bodies, Locale::Tr);
        let (header, rest) = tr.split_once('\n').unwrap();
        let (line, _) = rest.split_once('\n').unwrap();
        let length: usize = line.split(' ').nth(1).unwrap().parse().unwrap();
        let shifted = tr.replacen(&format!("{line}\n"), &format!("start {}\n", length + 1), 1);
        assert!(parse_bodies(Locale::Tr, &shifted).is_err(), "{header}");
        let strings: &'static str = Box::leak(shipped_file(LocalePart::Strings, Locale::Tr).into_boxed_str());
        assert!(matches!(parse_strings(Locale::En, strings), Err(LocaleFileError::Header)));
        // Cut on a character boundary: the file may end in Turkish text.
        let end = (0..strings.len() - 10).rev().find(|&at| strings.is_char_boundary(at)).unwrap_or(0);
        let cut: &'static str = &strings[..end];
        assert!(matches!(parse_strings(Locale::Tr, cut), Err(LocaleFileError::Record(_))));
    }

    #[test]
    fn templates_split_into_text_and_arguments() {
        let parsed = pieces("Fill in \u{1}names\u{1}.");
        assert_eq!(format!("{parsed:?}"), r#"[Text("Fill in "), Variable("names"), Text(".")]"#);
        assert_eq!(format!("{:?}", pieces("\u{1}a\u{1}\u{1}b\u{1}")), r#"[Variable("a"), Variable("b")]"#);
    }

    #[test]
    fn installing_keeps_the_texts_and_is_idempotent() {
        let text = shipped_file(LocalePart::Bodies, Locale::Tr);
        assert_eq!(install(LocalePart::Bodies, Locale::Tr, text.clone()), Ok(()));
        assert_eq!(install(LocalePart::Bodies, Locale::Tr, text), Ok(()));
        assert!(is_ready(LocalePart::Bodies, Locale::Tr));
        assert!(body(Locale::Tr, 0).is_some_and(|html| html.starts_with('<')));
        let strings = shipped_file(LocalePart::Strings, Locale::Tr);
        assert_eq!(install(LocalePart::Strings, Locale::Tr, strings), Ok(()));
        assert!(is_ready(LocalePart::Strings, Locale::Tr));
        assert_eq!(crate::i18n::Localizer::new(Locale::Tr).text(crate::i18n::msg::LOCALE_SWITCH_LABEL), "Dil");
    }
}
