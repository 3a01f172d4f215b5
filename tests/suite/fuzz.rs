//! Property tests of everything that reads outside input: the URL state, the input validators, the diagnosis
//! engine, the rules file the page fetches, and the content compiler's Fluent and Markdown readers (the quoters' are in tests/suite/inputs.rs). Inputs
//! are built from the pieces that matter to each parser (separators, escapes, hostile characters) plus any
//! character. `cargo test` runs each with proptest's 256 cases (the smoke `make test` runs); `scripts/fuzz.sh`
//! runs each with 1,000,000 (`PROPTEST_CASES`) and reports cases and time per target.
use std::path::Path;

use acr_content_compiler::{compile_ui_text, render_markdown, MessagePiece};
use acr_net_guide::diagnose::{diagnose, diagnose_with, found_values};
use acr_net_guide::diagnosis_rules::RuleSet;
use acr_net_guide::i18n::{Localizer, MISSING_MARK};
use acr_net_guide::inputs::{is_hidden_character, validate, MAX_VALUE_CHARS};
use acr_net_guide::locale::Locale;
use acr_net_guide::route::{canonical_hash, resolve_hash, Resolution};
use acr_net_guide::session::{startup_hash, Session};
use acr_vocab::InputName;
use proptest::prelude::*;
use proptest::sample::select;

/// Text made of `pieces` and arbitrary characters, up to `max` parts.
fn soup(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    let part = prop_oneof![3 => select(pieces).prop_map(str::to_string), 1 => any::<char>().prop_map(String::from)];
    prop::collection::vec(part, 0..max).prop_map(|parts| parts.concat())
}

const HASH_PIECES: &[&str] = &[
    "#",
    "/",
    "//",
    "\\",
    "?",
    "&",
    "=",
    "%",
    "%2e",
    "%2E",
    "%2f",
    "%C0%AE",
    "%FF",
    "%E2%80%AE",
    ".",
    "..",
    "en",
    "tr",
    "xx",
    "start",
    "dns-lookup-fails",
    "check-nslookup",
    "configure-proxy",
    "via=",
    "registry=",
    "replica=",
    "start:dns",
    "dns-lookup-fails:next",
    ",",
    ":",
    "<",
    ">",
    "\"",
    "'",
    " ",
    "+",
    "\u{202E}",
    "\u{0}",
    "ş",
    "İ",
];

fn locale() -> impl Strategy<Value = Locale> {
    select(Locale::ALL.to_vec())
}

proptest! {
    /// Any address: the repaired hash is readable by the app, stable, and resolves to a page; a session read
    /// from it survives its own address unchanged; start-up leaves an address that needs no repair.
    #[test]
    fn url_state(text in soup(HASH_PIECES, 24), fallback in locale()) {
        // What `location.hash` holds: empty, or `#` and the rest.
        let hash = if text.is_empty() || text.starts_with('#') { text } else { format!("#{text}") };
        let canonical = canonical_hash(&hash, fallback).unwrap_or_else(|| hash.clone());
        prop_assert_eq!(canonical_hash(&canonical, fallback), None, "stable: {:?}", canonical);
        let path = canonical.strip_prefix("#/");
        prop_assert!(path.is_some_and(|path| !path.starts_with(['/', '\\'])), "readable: {:?}", canonical);
        let shown = match resolve_hash(&canonical, fallback) {
            Resolution::Redirect(target) => resolve_hash(&target.href(), fallback),
            other => other,
        };
        prop_assert!(!matches!(shown, Resolution::Redirect(_)), "one redirect at most: {:?}", canonical);
        if let Resolution::Show(route) = shown {
            if let Some(session) = Session::from_route(&route) {
                let Resolution::Show(again) = resolve_hash(&session.href(), fallback) else {
                    return Err(TestCaseError::fail(format!("{} does not resolve", session.href())));
                };
                prop_assert_eq!(Session::from_route(&again), Some(session));
            }
        }
        if let Some(target) = startup_hash(&hash, fallback, &[]) {
            prop_assert_eq!(canonical_hash(&target, fallback), None, "start-up left {:?}", target);
        }
    }
}

