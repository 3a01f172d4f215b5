//! Browser tier: the real app mounted in headless Chromium through wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use acr_net_guide::i18n::msg;
use acr_net_guide::i18n::Localizer;
use acr_net_guide::locale::Locale;
use acr_net_guide::ui::{App, AppProps};
use gloo::timers::future::TimeoutFuture;
use gloo::utils::{document, document_element, window};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Polls `condition` every 20 ms for up to 10 s (a loaded CI machine is slow, not wrong).
async fn eventually(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        TimeoutFuture::new(20).await;
    }
    panic!("timed out waiting for: {what}");
}

fn heading() -> String {
    document().query_selector("h1").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
fn fluent_strings_resolve_in_wasm() {
    assert_eq!(Localizer::new(Locale::Tr).text(msg::LOCALE_SWITCH_LABEL), "Dil");
    assert_eq!(Localizer::new(Locale::En).text(msg::LOCALE_SWITCH_LABEL), "Language");
}

#[wasm_bindgen_test]
async fn app_follows_the_hash_and_sets_html_lang() {
    window().location().set_hash("#/tr/").expect("set hash");
    let root = document().create_element("div").expect("div");
    document().body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps { fallback: Locale::En, theme: Default::default(), discarded: None },
    )
    .render();

    eventually("Turkish start page", || heading() == "Kayıt defteri ağ erişimi sorunlarını giderin").await;
    // `lang` and the title are set by an effect, which runs just after the render that changed the heading.
    eventually("<html lang=tr>", || document_element().get_attribute("lang").as_deref() == Some("tr")).await;
    assert!(document().title().contains("ACR ağ sorun giderici"), "{}", document().title());

    window().location().set_hash("#/en/").expect("set hash");
    eventually("English start page", || heading() == "Troubleshoot registry network access").await;
    eventually("<html lang=en>", || document_element().get_attribute("lang").as_deref() == Some("en")).await;

    window().location().set_hash("#/en/x/y").expect("set hash");
    eventually("not-found page", || heading() == "Page not found").await;
}

/// Search in wasm, over every step of a locale: the results are those of the native build, and the time per query
/// is printed (`make test` runs this tier in debug; docs/PERFORMANCE.md has the release figure). The index is
/// compiled into this build (the web build, feature `lazy-locales`, fetches it).
#[cfg(not(feature = "lazy-locales"))]
#[wasm_bindgen_test]
fn search_over_every_step_in_wasm() {
    use acr_net_guide::locale_files::search_index;
    let queries = [
        (Locale::En, "no such host", "dns-lookup-fails"),
        (Locale::Tr, "guvenlik duvari", "configure-client-firewall-access"),
    ];
    for (locale, query, top) in queries {
        let index = search_index(locale);
        let t = Localizer::new(locale);
        assert_eq!(index.query(query, &t, 20).first().map(|hit| hit.node.id()), Some(top), "{query}");
        let runs = 50;
        let started = js_sys::Date::now();
        for _ in 0..runs {
            std::hint::black_box(index.query(query, &t, 20));
        }
        let each = (js_sys::Date::now() - started) / f64::from(runs);
        wasm_bindgen_test::console_log!("search {locale} {query:?}: {each:.2} ms per query in wasm");
    }
}
