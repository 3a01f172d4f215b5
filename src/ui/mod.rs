//! The Yew front end: a thin layer that renders the core's routes, strings and content.

mod app;
mod browser;
mod crash;
mod footer;
mod header;
mod home;
mod hooks;
mod locale_switch;
mod node_page;
mod not_found;
mod shell;

pub use app::{App, AppProps};
pub use shell::{Shell, ShellProps};

/// Entry point of the wasm binary: installs the crash screen, canonicalizes the address, mounts the app.
pub fn run() {
    crash::install();
    let fallback = crate::locale::negotiate(&browser::preferred_languages());
    browser::canonicalize_location(fallback);
    yew::Renderer::<App>::with_props(AppProps { fallback }).render();
}
