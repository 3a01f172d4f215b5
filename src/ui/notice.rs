//! Notice shown once when the remembered record could not be used and was thrown away.

use yew::prelude::*;

use super::hooks::use_localizer;
use crate::storage::Discarded;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub discarded: Discarded,
}

#[function_component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let t = use_localizer();
    let open = use_state(|| true);
    if !*open {
        return html! {};
    }
    let message = match props.discarded {
        Discarded::OtherVersion => "storage-discarded-version",
        Discarded::Unreadable => "storage-discarded-unreadable",
    };
    let dismiss = Callback::from(move |_: MouseEvent| open.set(false));
    html! {
        <div class="notice" role="status">
            <p>{ t.text(message) }</p>
            <button type="button" onclick={dismiss}>{ t.text("notice-dismiss") }</button>
        </div>
    }
}
