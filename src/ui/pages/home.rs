//! Start page: what the tool does, the search field, the paste box and the symptom picker (the answers of the
//! `start` node), each card with an error text users recognise. At `#/<locale>/search?q=…` it shows the matching
//! steps under the search field instead (see `pages::search`).

use yew::prelude::*;

use crate::i18n::msg;
use crate::session::Action;
use crate::tree::Node;
use crate::ui::components::paste_box::PasteBox;
use crate::ui::hooks::{use_localizer, use_search, use_session};
use crate::ui::pages::search;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    /// The search text, when the address is the search page: the matching steps are shown instead of the
    /// introduction (the field stays where it is, so typing goes on undisturbed).
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

#[function_component]
pub fn Home(props: &HomeProps) -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let locale = session.locale;
    let query = props.query.as_deref();
    let search_index = use_search();
    // Arriving at the search page ("/" or a link) puts the caret in the field.
    use_effect_with(query.is_some(), |searching| {
        if *searching {
            platform::focus_id("search-input");
        }
    });
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
    let title = if query.is_some() { msg::SEARCH_TITLE } else { msg::HOME_TITLE };
    // One node after the field in both views: Yew matches unkeyed children from the end, so a different count
    // would rebuild the field mid-typing and drop the keystrokes that reach the old one.
    let below_field = match query {
        Some(query) => html! {
            <>{ search::results(&t, &session, query, search_index.index(locale), &search_index.load) }</>
        },
        None => html! {
            <>
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
            </>
        },
    };
    html! {
        <article class="home">
            <h1 tabindex="-1" elementtiming="page-title">{ t.text(title) }</h1>
            { search::field(&t, &session, query) }
            { below_field }
        </article>
    }
}
