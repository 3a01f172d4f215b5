//! Search over the steps of the guide in one locale: titles, summaries, verbatim error strings, snippet titles and
//! bodies, from the index the content compiler builds per locale (`crates/content-compiler/src/search_index.rs`).
//!
//! Queries are cut and folded like the index (`acr_vocab::search_terms`: Turkish-aware, so `guvenlik duvari` finds
//! `güvenlik duvarı`). A query term matches a term of the index exactly, as its beginning (Turkish suffixes:
//! `duvar` finds `duvarını`), or with a small typo; rarer terms and better fields (title, error strings) weigh
//! more, and a step must match at least half of the query's words (numbers it lacks, like a pasted address, do not
//! count against it).

use acr_vocab::search_terms::{markdown_text, terms};

use crate::generated::{LOCALE_FILES_VERSION, NODES};
use crate::i18n::{msg, Localizer};
use crate::locale::Locale;
use crate::locale_files::{LocaleFileError, Records};
use crate::route::{Page, Route};
use crate::session::Session;
use crate::tree::Node;

/// Query key of the search page: `#/<locale>/search?q=…`.
pub const QUERY_KEY: &str = "q";

/// Query terms beyond this many are ignored (two bits per term in a 32-bit mask).
const MAX_TERMS: usize = 16;

/// One field of a node as the index holds it.
#[derive(Debug)]
struct Field {
    /// `t` title, `s` summary, `e` error string, `n` snippet title, `b` body (see the compiler's format notes).
    kind: u8,
    /// Term numbers: in text order, except for the body (its distinct terms).
    terms: Vec<u32>,
}

/// The search index of one locale.
#[derive(Debug)]
pub struct SearchIndex {
    locale: Locale,
    /// Folded terms, most frequent first.
    terms: Vec<&'static str>,
    /// Per term, its weight: rarer terms weigh more (√(nodes / nodes holding it)).
    weights: Vec<f32>,
    /// Per node (tree order), its fields in the file's order.
    fields: Vec<Vec<Field>>,
    /// Per node, its summary and the body's Markdown with internal links as `#/<locale>/<id>`.
    summaries: Vec<&'static str>,
    markdown: Vec<&'static str>,
}

/// A stretch of text, marked when it matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextRun {
    pub text: String,
    pub hit: bool,
}

/// A step that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub node: Node,
    pub score: f32,
    /// The title with the matched words marked.
    pub title: Vec<TextRun>,
    /// A short passage with the matched words marked: the error string, summary, snippet title or piece of the
    /// body that matched best.
    pub excerpt: Vec<TextRun>,
}

impl SearchIndex {
    /// Reads a search file of `locale` (only called on text kept for the page's life: the index points into it).
    pub(crate) fn parse(locale: Locale, text: &'static str) -> Result<SearchIndex, LocaleFileError> {
        let (first, _) = text.split_once('\n').ok_or(LocaleFileError::Header)?;
        let counts = first.strip_prefix(&format!("acr-net-guide-search {LOCALE_FILES_VERSION} {locale} "));
        let (term_count, node_count) =
            counts.and_then(|counts| counts.split_once(' ')).ok_or(LocaleFileError::Header)?;
        if node_count.parse() != Ok(NODES.len()) {
            return Err(LocaleFileError::Header);
        }
        let mut records = Records::open(text, first)?;
        let terms: Vec<&'static str> = records.next("terms")?.split('\n').collect();
        if term_count.parse() != Ok(terms.len()) {
            return Err(LocaleFileError::Record("terms".into()));
        }
        let mut fields = Vec::with_capacity(NODES.len());
        let mut summaries = Vec::with_capacity(NODES.len());
        let mut markdown = Vec::with_capacity(NODES.len());
        for node in NODES {
            let bad = || LocaleFileError::Record(node.id.to_string());
            let mut node_fields = Vec::new();
            for line in records.next(node.id)?.split('\n') {
                let (&kind, numbers) = line.as_bytes().split_first().ok_or_else(bad)?;
                let mut previous = 0;
                let mut field = Field { kind, terms: Vec::new() };
                for number in numbers.split(|&b| b == b' ').filter(|n| !n.is_empty()) {
                    let number = std::str::from_utf8(number).ok().and_then(|n| u32::from_str_radix(n, 36).ok());
                    let mut number = number.ok_or_else(bad)?;
                    if kind == b'b' {
                        number += previous;
                        previous = number;
                    }
                    if number as usize >= terms.len() {
                        return Err(bad());
                    }
                    field.terms.push(number);
                }
                node_fields.push(field);
            }
            fields.push(node_fields);
            summaries.push(records.next(&format!("{}.summary", node.id))?);
            markdown.push(records.next(&format!("{}.markdown", node.id))?);
        }
        records.finish()?;
        // How many nodes hold each term: `last[term]` is the last node (plus one) counted for it.
        let (mut nodes_holding, mut last) = (vec![0_u32; terms.len()], vec![0_usize; terms.len()]);
        for (index, node_fields) in fields.iter().enumerate() {
            for &term in node_fields.iter().flat_map(|field| &field.terms) {
                if last[term as usize] != index + 1 {
                    last[term as usize] = index + 1;
                    nodes_holding[term as usize] += 1;
                }
            }
        }
        let nodes = NODES.len() as f32;
        let weights = nodes_holding.iter().map(|&n| (nodes / n.max(1) as f32).sqrt()).collect();
        Ok(SearchIndex { locale, terms, weights, fields, summaries, markdown })
    }

