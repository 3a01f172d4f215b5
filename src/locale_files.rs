//! Per-locale texts: the strings (UI messages, node titles, summaries, answer labels), the node bodies and the
//! search index. Compiled in by default; with the `lazy-locales` feature (the web build) a locale's strings arrive
//! once, each node's body when its page is shown and the search index when it is first needed, content-hashed, so
//! the first load carries one locale and one body.
//! Format and writer: `crates/content-compiler/src/locale_files.rs`.

use std::rc::Rc;
use std::sync::OnceLock;

use crate::generated::{
    BODY_FILES_HASHES, LOCALE_FILES_VERSION, NODES, SEARCH_FILES, STRINGS_FILES, STRINGS_FILE_MESSAGE_IDS,
};
use crate::i18n::Piece;
use crate::locale::Locale;
use crate::search::SearchIndex;
use crate::tree::NodeText;

/// Which of a locale's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LocalePart {
    /// UI messages and node titles, summaries and answer labels: needed before a page can be shown.
    Strings,
    /// The body of the node at this index (tree order): shown when it arrives.
    Body(usize),
    /// The search index (with every body's Markdown, for reports): fetched when first needed.
    Search,
}

impl LocalePart {
    /// The file-name prefix, also the id prefix of the elements that carry a locale's strings and all its
    /// bodies in the offline page.
    pub fn prefix(self) -> &'static str {
        match self {
            LocalePart::Strings => "strings",
            LocalePart::Body(_) => "bodies",
            LocalePart::Search => "search",
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

/// The file holding `locale`'s `part` (relative to the page). Body names carry one hash per locale, compiled in,
/// so the strings need not list them.
pub fn file_name(part: LocalePart, locale: Locale) -> String {
    let locale_index = locale as usize;
    match part {
        LocalePart::Strings => STRINGS_FILES[locale_index].to_string(),
        LocalePart::Body(index) => {
            format!("bodies-{locale}-{}-{}.txt", BODY_FILES_HASHES[locale_index], NODES[index].id)
        }
        LocalePart::Search => SEARCH_FILES[locale_index].to_string(),
    }
}

/// Whether the strings carry the summary of the node at `index`: the start page shows those of the start node's
/// answers' targets; the others come with the search index.
pub(crate) fn strings_carry_summary(index: usize) -> bool {
    NODES
        .iter()
        .filter(|node| node.id == acr_vocab::START)
        .any(|start| start.answers.iter().any(|a| usize::from(a.to) == index))
}

/// A locale's strings, parsed (read through the installed tables only in the `lazy-locales` build).
#[cfg_attr(not(feature = "lazy-locales"), allow(dead_code))]
struct Strings {
    messages: Vec<&'static [Piece]>,
    texts: Vec<NodeText>,
}

/// Strings installed at run time, per locale (only ever filled in the `lazy-locales` build). A global because
/// every message lookup reads it; bodies, which only the node page reads, are a value: [`LoadedBodies`].
static STRINGS: [OnceLock<Strings>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// Whether `locale`'s strings can be shown now.
pub fn strings_ready(locale: Locale) -> bool {
    cfg!(not(feature = "lazy-locales")) || STRINGS[locale as usize].get().is_some()
}

/// Checks a downloaded strings file and keeps what it holds for the rest of the page's life. Installing again
/// is a no-op.
pub fn install_strings(locale: Locale, text: String) -> Result<(), LocaleFileError> {
    if STRINGS[locale as usize].get().is_some() {
        return Ok(());
    }
    // Leaked on purpose: each file is kept once until the page closes, so texts are `&'static`.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let _ = STRINGS[locale as usize].set(parse_strings(locale, text)?);
    Ok(())
}

/// The node bodies a page can show: natively every body (compiled in); in the `lazy-locales` build those added
/// so far. The UI holds one in its state, so a page re-renders when a body arrives.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadedBodies {
    /// (locale, node index, body); a few dozen at most, so a list (a map costs wasm size for nothing).
    loaded: Vec<(Locale, usize, Rc<str>)>,
}

/// A checked body file: the bodies it holds, by node index (one node's, or all of a locale's from the offline
/// page).
#[derive(Clone, Debug, PartialEq)]
pub struct BodyFile {
    locale: Locale,
    bodies: Vec<(usize, Rc<str>)>,
}

impl BodyFile {
    /// Parses a downloaded bodies file of `locale`, which must hold the body of the node at `wanted`.
    pub fn parse(locale: Locale, wanted: usize, text: &str) -> Result<Self, LocaleFileError> {
        let bodies = parse_bodies(locale, text)?;
        if !bodies.iter().any(|(index, _)| *index == wanted) {
            return Err(LocaleFileError::Record(NODES[wanted].id.to_string()));
        }
        Ok(BodyFile { locale, bodies: bodies.into_iter().map(|(index, body)| (index, Rc::from(body))).collect() })
    }
}

impl LoadedBodies {
    /// The pre-rendered body of the node at `index` (tree order) in `locale`, if it is there.
    pub fn get(&self, locale: Locale, index: usize) -> Option<&str> {
        #[cfg(not(feature = "lazy-locales"))]
        {
            let _ = &self.loaded;
            Some(crate::generated::BODIES[locale as usize][index])
        }
        #[cfg(feature = "lazy-locales")]
        {
            self.loaded.iter().find(|(l, i, _)| (*l, *i) == (locale, index)).map(|(_, _, body)| &**body)
        }
    }

    /// Keeps the bodies of `file` (a body already there stays as it is).
    pub fn add(&mut self, file: BodyFile) {
        for (index, body) in file.bodies {
            if !self.loaded.iter().any(|(l, i, _)| (*l, *i) == (file.locale, index)) {
                self.loaded.push((file.locale, index, body));
            }
        }
    }
}

/// `locale`'s search index, compiled in (the web build fetches it instead: see [`SearchIndexes`]).
#[cfg(not(feature = "lazy-locales"))]
pub fn search_index(locale: Locale) -> &'static SearchIndex {
    static PARSED: [OnceLock<SearchIndex>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];
    PARSED[locale as usize].get_or_init(|| {
        let text = crate::generated::SEARCH_TEXTS[locale as usize];
        SearchIndex::parse(locale, text).expect("the build's own search file parses (tested)")
    })
}

/// Checks a downloaded search file. Its text is kept for the rest of the page's life (the index points into it).
pub fn parse_search(locale: Locale, text: String) -> Result<SearchIndex, LocaleFileError> {
    // Leaked on purpose, like the strings: the shell keeps the index, one per locale, until the page closes.
    SearchIndex::parse(locale, Box::leak(text.into_boxed_str()))
}

/// The search indexes a page can use: natively every locale's (compiled in); in the `lazy-locales` build those
/// loaded so far. The UI holds one in its state, like [`LoadedBodies`].
#[derive(Clone, Debug, Default)]
pub struct SearchIndexes {
    loaded: Vec<Rc<SearchIndex>>,
}

impl PartialEq for SearchIndexes {
    /// The same indexes (an index never changes once parsed).
    fn eq(&self, other: &Self) -> bool {
        self.loaded.len() == other.loaded.len() && self.loaded.iter().zip(&other.loaded).all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl SearchIndexes {
    /// `locale`'s index, if it is there.
    pub fn get(&self, locale: Locale) -> Option<&SearchIndex> {
        #[cfg(not(feature = "lazy-locales"))]
        {
            let _ = &self.loaded;
            Some(search_index(locale))
        }
        #[cfg(feature = "lazy-locales")]
        {
            self.loaded.iter().find(|index| index.locale() == locale).map(|index| &**index)
        }
    }

    /// Keeps `index` (one already there for its locale stays).
    pub fn add(&mut self, index: SearchIndex) {
        if !self.loaded.iter().any(|loaded| loaded.locale() == index.locale()) {
            self.loaded.push(Rc::new(index));
        }
    }
}

/// `locale`'s UI messages in `UI_MESSAGE_IDS` order (empty while they are not loaded; in the `lazy-locales` build
/// `UI_MESSAGE_IDS` is `STRINGS_FILE_MESSAGE_IDS`, the order of the strings file).
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

/// Reads the records of a file after checking its header.
pub(crate) struct Records<'t> {
    rest: &'t str,
}

impl<'t> Records<'t> {
    pub(crate) fn open(text: &'t str, header: &str) -> Result<Self, LocaleFileError> {
        let (first, rest) = text.split_once('\n').ok_or(LocaleFileError::Header)?;
        if first != header {
            return Err(LocaleFileError::Header);
        }
        Ok(Records { rest })
    }

