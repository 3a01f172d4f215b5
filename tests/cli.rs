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
