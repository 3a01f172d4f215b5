//! The hostile-input table (tests/fixtures/hostile-inputs.json) through the core and the command line: each
//! value is refused by validation with a localized message naming the field and the rule, is carried by the
//! address without change and without effect, never reaches a snippet, and makes the CLI exit 2 with nothing on
//! stdout. The page side of the same table is tests/e2e/hostile.test.mjs.
use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use acr_net_guide::i18n::{msg, Localizer, MISSING_MARK};
use acr_net_guide::inputs::validate;
use acr_net_guide::locale::Locale;
use acr_net_guide::route::{resolve_hash, Resolution};
use acr_net_guide::session::{startup_hash, Session};
use acr_net_guide::snippets::{generate, SnippetId};
use acr_net_guide::storage::Saved;
use acr_net_guide::tree::Node;
use acr_vocab::InputName;
use serde::Deserialize;

use crate::support::{fixture_path, run_cli as cli};

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    input: String,
    value: Option<String>,
    percent: Option<String>,
    repeat: Option<usize>,
    times: Option<usize>,
    rule: Option<String>,
    cli: Option<String>,
}

impl Case {
    /// The value as bytes: what a URL or a shell hands over (percent-encoded cases may not be UTF-8).
    fn bytes(&self) -> Vec<u8> {
        let one = match (&self.value, &self.percent) {
            (Some(value), None) => value.as_bytes().to_vec(),
            (None, Some(percent)) => percent_decode(percent),
            _ => panic!("{}: exactly one of value and percent", self.name),
        };
        one.repeat(self.repeat.unwrap_or(1))
    }

