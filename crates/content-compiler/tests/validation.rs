//! One failing fixture per validation rule: each test copies `fixtures/valid`, breaks one rule and checks
//! that the loader rejects it with the right `file:line: message`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use acr_content_compiler::{load, Content};

/// A fresh copy of the valid fixture in the target's temporary folder.
fn fixture() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "content-fixture-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &dir);
    // The message families the typed ids need (one per input, snippet and node kind), from the vocabulary itself
    // so that a new name needs no fixture edit.
    let mut families = String::new();
    for name in acr_vocab::InputName::ALL {
        families.push_str(&format!("input-{name} = {name}\ninput-{name}-hint = {name}\n"));
    }
    for id in acr_vocab::SnippetId::ALL {
        families.push_str(&format!("snippet-{id} = {id}\n"));
    }
    for kind in acr_vocab::NodeKind::ALL {
        families.push_str(&format!("kind-{kind} = {kind}\n"));
    }
    for locale in ["en", "tr"] {
        fs::write(dir.join(locale).join("ui-vocabulary.ftl"), &families).unwrap();
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "fixture {file} lacks {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn write(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Loads `root` expecting failure; returns the problems as `relative/file:line: message` lines.
fn problems(root: &Path) -> Vec<String> {
    match load(root) {
        Ok(_) => panic!("content in {} was accepted", root.display()),
        Err(problems) => problems.iter().map(|p| p.to_string().replace(&format!("{}/", root.display()), "")).collect(),
    }
}

fn assert_rejected(root: &Path, expected: &str) {
    let found = problems(root);
    assert!(found.iter().any(|p| p == expected), "expected {expected:?}, got {found:#?}");
}

fn loaded(root: &Path) -> Content {
    load(root).unwrap_or_else(|problems| panic!("{problems:#?}"))
}

#[test]
fn valid_fixture_loads_with_rendered_bodies_and_localized_links() {
    let content = loaded(&fixture());
    assert_eq!(content.nodes.len(), 4);
    let en = &content.locales[0];
    let tr = &content.locales[1];
    assert_eq!(en.texts[0].title, "What do you see?");
    assert_eq!(tr.texts[0].answers, ["Ad çözümlenmiyor", "Başka bir şey"]);
    assert!(en.texts[0].body_html.contains(r##"<a href="#/en/help">help</a>"##), "{}", en.texts[0].body_html);
    assert!(tr.texts[0].body_html.contains(r##"<a href="#/tr/help">yardım</a>"##), "{}", tr.texts[0].body_html);
    assert!(en.texts[1].body_html.contains("<code>myregistry.azurecr.io</code>"));
}

#[test]
fn toml_syntax_error_names_the_line() {
    let root = fixture();
    edit(&root, "tree.toml", "kind = \"fix\"", "kind = \"fix");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tree.toml:23:")), "{found:#?}");
}

#[test]
fn unknown_field_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "kind = \"fix\"", "kind = \"fix\"\nanswer = []");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tree.toml:") && p.contains("unknown field `answer`")), "{found:#?}");
}

#[test]
fn unknown_kind_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "kind = \"fix\"", "kind = \"solution\"");
    assert_rejected(
        &root,
        "tree.toml:23: node \"fix-dns\": unknown kind \"solution\" (allowed: symptom, question, check, cause, fix, reference)",
    );
}

#[test]
fn unknown_input_and_snippet_are_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "inputs = [\"registry\"]", "inputs = [\"registy\"]");
    edit(&root, "tree.toml", "snippets = [\"dns-check\"]", "snippets = [\"dns-test\"]");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tree.toml:16: unknown input \"registy\"")), "{found:#?}");
    assert!(found.iter().any(|p| p.starts_with("tree.toml:17: unknown snippet \"dns-test\"")), "{found:#?}");
}

#[test]
fn duplicate_id_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "id = \"help\"", "id = \"fix-dns\"");
    assert_rejected(&root, "tree.toml:27: id \"fix-dns\" is used twice (first on line 22)");
}

