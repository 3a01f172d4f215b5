//! Notices above the page: what happened to the remembered values, and a new version that is ready.

use yew::prelude::*;

use crate::i18n::{msg, Localizer, MessageId};
use crate::ui::hooks::use_localizer;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// `Discarded::message` or `SaveProblem::message`.
    pub message: MessageId,
}

/// What happened to the remembered values, when the user should know; dismissable.
#[function_component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let t = use_localizer();
    // None on the first render: the live region enters the page empty and its text follows, because screen
    // readers announce a change to a region they know, not always one inserted with its text.
    // Then Some(true) while shown, Some(false) once dismissed.
    let open = use_state(|| None::<bool>);
    {
        let open = open.clone();
        use_effect_with((), move |_| open.set(Some(true)));
    }
    let hidden = *open == Some(false);
    let text = if *open == Some(true) { t.text(props.message) } else { String::new() };
    let dismiss = Callback::from(move |_: MouseEvent| open.set(Some(false)));
    // Hidden, not removed, once dismissed: a component rendering nothing can trip Yew 0.23 (yewstack/yew#4092).
    html! {
        <div class="notice storage-notice" role="status" {hidden}>
            <p>{ text }</p>
            <button type="button" onclick={dismiss}>{ t.text(msg::NOTICE_DISMISS) }</button>
        </div>
    }
}

/// "A new version is available": reloading lets the waiting service worker take over.
/// A plain function, not a component: it has no state of its own, and each component type adds its own copy of
/// Yew's component code to the wasm.
pub fn update_notice(t: &Localizer) -> Html {
    let reload = Callback::from(|_: MouseEvent| platform::apply_update());
    html! {
        <div class="notice update-notice" role="status">
            <p>{ t.text(msg::UPDATE_AVAILABLE) }</p>
            <button type="button" onclick={reload}>{ t.text(msg::UPDATE_RELOAD) }</button>
        </div>
    }
}
