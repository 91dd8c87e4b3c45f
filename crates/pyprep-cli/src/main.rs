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
    about = "Prepare for Python developer interviews: a question bank with model answers and spaced-repetition drills, coding exercises graded by a sandboxed judge, and progress toward readiness."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Drill questions: answer, see which key points you covered, rate your recall.
    ///
    /// Due reviews come first, then new questions (today's allowance, or --new N).
    /// Type an answer and end it with a line holding only "."; or ":e" for $EDITOR.
    Drill(commands::drill::Args),
    /// What is due for review now, and how many new questions are available.
    Due(commands::due::Args),
    /// Key-point feedback on an answer to a question, and a suggested rating.
    Answer(commands::answer::Args),
    /// Record how well you recalled a question (again, hard, good, easy).
    Review(commands::review::Args),
    /// Solve an exercise in your editor: every save is graded; hints, run, submit.
    Practice(commands::practice::Args),
    /// Grade a file against an exercise's visible tests (recorded as a run).
    Run(commands::submit::Args),
    /// Grade a file against all of an exercise's tests (recorded as an attempt).
    Submit(commands::submit::Args),
    /// Progress: per-area scores, readiness, activity, what to do next.
    Stats(commands::stats::Args),
    /// Mock interviews: `pyprep mock FORMAT` runs one; `start/answer/finish/report` script it.
    Mock(commands::mock::Args),
    /// Today's agenda: reviews, new questions, exercises, a mock, reminders.
    Today(commands::plan::TodayArgs),
    /// The plan toward the interview date (`plan set`, `plan show`).
    Plan(commands::plan::Args),
    /// Track applications: company, role, stage, dates, contacts, notes, interviews.
    Apply(Box<commands::apply::Args>),
    /// After an interview: `pyprep followup thank-you APP` drafts the note.
    Followup(commands::apply::FollowupArgs),
    /// An interview-day brief for an application's next round.
    Prepare(commands::apply::PrepareArgs),
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
    /// Show or change settings (retention, new per day, interview date, role, level).
    Settings(commands::settings::Args),
    /// Fit the review scheduler to your own review history.
    Optimize(commands::optimize::Args),
    /// Write all your data (reviews, attempts, settings) to one JSON file.
    Export(commands::export::Args),
    /// Read a file written by `pyprep export` (merging with what is here).
    ImportData(commands::import_data::Args),
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
        Command::Drill(a) => commands::drill::run(a),
        Command::Mock(a) => commands::mock::run(a),
        Command::Today(a) => commands::plan::today(a),
        Command::Plan(a) => commands::plan::run(a),
        Command::Apply(a) => commands::apply::run(*a),
        Command::Followup(a) => commands::apply::followup(a),
        Command::Prepare(a) => commands::apply::prepare(a),
        Command::Due(a) => commands::due::run(a),
        Command::Answer(a) => commands::answer::run(a),
        Command::Review(a) => commands::review::run(a),
        Command::Practice(a) => commands::practice::run(a),
        Command::Run(a) => commands::submit::run(a, pyprep_store::AttemptMode::Run),
        Command::Submit(a) => commands::submit::run(a, pyprep_store::AttemptMode::Submit),
        Command::Stats(a) => commands::stats::run(a),
        Command::Settings(a) => commands::settings::run(a),
        Command::Optimize(a) => commands::optimize::run(a),
        Command::Export(a) => commands::export::run(a),
        Command::ImportData(a) => commands::import_data::run(a),
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
