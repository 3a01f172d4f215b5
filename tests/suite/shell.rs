//! Native render of the app shell (Yew SSR): page structure, localized strings and routing, no browser.
#![cfg(not(target_arch = "wasm32"))]

use acr_net_guide::i18n::MISSING_MARK;
use acr_net_guide::locale::Locale;
use acr_net_guide::session::{Action, Session};
use acr_net_guide::storage::Theme;
use acr_net_guide::tree::{Node, NodeKind};
use acr_net_guide::ui::{Shell, ShellProps};
use yew::LocalServerRenderer;

fn render(address: &str) -> String {
    let props = ShellProps {
        address: format!("#{address}").into(),
        fallback: Locale::En,
        theme: Theme::default(),
        discarded: None,
    };
    futures::executor::block_on(LocalServerRenderer::<Shell>::with_props(props).hydratable(false).render())
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
    for node in Node::all().filter(|node| *node != Node::start()) {
        for &locale in Locale::ALL {
            let html = render(&format!("/{locale}/{}", node.id()));
            let context = format!("{} ({locale})", node.id());
            assert_eq!(count(&html, "<h1"), 1, "{context}: {html}");
            assert!(!html.contains(MISSING_MARK), "{context}: untranslated key in {html}");
            let here = Session { node: Some(node), ..Session::new(locale) };
            for answer in node.answers(locale) {
                let link = format!(r#"href="{}""#, here.apply(Action::Answer(answer.id)).href());
                assert!(html.contains(&link), "{context}: answer {} missing: {link}", answer.id);
            }
            // A fix's "Still failing?" links are answer-like links that carry the trail too.
            for link in node.still_failing(locale) {
                let href = format!(r#"href="{}""#, here.apply(Action::Answer(link.id)).href());
                assert!(html.contains(&href), "{context}: still-failing link {} missing: {href}", link.id);
                let escaped = link.label.replace('&', "&amp;").replace('\'', "&#39;").replace('<', "&lt;");
                assert!(
                    html.contains(link.label) || html.contains(&escaped),
                    "{context}: still-failing label {:?} missing",
                    link.label
                );
            }
            assert_eq!(node.kind() == NodeKind::Fix, html.contains(r#"class="still-failing""#), "{context}");
            let links = node.answers(locale).count() + node.still_failing(locale).count();
            assert_eq!(count(&html, r#"class="answer""#), links, "{context}");
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
    for &locale in Locale::ALL {
        let html = render(&format!("/{locale}/"));
        for answer in Node::start().answers(locale) {
            let link = format!(r#"href="{}""#, Session::new(locale).apply(Action::Answer(answer.id)).href());
            assert!(html.contains(&link), "{locale}: {link}");
        }
        let alias = render(&format!("/{locale}/symptoms"));
        assert!(
            alias.contains(r#"class="symptoms""#) && !alias.contains("not-found"),
            "the alias shows the start page"
        );
    }
}

#[test]
fn the_trail_shows_each_question_and_answer_with_a_link_back() {
    let html = render("/en/check-nslookup?registry=contoso&via=start%3Adns%2Cdns-lookup-fails%3Anext");
    let trail = &html[html.find(r#"class="trail""#).expect("trail shown")..];
    let trail = &trail[..trail.find("</nav>").unwrap()];
    assert_eq!(count(trail, "<li>"), 2, "{trail}");
    assert!(trail.contains(r##"href="#/en/?registry=contoso""##), "rewind to start keeps inputs: {trail}");
    assert!(trail.contains(r##"href="#/en/dns-lookup-fails?registry=contoso&amp;via=start%3Adns""##), "{trail}");
    assert!(trail.contains(Node::find("dns-lookup-fails").unwrap().title(Locale::En)), "{trail}");
    let start_label = Node::start().answers(Locale::En).find(|a| a.id == "dns").unwrap().label;
    assert!(trail.contains(start_label), "{trail}");
}

#[test]
fn links_carry_inputs_and_the_trail_and_back_undoes_one_answer() {
    let html = render("/tr/check-nslookup?registry=contoso&via=start%3Adns%2Cdns-lookup-fails%3Anext");
    assert!(
        html.contains(r##"href="#/tr/dns-lookup-fails?registry=contoso&amp;via=start%3Adns" class="back""##),
        "{html}"
    );
    assert!(html.contains(r##"href="#/tr/?registry=contoso" class="restart""##), "{html}");
    assert!(
        html.contains(r##"href="#/en/check-nslookup?registry=contoso&amp;via="##),
        "locale switch keeps all: {html}"
    );
    assert!(html.contains("Buraya nasıl geldiniz"), "{html}");
}

#[test]
fn a_deep_link_without_a_trail_has_no_back_link_and_no_trail() {
    let html = render("/en/configure-proxy");
    assert!(!html.contains(r#"class="trail""#) && !html.contains(r#"class="back""#), "{html}");
    assert!(html.contains(r#"class="restart""#), "{html}");
}

#[test]
fn the_environment_panel_shows_the_node_inputs_filled_from_the_address() {
    let node = Node::find("configure-egress-firewall").unwrap();
    assert!(!node.inputs().is_empty());
    let html = render("/en/configure-egress-firewall?registry=contoso&replica=westeurope&replica=eastus");
    for input in node.inputs() {
        assert!(html.contains(&format!(r#"id="input-{input}""#)), "{input}: {html}");
    }
    assert!(html.contains(r#"value="contoso""#), "{html}");
    if node.inputs().contains(&acr_vocab::InputName::Replica) {
        assert!(html.contains(r#"value="westeurope, eastus""#), "{html}");
    }
}

#[test]
fn typed_values_reach_the_page_only_as_text() {
    let html = render("/en/configure-egress-firewall?registry=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assert!(!html.contains("<script>"), "{html}");
}

#[test]
fn an_unknown_node_suggests_the_closest_steps() {
    let html = render("/en/configure-vnet-acess");
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains(r##"href="#/en/configure-vnet-access""##), "{html}");
    let html = render("/tr/zzzzzzzzzzzz");
    assert!(!html.contains("not-found-suggestions"), "no random suggestions: {html}");
}

#[test]
fn symptom_cards_show_an_error_text_users_recognise() {
    let html = render("/en/");
    let with_error = Node::start().answers(Locale::En).filter(|answer| !answer.to.errors().is_empty()).count();
    assert!(with_error >= 10, "most symptoms carry an error string ({with_error})");
    assert_eq!(count(&html, r#"class="symptom-error""#), with_error, "{html}");
}

#[test]
fn a_node_shows_its_snippets_generated_from_the_address_inputs() {
    let node = Node::find("configure-egress-firewall").unwrap();
    let html = render("/en/configure-egress-firewall?registry=Contoso&region=westeurope&data-endpoints=on");
    assert_eq!(count(&html, r#"class="snippet""#), node.snippets().len(), "{html}");
    assert!(html.contains("contoso.westeurope.data.azurecr.io"), "{html}");
    assert!(html.contains("Download as script") && html.contains("Copy all"), "{html}");
    assert!(html.contains(r#"id="input-shell""#), "the shell can be chosen where there are scripts");
}

#[test]
fn an_invalid_input_is_explained_next_to_its_field_and_kept_out_of_snippets() {
    let html = render("/en/configure-egress-firewall?registry=my-acr&region=westeurope");
    assert!(html.contains(r#"id="input-registry-error""#), "{html}");
    assert!(html.contains("Registry name: letters and digits only, without “-”"), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    let snippets = &html[html.find(r#"class="snippets""#).expect("snippets")..];
    let snippets = &snippets[..snippets.find("</section>").unwrap()];
    assert!(!snippets.contains("my-acr"), "the invalid value reached a snippet");
    assert!(snippets.contains("&lt;registry-name&gt;"), "a placeholder instead: {snippets}");
}

#[test]
fn the_start_page_has_the_paste_box_before_the_symptoms() {
    let html = render("/en/");
    let paste = html.find(r#"class="paste-box""#).expect("paste box");
    let symptoms = html.find(r#"class="symptoms""#).expect("symptoms");
    assert!(paste < symptoms);
    assert!(html.contains(r#"<textarea id="paste-text""#), "{html}");
}

#[test]
fn a_step_offers_the_report_and_wiki_links_in_its_locale() {
    let html = render("/en/fix-allow-client-ip?registry=contoso&client-ip=203.0.113.9");
    assert_eq!(count(&html, "<details class=\"share\""), 1, "{html}");
    let share = html.split("<details class=\"share\"").nth(1).unwrap().split("</details>").next().unwrap();
    for label in ["Share this step", "Copy report", "Download report.md", "Copy as a wiki link:", "Hide names and IP"] {
        assert!(share.contains(label), "{label} in {share}");
    }
    for action in ["copy-report", "download-report", "link-markdown", "link-html", "link-confluence", "link-mediawiki"]
    {
        assert_eq!(count(share, &format!("data-action=\"{action}\"")), 1, "{action} in {share}");
    }
    assert!(share.contains("id=\"share-redact\"") && share.contains("role=\"status\""), "{share}");
    let tr = render("/tr/fix-allow-client-ip");
    for label in ["Bu adımı paylaşın", "Raporu kopyala", "report.md dosyasını indir", "Wiki bağlantısı olarak kopyala"]
    {
        assert!(tr.contains(label), "{label}");
    }
    assert!(!render("/en/").contains("class=\"share\""), "the start page is not a step");
}

#[test]
fn the_search_page_lists_matching_steps_with_the_hits_marked_and_keeps_the_inputs() {
    let html = render("/en/search?q=no%20such%20host&registry=contoso");
    assert_eq!(count(&html, "<h1"), 1, "{html}");
    assert!(html.contains("Search the guide"), "{html}");
    assert!(html.contains("id=\"search-input\"") && html.contains("value=\"no such host\""), "{html}");
    let results = html.split("id=\"search-results\"").nth(1).expect("the results list");
    assert!(results.contains("href=\"#/en/dns-lookup-fails?registry=contoso\""), "{results}");
    assert!(results.contains("<mark>no</mark> <mark>such</mark> <mark>host</mark>"), "{results}");
    assert!(html.contains("Steps found:"), "{html}");
    // The locale switch keeps the search.
    assert!(html.contains("href=\"#/tr/search?registry=contoso&amp;q=no+such+host\""), "{html}");
    assert!(!html.contains(MISSING_MARK));

    let tr = render("/tr/search?q=guvenlik%20duvari");
    assert!(tr.contains("Kılavuzda arayın") && tr.contains("<mark>güvenlik</mark>"), "{tr}");
}

#[test]
fn a_search_query_reaches_the_page_only_as_text() {
    let html = render("/en/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20host");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("value=\"&lt;img src=x onerror=alert(1)&gt; host\""), "{html}");
    let empty = render("/en/search");
    assert!(empty.contains("Type words from the error or the problem"), "{empty}");
    let results = empty.split("id=\"search-results\"").nth(1).unwrap().split("</ol>").next().unwrap();
    assert!(!results.contains("<li"), "no query, no results: {results}");
}

#[test]
fn every_snippet_block_is_a_focusable_region_named_by_its_title() {
    let node = Node::find("configure-egress-firewall").unwrap();
    let html = render("/en/configure-egress-firewall?registry=contoso");
    assert_eq!(count(&html, r#"role="region""#), node.snippets().len(), "{html}");
    for id in node.snippets() {
        let title = format!(r#""snippet-{}-title""#, id.as_str());
        assert_eq!(count(&html, &format!("id={title}")), 1, "{title} in {html}");
        assert_eq!(count(&html, &format!(r#"<pre tabindex="0" role="region" aria-labelledby={title}"#)), 1, "{html}");
        assert_eq!(count(&html, &format!("aria-describedby={title}")), 2, "Copy and Download name the snippet");
    }
}

#[test]
fn a_questions_answers_are_a_list_named_by_the_question_and_a_single_way_on_by_its_heading() {
    let question = render("/en/check-network-rules");
    assert!(question.contains(r#"<h1 id="node-title""#), "{question}");
    assert_eq!(count(&question, r#"<ul aria-labelledby="node-title">"#), 1, "{question}");
    let one_way = render("/en/client-ip-not-allowed");
    assert_eq!(count(&one_way, r#"<ul aria-labelledby="node-answers">"#), 1, "{one_way}");
}
