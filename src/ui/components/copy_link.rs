//! "Copy link to this step": copies the full address, which alone reproduces the view.

use yew::prelude::*;

use crate::i18n::msg;
use crate::ui::hooks::use_localizer;
use crate::ui::platform;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Copied,
    Failed,
}

#[function_component]
pub fn CopyLink() -> Html {
    let t = use_localizer();
    let status = use_state(|| Status::Idle);
    let onclick = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let done =
                Callback::from(move |copied: bool| status.set(if copied { Status::Copied } else { Status::Failed }));
            platform::copy_text(platform::current_url(), done);
        })
    };
    let message = match *status {
        Status::Idle => String::new(),
        Status::Copied => t.text(msg::COPY_LINK_DONE),
        Status::Failed => t.text(msg::COPY_LINK_FAILED),
    };
    html! {
        <span class="copy-link">
            <button type="button" {onclick}>{ t.text(msg::COPY_LINK) }</button>
            <span class="copy-status" role="status">{ message }</span>
        </span>
    }
}
