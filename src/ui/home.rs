//! Start page: what the tool does and how a session goes.

use yew::prelude::*;

use super::hooks::use_localizer;

#[function_component]
pub fn Home() -> Html {
    let t = use_localizer();
    html! {
        <article class="home">
            <h1>{ t.text("home-title") }</h1>
            <p class="lead">{ t.text("app-tagline") }</p>
            <p>{ t.text("home-intro") }</p>
            <section aria-labelledby="home-steps">
                <h2 id="home-steps">{ t.text("home-steps-title") }</h2>
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
