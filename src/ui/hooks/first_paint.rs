//! Shows the app in place of the page's first paint (static/first-paint/boot.js) once the app's own page is
//! complete: its strings, and the shown step's body, loaded or failed. Until then the app renders unseen behind the
//! first paint, so the swap happens in one frame and nothing on the page moves.

use yew::prelude::*;

use crate::ui::platform;

#[hook]
pub fn use_first_paint_handover(complete: bool) {
    use_effect_with(complete, |complete| {
        if *complete {
            platform::reveal_app();
        }
    });
}
