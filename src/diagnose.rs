//! Local diagnosis of pasted text (error messages, pod events, check-health output, CI logs): the nodes it
//! points to, ranked, with the line that matched, and the values it names. Nothing leaves the machine.
//!
//! Rules live in `content/diagnosis.toml`. An error *family* (timeouts, resets, refusals, name lookups, TLS, …)
//! is a set of alternative patterns: fragments that must appear in order on one line, as Go, Python, curl,
//! .NET and Java print them. A *rule* maps a family to a node, optionally only in a context: which host the
//! failing request went to, whether the dialled address was private, or which tool printed the text. Several
//! matching rules of one node combine as a noisy-or. No regex engine ships in the wasm.

use std::net::IpAddr;
use std::ops::Range;

pub use acr_vocab::{AddressKind, HostKind};

use crate::diagnosis_rules::RuleSet;
use crate::generated::CALIBRATION;
use crate::i18n::{msg, Localizer};
use crate::inputs::{is_private, regions, validate, Cloud};
use crate::ordering;
use crate::tree::{Node, NodeKind};
use acr_vocab::InputName;

/// When the second match's shown confidence is at most this much below the first's, the text does not decide
/// between them.
pub const CLOSE: f64 = 0.1;

/// At most this many matches are reported.
const MAX_MATCHES: usize = 5;

/// Longest line kept as evidence, in characters.
const MAX_EVIDENCE: usize = 240;

/// Text beyond this many bytes is ignored (a pasted log, not a disk image).
pub const MAX_INPUT: usize = 4 * 1024 * 1024;
/// [`MAX_INPUT`] as the notes name it.
const MAX_INPUT_TEXT: &str = "4 MiB";

/// Occurrences kept per family: a log that repeats one error a thousand times says nothing new after a few.
const MAX_HITS: usize = 32;

/// Bytes of text searched at a time (extended to the end of the line): every pattern runs over one block while it is
/// in the cache, instead of each of some 300 patterns streaming a pasted megabyte from memory.
const BLOCK: usize = 256 * 1024;

/// How far around a match the context (host, address) is read, in bytes: bounded, so a megabyte on one line
/// costs no more than a short line.
const CONTEXT_BEFORE: usize = 2048;
const CONTEXT_AFTER: usize = 512;

/// Lines above a match searched for a host when its own line names none (Java and .NET put the exception
/// below the line with the host).
const CONTEXT_LINES_ABOVE: usize = 3;

/// One ranked result.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub node: Node,
    /// The confidence shown, 0..=1: that of [`Match::raw`]'s band in the calibration table of `content/diagnosis.toml`,
    /// at most the lower bound of how often the band's first step was right on dev texts before any rule was tuned on
    /// them (see [`calibrated`]).
    pub score: f64,
    /// The step's evidence before calibration: the noisy-or of its matched rules' weights (what the table maps from,
    /// and what ranks the steps).
    pub raw: f64,
    /// The line that matched best (trimmed, shortened around the phrase when long).
    pub evidence: String,
    /// Byte range of the matched phrase inside `evidence` (for highlighting).
    pub phrase: Range<usize>,
}

/// Values found in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    pub registry: Option<String>,
    /// The cloud the registry host names (`.azurecr.cn`, `.azurecr.us`); `None` for the public cloud's domain.
    pub cloud: Option<Cloud>,
    /// First region found in a data or regional endpoint host name.
    pub region: Option<String>,
    /// Further regions found.
    pub replicas: Vec<String>,
    /// A `<registry>.<region>.data.azurecr.io` host appears: dedicated data endpoints are on.
    pub data_endpoints: bool,
    /// The address in "client with IP '…' is not allowed".
    pub client_ip: Option<String>,
    /// The address the first step's failure was dialled to, as its context read it (Go's `dial tcp 10.1.2.3:443`,
    /// curl's, Node's, Java's forms), and which kind of address it is.
    pub dialed_ip: Option<(String, AddressKind)>,
    /// The proxy the client went through (`proxyconnect tcp: dial tcp 10.0.0.9:3128`, `https_proxy=…`), without
    /// credentials.
    pub proxy: Option<String>,
    pub check_health_code: Option<String>,
    pub http_status: Option<u16>,
    /// The text names `azureacr.io`, a common typo of `azurecr.io`.
    pub typo_azureacr: bool,
}

/// The two best matches are too close to choose: show both, and the step that tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OneOfTwo {
    pub first: Node,
    pub second: Node,
    /// The nearest step of the tree that leads to both (see [`deciding_step`]).
    pub ask: Option<Node>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diagnosis {
    /// Confident matches, best first.
    pub matches: Vec<Match>,
    pub one_of_two: Option<OneOfTwo>,
    pub extracted: Extracted,
    /// The text was longer than [`MAX_INPUT`]: only its beginning was read.
    pub cut: bool,
    /// Pasted `acr-net-guide probe` output: the view its marker line links to (step, inputs, trail), opened as
    /// it is instead of ranking the text (see [`crate::probe::marker`]).
    pub probe: Option<crate::session::Session>,
}

/// Diagnoses `text` with the rules compiled into this build (native builds: the web build fetches its rules).
#[cfg(not(feature = "lazy-locales"))]
pub fn diagnose(text: &str) -> Diagnosis {
    diagnose_with(RuleSet::bundled(), text)
}

/// Diagnoses `text` with `rules`.
pub fn diagnose_with(rules: &RuleSet<'_>, text: &str) -> Diagnosis {
    let cut = text.len() > MAX_INPUT;
    if let Some((session, line, phrase)) = crate::probe::marker::recognise(truncate(text, MAX_INPUT)) {
        return Diagnosis { cut, ..crate::probe::marker::diagnosis(session, line, phrase) };
    }
    let text = normalize(truncate(text, MAX_INPUT));
    let lower = text.to_ascii_lowercase();
    let hits = find_families(rules, &lower);
    // Each span's context, worked out once, sorted by start (a list: a map type would bring its own copy of the map
    // code into the wasm).
    let mut contexts: Vec<(usize, Context)> = Vec::new();
    let mut best: Vec<Option<(f64, Range<usize>)>> = vec![None; Node::all().count()];
    let mut miss = vec![1.0_f64; best.len()];
    for rule in &rules.rules {
        let present = |family: u16| !hits[usize::from(family)].is_empty();
        if rule.with.is_some_and(|family| !present(family)) || rule.without.is_some_and(present) {
            continue;
        }
        let fits = |span: &&Range<usize>| {
            let line = line_of(&lower, span.start);
            if rule.unless.iter().any(|&u| hits[usize::from(u)].iter().any(|other| line.contains(&other.start))) {
                return false;
            }
            if rule.hosts.is_empty() && rule.address.is_none() {
                return true;
            }
            let context = match contexts.binary_search_by_key(&span.start, |(start, _)| *start) {
                Ok(at) => contexts[at].1,
                Err(at) => {
                    let context = Context::of(&lower, (*span).clone());
                    contexts.insert(at, (span.start, context));
                    context
                }
            };
            (rule.hosts.is_empty() || rule.hosts.contains(&context.host))
                && rule.address.is_none_or(|address| context.address == Some(address))
        };
        let found = rule
            .families
            .iter()
            .flat_map(|&family| &hits[usize::from(family)])
            .filter(fits)
            .min_by_key(|span| span.start);
        let Some(span) = found else { continue };
        let node = rule.node.index();
        miss[node] *= 1.0 - rule.weight;
        if best[node].as_ref().is_none_or(|(weight, _)| rule.weight > *weight) {
            best[node] = Some((rule.weight, span.clone()));
        }
    }
    let matches: Vec<(Match, Range<usize>)> = best
        .into_iter()
        .enumerate()
        .filter_map(|(index, found)| {
            let (_, span) = found?;
            let raw = 1.0 - miss[index];
            let score = calibrated(raw);
            let node = Node::all().nth(index)?;
            let (evidence, phrase) = evidence(&text, span.clone());
            // A confident match: its band is shown (the build shows a band only when it was right at least half the
            // time before tuning); below the first band, or in a band not shown, the guide says there is none.
            (score > 0.0).then_some((Match { node, score, raw, evidence, phrase }, span))
        })
        .collect();
    // Ties keep tree order (the order they were found in).
    let ranked = ordering::by_key(matches, |(found, _)| ordering::descending(found.raw));
    // The note names the address the first step's context read.
    let dialed = ranked.first().and_then(|(_, span)| dialed_for(&lower, span.clone()));
    let mut matches: Vec<Match> = ranked.into_iter().map(|(found, _)| found).collect();
    matches.truncate(MAX_MATCHES);
    let one_of_two = match matches.as_slice() {
        [first, second, ..] if first.score - second.score <= CLOSE => {
            Some(OneOfTwo { first: first.node, second: second.node, ask: deciding_step(first.node, second.node) })
        }
        _ => None,
    };
    let extracted = extract(&text, &lower, matches.first(), dialed);
    Diagnosis { matches, one_of_two, extracted, cut, probe: None }
}

