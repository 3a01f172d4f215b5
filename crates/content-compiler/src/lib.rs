//! Build-time loader and validator for `content/`: every problem is reported as `file:line: message`.
//!
//! Layout: `tree.toml` (structure, once), `diagnosis.toml` (error-text rules), and per locale `content/<code>/` with `ui*.ftl` (UI strings),
//! `nodes*.ftl` (node titles, summaries, answer labels) and `nodes/<node-id>.md` (node bodies).

mod diagnosis;
mod diagnostic;
mod fluent;
mod generate;
mod locale_files;
mod markdown;
mod rules_file;
mod search_index;
mod tree;
mod validate;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use acr_vocab::Locale;

pub use acr_vocab::{is_node_id, START};
pub use diagnosis::{shown_confidences, wilson_lower_bound, Band, Family, Rule, Rules};
pub use diagnostic::Diagnostic;
pub use fluent::{compile_ui_text, LocaleStrings, MessagePiece};
pub use generate::rust_source;
pub use locale_files::{all_bodies, bodies_hash, locale_files, start_page_shows_summary, LocaleFile, LocaleFileKind};
pub use markdown::{prose, render as render_markdown, Rendered};
pub use rules_file::{rules_file, RulesFile, RULES_MAGIC, RULES_VERSION, WEIGHT_UNITS};
pub use tree::{Answer, Reference, TreeNode};

/// Everything under `content/`, parsed and validated.
#[derive(Debug)]
pub struct Content {
    pub nodes: Vec<TreeNode>,
    /// Diagnosis families and rules, in file order.
    pub rules: Rules,
    /// One entry per shipped locale, in `Locale::ALL` order.
    pub locales: Vec<LocaleContent>,
}

/// The texts of one locale.
#[derive(Debug)]
pub struct LocaleContent {
    pub locale: Locale,
    pub ui: LocaleStrings,
    /// Same order as `Content::nodes`.
    pub texts: Vec<NodeTexts>,
}

/// One node's texts in one locale.
#[derive(Debug, Clone)]
pub struct NodeTexts {
    pub title: String,
    pub summary: String,
    /// Same order as the node's answers.
    pub answers: Vec<String>,
    /// Same order as the node's still-failing links.
    pub still_failing: Vec<String>,
    /// The Markdown source (kept for content tests) and its sanitised HTML.
    pub body_markdown: String,
    pub body_html: String,
}

