//! Friendly page for addresses that lead nowhere: the closest step ids and a way back.

use yew::prelude::*;

use crate::i18n::msg;
use crate::route::{Page, Route};
use crate::tree::Node;
use crate::ui::hooks::use_localizer;

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What the visitor asked for; shown back as text only.
    pub path: AttrValue,
}

#[function_component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    #[cfg(feature = "crash-test")]
    crate::ui::crash::trigger(&props.path);
    let t = use_localizer();
    let locale = t.locale();
    let asked = props.path.rsplit('/').next().unwrap_or_default();
    let suggestions = Node::closest(asked, 3);
    let suggestions = (!suggestions.is_empty()).then(|| {
        html! {
            <section aria-labelledby="not-found-suggestions">
                <h2 id="not-found-suggestions">{ t.text(msg::NOT_FOUND_SUGGESTIONS) }</h2>
                <ul>
                    { for suggestions.iter().map(|node| {
                        let href = Route { locale, page: Page::Node(node.id().to_string()), query: Vec::new() }.href();
                        html! { <li><a {href}>{ node.title(locale) }</a>{ " " }<code>{ node.id() }</code></li> }
                    }) }
                </ul>
            </section>
        }
    });
    html! {
        <article class="not-found">
            <h1 tabindex="-1" elementtiming="page-title">{ t.text(msg::NOT_FOUND_TITLE) }</h1>
            <p>{ t.format(msg::not_found_body(&props.path)) }</p>
            { for suggestions }
            <p><a href={Route::home(locale).href()}>{ t.text(msg::NOT_FOUND_HOME_LINK) }</a></p>
        </article>
    }
}
