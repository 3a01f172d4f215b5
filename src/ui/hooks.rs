//! Hooks and contexts shared by the components.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::locale_files::{self, LocalePart};
use crate::session::{Action, Session};
use crate::ui::platform;

/// The active locale's strings, provided by the shell.
#[hook]
pub fn use_localizer() -> Rc<Localizer> {
    use_context::<Rc<Localizer>>().expect("components render inside the shell's localizer provider")
}

/// The session on screen and the way to change it, provided by the shell on the start page and node pages.
#[derive(Clone, PartialEq)]
pub struct SessionContext {
    pub session: Rc<Session>,
    /// Applies an action and updates the address (typing replaces the history entry, the rest push one).
    pub dispatch: Callback<Action>,
}

#[hook]
pub fn use_session() -> SessionContext {
    use_context::<SessionContext>().expect("pages with a session render inside the shell's session provider")
}

/// Whether a file of the shown locale can be used (the web build loads strings per locale, bodies per page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadStatus {
    Ready,
    Loading,
    Failed,
}

/// The status of one of the shown locale's files, and a way to try loading it again after a failure.
#[derive(Clone, PartialEq)]
pub struct LocaleFileContext {
    pub status: LoadStatus,
    pub retry: Callback<()>,
}

/// The bodies' status, provided by the shell to the node page.
#[hook]
pub fn use_bodies() -> LocaleFileContext {
    use_context::<LocaleFileContext>().expect("pages render inside the shell's bodies provider")
}

/// Loads `locale`'s `part` (none: nothing to load) when it is not there yet, and reports how far that got.
/// Only the `lazy-locales` build ever loads anything.
#[hook]
pub fn use_locale_file(part: Option<LocalePart>, locale: Locale) -> LocaleFileContext {
    let failed = use_state_eq(|| None::<(Option<LocalePart>, Locale)>);
    let attempt = use_state_eq(|| 0_u32);
    {
        let failed = failed.clone();
        let attempt = attempt.clone();
        use_effect_with((part, locale, *attempt), move |&(part, locale, current)| {
            let Some(part) = part else { return };
            if !locale_files::is_ready(part, locale) {
                platform::load_locale_file(
                    part,
                    locale,
                    Callback::from(move |loaded: bool| {
                        if loaded {
                            // A new value re-renders the shell; the effect then finds the file ready.
                            attempt.set(current + 1);
                        } else {
                            failed.set(Some((Some(part), locale)));
                        }
                    }),
                );
            }
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
    let status = if part.is_none_or(|part| locale_files::is_ready(part, locale)) {
        LoadStatus::Ready
    } else if *failed == Some((part, locale)) {
        LoadStatus::Failed
    } else {
        LoadStatus::Loading
    };
    LocaleFileContext { status, retry }
}