#[test]
fn alias_that_collides_with_an_id_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "aliases = [\"symptoms\"]", "aliases = [\"help\"]");
    assert_rejected(&root, "tree.toml:27: id \"help\" is used twice (first on line 6)");
}

#[test]
fn malformed_and_reserved_ids_are_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "aliases = [\"symptoms\"]", "aliases = [\"Symptoms\", \"search\"]");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tree.toml:6: id \"Symptoms\" is not valid")), "{found:#?}");
    assert!(
        found.iter().any(|p| p == "tree.toml:6: id \"search\" is a reserved route word (locale code or app page)"),
        "{found:#?}"
    );
}

#[test]
fn answer_to_unknown_node_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "to = \"dns-fails\"", "to = \"dns-fail\"");
    assert_rejected(&root, "tree.toml:8: answer \"dns\" of \"start\" points to unknown node \"dns-fail\"");
}

#[test]
fn related_link_to_unknown_node_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "related = [\"help\"]", "related = [\"helps\"]");
    assert_rejected(&root, "tree.toml:18: node \"dns-fails\": related link to unknown node \"helps\"");
}

#[test]
fn duplicate_answer_id_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "{ id = \"other\", to = \"help\" }", "{ id = \"dns\", to = \"help\" }");
    assert_rejected(&root, "tree.toml:9: node \"start\": answer \"dns\" appears twice");
}

#[test]
fn question_needs_two_answers() {
    let root = fixture();
    edit(&root, "tree.toml", "  { id = \"other\", to = \"help\" },\n", "");
    let found = problems(&root);
    assert!(found.iter().any(|p| p == "tree.toml:4: question \"start\" needs at least 2 answers, has 1"), "{found:#?}");
}

#[test]
fn path_that_does_not_end_at_a_fix_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "kind = \"fix\"", "kind = \"check\"");
    assert_rejected(
        &root,
        "tree.toml:22: check \"fix-dns\" has no answers: every path must end at a fix or reference node",
    );
}

#[test]
fn fix_with_answers_is_rejected() {
    let root = fixture();
    edit(
        &root,
        "tree.toml",
        "kind = \"reference\"",
        "kind = \"reference\"\nanswers = [{ id = \"next\", to = \"fix-dns\" }]",
    );
    assert_rejected(&root, "tree.toml:27: reference \"help\" ends a path and cannot have answers (use related links)");
}

#[test]
fn unreachable_node_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "{ id = \"other\", to = \"help\" }", "{ id = \"other\", to = \"fix-dns\" }");
    assert_rejected(&root, "tree.toml:27: node \"help\" cannot be reached from \"start\" through answers");
}

#[test]
fn cycle_is_rejected_unless_marked_back() {
    let root = fixture();
    edit(&root, "tree.toml", "kind = \"symptom\"", "kind = \"question\"");
    edit(
        &root,
        "tree.toml",
        "answers = [{ id = \"next\", to = \"fix-dns\" }]",
        "answers = [{ id = \"next\", to = \"fix-dns\" }, { id = \"again\", to = \"start\" }]",
    );
    assert_rejected(
        &root,
        "tree.toml:19: answers form a cycle: start → dns-fails → start (mark an intentional link back with back = true)",
    );

    edit(&root, "tree.toml", "to = \"start\" }", "to = \"start\", back = true }");
    for locale in ["en", "tr"] {
        edit(&root, &format!("{locale}/nodes.ftl"), "    .answer-next", "    .answer-again = Back\n    .answer-next");
    }
    loaded(&root);
}

#[test]
fn every_fix_needs_a_still_failing_link() {
    let root = fixture();
    edit(&root, "tree.toml", "still_failing = [{ id = \"no-answer\", to = \"help\" }]\n", "");
    let found = problems(&root);
    assert!(
        found.iter().any(|p| p.starts_with("tree.toml:22: fix \"fix-dns\" has no still_failing links")),
        "{found:#?}"
    );
}

