//! "Copy link to this step": copies the full address, which alone reproduces the view.

use yew::prelude::*;

use super::browser;
use super::hooks::use_localizer;

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
            browser::copy_text(browser::current_url(), done);
        })
    };
    let message = match *status {
        Status::Idle => String::new(),
        Status::Copied => t.text("copy-link-done"),
        Status::Failed => t.text("copy-link-failed"),
    };
    html! {
        <span class="copy-link">
            <button type="button" {onclick}>{ t.text("copy-link") }</button>
            <span class="copy-status" role="status">{ message }</span>
        </span>
    }
}
