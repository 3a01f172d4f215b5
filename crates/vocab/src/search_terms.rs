//! How text becomes search terms, shared by the build-time search index (the content compiler) and the page's
//! queries, so both cut and fold text the same way.
//!
//! A term is a run of letters and digits, folded: lower case, Turkish `İ`/`I`/`ı` and `i` all become `i` (so a
//! query typed without Turkish letters finds them: `guvenlik duvari` finds `güvenlik duvarı`), `ş ğ ç ö ü` and
//! the Latin-1 accented letters lose their marks, combining marks are dropped. An apostrophe between letters joins
//! (`Duvarı'nı` is one term, as Turkish reads it); every other character separates terms, so error strings match
//! however they are quoted, wrapped or punctuated.

/// A term of a text: its folded form and where it stands in the original (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub folded: String,
    pub start: usize,
    pub end: usize,
}

/// What one character contributes to a term.
enum Fold {
    Letter(char),
    /// Part of the term but adds nothing (a combining mark).
    Silent,
    /// Ends the term.
    Break,
}

fn fold(c: char) -> Fold {
    let letter = match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'İ' | 'ı' | 'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ş' | 'Ş' => 's',
        'ğ' | 'Ğ' => 'g',
        'ç' | 'Ç' => 'c',
        'ö' | 'Ö' | 'ò'..='õ' | 'Ò'..='Õ' | 'ø' | 'Ø' => 'o',
        'ü' | 'Ü' | 'ù'..='û' | 'Ù'..='Û' => 'u',
        'à'..='å' | 'À'..='Å' => 'a',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ñ' | 'Ñ' => 'n',
        'ý' | 'ÿ' | 'Ý' => 'y',
        '\u{300}'..='\u{36f}' => return Fold::Silent,
        // Other scripts stay as they are: every shipped locale is written in Latin letters, and Unicode's case
        // tables would cost the page more than they bring.
        c if c.is_alphanumeric() => c,
        _ => return Fold::Break,
    };
    Fold::Letter(letter)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// The terms of `text`, in order (lazily: a caller looking for the first match stops there).
pub fn terms(text: &str) -> Terms<'_> {
    Terms { chars: text.char_indices().peekable() }
}

/// The iterator of [`terms`].
pub struct Terms<'t> {
    chars: std::iter::Peekable<std::str::CharIndices<'t>>,
}

impl Iterator for Terms<'_> {
    type Item = Term;

    fn next(&mut self) -> Option<Term> {
        let mut current: Option<Term> = None;
        while let Some((at, c)) = self.chars.next() {
            let step = match fold(c) {
                // Joins two letters (`Registry'nin`); anywhere else it is a quote.
                Fold::Break if is_apostrophe(c) => {
                    let next_is_letter = self
                        .chars
                        .peek()
                        .is_some_and(|&(_, next)| matches!(fold(next), Fold::Letter(l) if l.is_alphabetic()));
                    let after_letter = current
                        .as_ref()
                        .is_some_and(|term| term.folded.chars().last().is_some_and(char::is_alphabetic));
                    if next_is_letter && after_letter {
                        Fold::Silent
                    } else {
                        Fold::Break
                    }
                }
                step => step,
            };
            match step {
                Fold::Letter(letter) => {
                    let term = current.get_or_insert_with(|| Term { folded: String::new(), start: at, end: at });
                    term.folded.push(letter);
                    term.end = at + c.len_utf8();
                }
                Fold::Silent => {
                    if let Some(term) = current.as_mut() {
                        term.end = at + c.len_utf8();
                    }
                }
                Fold::Break if current.is_some() => return current,
                Fold::Break => {}
            }
        }
        current
    }
}

/// What a reader sees of a node body's Markdown: the emphasis, code and link brackets (`*`, `` ` ``, `[`, `]`),
/// backslash escapes, code-fence lines and link destinations `](…)` left out; words and code kept. The build-time
/// index and the page's excerpts both read bodies through this, so their terms line up.
pub fn markdown_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            continue;
        }
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                ']' if chars.peek() == Some(&'(') => {
                    let mut depth = 0;
                    for skipped in chars.by_ref() {
                        depth += match skipped {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        if depth == 0 {
                            break;
                        }
                    }
                }
                '*' | '`' | '[' | ']' => {}
                c => out.push(c),
            }
        }
    }
    out
}

/// The folded terms of `text` joined by single spaces (for comparisons in tests and fixtures).
pub fn folded(text: &str) -> String {
    terms(text).map(|term| term.folded).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_letters_fold_as_a_query_without_them_is_typed() {
        assert_eq!(folded("Güvenlik Duvarı"), "guvenlik duvari");
        assert_eq!(folded("İZİN VERİLENLER LİSTESİ"), "izin verilenler listesi");
        assert_eq!(folded("IŞIK ığdır ŞĞÇÖÜ"), "isik igdir sgcou");
        // `İ` lower-cased by Rust is `i` plus a combining dot: the mark is dropped, not kept as a letter.
        assert_eq!(folded(&"İstemci".to_lowercase()), "istemci");
        assert_eq!(folded("café naïve"), "cafe naive");
    }

    #[test]
    fn an_apostrophe_joins_letters_and_quotes_anything_else() {
        assert_eq!(folded("Azure Güvenlik Duvarı'nı ve FQDN’leri"), "azure guvenlik duvarini ve fqdnleri");
        assert_eq!(
            folded("client with IP '203.0.113.10' is not allowed"),
            "client with ip 203 0 113 10 is not allowed"
        );
        assert_eq!(folded("'quoted' 10'lu"), "quoted 10 lu");
    }

    #[test]
    fn error_strings_match_however_they_are_quoted_or_wrapped() {
        let wrapped = "Error response from daemon: Get \"https://contoso.azurecr.io/v2/\":\n   dial tcp: lookup contoso.azurecr.io: no such host";
        let typed = "dial tcp lookup contoso azurecr io no such host";
        assert!(folded(wrapped).ends_with(&folded(typed)));
        assert_eq!(folded("CONNECTIVITY_DNS_ERROR"), "connectivity dns error");
    }

    #[test]
    fn markdown_text_keeps_words_and_code_and_drops_markup_and_link_targets() {
        let markdown = "Run **`az acr check-health`** \\*now\\*; see [the DNS step](#/tr/dns-lookup-fails) \
                        and [docs](https://learn.microsoft.com/a_(b)).\n\n```bash\nnslookup x\n```\n- `*.blob.core`";
        assert_eq!(
            markdown_text(markdown),
            "Run az acr check-health *now*; see the DNS step and docs.\n\nnslookup x\n- .blob.core"
        );
    }

    #[test]
    fn terms_point_back_into_the_original_text() {
        let text = "Önce «Duvarı'nı» aç";
        let found: Vec<Term> = terms(text).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[1].start..found[1].end], "Duvarı'nı");
        assert_eq!(found[1].folded, "duvarini");
        assert_eq!(&text[found[0].start..found[0].end], "Önce");
        assert_eq!(terms("  ...  ").count(), 0);
    }
}
