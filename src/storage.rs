//! What the browser remembers between visits: one namespaced, versioned record of locale, theme and inputs.
//!
//! The record is a URL query string (`v=1&locale=tr&theme=dark&registry=contoso`), so no JSON parser ships in
//! the wasm. Anything unexpected — another version, an unknown key, an invalid value — discards the whole record
//! and the caller tells the user; nothing stored can break the page.

use crate::locale::Locale;
use acr_vocab::InputName;

/// The `localStorage` key (namespaced: the guide may share an origin with a wiki).
pub const STORAGE_KEY: &str = "acr-net-guide.state";

/// Version of the record's schema; bump it when a key's meaning changes.
pub(crate) const SCHEMA_VERSION: &str = "1";

/// Longest value kept for one input (a pasted log does not belong here).
pub(crate) const MAX_VALUE_LEN: usize = 2048;

/// Colour scheme chosen with the toggle; `Auto` follows the system (`prefers-color-scheme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(text: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|theme| theme.as_str() == text)
    }

    /// The next theme of the toggle: auto → light → dark → auto.
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        }
    }
}

/// Everything remembered between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// The locale last used; `None` lets the browser's languages decide.
    pub locale: Option<Locale>,
    pub theme: Theme,
    /// Input values in the order of the URL they came from; repeatable names may appear more than once.
    pub inputs: Vec<(InputName, String)>,
}

/// Why a stored record was thrown away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discarded {
    /// Written by another version of the guide.
    OtherVersion,
    /// Not a record this guide writes (edited by hand, truncated, or from another tool).
    Unreadable,
}

impl Saved {
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("v", SCHEMA_VERSION);
        if let Some(locale) = self.locale {
            out.append_pair("locale", locale.as_str());
        }
        if self.theme != Theme::Auto {
            out.append_pair("theme", self.theme.as_str());
        }
        for (name, value) in &self.inputs {
            out.append_pair(name.as_str(), value);
        }
        out.finish()
    }

    pub fn decode(text: &str) -> Result<Saved, Discarded> {
        let mut pairs = form_urlencoded::parse(text.as_bytes());
        match pairs.next() {
            Some((key, version)) if key == "v" && version == SCHEMA_VERSION => {}
            Some((key, _)) if key == "v" => return Err(Discarded::OtherVersion),
            _ => return Err(Discarded::Unreadable),
        }
        let mut saved = Saved::default();
        for (key, value) in pairs {
            match key.as_ref() {
                "locale" => saved.locale = Some(Locale::parse(&value).ok_or(Discarded::Unreadable)?),
                "theme" => saved.theme = Theme::parse(&value).ok_or(Discarded::Unreadable)?,
                name => {
                    let name = InputName::parse(name).ok_or(Discarded::Unreadable)?;
                    if value.is_empty() || value.len() > MAX_VALUE_LEN || value.chars().any(char::is_control) {
                        return Err(Discarded::Unreadable);
                    }
                    saved.inputs.push((name, value.into_owned()));
                }
            }
        }
        Ok(saved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Saved {
        Saved {
            locale: Some(Locale::Tr),
            theme: Theme::Dark,
            inputs: vec![
                (InputName::Registry, "contoso".into()),
                (InputName::Replica, "westeurope".into()),
                (InputName::Replica, "eastus 2 & co=ş".into()),
            ],
        }
    }

    #[test]
    fn a_record_round_trips() {
        assert_eq!(Saved::decode(&sample().encode()), Ok(sample()));
        assert_eq!(Saved::decode(&Saved::default().encode()), Ok(Saved::default()));
        assert_eq!(Saved::default().encode(), "v=1");
    }

    #[test]
    fn another_version_is_discarded_as_such() {
        assert_eq!(Saved::decode("v=0&registry=contoso"), Err(Discarded::OtherVersion));
        assert_eq!(Saved::decode("v=2"), Err(Discarded::OtherVersion));
    }

    #[test]
    fn anything_unexpected_discards_the_whole_record() {
        for text in [
            "",
            "{\"registry\":\"contoso\"}",
            "registry=contoso&v=1",
            "v=1&colour=red",
            "v=1&locale=xx",
            "v=1&theme=sepia",
            "v=1&registry=",
            "v=1&registry=a%0Ab",
        ] {
            assert_eq!(Saved::decode(text), Err(Discarded::Unreadable), "{text}");
        }
        let long = format!("v=1&registry={}", "a".repeat(MAX_VALUE_LEN + 1));
        assert_eq!(Saved::decode(&long), Err(Discarded::Unreadable));
    }

    #[test]
    fn the_theme_toggle_cycles_through_all_three() {
        assert_eq!(Theme::Auto.next().next().next(), Theme::Auto);
        assert_eq!(Theme::Auto.next(), Theme::Light);
        assert_eq!(Theme::Light.next(), Theme::Dark);
    }
}