    /// The locale of the index's texts.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The body of `node` as Markdown (internal links `#/<locale>/<id>`).
    pub fn markdown(&self, node: Node) -> &'static str {
        self.markdown[node.index()]
    }

    /// The steps matching `query`, best first, at most `limit`.
    pub fn query(&self, query: &str, t: &Localizer, limit: usize) -> Vec<SearchHit> {
        let query: Vec<String> = terms(query).map(|term| term.folded).take(MAX_TERMS).collect();
        if query.is_empty() {
            return Vec::new();
        }
        // Per term of the index, two bits per query term: how well it matches (0 none, 1 typo, 2 start, 3 exact).
        let marks: Vec<u32> = self.terms.iter().map(|term| mask(&query, term)).collect();
        // Per query term, how much it weighs: the rarity of the term it names exactly, else of the commonest term it
        // starts or nearly spells (a typo must not borrow the rarity of an odd word it happens to resemble).
        let mut rarity = [(0.0_f32, f32::MAX); MAX_TERMS];
        for (mark, &weight) in marks.iter().zip(&self.weights) {
            for (i, (exact, near)) in rarity.iter_mut().enumerate().take(query.len()) {
                match (mark >> (2 * i)) & 3 {
                    3 => *exact = weight,
                    0 => {}
                    _ => *near = near.min(weight),
                }
            }
        }
        let rarity = rarity.map(|(exact, near)| if exact > 0.0 { exact } else { near });
        let mut scored: Vec<(f32, usize)> = Vec::new();
        for (index, fields) in self.fields.iter().enumerate() {
            let mut best = [0_f32; MAX_TERMS];
            for field in fields {
                let weight = field_weight(field.kind);
                for &term in &field.terms {
                    let mark = marks[term as usize];
                    for (i, slot) in best.iter_mut().enumerate().take(query.len()) {
                        let quality = (mark >> (2 * i)) & 3;
                        if quality > 0 {
                            *slot = slot.max(weight * QUALITY[quality as usize] * rarity[i]);
                        }
                    }
                }
            }
            // Numbers and one-letter words the index lacks (an address, a port, a registry name's digits) do not
            // count against a step: they are the user's, not the guide's.
            let counted = query
                .iter()
                .zip(best)
                .filter(|(term, score)| *score > 0.0 || !(term.len() < 2 || term.bytes().all(|b| b.is_ascii_digit())))
                .count();
            let matched = best.iter().filter(|score| **score > 0.0).count();
            if matched == 0 || matched * 2 < counted {
                continue;
            }
            let coverage = matched as f32 / counted as f32;
            let score = best.iter().sum::<f32>() * coverage * coverage;
            // Kept best first (ties in tree order): an insertion, since only `limit` are kept.
            let at = scored.iter().position(|(other, _)| score > *other).unwrap_or(scored.len());
            if at < limit {
                scored.insert(at, (score, index));
                scored.truncate(limit);
            }
        }
        let nodes: Vec<Node> = Node::all().collect();
        scored.into_iter().map(|(score, index)| self.hit(nodes[index], score, &query, &marks, t)).collect()
    }

    /// The displayed parts of a hit: the title and the best excerpt, with matched words marked.
    fn hit(&self, node: Node, score: f32, query: &[String], marks: &[u32], t: &Localizer) -> SearchHit {
        let text = node.text(self.locale);
        // The field (other than the title) that matched the most query terms; ties go to the earlier field
        // (error strings, then summary, snippet titles, body).
        let order = |kind| [b'e', b's', b'n', b'b'].iter().position(|&k| k == kind).unwrap_or(9);
        let fields = &self.fields[node.index()];
        let mut best: Option<(u32, usize, u8, usize)> = None;
        for (at, field) in fields.iter().enumerate() {
            if field.kind == b't' {
                continue;
            }
            // Which error string or snippet title this is: fields of a kind are in content order.
            let position = fields[..at].iter().filter(|f| f.kind == field.kind).count();
            let found = field.terms.iter().fold(0, |found, &term| found | marks[term as usize]);
            let count = (0..query.len()).filter(|i| (found >> (2 * i)) & 3 != 0).count() as u32;
            let better = best.is_none_or(|(c, o, _, _)| count > c || (count == c && order(field.kind) < o));
            if better {
                best = Some((count, order(field.kind), field.kind, position));
            }
        }
        // A file that does not fit this build's content (it cannot happen with the build's own) shows the summary.
        let (excerpt_text, window) = match best {
            Some((_, _, b'e', k)) if k < node.errors().len() => (node.errors()[k].to_string(), false),
            Some((_, _, b'n', k)) if k < node.snippets().len() => {
                (t.text(msg::snippet_title(node.snippets()[k])), false)
            }
            Some((count, _, b'b', _)) if count > 0 => (markdown_text(self.markdown(node)), true),
            _ => (self.summaries[node.index()].to_string(), false),
        };
        SearchHit {
            node,
            score,
            title: marked(text.title, query, 0, text.title.len()),
            excerpt: if window {
                excerpt(&excerpt_text, query)
            } else {
                marked(&excerpt_text, query, 0, excerpt_text.len())
            },
        }
    }
}

