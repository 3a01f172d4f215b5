//! The Markdown report and the wiki links: reviewed snapshots (en, tr, plain and redacted), the Markdown read back
//! by a CommonMark parser, redaction over every step, and the CLI printing the same text.

use acr_net_guide::build_info::{BUILD_DATE, COMMIT, VERSION};
use acr_net_guide::i18n::Localizer;
use acr_net_guide::inputs;
use acr_net_guide::locale::Locale;
use acr_net_guide::locale_files::search_index;
use acr_net_guide::report::{self, markdown, ReportOptions};
use acr_net_guide::route::{resolve_hash, Resolution};
use acr_net_guide::session::Session;
use acr_net_guide::snippets;
use acr_net_guide::tree::Node;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::support::{repo_path, run_cli as cli};

const DATE: &str = "2026-12-01";
const BASE: &str = "https://wiki.contoso.com/tools/acr/";

/// The scenario of the snapshots: a fix reached through three answers, with names, addresses and a region.
const ADDRESS: &str = "fix-allow-client-ip?registry=zqxregistry77&resource-group=rg-zqx-secret\
    &region=westeurope&replica=eastus&client-ip=198.51.100.77&client-ip=10.20.30.0%2F24&data-endpoints=on\
    &via=start%3Aportal%2Cportal-cannot-manage%3Aselected-networks";

fn session(locale: Locale, address: &str) -> Session {
    let Resolution::Show(route) = resolve_hash(&format!("#/{locale}/{address}"), Locale::En) else {
        panic!("{address}")
    };
    Session::from_route(&route).expect("a known node")
}

fn report(locale: Locale, address: &str, redact: bool) -> String {
    let options = ReportOptions { date: DATE, redact, base: BASE };
    markdown(&session(locale, address), search_index(locale), &options, &Localizer::new(locale))
}

/// The report with the build's identity replaced, so snapshots survive commits.
fn normalised(text: &str) -> String {
    text.replace(&format!("{VERSION} ({COMMIT}, {BUILD_DATE})"), "<version> (<commit>, <build date>)")
}

#[test]
fn the_scenario_walks_its_whole_trail() {
    let session = session(Locale::En, ADDRESS);
    assert_eq!(session.trail.len(), 2, "the trail of the fixture address must stay valid");
    assert_eq!(session.current().id(), "fix-allow-client-ip");
}

/// The report in both locales, plain and redacted (`tests/snapshots/report/`). After reviewing a change, accept it
/// with `INSTA_UPDATE=always cargo test --test report`.
#[test]
fn reports_match_their_reviewed_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(repo_path("tests/snapshots/report"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for locale in [Locale::En, Locale::Tr] {
            for redact in [false, true] {
                let name = format!("{locale}-{}", if redact { "redacted" } else { "plain" });
                insta::assert_snapshot!(name, normalised(&report(locale, ADDRESS, redact)));
            }
        }
    });
}

/// Reads a report back as CommonMark: one top-level heading, and each snippet exactly once as a fenced block with
/// its language tag and its body byte for byte.
#[test]
fn the_markdown_parses_into_the_title_and_every_snippet_verbatim() {
    for locale in [Locale::En, Locale::Tr] {
        let text = report(locale, ADDRESS, false);
        let session = session(locale, ADDRESS);
        let mut headings = Vec::new();
        let mut blocks = Vec::new();
        let mut current: Option<(String, String)> = None;
        let mut level = None;
        for event in Parser::new(&text) {
            match event {
                Event::Start(Tag::Heading { level: found, .. }) => level = Some(found as usize),
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                    current = Some((info.to_string(), String::new()))
                }
                Event::Text(part) => match (&mut current, level) {
                    (Some((_, body)), _) => body.push_str(&part),
                    (None, Some(1)) => headings.push(part.to_string()),
                    _ => {}
                },
                Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
                Event::End(TagEnd::Heading(_)) => level = None,
                Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML in the report: {html}"),
                _ => {}
            }
        }
        assert_eq!(headings, [session.current().title(locale)], "one h1: the step's title");
        let (valid, _) = inputs::validate(&session.inputs);
        let expected = snippets::generate_all(session.current().snippets(), &valid, &Localizer::new(locale));
        assert!(!expected.is_empty());
        for snippet in &expected {
            let found = blocks.iter().filter(|(info, body)| info == snippet.language.as_str() && *body == snippet.body);
            assert_eq!(found.count(), 1, "{} ({locale})", snippet.id);
        }
    }
}

/// The explanation in a report is the body's Markdown (from the locale's search index): rendered by CommonMark it
/// gives back exactly the page's body, internal links included.
#[test]
fn explanations_render_to_the_pages_bodies() {
    for &locale in Locale::ALL {
        let index = search_index(locale);
        for node in Node::all() {
            let markdown = report::explanation(index.markdown(node), "");
            let mut rendered = String::new();
            pulldown_cmark::html::push_html(&mut rendered, Parser::new(&markdown));
            assert_eq!(rendered, node.body_html(locale), "{} ({locale})", node.id());
        }
        let linked = report::explanation(index.markdown(Node::find("fix-allow-client-ip").unwrap()), BASE);
        assert!(linked.contains(&format!("]({BASE}#/{locale}/fix-pipeline-agents)")), "{linked}");
    }
}