const VALUE_PIECES: &[&str] = &[
    "contoso",
    "Contoso01",
    "westeurope",
    "West Europe",
    "eastus",
    "public",
    "china",
    "on",
    "off",
    "bash",
    "powershell",
    "203.0.113.7",
    "10.0.0.0/8",
    "2001:db8::1",
    "/24",
    "http://",
    "https://",
    "proxy.contoso.com",
    ":3128",
    "@",
    "/subscriptions/",
    "00000000-0000-0000-0000-000000000000",
    "/resourceGroups/",
    "rg",
    "/providers/",
    "Microsoft.Network",
    "/virtualNetworks/",
    "/privateDnsZones/",
    "privatelink.azurecr.io",
    "Microsoft.OperationalInsights/workspaces/",
    "law",
    ",",
    ".",
    "-",
    "_",
    "(",
    ")",
    " ",
    "*",
    "$(",
    "`",
    "'",
    "\"",
    ";",
    "\n",
    "\u{202E}",
    "\u{200B}",
    "\u{FFFD}",
    "\u{0}",
    "ş",
    "ı",
];

fn raw_inputs() -> impl Strategy<Value = Vec<(InputName, String)>> {
    prop::collection::vec((select(InputName::ALL.to_vec()), soup(VALUE_PIECES, 12)), 0..6)
}

proptest! {
    /// Any values for any inputs: every refusal reads as a message in every locale, and what is accepted holds
    /// no hidden character and nothing longer than the limit (a refused value is left out).
    #[test]
    fn validators(raw in raw_inputs()) {
        let (inputs, errors) = validate(&raw);
        for error in &errors {
            for locale in Locale::ALL {
                let message = error.describe(&Localizer::new(*locale));
                prop_assert!(!message.contains(MISSING_MARK) && !message.is_empty(), "{}", message);
            }
        }
        // (Combining marks are visible and Azure's own name rules take them: only hidden characters count.)
        let accepted = format!("{inputs:?}");
        prop_assert!(!accepted.chars().any(is_hidden_character), "{}", accepted);
        for (name, value) in &raw {
            let refused = errors.iter().any(|error| error.name == *name && error.value == value.trim());
            prop_assert!(refused || value.trim().chars().count() <= MAX_VALUE_CHARS);
        }
        prop_assert_eq!(validate(&raw), (inputs, errors), "deterministic");
    }
}

const ERROR_PIECES: &[&str] = &[
    "Error response from daemon: ",
    "Get \"https://",
    "contoso",
    "fabrikam",
    ".azurecr.io",
    ".azurecr.cn",
    ".azureacr.io",
    ".westeurope.data.azurecr.io",
    ".privatelink.azurecr.io",
    ".geo.azurecr.io",
    "/v2/\": ",
    "dial tcp ",
    "10.1.2.3",
    "203.0.113.10",
    ":443",
    ": i/o timeout",
    "lookup ",
    ": no such host",
    "proxyconnect tcp: ",
    "http://user:pw@proxy:3128",
    "client with IP '",
    "' is not allowed access",
    "denied: ",
    "403 Forbidden",
    "401",
    "CONNECTIVITY_DNS_ERROR",
    "x509: certificate signed by unknown authority",
    "TLS handshake timeout",
    "\n",
    " ",
    "\t",
    "'",
    "\"",
    "ş",
    "\u{202E}",
    "mcr.microsoft.com",
];

