//! The server configurations in deploy/ (written by scripts/deploy-configs.mjs; docs/hosting.md): the XML and JSON
//! files parse, and all four servers send the same headers with a strict policy.
use std::collections::BTreeMap;
use std::fs;

use crate::support::repo_path;

type Headers = BTreeMap<String, String>;

fn read(name: &str) -> String {
    fs::read_to_string(repo_path("deploy").join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn element<'a, 'input>(parent: roxmltree::Node<'a, 'input>, name: &str) -> roxmltree::Node<'a, 'input> {
    parent.children().find(|child| child.has_tag_name(name)).unwrap_or_else(|| panic!("web.config lacks <{name}>"))
}

fn iis_headers() -> (Headers, BTreeMap<String, String>) {
    let text = read("web.config");
    let document =
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("web.config is not well-formed XML: {e}"));
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "configuration");
    let server = element(root, "system.webServer");
    let custom = element(element(server, "httpProtocol"), "customHeaders");
    let headers = custom
        .children()
        .filter(|child| child.has_tag_name("add"))
        .map(|add| (add.attribute("name").unwrap().to_string(), add.attribute("value").unwrap().to_string()))
        .collect();
    let types = element(server, "staticContent")
        .children()
        .filter(|child| child.has_tag_name("mimeMap"))
        .map(|map| {
            (map.attribute("fileExtension").unwrap().to_string(), map.attribute("mimeType").unwrap().to_string())
        })
        .collect();
    (headers, types)
}

fn static_web_app_headers() -> Headers {
    let config: serde_json::Value = serde_json::from_str(&read("staticwebapp.config.json")).expect("valid JSON");
    config["globalHeaders"]
        .as_object()
        .expect("globalHeaders")
        .iter()
        .map(|(name, value)| (name.clone(), value.as_str().expect("a string").to_string()))
        .collect()
}

/// `<prefix> Name "value"` lines (nginx `add_header … always;`, Apache `Header always set …`).
fn quoted_headers(text: &str, prefix: &str) -> Vec<Headers> {
    let mut blocks = vec![Headers::new()];
    for line in text.lines().map(str::trim) {
        if line.starts_with('}') || line.starts_with("</") {
            blocks.push(Headers::new());
        }
        let Some(rest) = line.strip_prefix(prefix) else { continue };
        let (name, value) = rest.split_once(' ').expect("name and value");
        let value = value.trim_end_matches(" always;").trim_matches('"');
        blocks.last_mut().unwrap().insert(name.to_string(), value.to_string());
    }
    blocks.retain(|block| !block.is_empty());
    blocks
}

#[test]
fn every_server_sends_the_same_headers() {
    let (iis, _) = iis_headers();
    let swa = static_web_app_headers();
    assert_eq!(iis, swa, "IIS and Static Web Apps");
    let nginx = quoted_headers(&read("nginx.conf"), "add_header ");
    assert_eq!(nginx.len(), 2, "the guide's location and the manifest's");
    for block in nginx {
        assert_eq!(block, swa, "nginx");
    }
    assert_eq!(quoted_headers(&read("apache.conf"), "Header always set "), [swa], "Apache");
}

#[test]
fn the_policy_is_strict_and_names_the_wiki_as_frame_ancestor() {
    let headers = static_web_app_headers();
    let policy = &headers["Content-Security-Policy"];
    for forbidden in ["'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https: "] {
        assert!(!policy.split([' ', ';']).any(|source| source == forbidden.trim()), "{forbidden} in {policy}");
    }
    assert!(policy.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"), "{policy}");
    assert!(policy.ends_with("; frame-ancestors 'self' https://wiki.example.com"), "{policy}");
    assert_eq!(headers["X-Content-Type-Options"], "nosniff");
}

#[test]
fn iis_serves_the_wasm_and_the_manifest_with_their_types() {
    let (_, types) = iis_headers();
    assert_eq!(types.get(".wasm").map(String::as_str), Some("application/wasm"));
    assert_eq!(types.get(".webmanifest").map(String::as_str), Some("application/manifest+json"));
}
