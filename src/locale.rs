//! The shipped locales and how a visitor's preferred languages map onto them.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// A locale the product ships. Route words: every code here is reserved and cannot be a node id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    Tr,
}

impl Locale {
    /// All shipped locales, in switcher order.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Tr];
    /// Used when nothing the visitor prefers is shipped.
    pub const FALLBACK: Locale = Locale::En;

    /// BCP 47 code used in URLs, `<html lang>` and `content/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Tr => "tr",
        }
    }

    /// The language's own name, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Tr => "Türkçe",
        }
    }

    /// Exact match on a URL code (`en`, `tr`); anything else is not a locale.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|locale| locale.code() == code)
    }

    /// Best shipped locale for a list of preferred language tags (e.g. `navigator.languages`),
    /// falling back to English. Malformed tags are ignored.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Locale {
        let requested: Vec<LanguageIdentifier> =
            preferred.iter().filter_map(|tag| tag.as_ref().parse().ok()).collect();
        let available: Vec<LanguageIdentifier> =
            Locale::ALL.iter().map(|locale| locale.code().parse().expect("shipped codes are valid tags")).collect();
        let default: LanguageIdentifier = Locale::FALLBACK.code().parse().expect("fallback code is a valid tag");
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
        chosen
            .first()
            .and_then(|id| Locale::from_code(id.language.as_str()))
            .unwrap_or(Locale::FALLBACK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_region_variants_to_the_language() {
        assert_eq!(Locale::negotiate(&["tr-TR", "en-US"]), Locale::Tr);
        assert_eq!(Locale::negotiate(&["en-GB"]), Locale::En);
    }

    #[test]
    fn first_shipped_preference_wins() {
        assert_eq!(Locale::negotiate(&["de-DE", "tr", "en"]), Locale::Tr);
    }

    #[test]
    fn unknown_or_malformed_preferences_fall_back_to_english() {
        assert_eq!(Locale::negotiate(&["ja-JP", "not a tag!"]), Locale::En);
        assert_eq!(Locale::negotiate::<&str>(&[]), Locale::En);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
        assert_eq!(Locale::from_code("TR"), None);
    }
}
