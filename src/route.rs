//! The URL is the state: parse and format hash routes `#/<locale>/<page>?<query>`.

use crate::locale::Locale;
use acr_vocab::is_node_id;

/// What a route shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// `#/<locale>/` — the start page.
    Home,
    /// `#/<locale>/<node-id>` — one step of the guide (the id is syntactically valid, not checked to exist).
    Node(String),
    /// `#/<locale>/search?q=…` — search over the steps (the query text is the `q` pair of the query).
    Search,
}

/// The route word of the search page (reserved: no node can take it).
pub const SEARCH_WORD: &str = "search";

/// A fully resolved route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub locale: Locale,
    pub page: Page,
    /// Decoded query pairs in URL order (inputs and the trail); kept verbatim across locale switches.
    pub query: Vec<(String, String)>,
}

/// The outcome of reading a location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    Show(Route),
    /// The location is a legacy anchor (`#configure-vnet-access`) or lacks a locale: replace it with this route.
    Redirect(Route),
    /// Nothing lives here; `path` is what the visitor asked for, shown back to them.
    NotFound {
        locale: Locale,
        path: String,
    },
}

impl Route {
    pub fn home(locale: Locale) -> Self {
        Self { locale, page: Page::Home, query: Vec::new() }
    }

    /// The same page and query in another locale.
    pub fn with_locale(&self, locale: Locale) -> Self {
        Self { locale, ..self.clone() }
    }

    /// The hash for this route, starting with `#/` — usable as a relative `href` from any sub-path or `file://`.
    pub fn href(&self) -> String {
        let query = self.query_string();
        let separator = if query.is_empty() { "" } else { "?" };
        format!("#{}{separator}{query}", self.path())
    }

    /// The router path, like `/tr/configure-vnet-access` (`/tr/` for the start page).
    pub fn path(&self) -> String {
        match &self.page {
            Page::Home => format!("/{}/", self.locale.as_str()),
            Page::Node(id) => format!("/{}/{id}", self.locale.as_str()),
            Page::Search => format!("/{}/{SEARCH_WORD}", self.locale.as_str()),
        }
    }

    /// The encoded query without `?` (empty when there is none).
    pub fn query_string(&self) -> String {
        encode_query(&self.query)
    }
}

/// The hash to put in place of `hash` (`location.hash`) before the app reads it, or `None` when it can stay.
///
/// The router parses the hash as the path of a URL relative to the page, so some hashes break it or change
/// meaning: `#////` and `#/\\` name an empty host and make it throw (the page stayed on the previous step),
/// `#//host/x` is read as host `host`, `#foo` (no leading slash) throws, and `.`/`..` segments are resolved away.
/// Here every backslash counts as a slash, empty and dot segments (also percent-encoded ones) are dropped, a
/// relative hash becomes a legacy anchor (`#configure-vnet-access` → `#/<fallback>/configure-vnet-access`) or a
/// not-found path, and an empty one the start page. What remains is `#/<segment>/…[?query]`, which resolves to a
/// real page: a step, the start page or "not found".
pub fn canonical_hash(hash: &str, fallback: Locale) -> Option<String> {
    let bare = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = match bare.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (bare, None),
    };
    let relative = !path.starts_with(['/', '\\']);
    let segments: Vec<&str> = path.split(['/', '\\']).filter(|segment| !is_dot_or_empty(segment)).collect();
    let canonical_path = if relative && segments.len() == 1 && is_node_id(segments[0]) {
        Route { locale: fallback, page: Page::Node(segments[0].to_string()), query: Vec::new() }.href()
    } else if segments.is_empty() {
        Route::home(fallback).href()
    } else {
        let trailing = if path.ends_with(['/', '\\']) { "/" } else { "" };
        format!("#/{}{trailing}", segments.join("/"))
    };
    let target = match query {
        Some(query) => format!("{canonical_path}?{query}"),
        None => canonical_path,
    };
    (target.strip_prefix('#') != Some(bare)).then_some(target)
}

/// An empty path segment, `.` or `..`, also percent-encoded (`%2e`, `%2E%2e`), which URL parsing resolves away.
fn is_dot_or_empty(segment: &str) -> bool {
    let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
    decoded.is_empty() || decoded == "." || decoded == ".."
}

