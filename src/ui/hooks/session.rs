//! The session on screen and the way to change it, provided by the shell.

use std::rc::Rc;

use yew::prelude::*;

use crate::session::{Action, Session};

/// What the shell provides on every page (the start page's session where the address shows none).
#[derive(Clone, PartialEq)]
pub struct SessionContext {
    pub session: Rc<Session>,
    /// Applies an action and updates the address (typing replaces the history entry, the rest push one).
    pub dispatch: Callback<Action>,
}

#[hook]
pub fn use_session() -> SessionContext {
    use_context::<SessionContext>().expect("pages render inside the shell's session provider")
}
