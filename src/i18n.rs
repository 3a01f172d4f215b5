//! UI strings: Fluent bundles compiled into the binary, looked up by message id.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::generated::UI_STRINGS;
use crate::locale::Locale;

/// Rendered in place of a message the bundle lacks, so tests can find untranslated keys.
pub const MISSING_MARK: char = '⟦';

/// The UI strings of one locale.
pub struct Localizer {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Localizer {
    /// Builds the bundle for `locale` from the Fluent source compiled into the binary.
    pub fn new(locale: Locale) -> Self {
        let source = UI_STRINGS
            .iter()
            .find(|(code, _)| *code == locale.as_str())
            .map(|(_, ftl)| *ftl)
            .expect("build.rs compiles every shipped locale");
        // build.rs has parsed this exact text already, so it cannot fail here.
        let resource = FluentResource::try_new(source.to_owned()).expect("Fluent source validated at build time");
        let langid = locale.as_str().parse().expect("shipped codes are valid tags");
        let mut bundle = FluentBundle::new(vec![langid]);
        // No invisible bidi isolation marks: text may end up in a terminal or a firewall console.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("message ids are unique (checked at build time)");
        Self { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`, or `⟦id⟧` when the locale lacks it.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|message| message.value()) else {
            return format!("{MISSING_MARK}{id}⟧");
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            text.into_owned()
        } else {
            format!("{MISSING_MARK}{id}⟧")
        }
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
    fn every_shipped_locale_has_compiled_strings() {
        let compiled: Vec<&str> = UI_STRINGS.iter().map(|(code, _)| *code).collect();
        let shipped: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(compiled, shipped);
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
    fn arguments_are_inserted_without_isolation_marks() {
        let text = Localizer::new(Locale::Tr).text_with("not-found-body", &[("path", "foo/bar")]);
        assert!(text.contains("foo/bar"), "{text}");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'), "{text:?}");
    }
}
