//! Everything that touches the browser, called only from effects, callbacks and start-up (never during render,
//! so components also render natively for tests).

use yew_router::prelude::Navigator;
use yew_router::query::Raw;
use yew_router::AnyRoute;

use crate::locale::Locale;
use crate::route::{self, Resolution};

/// `navigator.languages`, most preferred first (empty when unavailable).
pub fn preferred_languages() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|value| value.as_string()).collect()
}

/// Rewrites legacy anchors (`#configure-vnet-access`) and locale-less hashes before the router starts,
/// because the hash router would otherwise turn them into `#/` and lose them.
pub fn canonicalize_location(fallback: Locale) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let Resolution::Redirect(target) = route::resolve_hash(&hash, fallback) {
        // Failure leaves the old address; the shell then shows its not-found page.
        let _ = gloo::utils::history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(locale: Locale, title: &str) {
    let document = gloo::utils::document();
    let _ = gloo::utils::document_element().set_attribute("lang", locale.as_str());
    document.set_title(title);
}

/// Replaces the current history entry with `href` (`#/<locale>/…?query`).
pub fn replace(navigator: &Navigator, href: &str) {
    let hash = href.strip_prefix('#').unwrap_or(href);
    match hash.split_once('?') {
        Some((path, query)) if !query.is_empty() => {
            if navigator.replace_with_query(&AnyRoute::new(path), Raw(query)).is_err() {
                navigator.replace(&AnyRoute::new(path));
            }
        }
        Some((path, _)) => navigator.replace(&AnyRoute::new(path)),
        None => navigator.replace(&AnyRoute::new(hash)),
    }
}
