//! What the browser remembers between visits: one namespaced, versioned record of locale, theme and inputs.
//!
//! The record is a URL query string (`v=1&locale=tr&theme=dark&registry=contoso`), so no JSON parser ships in
//! the wasm. Nothing stored can break the page, and nothing is lost without the user being told: an entry that
//! cannot be used is dropped and the rest restored, a record of an older version or one that cannot be read at
//! all is cleared, a newer version's record is left alone, and two tabs writing at once are merged field by field.

use crate::i18n::{msg, MessageId};
use crate::inputs::{is_hidden_character, MAX_VALUE_CHARS};
use crate::locale::Locale;
use acr_vocab::InputName;

/// The `localStorage` key (namespaced: the guide may share an origin with a wiki).
pub const STORAGE_KEY: &str = "acr-net-guide.state";

/// Version of the record's schema; bump it when a key's meaning changes (version 1 is the first).
const SCHEMA_VERSION: u32 = 1;

/// A record longer than this was not written by the guide (which writes no value the inputs would refuse):
/// it is cleared unread.
pub const MAX_RECORD_BYTES: usize = 256 * 1024;

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

/// Why stored values were not restored, told to the user by a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Discarded {
    /// Written by an older version of the guide, whose keys may mean something else: cleared.
    OlderVersion,
    /// Written by a newer version of the guide (another tab, or a copy that was updated): left as it is, and
    /// this copy remembers nothing, so that the newer one finds its values again.
    NewerVersion,
    /// Not a record this guide writes (edited by hand, truncated, or from another tool): cleared.
    Unreadable,
    /// Some entries could not be used (an unknown key, a value no input takes): those are dropped, the rest is
    /// restored.
    PartlyUnreadable,
    /// Larger than any record the guide writes ([`MAX_RECORD_BYTES`]): cleared unread.
    Oversized,
}

impl Discarded {
    pub fn message(self) -> MessageId {
        match self {
            Discarded::OlderVersion => msg::STORAGE_DISCARDED_VERSION,
            Discarded::NewerVersion => msg::STORAGE_NEWER_VERSION,
            Discarded::Unreadable => msg::STORAGE_DISCARDED_UNREADABLE,
            Discarded::PartlyUnreadable => msg::STORAGE_PARTLY_UNREADABLE,
            Discarded::Oversized => msg::STORAGE_OVERSIZED,
        }
    }

    /// Whether the stored record must stay as it is (not cleared, not overwritten).
    pub fn keeps_record(self) -> bool {
        self == Discarded::NewerVersion
    }
}

/// What happened when the values were to be remembered, when the user should know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser refused to store them (storage full, or turned off as in some private modes and sandboxed
    /// frames): they stay in the address only.
    NotSaved,
    /// Another tab changed the same field since this tab last read the record: this tab's value is kept, and the
    /// other tab's changes to other fields too.
    ChangedInOtherTab,
}

impl SaveProblem {
    pub fn message(self) -> MessageId {
        match self {
            SaveProblem::NotSaved => msg::STORAGE_NOT_SAVED,
            SaveProblem::ChangedInOtherTab => msg::STORAGE_CHANGED_IN_OTHER_TAB,
        }
    }
}

/// Whether a value can be stored and read back: the generic rules every input applies (see
/// [`crate::inputs::validate`]); a value one input refuses for its own reasons is kept, as the address keeps it.
fn is_storable(value: &str) -> bool {
    !value.is_empty() && value.chars().count() <= MAX_VALUE_CHARS && !value.chars().any(is_hidden_character)
}

