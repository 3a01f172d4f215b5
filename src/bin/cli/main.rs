//! `acr-net-guide`: the troubleshooter on the command line (a thin layer over the core).
//!
//! Native only: on wasm32 the binary is an empty shell so that `cargo test --target wasm32-unknown-unknown`
//! (which builds every binary of the package) still compiles.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod diagnose;
#[cfg(not(target_arch = "wasm32"))]
mod link;
#[cfg(not(target_arch = "wasm32"))]
mod nodes;
#[cfg(not(target_arch = "wasm32"))]
mod probe;
#[cfg(not(target_arch = "wasm32"))]
mod snippets;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;

    let cli = args::Cli::parse();
    let mut stdout = std::io::stdout().lock();
    let written = match cli.command {
        args::Command::Nodes { locale, format } => nodes::print(&mut stdout, locale, format),
        args::Command::Snippets { locale, format, only, inputs } => {
            let t = acr_net_guide::i18n::Localizer::new(locale);
            match snippets::validated(&inputs, &t) {
                Ok(inputs) => snippets::print(&mut stdout, locale, format, &only, &inputs),
                Err(problems) => return usage_error(&problems),
            }
        }
        args::Command::Diagnose { locale, format, text } => {
            diagnose::read_input(text).and_then(|text| diagnose::print(&mut stdout, &text, locale, format))
        }
        args::Command::Probe { options, inputs } => {
            let environment = |name: &str| std::env::var(name).ok();
            match probe::run(&mut stdout, &options, &inputs, &environment) {
                Ok(Ok(problem)) => return std::process::ExitCode::from(u8::from(problem)),
                Ok(Err(error)) => Err(error),
                Err(problems) => return usage_error(&problems),
            }
        }
        args::Command::Link { step, locale, format } => match step_session(&step, locale) {
            Ok(session) => {
                use std::io::Write;
                let url = link::build(&session, &step.base);
                match format {
                    Some(format) => {
                        let title = session.current().title(locale);
                        writeln!(stdout, "{}", acr_net_guide::wiki_link::wiki_link(format, title, &url))
                    }
                    None => writeln!(stdout, "{url}"),
                }
            }
            Err(problems) => return usage_error(&problems),
        },
        args::Command::Report { step, locale, redact, date } => match step_session(&step, locale) {
            Ok(session) => {
                use std::io::Write;
                let t = acr_net_guide::i18n::Localizer::new(locale);
                let date = date.unwrap_or_else(today);
                let options = acr_net_guide::report::ReportOptions { date: &date, redact, base: &step.base };
                let index = acr_net_guide::locale_files::search_index(locale);
                write!(stdout, "{}", acr_net_guide::report::markdown(&session, index, &options, &t))
            }
            Err(problems) => return usage_error(&problems),
        },
    };
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("acr-net-guide: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The session `link` and `report` describe: the inputs validated, then the step and the trail that leads there.
#[cfg(not(target_arch = "wasm32"))]
fn step_session(
    step: &args::StepArgs,
    locale: acr_net_guide::locale::Locale,
) -> Result<acr_net_guide::session::Session, Vec<String>> {
    let t = acr_net_guide::i18n::Localizer::new(locale);
    snippets::validated(&step.inputs, &t)?;
    link::session(&step.node, step.via.as_deref(), locale, &step.inputs).map_err(|problem| vec![problem])
}

/// Today's date (UTC), for the report.
#[cfg(not(target_arch = "wasm32"))]
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX));
    acr_net_guide::civil_date::date_of_epoch(seconds)
}

/// Reports bad input on stderr and exits with status 2 (nothing on stdout).
#[cfg(not(target_arch = "wasm32"))]
fn usage_error(problems: &[String]) -> std::process::ExitCode {
    for problem in problems {
        eprintln!("acr-net-guide: {problem}");
    }
    std::process::ExitCode::from(2)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
