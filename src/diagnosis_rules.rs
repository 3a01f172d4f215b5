//! The diagnosis rules as the diagnosis uses them, read from the rules file (layout in the content compiler's
//! `rules_file.rs`): compiled in natively; the web build fetches the file when the paste box is first used and
//! installs it once. A damaged or foreign file is refused, never half-read.

use std::sync::OnceLock;

use acr_vocab::{AddressKind, HostKind};

use crate::diagnose::Pattern;
use crate::tree::Node;

// The header's first word, the layout version and the unit of weights, as the content compiler writes them.
use crate::generated::{RULES_FILE_MAGIC as MAGIC, RULES_FILE_VERSION as VERSION, RULES_WEIGHT_UNITS as WEIGHT_UNITS};

/// The rules file of this build, fetched by the web build under this name.
pub use crate::generated::RULES_FILE;

/// A rule: `node` gains `weight` where one of `families` is found on a line whose context fits.
#[derive(Debug)]
pub struct RuleData {
    pub node: Node,
    pub weight: f64,
    /// Indexes into [`RuleSet::families`].
    pub families: Vec<u16>,
    /// The host the matched line names must be one of these (empty: any).
    pub hosts: Vec<HostKind>,
    pub address: Option<AddressKind>,
    /// None of these families may be on the same line.
    pub unless: Vec<u16>,
    /// This family must be somewhere in the text.
    pub with: Option<u16>,
    /// This family must be nowhere in the text.
    pub without: Option<u16>,
}

/// Every family's searchers (borrowing the rules file's text) and every rule, in the rules file's order.
pub struct RuleSet<'t> {
    /// Per family, one searcher per pattern.
    pub(crate) families: Vec<Vec<Pattern<'t>>>,
    /// (family, a family it takes in whole); each member comes before the family that includes it.
    pub includes: Vec<(u16, u16)>,
    pub rules: Vec<RuleData>,
    /// Every pattern's first fragment in one searcher (native: a megabyte of log in one pass).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) first_fragments: crate::diagnose::FirstFragments,
}

impl std::fmt::Debug for RuleSet<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuleSet")
            .field("families", &self.families.len())
            .field("includes", &self.includes)
            .field("rules", &self.rules)
            .finish()
    }
}

/// Why a rules file was refused: the line (1-based) where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesFileError {
    pub line: usize,
}

impl std::fmt::Display for RulesFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the rules file is damaged or of another build (line {})", self.line)
    }
}

