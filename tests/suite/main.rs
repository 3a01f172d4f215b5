//! The native integration tests, one module per area, in one test binary (one link instead of nine; mdBook's
//! `testsuite` layout). `support` holds what several modules share. `tests/browser.rs` stays apart: it runs in a
//! browser on wasm32.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod cli;
mod content;
mod deploy;
mod diagnosis;
mod fuzz;
mod hostile;
mod i18n;
mod inputs;
mod probe;
mod report;
mod scenarios;
mod search;
mod shell;
mod snippets;
