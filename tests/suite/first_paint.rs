//! The first paint's rules (static/first-paint/core.js, run in Node) agree with the app's: for every node id, alias
//! and locale, legacy anchors, trails (valid, cut short, broken, through an alias, through a still-failing link),
//! inputs, remembered records, browser languages and malformed addresses, the script shows the page the app shows
//! after start-up (route::resolve_hash, session::startup_hash, Session::from_route, Saved::decode,
//! locale::negotiate), with the same canonical address.

use std::collections::BTreeMap;
use std::process::Command;

use acr_net_guide::first_paint::{boot_table, discarded_name, id_digest, link_targets};
use acr_net_guide::inputs::MAX_VALUE_CHARS;
use acr_net_guide::locale::{negotiate, Locale};
use acr_net_guide::locale_files::{file_name, LocalePart};
use acr_net_guide::route::{resolve_hash, Page, Resolution};
use acr_net_guide::session::{startup_hash, Session, Step};
use acr_net_guide::storage::{Saved, MAX_RECORD_BYTES};
use acr_net_guide::tree::Node;
use serde_json::{json, Value};

use crate::support::repo_path;

/// Runs core.js over `cases` (JSON) in Node; returns its answers, one per case.
fn run_core(cases: &Value) -> Vec<Value> {
    // One folder per call: the tests of this module run in parallel threads of one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("acr-first-paint-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let strings: BTreeMap<&str, String> = Locale::ALL
        .iter()
        .map(|locale| {
            let name = file_name(LocalePart::Strings, *locale);
            let path = std::path::Path::new(env!("OUT_DIR")).join("locale-files").join(name);
            (locale.as_str(), path.display().to_string())
        })
        .collect();
    let input = json!({
        "core": repo_path("static/first-paint/core.js").display().to_string(),
        "table": boot_table(),
        "targets": link_targets(),
        "strings": strings,
        "cases": cases,
    });
    let input_path = dir.join("input.json");
    std::fs::write(&input_path, input.to_string()).expect("the cases are written");
    let driver = dir.join("driver.mjs");
    std::fs::write(&driver, DRIVER).expect("the driver is written");
    let output =
        Command::new("node").arg(&driver).arg(&input_path).output().expect("node runs (Node.js 20+ is needed)");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "core.js failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("core.js answers JSON")
}

/// Loads core.js as the page does (a script defining `firstPaintCore`) and answers each case.
const DRIVER: &str = r#"
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const context = vm.createContext({ URLSearchParams, TextEncoder, TextDecoder });
vm.runInContext(readFileSync(input.core, 'utf8'), context);
const core = vm.runInContext('firstPaintCore', context)(input.table);
const strings = {};
for (const [locale, path] of Object.entries(input.strings)) {
  strings[locale] = core.parseStrings(new Uint8Array(readFileSync(path)), locale);
  strings[locale].targets = input.targets;
}
const answers = input.cases.map((c) => {
  if (c.negotiate) return core.negotiate(c.languages);
  if (c.place !== undefined) return core.place(c.place);
  const decoded = c.record === null ? null : core.decodeSaved(c.record);
  if (c.recordOnly) return decoded;
  const saved = decoded ?? { locale: null, theme: 'auto', inputs: [] };
  const view = core.view(c.hash, saved, c.languages ?? [], (locale) => (c.noStrings ? undefined : strings[locale]));
  if (c.noStrings) return view.kind === 'other' ? null : view.node;
  if (view.kind === 'other') return { kind: 'other', locale: view.locale };
  return {
    ...view,
    steps: undefined,
    href: core.href(view.locale, view.node, view.inputs, view.trail),
    search: core.searchHref(view.locale, view.inputs),
  };
});
process.stdout.write(JSON.stringify(answers));
"#;

/// What the app shows at `hash` after start-up, in the script's terms.
fn app_view(hash: &str, record: Option<&str>, languages: &[&str]) -> Value {
    let saved = record.map(|text| Saved::decode(text).0).unwrap_or_default();
    let fallback = saved.locale.unwrap_or_else(|| negotiate(languages));
    let canonical = startup_hash(hash, fallback, &saved.inputs).unwrap_or_else(|| hash.to_string());
    let (route, locale) = match resolve_hash(&canonical, fallback) {
        Resolution::Show(route) => {
            let locale = route.locale;
            (Some(route), locale)
        }
        Resolution::NotFound { locale, .. } => (None, locale),
        Resolution::Redirect(route) => panic!("{hash}: start-up left a redirect to {}", route.href()),
    };
    // The search page is the app's alone: the first paint leaves it to the app, as it does a page not found.
    let shown = route.as_ref().filter(|route| route.page != Page::Search);
    let Some(session) = shown.and_then(Session::from_route) else {
        return json!({ "kind": "other", "locale": locale.as_str() });
    };
    json!({
        "kind": if session.node.is_some() { "node" } else { "home" },
        "locale": session.locale.as_str(),
        "node": session.node.map(|node| node.id()),
        "trail": session.trail.iter().map(|step| json!([step.node.id(), step.answer])).collect::<Vec<_>>(),
        "inputs": session.inputs.iter().map(|(name, value)| json!([name.as_str(), value])).collect::<Vec<_>>(),
        "href": session.href(),
        "search": acr_net_guide::search::href(&session, ""),
    })
}