proptest! {
    /// Any error text: matches are confident, ranked and point into their evidence; every value the page or the
    /// CLI offers to fill in is one that validation accepts.
    #[test]
    fn diagnosis(text in soup(ERROR_PIECES, 40)) {
        let diagnosis = diagnose(&text);
        for pair in diagnosis.matches.windows(2) {
            prop_assert!(pair[0].score >= pair[1].score);
        }
        for found in &diagnosis.matches {
            prop_assert!((0.0..=1.0).contains(&found.score));
            prop_assert!(found.evidence.get(found.phrase.clone()).is_some(), "phrase outside the evidence");
        }
        for (name, values) in found_values(&diagnosis.extracted) {
            let raw: Vec<(InputName, String)> = values.into_iter().map(|value| (name, value)).collect();
            let (_, errors) = validate(&raw);
            prop_assert!(errors.is_empty(), "offered {:?}, refused: {:?}", raw, errors);
        }
    }
}

/// The build's rules file, as the page fetches it.
fn shipped_rules_file() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| acr_content_compiler::rules_file(&crate::support::content()).text)
}

const RULES_PIECES: &[&str] = &[
    "\n",
    " ",
    "\t",
    ",",
    "-",
    "0",
    "1",
    "9",
    "65535",
    "1000000",
    "99999999",
    "family ",
    "include ",
    "rule ",
    "^",
    "$",
    "login-server",
    "private",
    "dns-lookup-fails",
    "ş",
    "\u{0}",
];

proptest! {
    /// The rules file damaged near the start of any line (a header, a length, a rule's fields, a pattern): a span
    /// replaced by other text is read or refused, never a panic, and rules that read diagnose without one.
    #[test]
    fn rules_file(line in any::<prop::sample::Index>(), offset in 0_usize..12, cut in 0_usize..12,
                  with in soup(RULES_PIECES, 4)) {
        let text = shipped_rules_file();
        let starts: Vec<usize> =
            std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).filter(|&at| at < text.len()).collect();
        let floor = |at: usize| (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let start = floor(starts[line.index(starts.len())] + offset);
        let end = floor(start + cut);
        let damaged = format!("{}{with}{}", &text[..start], &text[end..]);
        if let Ok(rules) = RuleSet::parse(&damaged) {
            let found = diagnose_with(&rules, "Get https://contoso.azurecr.io/v2/: dial tcp 10.0.0.4:443: i/o timeout");
            prop_assert!(found.matches.iter().all(|m| (0.0..=1.0).contains(&m.score)));
        }
    }
}

const FLUENT_PIECES: &[&str] = &[
    "message",
    "-term",
    " = ",
    "=",
    "\n",
    "\n    ",
    ".attr",
    "{ $name }",
    "{ $",
    "}",
    "{",
    "{ -term }",
    "{ NUMBER($n) }",
    "[one]",
    "*[other]",
    "->",
    "# comment\n",
    "### ",
    "\"",
    "\\u0041",
    "ş",
    "\u{202E}",
    " ",
];

proptest! {
    /// Any Fluent text: the compiler reports problems or compiles; a compiled message is plain pieces.
    #[test]
    fn fluent_text(text in soup(FLUENT_PIECES, 30)) {
        let (compiled, _problems) = compile_ui_text(Path::new("fuzz.ftl"), &text);
        for (id, pieces) in &compiled {
            prop_assert!(text.contains(id.as_str()), "{} is not in the text", id);
            for piece in pieces {
                if let MessagePiece::Variable(name) = piece {
                    prop_assert!(text.contains(&format!("${name}")), "variable {} not in the text", name);
                }
            }
        }
    }

    /// A well-formed message compiles to exactly its text and variable pieces.
    #[test]
    fn fluent_message(id in "[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", before in "[a-zA-Z0-9,.:ışğüöç][a-zA-Z0-9 ,.:ışğüöç]{0,19}",
                      variable in "[a-z][a-z_]{0,8}", after in "[a-zA-Z0-9 ,.:ışğüöç]{0,20}") {
        let after = after.trim_end().to_string();
        let text = format!("{id} = {before}{{ ${variable} }}{after}\n");
        let (compiled, problems) = compile_ui_text(Path::new("fuzz.ftl"), &text);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let mut expected = vec![MessagePiece::Text(before), MessagePiece::Variable(variable)];
        if !after.is_empty() {
            expected.push(MessagePiece::Text(after));
        }
        prop_assert_eq!(compiled.get(&id), Some(&expected));
    }
}

