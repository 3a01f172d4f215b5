//! Loads the shown locale's strings (UI messages and node texts), which every page needs before it renders.

use yew::prelude::*;

use crate::locale::Locale;
use crate::locale_files::{self, LocalePart};
use crate::ui::hooks::locale_file::{use_locale_file, LoadState};

#[hook]
pub fn use_locale_strings(locale: Locale) -> LoadState {
    let install =
        Callback::from(|(_, locale, text): (LocalePart, Locale, String)| locale_files::install_strings(locale, text));
    use_locale_file(Some(LocalePart::Strings), locale, locale_files::strings_ready(locale), install)
}
