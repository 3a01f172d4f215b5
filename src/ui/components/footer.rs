//! Footer: the offline download, version and build date (from the commit, so builds are reproducible).

use yew::prelude::*;

use crate::build_info::{BUILD_DATE, COMMIT, VERSION};
use crate::i18n::msg;
use crate::ui::hooks::use_localizer;

/// The single self-contained file written next to index.html by scripts/postbuild.mjs.
const OFFLINE_FILE: &str = "acr-net-guide-offline.html";

#[function_component]
pub fn Footer() -> Html {
    let t = use_localizer();
    html! {
        <footer class="site-footer">
            <p class="offline-download">
                <a href={OFFLINE_FILE} download={OFFLINE_FILE}>{ t.text(msg::OFFLINE_DOWNLOAD) }</a>
                { " " }{ t.text(msg::OFFLINE_DOWNLOAD_HINT) }
            </p>
            <p>
                { t.format(msg::footer_version(BUILD_DATE, VERSION)) }
                <span class="commit">{ format!(" · {COMMIT}") }</span>
            </p>
        </footer>
    }
}