impl<'t> RuleSet<'t> {
    /// Reads a rules file.
    pub fn parse(text: &'t str) -> Result<RuleSet<'t>, RulesFileError> {
        let mut reader = Reader { rest: text, line: 0 };
        let header = reader.line()?;
        let mut words = header.split(' ');
        let number = |words: &mut std::str::Split<'_, char>| words.next().and_then(|word| word.parse().ok());
        if words.next() != Some(MAGIC) || number(&mut words) != Some(VERSION as usize) {
            return Err(reader.error());
        }
        let (Some(family_count), Some(include_count), Some(rule_count), None) =
            (number(&mut words), number(&mut words), number(&mut words), words.next())
        else {
            return Err(reader.error());
        };
        let index = |word: &str| word.parse::<u16>().ok().filter(|&family| usize::from(family) < family_count);
        let mut families = Vec::new();
        for _ in 0..family_count {
            let payload = reader.record("family")?;
            // A family made only of other families has no pattern of its own.
            families.push(payload.split('\n').filter(|pattern| !pattern.is_empty()).map(Pattern::new).collect());
        }
        let mut includes = Vec::new();
        for _ in 0..include_count {
            let line = reader.line()?;
            let included = match line.split(' ').collect::<Vec<_>>()[..] {
                ["include", family, member] => index(family).zip(index(member)).filter(|(f, m)| m < f),
                _ => None,
            };
            includes.push(included.ok_or(reader.error())?);
        }
        let mut rules = Vec::new();
        for _ in 0..rule_count {
            let line = reader.line()?;
            let rule = match line.split(' ').collect::<Vec<_>>()[..] {
                ["rule", node, weight, families, hosts, address, unless, with, without] => (|| {
                    let units: u32 = weight.parse().ok()?;
                    let weight = f64::from(units) / WEIGHT_UNITS;
                    Some(RuleData {
                        node: Node::find(node).filter(|found| found.id() == node)?,
                        weight: (weight > 0.0 && weight <= 1.0).then_some(weight)?,
                        families: list(families, index)?,
                        hosts: list(hosts, HostKind::parse)?,
                        address: optional(address, AddressKind::parse)?,
                        unless: list(unless, index)?,
                        with: optional(with, index)?,
                        without: optional(without, index)?,
                    })
                })(),
                _ => None,
            };
            rules.push(rule.ok_or(reader.error())?);
        }
        if !reader.rest.is_empty() {
            return Err(reader.error());
        }
        Ok(RuleSet {
            #[cfg(not(target_arch = "wasm32"))]
            first_fragments: crate::diagnose::FirstFragments::new(&families),
            families,
            includes,
            rules,
        })
    }

    /// How many patterns each family has, in file order.
    pub fn family_sizes(&self) -> Vec<usize> {
        self.families.iter().map(Vec::len).collect()
    }

    /// The rules compiled into this build (native builds only: the web build fetches them).
    #[cfg(not(feature = "lazy-locales"))]
    pub fn bundled() -> &'static RuleSet<'static> {
        static BUNDLED: OnceLock<RuleSet<'static>> = OnceLock::new();
        BUNDLED
            .get_or_init(|| RuleSet::parse(crate::generated::RULES_TEXT).expect("the build writes a valid rules file"))
    }
}

/// The rules the web build installed (see [`install`]).
static INSTALLED: OnceLock<RuleSet<'static>> = OnceLock::new();

/// Reads a fetched rules file and keeps it for the rest of the run; a second call keeps the first. The text is
/// kept for as long as the program runs (the searchers borrow it), which a page does once.
pub fn install(text: String) -> Result<&'static RuleSet<'static>, RulesFileError> {
    if let Some(installed) = INSTALLED.get() {
        return Ok(installed);
    }
    let rules = RuleSet::parse(Box::leak(text.into_boxed_str()))?;
    Ok(INSTALLED.get_or_init(|| rules))
}

/// The rules at hand: natively the compiled-in ones, in the web build the installed ones once they arrived.
pub fn available() -> Option<&'static RuleSet<'static>> {
    #[cfg(not(feature = "lazy-locales"))]
    return Some(RuleSet::bundled());
    #[cfg(feature = "lazy-locales")]
    return INSTALLED.get();
}

/// A comma-separated list (`-`: empty), every item read by `item`.
fn list<T>(text: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    if text == "-" {
        return Some(Vec::new());
    }
    text.split(',').map(item).collect()
}

/// One value, or `-` for none; `None` when the value does not read.
fn optional<T>(text: &str, item: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    if text == "-" {
        Some(None)
    } else {
        item(text).map(Some)
    }
}

/// Reads the file from the front, counting lines for the error.
struct Reader<'t> {
    rest: &'t str,
    line: usize,
}

impl<'t> Reader<'t> {
    fn error(&self) -> RulesFileError {
        RulesFileError { line: self.line }
    }

