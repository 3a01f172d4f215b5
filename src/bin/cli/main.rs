//! `acr-net-guide`: the troubleshooter on the command line (a thin layer over the core).
//!
//! Native only: on wasm32 the binary is an empty shell so that `cargo test --target wasm32-unknown-unknown`
//! (which builds every binary of the package) still compiles.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod nodes;
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
                Err(problems) => {
                    for problem in problems {
                        eprintln!("acr-net-guide: {problem}");
                    }
                    return std::process::ExitCode::from(2);
                }
            }
        }
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

#[cfg(target_arch = "wasm32")]
fn main() {}
