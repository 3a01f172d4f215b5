//! Remembers the shown session's values and theme, and reports when the browser would not keep them.

use yew::prelude::*;

use crate::storage::{SaveProblem, Saved};
use crate::ui::platform;

/// Stores `saved` (when a session is shown) and applies its theme; returns the last problem storing it met.
#[hook]
pub fn use_remember(saved: Option<Saved>) -> Option<SaveProblem> {
    let problem = use_state_eq(|| None);
    {
        let problem = problem.clone();
        use_effect_with(saved, move |saved| {
            if let Some(saved) = saved {
                platform::apply_theme(saved.theme);
                if let Some(found) = platform::save(saved) {
                    problem.set(Some(found));
                }
            }
        });
    }
    *problem
}