/// What the page and the CLI say about the text besides the matches: facts found in it, and how much was read.
pub fn notes(diagnosis: &Diagnosis, t: &Localizer) -> Vec<String> {
    let extracted = &diagnosis.extracted;
    [
        extracted.dialed_ip.as_ref().map(|(ip, kind)| {
            t.format(match kind {
                AddressKind::Loopback => msg::paste_dialed_loopback(ip),
                AddressKind::Private => msg::paste_dialed_private(ip),
                AddressKind::Public => msg::paste_dialed_public(ip),
            })
        }),
        extracted.check_health_code.as_ref().map(|code| t.format(msg::paste_code(code))),
        extracted.http_status.map(|status| t.format(msg::paste_status(&status.to_string()))),
        extracted.typo_azureacr.then(|| t.text(msg::PASTE_TYPO)),
        diagnosis.cut.then(|| t.format(msg::paste_cut(MAX_INPUT_TEXT))),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The confidence shown for a raw score: that of its band in the calibration table (see [`calibration_band`]), 0 below
/// the first band. Within a band every score is shown alike, so no score claims more than its band was right.
pub fn calibrated(raw: f64) -> f64 {
    calibration_band(raw).map_or(0.0, |band| CALIBRATION[band].1)
}

/// The calibration table's band a raw score falls in: the last whose lowest raw score it reaches (noisy-or arithmetic
/// may land a hair below a weight, so a billionth is forgiven), `None` below the first. The table is
/// `content/diagnosis.toml`'s `[calibration]`, each band's shown confidence derived by the build from how often the
/// band was right on texts no rule was tuned on.
pub fn calibration_band(raw: f64) -> Option<usize> {
    CALIBRATION.iter().rposition(|&(from, _)| raw >= from - 1e-9)
}

/// The calibration table: per band, (its lowest raw score, the confidence shown), raw ascending.
pub fn calibration_table() -> &'static [(f64, f64)] {
    CALIBRATION
}

/// The extracted values that are inputs of the guide, in form order, as the page and the CLI offer to fill
/// them in (the dialled address, status and code are facts about the failure, not inputs).
pub fn found_values(extracted: &Extracted) -> Vec<(InputName, Vec<String>)> {
    let one = |name, value: Option<String>| value.map(|value| (name, vec![value]));
    [
        one(InputName::Registry, extracted.registry.clone()),
        one(InputName::Cloud, extracted.cloud.map(|cloud| cloud.as_str().to_string())),
        one(InputName::Region, extracted.region.clone()),
        (!extracted.replicas.is_empty()).then(|| (InputName::Replica, extracted.replicas.clone())),
        one(InputName::DataEndpoints, extracted.data_endpoints.then(|| "on".to_string())),
        one(InputName::ClientIp, extracted.client_ip.clone()),
        one(InputName::Proxy, extracted.proxy.clone()),
    ]
    .into_iter()
    .flatten()
    // Only values the guide accepts are offered: odd text can yield one it would refuse (`host:3128:443`).
    .filter_map(|(name, values)| {
        let accepted: Vec<String> =
            values.into_iter().filter(|value| validate(&[(name, value.clone())]).1.is_empty()).collect();
        (!accepted.is_empty()).then_some((name, accepted))
    })
    .collect()
}

/// Per family of `rules`, its first occurrences (up to [`MAX_HITS`]) in text order. Patterns match within a line, so
/// the text is searched in blocks that end at a line end.
fn find_families(rules: &RuleSet<'_>, lower: &str) -> Vec<Vec<Range<usize>>> {
    let families = &rules.families;
    let mut hits: Vec<Vec<Range<usize>>> = vec![Vec::new(); families.len()];
    let mut start = 0;
    while start < lower.len() {
        let end = match lower.len().min(start + BLOCK) {
            end if end == lower.len() => end,
            end => memchr::memchr(b'\n', &lower.as_bytes()[end..]).map_or(lower.len(), |newline| end + newline + 1),
        };
        // Both ends follow a line break or end the text, so they are character boundaries.
        let block = &lower[start..end];
        #[cfg(not(target_arch = "wasm32"))]
        let mut one_pass = {
            let full: Vec<bool> = hits.iter().map(|spans| spans.len() == MAX_HITS).collect();
            rules.first_fragments.block_spans(families, block, &full).into_iter()
        };
        for (_patterns, spans) in families.iter().zip(&mut hits) {
            #[cfg(not(target_arch = "wasm32"))]
            let in_block = one_pass.next().unwrap_or_default();
            if spans.len() == MAX_HITS {
                continue;
            }
            #[cfg(not(target_arch = "wasm32"))]
            let found: Vec<Range<usize>> =
                in_block.into_iter().map(|span| span.start + start..span.end + start).collect();
            // The page searches one pattern at a time (no automaton in the wasm).
            #[cfg(target_arch = "wasm32")]
            let mut found: Vec<Range<usize>> = Vec::new();
            #[cfg(target_arch = "wasm32")]
            for pattern in _patterns {
                found.extend(find_all(block, pattern).take(MAX_HITS).map(|span| span.start + start..span.end + start));
            }
            // Positions are below 2^32 (the input is at most MAX_INPUT bytes).
            let mut found = ordering::by_key(found, |span| (span.start as u64) << 32 | span.end as u64);
            found.dedup_by_key(|span| span.start);
            spans.extend(found);
            spans.truncate(MAX_HITS);
        }
        start = end;
    }
    // A family of families (defined after its members, so each member is complete here) is found wherever they are.
    for &(family, member) in &rules.includes {
        let member = hits[usize::from(member)].clone();
        let spans = &mut hits[usize::from(family)];
        spans.extend(member);
        let mut merged = ordering::by_key(std::mem::take(spans), |span| (span.start as u64) << 32 | span.end as u64);
        merged.dedup_by_key(|span| span.start);
        merged.truncate(MAX_HITS);
        *spans = merged;
    }
    hits
}

/// All patterns' first fragments in one automaton (native only: the wasm would grow by the crate, and the page searches
/// pasted text, not megabytes of log). One pass over a block finds every place a pattern can start; each place is then
/// checked by `match_at`, as the page's search one pattern at a time checks it, so the spans are the same.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct FirstFragments {
    searcher: aho_corasick::AhoCorasick,
    /// Per distinct first fragment, the (family, pattern) pairs that open with it.
    patterns: Vec<Vec<(usize, usize)>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl FirstFragments {
    pub(crate) fn new(families: &[Vec<Pattern<'_>>]) -> FirstFragments {
        let mut fragments: Vec<&[u8]> = Vec::new();
        let mut patterns: Vec<Vec<(usize, usize)>> = Vec::new();
        for (family, members) in families.iter().enumerate() {
            for (index, pattern) in members.iter().enumerate() {
                let fragment = pattern.first.needle();
                if fragment.is_empty() {
                    continue;
                }
                match fragments.iter().position(|known| *known == fragment) {
                    Some(at) => patterns[at].push((family, index)),
                    None => {
                        fragments.push(fragment);
                        patterns.push(vec![(family, index)]);
                    }
                }
            }
        }
        // Standard semantics: every occurrence of every fragment, overlapping ones included.
        let searcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&fragments)
            .expect("the first fragments of a rules file fit an automaton");
        FirstFragments { searcher, patterns }
    }

    /// Per family not yet `full`, the spans (in `block`) of each of its patterns' first [`MAX_HITS`] matches, in no
    /// order, found in one pass. Occurrences of one fragment arrive in text order; as the search one pattern at a time
    /// does, each pattern resumes after the end of the occurrence it last looked at (overlapping occurrences of its own
    /// first fragment are skipped).
    pub(crate) fn block_spans(
        &self,
        families: &[Vec<Pattern<'_>>],
        block: &str,
        full: &[bool],
    ) -> Vec<Vec<Range<usize>>> {
        let mut spans: Vec<Vec<Range<usize>>> = vec![Vec::new(); families.len()];
        // Per family and pattern: (where its next occurrence may start, matches so far).
        let mut progress: Vec<Vec<(usize, usize)>> =
            families.iter().map(|members| vec![(0, 0); members.len()]).collect();
        for found in self.searcher.find_overlapping_iter(block) {
            let at = found.start();
            for &(family, index) in &self.patterns[found.pattern().as_usize()] {
                let (next, count) = &mut progress[family][index];
                if full[family] || *count == MAX_HITS || at < *next {
                    continue;
                }
                let pattern = &families[family][index];
                *next = at + pattern.first.needle().len();
                if let Some(span) = match_at(block, pattern, at) {
                    spans[family].push(span);
                    *count += 1;
                }
            }
        }
        spans
    }
}

/// The byte range of the line around `at` (without its newline).
fn line_of(lower: &str, at: usize) -> Range<usize> {
    let bytes = lower.as_bytes();
    let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |newline| newline + 1);
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |newline| at + newline);
    start..end
}

