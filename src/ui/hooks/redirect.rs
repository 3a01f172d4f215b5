//! Replaces an address that needs rewriting (a legacy anchor, a missing locale) with its canonical route.

use yew::prelude::*;

use crate::route::Route;
use crate::ui::platform;

#[hook]
pub fn use_redirect(target: Option<Route>) {
    use_effect_with(target, move |target| {
        if let Some(route) = target {
            platform::navigate(route, true);
        }
    });
}