    /// The payload of the next record, which must carry `label`.
    pub(crate) fn next(&mut self, label: &str) -> Result<&'t str, LocaleFileError> {
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

    /// The next record, labelled with the id of a node at index `from` or later; returns that index and the payload.
    fn next_node(&mut self, from: usize) -> Result<(usize, &'t str), LocaleFileError> {
        let label = self.rest.split_once(' ').map_or(self.rest, |(label, _)| label);
        let bad = || LocaleFileError::Record(label.to_string());
        let index = NODES.iter().skip(from).position(|node| node.id == label).ok_or_else(bad)? + from;
        Ok((index, self.next(NODES[index].id)?))
    }

    pub(crate) fn finish(self) -> Result<(), LocaleFileError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(LocaleFileError::Trailing)
        }
    }
}

/// Splits a bodies file for `locale` (one node's, or all of them) into (node index, body) pairs. Records are in
/// tree order, each labelled with its node's id.
pub fn parse_bodies(locale: Locale, text: &str) -> Result<Vec<(usize, &str)>, LocaleFileError> {
    let (first, _) = text.split_once('\n').ok_or(LocaleFileError::Header)?;
    let count = first
        .strip_prefix(&format!("acr-net-guide-bodies {LOCALE_FILES_VERSION} {locale} "))
        .and_then(|count| count.parse::<usize>().ok())
        .filter(|count| (1..=NODES.len()).contains(count))
        .ok_or(LocaleFileError::Header)?;
    let mut records = Records::open(text, first)?;
    let mut bodies = Vec::with_capacity(count);
    let mut from = 0;
    for _ in 0..count {
        let (index, body) = records.next_node(from)?;
        bodies.push((index, body));
        from = index + 1;
    }
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
    let header = format!(
        "acr-net-guide-strings {LOCALE_FILES_VERSION} {locale} {} {}",
        STRINGS_FILE_MESSAGE_IDS.len(),
        NODES.len()
    );
    let mut records = Records::open(text, &header)?;
    let messages =
        STRINGS_FILE_MESSAGE_IDS.iter().map(|id| records.next(id).map(pieces)).collect::<Result<Vec<_>, _>>()?;
    let mut texts = Vec::with_capacity(NODES.len());
    for (index, node) in NODES.iter().enumerate() {
        let title = records.next(node.id)?;
        let summary = if strings_carry_summary(index) { records.next(&format!("{}.summary", node.id))? } else { "" };
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

    fn shipped(name: &str) -> String {
        let path = std::path::Path::new(env!("OUT_DIR")).join("locale-files").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    fn strings_of(locale: Locale) -> Strings {
        parse_strings(locale, Box::leak(shipped(STRINGS_FILES[locale as usize]).into_boxed_str()))
            .expect("the build's own strings file parses")
    }

    /// The shipped body file of the node at `index`.
    fn body_file(locale: Locale, index: usize) -> String {
        shipped(&file_name(LocalePart::Body(index), locale))
    }

    #[test]
    #[cfg(not(feature = "lazy-locales"))]
    fn shipped_files_parse_to_the_compiled_texts() {
        for &locale in Locale::ALL {
            for (index, node) in NODES.iter().enumerate() {
                let text = body_file(locale, index);
                let parsed = parse_bodies(locale, &text).expect("the build's own file parses");
                let compiled = LoadedBodies::default();
                assert_eq!(parsed, [(index, compiled.get(locale, index).unwrap())], "{} ({locale})", node.id);
            }
            let strings = strings_of(locale);
            let localizer = crate::i18n::Localizer::new(locale);
            assert_eq!(strings.messages.len(), STRINGS_FILE_MESSAGE_IDS.len());
            for (id, parsed) in STRINGS_FILE_MESSAGE_IDS.iter().zip(&strings.messages) {
                let compiled = ui_messages(locale)[crate::generated::UI_MESSAGE_IDS.binary_search(id).unwrap()];
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
        let hash = |rest: Option<&str>| rest.is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
        for &locale in Locale::ALL {
            for part in [LocalePart::Strings, LocalePart::Search] {
                let name = file_name(part, locale);
                let rest =
                    name.strip_prefix(&format!("{}-{locale}-", part.prefix())).and_then(|r| r.strip_suffix(".txt"));
                assert!(hash(rest), "{name}");
            }
            let names: std::collections::BTreeSet<String> =
                (0..NODES.len()).map(|index| file_name(LocalePart::Body(index), locale)).collect();
            assert_eq!(names.len(), NODES.len(), "one file per node");
            for (index, node) in NODES.iter().enumerate() {
                let name = file_name(LocalePart::Body(index), locale);
                let rest = name
                    .strip_prefix(&format!("bodies-{locale}-"))
                    .and_then(|r| r.strip_suffix(&format!("-{}.txt", node.id)));
                assert!(hash(rest), "{name}");
                assert!(
                    std::path::Path::new(env!("OUT_DIR")).join("locale-files").join(&name).is_file(),
                    "{name} is written"
                );
            }
        }
        assert_ne!(STRINGS_FILES[0], STRINGS_FILES[1]);
    }

    #[test]
    fn the_strings_carry_the_summaries_the_start_page_shows_and_no_others() {
        let start = crate::tree::Node::start();
        let shown: Vec<usize> = start.edges().map(|edge| edge.to.index()).collect();
        assert!(shown.len() >= 10);
        for &locale in Locale::ALL {
            let strings = strings_of(locale);
            for (index, text) in strings.texts.iter().enumerate() {
                assert_eq!(!text.summary.is_empty(), shown.contains(&index), "{} ({locale})", NODES[index].id);
            }
        }
    }

    #[test]
    fn damaged_files_are_refused_with_the_place_of_the_damage() {
        let text = body_file(Locale::En, 0);
        assert_eq!(parse_bodies(Locale::Tr, &text), Err(LocaleFileError::Header), "another locale's file");
        assert_eq!(parse_bodies(Locale::En, "<html>502 Bad Gateway</html>"), Err(LocaleFileError::Header));
        let cut = &text[..text.len() / 2];
        assert!(matches!(parse_bodies(Locale::En, cut), Err(LocaleFileError::Record(_))), "a truncated download");
        assert_eq!(parse_bodies(Locale::En, &format!("{text}more")), Err(LocaleFileError::Trailing));
        let renamed = text.replacen("\nstart ", "\nbegin ", 1);
        assert_eq!(parse_bodies(Locale::En, &renamed), Err(LocaleFileError::Record("begin".into())));
        // A length that would split a multi-byte character is refused, not a panic.
        let tr = body_file(Locale::Tr, 0);
        let (header, rest) = tr.split_once('\n').unwrap();
        let (line, _) = rest.split_once('\n').unwrap();
        let length: usize = line.split(' ').nth(1).unwrap().parse().unwrap();
        let shifted = tr.replacen(&format!("{line}\n"), &format!("start {}\n", length + 1), 1);
        assert!(parse_bodies(Locale::Tr, &shifted).is_err(), "{header}");
        let strings: &'static str = Box::leak(shipped(STRINGS_FILES[Locale::Tr as usize]).into_boxed_str());
        assert!(matches!(parse_strings(Locale::En, strings), Err(LocaleFileError::Header)));
        // Cut on a character boundary: the file may end in Turkish text.
        let end = (0..strings.len() - 10).rev().find(|&at| strings.is_char_boundary(at)).unwrap_or(0);
        let cut: &'static str = &strings[..end];
        assert!(matches!(parse_strings(Locale::Tr, cut), Err(LocaleFileError::Record(_))));
    }

    /// All of a locale's bodies in one text, as the offline page carries them.
    fn all_bodies(locale: Locale, order: impl Iterator<Item = usize>) -> String {
        let records: Vec<String> =
            order.map(|index| body_file(locale, index).split_once('\n').unwrap().1.to_string()).collect();
        format!("acr-net-guide-bodies {LOCALE_FILES_VERSION} {locale} {}\n{}", records.len(), records.concat())
    }

    #[test]
    fn a_text_with_every_body_parses_in_tree_order_only() {
        let all = all_bodies(Locale::Tr, 0..NODES.len());
        let parsed = parse_bodies(Locale::Tr, &all).unwrap();
        assert_eq!(parsed.iter().map(|(index, _)| *index).collect::<Vec<_>>(), (0..NODES.len()).collect::<Vec<_>>());
        let swapped = all_bodies(Locale::Tr, [1, 0].into_iter());
        assert!(matches!(parse_bodies(Locale::Tr, &swapped), Err(LocaleFileError::Record(_))), "out of order");
    }

    #[test]
    fn templates_split_into_text_and_arguments() {
        let parsed = pieces("Fill in \u{1}names\u{1}.");
        assert_eq!(format!("{parsed:?}"), r#"[Text("Fill in "), Variable("names"), Text(".")]"#);
        assert_eq!(format!("{:?}", pieces("\u{1}a\u{1}\u{1}b\u{1}")), r#"[Variable("a"), Variable("b")]"#);
    }

    #[test]
    fn a_body_file_must_hold_the_body_it_was_fetched_for() {
        let text = body_file(Locale::Tr, 1);
        let file = BodyFile::parse(Locale::Tr, 1, &text).expect("the build's own file parses");
        assert!(file.bodies.iter().all(|(index, body)| *index == 1 && body.starts_with('<')));
        let wrong = BodyFile::parse(Locale::Tr, 2, &text);
        assert_eq!(wrong, Err(LocaleFileError::Record(NODES[2].id.to_string())), "a file of another node");
        assert_eq!(BodyFile::parse(Locale::En, 1, &text), Err(LocaleFileError::Header), "another locale's file");
    }

    #[test]
    #[cfg(not(feature = "lazy-locales"))]
    fn installing_strings_keeps_the_texts_and_is_idempotent() {
        let strings = shipped(STRINGS_FILES[Locale::Tr as usize]);
        assert_eq!(install_strings(Locale::Tr, strings.clone()), Ok(()));
        assert_eq!(install_strings(Locale::Tr, strings), Ok(()));
        assert!(strings_ready(Locale::Tr));
        assert_eq!(crate::i18n::Localizer::new(Locale::Tr).text(crate::i18n::msg::LOCALE_SWITCH_LABEL), "Dil");
    }

    /// The web build's path (feature `lazy-locales`, run natively by `make test`'s lazy-locales tier): nothing is
    /// there before it is installed, and installed texts are what the page then shows. One test: the installed
    /// tables are shared by the whole test binary.
    #[test]
    #[cfg(feature = "lazy-locales")]
    fn lazy_texts_arrive_only_when_installed() {
        use crate::i18n::{msg, Localizer, MISSING_MARK};
        use crate::tree::Node;
        let locale = Locale::Tr;
        let start = Node::start();
        assert!(!strings_ready(locale));
        assert!(Localizer::new(locale).text(msg::LOCALE_SWITCH_LABEL).starts_with(MISSING_MARK));
        assert_eq!(Localizer::new(locale).text(msg::BODY_RETRY), "Yeniden dene", "boot messages are always there");
        assert_eq!(start.title(locale), "");

        let garbage = install_strings(locale, "<html>502</html>".into());
        assert_eq!(garbage, Err(LocaleFileError::Header));
        assert!(!strings_ready(locale), "a refused file installs nothing");
        assert_eq!(install_strings(locale, shipped(STRINGS_FILES[locale as usize])), Ok(()));
        assert!(strings_ready(locale));
        assert_eq!(Localizer::new(locale).text(msg::LOCALE_SWITCH_LABEL), "Dil");
        assert!(!start.title(locale).is_empty());
        assert!(!strings_ready(Locale::En), "only the installed locale");

        let name = file_name(LocalePart::Body(start.index()), locale);
        let mut bodies = LoadedBodies::default();
        assert_eq!(bodies.get(locale, start.index()), None);
        let file = BodyFile::parse(locale, start.index(), &shipped(&name)).expect("the build's own file parses");
        bodies.add(file.clone());
        assert_eq!(bodies.get(locale, start.index()).map(|html| html.starts_with('<')), Some(true));
        let before = bodies.clone();
        bodies.add(file);
        assert_eq!(bodies, before, "adding a file again changes nothing");
        assert_eq!(bodies.get(locale, 1), None, "only the added body");
        assert_eq!(bodies.get(Locale::En, start.index()), None, "only the added locale");

        let mut indexes = SearchIndexes::default();
        assert!(indexes.get(locale).is_none(), "the search index comes when it is loaded");
        assert_eq!(parse_search(locale, "<html>502</html>".into()).err(), Some(LocaleFileError::Header));
        let search = shipped(&file_name(LocalePart::Search, locale));
        assert_eq!(parse_search(Locale::En, search.clone()).err(), Some(LocaleFileError::Header), "another locale's");
        indexes.add(parse_search(locale, search).expect("the build's own file parses"));
        assert!(indexes.get(locale).is_some_and(|index| !index.markdown(start).is_empty()));
        assert!(indexes.get(Locale::En).is_none(), "only the added locale");
    }
}