/// What the line of a match says about the failing request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Context {
    host: HostKind,
    address: Option<AddressKind>,
}

/// Phrases that mean the failing hop was the proxy, not the server behind it.
const PROXY_MARKERS: [&str; 11] = [
    "proxyconnect",
    // Node's tunnel agent: the `cause=` after it is the proxy's.
    "tunneling socket could not be established",
    "error connecting to proxy",
    "from proxy after connect",
    "proxyerror",
    "cannot connect to proxy",
    "unable to connect to proxy",
    "proxy authentication required",
    "proxy tunnel request",
    "unable to tunnel through proxy",
    "resolve proxy",
];

/// Host name suffixes of layer downloads: blob storage of the three clouds (also its DNS-zone endpoints), MCR's
/// data and CDN hosts.
const BLOB_SUFFIXES: [&str; 6] = [
    ".blob.core.windows.net",
    ".blob.storage.azure.net",
    ".blob.core.chinacloudapi.cn",
    ".blob.core.usgovcloudapi.net",
    ".data.mcr.microsoft.com",
    ".cdn.mscr.io",
];

impl Context {
    /// The host named last before the end of the phrase (the request the error is about: Go, curl and
    /// Python all print the host first), else the first one after it, else one on the lines just above; the address
    /// dialled on the line, else on the lines just above (curl's `Trying 10.1.2.3:443...` before its error).
    fn of(lower: &str, span: Range<usize>) -> Context {
        let (line, window) = window_of(lower, &span);
        let hosts = hosts_in(lower, window.clone());
        let host = hosts
            .iter()
            .rev()
            .find(|(at, _)| *at < span.end)
            .or_else(|| hosts.iter().find(|(at, _)| *at >= span.end))
            .map(|(_, kind)| *kind)
            .or_else(|| {
                lines_above(lower, line.start).find_map(|above| hosts_in(lower, above).last().map(|(_, kind)| *kind))
            })
            .unwrap_or(HostKind::Unknown);
        let address = dialed_for(lower, span).map(address_kind);
        Context { host, address }
    }
}

/// The line holding `span`, and the part of it read for the span's context (up to [`CONTEXT_BEFORE`] bytes before the
/// phrase and [`CONTEXT_AFTER`] after it).
fn window_of(lower: &str, span: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let line = line_of(lower, span.start);
    let window = floor(lower, line.start.max(span.start.saturating_sub(CONTEXT_BEFORE)))
        ..ceil(lower, line.end.min(span.end + CONTEXT_AFTER));
    (line, window)
}

/// Loopback before private: `is_private` counts no loopback address, and a loopback address is this machine.
fn address_kind(ip: IpAddr) -> AddressKind {
    if ip.is_loopback() {
        AddressKind::Loopback
    } else if is_private(ip) {
        AddressKind::Private
    } else {
        AddressKind::Public
    }
}

/// The address dialled for the failure at `span`: on its line, nearest before the phrase (see [`dialed_in`]), else on
/// the lines just above (curl's `Trying 10.1.2.3:443...` before its error). The rules' context and the note both read it.
fn dialed_for(lower: &str, span: Range<usize>) -> Option<IpAddr> {
    let (line, window) = window_of(lower, &span);
    dialed_in(&lower[window.clone()], span.end - window.start)
        .or_else(|| lines_above(lower, line.start).find_map(|above| dialed_in(&lower[above.clone()], above.len())))
}

/// The [`CONTEXT_LINES_ABOVE`] lines above the line starting at `start`, nearest first, each cut to its last
/// [`CONTEXT_BEFORE`] bytes.
fn lines_above(lower: &str, start: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut next = start;
    std::iter::from_fn(move || {
        if next == 0 {
            return None;
        }
        let previous = line_of(lower, next - 1);
        next = previous.start;
        Some(floor(lower, previous.start.max(previous.end.saturating_sub(CONTEXT_BEFORE)))..previous.end)
    })
    .take(CONTEXT_LINES_ABOVE)
}

fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Hosts named in `range` with their kinds, in text order (proxy phrases count as a host: the proxy).
fn hosts_in(lower: &str, range: Range<usize>) -> Vec<(usize, HostKind)> {
    let window = &lower[range.clone()];
    let mut found: Vec<(usize, HostKind)> = Vec::new();
    for marker in PROXY_MARKERS {
        found.extend(window.match_indices(marker).map(|(at, _)| (range.start + at, HostKind::Proxy)));
    }
    let bytes = window.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !is_host_byte(bytes[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && is_host_byte(bytes[at]) {
            at += 1;
        }
        let token = window[start..at].trim_end_matches('.');
        let after_url = window[..start].ends_with("://") || window[..start].ends_with("host='");
        if let Some(kind) = host_kind(token, after_url) {
            found.push((range.start + start, kind));
        }
    }
    ordering::by_key(found, |(at, _)| *at as u64)
}

/// A byte of a host name token (letters, digits, `.`, `-`, `_`).
fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_'
}

/// The kind of a host name token; `None` for tokens that are not host names (file names, versions, IPs).
fn host_kind(token: &str, after_url: bool) -> Option<HostKind> {
    if !token.contains('.') || token.parse::<IpAddr>().is_ok() {
        return None;
    }
    if REGISTRY_DOMAINS.iter().any(|domain| token.ends_with(domain)) {
        let data = token.split('.').any(|label| label == "data");
        return Some(if data { HostKind::DataEndpoint } else { HostKind::LoginServer });
    }
    if BLOB_SUFFIXES.iter().any(|suffix| token.ends_with(suffix)) {
        return Some(HostKind::Blob);
    }
    if token == "mcr.microsoft.com" {
        return Some(HostKind::Mcr);
    }
    after_url.then_some(HostKind::Other)
}

