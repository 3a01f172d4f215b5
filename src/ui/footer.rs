//! Footer: version and build date (from the commit, so builds are reproducible).

use yew::prelude::*;

use super::hooks::use_localizer;
use crate::build_info::{BUILD_DATE, COMMIT, VERSION};

#[function_component]
pub fn Footer() -> Html {
    let t = use_localizer();
    html! {
        <footer class="site-footer">
            <p>
                { t.text_with("footer-version", &[("version", VERSION), ("date", BUILD_DATE)]) }
                <span class="commit">{ format!(" · {COMMIT}") }</span>
            </p>
        </footer>
    }
}
