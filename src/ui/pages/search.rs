//! Search, shown by the start page (`Home`): the search field, which sits on the start page, and — at
//! `#/<locale>/search?q=…` — the matching steps with title, kind and an excerpt, the matched words marked. Typing
//! on the start page opens the search address, later keystrokes replace it (one history entry per search); the
//! arrow keys move between the field and the results, Enter in the field opens the first result.

use yew::prelude::*;

use crate::i18n::{msg, Localizer};
use crate::route::{self, Page, Resolution, Route};
use crate::search::{self, SearchIndex, TextRun};
use crate::session::{Action, Session};
use crate::ui::hooks::{LoadState, LoadStatus};
use crate::ui::platform;

/// Results shown at most.
const LIMIT: usize = 20;

/// Text runs with the matches in `<mark>` (as text: never markup).
fn runs(runs: &[TextRun]) -> Html {
    runs.iter()
        .map(|run| {
            if run.hit {
                html! { <mark>{ &run.text }</mark> }
            } else {
                html! { { &run.text } }
            }
        })
        .collect()
}

/// The search field; `query` is the search page's text (`None` on the plain start page, where the first keystroke
/// opens the search page).
pub fn field(t: &Localizer, session: &Session, query: Option<&str>) -> Html {
    let oninput = {
        let session = session.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            // Replace while the address already is the search page, read at the keystroke rather than from the
            // last render: keystrokes that outrun the render showing the results must not stack history entries.
            let on_search_page = matches!(
                route::resolve_hash(&platform::location_hash(), session.locale),
                Resolution::Show(Route { page: Page::Search, .. })
            );
            platform::navigate(&search::route(&session, &value), on_search_page);
        })
    };
    let onkeydown = Callback::from(|event: KeyboardEvent| match event.key().as_str() {
        "ArrowDown" if platform::move_in_results(true) => event.prevent_default(),
        "Enter" => {
            event.prevent_default();
            platform::open_first_result();
        }
        _ => {}
    });
    html! {
        <form class="search-form" role="search" onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
            <label for="search-input">{ t.text(msg::SEARCH_LABEL) }</label>
            <input id="search-input" type="search" autocomplete="off" value={query.unwrap_or_default().to_string()}
                aria-keyshortcuts="/" aria-describedby="search-status" {oninput} {onkeydown} />
        </form>
    }
}

/// The matching steps for `query` in `index` (once it is there), or why there are none yet.
pub fn results(t: &Localizer, session: &Session, query: &str, index: Option<&SearchIndex>, load: &LoadState) -> Html {
    let hits = match index {
        Some(index) if !query.trim().is_empty() => index.query(query, t, LIMIT),
        _ => Vec::new(),
    };
    let status = match load.status {
        LoadStatus::Loading => t.text(msg::SEARCH_LOADING),
        LoadStatus::Failed => t.text(msg::STRINGS_FAILED),
        LoadStatus::Ready if query.trim().is_empty() => t.text(msg::SEARCH_HINT),
        LoadStatus::Ready if hits.is_empty() => t.text(msg::SEARCH_NONE),
        LoadStatus::Ready => t.format(msg::search_count(&hits.len().to_string())),
    };
    let on_results_key = Callback::from(|event: KeyboardEvent| {
        let down = match event.key().as_str() {
            "ArrowDown" => true,
            "ArrowUp" => false,
            _ => return,
        };
        if platform::move_in_results(down) {
            event.prevent_default();
        }
    });
    html! {
        <>
            <p id="search-status" role="status">
                { status }
                if load.status == LoadStatus::Failed {
                    <button type="button" onclick={load.retry.reform(|_: MouseEvent| ())}>{ t.text(msg::BODY_RETRY) }</button>
                }
            </p>
            <ol id="search-results" class="search-results" onkeydown={on_results_key}>
                { for hits.iter().enumerate().map(|(i, hit)| html! {
                    <li>
                        <a id={format!("search-hit-{i}")} href={session.apply(Action::Open(hit.node)).href()}>{ runs(&hit.title) }</a>
                        <span class="kind-badge">{ t.text(msg::node_kind(hit.node.kind())) }</span>
                        <p>{ runs(&hit.excerpt) }</p>
                    </li>
                }) }
            </ol>
        </>
    }
}
