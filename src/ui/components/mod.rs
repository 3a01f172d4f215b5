//! The parts pages are made of (one component per file).

pub(crate) mod copy_link;
pub(crate) mod environment;
pub(crate) mod footer;
pub(crate) mod header;
pub(crate) mod locale_switch;
pub(crate) mod notice;
pub(crate) mod paste_box;
pub(crate) mod share;
pub(crate) mod snippet_list;
pub(crate) mod theme_toggle;
pub(crate) mod trail;
