//! Root component: hash routing around the shell.

use yew::prelude::*;
use yew_router::HashRouter;

use crate::locale::Locale;
use crate::storage::{Discarded, Theme};
use crate::ui::shell::Shell;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Locale for addresses that name none (remembered, else negotiated from the browser's languages).
    pub fallback: Locale,
    #[prop_or_default]
    pub theme: Theme,
    /// Set when the remembered record was unusable and has been thrown away.
    #[prop_or_default]
    pub discarded: Option<Discarded>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <HashRouter>
            <Shell fallback={props.fallback} theme={props.theme} discarded={props.discarded} />
        </HashRouter>
    }
}
