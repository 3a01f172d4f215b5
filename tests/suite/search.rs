//! Search: the relevance table (`tests/fixtures/search/relevance.toml`), Turkish folding, typos, error strings
//! however they are quoted or wrapped, excerpts with the hits marked, and the search page rendered natively.

use acr_net_guide::i18n::Localizer;
use acr_net_guide::locale::Locale;
use acr_net_guide::locale_files::search_index;
use acr_net_guide::search::SearchHit;
use acr_net_guide::tree::Node;
use serde::Deserialize;

use crate::support::toml_fixture;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    locale: String,
    query: String,
    top: String,
}

fn query(locale: Locale, text: &str) -> Vec<SearchHit> {
    search_index(locale).query(text, &Localizer::new(locale), 10)
}

fn ids(hits: &[SearchHit]) -> Vec<&'static str> {
    hits.iter().map(|hit| hit.node.id()).collect()
}

#[test]
fn every_query_of_the_relevance_table_finds_its_step_first() {
    let table: Table = toml_fixture("search/relevance.toml");
    let mut failures = Vec::new();
    let mut per_locale = [0; 2];
    for case in &table.case {
        let locale = Locale::parse(&case.locale).unwrap_or_else(|| panic!("locale {}", case.locale));
        per_locale[locale as usize] += 1;
        assert!(Node::find(&case.top).is_some(), "unknown step {}", case.top);
        let found = ids(&query(locale, &case.query));
        if found.first() != Some(&case.top.as_str()) {
            failures.push(format!(
                "{locale} {:?}: expected {}, got {:?}",
                case.query,
                case.top,
                &found[..found.len().min(3)]
            ));
        }
    }
    assert!(per_locale.iter().all(|&n| n >= 30), "at least 30 cases per locale: {per_locale:?}");
    assert!(failures.is_empty(), "{} of {} cases:\n{}", failures.len(), table.case.len(), failures.join("\n"));
}

#[test]
fn turkish_is_found_with_or_without_its_letters_and_in_any_case() {
    let with_letters = ids(&query(Locale::Tr, "güvenlik duvarı"));
    assert!(!with_letters.is_empty());
    for typed in ["guvenlik duvari", "GÜVENLİK DUVARI", "GUVENLIK DUVARI", "Güvenlik Duvarı"] {
        assert_eq!(ids(&query(Locale::Tr, typed)), with_letters, "{typed}");
    }
    let hit = &query(Locale::Tr, "guvenlik duvari")[0];
    let marked: Vec<&str> = hit.title.iter().filter(|run| run.hit).map(|run| run.text.as_str()).collect();
    assert!(marked.iter().any(|text| text.starts_with("güvenlik") || text.starts_with("Güvenlik")), "{:?}", hit.title);
}

#[test]
fn a_small_typo_still_finds_the_step_but_nonsense_finds_nothing() {
    assert_eq!(ids(&query(Locale::En, "dedicted data endponts")).first(), Some(&"fix-dedicated-data-endpoints"));
    assert!(query(Locale::En, "qwertzuiop asdfghjkl").is_empty());
    assert!(query(Locale::En, "").is_empty());
    assert!(query(Locale::En, " ,;: ").is_empty());
}

#[test]
fn error_strings_match_however_quoted_or_wrapped() {
    let plain = "client with IP 203.0.113.10 is not allowed access";
    let forms = [
        "denied: client with IP '203.0.113.10' is not allowed access.",
        "\"client with IP \\u0027203.0.113.10\\u0027 is not allowed access\"",
        "client with IP\n    '203.0.113.10' is not\n    allowed access",
        "“client with IP ‘203.0.113.10’ is not allowed access”",
    ];
    let expected = ids(&query(Locale::En, plain))[0];
    assert_eq!(expected, "client-ip-not-allowed");
    for form in forms {
        assert_eq!(ids(&query(Locale::En, form)).first(), Some(&expected), "{form:?}");
    }
}

#[test]
fn hits_carry_the_title_and_an_excerpt_with_the_matches_marked() {
    let hits = query(Locale::En, "no such host");
    let hit = &hits[0];
    let excerpt: String = hit.excerpt.iter().map(|run| run.text.as_str()).collect();
    assert!(excerpt.contains("no such host"), "the error string is the excerpt: {excerpt}");
    let marked: Vec<&str> = hit.excerpt.iter().filter(|run| run.hit).map(|run| run.text.as_str()).collect();
    assert_eq!(marked, ["no", "such", "host"]);
    let title: String = hit.title.iter().map(|run| run.text.as_str()).collect();
    assert_eq!(title, hit.node.title(Locale::En));

    // A word found only in a body shows a piece of the body around it.
    let hits = query(Locale::En, "nslookup");
    let body_hit = hits.iter().find(|hit| hit.excerpt.iter().any(|run| run.hit)).expect("an excerpt with the word");
    let excerpt: String = body_hit.excerpt.iter().map(|run| run.text.as_str()).collect();
    assert!(excerpt.len() <= 260, "short: {excerpt}");
    assert!(!excerpt.contains("](#/"), "no Markdown link targets: {excerpt}");
}

#[test]
fn results_are_ranked_and_limited() {
    let hits = search_index(Locale::En).query("registry", &Localizer::new(Locale::En), 5);
    assert_eq!(hits.len(), 5);
    assert!(hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
}
