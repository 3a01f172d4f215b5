//! Page frame: resolves the address into what to show and provides strings, session, bodies and the search index
//! to the page between header and footer; its hooks keep title, focus, theme and the remembered record in step.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::route::{self, Page, Resolution, Route};
use crate::search;
use crate::session::{Action, Session};
use crate::storage::{Discarded, Saved, Theme};
use crate::ui::components::footer::Footer;
use crate::ui::components::header::Header;
use crate::ui::components::notice::{StorageNotice, UpdateNotice};
use crate::ui::hooks::{
    use_body_loader, use_document_title, use_focus_on_navigation, use_locale_strings, use_redirect, use_remember,
    use_search_loader, use_update_ready, BodiesContext, LoadState, LoadStatus, SearchContext, SessionContext,
};
use crate::ui::pages::home::Home;
use crate::ui::pages::node_page::NodePage;
use crate::ui::pages::not_found::NotFound;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The address's hash (`#/en/…`; empty or `#/` for none), read by [`route::resolve_hash`].
    pub address: AttrValue,
    pub fallback: Locale,
    /// The colour scheme remembered from the last visit.
    #[prop_or_default]
    pub theme: Theme,
    /// Set when the remembered record was unusable and has been thrown away.
    #[prop_or_default]
    pub discarded: Option<Discarded>,
}

/// What the address shows.
enum View {
    Session(Session),
    /// The search page: the session it keeps (locale and inputs) and the query text.
    Search(Session, String),
    /// `current` is the address as far as it made sense (the locale switch keeps it).
    NotFound {
        current: Route,
        path: String,
    },
    /// The address is rewritten to this route (see [`Resolution::Redirect`]).
    Redirect(Route),
}

fn view_of(resolution: Resolution) -> View {
    match resolution {
        Resolution::Show(route) => match Session::from_route(&route) {
            Some(session) if route.page == Page::Search => View::Search(session, search::query_text(&route)),
            Some(session) => View::Session(session),
            None => {
                let path = match &route.page {
                    Page::Node(id) => id.clone(),
                    Page::Home | Page::Search => String::new(),
                };
                View::NotFound { current: route, path }
            }
        },
        Resolution::NotFound { locale, path } => View::NotFound { current: Route::home(locale), path },
        Resolution::Redirect(route) => View::Redirect(route),
    }
}

#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let theme = use_state(|| props.theme);
    let update_ready = use_update_ready();
    let view = view_of(route::resolve_hash(&props.address, props.fallback));
    let locale = match &view {
        View::Session(session) | View::Search(session, _) => session.locale,
        View::NotFound { current, .. } => current.locale,
        View::Redirect(route) => route.locale,
    };
    // No page before the locale's strings are there (the web build fetches them): the frame stays empty for
    // that moment, and the effects below wait for it too.
    let strings = use_locale_strings(locale);
    let ready = strings.status == LoadStatus::Ready;
    let localizer = use_memo((locale, ready), |(locale, _)| Localizer::new(*locale));
    // The body of the step on screen (after the strings: its file name is in them).
    let shown_node = match &view {
        View::Session(Session { node: Some(node), .. }) if ready => Some(*node),
        _ => None,
    };
    let bodies = use_body_loader(shown_node, locale);
    let search = use_search_loader(ready && matches!(view, View::Search(..)), locale);

    let page_title = match &view {
        View::Session(Session { node: Some(node), .. }) => node.title(locale).to_string(),
        View::NotFound { .. } => localizer.text(msg::NOT_FOUND_TITLE),
        View::Search(..) => localizer.text(msg::SEARCH_TITLE),
        _ => localizer.text(msg::HOME_TITLE),
    };
    use_document_title(locale, ready.then(|| localizer.format(msg::document_title(&page_title))));
    use_focus_on_navigation(match &view {
        // The search page keeps focus in its field (it focuses it itself).
        _ if !ready => None,
        View::Search(..) => None,
        View::Session(session) => Some(format!("{}/{}", session.locale, session.node.map_or("", |node| node.id()))),
        View::NotFound { current, path } => Some(format!("{}/?{path}", current.locale)),
        View::Redirect(_) => Some(String::new()),
    });
    // Only where a session is shown: a bad address changes nothing that is remembered.
    let save_problem = use_remember(match &view {
        View::Session(session) | View::Search(session, _) if ready => {
            Some(Saved { locale: Some(locale), theme: *theme, inputs: session.inputs.clone() })
        }
        _ => None,
    });
    use_redirect(match &view {
        View::Redirect(route) => Some(route.clone()),
        _ => None,
    });

    let session = match &view {
        View::Session(session) | View::Search(session, _) => Rc::new(session.clone()),
        View::NotFound { .. } | View::Redirect(_) => Rc::new(Session::new(locale)),
    };
    let dispatch = {
        let session = session.clone();
        Callback::from(move |action: Action| {
            let typing = matches!(action, Action::SetInput(..) | Action::SetInputs(..));
            platform::navigate(&session.apply(action).to_route(), typing);
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |_| theme.set(theme.next()))
    };
    let current = match &view {
        View::NotFound { current, .. } => current.clone(),
        View::Search(_, query) => search::route(&session, query),
        _ => session.to_route(),
    };
    if !ready {
        return html! { <StringsPending {locale} strings={strings} /> };
    }
    let body = match view {
        View::Session(Session { node: Some(node), .. }) => html! { <NodePage {node} /> },
        View::Search(_, query) => html! { <Home query={Some(AttrValue::from(query))} /> },
        View::Session(_) | View::Redirect(_) => html! { <Home /> },
        View::NotFound { path, .. } => html! { <NotFound path={path} /> },
    };

    html! {
        <ContextProvider<Rc<Localizer>> context={localizer}>
            <ContextProvider<SessionContext> context={SessionContext { session, dispatch }}>
            <ContextProvider<BodiesContext> context={bodies}>
            <ContextProvider<SearchContext> context={search}>
                <Header current={current} theme={*theme} on_theme={on_theme} />
                if update_ready {
                    <UpdateNotice />
                }
                if let Some(discarded) = props.discarded {
                    <StorageNotice message={discarded.message()} />
                }
                if let Some(problem) = save_problem {
                    <StorageNotice key={problem.message().as_str()} message={problem.message()} />
                }
                <main id="main" tabindex="-1">{ body }</main>
                <Footer />
            </ContextProvider<SearchContext>>
            </ContextProvider<BodiesContext>>
            </ContextProvider<SessionContext>>
        </ContextProvider<Rc<Localizer>>>
    }
}

#[derive(Properties, PartialEq)]
struct StringsPendingProps {
    locale: Locale,
    strings: LoadState,
}

/// The frame while a locale's strings load (empty and busy), or, when they could not be loaded, a notice with a
/// retry button. Its two messages are compiled into every build, since the locale's own strings are missing.
#[function_component]
fn StringsPending(props: &StringsPendingProps) -> Html {
    if props.strings.status != LoadStatus::Failed {
        return html! { <main id="main" tabindex="-1" aria-busy="true"></main> };
    }
    let t = Localizer::new(props.locale);
    let retry = props.strings.retry.reform(|_: MouseEvent| ());
    html! {
        <main id="main" tabindex="-1">
            <div class="body-missing" role="alert">
                <p>{ t.text(msg::STRINGS_FAILED) }</p>
                <button type="button" onclick={retry}>{ t.text(msg::BODY_RETRY) }</button>
            </div>
        </main>
    }
}
