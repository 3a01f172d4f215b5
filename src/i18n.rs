//! UI strings: Fluent messages compiled at build time into text and argument pieces, looked up by message id.

use crate::generated::UI_MESSAGES;
use crate::locale::Locale;

/// Rendered in place of a message the locale lacks (or an argument the caller forgot), so tests find it.
pub const MISSING_MARK: char = '⟦';

/// A piece of a compiled message (see `crates/content/src/fluent.rs`).
#[derive(Debug)]
pub enum Piece {
    Text(&'static str),
    /// `{ $name }`: replaced by the caller's argument `name`.
    Variable(&'static str),
}

/// The UI strings of one locale.
pub struct Localizer {
    locale: Locale,
    /// Sorted by id.
    messages: &'static [(&'static str, &'static [Piece])],
}

impl Localizer {
    pub fn new(locale: Locale) -> Self {
        Self { locale, messages: UI_MESSAGES[locale as usize] }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`, or `⟦id⟧` when the locale lacks it.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` with named arguments, inserted as they are (no bidi isolation marks: text may end up
    /// in a terminal or a firewall console). A missing argument yields `⟦id⟧`, never a half sentence.
    pub fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let missing = || format!("{MISSING_MARK}{id}⟧");
        let Ok(found) = self.messages.binary_search_by(|(message, _)| (*message).cmp(id)) else {
            return missing();
        };
        let mut text = String::new();
        for piece in self.messages[found].1 {
            match piece {
                Piece::Text(literal) => text.push_str(literal),
                Piece::Variable(name) => match args.iter().find(|(arg, _)| arg == name) {
                    Some((_, value)) => text.push_str(value),
                    None => return missing(),
                },
            }
        }
        text
    }
}

impl PartialEq for Localizer {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locale", &self.locale).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_has_compiled_strings_sorted_for_lookup() {
        assert_eq!(UI_MESSAGES.len(), Locale::ALL.len());
        for messages in UI_MESSAGES {
            assert!(messages.windows(2).all(|pair| pair[0].0 < pair[1].0));
            assert_eq!(messages.len(), UI_MESSAGES[0].len());
        }
    }

    #[test]
    fn looks_up_in_the_requested_locale() {
        assert_eq!(Localizer::new(Locale::En).text("locale-switch-label"), "Language");
        assert_eq!(Localizer::new(Locale::Tr).text("locale-switch-label"), "Dil");
    }

    #[test]
    fn missing_message_is_marked_not_blank() {
        assert_eq!(Localizer::new(Locale::En).text("no-such-message"), "⟦no-such-message⟧");
    }

    #[test]
    fn a_missing_argument_marks_the_message_instead_of_leaving_a_gap() {
        assert_eq!(Localizer::new(Locale::En).text("not-found-body"), "⟦not-found-body⟧");
        let ignored_extra = Localizer::new(Locale::En).text_with("app-name", &[("unused", "x")]);
        assert_eq!(ignored_extra, Localizer::new(Locale::En).text("app-name"));
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let text = Localizer::new(Locale::Tr).text_with("not-found-body", &[("path", "foo/bar")]);
        assert!(text.contains("foo/bar"), "{text}");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{text:?}");
    }
}
