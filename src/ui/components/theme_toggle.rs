//! Button that cycles the colour scheme: follow the system, light, dark.

use yew::prelude::*;

use crate::i18n::{msg, Localizer};
use crate::storage::Theme;

/// The toggle showing `theme`. A plain function, not a component: it has no state of its own, and each component type adds its own copy of
/// Yew's component code to the wasm.
pub fn theme_toggle(t: &Localizer, theme: Theme, on_toggle: &Callback<()>) -> Html {
    let current = t.text(match theme {
        Theme::Auto => msg::THEME_AUTO,
        Theme::Light => msg::THEME_LIGHT,
        Theme::Dark => msg::THEME_DARK,
    });
    let label = t.format(msg::theme_toggle_label(&current));
    let onclick = on_toggle.reform(|_: MouseEvent| ());
    let icon = match theme {
        // Half-filled circle: follows the system.
        Theme::Auto => html! { <path d="M12 3a9 9 0 1 0 0 18z" fill="currentColor" /> },
        Theme::Light => html! { <circle cx="12" cy="12" r="4.5" fill="currentColor" /> },
        Theme::Dark => html! { <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z" fill="currentColor" /> },
    };
    html! {
        <button type="button" class="theme-toggle" aria-label={label.clone()} title={label} {onclick}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
                { icon }
            </svg>
            <span class="theme-name">{ current }</span>
        </button>
    }
}
