//! The `/` shortcut: from anywhere but a form field it focuses the search field, or opens the search page where
//! there is none (see `platform::on_search_shortcut`).

use yew::prelude::*;

use crate::ui::platform;

#[hook]
pub fn use_search_shortcut() {
    use_effect_with((), |_| {
        let listener = platform::on_search_shortcut();
        move || drop(listener)
    });
}
