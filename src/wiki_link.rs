//! A link to a step in the markup of the place it is pasted into: Markdown, HTML, Confluence or MediaWiki.

/// The markup of a wiki link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkFormat {
    /// `[title](url)`: GitHub, Azure DevOps wikis, most ticket systems.
    Markdown,
    /// `<a href="url">title</a>`.
    Html,
    /// Confluence wiki markup `[title|url]` (Insert › Markup, or the wiki-markup editor).
    Confluence,
    /// MediaWiki external link `[url title]`.
    MediaWiki,
}

impl LinkFormat {
    pub const ALL: [LinkFormat; 4] =
        [LinkFormat::Markdown, LinkFormat::Html, LinkFormat::Confluence, LinkFormat::MediaWiki];

    /// The name in the CLI's `--format` and the page's choice (product names: never translated).
    pub fn as_str(self) -> &'static str {
        match self {
            LinkFormat::Markdown => "markdown",
            LinkFormat::Html => "html",
            LinkFormat::Confluence => "confluence",
            LinkFormat::MediaWiki => "mediawiki",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            LinkFormat::Markdown => "Markdown",
            LinkFormat::Html => "HTML",
            LinkFormat::Confluence => "Confluence",
            LinkFormat::MediaWiki => "MediaWiki",
        }
    }

    pub fn parse(text: &str) -> Option<LinkFormat> {
        LinkFormat::ALL.into_iter().find(|format| format.as_str() == text)
    }
}

/// `url` with the characters each markup would end the link at percent-encoded (the guide's own links never hold
/// them; a `--base` or a wiki's address might).
fn safe_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '[' => out.push_str("%5B"),
            ']' => out.push_str("%5D"),
            '|' => out.push_str("%7C"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link titled `title` to `url` in `format`.
pub fn wiki_link(format: LinkFormat, title: &str, url: &str) -> String {
    let url = safe_url(url);
    let title = title.replace(['\r', '\n'], " ");
    match format {
        LinkFormat::Markdown => format!("[{}]({url})", crate::report::escape(&title)),
        LinkFormat::Html => {
            let text = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            format!("<a href=\"{}\">{text}</a>", url.replace('&', "&amp;"))
        }
        LinkFormat::Confluence => {
            let mut text = String::new();
            for c in title.chars() {
                if matches!(c, '[' | ']' | '|' | '\\' | '{' | '}') {
                    text.push('\\');
                }
                text.push(c);
            }
            format!("[{text}|{url}]")
        }
        LinkFormat::MediaWiki => format!("[{url} {}]", title.replace('[', "&#91;").replace(']', "&#93;")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://wiki.contoso.com/acr/#/tr/configure-proxy?registry=contoso&via=start%3Adns";

    #[test]
    fn each_format_has_its_own_syntax() {
        let title = "Proxy'yi yapılandırın";
        assert_eq!(wiki_link(LinkFormat::Markdown, title, URL), format!("[{title}]({URL})"));
        assert_eq!(
            wiki_link(LinkFormat::Html, title, URL),
            format!("<a href=\"{}\">{title}</a>", URL.replace('&', "&amp;"))
        );
        assert_eq!(wiki_link(LinkFormat::Confluence, title, URL), format!("[{title}|{URL}]"));
        assert_eq!(wiki_link(LinkFormat::MediaWiki, title, URL), format!("[{URL} {title}]"));
    }

    #[test]
    fn titles_and_addresses_cannot_break_out_of_the_link() {
        let title = "a [b] | <c> & d";
        let url = "https://wiki/x y/(z)|";
        assert_eq!(
            wiki_link(LinkFormat::Markdown, title, url),
            "[a \\[b\\] \\| \\<c\\> & d](https://wiki/x%20y/%28z%29%7C)"
        );
        assert_eq!(
            wiki_link(LinkFormat::Html, title, url),
            "<a href=\"https://wiki/x%20y/%28z%29%7C\">a [b] | &lt;c&gt; &amp; d</a>"
        );
        assert_eq!(
            wiki_link(LinkFormat::Confluence, title, url),
            "[a \\[b\\] \\| <c> & d|https://wiki/x%20y/%28z%29%7C]"
        );
        assert_eq!(
            wiki_link(LinkFormat::MediaWiki, title, url),
            "[https://wiki/x%20y/%28z%29%7C a &#91;b&#93; | <c> & d]"
        );
    }

    #[test]
    fn formats_round_trip_through_their_names() {
        for format in LinkFormat::ALL {
            assert_eq!(LinkFormat::parse(format.as_str()), Some(format));
        }
        assert_eq!(LinkFormat::parse("wiki"), None);
    }
}
