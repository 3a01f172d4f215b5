//! UI strings: Fluent messages compiled at build time into text and argument pieces, looked up by typed ids.

use crate::generated::{BOOT_MESSAGES, UI_MESSAGE_IDS};
use crate::locale::Locale;

/// Typed message ids and argument-taking message constructors, generated from the `.ftl` files: a wrong id or a
/// missing argument is a compile error. Families keyed by the shared vocabulary (`input_label(InputName)`,
/// `snippet_title(SnippetId)`, `node_kind(NodeKind)`, …) are complete by construction.
pub use crate::generated::msg;

/// The id of a UI message that exists in every locale (only the generated [`msg`] module makes them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MessageId(&'static str);

impl MessageId {
    pub(crate) const fn new(id: &'static str) -> Self {
        MessageId(id)
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// A message with its arguments, made by a constructor of [`msg`] (which takes exactly the message's arguments).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    id: MessageId,
    args: Vec<(&'static str, &'a str)>,
}

impl<'a> Message<'a> {
    pub(crate) fn new(id: MessageId, args: Vec<(&'static str, &'a str)>) -> Self {
        Message { id, args }
    }
}

/// Rendered in place of a message the locale lacks (or an argument the caller forgot), so tests find it.
pub const MISSING_MARK: char = '⟦';

/// A piece of a compiled message (see `crates/content-compiler/src/fluent.rs`).
#[derive(Debug)]
pub enum Piece {
    Text(&'static str),
    /// `{ $name }`: replaced by the caller's argument `name`.
    Variable(&'static str),
}

/// The UI strings of one locale.
pub struct Localizer {
    locale: Locale,
    /// In `UI_MESSAGE_IDS` order.
    messages: &'static [&'static [Piece]],
}

impl Localizer {
    pub fn new(locale: Locale) -> Self {
        Self { locale, messages: crate::locale_files::ui_messages(locale) }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// A message without arguments.
    pub fn text(&self, id: MessageId) -> String {
        self.lookup(id.as_str(), &[])
    }

    /// A message with its arguments, inserted as they are (no bidi isolation marks: text may end up in a
    /// terminal or a firewall console).
    pub fn format(&self, message: Message) -> String {
        self.lookup(message.id.as_str(), &message.args)
    }

    /// Any message by its id as text, for checks that go over every message (the app uses [`msg`]): `⟦id⟧` when
    /// the locale lacks it or an argument is missing, never a half sentence.
    pub fn lookup(&self, id: &str, args: &[(&str, &str)]) -> String {
        let missing = || format!("{MISSING_MARK}{id}⟧");
        let Ok(found) = UI_MESSAGE_IDS.binary_search(&id) else {
            return missing();
        };
        let mut text = String::new();
        // No messages at all while the locale's strings are loading (the page waits for them), except the few
        // every build carries for the case that they cannot be loaded.
        let Some(pieces) = self.messages.get(found) else {
            let boot = BOOT_MESSAGES[self.locale as usize].iter().find(|(boot_id, _)| *boot_id == id);
            return boot.map_or_else(missing, |(_, text)| text.to_string());
        };
        for piece in *pieces {
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
        assert!(UI_MESSAGE_IDS.windows(2).all(|pair| pair[0] < pair[1]));
        for &locale in Locale::ALL {
            assert_eq!(crate::locale_files::ui_messages(locale).len(), UI_MESSAGE_IDS.len());
        }
    }

    #[test]
    fn looks_up_in_the_requested_locale() {
        assert_eq!(Localizer::new(Locale::En).text(msg::LOCALE_SWITCH_LABEL), "Language");
        assert_eq!(Localizer::new(Locale::Tr).text(msg::LOCALE_SWITCH_LABEL), "Dil");
    }

    #[test]
    fn missing_message_is_marked_not_blank() {
        assert_eq!(Localizer::new(Locale::En).lookup("no-such-message", &[]), "⟦no-such-message⟧");
    }

    #[test]
    fn a_missing_argument_marks_the_message_instead_of_leaving_a_gap() {
        assert_eq!(Localizer::new(Locale::En).lookup("not-found-body", &[]), "⟦not-found-body⟧");
        let ignored_extra = Localizer::new(Locale::En).lookup("app-name", &[("unused", "x")]);
        assert_eq!(ignored_extra, Localizer::new(Locale::En).text(msg::APP_NAME));
    }

    #[test]
    fn arguments_are_inserted_without_isolation_marks() {
        let text = Localizer::new(Locale::Tr).format(msg::not_found_body("foo/bar"));
        assert!(text.contains("foo/bar"), "{text}");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{text:?}");
    }
}