#[test]
fn still_failing_links_are_checked_like_answers() {
    let root = fixture();
    edit(&root, "tree.toml", "to = \"help\" }]", "to = \"helps\" }, { id = \"again\", to = \"fix-dns\" }]");
    let found = problems(&root);
    for expected in [
        "tree.toml:24: still-failing link \"no-answer\" of \"fix-dns\" points to unknown node \"helps\"",
        "tree.toml:24: still-failing link \"again\" of \"fix-dns\" points to the node itself",
    ] {
        assert!(found.iter().any(|p| p == expected), "expected {expected:?}, got {found:#?}");
    }

    let root = fixture();
    edit(
        &root,
        "tree.toml",
        "kind = \"reference\"",
        "kind = \"reference\"\nstill_failing = [{ id = \"x\", to = \"start\" }]",
    );
    assert_rejected(&root, "tree.toml:27: reference \"help\": only fix nodes have still_failing links (use answers)");
}

#[test]
fn still_failing_links_may_lead_back_up_and_need_labels() {
    let root = fixture();
    // Back to the start page: allowed (no cycle error), the walk is over once a fix is reached.
    edit(&root, "tree.toml", "to = \"help\" }]", "to = \"help\" }, { id = \"retry\", to = \"start\" }]");
    assert_rejected(
        &root,
        "tr/nodes.ftl:8: node \"fix-dns\": still-failing link \"retry\" has no label (.still-failing-retry)",
    );
    for (locale, label) in [("en", "Start again"), ("tr", "Baştan başlayın")] {
        edit(
            &root,
            &format!("{locale}/nodes.ftl"),
            "    .still-failing-no-answer",
            &format!("    .still-failing-retry = {label}\n    .still-failing-no-answer"),
        );
    }
    let content = loaded(&root);
    assert_eq!(content.locales[1].texts[2].still_failing, ["Ad hâlâ çözümlenmiyor", "Baştan başlayın"]);

    edit(
        &root,
        "en/nodes.ftl",
        "    .still-failing-retry",
        "    .still-failing-later = Later\n    .still-failing-retry",
    );
    assert_rejected(&root, "en/nodes.ftl:8: node \"fix-dns\" has a label for unknown still-failing link \"later\"");
}

#[test]
fn missing_start_is_rejected() {
    let root = fixture();
    edit(&root, "tree.toml", "id = \"start\"", "id = \"begin\"");
    assert_rejected(&root, "tree.toml: there is no \"start\" node (the entry of the tree)");
}

#[test]
fn node_without_translation_is_rejected() {
    let root = fixture();
    edit(&root, "tr/nodes.ftl", "node-help = Yardım alın\n    .summary = Toplanacaklar.\n", "");
    assert_rejected(&root, "tr: node \"help\" has no strings: add node-help to a nodes*.ftl file");
}

#[test]
fn missing_answer_label_and_summary_are_rejected() {
    let root = fixture();
    edit(&root, "tr/nodes.ftl", "    .answer-other = Başka bir şey\n", "");
    edit(&root, "en/nodes.ftl", "    .summary = What to collect.\n", "");
    let found = problems(&root);
    assert!(
        found.iter().any(|p| p == "tr/nodes.ftl:1: node \"start\": answer \"other\" has no label (.answer-other)"),
        "{found:#?}"
    );
    assert!(found.iter().any(|p| p == "en/nodes.ftl:11: node \"help\" has no .summary"), "{found:#?}");
}

#[test]
fn strings_for_unknown_nodes_and_answers_are_rejected() {
    let root = fixture();
    write(&root, "en/nodes-extra.ftl", "node-ghost = Ghost\n    .summary = Not in the tree.\n");
    edit(
        &root,
        "en/nodes.ftl",
        "    .answer-next = Check DNS",
        "    .answer-next = Check DNS\n    .answer-later = Later",
    );
    let found = problems(&root);
    assert!(found.iter().any(|p| p == "en/nodes-extra.ftl:1: strings for unknown node \"ghost\""), "{found:#?}");
    assert!(
        found.iter().any(|p| p == "en/nodes.ftl:5: node \"dns-fails\" has a label for unknown answer \"later\""),
        "{found:#?}"
    );
}