/// Reads `location.hash` (with or without the leading `#`), using `fallback` where the hash names no locale.
pub fn resolve_hash(hash: &str, fallback: Locale) -> Resolution {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    resolve(path, query, fallback)
}

/// Reads a router location: `path` like `/tr/configure-vnet-access`, `query` with or without `?`.
pub fn resolve(path: &str, query: &str, fallback: Locale) -> Resolution {
    let query = decode_query(query.strip_prefix('?').unwrap_or(query));
    let trimmed = path.trim_matches('/');
    let segments: Vec<&str> = if trimmed.is_empty() { Vec::new() } else { trimmed.split('/').collect() };
    match segments.as_slice() {
        [] => Resolution::Redirect(Route { locale: fallback, page: Page::Home, query }),
        [first, rest @ ..] => match Locale::parse(first) {
            Some(locale) => match rest {
                [] => Resolution::Show(Route { locale, page: Page::Home, query }),
                [word] if *word == SEARCH_WORD => Resolution::Show(Route { locale, page: Page::Search, query }),
                [id] if is_node_id(id) => {
                    Resolution::Show(Route { locale, page: Page::Node((*id).to_string()), query })
                }
                _ => Resolution::NotFound { locale, path: trimmed.to_string() },
            },
            None if rest.is_empty() && is_node_id(first) => {
                Resolution::Redirect(Route { locale: fallback, page: Page::Node((*first).to_string()), query })
            }
            None => Resolution::NotFound { locale: fallback, path: trimmed.to_string() },
        },
    }
}

fn decode_query(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes()).map(|(key, value)| (key.into_owned(), value.into_owned())).collect()
}