    /// The value as text, undecodable bytes replaced by U+FFFD (as the URL parser and the CLI turn them).
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes()).into_owned()
    }

    fn name(&self) -> Option<InputName> {
        InputName::parse(&self.input)
    }

    fn pairs(&self) -> Vec<(InputName, String)> {
        let name = self.name().unwrap_or_else(|| panic!("{}: unknown input {}", self.name, self.input));
        vec![(name, self.text()); self.times.unwrap_or(1)]
    }
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).expect("two hex digits"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn table() -> Vec<Case> {
    let path = fixture_path("hostile-inputs.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str::<Table>(&text).expect("valid table").cases
}

fn input_cases() -> impl Iterator<Item = Case> {
    table().into_iter().filter(|case| case.input != "via")
}

#[test]
fn the_table_covers_what_the_issue_lists() {
    let cases = table();
    assert!(cases.len() >= 35, "{} cases", cases.len());
    for case in cases.iter().filter(|case| case.input != "via") {
        assert!(case.name().is_some(), "{}: unknown input", case.name);
        assert!(case.rule.is_some(), "{}: every input case names the rule that refuses it", case.name);
    }
    let all: String = cases.iter().map(Case::text).collect();
    for needle in
        ["$(", "`", "\n", "'", "\"><script>", "javascript:", "data:", "\u{202E}", "\u{200B}", "\0", "\u{FFFD}"]
    {
        assert!(all.contains(needle), "no case with {needle:?}");
    }
    assert!(cases.iter().any(|case| case.text().len() >= 100 * 1024), "a 100 KB value");
    assert!(cases.iter().any(|case| case.times.unwrap_or(1) > 1), "a repeated single-value key");
    assert!(cases.iter().any(|case| case.input == "via" && case.text().matches(',').count() >= 1000), "a long trail");
}

#[test]
fn validation_refuses_each_value_with_a_localized_message_naming_field_and_rule() {
    for case in input_cases() {
        let pairs = case.pairs();
        let (inputs, errors) = validate(&pairs);
        let rule = case.rule.as_deref().unwrap();
        let error = errors
            .iter()
            .find(|error| format!("{:?}", error.constraint).starts_with(rule))
            .unwrap_or_else(|| panic!("{}: no {rule} error among {errors:?}", case.name));
        assert_eq!(error.name, pairs[0].0, "{}", case.name);
        // The value is left out: the same inputs as without it (a repeated key keeps its first value only).
        assert_eq!(inputs, validate(&pairs[..pairs.len() - 1]).0, "{}: the refused value was kept", case.name);
        for locale in Locale::ALL {
            let t = Localizer::new(*locale);
            let message = error.describe(&t);
            assert!(message.starts_with(&t.text(msg::input_label(error.name))), "{}: {message}", case.name);
            assert!(!message.contains(MISSING_MARK), "{}: {message}", case.name);
            for hidden in ['\0', '\n', '\u{202E}', '\u{200B}'] {
                assert!(!message.contains(hidden), "{}: the message shows the hidden character", case.name);
            }
        }
    }
}

#[test]
fn no_refused_value_reaches_any_snippet() {
    let t = Localizer::new(Locale::En);
    for case in input_cases().filter(|case| case.times.is_none()) {
        let mut pairs = case.pairs();
        // A valid registry beside it, so that the scripts are complete rather than stopping at "fill in".
        if case.input != "registry" {
            pairs.push((InputName::Registry, "contoso".into()));
        }
        let (inputs, _) = validate(&pairs);
        let value = case.text();
        for id in SnippetId::ALL {
            let body = generate(*id, &inputs, &t).body;
            assert!(!body.contains(value.as_str()), "{}: the value reached {id:?}", case.name);
        }
    }
}

#[test]
fn the_address_carries_each_value_unchanged_and_without_effect() {
    for case in input_cases() {
        let session = Session { inputs: case.pairs(), ..Session::new(Locale::Tr) };
        let href = session.href();
        assert!(
            !href.contains(['<', '>', '"', '\'', ' ', '\n', '\0', '`']),
            "{}: the address holds raw text",
            case.name
        );
        let Resolution::Show(route) = resolve_hash(&href, Locale::En) else { panic!("{}: {href}", case.name) };
        assert_eq!(Session::from_route(&route).as_ref(), Some(&session), "{}: not lossless", case.name);
        assert_eq!(startup_hash(&href, Locale::En, &[]), None, "{}: the address is already canonical", case.name);
    }
}

#[test]
fn percent_encoded_bytes_that_are_not_utf8_arrive_as_replacement_characters() {
    for case in input_cases().filter(|case| case.percent.is_some()) {
        let hash = format!("#/en/?{}={}", case.input, case.percent.as_deref().unwrap());
        let Resolution::Show(route) = resolve_hash(&hash, Locale::En) else { panic!("{}", case.name) };
        let session = Session::from_route(&route).unwrap();
        assert_eq!(session.inputs, case.pairs(), "{}", case.name);
        assert!(session.inputs[0].1.contains('\u{FFFD}'), "{}", case.name);
    }
}

#[test]
fn a_remembered_record_never_brings_a_refused_value_back() {
    for case in input_cases() {
        let saved = Saved { inputs: case.pairs(), ..Saved::default() };
        let (restored, _) = Saved::decode(&saved.encode());
        for (name, value) in &restored.inputs {
            let (_, errors) = validate(&[(*name, value.clone())]);
            let generic = errors.iter().any(|error| {
                let rule = format!("{:?}", error.constraint);
                rule.starts_with("TooLong") || rule.starts_with("HiddenCharacter")
            });
            assert!(!generic, "{}: stored and restored {value:?}", case.name);
        }
    }
}

#[test]
fn trails_are_cut_where_they_stop_making_sense() {
    for case in table().into_iter().filter(|case| case.input == "via") {
        for node in ["check-nslookup", "dns-lookup-fails", "configure-proxy"] {
            let query = form_urlencoded::Serializer::new(String::new()).append_pair("via", &case.text()).finish();
            let Resolution::Show(route) = resolve_hash(&format!("#/en/{node}?{query}"), Locale::En) else {
                panic!("{}", case.name)
            };
            let session = Session::from_route(&route).expect("a known node");
            assert!(session.trail.len() <= Node::all().count(), "{}: {} steps", case.name, session.trail.len());
            if let Some(last) = session.trail.last() {
                assert!(
                    last.node.links().any(|link| link.id == last.answer && link.to == session.current()),
                    "{}",
                    case.name
                );
            }
            assert!(session.href().len() < 2048, "{}: the trail kept its junk", case.name);
        }
    }
}

#[test]
fn the_cli_exits_2_with_a_localized_message_and_nothing_on_stdout() {
    let mut tried = 0;
    for case in input_cases().filter(|case| case.cli.is_none()) {
        let flag = OsString::from(format!("--{}", case.input));
        let value = OsString::from_vec(case.bytes());
        for (command, locale) in [("snippets", Locale::En), ("snippets", Locale::Tr), ("link", Locale::Tr)] {
            let mut args: Vec<OsString> = vec![command.into(), "--locale".into(), locale.as_str().into()];
            if command == "link" {
                args.extend(["--node".into(), "start".into()]);
            }
            for _ in 0..case.times.unwrap_or(1) {
                args.extend([flag.clone(), value.clone()]);
            }
            let output = cli(&args);
            assert_eq!(output.status.code(), Some(2), "{} ({command} {locale})", case.name);
            assert!(output.stdout.is_empty(), "{} ({command} {locale}): stdout {:?}", case.name, output.stdout);
            let stderr = String::from_utf8_lossy(&output.stderr);
            let t = Localizer::new(locale);
            let label = t.text(msg::input_label(case.name().unwrap()));
            assert!(
                stderr.contains(&format!("acr-net-guide: {label}: ")),
                "{} ({command} {locale}): {stderr}",
                case.name
            );
            assert!(stderr.len() < 4096, "{}: the message repeats the value", case.name);
            tried += 1;
        }
    }
    assert!(tried >= 100, "{tried} runs");
}
