//! Fetching the diagnosis rules file once a component asks for it, with its status and a retry (the web build's
//! first load does not carry the rules; natively they are always at hand).

use yew::prelude::*;

use crate::diagnosis_rules;
use crate::ui::hooks::locale_file::{LoadState, LoadStatus};
use crate::ui::platform;

/// The rules file's load state, and a way to ask for it (the paste box does when first focused or used).
#[derive(Clone, PartialEq)]
pub struct RulesFileState {
    pub load: LoadState,
    pub want: Callback<()>,
}

/// Fetches and installs the rules file at the first `want` (and at a `retry` after a failure), unless the rules are
/// already at hand. Until it is asked for, and while it is on its way, the status is `Loading`.
#[hook]
pub fn use_rules_file() -> RulesFileState {
    // None: not asked for yet.
    let status = use_state_eq(|| diagnosis_rules::available().map(|_| LoadStatus::Ready));
    let want = {
        let status = status.clone();
        Callback::from(move |()| {
            if matches!(*status, None | Some(LoadStatus::Failed)) {
                status.set(Some(LoadStatus::Loading));
                let status = status.clone();
                platform::fetch_rules_file(Callback::from(move |text: Result<String, String>| {
                    match text.and_then(|text| diagnosis_rules::install(text).map_err(|e| e.to_string())) {
                        Ok(_) => status.set(Some(LoadStatus::Ready)),
                        Err(error) => {
                            gloo::console::warn!(format!("{}: {error}", diagnosis_rules::RULES_FILE));
                            status.set(Some(LoadStatus::Failed));
                        }
                    }
                }));
            }
        })
    };
    let load = LoadState { status: status.unwrap_or(LoadStatus::Loading), retry: want.clone() };
    RulesFileState { load, want }
}
