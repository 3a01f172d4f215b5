//! Helpers shared by the test modules: where the fixtures and the content live, and reading them with the file
//! named in every failure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

/// A path inside this repository.
pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// `tests/fixtures/<relative>`.
pub fn fixture_path(relative: &str) -> PathBuf {
    repo_path("tests/fixtures").join(relative)
}

/// Reads and parses a TOML file; a failure names the file.
pub fn read_toml<T: DeserializeOwned>(path: &Path) -> T {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    toml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Parses the TOML fixture `tests/fixtures/<relative>`.
pub fn toml_fixture<T: DeserializeOwned>(relative: &str) -> T {
    read_toml(&fixture_path(relative))
}

/// `content/`, compiled as `build.rs` compiles it.
pub fn content() -> acr_content_compiler::Content {
    acr_content_compiler::load(&repo_path("content"))
        .unwrap_or_else(|problems| panic!("content does not load: {problems:#?}"))
}

/// The terminology checks (`tests/fixtures/content-checks/glossary.toml`): per locale, the terms to use and to
/// avoid, and machine-translation artefacts.
#[derive(Deserialize)]
pub struct Glossary {
    pub term: Vec<Term>,
    /// Locale code → strings that must not appear.
    pub artefacts: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
pub struct Term {
    pub en: String,
    /// Locale code → the locale's rendering.
    #[serde(flatten)]
    pub locales: BTreeMap<String, LocaleTerm>,
}

#[derive(Deserialize, Debug)]
pub struct LocaleTerm {
    #[serde(rename = "use")]
    pub uses: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
}

pub fn glossary() -> Glossary {
    toml_fixture("content-checks/glossary.toml")
}

/// Lower-cases Turkish correctly: İ → i and I → ı (Rust's `to_lowercase` maps I → i).
pub fn fold_turkish(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            'İ' => vec!['i'],
            'I' => vec!['ı'],
            other => other.to_lowercase().collect(),
        })
        .collect()
}

/// Runs the native command line with `args`, as a user runs it.
pub fn run_cli<A: AsRef<std::ffi::OsStr>>(args: &[A]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_acr-net-guide")).args(args).output().expect("run acr-net-guide")
}
