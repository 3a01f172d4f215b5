//! Node bodies: CommonMark rendered to HTML at build time, under rules that keep the page safe and tidy.
//!
//! Rejected: raw HTML, headings (the page owns the one `h1`), images, and links other than `https://…` or
//! internal `#/<node-id>` (rewritten to `#/<locale>/<node-id>`).

use std::path::Path;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{line_of, Diagnostic};

/// A rendered body and the node ids its internal links point to (with their lines), for the caller to resolve.
#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub internal_links: Vec<(String, usize)>,
}

/// Renders `text` (the Markdown of `file`) for `locale`; rule violations are appended to `problems`.
pub fn render(file: &Path, text: &str, locale: &str, problems: &mut Vec<Diagnostic>) -> Rendered {
    let mut rendered = Rendered::default();
    let mut events = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        let line = line_of(text, range.start);
        let mut reject = |message: &str| problems.push(Diagnostic::new(file, line, message.to_string()));
        let event = match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                reject("raw HTML is not allowed (write placeholders like <registry> inside `code`)");
                continue;
            }
            Event::Start(Tag::Heading { .. }) => {
                reject("headings are not allowed in node bodies (the page owns the title); use a **bold** lead-in");
                continue;
            }
            Event::Start(Tag::Image { .. }) => {
                reject("images are not allowed in node bodies");
                continue;
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = match link_target(&dest_url, locale) {
                    Ok(LinkTarget::External) => dest_url,
                    Ok(LinkTarget::Internal { node, href }) => {
                        rendered.internal_links.push((node, line));
                        CowStr::from(href)
                    }
                    Err(message) => {
                        reject(&message);
                        dest_url
                    }
                };
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            other => other,
        };
        events.push(event);
    }
    html::push_html(&mut rendered.html, events.into_iter());
    rendered
}

enum LinkTarget {
    External,
    Internal { node: String, href: String },
}

fn link_target(url: &str, locale: &str) -> Result<LinkTarget, String> {
    if let Some(node) = url.strip_prefix("#/") {
        return Ok(LinkTarget::Internal { node: node.to_string(), href: format!("#/{locale}/{node}") });
    }
    let host_ok = url.strip_prefix("https://").is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    if host_ok && !url.chars().any(char::is_whitespace) {
        Ok(LinkTarget::External)
    } else {
        Err(format!("link target \"{url}\" is not allowed (use https://… or #/<node-id>)"))
    }
}

/// The prose of a Markdown text: its words without code spans, code blocks or link targets
/// (used to compare locales and to check terminology).
pub fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut in_code_block = false;
    for event in Parser::new_ext(text, Options::empty()) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Text(words) if !in_code_block => out.push_str(&words),
            Event::Code(_) => out.push(' '),
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}
