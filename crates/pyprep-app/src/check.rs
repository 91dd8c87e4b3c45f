use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use pyprep_bank::{Bank, Exercise, Problem, Question, load_embedded_checked, load_path};
use pyprep_core::RunVerdict;
use pyprep_judge::{Judge, JudgeError};
use rayon::prelude::*;
use serde::Serialize;

use crate::context::{AppError, Context};

/// Counts of what `dev check` looked at.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckSummary {
    /// Exercises checked.
    pub exercises: usize,
    /// Questions checked.
    pub questions: usize,
    /// Interview formats checked.
    pub formats: usize,
    /// Judge runs (references, starters, wrong solutions).
    pub judged: usize,
    /// Python code blocks run.
    pub code_blocks: usize,
    /// Items skipped because packages are missing, with the packages.
    pub skipped: Vec<String>,
}

/// The result of `dev check`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckOutcome {
    /// Problems found; empty means the content is good.
    pub problems: Vec<Problem>,
    /// What was checked.
    pub summary: CheckSummary,
}

enum Job<'a> {
    Reference(&'a Exercise),
    Starter(&'a Exercise),
    Wrong(&'a Exercise, usize),
    Block(&'a Question, pyprep_bank::CodeBlock),
}

/// Checks the built-in bank (no paths) or the given packs, exercise folders and
/// question files: metadata, then every reference, starter, wrong solution and
/// code block through the judge, in parallel. `progress(done, total)` is called as
/// jobs finish.
pub fn check(
    ctx: &Context,
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<CheckOutcome, AppError> {
    let (bank, mut problems) = if paths.is_empty() {
        load_embedded_checked()
    } else {
        let mut bank = Bank::default();
        let mut problems = Vec::new();
        for p in paths {
            let (b, ps) = load_path(p);
            problems.extend(ps);
            bank.merge(b, &mut problems);
        }
        if bank.exercises.is_empty()
            && bank.questions.is_empty()
            && bank.formats.is_empty()
            && problems.is_empty()
        {
            problems.push(Problem::new(
                paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                None,
                "no exercises, questions or formats found here",
            ));
        }
        (bank, problems)
    };
    problems.extend(unknown_related(&bank, ctx.bank()));
    problems.extend(formats_without_items(&bank, ctx.bank()));
    let judge = ctx.judge()?;
    let mut summary = CheckSummary {
        exercises: bank.exercises.len(),
        questions: bank.questions.len(),
        formats: bank.formats.len(),
        ..CheckSummary::default()
    };

    let mut jobs: Vec<Job<'_>> = Vec::new();
    for e in &bank.exercises {
        let missing = judge.interpreter.missing_packages(&e.meta.requires);
        if !missing.is_empty() {
            summary
                .skipped
                .push(format!("{} (needs {})", e.meta.id, missing.join(", ")));
            continue;
        }
        jobs.push(Job::Reference(e));
        jobs.push(Job::Starter(e));
        for k in 0..e.meta.wrong.len() {
            jobs.push(Job::Wrong(e, k));
        }
    }
    for q in &bank.questions {
        let blocks: Vec<_> = q
            .code_blocks()
            .into_iter()
            .filter(|b| b.lang == "python")
            .collect();
        if blocks.is_empty() {
            continue;
        }
        let missing = judge.interpreter.missing_packages(&q.meta.requires);
        if !missing.is_empty() {
            summary
                .skipped
                .push(format!("{} (needs {})", q.meta.id, missing.join(", ")));
            continue;
        }
        for b in blocks {
            jobs.push(Job::Block(q, b));
        }
    }
    summary.judged = jobs.iter().filter(|j| !matches!(j, Job::Block(..))).count();
    summary.code_blocks = jobs.len() - summary.judged;
    let total = jobs.len();
    let done = AtomicUsize::new(0);
    let found: Vec<Problem> = jobs
        .par_iter()
        .flat_map_iter(|job| {
            let out = run_job(judge, job);
            progress(done.fetch_add(1, Ordering::SeqCst) + 1, total);
            out
        })
        .collect();
    problems.extend(found);
    Ok(CheckOutcome { problems, summary })
}

/// `related` must name items that exist: questions point at exercises and exercises
/// at questions, in the checked content or the built-in bank.
fn unknown_related(bank: &Bank, builtin: &Bank) -> Vec<Problem> {
    let is_exercise = |id: &str| bank.exercise(id).is_some() || builtin.exercise(id).is_some();
    let is_question = |id: &str| bank.question(id).is_some() || builtin.question(id).is_some();
    let mut problems = Vec::new();
    for q in &bank.questions {
        for r in &q.meta.related {
            if !is_exercise(r.as_str()) {
                problems.push(Problem::new(
                    &q.path,
                    None,
                    format!("related names {r}, which is not an exercise in the bank"),
                ));
            }
        }
    }
    for e in &bank.exercises {
        for r in &e.meta.related {
            if !is_question(r.as_str()) {
                problems.push(Problem::new(
                    e.files.shown("exercise.toml"),
                    None,
                    format!("related names {r}, which is not a question in the bank"),
                ));
            }
        }
    }
    problems
}

/// Every round of every format must find enough items, for each role and level the
/// format suits, in the checked content plus the built-in bank.
fn formats_without_items(bank: &Bank, builtin: &Bank) -> Vec<Problem> {
    let mut items = crate::drill::items_of(builtin);
    let known: std::collections::HashSet<String> = items.iter().map(|i| i.id.clone()).collect();
    items.extend(
        crate::drill::items_of(bank)
            .into_iter()
            .filter(|i| !known.contains(&i.id)),
    );
    let mut problems = Vec::new();
    for f in &bank.formats {
        let roles: Vec<Option<pyprep_core::Role>> = if f.roles.is_empty() {
            std::iter::once(None)
                .chain(pyprep_core::Role::ALL.iter().copied().map(Some))
                .collect()
        } else {
            f.roles.iter().copied().map(Some).collect()
        };
        let levels: Vec<Option<pyprep_core::Level>> = if f.levels.is_empty() {
            std::iter::once(None)
                .chain(pyprep_core::Level::ALL.iter().copied().map(Some))
                .collect()
        } else {
            f.levels.iter().copied().map(Some).collect()
        };
        for role in &roles {
            for level in &levels {
                if let Err(e) = pyprep_coach::mock::choose(
                    &crate::mock::filters(f),
                    &items,
                    *role,
                    *level,
                    1,
                    &pyprep_coach::mock::Leanings::default(),
                ) {
                    problems.push(Problem::new(
                        &f.path,
                        None,
                        format!(
                            "{e} (role {}, level {})",
                            role.map_or("any", |r| r.as_str()),
                            level.map_or("any", |l| l.as_str())
                        ),
                    ));
                }
            }
        }
    }
    problems
}

fn run_job(judge: &Judge, job: &Job<'_>) -> Vec<Problem> {
    match job {
        Job::Reference(e) => {
            let at = e.files.shown("reference.py");
            match judge.judge(e, e.reference.as_bytes()) {
                Ok(r) if r.verdict == RunVerdict::Accepted => vec![],
                Ok(r) => vec![Problem::new(
                    at,
                    None,
                    format!(
                        "the reference is not accepted: {}{}",
                        r.verdict,
                        first_failure(&r)
                    ),
                )],
                Err(err) => vec![judge_problem(at, err)],
            }
        }
        Job::Starter(e) => {
            let at = e.files.shown("starter.py");
            match judge.judge(e, e.starter.as_bytes()) {
                Ok(r) if e.meta.starter_passes && r.verdict != RunVerdict::Accepted => {
                    vec![Problem::new(
                        at,
                        None,
                        format!(
                            "starter_passes is true but the starter is not accepted: {}{}",
                            r.verdict,
                            first_failure(&r)
                        ),
                    )]
                }
                Ok(r) if !e.meta.starter_passes && r.verdict == RunVerdict::Accepted => {
                    vec![Problem::new(
                        at,
                        None,
                        "the starter is accepted as it is: make it incomplete, or set starter_passes = true for a refactoring exercise",
                    )]
                }
                Ok(_) => vec![],
                Err(err) => vec![judge_problem(at, err)],
            }
        }
        Job::Wrong(e, k) => {
            let w = &e.meta.wrong[*k];
            let at = e.files.shown(&w.file);
            let Some(code) = e.files.files.get(&w.file) else {
                return vec![];
            };
            match judge.judge(e, code) {
                Ok(r) if r.verdict.as_str() == w.verdict => vec![],
                Ok(r) => vec![Problem::new(
                    at,
                    None,
                    format!(
                        "this wrong solution should get {} but got {}{}",
                        w.verdict,
                        r.verdict,
                        first_failure(&r)
                    ),
                )],
                Err(err) => vec![judge_problem(at, err)],
            }
        }
        Job::Block(q, b) => {
            let memory = if q.meta.requires.is_empty() {
                256
            } else {
                1024
            };
            match judge.run_script(&b.code, Duration::from_secs(10), memory) {
                Err(err) => vec![judge_problem(q.path.clone(), err)],
                Ok(out) if out.timed_out => vec![Problem::new(
                    &q.path,
                    Some(b.line),
                    "python block ran longer than 10 s",
                )],
                Ok(out) if out.code != 0 => {
                    let last = out
                        .stderr
                        .lines()
                        .rev()
                        .find(|l| !l.trim().is_empty())
                        .unwrap_or("")
                        .to_string();
                    vec![Problem::new(
                        &q.path,
                        Some(b.line),
                        format!("python block failed (exit {}): {last}", out.code),
                    )]
                }
                Ok(out) => match &b.expected_output {
                    Some(expected)
                        if !pyprep_judge::compare::stdout_matches(expected, &out.stdout) =>
                    {
                        vec![Problem::new(
                            &q.path,
                            Some(b.line),
                            format!(
                                "python block printed something else than its output block:\n--- expected\n{}\n--- got\n{}",
                                expected.trim_end(),
                                out.stdout.trim_end()
                            ),
                        )]
                    }
                    _ => vec![],
                },
            }
        }
    }
}

fn first_failure(r: &pyprep_judge::Report) -> String {
    if let Some(m) = &r.message {
        return format!(" ({m})");
    }
    r.tests
        .iter()
        .find(|t| t.verdict != pyprep_core::TestVerdict::Passed)
        .map(|t| {
            format!(
                " (test {:?}: {:?}{})",
                t.name,
                t.verdict,
                t.message
                    .as_deref()
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

fn judge_problem(at: String, err: JudgeError) -> Problem {
    Problem::new(at, None, err.to_string())
}
