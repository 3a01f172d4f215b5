//! The shipped content: required ids, complete and distinct texts in every locale, Turkish terminology,
//! and a snapshot of the tree's shape so accidental breakage shows up in review.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, HashMap};

use acr_content_compiler::{prose, Content, TreeNode, START};
use acr_vocab::{Locale, NodeKind};
use serde::Deserialize;

use crate::support::{content, fold_turkish, glossary, repo_path, toml_fixture};

fn locale_index(locale: Locale) -> usize {
    Locale::ALL.iter().position(|&l| l == locale).unwrap()
}

/// Public URL contract: reference-article anchors, symptoms, check-health codes and named causes/fixes.
const REQUIRED_IDS: &[&str] = &[
    // Reference-article section anchors.
    "symptoms",
    "causes",
    "further-diagnosis",
    "potential-solutions",
    "configure-client-firewall-access",
    "configure-public-access-to-registry",
    "configure-vnet-access",
    "configure-image-scanning-solution",
    "advanced-troubleshooting",
    "next-steps",
    // Symptoms.
    "dns-lookup-fails",
    "connection-timeout",
    "cannot-connect-login-server",
    "client-ip-not-allowed",
    "proxy-login-403",
    "tls-certificate-error",
    "data-endpoint-blocked",
    "azure-service-cannot-pull",
    "portal-cannot-manage",
    "network-settings-rejected",
    "tasks-cannot-pull-push",
    "image-scanning-missing",
    "unauthorized",
    "too-many-requests",
    // Causes and fixes.
    "private-endpoint-dns",
    "data-endpoints-and-replicas",
    "configure-proxy",
    "configure-egress-firewall",
    "allow-trusted-services",
    "troubleshoot-login",
    "troubleshoot-performance",
];

/// Every `az acr check-health` error code (acr-network-facts.md §7.1).
const CHECK_HEALTH_CODES: &[&str] = &[
    "DOCKER_COMMAND_ERROR",
    "DOCKER_DAEMON_ERROR",
    "DOCKER_VERSION_ERROR",
    "DOCKER_PULL_ERROR",
    "HELM_COMMAND_ERROR",
    "HELM_VERSION_ERROR",
    "NOTARY_COMMAND_ERROR",
    "NOTARY_VERSION_ERROR",
    "CMK_ERROR",
    "CONNECTIVITY_DNS_ERROR",
    "CONNECTIVITY_FORBIDDEN_ERROR",
    "CONNECTIVITY_CHALLENGE_ERROR",
    "CONNECTIVITY_AAD_LOGIN_ERROR",
    "CONNECTIVITY_WWW_AUTHENTICATE_ERROR",
    "CONNECTIVITY_REFRESH_TOKEN_ERROR",
    "CONNECTIVITY_ACCESS_TOKEN_ERROR",
    "CONNECTIVITY_SSL_ERROR",
    "CONNECTIVITY_TOOMANYREQUESTS_ERROR",
    "LOGIN_SERVER_ERROR",
    "UNEXPECTED_ERROR",
];

fn find<'c>(content: &'c Content, id: &str) -> Option<&'c TreeNode> {
    content.nodes.iter().find(|n| n.id == id || n.aliases.iter().any(|a| a.id == id))
}

#[test]
fn every_required_id_resolves() {
    let content = content();
    let missing: Vec<&str> = REQUIRED_IDS.iter().copied().filter(|id| find(&content, id).is_none()).collect();
    assert!(missing.is_empty(), "missing ids: {missing:?}");
    assert_eq!(find(&content, "symptoms").map(|n| n.id.as_str()), Some(START), "symptoms is an alias of start");
}

