//! Footer: the offline download, version and build date (from the commit, so builds are reproducible).

use yew::prelude::*;

use crate::build_info::{BUILD_DATE, COMMIT, VERSION};
use crate::i18n::{msg, Localizer};

/// The single self-contained file written next to index.html by scripts/postbuild.mjs.
const OFFLINE_FILE: &str = "acr-net-guide-offline.html";

/// A plain function, not a component: it has no state of its own, and each component type adds its own copy of
/// Yew's component code to the wasm.
pub fn footer(t: &Localizer) -> Html {
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
