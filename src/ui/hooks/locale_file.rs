//! Fetching one of the shown locale's files when it is wanted, with its status and a retry.

use yew::prelude::*;

use crate::locale::Locale;
use crate::locale_files::{self, LocaleFileError, LocalePart};
use crate::ui::platform;

/// Whether a file of the shown locale can be used (the web build loads strings per locale, bodies per page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadStatus {
    Ready,
    Loading,
    Failed,
}

/// A file's status, and a way to try loading it again after a failure.
#[derive(Clone, PartialEq)]
pub struct LoadState {
    pub status: LoadStatus,
    pub retry: Callback<()>,
}

/// Fetches `locale`'s `part` (none: nothing is wanted) unless `ready`, and hands the text to `install`, which
/// refuses a damaged file. Only the `lazy-locales` build is ever not ready.
#[hook]
pub fn use_locale_file(
    part: Option<LocalePart>,
    locale: Locale,
    ready: bool,
    install: Callback<(LocalePart, Locale, String), Result<(), LocaleFileError>>,
) -> LoadState {
    let failed = use_state_eq(|| None::<(Option<LocalePart>, Locale)>);
    let attempt = use_state_eq(|| 0_u32);
    {
        let failed = failed.clone();
        let attempt = attempt.clone();
        use_effect_with((part, locale, ready, *attempt), move |&(part, locale, ready, current)| {
            let Some(part) = part.filter(|_| !ready) else { return };
            platform::fetch_locale_file(
                part,
                locale,
                Callback::from(move |text: Result<String, String>| {
                    let installed = text.and_then(|text| install.emit((part, locale, text)).map_err(|e| e.to_string()));
                    match installed {
                        // A new value re-renders the shell, which then finds the file ready.
                        Ok(()) => attempt.set(current + 1),
                        Err(error) => {
                            let name = locale_files::file_name(part, locale);
                            gloo::console::warn!(format!("{name}: {error}"));
                            failed.set(Some((Some(part), locale)));
                        }
                    }
                }),
            );
        });
    }
    let retry = {
        let failed = failed.clone();
        let attempt = attempt.clone();
        Callback::from(move |()| {
            failed.set(None);
            attempt.set(*attempt + 1);
        })
    };
    let status = if ready {
        LoadStatus::Ready
    } else if *failed == Some((part, locale)) {
        LoadStatus::Failed
    } else {
        LoadStatus::Loading
    };
    LoadState { status, retry }
}
