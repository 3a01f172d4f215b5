//! The native command line, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use crate::support::run_cli as run;

/// The standard output of a run that must have succeeded.
fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn nodes_json_lists_every_node_with_kind_title_and_aliases() {
    let output = run(&["nodes", "--format", "json"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let nodes = json["nodes"].as_array().expect("nodes array");
    assert_eq!(nodes.len(), acr_net_guide::tree::Node::all().count());
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
    let title = |locale| acr_net_guide::tree::Node::start().title(locale).to_string();
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

fn run_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_acr-net-guide"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run acr-net-guide");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn diagnose_json_has_the_documented_shape() {
    let text = "Error response from daemon: Get \"https://contoso.westeurope.data.azurecr.io/v2/\": denied: client with IP '203.0.113.10' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";
    for output in
        [run(&["diagnose", "--format", "json", text]), run_with_stdin(&["diagnose", "--format", "json", "-"], text)]
    {
        assert!(output.status.success(), "{output:?}");
        let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
        assert_eq!(json["matches"][0]["node"], "client-ip-not-allowed");
        let score = json["matches"][0]["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(json["matches"][0]["evidence"].as_str().unwrap().contains("is not allowed access"));
        let extracted = &json["extracted"];
        assert_eq!(extracted["registry"], "contoso");
        assert_eq!(extracted["region"], "westeurope");
        assert_eq!(extracted["client_ip"], "203.0.113.10");
        assert!(extracted["check_health_code"].is_null() && extracted["http_status"].is_null());
    }
}

#[test]
fn diagnose_reads_stdin_without_an_argument_and_is_honest_about_no_match() {
    let output = run_with_stdin(&["diagnose"], "everything is fine today");
    assert!(output.status.success());
    assert!(stdout(&output).contains("No confident match"), "{}", stdout(&output));
    let json = run_with_stdin(&["diagnose", "--format", "json"], "");
    let json: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(json["matches"], serde_json::json!([]));
}

#[test]
fn diagnose_text_follows_the_locale_and_names_both_close_steps() {
    let text = r#"Error response from daemon: Get "https://contoso.azurecr.us/v2/": context deadline exceeded"#;
    let english = stdout(&run(&["diagnose", text]));
    assert!(english.contains("dns-lookup-fails") && english.contains("connection-timeout"), "{english}");
    assert!(english.contains("The step that tells them apart: check-nslookup"), "{english}");
    assert!(english.contains("Azure cloud: usgov"), "{english}");
    let turkish = stdout(&run(&["diagnose", "--locale", "tr", text]));
    assert!(turkish.contains("Hangisi olduğunu şu adım ayırt eder: check-nslookup"), "{turkish}");
    assert!(!turkish.contains("Azure cloud"), "labels are Turkish too: {turkish}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&run(&["diagnose", "--format", "json", text]))).unwrap();
    assert_eq!(json["one_of_two"]["nodes"], serde_json::json!(["dns-lookup-fails", "connection-timeout"]));
    assert_eq!(json["one_of_two"]["ask"], "check-nslookup");
    assert_eq!(json["extracted"]["cloud"], "usgov");
}

#[test]
fn link_prints_a_validated_deep_link() {
    let output = run(&[
        "link",
        "--node",
        "configure-vnet-access",
        "--locale",
        "tr",
        "--registry",
        "contoso",
        "--replica",
        "eastus",
    ]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output), "./#/tr/configure-vnet-access?registry=contoso&replica=eastus\n");
    let output = run(&["link", "--node", "symptoms", "--base", "https://wiki.contoso.com/acr/"]);
    assert_eq!(stdout(&output), "https://wiki.contoso.com/acr/#/en/\n");
}

#[test]
fn link_refuses_bad_input_with_exit_2_and_no_output() {
    for args in [
        &["link", "--node", "configure-vnet-access", "--registry", "a b"][..],
        &["link", "--node", "configure-vnet-acess"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty());
        assert!(!output.stderr.is_empty());
    }
    let stderr = String::from_utf8_lossy(&run(&["link", "--node", "configure-vnet-acess"]).stderr).into_owned();
    assert!(stderr.contains("did you mean configure-vnet-access"), "{stderr}");
}

#[test]
fn link_and_report_name_a_wrong_step_or_trail_in_the_chosen_language() {
    let turkish = |args: &[&str]| {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let stderr = turkish(&["link", "--locale", "tr", "--node", "configure-vnet-acess"]);
    assert!(stderr.contains("\"configure-vnet-acess\" diye bir adım yok; şunlardan birini"), "{stderr}");
    let stderr = turkish(&["report", "--locale", "tr", "--node", "configure-vnet-access", "--via", "start:nope"]);
    assert!(stderr.contains("\"start:nope\" oraya götürmüyor"), "{stderr}");
}

#[test]
fn diagnose_text_output_lists_score_step_title_evidence_values_and_notes() {
    let text = "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": dial tcp 10.1.2.3:443: i/o timeout";
    let output = run(&["diagnose", text]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let printed = stdout(&output);
    let lines: Vec<&str> = printed.lines().collect();
    let first = lines.first().copied().unwrap_or_default();
    let (score, rest) = first.trim_start().split_once(" %  ").unwrap_or_else(|| panic!("score line: {printed}"));
    assert!(score.parse::<u32>().is_ok_and(|score| (50..=100).contains(&score)), "{first}");
    let (node, title) = rest.split_once("  ").unwrap_or_else(|| panic!("node and title: {first}"));
    let node = acr_net_guide::tree::Node::find(node).unwrap_or_else(|| panic!("a step id: {first}"));
    assert_eq!(title, node.title(acr_net_guide::locale::Locale::En));
    assert!(lines[1].starts_with("        ") && lines[1].contains("i/o timeout"), "evidence: {printed}");
    assert!(lines.contains(&"Registry name: contoso"), "{printed}");
    assert!(printed.contains("10.1.2.3") && printed.contains("private"), "the dialled address: {printed}");
}

#[test]
fn diagnose_says_when_it_read_only_the_first_4_mib() {
    let filler = "x".repeat(acr_net_guide::diagnose::MAX_INPUT);
    let late =
        format!("{filler}\nError response from daemon: denied: client with IP '203.0.113.10' is not allowed access");
    let output = run_with_stdin(&["diagnose"], &late);
    assert_eq!(output.status.code(), Some(0));
    let printed = stdout(&output);
    assert!(printed.contains("Only the first 4 MiB of the text were read"), "{printed}");
    assert!(!printed.contains("client-ip-not-allowed"), "the error after the cut is not read: {printed}");
    // One run only: a debug build takes seconds over 4 MiB. The Turkish note and the JSON flag of a cut text
    // are checked on the library (diagnose::tests).
    let short = run_with_stdin(&["diagnose", "--format", "json"], "denied: client with IP '203.0.113.10'");
    let json: serde_json::Value = serde_json::from_str(&stdout(&short)).unwrap();
    assert_eq!(json["cut"], false);
    assert!(!stdout(&run_with_stdin(&["diagnose"], "short")).contains("4 MiB"));
}

#[test]
fn diagnose_points_out_the_azureacr_typo() {
    let text = "Error response from daemon: Get \"https://contoso.azureacr.io/v2/\": dial tcp: lookup contoso.azureacr.io: no such host";
    let printed = stdout(&run(&["diagnose", text]));
    assert!(printed.contains("The text says azureacr.io: the registry domain is azurecr.io."), "{printed}");
    let turkish = stdout(&run(&["diagnose", "--locale", "tr", text]));
    assert!(turkish.contains("kayıt defteri etki alanı azurecr.io'dur"), "{turkish}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&run(&["diagnose", "--format", "json", text]))).unwrap();
    assert_eq!(json["extracted"]["typo_azureacr"], true);
    let right = text.replace("azureacr", "azurecr");
    assert!(!stdout(&run(&["diagnose", &right])).contains("azureacr"));
}

#[test]
fn exit_codes_are_0_for_help_and_2_for_usage_errors_with_nothing_on_stdout() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("Usage:"), "{help:?}");
    for args in [
        &["frobnicate"][..],
        &["nodes", "--format", "yaml"][..],
        &["snippets", "--registry"][..],
        &["link"][..],
        &["diagnose", "--locale", "xx", "text"][..],
        &["snippets", "--shell", "fish"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_write_error_exits_1_with_a_message_and_a_closed_pipe_exits_0_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let bin = env!("CARGO_BIN_EXE_acr-net-guide");
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let output = Command::new(bin).args(["nodes"]).stdout(full).output().expect("run acr-net-guide");
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        assert!(String::from_utf8_lossy(&output.stderr).starts_with("acr-net-guide: "), "{output:?}");
    }
    // More than a pipe buffer (64 KiB) holds, so the writer meets the closed pipe (`| head -c 100`).
    let mut args =
        vec!["snippets", "--format", "json", "--shell", "powershell", "--locale", "tr", "--registry", "contoso"];
    args.extend(["--region", "westus2", "--data-endpoints", "on"]);
    for region in [
        "eastus",
        "westus",
        "westeurope",
        "northeurope",
        "southeastasia",
        "eastasia",
        "japaneast",
        "australiaeast",
        "uksouth",
        "francecentral",
        "germanywestcentral",
        "canadacentral",
        "brazilsouth",
        "koreacentral",
        "centralindia",
        "swedencentral",
        "norwayeast",
        "switzerlandnorth",
        "uaenorth",
        "southafricanorth",
    ] {
        args.extend(["--replica", region]);
    }
    let size = run(&args).stdout.len();
    assert!(size > 80 * 1024, "{size} bytes: too little to fill a pipe");
    let mut child =
        Command::new(bin).args(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run acr-net-guide");
    let mut head = [0_u8; 100];
    child.stdout.take().expect("piped").read_exact(&mut head).expect("the first bytes");
    let output = child.wait_with_output().expect("exits");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}
