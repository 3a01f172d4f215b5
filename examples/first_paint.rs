//! Build step: renders, with the app's own components (Yew SSR of `Shell` at an address, as
//! `tests/suite/shell.rs` does), what the page shows before the wasm runs, and prints it as JSON for
//! scripts/first-paint.mjs: per locale the start page, and the templates the first-paint script fills for a step
//! (header, badge, title, trail, body). Every template is checked here against the real render of every node in
//! every locale (and of a trail to every reachable node), so the first paint and the app's first render have the
//! same markup; a mismatch fails the build with the node and locale.
//!
//! Usage: `cargo run --example first_paint` (scripts/postbuild.mjs runs it).

use std::collections::{BTreeMap, VecDeque};
use std::process::ExitCode;

use acr_net_guide::first_paint::{boot_table, link_targets, storage_notices};
use acr_net_guide::i18n::{msg, Localizer};
use acr_net_guide::locale::Locale;
use acr_net_guide::search;
use acr_net_guide::session::{Action, Session, Step};
use acr_net_guide::storage::{Discarded, Theme};
use acr_net_guide::tree::{Node, NodeKind};
use acr_net_guide::ui::{Shell, ShellProps};
use acr_vocab::InputName;
use serde_json::{json, Value};
use yew::LocalServerRenderer;

/// The body's children as the app renders them at `href` (`#/<locale>/<page>?<query>`).
fn render(href: &str, theme: Theme, discarded: Option<Discarded>) -> String {
    let props = ShellProps { address: href.to_string().into(), fallback: Locale::FALLBACK, theme, discarded };
    futures::executor::block_on(LocalServerRenderer::<Shell>::with_props(props).hydratable(false).render())
}

/// Text as Yew's server renderer escapes it (`html_escape::encode_text`).
fn text(value: &str) -> String {
    value.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An attribute value as Yew's server renderer escapes it (`encode_double_quoted_attribute`).
fn attribute(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Fills `{{name}}` placeholders (values are markup already).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    out
}

/// A problem with the rendered markup: the build stops.
type Problem = String;

/// `whole` with `part` replaced by `by`, where `part` must occur exactly once.
fn replace_once(whole: &str, part: &str, by: &str, what: &str) -> Result<String, Problem> {
    match whole.matches(part).count() {
        1 => Ok(whole.replacen(part, by, 1)),
        count => Err(format!("{what}: expected {part:?} once, found it {count} times in {whole}")),
    }
}

/// The header, the notices between header and main, and main of a rendered page (which ends with the footer).
struct Page<'a> {
    header: &'a str,
    notices: &'a str,
    main: &'a str,
}

fn split(html: &str) -> Result<Page<'_>, Problem> {
    let header_end = html.find("</header>").ok_or("no </header>")? + "</header>".len();
    let main_start = html.find("<main ").ok_or("no <main>")?;
    let main_end = html.find("</main>").ok_or("no </main>")? + "</main>".len();
    if !html.starts_with("<header ") || !html[main_end..].starts_with("<footer ") || !html.ends_with("</footer>") {
        return Err(format!("unexpected page structure: {html}"));
    }
    Ok(Page { header: &html[..header_end], notices: &html[header_end..main_start], main: &html[main_start..main_end] })
}

/// The theme toggle (the header's only button).
fn toggle(header: &str) -> Result<&str, Problem> {
    let start = header.find("<button ").ok_or("no theme toggle")?;
    let end = header[start..].find("</button>").ok_or("no theme toggle end")? + start + "</button>".len();
    Ok(&header[start..end])
}

/// The templates of one locale, read off real renders.
struct Templates {
    header: String,
    article: String,
    trail: String,
    item: String,
}

/// The node page of `node` (empty trail) in `locale`.
fn node_href(locale: Locale, node: Node) -> String {
    Session { node: Some(node), ..Session::new(locale) }.href()
}

