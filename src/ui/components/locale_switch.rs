//! Links to the same page in every shipped locale (real links: they open in a new tab too).

use yew::prelude::*;

use crate::i18n::{msg, Localizer};
use crate::locale::Locale;
use crate::route::Route;

/// `current` in every locale. A plain function, not a component: it has no state of its own, and each component
/// type adds its own copy of Yew's component code to the wasm.
pub fn locale_switch(localizer: &Localizer, current: &Route) -> Html {
    let links = Locale::ALL.iter().map(|&locale| {
        let active = locale == current.locale;
        html! {
            <li>
                <a
                    href={current.with_locale(locale).href()}
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
