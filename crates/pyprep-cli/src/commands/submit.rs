//! `pyprep run` (visible tests) and `pyprep submit` (all tests); both recorded.

use std::path::PathBuf;

use pyprep_app::practice;
use pyprep_core::RunVerdict;
use pyprep_store::AttemptMode;

use super::judge::{render, warn_isolation};
use super::{context, print_json};
use crate::EXIT_NO;

/// `pyprep run ID FILE` / `pyprep submit ID FILE`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// An exercise id, or the path of an exercise folder.
    exercise: String,
    /// The Python file to grade.
    solution: PathBuf,
    /// Print the judge's JSON object (with `attempt` and `solved` added).
    #[arg(long)]
    json: bool,
    /// Refuse to run with less than full isolation.
    #[arg(long)]
    require_sandbox: bool,
}

pub fn run(a: Args, mode: AttemptMode) -> anyhow::Result<u8> {
    let ctx = context(a.require_sandbox)?;
    let exercise = ctx.exercise(&a.exercise)?;
    let code = std::fs::read(&a.solution)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", a.solution.display()))?;
    let g = practice::grade(&ctx, &exercise, &code, mode, 0)?;
    warn_isolation(&g.report);
    if a.json {
        let mut v = serde_json::to_value(&g.report)?;
        if let serde_json::Value::Object(m) = &mut v {
            m.insert("attempt".into(), g.attempt.into());
            m.insert("mode".into(), mode.as_str().into());
            m.insert("solved".into(), g.newly_solved.into());
        }
        print_json(&v)?;
    } else {
        print!("{}", render(&g.report));
        let id = &exercise.meta.id;
        match (mode, g.report.verdict) {
            (AttemptMode::Run, RunVerdict::Accepted) => println!(
                "Visible tests pass. Hidden tests decide: `pyprep submit {id} {}`.",
                a.solution.display()
            ),
            (AttemptMode::Submit, RunVerdict::Accepted) if g.newly_solved => {
                println!("Solved! The reference is now open: `pyprep show {id} --reveal`.")
            }
            (AttemptMode::Submit, RunVerdict::Accepted) => println!("Accepted again."),
            _ => println!("Not yet. Stuck? `pyprep practice {id}` shows hints one at a time."),
        }
    }
    Ok(if g.report.verdict == RunVerdict::Accepted {
        0
    } else {
        EXIT_NO
    })
}