/// How much a match in each kind of field weighs.
fn field_weight(kind: u8) -> f32 {
    match kind {
        b't' => 8.0,
        b'e' => 6.0,
        b's' | b'n' => 3.0,
        _ => 1.0,
    }
}

/// The weight of a match quality (index: 1 typo, 2 start of a term, 3 the whole term).
const QUALITY: [f32; 4] = [0.0, 0.5, 0.7, 1.0];

/// Two bits per query term: how well `term` matches it.
fn mask(query: &[String], term: &str) -> u32 {
    query.iter().enumerate().fold(0, |mask, (i, wanted)| mask | (quality(wanted, term) << (2 * i)))
}

/// 3 the same term, 2 `term` starts with `wanted` (at least three letters), 1 `wanted` with a typo (one for words of
/// four to seven letters, two from eight; the first letter must be right), else 0.
fn quality(wanted: &str, term: &str) -> u32 {
    if wanted == term {
        return 3;
    }
    if wanted.len() >= 3 && term.starts_with(wanted) {
        return 2;
    }
    let allowed = match wanted.len() {
        0..=3 => return 0,
        4..=7 => 1,
        _ => 2,
    };
    if wanted.as_bytes()[0] != term.as_bytes().first().copied().unwrap_or(0)
        || wanted.len().abs_diff(term.len()) > allowed
    {
        return 0;
    }
    u32::from(within_edits(wanted.as_bytes(), term.as_bytes(), allowed))
}

/// Whether `a` becomes `b` with at most `allowed` single-byte insertions, deletions, substitutions or swaps of
/// neighbours (optimal string alignment distance; folded terms are mostly ASCII). Three rows on the stack, for
/// terms of up to 47 bytes; longer ones are never near.
fn within_edits(a: &[u8], b: &[u8], allowed: usize) -> bool {
    const MAX: usize = 48;
    if a.len() >= MAX || b.len() >= MAX {
        return false;
    }
    let mut rows = [[0_usize; MAX]; 3];
    for (j, cell) in rows[1].iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let [before, previous, current] = &mut rows;
        current[0] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before[j - 2] + 1);
            }
            current[j] = value;
            best = best.min(value);
        }
        if best > allowed {
            return false;
        }
        rows.rotate_left(1);
    }
    rows[1][b.len()] <= allowed
}

/// `text[from..to]` cut into runs, the words that match a query term marked.
fn marked(text: &str, query: &[String], from: usize, to: usize) -> Vec<TextRun> {
    let mut runs: Vec<TextRun> = Vec::new();
    let mut push = |piece: &str, hit: bool| match runs.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(piece),
        _ if !piece.is_empty() => runs.push(TextRun { text: piece.to_string(), hit }),
        _ => {}
    };
    let mut at = from;
    for term in terms(&text[from..to]) {
        let (start, end) = (from + term.start, from + term.end);
        if mask(query, &term.folded) != 0 {
            push(&text[at..start], false);
            push(&text[start..end], true);
            at = end;
        }
    }
    push(&text[at..to], false);
    runs
}