fn trail_query(trail: &[Step]) -> String {
    let steps: Vec<String> = trail.iter().map(|step| format!("{}:{}", step.node.id(), step.answer)).collect();
    format!("via={}", steps.join(","))
}

/// Every node reachable from the start with the trail of a shortest way there.
fn reachable() -> Vec<(Node, Vec<Step>)> {
    let mut seen = BTreeMap::from([(Node::start(), Vec::new())]);
    let mut queue = std::collections::VecDeque::from([Node::start()]);
    let mut found = Vec::new();
    while let Some(node) = queue.pop_front() {
        let trail = seen[&node].clone();
        for edge in node.links() {
            if seen.contains_key(&edge.to) {
                continue;
            }
            let mut next = trail.clone();
            next.push(Step { node, answer: edge.id });
            seen.insert(edge.to, next.clone());
            found.push((edge.to, next));
            queue.push_back(edge.to);
        }
    }
    found
}

/// Addresses: every node id and alias in every locale (canonical, legacy anchor, locale-less), trails, inputs, and
/// malformed ones.
fn addresses() -> Vec<String> {
    let mut hashes = Vec::new();
    for node in Node::all() {
        let names = std::iter::once(node.id()).chain(node.aliases().iter().copied());
        for name in names {
            for locale in Locale::ALL {
                hashes.push(format!("#/{locale}/{name}"));
                hashes.push(format!("#/{locale}/{name}/"));
            }
            hashes.push(format!("#{name}"));
            hashes.push(format!("#/{name}"));
            hashes.push(name.to_string());
        }
    }
    let inputs = "registry=contoso&replica=westeurope&bogus=1&replica=east+us&region=%C5%9F%26x";
    for (node, trail) in reachable() {
        let id = node.id();
        let via = trail_query(&trail);
        hashes.push(format!("#/tr/{id}?{via}"));
        hashes.push(format!("#/en/{id}?{inputs}&{via}&shell=powershell"));
        hashes.push(format!("#{id}?{via}"));
        // Cut short: the last step no longer leads here, so the whole trail goes.
        hashes.push(format!("#/en/{id}?{}", trail_query(&trail[..trail.len() - 1])));
        // Broken at the start: the trail ends at the break, then no longer leads here.
        let mut broken = trail.clone();
        broken[0].answer = "no-such-answer";
        hashes.push(format!("#/en/{id}?{}", trail_query(&broken)));
        hashes.push(format!("#/en/{id}?via=garbage,{}", &via[4..]));
        // A step named by an alias.
        for step in &trail {
            if let Some(alias) = step.node.aliases().first() {
                hashes
                    .push(format!("#/en/{id}?{}", via.replace(&format!("{}:", step.node.id()), &format!("{alias}:"))));
            }
        }
        // On to a step through a fix's still-failing link.
        for link in node.still_failing_edges() {
            let mut longer = trail.clone();
            longer.push(Step { node, answer: link.id });
            hashes.push(format!("#/tr/{}?{}", link.to.id(), trail_query(&longer)));
        }
        // A step that does not follow from the one before: the trail ends there, then no longer leads here.
        if trail.len() >= 3 {
            hashes.push(format!("#/en/{id}?{}", trail_query(&[trail[0].clone(), trail[trail.len() - 1].clone()])));
        }
        // Two trails: the last one counts.
        hashes.push(format!("#/en/{id}?via=start:nothing&{via}"));
    }
    for malformed in [
        "",
        "#",
        "#/",
        "#//",
        "#/en",
        "#/en/",
        "#/tr",
        "#//tr//",
        "#/tr//x",
        "#/en/a/b",
        "#/xx/",
        "#/xx/start",
        "#/en/Bad_Id",
        "#/en/-a",
        "#/en/a--b",
        "#/<script>",
        "#/en/<img src=x>",
        "#?registry=contoso",
        "#/?registry=contoso",
        "#/en/?via=start:dns",
        "#/tr/start?registry=contoso",
        "#/en/symptoms?via=",
        "#/en/no-such-step",
        "#no-such-step",
        "#/en/start",
        "#start",
        "#symptoms",
        "#/en/search",
        "#/tr/search?q=dns&registry=contoso",
        "#search",
        "#/tr/map",
        "#/en/??registry=a",
        "#/en/x?via",
        "#/en/ağ",
        "#/EN/",
        "#/en/start?v=1",
        "#/en/check-nslookup?via=start:dns,start:dns",
        "#/en/check-nslookup?registry=%ZZ&registry=%C3%28",
        // Hashes the router cannot read as they are (route::canonical_hash).
        "#////",
        "#/../",
        "#/./en/",
        "#/%2e%2E/en/start",
        "#/en//dns-lookup-fails",
        "#//evil.example/en/x",
        "#/\\evil.example",
        "#\\\\",
        "#/en/../../x?registry=a",
        "#/en/..%2f..",
        "#configure-vnet-access?registry=a",
        "#Not_An-Id%",
        "#a/b",
        "#/en/%",
        "#//en/configure-proxy?registry=a",
        "#/tr\\configure-proxy/",
        "#../../..",
        "#?x=1",
        "#%",
    ] {
        hashes.push(malformed.to_string());
    }
    hashes.push(format!("#/en/{}", "a".repeat(65)));
    hashes.push(format!("#/en/{}", "a".repeat(64)));
    hashes
}