/// The address dialled nearest before `before` in `window` (`dial tcp 10.1.2.3:443`, curl's `Trying
/// 10.1.2.3:443`, `connect to 10.1.2.3 port 443`, the remote end of Go's `read tcp 10.0.0.4:5555->10.1.2.3:443`, Node's
/// `connect ETIMEDOUT 10.1.2.3:443`, Java's `contoso.azurecr.io/10.1.2.3:443`), else the first after it. Go's dial to a
/// proxy (`proxyconnect tcp: dial tcp …`) is left out: that address is the proxy's (see [`proxy`]).
fn dialed_in(window: &str, before: usize) -> Option<IpAddr> {
    let mut found: Vec<(usize, IpAddr)> = Vec::new();
    for marker in ["dial tcp ", "trying ", "connect to ", "->", "connect e", "/"] {
        for (at, _) in window.match_indices(marker) {
            let rest = &window[at + marker.len()..];
            let rest = match marker {
                "dial tcp " if window[..at].ends_with("proxyconnect tcp: ") => continue,
                // Node's error code (`econnrefused`, `etimedout`, …) stands between the call and the address; Node
                // writes an IPv6 address without brackets (`::1:443`), so its last `:` is the port's.
                "connect e" => {
                    let after = rest.split_once(' ').map_or("", |(_, after)| after);
                    let token =
                        after.find(|c: char| !(c.is_ascii_hexdigit() || matches!(c, '.' | ':'))).unwrap_or(after.len());
                    match after[..token].rfind(':') {
                        Some(port) if after[..token].matches(':').count() > 1 => &after[..port],
                        _ => after,
                    }
                }
                // Java names the host, then the address it resolved to, then its port or the bracket that closes the
                // pair; a slash after anything else, or a dotted number without either (`chrome/131.0.0.0`, a
                // version in a path), is no dial.
                "/" if !window[..at].ends_with(|c: char| c.is_ascii_alphanumeric()) => continue,
                "/" => {
                    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
                    if !rest[end..].starts_with([':', ']']) {
                        continue;
                    }
                    rest
                }
                _ => rest,
            };
            if let Some(ip) = address_at(rest) {
                found.push((at, ip));
            }
        }
    }
    let found = ordering::by_key(found, |(at, _)| *at as u64);
    found.iter().rev().find(|(at, _)| *at < before).or_else(|| found.first()).map(|(_, ip)| *ip)
}

/// An IP address at the start of `rest`: `10.1.2.3:443`, `[2001:db8::1]:443` or a bare address; `localhost` counts as
/// the loopback address (curl names the host it was given: `Failed to connect to localhost port 3128`).
fn address_at(rest: &str) -> Option<IpAddr> {
    if let Some(after) = rest.strip_prefix("localhost") {
        let host_goes_on = after.bytes().next().is_some_and(is_host_byte);
        return (!host_goes_on).then_some(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    }
    let token: String =
        rest.chars().take_while(|c| c.is_ascii_hexdigit() || matches!(c, '.' | ':' | '[' | ']')).collect();
    let token = token.trim_end_matches(['.', ':']);
    let address = match token.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None if token.matches(':').count() == 1 => token.split(':').next().unwrap_or_default(),
        // Java's `[contoso.azurecr.io/10.1.2.3]` closes its bracket after the address.
        None => token.trim_end_matches(']'),
    };
    address.parse().ok()
}

/// The nearest step that tells `a` from `b`: a node with at least two answers from which both are reachable
/// (a symptom or cause with a single next step counts as that step), fewest answers walked first, then the
/// most focused one (fewest answers). The start page is left out: the user is on it already.
pub fn deciding_step(a: Node, b: Node) -> Option<Node> {
    let forward = |node: Node| node.edges().filter(|edge| !edge.back).map(|edge| edge.to).collect::<Vec<_>>();
    let same_as = |node: Node| {
        let mut nodes = vec![node];
        if let [only] = forward(node).as_slice() {
            nodes.push(*only);
        }
        nodes
    };
    let (targets_a, targets_b) = (same_as(a), same_as(b));
    let count = Node::all().count();
    let mut best: Option<((usize, usize), Node)> = None;
    for step in Node::all() {
        let answers = forward(step).len();
        if step == Node::start() || answers < 2 || matches!(step.kind(), NodeKind::Fix | NodeKind::Reference) {
            continue;
        }
        // Breadth-first distances from `step` along forward answers.
        let mut distance = vec![usize::MAX; count];
        distance[step.index()] = 0;
        let mut queue = std::collections::VecDeque::from([step]);
        while let Some(node) = queue.pop_front() {
            for next in forward(node) {
                if distance[next.index()] == usize::MAX {
                    distance[next.index()] = distance[node.index()] + 1;
                    queue.push_back(next);
                }
            }
        }
        let nearest = |targets: &[Node]| targets.iter().map(|t| distance[t.index()]).min().filter(|d| *d != usize::MAX);
        let (Some(to_a), Some(to_b)) = (nearest(&targets_a), nearest(&targets_b)) else { continue };
        let key = (to_a + to_b, answers);
        if best.is_none_or(|(known, _)| key < known) {
            best = Some((key, step));
        }
    }
    best.map(|(_, step)| step)
}

fn truncate(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Decodes JSON escapes (`\u0027`, `\"`, `\n`, `\/`) so escaped and plain logs read alike; drops `\r`.
fn normalize(text: &str) -> String {
    if memchr::memchr2(b'\\', b'\r', text.as_bytes()).is_none() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {}
            '\\' => match chars.peek().copied() {
                Some('u') => {
                    let hex: String = chars.clone().skip(1).take(4).collect();
                    match u32::from_str_radix(&hex, 16).ok().filter(|_| hex.len() == 4).and_then(char::from_u32) {
                        Some(decoded) => {
                            out.push(decoded);
                            for _ in 0..5 {
                                chars.next();
                            }
                        }
                        None => out.push('\\'),
                    }
                }
                Some('n') => {
                    out.push('\n');
                    chars.next();
                }
                Some('t') => {
                    out.push(' ');
                    chars.next();
                }
                Some(escaped @ ('"' | '/' | '\\' | '\'')) => {
                    out.push(escaped);
                    chars.next();
                }
                _ => out.push('\\'),
            },
            c => out.push(c),
        }
    }
    out
}

/// One pattern, ready to search: its fragments (anchors taken off) and a searcher for the first.
pub(crate) struct Pattern<'p> {
    first: memchr::memmem::Finder<'p>,
    rest: Vec<&'p str>,
    /// The first fragment opened with `^`: the pattern must start its line.
    starts_line: bool,
    /// The last fragment closed with `$`: the pattern must end its line.
    ends_line: bool,
}

impl<'p> Pattern<'p> {
    /// A pattern from its form in the rules file: fragments separated by tabs.
    pub(crate) fn new(pattern: &'p str) -> Pattern<'p> {
        let starts_line = pattern.starts_with('^');
        let ends_line = pattern.ends_with('$');
        let inner = pattern.strip_prefix('^').unwrap_or(pattern);
        let inner = inner.strip_suffix('$').unwrap_or(inner);
        let mut fragments = inner.split('\t');
        let first = fragments.next().unwrap_or_default();
        Pattern { first: memchr::memmem::Finder::new(first), rest: fragments.collect(), starts_line, ends_line }
    }
}

/// Every place where all the pattern's fragments appear in order on one line: the span from the first to the end of
/// the last. A pattern that starts (`^`) or ends (`$`) its line must have only blanks before or after it there: a
/// message a tool prints on a line of its own, such as Go's bare `EOF`.
#[cfg(any(target_arch = "wasm32", test))]
fn find_all<'t>(lower: &'t str, pattern: &'t Pattern<'t>) -> impl Iterator<Item = Range<usize>> + 't {
    let bytes = lower.as_bytes();
    let first_len = pattern.first.needle().len();
    let mut from = 0;
    std::iter::from_fn(move || {
        if first_len == 0 {
            return None;
        }
        while let Some(found) = pattern.first.find(&bytes[from..]) {
            let start = from + found;
            from = start + first_len;
            if let Some(span) = match_at(lower, pattern, start) {
                return Some(span);
            }
        }
        None
    })
}

