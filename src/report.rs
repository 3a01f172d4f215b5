//! The Markdown report of a step, for a ticket or a wiki page: date, guide version, locale, the trail, the inputs
//! (optionally redacted), the step's explanation (its body's Markdown, which comes with the locale's search
//! index), its error strings and its snippets in fenced code blocks.
//!
//! Plain CommonMark without tables or HTML, so GitHub, Azure DevOps wikis and most ticket systems render it alike.
//! The page and the CLI call the same function; only the date and the guide's address are passed in.

use std::net::IpAddr;

use crate::build_info::{BUILD_DATE, COMMIT, VERSION};
use crate::i18n::{msg, Localizer};
use crate::inputs::{self, INPUTS};
use crate::search::SearchIndex;
use crate::session::Session;
use crate::snippets;
use acr_vocab::InputName;

/// What the caller decides: the day of the report, whether names and addresses are masked, and the address of
/// the guide that links start with (the page's own address without its hash, or the CLI's `--base`).
#[derive(Clone, Copy, Debug)]
pub struct ReportOptions<'a> {
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    pub redact: bool,
    pub base: &'a str,
}

/// How an input's value is treated when the report is redacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redaction {
    /// Names that identify the organisation: registry, resource and resource-group names, resource IDs, proxy
    /// hosts.
    Name,
    /// IP addresses and ranges: masked, but whether they are public or private is kept (it often is the cause).
    Address,
    /// Values that say nothing about the organisation (cloud, regions, on/off switches, the shell).
    Keep,
}

/// The redaction class of every input (a new input must be classified here: the match is exhaustive).
pub fn redaction(name: InputName) -> Redaction {
    use InputName::*;
    match name {
        Registry
        | ResourceGroup
        | Subscription
        | Proxy
        | NoProxy
        | Vnet
        | Subnet
        | VnetResourceGroup
        | PrivateEndpoint
        | AksCluster
        | AksResourceGroup
        | Firewall
        | FirewallResourceGroup
        | FirewallPolicy
        | Nsg
        | Vm
        | VmResourceGroup
        | Workspace
        | PrivateDnsZone
        | ClientVnet => Redaction::Name,
        ClientIp | DnsForwarder => Redaction::Address,
        Cloud | Region | Replica | DataEndpoints | RegionalEndpoints | Shell => Redaction::Keep,
    }
}

/// The session with every value the redaction masks left out (what the redacted report's link and snippets use).
pub fn without_masked_inputs(session: &Session) -> Session {
    let mut kept = session.clone();
    kept.inputs.retain(|(name, _)| redaction(*name) == Redaction::Keep);
    kept
}

/// The values in the input catalogue's order (repeated values keep theirs): one address for one view, whatever
/// order a link had them in, as the CLI writes it.
pub fn in_catalogue_order(inputs: &[(InputName, String)]) -> Vec<(InputName, String)> {
    INPUTS.iter().flat_map(|spec| inputs.iter().filter(move |(name, _)| *name == spec.name).cloned()).collect()
}

/// The report being written: lines, headings and list items.
struct Report(String);

impl Report {
    fn line(&mut self, parts: &[&str]) {
        parts.iter().for_each(|part| self.0.push_str(part));
        self.0.push('\n');
    }

    /// A `##` heading with blank lines around it.
    fn section(&mut self, title: &str) {
        self.line(&["\n## ", title, "\n"]);
    }

    /// `- label: value`.
    fn item(&mut self, label: &str, value: &str) {
        self.line(&["- ", label, ": ", value]);
    }
}

