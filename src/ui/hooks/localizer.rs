//! The active locale's strings, provided by the shell.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Localizer;

#[hook]
pub fn use_localizer() -> Rc<Localizer> {
    use_context::<Rc<Localizer>>().expect("components render inside the shell's localizer provider")
}
