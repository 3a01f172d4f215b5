//! Whole pages: the start page, a step of the guide, search, and the page for an address that leads nowhere.

pub(crate) mod home;
pub(crate) mod node_page;
pub(crate) mod not_found;
pub(crate) mod search;
