//! Hooks and contexts shared by the components.

use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::bodies;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::session::{Action, Session};

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

/// Whether the shown locale's node bodies can be displayed (the web build loads them per locale).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyStatus {
    Ready,
    Loading,
    Failed,
}

/// The bodies' status for the shown locale, and a way to try loading them again after a failure.
#[derive(Clone, PartialEq)]
pub struct BodiesContext {
    pub status: BodyStatus,
    pub retry: Callback<()>,
}

#[hook]
pub fn use_bodies() -> BodiesContext {
    use_context::<BodiesContext>().expect("pages render inside the shell's bodies provider")
}

/// Loads `locale`'s node bodies when they are not there yet (off the first paint: titles are compiled in),
/// and reports how far that got. Only the `lazy-bodies` build ever loads anything.
#[hook]
pub fn use_body_loader(locale: Locale) -> BodiesContext {
    let failed = use_state_eq(|| None::<Locale>);
    let attempt = use_state_eq(|| 0_u32);
    {
        let failed = failed.clone();
        let attempt = attempt.clone();
        use_effect_with((locale, *attempt), move |&(locale, current)| {
            if !bodies::is_ready(locale) {
                browser::load_bodies(
                    locale,
                    Callback::from(move |loaded: bool| {
                        if loaded {
                            // A new value re-renders the shell; the effect then finds the bodies ready.
                            attempt.set(current + 1);
                        } else {
                            failed.set(Some(locale));
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
    let status = if bodies::is_ready(locale) {
        BodyStatus::Ready
    } else if *failed == Some(locale) {
        BodyStatus::Failed
    } else {
        BodyStatus::Loading
    };
    BodiesContext { status, retry }
}
