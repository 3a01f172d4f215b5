//! The "something went wrong" screen. With `panic = "abort"` the app is dead after a panic, so the hook
//! itself builds the screen with plain DOM calls; its reset is a plain link to the start page.

use wasm_bindgen::JsCast;

use crate::build_info::{BUILD_DATE, COMMIT, VERSION};
use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::route::{resolve_hash, Resolution, Route};

/// Installs the panic hook (through Yew: a plain `std::panic::set_hook` would be replaced by Yew's default
/// console-only hook when the app mounts).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("acr-net-guide crashed: {info}"));
        show_crash_screen(&info.to_string());
    }));
}

/// Test builds only (feature `crash-test`, which no release build enables): the reserved not-found path
/// `crash-test` panics while rendering, so the end-to-end tests can prove the crash screen.
#[cfg(feature = "crash-test")]
pub fn trigger(path: &str) {
    if path == "crash-test" {
        panic!("crash-test: a deliberate panic while rendering");
    }
}

/// The locale of the crashed page: the address names it even when the panic came before `<html lang>` was set
/// (a panic in the first render of a page); then `<html lang>`; then the fallback.
fn crash_locale(hash: &str, lang: Option<&str>) -> Locale {
    let shown = lang.and_then(Locale::parse).unwrap_or(Locale::FALLBACK);
    match resolve_hash(hash, shown) {
        Resolution::Show(route) => route.locale,
        Resolution::NotFound { locale, .. } => locale,
        Resolution::Redirect(_) => shown,
    }
}

/// What a user pastes into a bug report: version, the page (its path only: input values stay out of it), the
/// panic and the browser.
fn crash_details(panic: &str, hash: &str, user_agent: &str) -> String {
    let page = hash.split('?').next().unwrap_or_default();
    format!("acr-net-guide {VERSION} ({COMMIT}, {BUILD_DATE})\npage: {page}\n{panic}\nbrowser: {user_agent}")
}

/// The start page in `locale`, reached by loading the page afresh (the dead app cannot follow a link): a link that
/// differed from the crashed address only after `#` would change the hash and nothing else, so the query part
/// differs instead — an empty one added, or one already empty dropped.
fn reset_href(href: &str, locale: Locale) -> String {
    let page = href.split('#').next().unwrap_or_default();
    let path = page.split('?').next().unwrap_or_default();
    let fresh = if page.ends_with('?') { path.to_string() } else { format!("{path}?") };
    format!("{fresh}{}", Route::home(locale).href())
}

fn show_crash_screen(panic: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let lang = document.document_element().and_then(|root| root.get_attribute("lang"));
    let locale = crash_locale(&hash, lang.as_deref());
    let t = Localizer::new(locale);
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.as_str());
    }
    document.set_title(&t.text(msg::CRASH_TITLE));
    let start = reset_href(&window.location().href().unwrap_or_default(), locale);
    let details = crash_details(panic, &hash, &window.navigator().user_agent().unwrap_or_default());
    let Ok(main) = document.create_element("main") else {
        return;
    };
    let _ = main.set_attribute("class", "crash");
    let _ = main.set_attribute("role", "alert");
    let parts = [
        ("h1", t.text(msg::CRASH_TITLE), &[][..]),
        ("p", t.text(msg::CRASH_BODY), &[][..]),
        ("a", t.text(msg::CRASH_RESET), &[("href", start.as_str()), ("class", "crash-reset")][..]),
        ("label", t.text(msg::CRASH_DETAILS), &[("for", "crash-details")][..]),
        ("textarea", details, &[("id", "crash-details"), ("readonly", ""), ("rows", "6"), ("spellcheck", "false")][..]),
    ];
    for (tag, text, attributes) in parts {
        let Ok(element) = document.create_element(tag) else {
            continue;
        };
        element.set_text_content(Some(&text));
        for (name, value) in attributes {
            let _ = element.set_attribute(name, value);
        }
        let _ = main.append_child(&element);
    }
    let _ = body.append_child(&main);
    // Selected, so that Ctrl+C copies the details at once (no script can run after the panic to offer a button).
    if let Some(area) =
        document.get_element_by_id("crash-details").and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_decides_the_crash_screen_language_before_html_lang() {
        assert_eq!(crash_locale("#/tr/crash-test", Some("en")), Locale::Tr, "first render: <html lang> still says en");
        assert_eq!(crash_locale("#/tr/no/such/page", Some("en")), Locale::Tr);
        assert_eq!(crash_locale("#////", Some("tr")), Locale::Tr);
        assert_eq!(crash_locale("", None), Locale::FALLBACK);
        assert_eq!(crash_locale("#/xx/y", Some("zz")), Locale::FALLBACK);
    }

    #[test]
    fn the_reset_link_loads_the_page_afresh_on_the_start_page() {
        let cases = [
            ("https://wiki.example.com/acr/#/tr/configure-proxy?registry=a", "https://wiki.example.com/acr/?#/tr/"),
            ("https://wiki.example.com/acr/?#/tr/crash", "https://wiki.example.com/acr/#/tr/"),
            ("https://wiki.example.com/acr/?x=1#/tr/", "https://wiki.example.com/acr/?#/tr/"),
            ("file:///media/usb/acr-net-guide-offline.html", "file:///media/usb/acr-net-guide-offline.html?#/tr/"),
        ];
        for (crashed, expected) in cases {
            let reset = reset_href(crashed, Locale::Tr);
            assert_eq!(reset, expected);
            assert_ne!(reset.split('#').next(), crashed.split('#').next(), "more than the hash differs");
        }
    }

    #[test]
    fn the_details_name_version_page_and_panic_but_no_input_value() {
        let details = crash_details(
            "panicked at src/ui/crash.rs:1:1:\nboom",
            "#/en/configure-proxy?registry=secret-name&via=start:proxy",
            "Chromium/1",
        );
        assert!(details.starts_with(&format!("acr-net-guide {VERSION} ({COMMIT}, {BUILD_DATE})\n")), "{details}");
        assert!(details.contains("page: #/en/configure-proxy\n"), "{details}");
        assert!(details.contains("boom") && details.ends_with("browser: Chromium/1"), "{details}");
        assert!(!details.contains("secret-name"), "{details}");
    }
}
