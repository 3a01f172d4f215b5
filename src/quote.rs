//! Quoting for the shells the snippets target, chosen explicitly (never from the compile target).
//! Validation comes first; quoting is the second line of defence.

/// A bash word that is `text` exactly: bare when every character is safe, else in single quotes
/// (`'` written as `'\''`).
pub fn bash(text: &str) -> String {
    let safe =
        |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '+' | '@' | '%' | '=');
    if !text.is_empty() && text.chars().all(safe) && !text.starts_with('=') {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Characters PowerShell treats as single quotes (it accepts the typographic ones too).
const POWERSHELL_SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// A PowerShell string literal that is `text` exactly: bare when safe, else in single quotes with every
/// single-quote character doubled (a verbatim string: no `$` expansion, no escapes).
pub fn powershell(text: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | '+' | '=');
    let starts_safe = text.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '/' || c == '.');
    if starts_safe && text.chars().all(safe) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        if POWERSHELL_SINGLE_QUOTES.contains(&c) {
            out.push(c);
        }
        out.push(c);
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_words_stay_bare() {
        assert_eq!(bash("contoso"), "contoso");
        assert_eq!(bash("rg-containers.prod"), "rg-containers.prod");
        assert_eq!(powershell("contoso"), "contoso");
        assert_eq!(powershell("http://proxy:3128"), "http://proxy:3128");
    }

    #[test]
    fn everything_else_is_single_quoted() {
        assert_eq!(bash(""), "''");
        assert_eq!(bash("a b"), "'a b'");
        assert_eq!(bash("it's"), r"'it'\''s'");
        assert_eq!(bash("$(rm -rf /)"), "'$(rm -rf /)'");
        assert_eq!(bash("rg(prod)"), "'rg(prod)'");
        assert_eq!(powershell(""), "''");
        assert_eq!(powershell("it's"), "'it''s'");
        assert_eq!(powershell("it\u{2019}s"), "'it\u{2019}\u{2019}s'");
        assert_eq!(powershell("$env:PATH"), "'$env:PATH'");
        assert_eq!(powershell("-a"), "'-a'");
        assert_eq!(powershell("rg(prod)"), "'rg(prod)'");
    }
}
