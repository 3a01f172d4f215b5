//! Start page: what the tool does, the paste box and the symptom picker (the answers of the `start` node), each card with an
//! error text users recognise.

use yew::prelude::*;

use crate::i18n::msg;
use crate::session::Action;
use crate::tree::Node;
use crate::ui::components::paste_box::PasteBox;
use crate::ui::hooks::{use_localizer, use_session};

#[function_component]
pub fn Home() -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let locale = session.locale;
    let start = Node::start();
    let symptoms = start.answers(locale).map(|answer| {
        let error = answer.to.errors().first().map(|error| html! { <code class="symptom-error">{ *error }</code> });
        html! {
            <li>
                <a class="symptom-card" href={session.apply(Action::Answer(answer.id)).href()}>
                    <span class="symptom-label">{ answer.label }</span>
                    { for error }
                    <span class="symptom-summary">{ answer.to.text(locale).summary }</span>
                </a>
            </li>
        }
    });
    html! {
        <article class="home">
            <h1 tabindex="-1" elementtiming="page-title">{ t.text(msg::HOME_TITLE) }</h1>
            <p class="lead">{ t.text(msg::APP_TAGLINE) }</p>
            <PasteBox />
            <section aria-labelledby="home-symptoms">
                <h2 id="home-symptoms">{ start.title(locale) }</h2>
                <ul class="symptoms" aria-labelledby="home-symptoms">{ for symptoms }</ul>
            </section>
            <section aria-labelledby="home-steps">
                <h2 id="home-steps">{ t.text(msg::HOME_STEPS_TITLE) }</h2>
                <p>{ t.text(msg::HOME_INTRO) }</p>
                <ol class="steps">
                    <li>{ t.text(msg::HOME_STEP_SYMPTOM) }</li>
                    <li>{ t.text(msg::HOME_STEP_QUESTIONS) }</li>
                    <li>{ t.text(msg::HOME_STEP_FIX) }</li>
                </ol>
            </section>
            <p class="privacy">{ t.text(msg::HOME_PRIVACY) }</p>
        </article>
    }
}