fn encode_query(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(locale: Locale, id: &str, query: &[(&str, &str)]) -> Route {
        Route {
            locale,
            page: Page::Node(id.into()),
            query: query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn empty_hash_redirects_to_the_negotiated_home() {
        assert_eq!(resolve_hash("", Locale::Tr), Resolution::Redirect(Route::home(Locale::Tr)));
        assert_eq!(resolve_hash("#/", Locale::En), Resolution::Redirect(Route::home(Locale::En)));
    }

    #[test]
    fn locale_home_with_and_without_trailing_slash() {
        let home = Resolution::Show(Route::home(Locale::Tr));
        assert_eq!(resolve_hash("#/tr", Locale::En), home);
        assert_eq!(resolve_hash("#/tr/", Locale::En), home);
    }

    #[test]
    fn node_route_with_query() {
        assert_eq!(
            resolve_hash("#/tr/configure-vnet-access?registry=contoso&replica=westeurope", Locale::En),
            Resolution::Show(node(
                Locale::Tr,
                "configure-vnet-access",
                &[("registry", "contoso"), ("replica", "westeurope")]
            ))
        );
    }

    #[test]
    fn legacy_article_anchor_gets_the_negotiated_locale() {
        assert_eq!(
            resolve_hash("#configure-client-firewall-access", Locale::Tr),
            Resolution::Redirect(node(Locale::Tr, "configure-client-firewall-access", &[]))
        );
        assert_eq!(resolve_hash("#/next-steps", Locale::En), Resolution::Redirect(node(Locale::En, "next-steps", &[])));
    }

    #[test]
    fn malformed_paths_are_not_found_not_errors() {
        assert_eq!(
            resolve_hash("#/tr/a/b", Locale::En),
            Resolution::NotFound { locale: Locale::Tr, path: "tr/a/b".into() }
        );
        assert_eq!(
            resolve_hash("#/xx/Bad_Id", Locale::En),
            Resolution::NotFound { locale: Locale::En, path: "xx/Bad_Id".into() }
        );
        assert_eq!(
            resolve_hash("#/<script>", Locale::En),
            Resolution::NotFound { locale: Locale::En, path: "<script>".into() }
        );
    }

    #[test]
    fn hashes_the_router_cannot_read_become_real_pages() {
        let table: &[(&str, &str)] = &[
            ("#////", "#/tr/"),
            ("#//", "#/tr/"),
            ("#/", "#/tr/"),
            ("#", "#/tr/"),
            ("", "#/tr/"),
            ("#/../", "#/tr/"),
            ("#/./en/", "#/en/"),
            ("#/%2e%2E/en/start", "#/en/start"),
            ("#/en//dns-lookup-fails", "#/en/dns-lookup-fails"),
            ("#//evil.example/en/x", "#/evil.example/en/x"),
            ("#/\\evil.example", "#/evil.example"),
            ("#\\\\", "#/tr/"),
            ("#/en/../../x?registry=a", "#/en/x?registry=a"),
            ("#configure-vnet-access", "#/tr/configure-vnet-access"),
            ("#configure-vnet-access?registry=a", "#/tr/configure-vnet-access?registry=a"),
            ("#Not_An-Id%", "#/Not_An-Id%"),
            ("#a/b", "#/a/b"),
        ];
        for (hash, expected) in table {
            assert_eq!(canonical_hash(hash, Locale::Tr).as_deref(), Some(*expected), "{hash:?}");
        }
    }

    #[test]
    fn hashes_the_router_reads_as_they_are_stay() {
        for hash in [
            "#/en/",
            "#/tr",
            "#/en/start?registry=a&via=x:y",
            "#/en/%",
            "#/xx/nope",
            "#/en/a/b",
            "#/en/%3Cx%3E",
            "#/en/?q=//x",
        ] {
            assert_eq!(canonical_hash(hash, Locale::En), None, "{hash:?}");
        }
    }

    #[test]
    fn every_canonical_hash_resolves_to_a_page_and_is_stable() {
        for hash in ["#////", "#/../", "#/", "#/en/%", "#/xx/nope", "#/\\", "#../../..", "#/en/..%2f..", "#?x=1", "#%"]
        {
            let canonical = canonical_hash(hash, Locale::En).unwrap_or_else(|| hash.to_string());
            assert_eq!(canonical_hash(&canonical, Locale::En), None, "{hash:?} → {canonical:?} is stable");
            assert!(canonical.starts_with("#/") && !canonical[2..].starts_with(['/', '\\']), "{canonical:?}");
            let shown = match resolve_hash(&canonical, Locale::En) {
                Resolution::Redirect(target) => resolve_hash(&target.href(), Locale::En),
                other => other,
            };
            assert!(matches!(shown, Resolution::Show(_) | Resolution::NotFound { .. }), "{hash:?} → {shown:?}");
        }
    }

    #[test]
    fn href_round_trips_through_resolve() {
        let routes = [
            Route::home(Locale::En),
            node(Locale::Tr, "dns-lookup-fails", &[]),
            node(Locale::En, "x", &[("registry", "a b&c=d"), ("via", "q1:yes,q2:no"), ("replica", "ı/ş?")]),
            Route {
                locale: Locale::Tr,
                page: Page::Search,
                query: vec![("q".into(), "güvenlik duvarı & \"403\"".into())],
            },
        ];
        for route in routes {
            assert_eq!(resolve_hash(&route.href(), Locale::En), Resolution::Show(route.clone()), "{}", route.href());
        }
    }

    #[test]
    fn the_search_page_is_a_reserved_route_word() {
        assert!(acr_vocab::is_reserved_route_word(SEARCH_WORD));
        let route = Route { locale: Locale::En, page: Page::Search, query: vec![("q".into(), "dns".into())] };
        assert_eq!(route.href(), "#/en/search?q=dns");
        assert_eq!(route.with_locale(Locale::Tr).href(), "#/tr/search?q=dns");
    }

    #[test]
    fn switching_locale_keeps_page_and_query() {
        let route = node(Locale::En, "proxy-login-403", &[("registry", "contoso")]);
        assert_eq!(route.with_locale(Locale::Tr).href(), "#/tr/proxy-login-403?registry=contoso");
    }

    #[test]
    fn node_id_grammar() {
        for ok in ["start", "dns-lookup-fails", "connectivity-403-error", "a1"] {
            assert!(is_node_id(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "ağ", "1a", &"a".repeat(65)] {
            assert!(!is_node_id(bad), "{bad}");
        }
    }
}