#[test]
fn every_check_health_code_has_a_cause_node_reachable_from_further_diagnosis() {
    let content = content();
    let further = find(&content, "further-diagnosis").expect("further-diagnosis");
    for code in CHECK_HEALTH_CODES {
        let node = content
            .nodes
            .iter()
            .find(|n| n.check_health_code.as_deref() == Some(*code))
            .unwrap_or_else(|| panic!("no node with check_health_code = {code:?}"));
        let id = &node.id;
        assert_eq!(node.kind, NodeKind::Cause, "{id}");
        assert!(node.errors.iter().any(|e| e == code), "{id} lists {code} among its errors");
        assert!(further.answers.iter().any(|a| &a.to == id), "further-diagnosis offers {id}");
    }
    let codes = content.nodes.iter().filter_map(|n| n.check_health_code.as_deref());
    assert!(codes.clone().all(|code| CHECK_HEALTH_CODES.contains(&code)), "only real check-health codes");
    assert_eq!(codes.count(), CHECK_HEALTH_CODES.len(), "one node per code");
}

#[test]
fn every_node_has_title_summary_and_body_in_every_locale() {
    let content = content();
    for locale in &content.locales {
        for (node, text) in content.nodes.iter().zip(&locale.texts) {
            let context = format!("{} ({})", node.id, locale.locale);
            assert!(!text.title.trim().is_empty(), "{context}: title");
            assert!(!text.summary.trim().is_empty(), "{context}: summary");
            assert!(prose(&text.body_markdown).split_whitespace().count() >= 10, "{context}: body is too short");
            assert_eq!(text.answers.len(), node.answers.len(), "{context}: answer labels");
            assert_eq!(text.still_failing.len(), node.still_failing.len(), "{context}: still-failing labels");
        }
    }
}

