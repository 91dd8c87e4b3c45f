//! Practising exercises: a workspace folder per exercise, hints one at a time, runs
//! (visible tests) and submissions (all tests, recorded), the reference only after
//! acceptance or a recorded give-up, and what to practise next.

use std::collections::HashSet;
use std::path::PathBuf;

use pyprep_bank::Exercise;
use pyprep_coach::pick;
use pyprep_core::{Kind, RunVerdict};
use pyprep_judge::Report;
use pyprep_store::{Attempt, AttemptMode, ExerciseProgress};
use serde::Serialize;

use crate::catalog::Filter;
use crate::drill::items;
use crate::{AppError, Context, stats};

/// An exercise's folder in `PYPREP_HOME/workspace`.
#[derive(Debug, Clone, Serialize)]
pub struct Workspace {
    /// Exercise id.
    pub exercise: String,
    /// The folder.
    pub dir: PathBuf,
    /// The file the user edits (`<module>.py`).
    pub solution: PathBuf,
    /// The statement, as Markdown.
    pub readme: PathBuf,
    /// Whether the solution file was just created from the starter.
    pub created: bool,
}

fn io_err(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> AppError + '_ {
    move |source| AppError::Read {
        path: path.display().to_string(),
        source,
    }
}

/// The user's progress on `id` (empty when never opened).
pub fn progress(ctx: &Context, id: &str) -> Result<ExerciseProgress, AppError> {
    Ok(ctx
        .store()?
        .progress(id)?
        .unwrap_or_else(|| ExerciseProgress {
            exercise: id.to_string(),
            ..ExerciseProgress::default()
        }))
}

/// Opens (creating when needed) the workspace of `exercise`: the statement is
/// refreshed, an existing solution file is kept, a missing one starts as the starter.
pub fn open(ctx: &Context, exercise: &Exercise) -> Result<Workspace, AppError> {
    let id = exercise.meta.id.to_string();
    let dir = ctx.home.join("workspace").join(&id);
    std::fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    // Absolute and resolved, as file watchers report paths.
    let dir = dir.canonicalize().map_err(io_err(&dir))?;
    let readme = dir.join("README.md");
    let m = &exercise.meta;
    let text = format!(
        "# {}\n\n_{} · {} · graded by {}_\n\n{}\n\n---\nEdit `{}.py`; every save is graded while `pyprep practice` runs.\nOr: `pyprep run {id} {}.py` (visible tests), `pyprep submit {id} {}.py` (all tests).\n",
        m.title,
        m.area,
        m.difficulty,
        m.grading,
        exercise.statement.trim(),
        m.module,
        m.module,
        m.module
    );
    std::fs::write(&readme, text).map_err(io_err(&readme))?;
    let solution = dir.join(format!("{}.py", m.module));
    let created = !solution.exists();
    if created {
        std::fs::write(&solution, &exercise.starter).map_err(io_err(&solution))?;
    }
    let mut p = progress(ctx, &id)?;
    if p.started_at.is_none() {
        p.started_at = Some(ctx.clock().now);
        ctx.store()?.save_progress(&p)?;
    }
    Ok(Workspace {
        exercise: id,
        dir,
        solution,
        readme,
        created,
    })
}

/// Puts the starter back into the workspace's solution file.
pub fn reset(exercise: &Exercise, ws: &Workspace) -> Result<(), AppError> {
    std::fs::write(&ws.solution, &exercise.starter).map_err(io_err(&ws.solution))
}

/// Reveals the next hint; `None` when all were shown. The count is saved.
pub fn next_hint(ctx: &Context, exercise: &Exercise) -> Result<Option<(usize, String)>, AppError> {
    let mut p = progress(ctx, exercise.meta.id.as_str())?;
    let hints = &exercise.meta.hints;
    let shown = p.hints_used as usize;
    if shown >= hints.len() {
        return Ok(None);
    }
    p.hints_used += 1;
    ctx.store()?.save_progress(&p)?;
    Ok(Some((shown + 1, hints[shown].clone())))
}

/// Adds practice time to an exercise.
pub fn add_time(ctx: &Context, id: &str, ms: u64) -> Result<(), AppError> {
    if ms == 0 {
        return Ok(());
    }
    let mut p = progress(ctx, id)?;
    p.time_spent_ms = p.time_spent_ms.saturating_add(ms);
    ctx.store()?.save_progress(&p)?;
    Ok(())
}

