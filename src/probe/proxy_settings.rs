//! Proxy settings as the shell and the Docker daemon hold them: which hosts `NO_PROXY` exempts (Go's rules, as
//! Docker applies them), a proxy URL without its credentials, and the `Environment=` assignments of a systemd
//! drop-in.

use std::net::IpAddr;

/// The entries of a `NO_PROXY` value (comma-separated; blanks dropped; lower case).
pub fn no_proxy_entries(value: &str) -> Vec<String> {
    value.split(',').map(|entry| entry.trim().to_ascii_lowercase()).filter(|entry| !entry.is_empty()).collect()
}

/// Whether `NO_PROXY` entries send `host` (port 443) around the proxy: `*`; a name, which covers its
/// subdomains; `.name` or `*.name`, subdomains only; an entry with a port only for that port. Address and CIDR
/// entries only ever match an address, and the probe connects by name.
pub fn bypasses(entries: &[String], host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    entries.iter().any(|entry| {
        if entry == "*" {
            return true;
        }
        let (name, port) = match entry.rsplit_once(':') {
            Some((name, port)) if port.parse::<u16>().is_ok() && !name.contains(':') => (name, Some(port)),
            _ => (entry.as_str(), None),
        };
        if port.is_some_and(|port| port != "443") || name.parse::<IpAddr>().is_ok() || name.contains('/') {
            return false;
        }
        match name.strip_prefix("*.").or_else(|| name.strip_prefix('.')) {
            Some(domain) => host.ends_with(&format!(".{domain}")),
            None => host == name || host.ends_with(&format!(".{name}")),
        }
    })
}

/// A proxy value as the environment holds it, as a URL with a scheme (`http://` when it has none) and without
/// `user:password@`; and whether credentials were dropped. The probe never sends them.
pub fn without_credentials(value: &str) -> (String, bool) {
    let value = value.trim();
    let (scheme, rest) = match value.split_once("://") {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => ("http".to_string(), value),
    };
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(authority, path)| (authority, path));
    let (authority, dropped) = match authority.rsplit_once('@') {
        Some((_, host)) => (host, true),
        None => (authority, false),
    };
    let path = if path.is_empty() { String::new() } else { format!("/{path}") };
    (format!("{scheme}://{authority}{path}"), dropped)
}

/// The variables a systemd unit file or drop-in sets with `Environment=` (quoted or not, several per line).
pub fn systemd_environment(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in text.lines() {
        let Some(value) = line.trim().strip_prefix("Environment=") else { continue };
        for word in split_quoted(value) {
            if let Some((name, value)) = word.split_once('=') {
                found.push((name.to_string(), value.to_string()));
            }
        }
    }
    found
}

/// Words separated by blanks; double or single quotes group a word (systemd's rules, without escapes).
fn split_quoted(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in text.chars() {
        match (quote, c) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_proxy_follows_gos_rules() {
        let entries =
            no_proxy_entries(" .corp.contoso.com, azurecr.io:443 ,10.0.0.0/8, 127.0.0.1,,mcr.microsoft.com:80");
        assert!(bypasses(&entries, "contoso.azurecr.io"), "a name covers its subdomains");
        assert!(bypasses(&entries, "azurecr.io"));
        assert!(bypasses(&entries, "x.corp.contoso.com"));
        assert!(!bypasses(&entries, "corp.contoso.com"), "a leading dot: subdomains only");
        assert!(!bypasses(&entries, "mcr.microsoft.com"), "another port");
        assert!(!bypasses(&entries, "notazurecr.io"));
        assert!(bypasses(&no_proxy_entries("*"), "anything.example"));
        assert!(bypasses(&no_proxy_entries("*.azurecr.io"), "contoso.azurecr.io"));
        assert!(!bypasses(&no_proxy_entries("*.azurecr.io"), "azurecr.io"));
        assert!(!bypasses(&[], "contoso.azurecr.io"));
    }

    #[test]
    fn credentials_are_dropped_and_a_missing_scheme_is_http() {
        assert_eq!(without_credentials("http://bob:s3cret@proxy.corp:3128/"), ("http://proxy.corp:3128".into(), true));
        assert_eq!(without_credentials("proxy.corp:3128"), ("http://proxy.corp:3128".into(), false));
        assert_eq!(without_credentials("HTTPS://proxy:3129"), ("https://proxy:3129".into(), false));
    }

    #[test]
    fn systemd_assignments_are_read_quoted_or_not() {
        let text = "[Service]\nEnvironment=\"HTTPS_PROXY=http://proxy:3128\" NO_PROXY=localhost,.corp\n\
                    # Environment=HTTP_PROXY=http://ignored\nEnvironment='A=b c'\n";
        assert_eq!(
            systemd_environment(text),
            [
                ("HTTPS_PROXY".to_string(), "http://proxy:3128".to_string()),
                ("NO_PROXY".to_string(), "localhost,.corp".to_string()),
                ("A".to_string(), "b c".to_string()),
            ]
        );
    }
}
