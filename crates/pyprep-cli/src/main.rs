//! The `pyprep` binary: parses the command line, calls `pyprep-app`, prints results
//! (text or `--json`) and decides the exit code: 0 success, 1 "no" (not accepted,
//! problems found), 2 bad input or usage.
//!
//! It is also the sandbox init: started with the hidden first argument
//! `__sandbox-init`, it hands over to the judge's init before anything else.

mod commands;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit code for "the command ran and the answer is no".
pub const EXIT_NO: u8 = 1;
/// Exit code for bad input or usage.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "pyprep",
    version,
    about = "Prepare for Python developer interviews: a question bank with model answers, and coding exercises graded by a sandboxed judge."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Grade a Python file against every test of an exercise, in the sandbox.
    Judge(commands::judge::Args),
    /// List the bank's items (questions and exercises), with filters.
    List(commands::list::Args),
    /// Show one item: a question (answer with --answer) or an exercise.
    Show(commands::show::Args),
    /// Search prompts, answers, topics and statements (typo-tolerant).
    Search(commands::search::Args),
    /// Count the bank's items per area and kind.
    Areas(commands::areas::Args),
    /// Set up what exercises need (`pyprep setup python`: NumPy, pandas, ...).
    ///
    /// Makes a virtual environment in PYPREP_HOME with the packages the bank requires;
    /// the judge uses it unless PYPREP_PYTHON is set.
    Setup(commands::setup::Args),
    /// Tools for content authors.
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
    /// Import exercises from other formats.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
}

#[derive(Debug, Subcommand)]
enum DevCommand {
    /// Validate content: metadata, references accepted, starters and wrong solutions rejected, code blocks run.
    Check(commands::check::Args),
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Import Exercism practice exercises as unittest-graded pyprep exercises.
    Exercism(commands::import::Args),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some(pyprep_judge::sandbox::INIT_ARG) {
        #[cfg(target_os = "linux")]
        return ExitCode::from(pyprep_judge::sandbox::init::run(&args[2..]).clamp(0, 255) as u8);
        #[cfg(not(target_os = "linux"))]
        return ExitCode::from(EXIT_USAGE);
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Judge(a) => commands::judge::run(a),
        Command::List(a) => commands::list::run(a),
        Command::Show(a) => commands::show::run(a),
        Command::Search(a) => commands::search::run(a),
        Command::Areas(a) => commands::areas::run(a),
        Command::Setup(a) => commands::setup::run(a),
        Command::Dev {
            command: DevCommand::Check(a),
        } => commands::check::run(a),
        Command::Import {
            command: ImportCommand::Exercism(a),
        } => commands::import::run(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