fn templates(locale: Locale) -> Result<Templates, Problem> {
    let t = Localizer::new(locale);
    let sample = Node::all().find(|node| *node != Node::start()).ok_or("no node besides the start")?;
    let html = render(&node_href(locale, sample), Theme::Auto, None);
    let page = split(&html)?;
    let mut header = replace_once(
        page.header,
        &format!(r#"href="{}" class="brand""#, Session::new(locale).href()),
        r#"href="{{home}}" class="brand""#,
        "header",
    )?;
    for other in Locale::ALL {
        let href = attribute(&node_href(*other, sample));
        header =
            replace_once(&header, &format!(r#"href="{href}""#), &format!(r#"href="{{{{href-{other}}}}}""#), "header")?;
    }
    let sample_session = Session { node: Some(sample), ..Session::new(locale) };
    let search = attribute(&search::href(&sample_session, ""));
    header = replace_once(&header, &format!(r#"href="{search}""#), r#"href="{{search}}""#, "header")?;
    let open = format!(r#"<article class="node node-{}">"#, sample.kind());
    let badge = format!(r#"<p class="kind-badge">{}</p>"#, text(&t.text(msg::node_kind(sample.kind()))));
    let heading = format!(r#"elementtiming="page-title">{}</h1>"#, text(sample.title(locale)));
    let body_open = r#"<div aria-busy="false" class="node-body">"#;
    let body = format!("{body_open}{}</div>", sample.body_html(locale));
    let end =
        page.main.find(&body).ok_or_else(|| format!("{}: body not found in {}", sample.id(), page.main))? + body.len();
    let mut article = page.main[..end].to_string();
    article = replace_once(&article, &open, r#"<article class="node node-{{kind}}">"#, "article")?;
    article = replace_once(&article, &badge, r#"<p class="kind-badge">{{badge}}</p>"#, "article")?;
    article = replace_once(&article, &heading, r#"elementtiming="page-title">{{title}}</h1>"#, "article")?;
    article = replace_once(&article, &body, &format!("{{{{trail}}}}{body_open}{{{{body}}}}</div>"), "article")?;
    article.push_str("</article></main>");

    // A trail of two answers, for the trail's templates.
    let (end_node, trail) =
        reachable().into_iter().find(|(_, trail)| trail.len() == 2).ok_or("no node two answers from the start")?;
    let session = Session { locale, node: Some(end_node), trail: trail.clone(), inputs: Vec::new() };
    let html = render(&session.href(), Theme::Auto, None);
    let main = split(&html)?.main.to_string();
    let start = main.find("<nav ").ok_or("no trail")?;
    let end = main[start..].find("</nav>").ok_or("no trail end")? + start + "</nav>".len();
    let nav = &main[start..end];
    let items_start = nav.find("<ol>").ok_or("no trail list")? + "<ol>".len();
    let items_end = nav.find("</ol>").ok_or("no trail list end")?;
    let trail_template = format!("{}{{{{items}}}}{}", &nav[..items_start], &nav[items_end..]);
    let first = &nav[items_start..];
    let first = &first[..first.find("</li>").ok_or("no trail item")? + "</li>".len()];
    let step = &trail[0];
    let mut item = replace_once(
        first,
        &format!(r#"href="{}""#, attribute(&session.apply(Action::Rewind(0)).href())),
        r#"href="{{href}}""#,
        "trail item",
    )?;
    item = replace_once(&item, &format!(">{}</a>", text(step.node.title(locale))), ">{{title}}</a>", "trail item")?;
    let label = step.node.link_label(locale, step.answer).ok_or("no answer label")?;
    item = replace_once(&item, &format!(">{}</span>", text(label)), ">{{label}}</span>", "trail item")?;
    Ok(Templates { header, article, trail: trail_template, item })
}

/// Every node reachable from the start with the trail of a shortest way there (breadth first, answers only).
fn reachable() -> Vec<(Node, Vec<Step>)> {
    let mut seen: BTreeMap<Node, Vec<Step>> = BTreeMap::new();
    let mut order = Vec::new();
    let mut queue = VecDeque::from([(Node::start(), Vec::new())]);
    seen.insert(Node::start(), Vec::new());
    while let Some((node, trail)) = queue.pop_front() {
        for edge in node.edges() {
            if edge.back || seen.contains_key(&edge.to) {
                continue;
            }
            let mut next = trail.clone();
            next.push(Step { node, answer: edge.id });
            seen.insert(edge.to, next.clone());
            order.push((edge.to, next.clone()));
            queue.push_back((edge.to, next));
        }
    }
    order
}

/// Fills the node templates the way static/first-paint.js does.
fn fill_node(templates: &Templates, session: &Session) -> (String, String) {
    let locale = session.locale;
    let node = session.node.expect("a node page");
    let t = Localizer::new(locale);
    let mut links: Vec<(String, String)> = vec![
        ("home".into(), attribute(&session.apply(Action::Restart).href())),
        ("search".into(), attribute(&search::href(session, ""))),
    ];
    for other in Locale::ALL {
        links.push((format!("href-{other}"), attribute(&session.apply(Action::SwitchLocale(*other)).href())));
    }
    let links: Vec<(&str, &str)> = links.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
    let items: String = session
        .trail
        .iter()
        .enumerate()
        .map(|(index, step)| {
            fill(
                &templates.item,
                &[
                    ("href", &attribute(&session.apply(Action::Rewind(index)).href())),
                    ("title", &text(step.node.title(locale))),
                    ("label", &text(step.node.link_label(locale, step.answer).unwrap_or_default())),
                ],
            )
        })
        .collect();
    let trail = if session.trail.is_empty() { String::new() } else { fill(&templates.trail, &[("items", &items)]) };
    let article = fill(
        &templates.article,
        &[
            ("kind", node.kind().as_str()),
            ("badge", &text(&t.text(msg::node_kind(node.kind())))),
            ("title", &text(node.title(locale))),
            ("trail", &trail),
            ("body", node.body_html(locale)),
        ],
    );
    (fill(&templates.header, &links), article)
}

/// Checks the templates against the render of every node (no trail) and of a trail to every reachable node.
fn check(locale: Locale, templates: &Templates) -> Result<usize, Problem> {
    let plain = Node::all()
        .filter(|node| *node != Node::start())
        .map(|node| Session { node: Some(node), ..Session::new(locale) });
    let trails = reachable().into_iter().filter(|(node, _)| *node != Node::start()).map(|(node, trail)| Session {
        locale,
        node: Some(node),
        trail,
        inputs: Vec::new(),
    });
    // Inputs ride along in the header's links and the trail's.
    let inputs = vec![(InputName::Registry, "contoso".to_string()), (InputName::Replica, "east us".to_string())];
    let with_inputs = reachable().into_iter().filter(|(node, _)| *node != Node::start()).map(|(node, trail)| Session {
        locale,
        node: Some(node),
        trail,
        inputs: inputs.clone(),
    });
    let mut checked = 0;
    for session in plain.chain(trails).chain(with_inputs) {
        let html = render(&session.href(), Theme::Auto, None);
        let page = split(&html)?;
        let (header, article) = fill_node(templates, &session);
        let (open, close) = article.split_at(article.len() - "</article></main>".len());
        if header != page.header || !page.main.starts_with(open) || !page.main.ends_with(close) {
            return Err(format!(
                "{} ({locale}): the first-paint templates no longer match the app's render\n  template: {header}{article}\n  app:      {}{}",
                session.href(),
                page.header,
                page.main
            ));
        }
        checked += 1;
    }
    Ok(checked)
}

fn locale_json(locale: Locale) -> Result<Value, Problem> {
    let t = Localizer::new(locale);
    let templates = templates(locale)?;
    let checked = check(locale, &templates)?;
    let home = Session::new(locale).href();
    let start = render(&home, Theme::Auto, None);
    let start_page = split(&start)?;
    if !start_page.notices.is_empty() {
        return Err(format!("the start page of {locale} renders notices: {}", start_page.notices));
    }
    let mut toggles = serde_json::Map::new();
    for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
        let html = render(&home, theme, None);
        toggles.insert(theme.as_str().into(), json!(toggle(split(&html)?.header)?));
    }
    // The remembered-values notice as the app's first render has it (its live region empty), and the texts the app
    // puts in it next, which the first paint puts there a frame after showing the region, as the app does (so that
    // it is announced).
    let notice = split(&render(&home, Theme::Auto, Some(Discarded::Unreadable)))?.notices.to_string();
    if notice.matches("<p></p>").count() != 1 {
        return Err(format!("the storage notice no longer starts with one empty live region: {notice}"));
    }
    let mut notices = serde_json::Map::new();
    for (name, message) in storage_notices() {
        notices.insert(name.into(), json!(t.text(message)));
    }
    eprintln!("first_paint: {locale}: templates match the app's render of {checked} pages");
    Ok(json!({
        "start": start,
        "homeTitle": t.text(msg::HOME_TITLE),
        "documentTitle": t.format(msg::document_title("{{page}}")),
        "noApp": t.text(msg::FIRST_PAINT_NO_APP),
        "kinds": NodeKind::ALL.iter().map(|kind| t.text(msg::node_kind(*kind))).collect::<Vec<_>>(),
        "titles": Node::all().map(|node| node.title(locale)).collect::<Vec<_>>(),
        "templates": {
            "header": templates.header,
            "article": templates.article,
            "trail": templates.trail,
            "item": templates.item,
        },
        "toggles": toggles,
        "notice": notice,
        "notices": notices,
    }))
}

fn main() -> ExitCode {
    let mut locales = serde_json::Map::new();
    for &locale in Locale::ALL {
        match locale_json(locale) {
            Ok(value) => {
                locales.insert(locale.as_str().into(), value);
            }
            Err(problem) => {
                eprintln!("first_paint: {problem}");
                return ExitCode::FAILURE;
            }
        }
    }
    let kind_index = |node: Node| NodeKind::ALL.iter().position(|kind| *kind == node.kind()).expect("a listed kind");
    println!(
        "{}",
        json!({
            "table": boot_table(),
            "targets": link_targets(),
            "kindNames": NodeKind::ALL.iter().map(|kind| kind.as_str()).collect::<Vec<_>>(),
            "nodes": Node::all().map(|node| json!([node.id(), kind_index(node)])).collect::<Vec<_>>(),
            "locales": locales,
        })
    );
    ExitCode::SUCCESS
}
