//! Start page: what the tool does and the symptom picker (the answers of the `start` node).

use yew::prelude::*;

use super::hooks::use_localizer;
use crate::content::Node;
use crate::route::{Page, Route};

#[function_component]
pub fn Home() -> Html {
    let t = use_localizer();
    let locale = t.locale();
    let start = Node::start();
    let symptoms = start.answers(locale).map(|answer| {
        let href = Route { locale, page: Page::Node(answer.to.id().to_string()), query: Vec::new() }.href();
        html! {
            <li>
                <a class="symptom-card" {href}>
                    <span class="symptom-label">{ answer.label }</span>
                    <span class="symptom-summary">{ answer.to.text(locale).summary }</span>
                </a>
            </li>
        }
    });
    html! {
        <article class="home">
            <h1>{ t.text("home-title") }</h1>
            <p class="lead">{ t.text("app-tagline") }</p>
            <section aria-labelledby="home-symptoms">
                <h2 id="home-symptoms">{ start.title(locale) }</h2>
                <ul class="symptoms">{ for symptoms }</ul>
            </section>
            <section aria-labelledby="home-steps">
                <h2 id="home-steps">{ t.text("home-steps-title") }</h2>
                <p>{ t.text("home-intro") }</p>
                <ol class="steps">
                    <li>{ t.text("home-step-symptom") }</li>
                    <li>{ t.text("home-step-questions") }</li>
                    <li>{ t.text("home-step-fix") }</li>
                </ol>
            </section>
            <p class="privacy">{ t.text("home-privacy") }</p>
        </article>
    }
}
