//! Page frame: resolves the address into a session, provides strings and session, renders header, page, footer;
//! keeps `<html lang>`, the title, the theme, focus and the remembered record in step with what is shown.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::msg;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::locale_files::LocalePart;
use crate::route::{self, Page, Resolution, Route};
use crate::session::{Action, Session};
use crate::storage::{Discarded, Saved, Theme};
use crate::ui::components::footer::Footer;
use crate::ui::components::header::Header;
use crate::ui::components::notice::{StorageNotice, UpdateNotice};
use crate::ui::hooks::{use_locale_file, LoadStatus, LocaleFileContext, SessionContext};
use crate::ui::pages::home::Home;
use crate::ui::pages::node_page::NodePage;
use crate::ui::pages::not_found::NotFound;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
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
    /// `current` is the address as far as it made sense (the locale switch keeps it).
    NotFound {
        current: Route,
        path: String,
    },
    Redirect {
        locale: Locale,
        href: String,
    },
}

fn view_of(resolution: Resolution, fallback: Locale) -> View {
    match resolution {
        Resolution::Show(route) => match Session::from_route(&route) {
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
        Resolution::Redirect(href) => View::Redirect { locale: fallback, href },
    }
}

#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let location = use_location();
    let navigator = use_navigator();
    let theme = use_state(|| props.theme);
    let update_ready = use_state(|| false);
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            platform::register_service_worker(Callback::from(move |_| update_ready.set(true)));
        });
    }
    let resolution = match &location {
        Some(location) => route::resolve(location.path(), location.query_str(), props.fallback),
        None => Resolution::Redirect(Route::home(props.fallback).href()),
    };
    // The search page (#18) is a route of its own; it shows the session's locale and inputs.
    let search = crate::ui::pages::search::search_query(&resolution);
    let view = view_of(resolution, props.fallback);
    let locale = match &view {
        View::Session(session) => session.locale,
        View::NotFound { current, .. } => current.locale,
        View::Redirect { locale, .. } => *locale,
    };
    // No page before the locale's strings are there (the web build fetches them): the frame stays empty for
    // that moment, and the effects below wait for it too.
    let strings = use_locale_file(Some(LocalePart::Strings), locale);
    let ready = strings.status == LoadStatus::Ready;
    let localizer = use_memo((locale, ready), |(locale, _)| Localizer::new(*locale));
    // The body of the step on screen (after the strings: its file name is in them).
    let shown_node = match &view {
        View::Session(Session { node: Some(node), .. }) if ready => Some(LocalePart::Body(node.index())),
        _ => None,
    };
    let bodies = use_locale_file(shown_node, locale);

    let page_title = match &view {
        _ if search.is_some() => localizer.text(msg::SEARCH_TITLE),
        View::Session(Session { node: Some(node), .. }) => node.title(locale).to_string(),
        View::NotFound { .. } => localizer.text(msg::NOT_FOUND_TITLE),
        _ => localizer.text(msg::HOME_TITLE),
    };
    let document_title = ready.then(|| localizer.format(msg::document_title(&page_title)));
    use_effect_with((locale, document_title), |(locale, title)| {
        if let Some(title) = title {
            platform::set_document_language(*locale, title);
        }
    });

    // Focus follows navigation to a new page (not the first render, not typing into a field).
    let page_key = match &view {
        // The search page keeps focus in its field (it focuses it itself).
        _ if !ready || search.is_some() => None,
        View::Session(session) => Some(format!("{}/{}", session.locale, session.node.map_or("", |node| node.id()))),
        View::NotFound { current, path } => Some(format!("{}/?{path}", current.locale)),
        View::Redirect { .. } => Some(String::new()),
    };
    let first_page = use_mut_ref(|| true);
    use_effect_with(page_key, move |key| {
        if key.is_some() && !std::mem::replace(&mut *first_page.borrow_mut(), false) {
            platform::focus_heading();
        }
    });

    // Remember locale, theme and inputs (only where a session is shown: a bad address changes nothing).
    let remembered = match &view {
        View::Session(session) if ready => {
            Some(Saved { locale: Some(locale), theme: *theme, inputs: session.inputs.clone() })
        }
        _ => None,
    };
    use_effect_with(remembered, |remembered| {
        if let Some(saved) = remembered {
            platform::apply_theme(saved.theme);
            platform::save(saved);
        }
    });

    let redirect = match &view {
        View::Redirect { href, .. } => Some(href.clone()),
        _ => None,
    };
    {
        let navigator = navigator.clone();
        use_effect_with(redirect, move |redirect| {
            if let (Some(href), Some(navigator)) = (redirect, navigator) {
                platform::navigate(&navigator, href, true);
            }
        });
    }

    let session = match &view {
        View::Session(session) => Rc::new(session.clone()),
        View::NotFound { .. } | View::Redirect { .. } => Rc::new(Session::new(locale)),
    };
    let dispatch = {
        let session = session.clone();
        Callback::from(move |action: Action| {
            let typing = matches!(action, Action::SetInput(..) | Action::SetInputs(..));
            if let Some(navigator) = &navigator {
                platform::navigate(navigator, &session.apply(action).href(), typing);
            }
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |_| theme.set(theme.next()))
    };
    let current = match (&view, &search) {
        (View::NotFound { current, .. }, _) => current.clone(),
        (_, Some(query)) => crate::search::route(&session, query),
        _ => session.to_route(),
    };
    if !ready {
        return html! { <StringsPending {locale} strings={strings} /> };
    }
    let body = match view {
        _ if search.is_some() => html! { <Home query={search.clone().map(AttrValue::from)} /> },
        View::Session(Session { node: Some(node), .. }) => html! { <NodePage {node} /> },
        View::Session(_) | View::Redirect { .. } => html! { <Home /> },
        View::NotFound { path, .. } => html! { <NotFound path={path} /> },
    };

    html! {
        <ContextProvider<Rc<Localizer>> context={localizer}>
            <ContextProvider<SessionContext> context={SessionContext { session, dispatch }}>
            <ContextProvider<LocaleFileContext> context={bodies}>
                <Header current={current} theme={*theme} on_theme={on_theme} />
                if *update_ready {
                    <UpdateNotice />
                }
                if let Some(discarded) = props.discarded {
                    <StorageNotice {discarded} />
                }
                <main id="main" tabindex="-1">{ body }</main>
                <Footer />
            </ContextProvider<LocaleFileContext>>
            </ContextProvider<SessionContext>>
        </ContextProvider<Rc<Localizer>>>
    }
}

#[derive(Properties, PartialEq)]
struct StringsPendingProps {
    locale: Locale,
    strings: LocaleFileContext,
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
