//! Hooks shared by the components.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Localizer;

/// The active locale's strings, provided by the shell.
#[hook]
pub fn use_localizer() -> Rc<Localizer> {
    use_context::<Rc<Localizer>>().expect("components render inside the shell's localizer provider")
}
