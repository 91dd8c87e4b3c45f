use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use super::{context, print_json};
use crate::EXIT_NO;

/// `pyprep dev check [PATH ...]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Packs, exercise folders or question files; the built-in bank when none.
    paths: Vec<PathBuf>,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(false)?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("checking {bar:30} {pos}/{len} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = |done: usize, total: usize| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    };
    let outcome = pyprep_app::check(&ctx, &a.paths, &progress)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if a.json {
        print_json(&serde_json::json!({
            "ok": outcome.problems.is_empty(),
            "problems": outcome.problems,
            "summary": outcome.summary,
        }))?;
    } else {
        for p in &outcome.problems {
            println!("{p}");
        }
        let s = &outcome.summary;
        eprintln!(
            "checked {} exercises ({} judge runs), {} questions ({} code blocks) and {} formats: {} problem(s)",
            s.exercises,
            s.judged,
            s.questions,
            s.code_blocks,
            s.formats,
            outcome.problems.len()
        );
        if !s.skipped.is_empty() {
            eprintln!(
                "skipped (packages missing; run `pyprep setup python` or pip install them): {}",
                s.skipped.join(", ")
            );
        }
    }
    Ok(if outcome.problems.is_empty() {
        0
    } else {
        EXIT_NO
    })
}
