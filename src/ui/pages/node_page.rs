//! One step of the guide: title, pre-rendered body, error strings, the trail that led here, answers, inputs,
//! a fix's "Still failing?" links, related steps, and the step's own controls (back, copy link, start over).

use yew::prelude::*;

use crate::i18n::msg;
use crate::inputs;
use crate::session::Action;
use crate::tree::Node;
use crate::ui::components::copy_link::CopyLink;
use crate::ui::components::environment::Environment;
use crate::ui::components::share::ShareTools;
use crate::ui::components::snippet_list::SnippetList;
use crate::ui::components::trail::Trail;
use crate::ui::hooks::{use_bodies, use_localizer, use_session, LoadStatus};
use acr_vocab::InputName;

#[derive(Properties, PartialEq)]
pub struct NodePageProps {
    pub node: Node,
}

#[function_component]
pub fn NodePage(props: &NodePageProps) -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let locale = session.locale;
    let node = props.node;
    let text = node.text(locale);
    let bodies = use_bodies();
    let body = match (bodies.body(node, locale), bodies.load.status) {
        // Sanitised at build time (no raw HTML, only https: and internal links); never user input.
        (Some(html), _) => Html::from_html_unchecked(AttrValue::from(html.to_owned())),
        (None, LoadStatus::Failed) => {
            let retry = bodies.load.retry.reform(|_: MouseEvent| ());
            html! {
                <div class="body-missing" role="alert">
                    <p>{ t.text(msg::BODY_FAILED) }</p>
                    <button type="button" onclick={retry}>{ t.text(msg::BODY_RETRY) }</button>
                </div>
            }
        }
        (None, _) => html! { <p class="body-loading" role="status">{ t.text(msg::BODY_LOADING) }</p> },
    };

    let errors = (!node.errors().is_empty()).then(|| {
        html! {
            <section class="errors" aria-labelledby="node-errors">
                <h2 id="node-errors">{ t.text(msg::NODE_ERRORS_TITLE) }</h2>
                <ul>{ for node.errors().iter().map(|error| html! { <li><code>{ *error }</code></li> }) }</ul>
            </section>
        }
    });
    let answers: Vec<_> = node.answers(locale).collect();
    let answers_title = if answers.len() == 1 { msg::NODE_NEXT_TITLE } else { msg::NODE_ANSWERS_TITLE };
    // Screen readers announce the choices as a list named by the question (the page's heading); a single way on
    // is named by its own heading ("Next step").
    let choices_label = if answers.len() == 1 { "node-answers" } else { "node-title" };
    let answers = (!answers.is_empty()).then(|| {
        html! {
            <nav class="answers" aria-labelledby="node-answers">
                <h2 id="node-answers">{ t.text(answers_title) }</h2>
                <ul aria-labelledby={choices_label}>
                    { for answers.iter().map(|answer| html! {
                        <li>
                            <a class="answer" href={session.apply(Action::Answer(answer.id)).href()}>{ answer.label }</a>
                        </li>
                    }) }
                </ul>
            </nav>
        }
    });
    // A fix's way on when its Verify step fails: links like answers, so the trail records how the user got on.
    let still_failing: Vec<_> = node.still_failing(locale).collect();
    let still_failing = (!still_failing.is_empty()).then(|| {
        html! {
            <nav class="still-failing" aria-labelledby="node-still-failing">
                <h2 id="node-still-failing">{ t.text(msg::NODE_STILL_FAILING_TITLE) }</h2>
                <p id="node-still-failing-intro">{ t.text(msg::NODE_STILL_FAILING_INTRO) }</p>
                <ul aria-labelledby="node-still-failing-intro">
                    { for still_failing.iter().map(|link| html! {
                        <li>
                            <a class="answer" href={session.apply(Action::Answer(link.id)).href()}>{ link.label }</a>
                        </li>
                    }) }
                </ul>
            </nav>
        }
    });
    let related: Vec<Node> = node.related().collect();
    let related = (!related.is_empty()).then(|| {
        html! {
            <section class="related" aria-labelledby="node-related">
                <h2 id="node-related">{ t.text(msg::NODE_RELATED_TITLE) }</h2>
                <ul>
                    { for related.iter().map(|&other| html! {
                        <li><a href={session.apply(Action::Open(other)).href()}>{ other.title(locale) }</a></li>
                    }) }
                </ul>
            </section>
        }
    });
    // Invalid values are reported in the panel and left out of every snippet.
    let (valid, input_errors) = inputs::validate(&session.inputs);
    let mut fields = node.inputs().to_vec();
    if !node.snippets().is_empty() && !fields.contains(&InputName::Shell) {
        fields.push(InputName::Shell);
    }
    let file_stem = format!("{}-{}", valid.registry.as_deref().unwrap_or("acr"), node.id());
    let back = (!session.trail.is_empty()).then(|| {
        html! { <a class="back" href={session.apply(Action::Back).href()}>{ t.text(msg::NODE_BACK) }</a> }
    });

    html! {
        <article class={classes!("node", format!("node-{}", node.kind()))}>
            <p class="kind-badge">{ t.text(msg::node_kind(node.kind())) }</p>
            <h1 id="node-title" tabindex="-1" elementtiming="page-title">{ text.title }</h1>
            // Components that would render nothing are left out here instead: Yew 0.23 can panic when an
            // empty component sits between siblings that appear and disappear (yewstack/yew#4092).
            if !session.trail.is_empty() {
                <Trail />
            }
            <div class="node-body" aria-busy={(bodies.load.status == LoadStatus::Loading).to_string()}>{ body }</div>
            { for errors }
            if !fields.is_empty() {
                <Environment inputs={fields} errors={input_errors} />
            }
            if !node.snippets().is_empty() {
                <SnippetList ids={node.snippets()} inputs={valid} file_stem={file_stem} />
            }
            { for answers }
            { for still_failing }
            { for related }
            <nav class="step-tools" aria-label={t.text(msg::STEP_TOOLS_LABEL)}>
                { for back }
                <CopyLink />
                <a class="restart" href={session.apply(Action::Restart).href()}>{ t.text(msg::NODE_RESTART) }</a>
            </nav>
            <ShareTools />
        </article>
    }
}
