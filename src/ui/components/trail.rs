//! "How you got here": the questions answered on the way to this step, each a link back to that question.

use yew::prelude::*;

use crate::i18n::msg;
use crate::session::Action;
use crate::ui::hooks::{use_localizer, use_session};

/// Rendered only when the trail is not empty (see `NodePage`).
#[function_component]
pub fn Trail() -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let locale = session.locale;
    let steps = session.trail.iter().enumerate().map(|(index, step)| {
        let answer = step.node.link_label(locale, step.answer);
        html! {
            <li>
                <a href={session.apply(Action::Rewind(index)).href()}>{ step.node.title(locale) }</a>
                <span class="trail-answer">{ answer.unwrap_or_default() }</span>
            </li>
        }
    });
    html! {
        <nav class="trail" aria-labelledby="trail-title">
            <h2 id="trail-title">{ t.text(msg::TRAIL_TITLE) }</h2>
            <ol>{ for steps }</ol>
        </nav>
    }
}
