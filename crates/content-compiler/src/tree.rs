//! `content/tree.toml`: the language-neutral structure of the decision tree, read with line numbers.

use std::ops::Range;
use std::path::Path;

use acr_vocab::{InputName, NodeKind, SnippetId};
use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::{line_of, Diagnostic};

/// One step of the tree, as written in `tree.toml` (ids checked for syntax; edges not yet resolved).
#[derive(Debug, Clone)]
pub struct TreeNode {
    pub id: String,
    pub kind: NodeKind,
    pub answers: Vec<Answer>,
    /// "Still failing?" links of a fix node: where to go when its Verify step fails, chosen by what that step
    /// showed. Like answers they carry the trail, but they may point back up the tree (always `back`).
    pub still_failing: Vec<Answer>,
    pub related: Vec<Reference>,
    pub aliases: Vec<Reference>,
    pub inputs: Vec<InputName>,
    pub snippets: Vec<SnippetId>,
    /// Verbatim error strings users see for this node (never translated).
    pub errors: Vec<String>,
    /// The `az acr check-health` code this node explains (`CONNECTIVITY_DNS_ERROR`), if any.
    pub check_health_code: Option<String>,
    /// Line of the node's `id = …`.
    pub line: usize,
}

/// An answer edge: `{ id, to, back }`.
#[derive(Debug, Clone)]
pub struct Answer {
    pub id: String,
    pub to: String,
    /// An intentional link back up the tree, exempt from the cycle check.
    pub back: bool,
    pub line: usize,
}

/// A node id mentioned somewhere (related link or alias), with its line.
#[derive(Debug, Clone)]
pub struct Reference {
    pub id: String,
    pub line: usize,
}

#[derive(Deserialize)]
struct TreeFile {
    #[serde(default)]
    node: Vec<RawNode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    answers: Vec<RawAnswer>,
    #[serde(default)]
    still_failing: Vec<RawStillFailing>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    inputs: Vec<Spanned<String>>,
    #[serde(default)]
    snippets: Vec<Spanned<String>>,
    #[serde(default)]
    errors: Vec<String>,
    check_health_code: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    id: Spanned<String>,
    to: Spanned<String>,
    #[serde(default)]
    back: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStillFailing {
    id: Spanned<String>,
    to: Spanned<String>,
}

/// Parses `tree.toml`; names that are not in the vocabulary are reported with their line.
pub fn parse(file: &Path, text: &str) -> Result<Vec<TreeNode>, Vec<Diagnostic>> {
    let raw: TreeFile = toml::from_str(text).map_err(|error| {
        let line = error.span().map_or(0, |span| line_of(text, span.start));
        vec![Diagnostic::new(file, line, error.message().trim().to_string())]
    })?;
    let mut problems = Vec::new();
    let at = |span: Range<usize>| line_of(text, span.start);
    let nodes = raw
        .node
        .into_iter()
        .filter_map(|node| {
            let line = at(node.id.span());
            let kind = NodeKind::parse(node.kind.get_ref()).or_else(|| {
                problems.push(Diagnostic::new(
                    file,
                    at(node.kind.span()),
                    format!(
                        "node \"{}\": unknown kind \"{}\" (allowed: {})",
                        node.id.get_ref(),
                        node.kind.get_ref(),
                        names(NodeKind::ALL)
                    ),
                ));
                None
            });
            let inputs = vocabulary(file, text, &node.inputs, "input", InputName::parse, InputName::ALL, &mut problems);
            let snippets =
                vocabulary(file, text, &node.snippets, "snippet", SnippetId::parse, SnippetId::ALL, &mut problems);
            let reference = |item: &Spanned<String>| Reference { id: item.get_ref().clone(), line: at(item.span()) };
            if let Some(code) = &node.check_health_code {
                if !is_check_health_code(code.get_ref()) {
                    problems.push(Diagnostic::new(
                        file,
                        at(code.span()),
                        format!(
                            "node \"{}\": check_health_code \"{}\" is not an az acr check-health code \
                             (capitals and underscores, ending in _ERROR)",
                            node.id.get_ref(),
                            code.get_ref()
                        ),
                    ));
                }
            }
            Some(TreeNode {
                id: node.id.get_ref().clone(),
                kind: kind?,
                answers: node
                    .answers
                    .iter()
                    .map(|answer| Answer {
                        id: answer.id.get_ref().clone(),
                        to: answer.to.get_ref().clone(),
                        back: answer.back,
                        line: at(answer.to.span()),
                    })
                    .collect(),
                still_failing: node
                    .still_failing
                    .iter()
                    .map(|link| Answer {
                        id: link.id.get_ref().clone(),
                        to: link.to.get_ref().clone(),
                        back: true,
                        line: at(link.to.span()),
                    })
                    .collect(),
                related: node.related.iter().map(reference).collect(),
                aliases: node.aliases.iter().map(reference).collect(),
                inputs,
                snippets,
                errors: node.errors,
                check_health_code: node.check_health_code.map(|code| code.into_inner()),
                line,
            })
        })
        .collect();
    if problems.is_empty() {
        Ok(nodes)
    } else {
        Err(problems)
    }
}

/// `CONNECTIVITY_DNS_ERROR`: what `az acr check-health` prints.
fn is_check_health_code(code: &str) -> bool {
    code.strip_suffix("_ERROR").is_some_and(|stem| {
        !stem.is_empty() && !stem.starts_with('_') && stem.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
    })
}

fn vocabulary<T: Copy + std::fmt::Display>(
    file: &Path,
    text: &str,
    items: &[Spanned<String>],
    what: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    problems: &mut Vec<Diagnostic>,
) -> Vec<T> {
    items
        .iter()
        .filter_map(|item| {
            let parsed = parse(item.get_ref());
            if parsed.is_none() {
                problems.push(Diagnostic::new(
                    file,
                    line_of(text, item.span().start),
                    format!("unknown {what} \"{}\" (allowed: {})", item.get_ref(), names(all)),
                ));
            }
            parsed
        })
        .collect()
}

fn names<T: std::fmt::Display>(all: &[T]) -> String {
    all.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node_with_code(code: &str) -> String {
        format!("[[node]]\nid = \"cmk-error\"\nkind = \"cause\"\ncheck_health_code = \"{code}\"\n")
    }

    #[test]
    fn check_health_codes_are_read_and_checked_with_their_line() {
        let nodes = parse(Path::new("tree.toml"), &node_with_code("CMK_ERROR")).expect("a valid code");
        assert_eq!(nodes[0].check_health_code.as_deref(), Some("CMK_ERROR"));
        for bad in ["cmk-error", "CMK", "_ERROR", "CMK_ERR0R", "CMK ERROR"] {
            let problems = parse(Path::new("tree.toml"), &node_with_code(bad)).expect_err(bad);
            assert_eq!(problems.len(), 1, "{bad}");
            assert!(problems[0].to_string().contains("tree.toml:4:"), "{bad}: {}", problems[0]);
        }
    }
}