const RECORDS: &[Option<&str>] = &[
    None,
    Some("v=1"),
    Some("v=1&locale=tr"),
    Some("v=1&locale=en&theme=dark&registry=fabrikam&replica=japaneast&client-ip=203.0.113.7"),
    Some("v=1&registry=fabrikam&region=westeurope"),
    Some("v=2&locale=tr"),
    Some("v=1&locale=xx"),
    Some("v=1&registry="),
    Some("registry=contoso&v=1"),
    Some("?v=1&locale=tr"),
    Some("v=1&registry=a%0Ab"),
    Some("{\"locale\":\"tr\"}"),
    Some("v=0&locale=tr&registry=contoso"),
    Some("v=+1&locale=tr"),
    Some("v=01&theme=dark"),
    Some("v=4294967296&locale=tr"),
    Some("v=&locale=tr"),
    Some("v=1&theme=sepia&locale=tr&registry=contoso"),
    Some("v=1&locale=tr&colour=red&registry=contoso&registry=fabrikam"),
    Some("v=1&registry=a%E2%80%AEb&region=westeurope"),
    Some("v=1&locale=tr&registry=%EF%BF%BD"),
    Some("v=1&vnet=hub%C2%ADnet&locale=en"),
];

const LANGUAGES: &[&[&str]] = &[
    &[],
    &["en-US", "en"],
    &["tr-TR", "tr", "en"],
    &["de-DE", "tr"],
    &["ja-JP", "not a tag!", "x"],
    &["TR"],
    &["tr_TR"],
    &["en-GB", "tr"],
    &["zh-Hant-TW", "tr-Latn-TR-fonipa"],
    &["tr-1994", "en"],
    &["fil-PH", "tr"],
    &["en-US-u-ca-gregory", "tr"],
];

#[test]
fn the_first_paint_shows_what_the_app_shows_for_every_address() {
    let addresses = addresses();
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    let mut add = |hash: &str, record: Option<&str>, languages: &[&str]| {
        cases.push(json!({ "hash": hash, "record": record, "languages": languages }));
        expected.push(app_view(hash, record, languages));
    };
    for hash in &addresses {
        add(hash, None, &["tr-TR"]);
    }
    // Remembered records and browser languages over a sample of addresses (every 9th, and the malformed ones).
    let sample: Vec<&String> = addresses.iter().step_by(9).chain(addresses.iter().rev().take(40)).collect();
    for hash in sample {
        for record in RECORDS {
            for languages in LANGUAGES {
                add(hash, *record, languages);
            }
        }
    }
    let answers = run_core(&Value::Array(cases.clone()));
    assert_eq!(answers.len(), expected.len());
    let mut kinds = BTreeMap::new();
    for ((case, answer), want) in cases.iter().zip(&answers).zip(&expected) {
        assert_eq!(answer, want, "core.js and the app disagree on {case}");
        *kinds.entry(want["kind"].as_str().unwrap_or_default().to_string()).or_insert(0) += 1;
    }
    // The cases reach every kind of outcome, and every node through its id.
    assert!(kinds.values().all(|count| *count > 50), "{kinds:?}");
    for node in Node::all().filter(|node| *node != Node::start()) {
        assert!(expected.iter().any(|view| view["node"] == node.id()), "{} never shown", node.id());
    }
    assert!(expected.iter().any(|view| view["trail"].as_array().is_some_and(|trail| trail.len() >= 3)));
}

