//! The "something went wrong" screen. With `panic = "abort"` the app is dead after a panic, so the hook
//! itself builds the screen with plain DOM calls; its reset is a plain link to the start page.

use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::locale::Locale;

/// Installs the panic hook (through Yew: a plain `std::panic::set_hook` would be replaced by Yew's default
/// console-only hook when the app mounts).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(format!("acr-net-guide crashed: {info}"));
        show_crash_screen();
    }));
}

fn show_crash_screen() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let locale = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Locale::parse(&code))
        .unwrap_or(Locale::FALLBACK);
    let t = Localizer::new(locale);
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    let href = window.location().href().unwrap_or_default();
    let start = href.split('#').next().unwrap_or_default().to_string();
    let parts = [
        ("h1", t.text(msg::CRASH_TITLE), None),
        ("p", t.text(msg::CRASH_BODY), None),
        ("a", t.text(msg::CRASH_RESET), Some(start)),
    ];
    let Ok(main) = document.create_element("main") else {
        return;
    };
    let _ = main.set_attribute("class", "crash");
    for (tag, text, href) in parts {
        let Ok(element) = document.create_element(tag) else {
            continue;
        };
        element.set_text_content(Some(&text));
        if let Some(href) = href {
            let _ = element.set_attribute("href", &href);
        }
        let _ = main.append_child(&element);
    }
    let _ = body.append_child(&main);
}
