//! Shows the chosen theme and remembers locale, theme and inputs (none: a page that changes nothing).

use yew::prelude::*;

use crate::storage::Saved;
use crate::ui::platform;

#[hook]
pub fn use_remember(saved: Option<Saved>) {
    use_effect_with(saved, |saved| {
        if let Some(saved) = saved {
            platform::apply_theme(saved.theme);
            platform::save(saved);
        }
    });
}