/// About 180 characters of a long text around its first matched word, cut at spaces, with ellipses.
fn excerpt(text: &str, query: &[String]) -> Vec<TextRun> {
    let first = terms(text).find(|term| mask(query, &term.folded) != 0).map_or(0, |term| term.start);
    let boundary = |at: usize| (at..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    let start = boundary(first.saturating_sub(60));
    let start = if start == 0 { 0 } else { text[start..first].find(' ').map_or(start, |space| start + space + 1) };
    let end = boundary((start + 180).min(text.len()));
    let end = if end == text.len() { end } else { text[start..end].rfind(' ').map_or(end, |space| start + space) };
    let mut runs = marked(text, query, start, end);
    if start > 0 {
        runs.insert(0, TextRun { text: "…".into(), hit: false });
    }
    if end < text.len() {
        runs.push(TextRun { text: "…".into(), hit: false });
    }
    runs
}

/// The query text of the search page's `route` (empty when it has none).
pub fn query_text(route: &Route) -> String {
    route.query.iter().find(|(key, _)| key == QUERY_KEY).map(|(_, value)| value.clone()).unwrap_or_default()
}

/// The search page for `query`, keeping the session's inputs.
pub fn route(session: &Session, query: &str) -> Route {
    let mut route = session.to_route();
    route.page = Page::Search;
    route.query.retain(|(key, _)| key != crate::session::TRAIL_KEY);
    route.query.push((QUERY_KEY.to_string(), query.to_string()));
    route
}

/// The search page's address for `query`, keeping the session's inputs.
pub fn href(session: &Session, query: &str) -> String {
    route(session, query).href()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_ranks_exact_then_start_then_typo() {
        assert_eq!(quality("duvari", "duvari"), 3);
        assert_eq!(quality("duvar", "duvarini"), 2);
        assert_eq!(quality("no", "not"), 0, "two letters are no start");
        assert_eq!(quality("guvenlk", "guvenlik"), 1);
        assert_eq!(quality("registyr", "registry"), 1, "a swap is one typo");
        assert_eq!(quality("xegistry", "registry"), 0, "the first letter must be right");
        assert_eq!(quality("dsn", "dns"), 0, "short words need to be exact");
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_substitutions_and_swaps() {
        let near = |a: &str, b: &str, k| within_edits(a.as_bytes(), b.as_bytes(), k);
        assert!(near("registry", "registry", 0));
        assert!(near("registy", "registry", 1), "a deletion");
        assert!(near("regsitry", "registry", 1), "a swap");
        assert!(near("rexistry", "registry", 1), "a substitution");
        assert!(!near("rgstry", "registry", 1));
        assert!(near("rgstry", "registry", 2));
        assert!(!near("abc", "xyz", 2));
        assert!(!near(&"a".repeat(60), &"a".repeat(60), 2), "too long to be a typo");
    }

    #[test]
    fn marked_runs_keep_the_text_and_mark_the_matches() {
        let query = vec!["guvenlik".to_string(), "duvari".to_string()];
        let runs = marked("Azure Güvenlik Duvarı'nı açın", &query, 0, "Azure Güvenlik Duvarı'nı açın".len());
        let text: String = runs.iter().map(|run| run.text.as_str()).collect();
        assert_eq!(text, "Azure Güvenlik Duvarı'nı açın");
        let hits: Vec<&str> = runs.iter().filter(|run| run.hit).map(|run| run.text.as_str()).collect();
        assert_eq!(hits, ["Güvenlik", "Duvarı'nı"]);
    }

    #[test]
    fn a_long_text_is_cut_around_the_first_hit() {
        let text = format!("{} needle {}", "word ".repeat(40), "tail ".repeat(60));
        let runs = excerpt(&text, &["needle".to_string()]);
        assert_eq!(runs.first().map(|r| r.text.as_str()), Some("…"));
        assert_eq!(runs.last().map(|r| r.text.as_str()), Some("…"));
        let shown: String = runs.iter().map(|run| run.text.as_str()).collect();
        assert!(shown.len() < 200 && shown.contains("needle"), "{shown}");
        assert_eq!(runs.iter().filter(|run| run.hit).count(), 1);
    }

    #[test]
    fn the_search_route_keeps_the_inputs_drops_the_trail_and_reads_back_its_query() {
        let address = "#/tr/configure-proxy?registry=contoso&via=start%3Aproxy";
        let crate::route::Resolution::Show(step) = crate::route::resolve_hash(address, Locale::En) else {
            panic!("{address}")
        };
        let session = Session::from_route(&step).expect("a known step");
        let search = route(&session, "güvenlik & \"403\"");
        assert_eq!(search.page, Page::Search);
        assert_eq!(search.href(), "#/tr/search?registry=contoso&q=g%C3%BCvenlik+%26+%22403%22");
        assert_eq!(query_text(&search), "güvenlik & \"403\"");
        assert_eq!(query_text(&session.to_route()), "", "no query, no text");
    }
}
