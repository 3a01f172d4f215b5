//! "How you got here": the questions answered on the way to this step, each a link back to that question.

use yew::prelude::*;

use crate::i18n::{msg, Localizer};
use crate::session::{Action, Session};

/// The session's trail; rendered only when it is not empty (see `NodePage`). A plain function, not a component: it has no state of its own, and each component type adds its own copy of
/// Yew's component code to the wasm.
pub fn trail(t: &Localizer, session: &Session) -> Html {
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