impl Saved {
    /// The record's text. Values that could never be read back (see `is_storable`) are left out.
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("v", &SCHEMA_VERSION.to_string());
        if let Some(locale) = self.locale {
            out.append_pair("locale", locale.as_str());
        }
        if self.theme != Theme::Auto {
            out.append_pair("theme", self.theme.as_str());
        }
        for (name, value) in self.inputs.iter().filter(|(_, value)| is_storable(value)) {
            out.append_pair(name.as_str(), value);
        }
        out.finish()
    }

    /// The values a record restores, and why some or all of it was not restored.
    pub fn decode(text: &str) -> (Saved, Option<Discarded>) {
        if text.len() > MAX_RECORD_BYTES {
            return (Saved::default(), Some(Discarded::Oversized));
        }
        let mut pairs = form_urlencoded::parse(text.as_bytes());
        let version = match pairs.next() {
            Some((key, version)) if key == "v" => version.parse::<u32>().ok(),
            _ => None,
        };
        match version {
            Some(SCHEMA_VERSION) => {}
            Some(version) if version < SCHEMA_VERSION => return (Saved::default(), Some(Discarded::OlderVersion)),
            Some(_) => return (Saved::default(), Some(Discarded::NewerVersion)),
            None => return (Saved::default(), Some(Discarded::Unreadable)),
        }
        let mut saved = Saved::default();
        let mut dropped = false;
        for (key, value) in pairs {
            let used = match key.as_ref() {
                "locale" => Locale::parse(&value).map(|locale| saved.locale = Some(locale)).is_some(),
                "theme" => Theme::parse(&value).map(|theme| saved.theme = theme).is_some(),
                name => match InputName::parse(name) {
                    Some(name) if is_storable(&value) => {
                        saved.inputs.push((name, value.into_owned()));
                        true
                    }
                    _ => false,
                },
            };
            dropped |= !used;
        }
        (saved, dropped.then_some(Discarded::PartlyUnreadable))
    }

    /// Two tabs, one record: `base` is what this tab last asked to remember (at first the record it loaded),
    /// `stored` what is there now (another tab may have written it since), `mine` what this tab wants remembered
    /// now. Field by field (locale, theme, each input), this tab's value where this tab changed it since `base`,
    /// else the stored one. Also says whether another tab changed a field this tab changed too, to a different
    /// value (this tab's value was kept then).
    pub fn merge(base: &Saved, stored: &Saved, mine: &Saved) -> (Saved, bool) {
        let mut conflict = false;
        let locale = pick(&mut conflict, base.locale, stored.locale, mine.locale);
        let theme = pick(&mut conflict, base.theme, stored.theme, mine.theme);
        let mut names: Vec<InputName> = Vec::new();
        for (name, _) in mine.inputs.iter().chain(&stored.inputs).chain(&base.inputs) {
            if !names.contains(name) {
                names.push(*name);
            }
        }
        let values = |saved: &Saved, name: InputName| -> Vec<String> {
            saved.inputs.iter().filter(|(n, _)| *n == name).map(|(_, value)| value.clone()).collect()
        };
        let mut inputs = Vec::new();
        for name in names {
            let chosen = pick(&mut conflict, values(base, name), values(stored, name), values(mine, name));
            inputs.extend(chosen.into_iter().map(|value| (name, value)));
        }
        (Saved { locale, theme, inputs }, conflict)
    }
}

