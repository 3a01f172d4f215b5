//! Page frame: resolves the address, provides the locale's strings, renders header, page and footer.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::browser;
use super::footer::Footer;
use super::header::Header;
use super::home::Home;
use super::node_page::NodePage;
use super::not_found::NotFound;
use crate::content::Node;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::route::{self, Page, Resolution, Route};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub fallback: Locale,
}

#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let location = use_location();
    let navigator = use_navigator();
    let resolution = match &location {
        Some(location) => route::resolve(location.path(), location.query_str(), props.fallback),
        None => Resolution::Redirect(Route::home(props.fallback).href()),
    };
    let locale = match &resolution {
        Resolution::Show(route) => route.locale,
        Resolution::NotFound { locale, .. } => *locale,
        Resolution::Redirect(_) => props.fallback,
    };
    let localizer = use_memo(locale, |locale| Localizer::new(*locale));

    // A node route shows the start page for `start` (and its aliases), a node page, or not-found.
    let node = match &resolution {
        Resolution::Show(Route { page: Page::Node(id), .. }) => Node::find(id).filter(|node| *node != Node::start()),
        _ => None,
    };
    let is_unknown_node =
        matches!(&resolution, Resolution::Show(Route { page: Page::Node(id), .. }) if Node::find(id).is_none());
    let page_title = match (&resolution, node) {
        (_, Some(node)) => node.title(locale).to_string(),
        (Resolution::NotFound { .. }, _) => localizer.text("not-found-title"),
        _ if is_unknown_node => localizer.text("not-found-title"),
        _ => localizer.text("home-title"),
    };
    let document_title = localizer.text_with("document-title", &[("page", &page_title)]);
    use_effect_with((locale, document_title), |(locale, title)| {
        browser::set_document_language(*locale, title);
    });
    {
        let redirect = match &resolution {
            Resolution::Redirect(href) => Some(href.clone()),
            _ => None,
        };
        use_effect_with(redirect, move |redirect| {
            if let (Some(href), Some(navigator)) = (redirect, navigator) {
                browser::replace(&navigator, href);
            }
        });
    }

    let current = match &resolution {
        Resolution::Show(route) => route.clone(),
        Resolution::NotFound { locale, .. } => Route::home(*locale),
        Resolution::Redirect(_) => Route::home(props.fallback),
    };
    let body = match (resolution, node) {
        (_, Some(node)) => html! { <NodePage {node} /> },
        (Resolution::Show(Route { page: Page::Node(id), .. }), None) if is_unknown_node => {
            html! { <NotFound path={id} /> }
        }
        (Resolution::NotFound { path, .. }, _) => html! { <NotFound {path} /> },
        _ => html! { <Home /> },
    };

    html! {
        <ContextProvider<Rc<Localizer>> context={localizer}>
            <Header current={current} />
            <main id="main" tabindex="-1">{ body }</main>
            <Footer />
        </ContextProvider<Rc<Localizer>>>
    }
}
