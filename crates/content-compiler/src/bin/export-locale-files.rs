//! Writes the per-locale files of the web build (strings, bodies, search) and its rules file: the only writer of those
//! formats besides `build.rs`'s copy in `OUT_DIR` (both call `acr_content_compiler::locale_files` and `rules_file`, so
//! names and bytes agree with the tables compiled into the wasm).
//!
//! Runs as Trunk's `post_build` hook for `trunk serve` and `trunk build` alike (output folder from
//! `TRUNK_STAGING_DIR` unless `--out` is given). With `--json`, also prints every locale file's kind, locale and
//! name, the rules file's name, and the node titles and body HTML, as JSON on stdout for `scripts/postbuild.mjs` (offline file, baseline
//! pages), so no script has to parse the file format.
//!
//! Usage: export-locale-files [--content DIR] [--out DIR] [--json]

use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;

#[derive(Serialize)]
struct Export<'a> {
    files: Vec<ExportedFile<'a>>,
    /// The rules file's name (it is written next to the locale files).
    rules_file: &'a str,
    /// Per locale, in tree order: what the static baseline pages show.
    pages: Vec<ExportedPages<'a>>,
}

#[derive(Serialize)]
struct ExportedFile<'a> {
    kind: &'a str,
    locale: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct ExportedPages<'a> {
    locale: &'a str,
    nodes: Vec<ExportedNode<'a>>,
    /// All bodies in one text of the bodies format, for the single offline file.
    all_bodies: String,
}

#[derive(Serialize)]
struct ExportedNode<'a> {
    id: &'a str,
    title: &'a str,
    body: &'a str,
}

struct Options {
    content: PathBuf,
    out: Option<PathBuf>,
    json: bool,
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options { content: PathBuf::from("content"), out: None, json: false };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--content" => options.content = args.next().ok_or("--content needs a folder")?.into(),
            "--out" => options.out = Some(args.next().ok_or("--out needs a folder")?.into()),
            "--json" => options.json = true,
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: export-locale-files [--content DIR] [--out DIR] [--json]"
                ))
            }
        }
    }
    if options.out.is_none() {
        options.out = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    }
    if options.out.is_none() && !options.json {
        return Err("nothing to do: give --out DIR (or run as a Trunk hook) and/or --json".into());
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("export-locale-files: {message}");
            return ExitCode::from(2);
        }
    };
    let content = match acr_content_compiler::load(&options.content) {
        Ok(content) => content,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            return ExitCode::FAILURE;
        }
    };
    let files = acr_content_compiler::locale_files(&content);
    let rules = acr_content_compiler::rules_file(&content);
    if let Some(out) = &options.out {
        let written = std::fs::create_dir_all(out)
            .and_then(|()| files.iter().try_for_each(|file| std::fs::write(out.join(&file.name), &file.text)))
            .and_then(|()| std::fs::write(out.join(&rules.name), &rules.text));
        if let Err(error) = written {
            eprintln!("export-locale-files: cannot write into {}: {error}", out.display());
            return ExitCode::FAILURE;
        }
        eprintln!("export-locale-files: {} files -> {}", files.len() + 1, out.display());
    }
    if options.json {
        let export = Export {
            files: files
                .iter()
                .map(|file| ExportedFile { kind: file.kind.prefix(), locale: file.locale, name: &file.name })
                .collect(),
            rules_file: &rules.name,
            pages: content
                .locales
                .iter()
                .map(|locale| ExportedPages {
                    all_bodies: acr_content_compiler::all_bodies(&content, locale),
                    locale: locale.locale.as_str(),
                    nodes: content
                        .nodes
                        .iter()
                        .zip(&locale.texts)
                        .map(|(node, text)| ExportedNode { id: &node.id, title: &text.title, body: &text.body_html })
                        .collect(),
                })
                .collect(),
        };
        let mut stdout = std::io::stdout().lock();
        if let Err(error) = serde_json::to_writer(&mut stdout, &export).map_err(std::io::Error::from).and_then(|()| {
            use std::io::Write;
            stdout.write_all(b"\n")
        }) {
            eprintln!("export-locale-files: cannot write the JSON description: {error}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
