//! Hooks and contexts shared by the components.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Localizer;
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
