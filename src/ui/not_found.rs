//! Friendly page for addresses that lead nowhere, with a way back.

use yew::prelude::*;

use super::hooks::use_localizer;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What the visitor asked for; shown back as text only.
    pub path: AttrValue,
}

#[function_component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let t = use_localizer();
    html! {
        <article class="not-found">
            <h1>{ t.text("not-found-title") }</h1>
            <p>{ t.text_with("not-found-body", &[("path", &props.path)]) }</p>
            <p><a href={Route::home(t.locale()).href()}>{ t.text("not-found-home-link") }</a></p>
        </article>
    }
}