/// A graded run or submission.
#[derive(Debug, Clone, Serialize)]
pub struct Graded {
    /// The judge's report.
    pub report: Report,
    /// The attempt's id in the store.
    pub attempt: i64,
    /// This submission solved the exercise for the first time.
    pub newly_solved: bool,
}

/// Grades `code`: visible tests for [`AttemptMode::Run`], all for
/// [`AttemptMode::Submit`]. Either way the attempt (and `spent_ms` of practice time)
/// is recorded in one transaction.
pub fn grade(
    ctx: &Context,
    exercise: &Exercise,
    code: &[u8],
    mode: AttemptMode,
    spent_ms: u64,
) -> Result<Graded, AppError> {
    let report = ctx
        .judge()?
        .judge_with(exercise, code, mode == AttemptMode::Run)?;
    let id = exercise.meta.id.to_string();
    let now = ctx.clock().now;
    let mut p = progress(ctx, &id)?;
    p.started_at.get_or_insert(now);
    p.time_spent_ms = p.time_spent_ms.saturating_add(spent_ms);
    let newly_solved = mode == AttemptMode::Submit
        && report.verdict == RunVerdict::Accepted
        && p.solved_at.is_none();
    if newly_solved {
        p.solved_at = Some(now);
    }
    let attempt = Attempt {
        id: 0,
        exercise: id,
        mode,
        verdict: report.verdict,
        passed: report.passed as u32,
        total: report.total as u32,
        at: now,
        code: String::from_utf8_lossy(code).into_owned(),
    };
    let attempt = ctx.store()?.record_attempt(&attempt, &p)?;
    Ok(Graded {
        report,
        attempt,
        newly_solved,
    })
}

/// The reference solution, and whether asking for it was recorded as a give-up.
#[derive(Debug, Clone, Serialize)]
pub struct Revealed {
    /// The reference.
    pub reference: String,
    /// The exercise was not solved, so this counts as giving up.
    pub gave_up: bool,
}

/// The reference of `exercise`: free once solved; before that only with `give_up`,
/// which is recorded.
pub fn reveal(ctx: &Context, exercise: &Exercise, give_up: bool) -> Result<Revealed, AppError> {
    let id = exercise.meta.id.as_str();
    let mut p = progress(ctx, id)?;
    if p.solved_at.is_some() {
        return Ok(Revealed {
            reference: exercise.reference.clone(),
            gave_up: false,
        });
    }
    if !give_up {
        return Err(AppError::Input(format!(
            "{id} is not solved yet: the reference opens after an accepted submission, or after giving up (recorded)"
        )));
    }
    p.gave_up_at.get_or_insert(ctx.clock().now);
    ctx.store()?.save_progress(&p)?;
    Ok(Revealed {
        reference: exercise.reference.clone(),
        gave_up: true,
    })
}

/// The exercise to practise next among those `filter` selects, leaving out `skip`.
pub fn next(ctx: &Context, filter: &Filter, skip: &[String]) -> Result<Option<String>, AppError> {
    next_given(ctx, filter, skip, &stats::compute(ctx)?)
}

/// [`next`] with the statistics already at hand (callers picking several at once).
pub fn next_given(
    ctx: &Context,
    filter: &Filter,
    skip: &[String],
    st: &pyprep_coach::progress::Stats,
) -> Result<Option<String>, AppError> {
    let mut filter = filter.clone();
    filter.kind = Some(Kind::Exercise);
    let wanted: HashSet<String> = crate::catalog::list(ctx.bank(), &filter)
        .into_iter()
        .filter_map(|i| match i {
            pyprep_bank::Item::Exercise(e) => Some(e.meta.id.to_string()),
            pyprep_bank::Item::Question(_) => None,
        })
        .filter(|id| !skip.contains(id))
        .collect();
    let all = items(ctx);
    let exercises: Vec<_> = all.iter().filter(|i| wanted.contains(&i.id)).collect();
    let progress = ctx.store()?.all_progress()?;
    let solved: HashSet<String> = progress
        .iter()
        .filter(|p| p.solved_at.is_some())
        .map(|p| p.exercise.clone())
        .collect();
    let gave_up: HashSet<String> = progress
        .iter()
        .filter(|p| p.gave_up_at.is_some())
        .map(|p| p.exercise.clone())
        .collect();
    let started: HashSet<String> = progress
        .iter()
        .filter(|p| p.started_at.is_some())
        .map(|p| p.exercise.clone())
        .collect();
    Ok(pick::next_exercise(&exercises, st, &solved, &gave_up, &started).map(|e| e.id.clone()))
}