#[test]
fn remembered_records_and_languages_read_as_the_app_reads_them() {
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    // Values near the length limit (characters), and records near the size limit (bytes).
    let long = [
        format!("v=1&registry={}", "ş".repeat(MAX_VALUE_CHARS)),
        format!("v=1&registry={}", "ş".repeat(MAX_VALUE_CHARS + 1)),
        format!("v=1&no-proxy={}", "a".repeat(MAX_RECORD_BYTES - "v=1&no-proxy=".len())),
        format!("v=1&no-proxy={}", "a".repeat(MAX_RECORD_BYTES + 1 - "v=1&no-proxy=".len())),
    ];
    for record in RECORDS.iter().flatten().copied().chain(long.iter().map(String::as_str)) {
        cases.push(json!({ "record": record, "recordOnly": true, "languages": [] }));
        let (saved, discarded) = Saved::decode(record);
        expected.push(json!({
            "locale": saved.locale.map(Locale::as_str),
            "theme": saved.theme.as_str(),
            "inputs": saved.inputs.iter().map(|(name, value)| json!([name.as_str(), value])).collect::<Vec<_>>(),
            "discarded": discarded.map(discarded_name),
        }));
    }
    for languages in LANGUAGES {
        cases.push(json!({ "negotiate": true, "record": null, "languages": languages }));
        expected.push(json!(negotiate(languages).as_str()));
    }
    let answers = run_core(&Value::Array(cases.clone()));
    for ((case, answer), want) in cases.iter().zip(&answers).zip(&expected) {
        assert_eq!(answer, want, "core.js and the app disagree on {case}");
    }
    assert!(expected.iter().any(|answer| answer == "tr"));
    // Every reason a record is not (fully) restored, and a partly restored one.
    let reasons: std::collections::BTreeSet<&str> =
        expected.iter().filter_map(|answer| answer["discarded"].as_str()).collect();
    assert_eq!(reasons.len(), 5, "{reasons:?}");
    assert!(expected.iter().any(|answer| answer["discarded"] == "partly-unreadable" && answer["locale"] == "tr"));
}

/// The page carries each step's title and kind in tree order (scripts/first-paint.mjs) so a deep link shows them
/// before any file arrives: the script must find every node at its own place, never at another's.
#[test]
fn the_first_paint_finds_each_step_at_its_place_in_tree_order() {
    let known: Vec<String> = Node::all().map(|node| id_digest(node.id())).collect();
    let distinct: std::collections::BTreeSet<&String> = known.iter().collect();
    assert_eq!(
        distinct.len(),
        known.len(),
        "two node ids share a digest: the page would show one's title for the other"
    );
    let cases: Vec<Value> =
        Node::all().map(|node| json!({ "place": node.id() })).chain([json!({ "place": "no-such-step" })]).collect();
    let mut expected: Vec<Value> = (0..Node::all().count()).map(|index| json!(index)).collect();
    expected.push(json!(-1));
    assert_eq!(run_core(&Value::Array(cases)), expected);
}

#[test]
fn before_the_strings_arrive_the_first_paint_knows_every_step_by_its_digest() {
    let known: Vec<String> = Node::all().map(|node| id_digest(node.id())).collect();
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for node in Node::all().filter(|node| *node != Node::start()) {
        let typo = &node.id()[..node.id().len() - 1];
        let names = node.aliases().iter().map(|alias| (*alias, Some(node.id())));
        for (name, shown) in names.chain([(node.id(), Some(node.id())), (typo, None)]) {
            for locale in Locale::ALL {
                cases.push(json!({ "hash": format!("#/{locale}/{name}"), "record": null, "noStrings": true }));
                // Without the strings an unknown id whose digest matches a known one is taken for a step.
                let trusted = shown.or_else(|| known.contains(&id_digest(name)).then_some(name));
                expected.push(json!(trusted.filter(|id| Node::find(id).is_none_or(|found| found != Node::start()))));
            }
        }
    }
    for unknown in ["no-such-step", "map", "report", "a"] {
        cases.push(json!({ "hash": format!("#/en/{unknown}"), "record": null, "noStrings": true }));
        expected.push(json!(known.contains(&id_digest(unknown)).then_some(unknown)));
    }
    // The search page's word is never a step.
    cases.push(
        json!({ "hash": format!("#/en/{}", acr_net_guide::route::SEARCH_WORD), "record": null, "noStrings": true }),
    );
    expected.push(Value::Null);
    let answers = run_core(&Value::Array(cases.clone()));
    for ((case, answer), want) in cases.iter().zip(&answers).zip(&expected) {
        assert_eq!(answer, want, "core.js without the strings: {case}");
    }
    assert!(expected.iter().filter(|answer| answer.is_null()).count() > 100, "unknown ids are turned away");
}
