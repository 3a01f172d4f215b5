//! Compiles `content/` into Rust data (validated; any problem fails the build as `file:line: message`)
//! and records the build's version and date for the footer.

use std::path::Path;
use std::process::Command;

// The same date arithmetic as the CLI's report date (only `date_of_epoch` is needed here).
#[allow(dead_code)]
#[path = "src/civil_date.rs"]
mod civil_date;

fn main() {
    // Read when the script runs, not when it is compiled: a build script compiled for another checkout of the same
    // package (git worktrees sharing a target folder) would otherwise ask that checkout's git for the commit.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir);
    // Relative, so that problems read `content/tree.toml:42: …` (build scripts run in the package root).
    let content_dir = Path::new("content");
    for path in acr_content_compiler::watched_paths(content_dir) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let content = match acr_content_compiler::load(content_dir) {
        Ok(content) => content,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            panic!("content/ has {} problem(s); see the lines above", problems.len());
        }
    };
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("content.rs"), acr_content_compiler::rust_source(&content))
        .expect("write generated content");
    write_locale_files(&content, Path::new(&out_dir));

    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/refs/heads");
    let (commit, date) = build_identity(root);
    println!("cargo:rustc-env=ACR_GUIDE_COMMIT={commit}");
    println!("cargo:rustc-env=ACR_GUIDE_BUILD_DATE={date}");
}

/// Writes the per-locale files and the rules file into `OUT_DIR/locale-files/`, where the tests read them. The web build gets its
/// copies from `export-locale-files` (crates/content-compiler), Trunk's post-build hook, which calls the same writer.
fn write_locale_files(content: &acr_content_compiler::Content, out_dir: &Path) {
    let dir = out_dir.join("locale-files");
    // Start empty so that only the current files are there.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the locale file folder");
    for file in acr_content_compiler::locale_files(content) {
        std::fs::write(dir.join(&file.name), &file.text).expect("write a locale file");
    }
    let rules = acr_content_compiler::rules_file(content);
    std::fs::write(dir.join(&rules.name), &rules.text).expect("write the rules file");
}

/// Short commit and its date (YYYY-MM-DD). `SOURCE_DATE_EPOCH` wins for the date; never the wall clock.
fn build_identity(root: &Path) -> (String, String) {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
            .filter(|text| !text.is_empty())
    };
    let commit = git(&["rev-parse", "--short=10", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let date = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|epoch| epoch.trim().parse::<i64>().ok())
        .map(civil_date::date_of_epoch)
        .or_else(|| git(&["log", "-1", "--format=%cs"]))
        .unwrap_or_else(|| "unknown".into());
    (commit, date)
}