/// With redaction on, no name or address of the environment appears on any step, in either locale, and the
/// non-identifying values stay.
#[test]
fn redaction_leaves_no_name_or_address_on_any_step() {
    let secrets = [
        ("registry", "zqxregistry77"),
        ("resource-group", "rg-zqx-secret"),
        ("subscription", "zqx-subscription"),
        ("client-ip", "198.51.100.77"),
        ("client-ip", "10.20.30.0/24"),
        ("proxy", "http://zqxproxy.corp.example:3128"),
        ("no-proxy", "zqxinternal.corp.example"),
        ("vnet", "vnet-zqx"),
        ("subnet", "snet-zqx"),
        ("vnet-resource-group", "rg-zqx-net"),
        ("private-endpoint", "pe-zqx"),
        ("aks-cluster", "aks-zqx"),
        ("aks-resource-group", "rg-zqx-aks"),
        ("firewall", "fw-zqx"),
        ("firewall-resource-group", "rg-zqx-fw"),
        ("firewall-policy", "fwp-zqx"),
        ("nsg", "nsg-zqx"),
        ("vm", "vm-zqx"),
        ("vm-resource-group", "rg-zqx-vm"),
        ("dns-forwarder", "10.99.0.4"),
    ];
    let query: Vec<String> = secrets
        .iter()
        .chain(&[("region", "westeurope")])
        .map(|(name, value)| format!("{name}={}", value.replace('/', "%2F")))
        .collect();
    for node in Node::all() {
        for &locale in Locale::ALL {
            let address = format!("{}?{}", node.id(), query.join("&"));
            let session = session(locale, &address);
            assert!(inputs::validate(&session.inputs).1.is_empty(), "the values must be valid to reach the snippets");
            let text = report(locale, &address, true);
            for (name, value) in &secrets {
                let stem = value.trim_end_matches("/24");
                assert!(!text.contains(stem), "{name}={value} shows on {} ({locale}):\n{text}", node.id());
                assert!(!text.contains("zqx"), "{} ({locale})", node.id());
            }
            assert!(text.contains("`westeurope`"), "{} ({locale})", node.id());
            let plain = report(locale, &address, false);
            assert!(plain.contains("`zqxregistry77`"), "without redaction the values are listed");
        }
    }
}

#[test]
fn the_cli_prints_the_same_report() {
    let args = [
        "report",
        "--node",
        "fix-allow-client-ip",
        "--via",
        "start:portal,portal-cannot-manage:selected-networks",
        "--registry",
        "zqxregistry77",
        "--resource-group",
        "rg-zqx-secret",
        "--region",
        "westeurope",
        "--replica",
        "eastus",
        "--client-ip",
        "198.51.100.77",
        "--client-ip",
        "10.20.30.0/24",
        "--data-endpoints",
        "on",
        "--date",
        DATE,
        "--base",
        BASE,
    ];
    for locale in ["en", "tr"] {
        for redact in [false, true] {
            let mut all: Vec<&str> = args.to_vec();
            all.extend(["--locale", locale]);
            if redact {
                all.push("--redact");
            }
            let output = cli(&all);
            assert!(output.status.success(), "{output:?}");
            let locale = Locale::parse(locale).unwrap();
            assert_eq!(String::from_utf8(output.stdout).unwrap(), report(locale, ADDRESS, redact), "{locale} {redact}");
        }
    }
}

#[test]
fn the_cli_refuses_a_trail_that_does_not_lead_to_the_step_or_a_bad_date() {
    for args in [
        &["report", "--node", "fix-allow-client-ip", "--via", "start:dns"][..],
        &["report", "--node", "fix-allow-client-ip", "--via", "start:portal,bogus:x"][..],
        &["report", "--node", "check-nslookup", "--date", "2026-02-30"][..],
        &["report", "--node", "check-nslookup", "--registry", "a b"][..],
        &["report", "--node", "no-such-step"][..],
    ] {
        let output = cli(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
    }
    let stderr = String::from_utf8(cli(&["report", "--node", "fix-allow-client-ip", "--via", "start:dns"]).stderr);
    assert!(stderr.unwrap().contains("lead to \"fix-allow-client-ip\""));
}

#[test]
fn the_cli_report_defaults_to_today_and_an_unset_environment() {
    let output = cli(&["report", "--node", "check-nslookup", "--locale", "tr"]);
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    let date = text.lines().find_map(|line| line.strip_prefix("- Tarih: ")).expect("a date line");
    assert!(acr_net_guide::civil_date::is_date(date), "{date}");
    assert!(text.contains("Soru yanıtlanmadan doğrudan açıldı.") && text.contains("Değer girilmedi."), "{text}");
}

#[test]
fn link_prints_wiki_markup_titled_in_the_locale() {
    let title = Node::find("configure-proxy").unwrap().title(Locale::Tr);
    let url = "https://wiki.contoso.com/acr/#/tr/configure-proxy?registry=contoso";
    let expected = [
        ("markdown", format!("[{}]({url})", report::escape(title))),
        ("html", format!("<a href=\"{}\">{title}</a>", url.replace('&', "&amp;"))),
        ("confluence", format!("[{title}|{url}]")),
        ("mediawiki", format!("[{url} {title}]")),
    ];
    for (format, line) in expected {
        let output = cli(&[
            "link",
            "--node",
            "configure-proxy",
            "--locale",
            "tr",
            "--registry",
            "contoso",
            "--base",
            "https://wiki.contoso.com/acr/",
            "--format",
            format,
        ]);
        assert!(output.status.success(), "{output:?}");
        assert_eq!(String::from_utf8(output.stdout).unwrap(), format!("{line}\n"), "{format}");
    }
    let output = cli(&["link", "--node", "configure-proxy", "--format", "wikitext"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("markdown, html, confluence, mediawiki"));
}
