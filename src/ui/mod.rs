//! The Yew front end: a thin layer that renders the core's routes, strings and content.

mod app;
mod browser;
mod copy_link;
mod crash;
mod environment;
mod footer;
mod header;
mod home;
mod hooks;
mod locale_switch;
mod node_page;
mod not_found;
mod notice;
mod paste_box;
mod shell;
mod snippet_list;
mod theme_toggle;
mod trail;

pub use app::{App, AppProps};
pub use shell::{Shell, ShellProps};

/// Entry point of the wasm binary: installs the crash screen, restores what was remembered, canonicalizes the
/// address, mounts the app.
pub fn run() {
    crash::install();
    let (saved, discarded) = browser::load_saved();
    let fallback = saved.locale.unwrap_or_else(|| crate::locale::negotiate(&browser::preferred_languages()));
    browser::apply_theme(saved.theme);
    browser::canonicalize_location(fallback, &saved.inputs);
    yew::Renderer::<App>::with_props(AppProps { fallback, theme: saved.theme, discarded }).render();
}
