//! Registers the service worker once and reports when a newer version of the guide is ready.

use yew::prelude::*;

use crate::ui::platform;

#[hook]
pub fn use_update_ready() -> bool {
    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            platform::register_service_worker(Callback::from(move |_| update_ready.set(true)));
        });
    }
    *update_ready
}
