//! Root component: follows the address's hash and hands it to the shell.

use yew::prelude::*;

use crate::locale::Locale;
use crate::storage::{Discarded, Theme};
use crate::ui::platform;
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

/// The hash is the app's whole address: a listener keeps it in state, so the shell renders what the address bar
/// says after every navigation (the app's own, Back and Forward, or a typed one).
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let hash = use_state_eq(platform::location_hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_hash_change(Callback::from(move |changed| hash.set(changed)));
            move || drop(listener)
        });
    }
    html! {
        <Shell address={AttrValue::from((*hash).clone())} fallback={props.fallback} theme={props.theme} discarded={props.discarded} />
    }
}
