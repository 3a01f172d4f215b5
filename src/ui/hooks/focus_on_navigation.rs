//! Moves focus to the page heading when the visitor goes to another page (not on the first render, not while
//! typing into a field: `page` names the page, not its inputs).

use yew::prelude::*;

use crate::ui::platform;

#[hook]
pub fn use_focus_on_navigation(page: Option<String>) {
    let first_page = use_mut_ref(|| true);
    use_effect_with(page, move |page| {
        if page.is_some() && !std::mem::replace(&mut *first_page.borrow_mut(), false) {
            platform::focus_heading();
        }
    });
}
