//! The Yew front end: a thin layer that renders the core's routes, strings and content.

mod app;
mod components;
mod crash;
mod hooks;
mod pages;
mod platform;
mod shell;

pub use app::{App, AppProps};
pub use shell::{Shell, ShellProps};

/// Entry point of the wasm binary: installs the crash screen, restores what was remembered, switches to embed mode
/// when asked, canonicalizes the address, mounts the app.
pub fn run() {
    crash::install();
    let (saved, discarded) = platform::load_saved();
    let fallback = saved.locale.unwrap_or_else(|| crate::locale::negotiate(&platform::preferred_languages()));
    platform::apply_theme(saved.theme);
    platform::start_embed_mode();
    platform::canonicalize_location(fallback, &saved.inputs);
    yew::Renderer::<App>::with_props(AppProps { fallback, theme: saved.theme, discarded }).render();
}
