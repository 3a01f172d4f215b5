//! The native command line, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_acr-net-guide")).args(args).output().expect("run acr-net-guide")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn nodes_json_lists_every_node_with_kind_title_and_aliases() {
    let output = run(&["nodes", "--format", "json"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let nodes = json["nodes"].as_array().expect("nodes array");
    assert_eq!(nodes.len(), acr_net_guide::content::Node::all().count());
    let start = nodes.iter().find(|n| n["id"] == "start").expect("start listed");
    assert_eq!(start["kind"], "question");
    assert_eq!(start["aliases"], serde_json::json!(["symptoms"]));
    assert!(start["title"].as_str().is_some_and(|t| !t.is_empty()));
    for node in nodes {
        for key in ["id", "kind", "title", "aliases"] {
            assert!(node.get(key).is_some(), "{node} lacks {key}");
        }
    }
}

#[test]
fn nodes_titles_follow_the_locale() {
    let en = stdout(&run(&["nodes", "--locale", "en"]));
    let tr = stdout(&run(&["nodes", "--locale", "tr"]));
    let title = |locale| acr_net_guide::content::Node::start().title(locale).to_string();
    assert!(en.contains(&title(acr_net_guide::locale::Locale::En)), "{en}");
    assert!(tr.contains(&title(acr_net_guide::locale::Locale::Tr)), "{tr}");
    assert_ne!(en, tr);
    assert!(en.lines().any(|line| line.starts_with("configure-vnet-access ")), "{en}");
}

#[test]
fn unknown_locale_exits_2_with_a_clear_message_and_no_output() {
    let output = run(&["nodes", "--locale", "de"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown locale \"de\" (shipped: en, tr)"), "{stderr}");
}

#[test]
fn snippets_json_has_id_title_language_and_body_for_each_requested_snippet() {
    let output = run(&[
        "snippets",
        "--format",
        "json",
        "--registry",
        "Contoso",
        "--region",
        "West Europe",
        "--replica",
        "eastus",
        "--data-endpoints",
        "on",
        "--only",
        "fqdn-allowlist",
        "--only",
        "check-health",
    ]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let snippets = json["snippets"].as_array().expect("snippets array");
    assert_eq!(snippets.len(), 2);
    assert_eq!(snippets[0]["id"], "fqdn-allowlist");
    assert_eq!(snippets[0]["language"], "text");
    let body = snippets[0]["body"].as_str().unwrap();
    assert!(body.contains("contoso.westeurope.data.azurecr.io\ncontoso.eastus.data.azurecr.io"), "{body}");
    assert_eq!(snippets[1]["language"], "bash");
    assert!(snippets[1]["title"].as_str().is_some_and(|t| !t.is_empty()));
}

#[test]
fn snippets_follow_shell_and_locale() {
    let text = stdout(&run(&[
        "snippets",
        "--shell",
        "powershell",
        "--locale",
        "tr",
        "--registry",
        "contoso",
        "--only",
        "check-health",
    ]));
    assert!(text.contains("$Registry = 'contoso'"), "{text}");
    assert!(text.contains("[check-health, powershell]"), "{text}");
    let all = stdout(&run(&["snippets", "--registry", "contoso"]));
    assert_eq!(all.matches("=== ").count(), acr_net_guide::snippets::SnippetId::ALL.len(), "{all}");
}

#[test]
fn invalid_input_exits_2_naming_the_field_with_nothing_on_stdout() {
    let output = run(&["snippets", "--registry", "acr", "--region", "mars"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Registry name: 5 to 50 letters and digits; got 3 characters"), "{stderr}");
    assert!(stderr.contains("Home region of the registry: an Azure region"), "{stderr}");
    let output = run(&["snippets", "--locale", "tr", "--registry", "acr"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("Kayıt defteri adı:"), "{output:?}");
    let output = run(&["snippets", "--only", "no-such-snippet"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}