/// The report of the session's current step in the localizer's locale; the explanation is the step's body from
/// `index`, that locale's search index.
pub fn markdown(session: &Session, index: &SearchIndex, options: &ReportOptions, t: &Localizer) -> String {
    let locale = t.locale();
    let node = session.current();
    let mut shown = if options.redact { without_masked_inputs(session) } else { session.clone() };
    shown.inputs = in_catalogue_order(&shown.inputs);
    let mut out = Report(String::new());

    out.line(&["# ", &escape(node.title(locale)), "\n"]);
    out.item(&t.text(msg::REPORT_DATE), options.date);
    out.item(&t.text(msg::REPORT_VERSION), &format!("{VERSION} ({COMMIT}, {BUILD_DATE})"));
    out.item(&t.text(msg::LOCALE_SWITCH_LABEL), &format!("{} ({locale})", locale.native_name()));
    out.item(&t.text(msg::REPORT_STEP), &format!("{} ({})", code_span(node.id()), t.text(msg::node_kind(node.kind()))));
    out.item(&t.text(msg::REPORT_LINK), &link(&format!("{}{}", options.base, shown.href())));

    out.section(&t.text(msg::TRAIL_TITLE));
    if session.trail.is_empty() {
        out.line(&[&t.text(msg::REPORT_TRAIL_EMPTY)]);
    }
    for (index, step) in session.trail.iter().enumerate() {
        let answer = step.node.link_label(locale, step.answer).unwrap_or(step.answer);
        let number = (index + 1).to_string();
        out.line(&[&number, ". ", &escape(step.node.title(locale)), " → **", &escape(answer), "**"]);
    }

    out.section(&t.text(msg::ENVIRONMENT_TITLE));
    let (valid, errors) = inputs::validate(&session.inputs);
    if session.inputs.is_empty() {
        out.line(&[&t.text(msg::REPORT_INPUTS_EMPTY)]);
    }
    for spec in INPUTS {
        for value in session.input(spec.name) {
            let mut shown_value = match (options.redact, redaction(spec.name)) {
                (true, Redaction::Name) => format!("*{}*", t.text(msg::REPORT_REDACTED)),
                (true, Redaction::Address) => format!("*{}*", t.text(masked_address(value))),
                _ => code_span(value),
            };
            if let Some(error) = errors.iter().find(|error| error.name == spec.name && error.value == value.trim()) {
                let reason = t.format(msg::report_refused(&error.constraint.describe(t)));
                shown_value = format!("{shown_value} ({})", escape(&reason));
            }
            out.item(&escape(&t.text(msg::input_label(spec.name))), &shown_value);
        }
    }

    out.section(&t.text(msg::REPORT_EXPLANATION));
    out.line(&[&explanation(index.markdown(node), options.base)]);

    if !node.errors().is_empty() {
        out.section(&t.text(msg::NODE_ERRORS_TITLE));
        for error in node.errors() {
            out.line(&["- ", &code_span(error)]);
        }
    }

    if !node.snippets().is_empty() {
        let snippet_inputs = if options.redact { inputs::validate(&shown.inputs).0 } else { valid };
        out.line(&["\n## ", &t.text(msg::SNIPPETS_TITLE)]);
        for snippet in snippets::generate_all(node.snippets(), &snippet_inputs, t) {
            out.line(&["\n### ", &escape(&snippet.title), "\n"]);
            out.line(&[&fenced(&snippet.body, snippet.language.as_str())]);
        }
    }
    out.0
}

/// A body's Markdown (internal links `#/<locale>/<id>`, as the build writes it) with its internal links made
/// absolute with `base`.
pub fn explanation(markdown: &str, base: &str) -> String {
    markdown.replace("](#/", &format!("]({base}#/"))
}

/// The message that stands in for a masked address: public or private is kept, since it often is the cause.
fn masked_address(value: &str) -> crate::i18n::MessageId {
    let address = value.trim().split('/').next().and_then(|address| address.parse::<IpAddr>().ok());
    match address {
        Some(address) if inputs::is_private(address) => msg::REPORT_REDACTED_PRIVATE_ADDRESS,
        Some(_) => msg::REPORT_REDACTED_PUBLIC_ADDRESS,
        None => msg::REPORT_REDACTED,
    }
}

/// An absolute address as an autolink; a relative one (the CLI's default base) as code, since Markdown would not
/// link it anyway.
fn link(url: &str) -> String {
    if url.starts_with("https://") || url.starts_with("http://") {
        format!("<{}>", url.replace(['<', '>', ' '], ""))
    } else {
        code_span(url)
    }
}

/// Text with the characters Markdown would read as markup escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Longest run of `mark` in `text`.
fn longest_run(text: &str, mark: char) -> usize {
    text.split(|c| c != mark).map(str::len).max().unwrap_or(0)
}

/// `text` as an inline code span, whatever backticks or line breaks it holds.
pub fn code_span(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    let ticks = "`".repeat(longest_run(&text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// A fenced code block with its language tag; the fence is longer than any backtick run inside.
fn fenced(body: &str, language: &str) -> String {
    let fence = "`".repeat((longest_run(body, '`') + 1).max(3));
    let body = body.strip_suffix('\n').unwrap_or(body);
    format!("{fence}{language}\n{body}\n{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_and_fences_outgrow_the_backticks_inside() {
        assert_eq!(code_span("az acr show"), "`az acr show`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x`"), "`` `x` ``");
        assert_eq!(code_span("two\nlines"), "`two lines`");
        assert_eq!(fenced("Write-Host `n\n", "powershell"), "```powershell\nWrite-Host `n\n```");
        assert_eq!(fenced("a ``` b", "text"), "````text\na ``` b\n````");
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape("a_b *c* [d](e) <f> #1 |"), "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\#1 \\|");
    }

    #[test]
    fn every_input_has_a_redaction_class_and_the_names_are_masked() {
        assert_eq!(redaction(InputName::Registry), Redaction::Name);
        assert_eq!(redaction(InputName::ClientIp), Redaction::Address);
        assert_eq!(redaction(InputName::Region), Redaction::Keep);
        assert_eq!(masked_address("10.1.2.0/24"), msg::REPORT_REDACTED_PRIVATE_ADDRESS);
        assert_eq!(masked_address("203.0.113.10"), msg::REPORT_REDACTED_PUBLIC_ADDRESS);
        assert_eq!(masked_address("not an address"), msg::REPORT_REDACTED);
    }
}
