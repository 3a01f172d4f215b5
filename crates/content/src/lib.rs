//! Build-time loader and validator for `content/`: every problem is reported as `file:line: message`.

mod diagnostic;
mod fluent;
mod generate;

use std::path::{Path, PathBuf};

use acr_vocab::Locale;

pub use diagnostic::Diagnostic;
pub use fluent::LocaleStrings;
pub use generate::rust_source;

/// Everything under `content/`, parsed and validated.
#[derive(Debug)]
pub struct Content {
    pub locales: Vec<LocaleStrings>,
}

/// Loads and validates the content folder; on failure returns every problem found, not just the first.
pub fn load(root: &Path) -> Result<Content, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    for locale in Locale::ALL {
        let code = locale.as_str();
        let dir = root.join(code);
        if !dir.is_dir() {
            problems.push(Diagnostic::new(
                &dir,
                0,
                format!("missing folder for shipped locale \"{code}\""),
            ));
            continue;
        }
        match fluent::load_locale(code, &dir) {
            Ok(strings) => locales.push(strings),
            Err(mut found) => problems.append(&mut found),
        }
    }
    problems.extend(unexpected_locale_folders(root));
    if problems.is_empty() {
        problems.extend(fluent::check_same_keys(&locales));
    }
    if problems.is_empty() {
        Ok(Content { locales })
    } else {
        Err(problems)
    }
}

/// Every file the build must watch: the whole tree below `root`.
pub fn watched_paths(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.to_path_buf()];
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
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
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let looks_like_locale = name.len() <= 3 && name.chars().all(|c| c.is_ascii_lowercase());
        if path.is_dir() && looks_like_locale && Locale::parse(&name).is_none() {
            out.push(Diagnostic::new(
                &path,
                0,
                format!("locale folder \"{name}\" is not a shipped locale; add it to acr_vocab::Locale to ship it"),
            ));
        }
    }
    out
}
