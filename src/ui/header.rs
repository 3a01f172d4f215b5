//! Top bar: product name (link to the start page) and the locale switch.

use yew::prelude::*;

use super::hooks::use_localizer;
use super::locale_switch::LocaleSwitch;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The page being shown, so the locale switch can keep it.
    pub current: Route,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let localizer = use_localizer();
    let home = Route::home(localizer.locale()).href();
    html! {
        <header class="site-header">
            <a class="brand" href={home}>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 7l8-4 8 4v10l-8 4-8-4z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
                    <path d="M4 7l8 4 8-4M12 11v10" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
                </svg>
                <span>{ localizer.text("app-name") }</span>
            </a>
            <LocaleSwitch current={props.current.clone()} />
        </header>
    }
}