fn normalized(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[test]
fn turkish_prose_differs_from_english() {
    let content = content();
    let en = &content.locales[locale_index(Locale::En)];
    let tr = &content.locales[locale_index(Locale::Tr)];
    for ((node, en), tr) in content.nodes.iter().zip(&en.texts).zip(&tr.texts) {
        assert_ne!(normalized(&prose(&en.body_markdown)), normalized(&prose(&tr.body_markdown)), "{}: body", node.id);
        assert_ne!(normalized(&en.summary), normalized(&tr.summary), "{}: summary", node.id);
        for (en_label, tr_label) in en.answers.iter().zip(&tr.answers) {
            assert_ne!(normalized(en_label), normalized(tr_label), "{}: answer label", node.id);
        }
        for (en_label, tr_label) in en.still_failing.iter().zip(&tr.still_failing) {
            assert_ne!(normalized(en_label), normalized(tr_label), "{}: still-failing label", node.id);
        }
    }
}

/// Case folding for matching in `locale` (Turkish dotted and dotless i are distinct letters).
fn fold(locale: Locale, text: &str) -> String {
    match locale {
        Locale::Tr => fold_turkish(text),
        _ => text.to_lowercase(),
    }
}

/// All prose of a node in one locale: title, summary, answer and still-failing labels, body without code.
fn node_prose(text: &acr_content_compiler::NodeTexts) -> String {
    format!(
        "{} {} {} {} {}",
        text.title,
        text.summary,
        text.answers.join(" "),
        text.still_failing.join(" "),
        prose(&text.body_markdown)
    )
}

#[test]
fn glossary_locales_are_shipped_translations() {
    let glossary = glossary();
    let listed = glossary.term.iter().flat_map(|term| term.locales.keys()).chain(glossary.artefacts.keys());
    for code in listed {
        assert!(Locale::parse(code).is_some_and(|locale| locale != Locale::En), "glossary names locale {code:?}");
    }
}

#[test]
fn translations_use_the_glossary_terms() {
    let content = content();
    let glossary = glossary();
    let en = &content.locales[locale_index(Locale::En)];
    let mut problems = Vec::new();
    let mut checked = 0;
    for translation in content.locales.iter().filter(|locale| locale.locale != Locale::En) {
        let code = translation.locale.as_str();
        for ((node, en), text) in content.nodes.iter().zip(&en.texts).zip(&translation.texts) {
            let english = node_prose(en).to_lowercase();
            let translated = fold(translation.locale, &node_prose(text));
            for term in &glossary.term {
                let Some(rendering) = term.locales.get(code) else { continue };
                checked += 1;
                let uses = |t: &String| translated.contains(&fold(translation.locale, t));
                if english.contains(&term.en) && !rendering.uses.iter().any(uses) {
                    problems.push(format!(
                        "{} ({code}): English says \"{}\", lacks {:?}",
                        node.id, term.en, rendering.uses
                    ));
                }
                for avoid in &rendering.avoid {
                    if contains_word_start(&translated, &fold(translation.locale, avoid)) {
                        problems
                            .push(format!("{} ({code}): uses \"{avoid}\" (glossary: {:?})", node.id, rendering.uses));
                    }
                }
            }
        }
    }
    assert!(checked > 0, "no glossary term was checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Whether `word` occurs in `text` at the start of a word ("resim" in "resimler", not in "adresim").
fn contains_word_start(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| !text[..at].chars().next_back().is_some_and(char::is_alphanumeric))
}

/// Suffixes that the machine translation detached with a space: "Registry 'ye".
const DETACHED_SUFFIXES: &[&str] = &[
    "a", "e", "ı", "i", "u", "ü", "ya", "ye", "yı", "yi", "yu", "yü", "da", "de", "ta", "te", "dan", "den", "tan",
    "ten", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "sı", "si", "su", "sü", "lar", "ler", "Ler", "Lar",
];

#[test]
fn translations_have_no_machine_translation_artefacts() {
    let content = content();
    let glossary = glossary();
    let mut problems = Vec::new();
    for translation in content.locales.iter().filter(|locale| locale.locale != Locale::En) {
        let artefacts = glossary.artefacts.get(translation.locale.as_str()).map_or(&[][..], Vec::as_slice);
        for (node, text) in content.nodes.iter().zip(&translation.texts) {
            let all = format!(
                "{} {} {} {} {}",
                text.title,
                text.summary,
                text.answers.join(" "),
                text.still_failing.join(" "),
                text.body_markdown
            );
            for artefact in artefacts {
                if all.contains(artefact.as_str()) {
                    problems.push(format!("{} ({}): contains \"{artefact}\"", node.id, translation.locale));
                }
            }
            // Turkish writes suffixes after an apostrophe with no space ("Registry'ye", not "Registry 'ye").
            if translation.locale == Locale::Tr {
                let words = node_prose(text);
                for (at, _) in words.match_indices(" '") {
                    let suffix: String = words[at + 2..].chars().take_while(|c| c.is_alphabetic()).collect();
                    if DETACHED_SUFFIXES.contains(&suffix.as_str()) {
                        problems.push(format!("{}: space before the apostrophe suffix \"'{suffix}\"", node.id));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn texts_contain_no_invisible_characters() {
    let content = content();
    for locale in &content.locales {
        for (node, text) in content.nodes.iter().zip(&locale.texts) {
            let labels = format!("{} {}", text.answers.join(" "), text.still_failing.join(" "));
            let all = format!("{} {} {labels} {}", text.title, text.summary, text.body_markdown);
            let invisible = all.chars().find(|c| {
                matches!(c, '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}' | '\u{feff}' | '\u{00ad}' | '\u{202a}'..='\u{202e}')
            });
            assert_eq!(invisible, None, "{} ({})", node.id, locale.locale);
        }
    }
}

#[test]
fn every_fix_names_a_snippet_or_a_command() {
    let content = content();
    let en = &content.locales[locale_index(Locale::En)];
    for (node, text) in content.nodes.iter().zip(&en.texts) {
        if node.kind == NodeKind::Fix && node.snippets.is_empty() {
            assert!(text.body_html.contains("<code>"), "{} has no snippet and shows no command", node.id);
        }
    }
}

/// Longest path from `start` over answer edges (the tree is acyclic apart from `back` links).
fn longest_path(content: &Content) -> Vec<String> {
    let by_id: HashMap<&str, &TreeNode> = content.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    fn walk<'c>(
        id: &'c str,
        by_id: &HashMap<&str, &'c TreeNode>,
        memo: &mut HashMap<&'c str, Vec<String>>,
    ) -> Vec<String> {
        if let Some(path) = memo.get(id) {
            return path.clone();
        }
        let mut best = Vec::new();
        for answer in by_id[id].answers.iter().filter(|a| !a.back) {
            let path = walk(&answer.to, by_id, memo);
            if path.len() > best.len() {
                best = path;
            }
        }
        best.insert(0, id.to_string());
        memo.insert(id, best.clone());
        best
    }
    walk(START, &by_id, &mut HashMap::new())
}

fn shape(content: &Content) -> String {
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for node in &content.nodes {
        *by_kind.entry(node.kind.as_str()).or_default() += 1;
    }
    let mut out = format!("nodes: {}\n", content.nodes.len());
    for (kind, count) in by_kind {
        out.push_str(&format!("  {kind}: {count}\n"));
    }
    out.push_str(&format!("answer edges: {}\n", content.nodes.iter().map(|n| n.answers.len()).sum::<usize>()));
    out.push_str(&format!(
        "still-failing links: {}\n",
        content.nodes.iter().map(|n| n.still_failing.len()).sum::<usize>()
    ));
    out.push_str(&format!("related links: {}\n", content.nodes.iter().map(|n| n.related.len()).sum::<usize>()));
    out.push_str(&format!("aliases: {}\n", content.nodes.iter().map(|n| n.aliases.len()).sum::<usize>()));
    out.push_str(&format!(
        "nodes with snippets: {}\n",
        content.nodes.iter().filter(|n| !n.snippets.is_empty()).count()
    ));
    let path = longest_path(content);
    out.push_str(&format!("longest path ({} steps): {}\n", path.len() - 1, path.join(" → ")));
    out
}

#[test]
fn tree_shape_matches_the_snapshot() {
    // A change fails with a diff; after reviewing it, accept with `INSTA_UPDATE=always cargo test --test suite content::`.
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo_path("tests/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("tree-shape", shape(&content())));
}

#[derive(Deserialize)]
struct Coverage {
    covered: BTreeMap<String, Covered>,
    #[serde(rename = "not-covered")]
    not_covered: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Covered {
    node: String,
    text: Option<String>,
}

/// Item ids of acr-network-facts.md: symptoms A1–A12, strings B1–B31, causes C1–C14, questions Q0–Q14.
fn fact_items() -> Vec<String> {
    [("A", 1, 12), ("B", 1, 31), ("C", 1, 14), ("Q", 0, 14)]
        .into_iter()
        .flat_map(|(prefix, from, to)| (from..=to).map(move |n| format!("{prefix}{n}")))
        .collect()
}

#[test]
fn coverage_manifest_accounts_for_every_fact_and_its_strings_appear_on_their_nodes() {
    let content = content();
    let coverage: Coverage = toml_fixture("content-checks/coverage.toml");
    let en = &content.locales[locale_index(Locale::En)];
    let mut problems = Vec::new();
    for item in fact_items() {
        match (coverage.covered.get(&item), coverage.not_covered.get(&item)) {
            (Some(_), Some(_)) => problems.push(format!("{item} is both covered and not covered")),
            (None, None) => problems.push(format!("{item} is not in the manifest")),
            (None, Some(reason)) => assert!(!reason.trim().is_empty(), "{item}: empty reason"),
            (Some(covered), None) => {
                let Some(index) = content.nodes.iter().position(|n| n.id == covered.node) else {
                    problems.push(format!("{item}: unknown node {}", covered.node));
                    continue;
                };
                if let Some(text) = &covered.text {
                    let node = &content.nodes[index];
                    let on_page = node.errors.iter().any(|e| e.contains(text.as_str()))
                        || en.texts[index].body_markdown.contains(text.as_str());
                    if !on_page {
                        problems.push(format!("{item}: \"{text}\" does not appear on {}", node.id));
                    }
                }
            }
        }
    }
    let known = fact_items();
    for item in coverage.covered.keys().chain(coverage.not_covered.keys()) {
        if !known.contains(item) {
            problems.push(format!("{item} is not an item of the facts"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
