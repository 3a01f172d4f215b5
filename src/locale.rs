//! The shipped locales and how a visitor's preferred languages map onto them.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

pub use acr_vocab::Locale;

/// Best shipped locale for a list of preferred language tags (e.g. `navigator.languages`),
/// falling back to English. Malformed tags are ignored.
pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Locale {
    let requested: Vec<LanguageIdentifier> = preferred.iter().filter_map(|tag| tag.as_ref().parse().ok()).collect();
    let available: Vec<LanguageIdentifier> =
        Locale::ALL.iter().map(|locale| locale.as_str().parse().expect("shipped codes are valid tags")).collect();
    let default: LanguageIdentifier = Locale::FALLBACK.as_str().parse().expect("fallback code is a valid tag");
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
    chosen.first().and_then(|id| Locale::parse(id.language.as_str())).unwrap_or(Locale::FALLBACK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_region_variants_to_the_language() {
        assert_eq!(negotiate(&["tr-TR", "en-US"]), Locale::Tr);
        assert_eq!(negotiate(&["en-GB"]), Locale::En);
    }

    #[test]
    fn first_shipped_preference_wins() {
        assert_eq!(negotiate(&["de-DE", "tr", "en"]), Locale::Tr);
    }

    #[test]
    fn unknown_or_malformed_preferences_fall_back_to_english() {
        assert_eq!(negotiate(&["ja-JP", "not a tag!"]), Locale::En);
        assert_eq!(negotiate::<&str>(&[]), Locale::En);
    }
}
