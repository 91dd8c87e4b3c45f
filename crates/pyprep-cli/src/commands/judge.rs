use std::path::PathBuf;

use pyprep_core::{RunVerdict, TestVerdict};
use pyprep_judge::Report;

use super::{context, print_json};
use crate::EXIT_NO;

/// `pyprep judge EXERCISE SOLUTION`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// An exercise id from the bank, or the path of an exercise folder.
    exercise: String,
    /// The Python file to grade.
    solution: PathBuf,
    /// Print one JSON object.
    #[arg(long)]
    json: bool,
    /// Refuse to run with less than full isolation.
    #[arg(long)]
    require_sandbox: bool,
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(a.require_sandbox)?;
    let report = ctx.judge_file(&a.exercise, &a.solution)?;
    warn_isolation(&report);
    if a.json {
        print_json(&report)?;
    } else {
        print!("{}", render(&report));
    }
    Ok(if report.verdict == RunVerdict::Accepted {
        0
    } else {
        EXIT_NO
    })
}

/// Tells on stderr when the sandbox was not complete.
pub fn warn_isolation(report: &Report) {
    if report.sandbox.isolation != "full" {
        eprintln!(
            "warning: sandbox isolation is {} (missing: {})",
            report.sandbox.isolation,
            report.sandbox.missing().join(", ")
        );
        for w in &report.warnings {
            eprintln!("warning: {w}");
        }
    }
}

/// The human-readable report.
pub fn render(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{}: {} ({}/{} tests passed, {:.1} ms)\n",
        r.exercise, r.verdict, r.passed, r.total, r.time_ms
    ));
    if let Some(m) = &r.message {
        for line in m.lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    for t in &r.tests {
        let mark = match t.verdict {
            TestVerdict::Passed => "ok  ",
            TestVerdict::Skipped => "skip",
            _ => "FAIL",
        };
        let hidden = if t.hidden { " (hidden)" } else { "" };
        let verdict = if t.verdict == TestVerdict::Passed {
            String::new()
        } else {
            format!(
                "  {}",
                serde_json::to_string(&t.verdict)
                    .unwrap_or_default()
                    .trim_matches('"')
            )
        };
        out.push_str(&format!(
            "  {mark} {}{hidden}{verdict}  {:.1} ms\n",
            t.name, t.time_ms
        ));
        if let Some(m) = &t.message
            && t.verdict != TestVerdict::Passed
        {
            for line in m.lines() {
                out.push_str(&format!("         {line}\n"));
            }
        }
        if !t.stdout.is_empty() && t.verdict != TestVerdict::Passed {
            out.push_str("         printed:\n");
            for line in t.stdout.lines().take(20) {
                out.push_str(&format!("           {line}\n"));
            }
        }
    }
    if r.verdict != RunVerdict::Accepted
        && r.tests
            .iter()
            .any(|t| t.hidden && t.verdict != TestVerdict::Passed)
    {
        out.push_str("  Hidden tests show only their name and verdict: think about edge cases the visible ones do not cover.\n");
    }
    out
}