/// The pattern's match that opens with its first fragment at `start`, if the rest of it is there on the same line (in
/// order) and its anchors hold.
fn match_at(lower: &str, pattern: &Pattern<'_>, start: usize) -> Option<Range<usize>> {
    let bytes = lower.as_bytes();
    let blank = |range: &[u8]| range.iter().all(|b| *b == b' ' || *b == b'\t');
    if pattern.starts_line {
        let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |newline| newline + 1);
        if !blank(&bytes[line_start..start]) {
            return None;
        }
    }
    let line_end = memchr::memchr(b'\n', &bytes[start..]).map_or(lower.len(), |end| start + end);
    let mut cursor = start + pattern.first.needle().len();
    for fragment in &pattern.rest {
        let at = lower[cursor..line_end].find(fragment)?;
        cursor += at + fragment.len();
    }
    (!pattern.ends_line || blank(&bytes[cursor..line_end])).then_some(start..cursor)
}

/// The line around `span`, trimmed and shortened, with the span's position inside it.
fn evidence(text: &str, span: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.end..].find('\n').map_or(text.len(), |at| span.end + at);
    let mut start = line_start;
    let mut end = line_end;
    // Shorten long lines around the phrase (on character boundaries).
    let budget = MAX_EVIDENCE.saturating_sub(span.end - span.start) / 2;
    if end - start > MAX_EVIDENCE {
        start = span.start.saturating_sub(budget).max(line_start);
        end = (span.end + budget).min(line_end);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    let raw = &text[start..end];
    let trimmed_start = raw.len() - raw.trim_start().len();
    let evidence = raw.trim().to_string();
    let phrase_start = span.start - start - trimmed_start;
    let phrase_end = (span.end - start - trimmed_start).min(evidence.len());
    (evidence, phrase_start..phrase_end)
}

/// Start offsets of the non-overlapping occurrences of `needle` in `haystack` (SIMD search: the whole-text scans of
/// extraction stay cheap on a megabyte of log).
fn occurrences<'t>(haystack: &'t str, needle: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(haystack.as_bytes(), needle.as_bytes())
}

/// Registry domains: public, China and US Government.
const REGISTRY_DOMAINS: [&str; 3] = [".azurecr.io", ".azurecr.cn", ".azurecr.us"];

fn extract(text: &str, lower: &str, best: Option<&Match>, dialed: Option<IpAddr>) -> Extracted {
    let hosts = registry_hosts(lower);
    // The evidence may be a shortened line that cuts a host name in two: only a name the whole text has counts.
    let preferred = best.and_then(|m| {
        registry_hosts(&m.evidence.to_ascii_lowercase())
            .into_iter()
            .find(|(name, _)| hosts.iter().any(|(n, _)| n == name))
    });
    let registry =
        preferred.map(|(name, _)| name).or_else(|| most_frequent(hosts.iter().map(|(name, _)| name.clone())));
    let mut regions: Vec<String> = Vec::new();
    for (name, host) in &hosts {
        if Some(name) != registry.as_ref() {
            continue;
        }
        let labels: Vec<&str> = host.split('.').collect();
        if let [_, region, "data" | "geo", ..] = labels.as_slice() {
            if let Some(known) = regions::find(region) {
                if !regions.iter().any(|r| r == known.name) {
                    regions.push(known.name.to_string());
                }
            }
        }
    }
    let region = (!regions.is_empty()).then(|| regions.remove(0));
    let cloud = hosts.iter().find(|(name, _)| Some(name) == registry.as_ref()).and_then(|(_, host)| {
        if host.ends_with(".azurecr.cn") {
            Some(Cloud::China)
        } else if host.ends_with(".azurecr.us") {
            Some(Cloud::UsGov)
        } else {
            None
        }
    });
    let data_endpoints =
        hosts.iter().any(|(name, host)| Some(name) == registry.as_ref() && host.split('.').nth(2) == Some("data"));
    Extracted {
        registry,
        cloud,
        region,
        replicas: regions,
        data_endpoints,
        client_ip: between(lower, "client with ip '", "'")
            .and_then(|ip| ip.parse::<IpAddr>().ok())
            .map(|ip| ip.to_string()),
        dialed_ip: dialed.map(|ip| (ip.to_string(), address_kind(ip))),
        proxy: proxy(lower),
        check_health_code: check_health_code(text),
        http_status: http_status(lower),
        typo_azureacr: occurrences(lower, ".azureacr.io").next().is_some(),
    }
}

/// `(registry name, full host)` for every registry host name in the text, in order.
fn registry_hosts(lower: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for domain in REGISTRY_DOMAINS {
        for at in occurrences(lower, domain) {
            let end = at + domain.len();
            if lower[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
                continue;
            }
            // After the character that stops the host, whatever its width (a typographic quote is 3 bytes).
            let start = lower[..at]
                .char_indices()
                .rfind(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
                .map_or(0, |(stop, c)| stop + c.len_utf8());
            let host = &lower[start..end];
            let first = host.split('.').next().unwrap_or_default();
            // The domain-name-label form `name-<hash>.azurecr.io` belongs to registry `name`.
            let name = first.split('-').next().unwrap_or_default();
            if (5..=50).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric()) {
                found.push((at, name.to_string(), host.to_string()));
            }
        }
    }
    ordering::by_key(found, |(at, _, _)| *at as u64).into_iter().map(|(_, name, host)| (name, host)).collect()
}

fn most_frequent(names: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for name in names {
        match counts.iter_mut().find(|(known, _)| *known == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    // Ties go to the first seen.
    let mut best: Option<(String, usize)> = None;
    for (name, count) in counts {
        if best.as_ref().is_none_or(|(_, most)| count > *most) {
            best = Some((name, count));
        }
    }
    best.map(|(name, _)| name)
}

fn between<'t>(text: &'t str, before: &str, after: &str) -> Option<&'t str> {
    let start = occurrences(text, before).next()? + before.len();
    let end = text[start..].find(after)? + start;
    Some(&text[start..end])
}

/// The proxy URL the text names: the address Go dialled for `proxyconnect`, curl's `proxy env variable
/// https_proxy == '…'`, or an `https_proxy=…` setting. Credentials (`user:password@`) are dropped: a pasted
/// log must not carry them into the address bar.
fn proxy(lower: &str) -> Option<String> {
    const MARKERS: [&str; 6] = [
        "proxyconnect tcp: dial tcp ",
        "https_proxy == '",
        "http_proxy == '",
        "https_proxy=",
        "http_proxy=",
        "proxy: ",
    ];
    let is_url_byte =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '/' | '[' | ']' | '@' | '_' | '%');
    let mut found: Vec<(usize, String)> = Vec::new();
    for marker in MARKERS {
        for at in occurrences(lower, marker) {
            let rest = &lower[at + marker.len()..];
            let raw: &str = &rest[..rest.find(|c: char| !is_url_byte(c)).unwrap_or(rest.len())];
            let raw = raw.trim_end_matches(['/', ':', '.']);
            let (scheme, authority) = match raw.split_once("://") {
                Some((scheme @ ("http" | "https"), authority)) => (scheme, authority),
                Some(_) => continue,
                None => ("http", raw),
            };
            let authority = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
            let authority = authority.split('/').next().unwrap_or_default();
            // Host and port only: a bare word after `proxy: ` is prose, not a proxy.
            let Some((host, port)) = authority.rsplit_once(':') else { continue };
            if host.is_empty() || port.parse::<u16>().map_or(true, |port| port == 0) {
                continue;
            }
            found.push((at, format!("{scheme}://{authority}")));
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, url)| url)
}

