//! Native render of the app shell (Yew SSR): page structure, localized strings and routing, no browser.
#![cfg(not(target_arch = "wasm32"))]

use acr_net_guide::i18n::MISSING_MARK;
use acr_net_guide::locale::Locale;
use acr_net_guide::ui::Shell;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::query::Raw;
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct AtProps {
    path: AttrValue,
    query: AttrValue,
    fallback: Locale,
}

/// The shell inside a memory router that starts at `path?query`.
#[function_component]
fn At(props: &AtProps) -> Html {
    let history = use_memo((props.path.clone(), props.query.clone()), |(path, query)| {
        let history = MemoryHistory::new();
        history.replace_with_query(path.as_str(), Raw(query.as_str())).expect("raw query");
        AnyHistory::from(history)
    });
    html! {
        <Router history={(*history).clone()}>
            <Shell fallback={props.fallback} />
        </Router>
    }
}

fn render(address: &str) -> String {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let props = AtProps { path: path.to_string().into(), query: query.to_string().into(), fallback: Locale::En };
    futures::executor::block_on(LocalServerRenderer::<At>::with_props(props).hydratable(false).render())
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn english_start_page_has_one_heading_and_the_product_name() {
    let html = render("/en/");
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains("Troubleshoot registry network access"), "{html}");
    assert!(html.contains("ACR network troubleshooter"), "{html}");
    assert!(!html.contains(MISSING_MARK), "untranslated key in {html}");
}

#[test]
fn turkish_start_page_is_in_turkish() {
    let html = render("/tr/");
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains("Kayıt defteri ağ erişimi sorunlarını giderin"), "{html}");
    assert!(html.contains("ACR ağ sorun giderici"), "{html}");
    assert!(!html.contains("Troubleshoot registry network access"), "{html}");
    assert!(!html.contains(MISSING_MARK), "untranslated key in {html}");
}

#[test]
fn locale_switch_links_keep_the_page_and_query() {
    let html = render("/en/some-step?registry=contoso");
    assert!(html.contains(r##"href="#/tr/some-step?registry=contoso""##), "{html}");
    assert!(html.contains(r##"href="#/en/some-step?registry=contoso""##), "{html}");
    assert!(html.contains(r#"aria-current="true""#), "{html}");
}

#[test]
fn unknown_address_shows_a_localized_not_found_page_with_a_way_back() {
    let html = render("/tr/a/b/c");
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains("Sayfa bulunamadı"), "{html}");
    assert!(html.contains(r##"href="#/tr/""##), "{html}");
}

#[test]
fn requested_path_is_shown_as_text_never_as_markup() {
    let html = render("/en/<img src=x onerror=alert(1)>");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img"), "{html}");
}

#[test]
fn footer_shows_version_and_build_date() {
    let html = render("/en/");
    assert!(html.contains(&format!("Version {}", env!("CARGO_PKG_VERSION"))), "{html}");
    assert!(html.contains(acr_net_guide::build_info::BUILD_DATE), "{html}");
}

#[test]
fn every_node_renders_in_every_locale_with_one_heading_and_its_answers() {
    use acr_net_guide::content::Node;
    for node in Node::all().filter(|node| *node != Node::start()) {
        for &locale in Locale::ALL {
            let html = render(&format!("/{locale}/{}", node.id()));
            let context = format!("{} ({locale})", node.id());
            assert_eq!(count(&html, "<h1"), 1, "{context}: {html}");
            assert!(!html.contains(MISSING_MARK), "{context}: untranslated key in {html}");
            for answer in node.answers(locale) {
                let link = format!(r##"href="#/{locale}/{}""##, answer.to.id());
                assert!(html.contains(&link), "{context}: answer {} missing", answer.id);
            }
            for error in node.errors() {
                let escaped =
                    error.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
                assert!(
                    html.contains(&escaped) || html.contains(*error),
                    "{context}: error string {error:?} not shown"
                );
            }
        }
    }
}

#[test]
fn start_page_offers_every_symptom_of_the_start_node() {
    use acr_net_guide::content::Node;
    for &locale in Locale::ALL {
        let html = render(&format!("/{locale}/"));
        for answer in Node::start().answers(locale) {
            assert!(html.contains(&format!(r##"href="#/{locale}/{}""##, answer.to.id())), "{locale}: {}", answer.id);
        }
        let alias = render(&format!("/{locale}/symptoms"));
        assert!(
            alias.contains(r#"class="symptoms""#) && !alias.contains("not-found"),
            "the alias shows the start page"
        );
    }
}
