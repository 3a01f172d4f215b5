//! Core of the ACR network troubleshooter: content, i18n and URL state, free of web types.
//!
//! The Yew front end lives in [`ui`] (feature `ui`); the native CLI is `src/bin/cli/`.

pub mod build_info;
pub mod civil_date;
pub mod diagnose;
pub mod diagnosis_rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod first_paint;
pub mod i18n;
pub mod inputs;
pub mod locale;
pub mod locale_files;
pub mod ordering;
pub mod probe;
pub mod quote;
pub mod report;
pub mod route;
pub mod search;
pub mod session;
pub mod snippets;
pub mod storage;
pub mod tree;
pub mod wiki_link;

mod generated {
    //! Data compiled from `content/` by `build.rs`.
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

#[cfg(feature = "ui")]
pub mod ui;
