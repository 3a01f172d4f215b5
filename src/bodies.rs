//! Node bodies (pre-rendered HTML) per locale: compiled in by default; with the `lazy-bodies` feature (the
//! web build) each locale's bodies arrive once from a content-hashed file, so the first load carries one locale.

use std::sync::OnceLock;

use crate::generated::{BODIES_HEADER, BODY_FILES, NODES};
use crate::locale::Locale;

/// Why a body file was refused (a truncated download, a proxy's error page, a file of another build).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodiesError {
    /// The first line is not this build's header for the locale and node count.
    Header,
    /// The record of the node at this index (tree order) is missing, misnamed or cut short.
    Record(usize),
    /// Bytes follow the last record.
    Trailing,
}

impl std::fmt::Display for BodiesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BodiesError::Header => f.write_str("unexpected header"),
            BodiesError::Record(index) => write!(f, "bad record for node {}", NODES[*index].id),
            BodiesError::Trailing => f.write_str("unexpected bytes after the last record"),
        }
    }
}

/// Bodies installed at run time, per locale (only ever filled in the `lazy-bodies` build).
static INSTALLED: [OnceLock<Vec<&'static str>>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// The file holding `locale`'s bodies (relative to the page).
pub fn file_name(locale: Locale) -> &'static str {
    BODY_FILES[locale as usize]
}

/// Whether `locale`'s bodies can be shown now.
pub fn is_ready(locale: Locale) -> bool {
    cfg!(not(feature = "lazy-bodies")) || INSTALLED[locale as usize].get().is_some()
}

/// The body of the node at `index` (tree order) in `locale`, if that locale's bodies are ready.
pub(crate) fn body(locale: Locale, index: usize) -> Option<&'static str> {
    #[cfg(not(feature = "lazy-bodies"))]
    {
        Some(crate::generated::BODIES[locale as usize][index])
    }
    #[cfg(feature = "lazy-bodies")]
    {
        INSTALLED[locale as usize].get().map(|bodies| bodies[index])
    }
}

/// Checks a downloaded body file and keeps its bodies for the rest of the page's life (a locale's file is
/// kept once; installing again is a no-op).
pub fn install(locale: Locale, text: String) -> Result<(), BodiesError> {
    if INSTALLED[locale as usize].get().is_some() {
        return Ok(());
    }
    // Leaked on purpose: at most one file per locale, kept until the page closes, so bodies are `&'static`.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let bodies = parse(locale, text)?;
    let _ = INSTALLED[locale as usize].set(bodies);
    Ok(())
}

/// Splits a body file for `locale` into bodies in tree order (see `crates/content/src/bodies.rs` for the format).
pub fn parse(locale: Locale, text: &str) -> Result<Vec<&str>, BodiesError> {
    let (header, mut rest) = text.split_once('\n').ok_or(BodiesError::Header)?;
    if header != format!("{BODIES_HEADER} {locale} {}", NODES.len()) {
        return Err(BodiesError::Header);
    }
    let mut bodies = Vec::with_capacity(NODES.len());
    for (index, node) in NODES.iter().enumerate() {
        let bad = || BodiesError::Record(index);
        let (line, after) = rest.split_once('\n').ok_or_else(bad)?;
        let (id, length) = line.split_once(' ').ok_or_else(bad)?;
        if id != node.id {
            return Err(bad());
        }
        let length: usize = length.parse().map_err(|_| bad())?;
        let body = after.get(..length).ok_or_else(bad)?;
        rest = after[length..].strip_prefix('\n').ok_or_else(bad)?;
        bodies.push(body);
    }
    if !rest.is_empty() {
        return Err(BodiesError::Trailing);
    }
    Ok(bodies)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped_file(locale: Locale) -> String {
        let path = std::path::Path::new(env!("OUT_DIR")).join("bodies").join(file_name(locale));
        std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    }

    #[test]
    fn shipped_files_parse_to_the_compiled_bodies() {
        for &locale in Locale::ALL {
            let text = shipped_file(locale);
            let bodies = parse(locale, &text).expect("the build's own file parses");
            assert_eq!(bodies.len(), NODES.len());
            for (index, parsed) in bodies.iter().enumerate() {
                assert_eq!(Some(*parsed), body(locale, index), "{} ({locale})", NODES[index].id);
            }
        }
    }

    #[test]
    fn names_carry_the_locale_and_a_content_hash() {
        for &locale in Locale::ALL {
            let name = file_name(locale);
            let hash = name.strip_prefix(&format!("bodies-{locale}-")).and_then(|rest| rest.strip_suffix(".txt"));
            assert!(hash.is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())), "{name}");
        }
        assert_ne!(file_name(Locale::En), file_name(Locale::Tr));
    }

    #[test]
    fn damaged_files_are_refused_with_the_place_of_the_damage() {
        let text = shipped_file(Locale::En);
        assert_eq!(parse(Locale::Tr, &text), Err(BodiesError::Header), "another locale's file");
        assert_eq!(parse(Locale::En, "<html>502 Bad Gateway</html>"), Err(BodiesError::Header));
        let cut = &text[..text.len() / 2];
        assert!(matches!(parse(Locale::En, cut), Err(BodiesError::Record(_))), "a truncated download");
        assert_eq!(parse(Locale::En, &format!("{text}more")), Err(BodiesError::Trailing));
        let renamed = text.replacen("\nstart ", "\nbegin ", 1);
        assert_eq!(parse(Locale::En, &renamed), Err(BodiesError::Record(0)));
        // A length that would split a multi-byte character is refused, not a panic.
        let tr = shipped_file(Locale::Tr);
        let (header, rest) = tr.split_once('\n').unwrap();
        let (line, _) = rest.split_once('\n').unwrap();
        let length: usize = line.split(' ').nth(1).unwrap().parse().unwrap();
        let shifted = tr.replacen(&format!("{line}\n"), &format!("start {} x\n", length + 1), 1);
        assert!(parse(Locale::Tr, &shifted).is_err(), "{header}");
    }

    #[test]
    fn installing_keeps_the_bodies_and_is_idempotent() {
        let text = shipped_file(Locale::Tr);
        assert_eq!(install(Locale::Tr, text.clone()), Ok(()));
        assert_eq!(install(Locale::Tr, text), Ok(()));
        assert!(is_ready(Locale::Tr));
        assert!(body(Locale::Tr, 0).is_some_and(|html| html.starts_with('<')));
    }
}