/// The first `az acr check-health` code in the text that the guide has a node for: a word of capitals and
/// underscores ending in `_ERROR`.
fn check_health_code(text: &str) -> Option<String> {
    const SUFFIX: &str = "_ERROR";
    let bytes = text.as_bytes();
    let in_word = |b: u8| b.is_ascii_uppercase() || b == b'_';
    occurrences(text, SUFFIX)
        .map(|at| at + SUFFIX.len())
        .filter(|&end| bytes.get(end).is_none_or(|&b| !in_word(b)))
        .map(|end| {
            let start = bytes[..end].iter().rposition(|&b| !in_word(b)).map_or(0, |stop| stop + 1);
            &text[start..end]
        })
        .filter(|word| word.len() > SUFFIX.len())
        .find(|word| Node::for_check_health_code(word).is_some())
        .map(str::to_string)
}

/// The first HTTP status the text reports (4xx/5xx or 2xx/3xx after a status keyword).
fn http_status(lower: &str) -> Option<u16> {
    const BEFORE: [&str; 7] =
        ["status: ", "status code ", "status code: ", "response code: ", "http/1.1 ", "http/2 ", "received http code "];
    const AFTER: [&str; 4] = [" forbidden", " unauthorized", " too many requests", " not found"];
    let number = |digits: &str| digits.parse::<u16>().ok().filter(|code| (100..600).contains(code));
    let mut found: Vec<(usize, u16)> = Vec::new();
    for marker in BEFORE {
        for at in occurrences(lower, marker) {
            let start = at + marker.len();
            if let Some(code) = lower.get(start..start + 3).and_then(number) {
                found.push((at, code));
            }
        }
    }
    for marker in AFTER {
        for at in occurrences(lower, marker) {
            let starts_number = at >= 3 && !lower[..at - 3].ends_with(|c: char| c.is_ascii_digit());
            if starts_number {
                if let Some(code) = lower.get(at - 3..at).and_then(number) {
                    found.push((at - 3, code));
                }
            }
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, code)| code)
}

// With the compiled-in rules (the lazy-locales build has none until one is installed).
#[cfg(all(test, not(feature = "lazy-locales")))]
mod tests {
    use super::*;

    #[test]
    fn notes_say_when_the_text_was_cut_in_the_reader_s_locale() {
        let cut = Diagnosis { cut: true, ..Diagnosis::default() };
        let english = notes(&cut, &Localizer::new(crate::locale::Locale::En));
        assert_eq!(
            english,
            ["Only the first 4 MiB of the text were read: if the error comes later, paste the lines around it."]
        );
        let turkish = notes(&cut, &Localizer::new(crate::locale::Locale::Tr));
        assert!(turkish[0].starts_with("Metnin yalnızca ilk 4 MiB kadarı okundu"), "{turkish:?}");
        assert!(notes(&Diagnosis::default(), &Localizer::new(crate::locale::Locale::En)).is_empty());
        assert!(!diagnose("short").cut);
    }

    #[test]
    fn shown_confidence_is_the_band_s_and_never_falls() {
        let (first_raw, first_shown) = CALIBRATION[0];
        assert!(calibrated(1.0) < 1.0, "a perfect raw score is never shown as certain");
        assert_eq!(calibrated(first_raw), first_shown);
        assert_eq!(calibrated(first_raw - 0.01), 0.0, "below the first band nothing is claimed");
        for pair in CALIBRATION.windows(2) {
            let ((low, shown), (high, _)) = (pair[0], pair[1]);
            assert_eq!(calibrated((low + high) / 2.0), shown, "one value across the band from {low}");
            assert_eq!(calibrated(high - 1e-12), calibrated(high), "a hair below a weight counts as the weight");
        }
        // The noisy-or of two weights lands where arithmetic puts it, not always on the decimal.
        assert_eq!(calibration_band(1.0 - (1.0 - 0.7)), calibration_band(0.7));
        let shown: Vec<f64> = (0..=100).map(|raw| calibrated(f64::from(raw) / 100.0)).collect();
        assert!(shown.windows(2).all(|pair| pair[0] <= pair[1]), "never falls");
    }

