//! Root component: hash routing around the shell.

use yew::prelude::*;
use yew_router::HashRouter;

use super::shell::Shell;
use crate::locale::Locale;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Locale for addresses that name none (negotiated from the browser's languages).
    pub fallback: Locale,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <HashRouter>
            <Shell fallback={props.fallback} />
        </HashRouter>
    }
}
