//! The route rules and tree structure the page's first paint (static/first-paint/) reads before the wasm runs,
//! written by the build from the compiled tables so the script and the app share one source.
//!
//! Native only: the build (examples/first_paint.rs) puts this table into `index.html` as a JSON data block, and
//! `tests/suite/first_paint.rs` runs the script against [`crate::route`], [`crate::session`] and
//! [`crate::storage`] on every node id, alias and locale.

use serde_json::{json, Value};

use crate::i18n::MessageId;
use crate::inputs::{is_hidden_character, MAX_VALUE_CHARS};
use crate::locale::Locale;
use crate::storage::{Discarded, SaveProblem, Theme, MAX_RECORD_BYTES, SCHEMA_VERSION, STORAGE_KEY};
use crate::tree::Node;
use acr_vocab::InputName;

/// The table in the page: locales and the fallback, input names, themes (the default first), the stored record's
/// key and rules, the trail's query key, the search page's path word and query key, the start node's id, aliases
/// as `[[alias, node id], …]`, and `known`, the [`id_digest`] of every node id (the script fetches a step's file
/// only for an id it knows, before the strings with every id have arrived).
pub fn boot_table() -> Value {
    let aliases: Vec<Value> =
        Node::all().flat_map(|node| node.aliases().iter().map(move |alias| json!([alias, node.id()]))).collect();
    let themes = [Theme::Auto, Theme::Light, Theme::Dark].map(Theme::as_str);
    json!({
        "locales": Locale::ALL.iter().map(|locale| locale.as_str()).collect::<Vec<_>>(),
        "fallback": Locale::FALLBACK.as_str(),
        "inputs": InputName::ALL.iter().map(|name| name.as_str()).collect::<Vec<_>>(),
        "themes": themes,
        "storage": {
            "key": STORAGE_KEY,
            "version": SCHEMA_VERSION,
            "maxRecord": MAX_RECORD_BYTES,
            "maxValueChars": MAX_VALUE_CHARS,
        },
        "hidden": hidden_characters(),
        "trailKey": crate::session::TRAIL_KEY,
        "search": { "word": crate::route::SEARCH_WORD, "key": crate::search::QUERY_KEY },
        "start": Node::start().id(),
        "aliases": aliases,
        "known": Node::all().map(|node| id_digest(node.id())).collect::<String>(),
    })
}

/// Every character [`is_hidden_character`] refuses, as the inside of a JavaScript regular expression's character
/// class (`u` flag): ranges of `\u{…}` escapes.
pub fn hidden_characters() -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in (0..=0x10_FFFF).filter_map(char::from_u32).filter(|c| is_hidden_character(*c)) {
        let code = u32::from(c);
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == code => *end = code,
            _ => ranges.push((code, code)),
        }
    }
    ranges
        .iter()
        .map(
            |(start, end)| {
                if start == end {
                    format!("\\u{{{start:x}}}")
                } else {
                    format!("\\u{{{start:x}}}-\\u{{{end:x}}}")
                }
            },
        )
        .collect()
}

/// Four base-36 characters of a node id's 32-bit FNV-1a hash (static/first-paint/core.js computes the same):
/// 344 bytes for 86 ids instead of the ids themselves. An unknown id passes for a known one about once in 20,000;
/// the first paint then shows that step's title until the strings arrive and the app says the step does not exist.
pub fn id_digest(id: &str) -> String {
    const SPACE: u32 = 36 * 36 * 36 * 36;
    let hash = id.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193));
    let mut value = hash % SPACE;
    let mut digits = [b'0'; 4];
    for digit in digits.iter_mut().rev() {
        *digit = b"0123456789abcdefghijklmnopqrstuvwxyz"[(value % 36) as usize];
        value /= 36;
    }
    String::from_utf8_lossy(&digits).into_owned()
}

/// Per node (tree order), the index of each link's target: answers, then still-failing links, the order of the
/// link records in a strings file, which carries the link ids. Fetched with a locale's step templates (only a trail
/// needs it).
pub fn link_targets() -> Vec<Vec<usize>> {
    Node::all().map(|node| node.links().map(|link| link.to.index()).collect()).collect()
}

/// The notices about remembered values the first paint can know of before the app runs, by the names
/// static/first-paint/core.js gives them: why a stored record was not restored ([`Discarded`]), and `not-saved`
/// where the page cannot use `localStorage` at all (the app then says its values stay in the address only).
pub fn storage_notices() -> [(&'static str, MessageId); 6] {
    let discarded = |kind: Discarded| (discarded_name(kind), kind.message());
    [
        discarded(Discarded::OlderVersion),
        discarded(Discarded::NewerVersion),
        discarded(Discarded::Unreadable),
        discarded(Discarded::PartlyUnreadable),
        discarded(Discarded::Oversized),
        ("not-saved", SaveProblem::NotSaved.message()),
    ]
}

/// The name core.js's `decodeSaved` gives a [`Discarded`].
pub fn discarded_name(kind: Discarded) -> &'static str {
    match kind {
        Discarded::OlderVersion => "older-version",
        Discarded::NewerVersion => "newer-version",
        Discarded::Unreadable => "unreadable",
        Discarded::PartlyUnreadable => "partly-unreadable",
        Discarded::Oversized => "oversized",
    }
}