/// One field of [`Saved::merge`].
fn pick<T: PartialEq>(conflict: &mut bool, base: T, stored: T, mine: T) -> T {
    let changed_here = mine != base;
    *conflict |= changed_here && stored != base && stored != mine;
    if changed_here {
        mine
    } else {
        stored
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
        assert_eq!(Saved::decode(&sample().encode()), (sample(), None));
        assert_eq!(Saved::decode(&Saved::default().encode()), (Saved::default(), None));
        assert_eq!(Saved::default().encode(), "v=1");
    }

    #[test]
    fn an_older_version_is_cleared_and_a_newer_one_left_alone() {
        assert_eq!(Saved::decode("v=0&registry=contoso"), (Saved::default(), Some(Discarded::OlderVersion)));
        assert_eq!(Saved::decode("v=2&registry=contoso"), (Saved::default(), Some(Discarded::NewerVersion)));
        assert!(Discarded::NewerVersion.keeps_record());
        assert!(!Discarded::OlderVersion.keeps_record() && !Discarded::Unreadable.keeps_record());
    }

    #[test]
    fn a_record_that_is_not_ours_is_cleared() {
        for text in ["", "{\"registry\":\"contoso\"}", "registry=contoso&v=1", "v=one&registry=contoso", "v="] {
            assert_eq!(Saved::decode(text), (Saved::default(), Some(Discarded::Unreadable)), "{text}");
        }
        let huge = format!("v=1&registry={}", "a".repeat(MAX_RECORD_BYTES));
        assert_eq!(Saved::decode(&huge), (Saved::default(), Some(Discarded::Oversized)));
    }

    #[test]
    fn an_unusable_entry_is_dropped_and_the_rest_restored() {
        let long = "a".repeat(MAX_VALUE_CHARS + 1);
        for bad in [
            "colour=red",
            "locale=xx",
            "theme=sepia",
            "registry=",
            "registry=a%0Ab",
            "registry=a%E2%80%AEb",
            &format!("vnet={long}"),
        ] {
            let text = format!("v=1&locale=tr&{bad}&registry=contoso");
            let (saved, problem) = Saved::decode(&text);
            assert_eq!(problem, Some(Discarded::PartlyUnreadable), "{bad}");
            assert_eq!(saved.locale, Some(Locale::Tr), "{bad}");
            assert!(saved.inputs.contains(&(InputName::Registry, "contoso".into())), "{bad}");
        }
    }

    #[test]
    fn the_guide_never_writes_what_it_could_not_read_back() {
        let saved = Saved {
            inputs: vec![
                (InputName::Registry, "contoso".into()),
                (InputName::NoProxy, "x,".repeat(MAX_VALUE_CHARS)),
                (InputName::Vnet, "vnet\u{202E}hub".into()),
                (InputName::Subnet, "a\nb".into()),
            ],
            ..Saved::default()
        };
        assert_eq!(saved.encode(), "v=1&registry=contoso");
        assert_eq!(Saved::decode(&saved.encode()).1, None);
    }

    fn inputs(pairs: &[(InputName, &str)]) -> Saved {
        Saved { inputs: pairs.iter().map(|(name, value)| (*name, value.to_string())).collect(), ..Saved::default() }
    }

    #[test]
    fn two_tabs_keep_each_others_changes() {
        use InputName::{Region, Registry, Replica};
        let base = inputs(&[(Registry, "contoso")]);
        // The other tab set the region; this tab changed the registry and added replicas.
        let stored = inputs(&[(Registry, "contoso"), (Region, "westeurope")]);
        let mine = inputs(&[(Registry, "fabrikam"), (Replica, "eastus"), (Replica, "northeurope")]);
        let (merged, conflict) = Saved::merge(&base, &stored, &mine);
        assert!(!conflict);
        assert_eq!(
            merged,
            inputs(&[(Registry, "fabrikam"), (Replica, "eastus"), (Replica, "northeurope"), (Region, "westeurope")])
        );
        // Nothing changed here: the other tab's record stays as it is.
        assert_eq!(Saved::merge(&base, &stored, &base), (stored.clone(), false));
    }

    #[test]
    fn the_same_field_changed_in_two_tabs_keeps_this_tabs_value_and_says_so() {
        use InputName::Registry;
        let base = Saved { locale: Some(Locale::En), ..inputs(&[(Registry, "contoso")]) };
        let stored = Saved { locale: Some(Locale::Tr), ..inputs(&[(Registry, "fabrikam")]) };
        let mine = Saved { theme: Theme::Dark, ..inputs(&[(Registry, "northwind")]) };
        let (merged, conflict) = Saved::merge(&base, &stored, &Saved { locale: Some(Locale::En), ..mine });
        assert!(conflict);
        let registry: Vec<&str> =
            merged.inputs.iter().filter(|(name, _)| *name == Registry).map(|(_, value)| value.as_str()).collect();
        assert_eq!(registry, ["northwind"]);
        assert_eq!((merged.locale, merged.theme), (Some(Locale::Tr), Theme::Dark), "other fields merge");
        // Both tabs set the same value: no conflict to report.
        assert!(!Saved::merge(&base, &stored, &stored).1);
    }

    #[test]
    fn the_theme_toggle_cycles_through_all_three() {
        assert_eq!(Theme::Auto.next().next().next(), Theme::Auto);
        assert_eq!(Theme::Auto.next(), Theme::Light);
        assert_eq!(Theme::Light.next(), Theme::Dark);
    }
}