const MARKDOWN_PIECES: &[&str] = &[
    "[",
    "](",
    ")",
    "![",
    "<",
    ">",
    "<script>",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:",
    "data:text/html,",
    "https://",
    "http://",
    "#/",
    "start",
    "example.com",
    "\"",
    "'",
    " ",
    "\n",
    "\n\n",
    "# ",
    "## ",
    "`",
    "```\n",
    "*",
    "_",
    "**",
    "- ",
    "1. ",
    "> ",
    "&",
    "&amp;",
    "&#x3C;",
    "\\",
    "\u{202E}",
    "ş",
    "onmouseover=",
];

/// The tags the Markdown renderer may emit for a body that passed its rules.
const BODY_TAGS: &[&str] = &["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br"];
/// And the attributes.
const BODY_ATTRIBUTES: &[&str] = &["href", "title", "start", "class", "/"];

proptest! {
    /// Any Markdown: what passes the compiler's rules renders to the allowed tags only, with links to https://
    /// pages or the guide's own steps and no markup or script from the text.
    #[test]
    fn markdown_body(text in soup(MARKDOWN_PIECES, 40), locale in locale()) {
        let mut problems = Vec::new();
        let rendered = render_markdown(Path::new("fuzz.md"), &text, locale.as_str(), &mut problems);
        if problems.is_empty() {
            let html = rendered.html;
            for tag in html.split('<').skip(1) {
                let tag = tag.split('>').next().unwrap_or_default();
                let name: String = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
                prop_assert!(BODY_TAGS.contains(&name.as_str()), "<{}> in {}", name, html);
                // Attribute values are quoted and escaped: split on the quotes to see the names only.
                for (index, part) in tag.split('"').enumerate().filter(|(index, _)| index % 2 == 0) {
                    let names = part.split_whitespace().skip(usize::from(index == 0)).map(|a| a.trim_end_matches('='));
                    for attribute in names.filter(|a| !a.is_empty()) {
                        prop_assert!(BODY_ATTRIBUTES.contains(&attribute), "{} in <{}>", attribute, tag);
                    }
                }
            }
            for href in html.split(" href=\"").skip(1) {
                let href = href.split('"').next().unwrap_or_default();
                let internal = format!("#/{}/", locale.as_str());
                prop_assert!(href.starts_with("https://") || href.starts_with(&internal), "href {} in {}", href, html);
            }
        }
    }
}

/// Found by `diagnosis` above (1,000,000 cases): the proxy of `proxyconnect tcp: dial tcp http://user:pw@proxy:3128:443`
/// came out as `http://proxy:3128:443`, which the page and the CLI offered to fill in although validation refuses
/// it. `found_values` now offers only what validation accepts.
#[test]
fn values_offered_from_an_error_text_are_ones_validation_accepts() {
    let diagnosis = diagnose("proxyconnect tcp: dial tcp http://user:pw@proxy:3128:443: connect: connection refused");
    for (name, values) in found_values(&diagnosis.extracted) {
        let raw: Vec<(InputName, String)> = values.into_iter().map(|value| (name, value)).collect();
        assert_eq!(validate(&raw).1, [], "{raw:?}");
    }
}

/// Found by `diagnosis` above: a registry host right after a character wider than one byte (a typographic quote
/// in a Turkish message, `¡`) made the host lookup slice inside that character and panic — the page's paste box
/// then showed the crash screen, and `acr-net-guide diagnose` aborted.
#[test]
fn a_registry_host_after_a_wide_character_is_found_without_a_panic() {
    for text in
        ["kayıt defteri ‘contoso.azurecr.io’ erişimi reddetti", "¡contoso.azurecr.io", "ş.azurecr.io.azurecr.io"]
    {
        let diagnosis = diagnose(text);
        if text.contains("contoso") {
            assert_eq!(diagnosis.extracted.registry.as_deref(), Some("contoso"), "{text}");
        }
    }
}
