//! The command line: parses arguments, resolves them into validated run settings, runs, and
//! maps every outcome to a documented exit code.

pub mod args;
pub mod exit;
pub mod flow;
pub mod profile;
pub mod run;

use clap::Parser;

pub use args::{Cli, Command, RunArgs};

/// Entry point used by `main.rs`; returns the process exit code.
pub fn main() -> i32 {
    let (argv, reporter_options) = args::extract_reporter_options(std::env::args().collect());
    let cli = match Cli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return code;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return exit::CONFIG;
        }
    };
    match cli.command {
        Command::Run(mut a) => {
            a.reporter_options = reporter_options;
            runtime.block_on(run::run(*a))
        }
        Command::Mock(m) => match m.which {
            args::MockWhich::Leanix(l) => runtime.block_on(crate::mock::cli::run(l)),
        },
    }
}

/// Resolves on Ctrl-C or SIGTERM (the run stops cleanly; the emulator shuts down).
pub(crate) async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {},
                    _ = term.recv() => {},
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