    #[test]
    fn json_escapes_are_decoded() {
        assert_eq!(
            normalize(r#"client with IP \u0027203.0.113.7\u0027 \"x\"\nnext"#),
            "client with IP '203.0.113.7' \"x\"\nnext"
        );
        assert_eq!(normalize("a\\qb\\u00zz"), "a\\qb\\u00zz");
    }

    #[test]
    fn fragments_must_be_in_order_on_one_line() {
        let pattern = Pattern::new("lookup\tno such host");
        let all = |text: &'static str| find_all(text, &pattern).collect::<Vec<_>>();
        assert_eq!(all("dial tcp: lookup x: no such host"), vec![(10..32)]);
        assert_eq!(all("no such host\nlookup x"), Vec::<Range<usize>>::new());
        assert_eq!(all("lookup\nno such host"), Vec::<Range<usize>>::new());
        assert_eq!(all("lookup a: no such host\nlookup b: no such host"), [0..22, 23..45]);
    }

    #[test]
    fn a_long_text_is_searched_in_blocks_without_losing_or_repeating_matches() {
        let line = "2026-11-02 INFO pulled contoso.azurecr.io/app:1\n";
        let mut text = line.repeat(3 * BLOCK / line.len());
        // One error just before a block would end, one straddling it, one far after.
        text.insert_str(BLOCK - 20, "dial tcp 10.0.0.5:443: i/o timeout\n");
        text.push_str("Get \"https://contoso.azurecr.io/v2/\": i/o timeout\n");
        let lower = text.to_ascii_lowercase();
        let rules = RuleSet::bundled();
        let timeout = rules.families.iter().position(|family| family[0].first.needle() == b"i/o timeout");
        let found = &find_families(rules, &lower)[timeout.expect("timeout family")];
        let expected: Vec<usize> = lower.match_indices("i/o timeout").map(|(at, _)| at).collect();
        assert_eq!(found.iter().map(|span| span.start).collect::<Vec<_>>(), expected);
        assert_eq!(expected.len(), 2);
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// Per family not yet `full`, the spans (in `block`) of each of its patterns' first [`MAX_HITS`] matches, in no order:
    /// every pattern searches the block on its own, as the page does; the reference the one-pass search is tested against.
    fn block_spans_one_pattern_at_a_time(
        families: &[Vec<Pattern<'_>>],
        block: &str,
        full: &[bool],
    ) -> Vec<Vec<Range<usize>>> {
        families
            .iter()
            .zip(full)
            .map(|(patterns, &full)| match full {
                true => Vec::new(),
                false => patterns.iter().flat_map(|pattern| find_all(block, pattern).take(MAX_HITS)).collect(),
            })
            .collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// Each family's spans as a sorted list, for comparing the two searches.
    fn sorted(spans: Vec<Vec<Range<usize>>>) -> Vec<Vec<(usize, usize)>> {
        spans
            .into_iter()
            .map(|family| {
                let mut pairs: Vec<(usize, usize)> = family.into_iter().map(|span| (span.start, span.end)).collect();
                pairs.sort_unstable();
                pairs
            })
            .collect()
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_one_pass_search_finds_what_each_pattern_finds_alone() {
        // Anchors, shared and self-overlapping first fragments, and more occurrences than a pattern keeps.
        let families = vec![
            vec![Pattern::new("aa\tb"), Pattern::new("aa"), Pattern::new("^aa$")],
            vec![Pattern::new("aa\tc"), Pattern::new("a")],
            vec![Pattern::new("")],
        ];
        let searcher = FirstFragments::new(&families);
        let text = format!("aaaab aac\n  aa  \naab{}\nxaa\n", " aab".repeat(MAX_HITS + 5));
        for full in [[false, false, false], [true, false, false]] {
            assert_eq!(
                sorted(searcher.block_spans(&families, &text, &full)),
                sorted(block_spans_one_pattern_at_a_time(&families, &text, &full)),
                "full: {full:?}"
            );
        }
        // The real rules on texts made of their own fragments in a scrambled order (a fixed generator: no flakes).
        let rules = RuleSet::bundled();
        let mut tokens: Vec<String> = vec!["\n".into(), " ".into(), "  ".into(), "\t".into(), "x".into()];
        for pattern in rules.families.iter().flatten() {
            tokens.push(String::from_utf8_lossy(pattern.first.needle()).into_owned());
            tokens.extend(pattern.rest.iter().map(|fragment| fragment.to_string()));
        }
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        let full = vec![false; rules.families.len()];
        let mut matched = 0;
        for _ in 0..300 {
            let length = 1 + next(60);
            let text: String = (0..length).map(|_| tokens[next(tokens.len())].as_str()).collect();
            let one_pass = sorted(rules.first_fragments.block_spans(&rules.families, &text, &full));
            matched += one_pass.iter().filter(|family| !family.is_empty()).count();
            assert_eq!(one_pass, sorted(block_spans_one_pattern_at_a_time(&rules.families, &text, &full)), "{text:?}");
        }
        assert!(matched > 300, "the scrambled texts match families ({matched})");
    }

    #[test]
    fn a_family_of_families_is_found_wherever_its_members_are() {
        let rules = RuleSet::bundled();
        assert!(!rules.includes.is_empty(), "diagnosis.toml has families of families");
        let text = "manifest unknown\nwrite /var/lib/docker/x: no space left on device\ntoomanyrequests: slow down\n\
                    kubelet  Failed to pull image \"contoso.azurecr.io/app:1\"\nunauthorized: authentication required\n";
        let hits = find_families(rules, text);
        for &(family, member) in &rules.includes {
            let (family, member) = (usize::from(family), usize::from(member));
            for span in &hits[member] {
                assert!(hits[family].contains(span), "family {family} lacks {span:?} of its member {member}");
            }
        }
        // The members' hits count, not only the family's own patterns: at least one family has a hit no pattern of its
        // own found.
        let own = |family: usize, span: &Range<usize>| {
            rules.families[family].iter().any(|pattern| find_all(text, pattern).any(|s| s == *span))
        };
        assert!(rules
            .includes
            .iter()
            .any(|&(family, _)| hits[usize::from(family)].iter().any(|span| !own(usize::from(family), span))));
    }

    #[test]
    fn anchored_fragments_must_start_or_end_their_line() {
        let alone = Pattern::new("^eof$");
        let bare = |text: &'static str| find_all(text, &alone).collect::<Vec<_>>();
        assert_eq!(bare("layer 1: pushing\neof\n"), vec![(17..20)]);
        assert_eq!(bare("  eof  "), vec![(2..5)], "blanks around the line do not count");
        assert_eq!(bare("get https://x/v2/: eof"), Vec::<Range<usize>>::new(), "not alone on its line");
        assert_eq!(bare("eof occurred in violation of protocol"), Vec::<Range<usize>>::new());
        let opening = Pattern::new("^denied:\trequested");
        let open = |text: &'static str| find_all(text, &opening).collect::<Vec<_>>();
        assert_eq!(open("denied: requested access"), vec![(0..17)]);
        assert_eq!(open("x denied: requested access"), Vec::<Range<usize>>::new());
    }

    /// The context of the first occurrence of `phrase` in `text`.
    fn context(text: &str, phrase: &str) -> (HostKind, Option<AddressKind>) {
        let lower = text.to_ascii_lowercase();
        let start = lower.find(phrase).expect("phrase in text");
        let found = Context::of(&lower, start..start + phrase.len());
        (found.host, found.address)
    }

    #[test]
    fn the_failing_host_is_the_one_named_last_before_the_error() {
        use AddressKind::{Private, Public};
        let pull = r#"failed to pull image "contoso.azurecr.io/app:1": failed to copy: Get "https://contoso.westeurope.data.azurecr.io/v2/blobs/x": dial tcp 20.1.2.3:443: i/o timeout"#;
        assert_eq!(context(pull, "i/o timeout"), (HostKind::DataEndpoint, Some(Public)));
        let private = r#"Head "https://contoso.azurecr.io/v2/app/manifests/v1": dial tcp 10.1.0.5:443: i/o timeout"#;
        assert_eq!(context(private, "i/o timeout"), (HostKind::LoginServer, Some(Private)));
        let local = r#"Get "https://contoso.azurecr.io/v2/": dial tcp 127.0.0.1:3128: connect: connection refused"#;
        assert_eq!(context(local, "connection refused"), (HostKind::LoginServer, Some(AddressKind::Loopback)));
        let proxy = r#"Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp 127.0.0.1:1080: connect: connection refused"#;
        assert_eq!(context(proxy, "connection refused").0, HostKind::Proxy);
        let python = "HTTPSConnectionPool(host='mcr.microsoft.com', port=443): Max retries exceeded (Caused by ConnectTimeoutError(...))";
        assert_eq!(context(python, "connecttimeouterror").0, HostKind::Mcr);
        let blob = "Get https://weu1.blob.core.windows.net/x/data: EOF";
        assert_eq!(context(blob, ": eof").0, HostKind::Blob);
        // Java prints the host on one line and the exception on the next.
        let java = "[ERROR] I/O error for image [contoso.azurecr.io/app]:\n[ERROR]     java.net.SocketTimeoutException";
        assert_eq!(context(java, "sockettimeoutexception"), (HostKind::LoginServer, None));
        assert_eq!(
            context("curl: (28) Connection timed out after 5000 milliseconds", "timed out").0,
            HostKind::Unknown
        );
        // curl -v prints the address it tries on a line of its own, above the error that names the host.
        let verbose = "*   Trying 10.1.0.4:443...\n* after 130000 ms: connection timed out\ncurl: (28) Failed to connect to contoso.azurecr.io port 443: timed out";
        assert_eq!(context(verbose, "timed out"), (HostKind::Unknown, Some(Private)));
        let lower = verbose.to_ascii_lowercase();
        let last = lower.rfind("timed out").expect("second phrase");
        assert_eq!(
            Context::of(&lower, last..last + 9),
            Context { host: HostKind::LoginServer, address: Some(Private) }
        );
    }

    #[test]
    fn context_decides_the_step_for_the_same_failure() {
        let first = |text: &str| diagnose(text).matches.first().map(|m| m.node.id());
        let head = r#"Head "https://contoso.azurecr.io/v2/app/manifests/v1": "#;
        assert_eq!(first(&format!("{head}dial tcp 10.1.0.5:443: i/o timeout")), Some("fix-private-endpoint-routing"));
        assert_eq!(first(&format!("{head}dial tcp 20.1.0.5:443: i/o timeout")), Some("connection-timeout"));
        let pod = format!("kubelet  Failed to pull image \"contoso.azurecr.io/app:v1\": {head}");
        assert_eq!(first(&format!("{pod}dial tcp 20.1.0.5:443: i/o timeout")), Some("configure-egress-firewall"));
        // A cut connection's dialled address is its remote end, not the client's own (private) one.
        assert_eq!(
            first(&format!("{head}read tcp 10.0.0.4:5555->20.1.0.5:443: read: connection reset by peer")),
            Some("connection-timeout")
        );
        assert_eq!(
            first(&format!("{head}read tcp 10.0.0.4:5555->10.1.0.5:443: read: connection reset by peer")),
            Some("fix-private-endpoint-routing")
        );
        assert_eq!(
            first(&format!("{pod}read tcp 10.0.0.4:5555->20.1.0.5:443: read: connection reset by peer")),
            Some("configure-egress-firewall")
        );
        let data = r#"Get "https://contoso.westeurope.data.azurecr.io/v2/x": dial tcp 20.1.0.9:443: i/o timeout"#;
        assert_eq!(first(data), Some("data-endpoint-blocked"));
        assert_eq!(first("Get \"https://x.azurecr.io/v2/\": proxyconnect tcp: dial tcp 10.0.0.9:3128: connect: connection refused"), Some("configure-proxy"));
        assert_eq!(
            first("curl: (7) Failed to connect to contoso.azurecr.io port 443: Connection refused"),
            Some("connection-timeout")
        );
        // A remote name dialled to a loopback address: a local proxy or forwarder that did not answer.
        assert_eq!(
            first(&format!("{head}dial tcp 127.0.0.1:1081: connectex: No connection could be made because the target machine actively refused it.")),
            Some("configure-proxy")
        );
    }

    #[test]
    fn a_bare_unauthorized_is_the_registrys_only_on_a_registry_request() {
        let ids = |text: &str| diagnose(text).matches.iter().map(|m| m.node.id()).collect::<Vec<_>>();
        let ghcr = r#"Error response from daemon: Head "https://ghcr.io/v2/contoso/app/manifests/1": unauthorized"#;
        assert_eq!(ids(ghcr).first(), Some(&"unauthorized"));
        // The Kubernetes API's own 401 ends its lines the same way, and other JSON APIs name their code alike.
        let kubelet =
            "E0116 10:00:00.000000 1 reflector.go:126] k8s.io/kubernetes/pkg/kubelet/config/apiserver.go:47: \
                       Failed to list *v1.Pod: Unauthorized";
        let helm = r#"Error: Kubernetes cluster unreachable: Get "https://contoso-dns.hcp.westeurope.azmk8s.io:443/version": Unauthorized"#;
        let key_vault = r#"401 {"error":{"code":"Unauthorized","message":"AKV10032: Invalid issuer."}}"#;
        for text in [kubelet, helm, key_vault] {
            assert!(!ids(text).contains(&"unauthorized"), "{text}");
        }
    }

    #[test]
    fn close_matches_are_shown_as_one_of_two_with_the_step_that_decides() {
        let diagnosis =
            diagnose(r#"Error response from daemon: Get "https://contoso.azurecr.io/v2/": context deadline exceeded"#);
        let pair = diagnosis.one_of_two.expect("a bare deadline is a lookup or a connection");
        assert_eq!((pair.first.id(), pair.second.id()), ("dns-lookup-fails", "connection-timeout"));
        assert_eq!(pair.ask.map(Node::id), Some("check-nslookup"));
        let clear = diagnose("denied: client with IP '203.0.113.9' is not allowed access");
        assert_eq!(clear.one_of_two, None, "the registry's own denial is not also a rights question");
        // TLS answered in plain HTTP: the proxy setting or something on the path.
        let mismatch = diagnose("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)");
        let pair = mismatch.one_of_two.expect("the text cannot tell the proxy setting from the path");
        assert_eq!((pair.first.id(), pair.second.id()), ("configure-proxy", "connection-timeout"));
        assert!(pair.ask.is_some());
        let node = |id| Node::find(id).unwrap();
        assert_eq!(
            deciding_step(node("proxy-login-403"), node("fix-proxy-allow-registry")),
            Some(node("proxy-login-403"))
        );
        assert_eq!(
            deciding_step(node("connection-timeout"), node("data-endpoint-blocked")),
            Some(node("check-port-443"))
        );
    }

    #[test]
    fn cloud_data_endpoints_and_proxy_are_extracted() {
        let china = diagnose("Get https://fabrikam.chinaeast2.data.azurecr.cn/v2/: dial tcp 52.1.2.3:443: i/o timeout")
            .extracted;
        assert_eq!(china.registry.as_deref(), Some("fabrikam"));
        assert_eq!(china.cloud, Some(Cloud::China));
        assert!(china.data_endpoints);
        assert_eq!(diagnose("lookup contoso.azurecr.us: no such host").extracted.cloud, Some(Cloud::UsGov));
        assert_eq!(diagnose("lookup contoso.azurecr.io: no such host").extracted.cloud, None);
        let go =
            diagnose("Get https://x.azurecr.io/v2/: proxyconnect tcp: dial tcp 10.0.0.9:3128: i/o timeout").extracted;
        assert_eq!(go.proxy.as_deref(), Some("http://10.0.0.9:3128"));
        assert_eq!(go.dialed_ip, None, "the proxy's address is not the registry's");
        let curl = diagnose("* Uses proxy env variable https_proxy == 'http://bob:secret@proxy.corp:8080/'").extracted;
        assert_eq!(curl.proxy.as_deref(), Some("http://proxy.corp:8080"), "credentials are dropped");
        let values = found_values(&china);
        assert!(values.contains(&(InputName::Cloud, vec!["china".to_string()])));
        assert!(values.contains(&(InputName::DataEndpoints, vec!["on".to_string()])));
    }

    #[test]
    fn registry_names_come_from_any_registry_host_form() {
        let hosts = |text: &str| registry_hosts(text).into_iter().map(|(name, _)| name).collect::<Vec<_>>();
        assert_eq!(hosts("get https://contoso.azurecr.io/v2/"), ["contoso"]);
        assert_eq!(hosts("contoso.westeurope.data.azurecr.io"), ["contoso"]);
        assert_eq!(hosts("contoso.privatelink.azurecr.io"), ["contoso"]);
        assert_eq!(hosts("contoso-abc123.azurecr.io and fabrikam.azurecr.cn"), ["contoso", "fabrikam"]);
        assert!(hosts("mcr.microsoft.com/hello <acr-name>.azurecr.io acr.azurecr.io").is_empty());
    }

    #[test]
    fn statuses_and_addresses_are_found() {
        assert_eq!(http_status("failed with status: 403 forbidden"), Some(403));
        assert_eq!(http_status("unexpected status: 401 unauthorized"), Some(401));
        assert_eq!(http_status("429 too many requests"), Some(429));
        assert_eq!(http_status("no code here 12345"), None);
        // The note names the address the first step's context read, in any stack's form.
        let note = |text: &str| diagnose(text).extracted.dialed_ip;
        let head = r#"Head "https://contoso.azurecr.io/v2/app/manifests/1": "#;
        assert_eq!(
            note(&format!("{head}dial tcp 10.1.2.3:443: i/o timeout")),
            Some(("10.1.2.3".into(), AddressKind::Private))
        );
        assert_eq!(
            note(&format!("{head}dial tcp [2001:db8::1]:443: i/o timeout")),
            Some(("2001:db8::1".into(), AddressKind::Public))
        );
        assert_eq!(note("Error: connect ETIMEDOUT 20.1.2.3:443"), Some(("20.1.2.3".into(), AddressKind::Public)));
        assert_eq!(
            note("Error: connect ECONNREFUSED 127.0.0.1:3128"),
            Some(("127.0.0.1".into(), AddressKind::Loopback))
        );
        assert_eq!(
            note("java.net.SocketTimeoutException: connect timed out: contoso.azurecr.io/10.1.2.3:443"),
            Some(("10.1.2.3".into(), AddressKind::Private))
        );
        let dialed = |text: &str| dialed_in(text, text.len());
        assert_eq!(dialed("dial tcp: lookup x"), None);
        let curl_local = "curl: (7) failed to connect to localhost port 3128 after 0 ms: connection refused";
        assert_eq!(dialed(curl_local), "127.0.0.1".parse().ok(), "curl names the host it was given");
        assert_eq!(dialed("failed to connect to localhost.contoso.com port 443"), None);
        assert_eq!(dialed("reason: connect etimedout 10.1.2.3:443"), "10.1.2.3".parse().ok());
        assert_eq!(dialed("error: connect econnrefused ::1:443"), "::1".parse().ok(), "node's ipv6 is unbracketed");
        assert_eq!(dialed("connect etimedout 2001:db8::10:443"), "2001:db8::10".parse().ok());
        assert_eq!(dialed("connect to x.azurecr.io:443 [x.azurecr.io/10.1.2.3] failed"), "10.1.2.3".parse().ok());
        assert_eq!(dialed("connection timed out: x.azurecr.io/10.1.2.3:443"), "10.1.2.3".parse().ok());
        assert_eq!(
            dialed("get https://10.1.2.3/v2/ 2026/11/30 10:00:00"),
            None,
            "a URL's or a date's slash is no dial"
        );
        assert_eq!(dialed("user-agent: mozilla/5.0 chrome/131.0.0.0 safari/537.36"), None, "a browser's version");
        assert_eq!(dialed("get https://example.com/download/1.0.0.1/app.tgz: eof"), None, "a version in a path");
    }
}
