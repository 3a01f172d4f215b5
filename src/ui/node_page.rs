//! One step of the guide: title, pre-rendered body, the error strings it covers, answers and related steps.

use yew::prelude::*;

use super::hooks::use_localizer;
use crate::content::{Node, NodeKind};
use crate::route::{Page, Route};

#[derive(Properties, PartialEq)]
pub struct NodePageProps {
    pub node: Node,
}

/// Message id of a kind's badge.
fn kind_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Symptom => "kind-symptom",
        NodeKind::Question => "kind-question",
        NodeKind::Check => "kind-check",
        NodeKind::Cause => "kind-cause",
        NodeKind::Fix => "kind-fix",
        NodeKind::Reference => "kind-reference",
    }
}

fn href(locale: crate::locale::Locale, node: Node) -> String {
    Route { locale, page: Page::Node(node.id().to_string()), query: Vec::new() }.href()
}

#[function_component]
pub fn NodePage(props: &NodePageProps) -> Html {
    let t = use_localizer();
    let locale = t.locale();
    let node = props.node;
    let text = node.text(locale);
    // Sanitised at build time (no raw HTML, only https: and internal links); never user input.
    let body = Html::from_html_unchecked(AttrValue::Static(text.body_html));

    let errors = (!node.errors().is_empty()).then(|| {
        html! {
            <section class="errors" aria-labelledby="node-errors">
                <h2 id="node-errors">{ t.text("node-errors-title") }</h2>
                <ul>{ for node.errors().iter().map(|error| html! { <li><code>{ *error }</code></li> }) }</ul>
            </section>
        }
    });
    let answers: Vec<_> = node.answers(locale).collect();
    let answers_title = if answers.len() == 1 { "node-next-title" } else { "node-answers-title" };
    let answers = (!answers.is_empty()).then(|| {
        html! {
            <nav class="answers" aria-labelledby="node-answers">
                <h2 id="node-answers">{ t.text(answers_title) }</h2>
                <ul>
                    { for answers.iter().map(|answer| html! {
                        <li><a class="answer" href={href(locale, answer.to)}>{ answer.label }</a></li>
                    }) }
                </ul>
            </nav>
        }
    });
    let related: Vec<Node> = node.related().collect();
    let related = (!related.is_empty()).then(|| {
        html! {
            <section class="related" aria-labelledby="node-related">
                <h2 id="node-related">{ t.text("node-related-title") }</h2>
                <ul>
                    { for related.iter().map(|&other| html! {
                        <li><a href={href(locale, other)}>{ other.title(locale) }</a></li>
                    }) }
                </ul>
            </section>
        }
    });

    html! {
        <article class={classes!("node", format!("node-{}", node.kind()))}>
            <p class="kind-badge">{ t.text(kind_label(node.kind())) }</p>
            <h1>{ text.title }</h1>
            <div class="node-body">{ body }</div>
            { for errors }
            { for answers }
            { for related }
            <p class="restart"><a href={Route::home(locale).href()}>{ t.text("node-restart") }</a></p>
        </article>
    }
}
