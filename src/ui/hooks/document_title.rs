//! Keeps `<html lang>` and the document title in step with the page (once its strings are there).

use yew::prelude::*;

use crate::locale::Locale;
use crate::ui::platform;

#[hook]
pub fn use_document_title(locale: Locale, title: Option<String>) {
    use_effect_with((locale, title), |(locale, title)| {
        if let Some(title) = title {
            platform::set_document_language(*locale, title);
        }
    });
}