#[test]
fn placeables_in_node_strings_are_rejected() {
    let root = fixture();
    edit(&root, "en/nodes.ftl", "node-fix-dns = Fix DNS", "node-fix-dns = Fix DNS for { $registry }");
    assert_rejected(&root, "en/nodes.ftl:8: \"node-fix-dns\": the title must be plain text (no placeables)");
}

#[test]
fn missing_empty_and_orphan_bodies_are_rejected() {
    let root = fixture();
    fs::remove_file(root.join("tr/nodes/help.md")).unwrap();
    write(&root, "en/nodes/fix-dns.md", "  \n");
    write(&root, "en/nodes/ghost.md", "Not in the tree.");
    let found = problems(&root);
    assert!(found.contains(&"tr/nodes/help.md: missing body of node \"help\"".to_string()), "{found:#?}");
    assert!(found.contains(&"en/nodes/fix-dns.md: body is empty".to_string()), "{found:#?}");
    assert!(
        found.contains(&"en/nodes/ghost.md: body file for a node that is not in tree.toml".to_string()),
        "{found:#?}"
    );
}

#[test]
fn raw_html_headings_and_images_are_rejected() {
    let root = fixture();
    write(
        &root,
        "en/nodes/help.md",
        "Intro.\n\n# Title\n\nRun it for <registry> now.\n\n![x](https://example.com/x.png)\n",
    );
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("en/nodes/help.md:3: headings are not allowed")), "{found:#?}");
    assert!(found.iter().any(|p| p.starts_with("en/nodes/help.md:5: raw HTML is not allowed")), "{found:#?}");
    assert!(found.iter().any(|p| p == "en/nodes/help.md:7: images are not allowed in node bodies"), "{found:#?}");
}

#[test]
fn unsafe_and_broken_links_are_rejected() {
    let root = fixture();
    write(
        &root,
        "tr/nodes/help.md",
        "[a](javascript:alert(1)) [b](http://example.com) [c](#/no-such-node) [d](https://learn.microsoft.com/)\n",
    );
    let found = problems(&root);
    assert!(
        found.iter().any(|p| p.starts_with("tr/nodes/help.md:1: link target \"javascript:alert(1)\" is not allowed")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("tr/nodes/help.md:1: link target \"http://example.com\" is not allowed")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p == "tr/nodes/help.md:1: internal link to unknown node \"no-such-node\""),
        "{found:#?}"
    );
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn fluent_syntax_error_names_the_line() {
    let root = fixture();
    write(&root, "tr/ui.ftl", "app-name = Deneme\n\n= no id here\n");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tr/ui.ftl:3: Fluent syntax error")), "{found:#?}");
}

#[test]
fn ui_string_missing_in_a_locale_is_rejected() {
    let root = fixture();
    edit(&root, "en/ui.ftl", "app-name = Fixture", "app-name = Fixture\napp-tagline = Tests");
    assert_rejected(&root, "en/ui.ftl:2: message \"app-tagline\" has no translation in locale \"tr\"");
}

#[test]
fn unshipped_locale_folder_is_rejected() {
    let root = fixture();
    write(&root, "de/ui.ftl", "app-name = Test\n");
    assert_rejected(&root, "de: locale folder \"de\" is not a shipped locale; add it to acr_vocab::Locale to ship it");
}

#[test]
fn a_diagnosis_rule_must_target_a_known_node() {
    let root = fixture();
    edit(&root, "diagnosis.toml", "node = \"dns-fails\"", "node = \"dns-fials\"");
    assert_rejected(&root, "diagnosis.toml:2: rule targets unknown node \"dns-fials\"");
}

#[test]
fn a_pattern_another_of_its_family_already_covers_is_rejected() {
    let root = fixture();
    let family = "[[family]]\nid = \"timeout\"\nmatch = [[\"operation timed out\"], [\"The read operation timed out\"], [\"lookup\", \"timed out\"], [\"^operation\"], [\"^operation\", \"refused\"]]\n\n";
    write(
        &root,
        "diagnosis.toml",
        &format!("{family}[[rule]]\nnode = \"dns-fails\"\nweight = 0.9\nfamily = [\"timeout\"]\n"),
    );
    let found: Vec<String> = problems(&root).into_iter().filter(|p| p.contains("adds nothing")).collect();
    assert_eq!(
        found,
        ["diagnosis.toml:2: family \"timeout\": pattern [\"The read operation timed out\"] adds nothing: \"operation timed out\" already matches every line it does"]
    );
}

#[test]
fn every_symptom_needs_a_diagnosis_rule() {
    let root = fixture();
    write(&root, "diagnosis.toml", "");
    assert_rejected(&root, "diagnosis.toml: node \"dns-fails\" has no diagnosis rule");
}

#[test]
fn diagnosis_weights_are_probabilities() {
    let root = fixture();
    edit(&root, "diagnosis.toml", "weight = 0.9", "weight = 1.5");
    assert_rejected(&root, "diagnosis.toml:2: weight 1.5 is not in (0, 1]");
}

#[test]
fn every_input_snippet_and_node_kind_needs_its_ui_message() {
    let root = fixture();
    edit(&root, "en/ui-vocabulary.ftl", "input-registry-hint = registry\n", "");
    edit(&root, "tr/ui-vocabulary.ftl", "input-registry-hint = registry\n", "");
    assert_rejected(&root, "en: missing UI message \"input-registry-hint\" in ui*.ftl");
}

#[test]
fn fluent_selectors_and_functions_are_rejected() {
    let root = fixture();
    let select = "app-name = { $count ->\n    [one] One\n   *[other] Many\n}";
    edit(&root, "en/ui.ftl", "app-name = Fixture", select);
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("en/ui.ftl:1:") && p.contains("no selectors, functions")), "{found:#?}");
    let root = fixture();
    edit(&root, "tr/ui.ftl", "app-name = ", "app-name = { NUMBER($count) } ");
    let found = problems(&root);
    assert!(found.iter().any(|p| p.starts_with("tr/ui.ftl:1:") && p.contains("no selectors, functions")), "{found:#?}");
}

