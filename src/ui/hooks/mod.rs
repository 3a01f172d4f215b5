//! Hooks and contexts shared by the components, one hook per file.

mod bodies;
mod document_title;
mod first_paint;
mod focus_on_navigation;
mod locale_file;
mod locale_strings;
mod localizer;
mod redirect;
mod remember;
mod rules_file;
mod search_index;
mod search_shortcut;
mod session;
mod update_ready;

pub use bodies::{use_bodies, use_body_loader, BodiesContext};
pub use document_title::use_document_title;
pub use first_paint::use_first_paint_handover;
pub use focus_on_navigation::use_focus_on_navigation;
pub use locale_file::{LoadState, LoadStatus};
pub use locale_strings::use_locale_strings;
pub use localizer::use_localizer;
pub use redirect::use_redirect;
pub use remember::use_remember;
pub use rules_file::use_rules_file;
pub use search_index::{use_search, use_search_loader, SearchContext};
pub use search_shortcut::use_search_shortcut;
pub use session::{use_session, SessionContext};
pub use update_ready::use_update_ready;
