//! Links to the same page in every shipped locale (real links: they open in a new tab too).

use yew::prelude::*;

use crate::i18n::msg;
use crate::locale::Locale;
use crate::route::Route;
use crate::ui::hooks::use_localizer;

#[derive(Properties, PartialEq)]
pub struct LocaleSwitchProps {
    pub current: Route,
}

#[function_component]
pub fn LocaleSwitch(props: &LocaleSwitchProps) -> Html {
    let localizer = use_localizer();
    let links = Locale::ALL.iter().map(|&locale| {
        let active = locale == props.current.locale;
        html! {
            <li>
                <a
                    href={props.current.with_locale(locale).href()}
                    hreflang={locale.as_str()}
                    lang={locale.as_str()}
                    aria-current={active.then_some("true")}
                    class={classes!("locale-link", active.then_some("active"))}
                >{ locale.native_name() }</a>
            </li>
        }
    });
    html! {
        <nav class="locale-switch" aria-label={localizer.text(msg::LOCALE_SWITCH_LABEL)}>
            <ul>{ for links }</ul>
        </nav>
    }
}
