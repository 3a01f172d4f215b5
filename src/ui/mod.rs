//! The Yew front end: a thin layer that renders the core's routes, strings and content.

mod app;
mod browser;
mod crash;
mod footer;
mod header;
mod home;
mod hooks;
mod locale_switch;
mod not_found;
mod shell;

pub use app::App;
pub use shell::{Shell, ShellProps};

use crate::locale::Locale;

/// Entry point of the wasm binary: installs the crash screen, canonicalizes the address, mounts the app.
pub fn run() {
    crash::install();
    let fallback = Locale::negotiate(&browser::preferred_languages());
    browser::canonicalize_location(fallback);
    yew::Renderer::<App>::with_props(app::AppProps { fallback }).render();
}
