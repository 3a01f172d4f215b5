//! Top bar: skip link, product name (link to the start page), search link, theme toggle and locale switch.

use yew::prelude::*;

use crate::i18n::msg;
use crate::route::Route;
use crate::session::Action;
use crate::storage::Theme;
use crate::ui::components::locale_switch::LocaleSwitch;
use crate::ui::components::theme_toggle::ThemeToggle;
use crate::ui::hooks::{use_localizer, use_search_shortcut, use_session};
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The page being shown, so the locale switch can keep it.
    pub current: Route,
    pub theme: Theme,
    pub on_theme: Callback<()>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let home = session.apply(Action::Restart).href();
    use_search_shortcut();

    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        platform::focus_main();
    });
    html! {
        <header class="site-header">
            <a class="skip-link" href="#main" onclick={skip}>{ t.text(msg::SKIP_TO_CONTENT) }</a>
            <a class="brand" href={home}>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 7l8-4 8 4v10l-8 4-8-4z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
                    <path d="M4 7l8 4 8-4M12 11v10" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
                </svg>
                <span>{ t.text(msg::APP_NAME) }</span>
            </a>
            <div class="header-tools">
                <a class="search-link" href={crate::search::href(&session, "")} aria-keyshortcuts="/">
                    { t.text(msg::SEARCH_TITLE) }
                </a>
                <ThemeToggle theme={props.theme} on_toggle={props.on_theme.clone()} />
                <LocaleSwitch current={props.current.clone()} />
            </div>
        </header>
    }
}