    /// The next line, without its newline (every line ends with one).
    fn line(&mut self) -> Result<&'t str, RulesFileError> {
        self.line += 1;
        let (line, rest) = self.rest.split_once('\n').ok_or(self.error())?;
        self.rest = rest;
        Ok(line)
    }

    /// A `<label> <byte length>` record's payload.
    fn record(&mut self, label: &str) -> Result<&'t str, RulesFileError> {
        let header = self.line()?;
        let length = match header.split_once(' ') {
            Some((found, length)) if found == label => length.parse::<usize>().ok(),
            _ => None,
        }
        .ok_or(self.error())?;
        let payload = self.rest.get(..length).filter(|_| self.rest[length..].starts_with('\n')).ok_or(self.error())?;
        self.line += payload.matches('\n').count() + 1;
        self.rest = &self.rest[length + 1..];
        Ok(payload)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small valid file: two families (the second takes in the first) and one rule.
    fn small(rule: &str) -> String {
        let (dns, timeout) = ("lookup \tno such host", "i/o timeout\n^eof$");
        format!(
            "{MAGIC} {VERSION} 2 1 1\nfamily {}\n{dns}\nfamily {}\n{timeout}\ninclude 1 0\n{rule}\n",
            dns.len(),
            timeout.len()
        )
    }

    #[test]
    fn a_file_reads_into_searchers_includes_and_rules() {
        let text = small("rule dns-lookup-fails 900000 0,1 login-server,other private - 1 -");
        let rules = RuleSet::parse(&text).expect("a valid file");
        assert_eq!(rules.families.iter().map(Vec::len).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(rules.includes, [(1, 0)]);
        let rule = &rules.rules[0];
        assert_eq!((rule.node.id(), rule.weight), ("dns-lookup-fails", 0.9));
        assert_eq!(
            (rule.families.as_slice(), rule.hosts.as_slice()),
            ([0, 1].as_slice(), [HostKind::LoginServer, HostKind::Other].as_slice())
        );
        assert_eq!(
            (rule.address, rule.unless.as_slice(), rule.with, rule.without),
            (Some(AddressKind::Private), [].as_slice(), Some(1), None)
        );
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused_at_the_line_where_reading_stopped() {
        let rule = "rule dns-lookup-fails 900000 0 - - - - -";
        let good = small(rule);
        assert!(RuleSet::parse(&good).is_ok());
        let refused = |text: &str| RuleSet::parse(text).err().map(|error| error.line);
        assert_eq!(refused(""), Some(1), "empty");
        assert_eq!(refused(&good.replace(MAGIC, "acr-net-guide-strings")), Some(1), "another kind of file");
        assert_eq!(refused(&good.replacen(" 1 2 1 1", " 2 2 1 1", 1)), Some(1), "another layout version");
        assert_eq!(refused(&good.replacen(" 2 1 1\n", " 3 1 1\n", 1)), Some(7), "a family missing");
        assert_eq!(refused(&good.replacen("family 20", "family 21", 1)), Some(2), "a record longer than its text");
        assert_eq!(refused(&good.replace("include 1 0", "include 0 1")), Some(7), "a member after its family");
        assert_eq!(refused(&good.replace("include 1 0", "include 1 2")), Some(7), "no such family");
        for (broken, why) in [("dns-lookup-failz", "an unknown node"), ("symptoms", "an alias instead of the id")] {
            assert_eq!(refused(&good.replace("dns-lookup-fails", broken)), Some(8), "{why}");
        }
        for (from, to, why) in [
            ("900000", "0", "a weight of 0"),
            ("900000", "1000001", "a weight above 1"),
            ("900000", "0.9", "a weight that is not in millionths"),
            (" 0 - - - - -", " 2 - - - - -", "no such family"),
            (" 0 - - - - -", " 0 lan - - - -", "no such host kind"),
            (" 0 - - - - -", " 0 - - - -", "a field missing"),
            (" 0 - - - - -", " 0 - - - - - -", "a field too many"),
        ] {
            assert_eq!(refused(&good.replace(rule, &rule.replace(from, to))), Some(8), "{why}");
        }
        assert_eq!(refused(&format!("{good}rule")), Some(8), "text after the last rule");
        assert_eq!(refused(good.trim_end()), Some(8), "the last newline missing");
    }

    #[cfg(not(feature = "lazy-locales"))]
    #[test]
    fn the_native_build_has_its_rules_at_hand() {
        let rules = available().expect("compiled in");
        assert!(rules.families.len() > 20 && rules.rules.len() > 50, "{rules:?}");
    }

    /// The web build's own: nothing to diagnose with until the build's rules file is installed; a damaged file is
    /// refused and changes nothing; once installed, the rules stay.
    #[cfg(feature = "lazy-locales")]
    #[test]
    fn the_web_build_diagnoses_once_the_rules_file_is_installed() {
        let path = std::path::Path::new(env!("OUT_DIR")).join("locale-files").join(RULES_FILE);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        assert!(available().is_none());
        assert!(install(text[..text.len() / 2].to_string()).is_err());
        assert!(available().is_none(), "a refused file installs nothing");
        let installed = install(text).expect("the build's rules file");
        assert!(installed.rules.len() > 50);
        assert!(std::ptr::eq(available().expect("installed"), installed));
        assert!(std::ptr::eq(install("damaged".to_string()).expect("kept"), installed), "the first file stays");
        let found = crate::diagnose::diagnose_with(installed, "dial tcp: lookup contoso.azurecr.io: no such host");
        assert_eq!(found.matches.first().map(|m| m.node.id()), Some("dns-lookup-fails"));
    }
}