#[test]
fn an_empty_match_fragment_is_rejected() {
    let root = fixture();
    edit(&root, "diagnosis.toml", "match = [\"lookup\", \"no such host\"]", "match = [\"lookup\", \"  \"]");
    assert_rejected(&root, "diagnosis.toml:2: match needs at least one non-empty fragment");
}

#[test]
fn line_anchors_only_open_the_first_fragment_and_close_the_last() {
    let root = fixture();
    edit(&root, "diagnosis.toml", "match = [\"lookup\", \"no such host\"]", "match = [\"^lookup\", \"no such host$\"]");
    let _accepted = loaded(&root);
    let root = fixture();
    edit(&root, "diagnosis.toml", "match = [\"lookup\", \"no such host\"]", "match = [\"lookup$\", \"no such host\"]");
    assert_rejected(&root, "diagnosis.toml:2: match needs at least one non-empty fragment");
    let root = fixture();
    edit(&root, "diagnosis.toml", "match = [\"lookup\", \"no such host\"]", "match = [\"^$\"]");
    assert_rejected(&root, "diagnosis.toml:2: match needs at least one non-empty fragment");
    // The generated table separates fragments with tabs and patterns with line breaks.
    let root = fixture();
    edit(&root, "diagnosis.toml", "match = [\"lookup\", \"no such host\"]", "match = [\"lookup\\tx\"]");
    assert_rejected(&root, "diagnosis.toml:2: match needs at least one non-empty fragment");
}

#[test]
fn a_missing_shipped_locale_folder_is_rejected() {
    let root = fixture();
    fs::remove_dir_all(root.join("tr")).unwrap();
    assert_rejected(&root, "tr: missing folder for shipped locale \"tr\"");
}