/// Loads and validates the content folder; on failure returns every problem found, not just the first.
pub fn load(root: &Path) -> Result<Content, Vec<Diagnostic>> {
    let tree_file = root.join("tree.toml");
    let text = std::fs::read_to_string(&tree_file)
        .map_err(|err| vec![Diagnostic::new(&tree_file, 0, format!("cannot read: {err}"))])?;
    let nodes = tree::parse(&tree_file, &text)?;
    let problems = validate::structure(&tree_file, &nodes);
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut problems = unexpected_locale_folders(root);
    let rules = diagnosis::load(&root.join("diagnosis.toml"), &nodes).unwrap_or_else(|mut found| {
        problems.append(&mut found);
        Rules::default()
    });
    let mut locales = Vec::new();
    for &locale in Locale::ALL {
        let dir = root.join(locale.as_str());
        if !dir.is_dir() {
            problems.push(Diagnostic::new(&dir, 0, format!("missing folder for shipped locale \"{locale}\"")));
            continue;
        }
        match load_locale(locale, &dir, &nodes) {
            Ok(content) => locales.push(content),
            Err(mut found) => problems.append(&mut found),
        }
    }
    if problems.is_empty() {
        let ui: Vec<LocaleStrings> = locales.iter().map(|l| l.ui.clone()).collect();
        problems.extend(fluent::check_same_keys(&ui));
        problems.extend(fluent::check_same_native_only(&ui));
    }
    if problems.is_empty() {
        // The typed message families (`msg::input_label(InputName)`, …) need a message for every member.
        for family in generate::message_families() {
            for (_, key) in &family.keys {
                let id = family.message_id(key);
                if !locales[0].ui.compiled.contains_key(&id) {
                    let dir = root.join(locales[0].locale.as_str());
                    problems.push(Diagnostic::new(&dir, 0, format!("missing UI message \"{id}\" in ui*.ftl")));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(Content { nodes, rules, locales })
    } else {
        Err(problems)
    }
}

fn load_locale(locale: Locale, dir: &Path, nodes: &[TreeNode]) -> Result<LocaleContent, Vec<Diagnostic>> {
    let strings = fluent::load_locale(locale.as_str(), dir)?;
    let mut problems = Vec::new();
    let known: BTreeSet<&str> = nodes
        .iter()
        .flat_map(|n| std::iter::once(n.id.as_str()).chain(n.aliases.iter().map(|a| a.id.as_str())))
        .collect();
    for (id, node_strings) in &strings.nodes {
        if !nodes.iter().any(|n| &n.id == id) {
            problems.push(Diagnostic::new(
                &node_strings.file,
                node_strings.line,
                format!("strings for unknown node \"{id}\""),
            ));
        }
    }
    let body_dir = dir.join("nodes");
    let mut texts = Vec::new();
    for node in nodes {
        let Some(node_strings) = strings.nodes.get(&node.id) else {
            problems.push(Diagnostic::new(
                dir,
                0,
                format!("node \"{}\" has no strings: add node-{} to a nodes*.ftl file", node.id, node.id),
            ));
            continue;
        };
        let at = |message: String| Diagnostic::new(&node_strings.file, node_strings.line, message);
        let summary = node_strings.summary.clone().unwrap_or_else(|| {
            problems.push(at(format!("node \"{}\" has no .summary", node.id)));
            String::new()
        });
        let mut answers = Vec::new();
        for answer in &node.answers {
            match node_strings.answers.get(&answer.id) {
                Some(label) => answers.push(label.clone()),
                None => problems.push(at(format!(
                    "node \"{}\": answer \"{}\" has no label (.answer-{})",
                    node.id, answer.id, answer.id
                ))),
            }
        }
        for label in node_strings.answers.keys() {
            if !node.answers.iter().any(|a| &a.id == label) {
                problems.push(at(format!("node \"{}\" has a label for unknown answer \"{label}\"", node.id)));
            }
        }
        let mut still_failing = Vec::new();
        for link in &node.still_failing {
            match node_strings.still_failing.get(&link.id) {
                Some(label) => still_failing.push(label.clone()),
                None => problems.push(at(format!(
                    "node \"{}\": still-failing link \"{}\" has no label (.still-failing-{})",
                    node.id, link.id, link.id
                ))),
            }
        }
        for label in node_strings.still_failing.keys() {
            if !node.still_failing.iter().any(|l| &l.id == label) {
                problems
                    .push(at(format!("node \"{}\" has a label for unknown still-failing link \"{label}\"", node.id)));
            }
        }
        let body_file = body_dir.join(format!("{}.md", node.id));
        let body_markdown = match std::fs::read_to_string(&body_file) {
            Ok(text) if !text.trim().is_empty() => text,
            Ok(_) => {
                problems.push(Diagnostic::new(&body_file, 0, "body is empty"));
                continue;
            }
            Err(_) => {
                problems.push(Diagnostic::new(&body_file, 0, format!("missing body of node \"{}\"", node.id)));
                continue;
            }
        };
        let rendered = markdown::render(&body_file, &body_markdown, locale.as_str(), &mut problems);
        for (target, line) in &rendered.internal_links {
            if !known.contains(target.as_str()) {
                problems.push(Diagnostic::new(
                    &body_file,
                    *line,
                    format!("internal link to unknown node \"{target}\""),
                ));
            }
        }
        texts.push(NodeTexts {
            title: node_strings.title.clone(),
            summary,
            answers,
            still_failing,
            body_markdown,
            body_html: rendered.html,
        });
    }
    problems.extend(orphan_bodies(&body_dir, nodes));
    if problems.is_empty() {
        Ok(LocaleContent { locale, ui: strings.ui, texts })
    } else {
        Err(problems)
    }
}

fn orphan_bodies(body_dir: &Path, nodes: &[TreeNode]) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(body_dir) else { return Vec::new() };
    entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            path.extension().is_some_and(|e| e == "md") && !nodes.iter().any(|n| n.id == stem)
        })
        .map(|path| Diagnostic::new(&path, 0, "body file for a node that is not in tree.toml"))
        .collect()
}

/// Every file the build must watch: the whole tree below `root`.
pub fn watched_paths(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.to_path_buf()];
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path.clone());
            }
            out.push(path);
        }
    }
    out.sort();
    out
}

fn unexpected_locale_folders(root: &Path) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return vec![Diagnostic::new(root, 0, "content folder not found")];
    };
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let looks_like_locale = name.len() <= 3 && name.chars().all(|c| c.is_ascii_lowercase());
            entry.path().is_dir() && looks_like_locale && Locale::parse(&name).is_none()
        })
        .map(|entry| {
            Diagnostic::new(
                &entry.path(),
                0,
                format!(
                    "locale folder \"{}\" is not a shipped locale; add it to acr_vocab::Locale to ship it",
                    entry.file_name().to_string_lossy()
                ),
            )
        })
        .collect()
}