#[test]
fn a_node_string_without_a_title_is_rejected() {
    let root = fixture();
    edit(&root, "en/nodes.ftl", "node-help = Get help\n", "node-help =\n");
    let found = problems(&root);
    assert!(
        found.iter().any(|p| p.starts_with("en/nodes.ftl:") && p.contains("\"node-help\" has no title")),
        "{found:#?}"
    );
}

#[test]
fn command_line_messages_stay_out_of_the_web_build() {
    let root = fixture();
    write(&root, "en/cli-probe.ftl", "probe-only = Checks of { $host }\n");
    write(&root, "tr/cli-probe.ftl", "probe-only = { $host } denetimleri\n");
    // The messages every build carries, which generating the source needs.
    let boot =
        "body-retry = a\ncrash-body = b\ncrash-details = f\ncrash-reset = c\ncrash-title = d\nstrings-failed = e\n";
    write(&root, "en/ui-boot.ftl", boot);
    write(&root, "tr/ui-boot.ftl", boot);
    let content = loaded(&root);
    assert!(content.locales.iter().all(|locale| locale.ui.native_only.contains("probe-only")));
    for file in acr_content_compiler::locale_files(&content) {
        assert!(!file.text.contains("probe-only"), "{} carries a command-line message", file.name);
    }
    let source = acr_content_compiler::rust_source(&content);
    let web_ids = source.split("pub static STRINGS_FILE_MESSAGE_IDS").nth(1).unwrap().split("];").next().unwrap();
    assert!(!web_ids.contains("probe-only"), "{web_ids}");
    assert!(
        source.contains("    #[cfg(not(feature = \"lazy-locales\"))]\n    pub fn probe_only<'a>"),
        "the typed id must not exist in the web build"
    );
}

#[test]
fn diagnosis_calibration_bands_must_ascend_and_hold_their_counts() {
    let root = fixture();
    edit(&root, "diagnosis.toml", "{ from = 0.9, first = 20, right = 20 }", "{ from = 0.4, first = 20, right = 21 }");
    assert_rejected(&root, "diagnosis.toml:6: calibration bands must ascend: from 0.4 after 0.7");
    assert_rejected(
        &root,
        "diagnosis.toml:6: calibration band from 0.4: 21 right of 20 (a band needs texts, and no more right than it has)",
    );
}

#[test]
fn diagnosis_calibration_is_derived_from_the_band_counts() {
    let root = fixture();
    let content = loaded(&root);
    // 8 of 10 right: the lower bound (0.60), below the band's weight; 20 of 20: the band's weight 0.9 (its bound is 0.92).
    let shown: Vec<(f64, f64)> = content.rules.calibration.clone();
    assert_eq!(shown.len(), 2);
    assert_eq!(shown[0].0, 0.7);
    assert!((shown[0].1 - acr_content_compiler::wilson_lower_bound(8, 10, 1.2816)).abs() < 1e-12, "{shown:?}");
    assert_eq!(shown[1], (0.9, 0.9));
}

#[test]
fn a_family_may_include_only_families_defined_above_it() {
    let root = fixture();
    let families = "[[family]]\nid = \"a\"\nmatch = [[\"x\"]]\n\n[[family]]\nid = \"b\"\ninclude = [\"a\", \"c\"]\n\n";
    let text = std::fs::read_to_string(root.join("diagnosis.toml")).unwrap();
    write(
        &root,
        "diagnosis.toml",
        &format!("{families}{}", text.replace("match = [\"lookup\", \"no such host\"]", "family = [\"b\"]")),
    );
    assert_rejected(&root, "diagnosis.toml:6: family \"b\" includes \"c\", which is not defined above it");
}

#[test]
fn a_message_of_the_command_line_in_one_locale_only_is_rejected() {
    let root = fixture();
    write(&root, "en/cli-probe.ftl", "probe-only = Checks\n");
    write(&root, "tr/ui-probe.ftl", "probe-only = Denetimler\n");
    let found = problems(&root);
    assert!(
        found.iter().any(|p| p.starts_with("tr/ui-probe.ftl:1: message \"probe-only\" must be in a cli*.ftl file")),
        "{found:#?}"
    );
}
