//! Mock interviews: starting one from a format, answering its items (questions scored
//! against their key points, code through the judge), finishing it (missed questions
//! go to the drill queue), its report, a peer's guide and feedback.

use std::collections::{HashMap, HashSet};

use chrono::Duration;
use pyprep_bank::{Format, Item};
use pyprep_coach::feedback;
use pyprep_coach::mock::{self, Leanings, Report, RoundFilter};
use pyprep_core::{Area, Level, Role, RunVerdict, Segment, TestVerdict};
use pyprep_store::{MockAnswer, MockItem, MockRound, MockSession, PeerScore};

use crate::drill::{self, ReviewNotes, items};
use crate::settings::Settings;
use crate::{AppError, Context, stats};

/// A format by id, or an error listing the formats.
pub fn format<'a>(ctx: &'a Context, id: &str) -> Result<&'a Format, AppError> {
    ctx.bank().format(id).ok_or_else(|| {
        AppError::Input(format!(
            "unknown format {id:?}; formats are: {} (see `pyprep mock formats`)",
            ctx.bank()
                .formats
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))
    })
}

/// The rounds of a format as the coach reads them.
pub fn filters(f: &Format) -> Vec<RoundFilter> {
    f.rounds
        .iter()
        .map(|r| RoundFilter {
            segment: r.segment,
            items: r.items as usize,
            areas: r.areas.clone(),
            topics: r.topics.clone(),
            difficulty: r.difficulty.clone(),
        })
        .collect()
}

/// What `start` needs besides the format.
#[derive(Debug, Clone, Copy, Default)]
pub struct StartOptions {
    /// Role (default: the setting).
    pub role: Option<Role>,
    /// Level (default: the setting).
    pub level: Option<Level>,
    /// Seed (default: from the clock).
    pub seed: Option<u64>,
    /// Peer mode: the choice depends on the seed alone, so that an interviewer's
    /// `mock guide FORMAT --seed N` asks the same items.
    pub peer: bool,
}

fn leanings(ctx: &Context) -> Result<Leanings, AppError> {
    let st = stats::compute(ctx)?;
    let need: HashMap<Area, f64> = st
        .areas
        .iter()
        .map(|(a, s)| (*a, 1.0 - f64::from(s.score) / 100.0))
        .collect();
    let now = ctx.clock().now;
    let store = ctx.store()?;
    let mut recent: HashSet<String> = store
        .mocks()?
        .iter()
        .filter(|m| now - m.started_at < Duration::days(21))
        .flat_map(|m| m.items.iter().map(|i| i.id.clone()))
        .collect();
    recent.extend(
        store
            .reviews()?
            .into_iter()
            .filter(|r| now - r.reviewed_at < Duration::days(2))
            .map(|r| r.item),
    );
    Ok(Leanings { need, recent })
}

/// Chooses the items of `f` (per round, bank ids).
pub fn plan(
    ctx: &Context,
    f: &Format,
    role: Option<Role>,
    level: Option<Level>,
    seed: u64,
    neutral: bool,
) -> Result<Vec<Vec<String>>, AppError> {
    let lean = if neutral {
        Leanings::default()
    } else {
        leanings(ctx)?
    };
    let all = items(ctx);
    mock::choose(&filters(f), &all, role, level, seed, &lean)
        .map_err(|e| AppError::Input(format!("format {}: {e}", f.id)))
}

fn area_of(ctx: &Context, id: &str) -> Area {
    match ctx.bank().get(id) {
        Some(Item::Question(q)) => q.meta.area,
        Some(Item::Exercise(e)) => e.meta.area,
        None => Area::CorePython,
    }
}

/// Starts a mock: chooses its items and saves the session.
pub fn start(ctx: &Context, format_id: &str, opts: StartOptions) -> Result<MockSession, AppError> {
    let f = format(ctx, format_id)?;
    let store = ctx.store()?;
    let settings = Settings::load(store)?;
    let role = opts.role.or(settings.role);
    let level = opts.level.or(settings.level);
    let now = ctx.clock().now;
    let seed = opts
        .seed
        .unwrap_or_else(|| (now.timestamp_millis() as u64) % 1_000_000);
    let chosen = plan(ctx, f, role, level, seed, opts.peer)?;
    let mut items_out = Vec::new();
    for (round, ids) in chosen.iter().enumerate() {
        for id in ids {
            items_out.push(MockItem {
                item: items_out.len() as u32 + 1,
                round,
                segment: f.rounds[round].segment,
                id: id.clone(),
                area: area_of(ctx, id),
                answer: None,
                peer: None,
            });
        }
    }
    let base = format!(
        "{}-{}",
        f.id,
        now.with_timezone(&ctx.clock().offset).format("%Y%m%d-%H%M")
    );
    let mut id = base.clone();
    let mut n = 2;
    while store.mock(&id)?.is_some() {
        id = format!("{base}-{n}");
        n += 1;
    }
    let session = MockSession {
        id,
        format: f.id.to_string(),
        role,
        level,
        seed,
        started_at: now,
        finished_at: None,
        rounds: f
            .rounds
            .iter()
            .map(|r| MockRound {
                title: r.title.clone(),
                segment: r.segment,
                // A take-home's clock is its deadline, not the expected working time.
                minutes: r.deadline_hours.map_or(r.minutes, |h| h * 60),
                started_at: None,
                ended_at: None,
            })
            .collect(),
        items: items_out,
        peer_notes: Vec::new(),
    };
    store.save_mock(&session)?;
    Ok(session)
}

/// A session by id, with advice when unknown.
pub fn session(ctx: &Context, id: &str) -> Result<MockSession, AppError> {
    let store = ctx.store()?;
    store.mock(id)?.ok_or_else(|| {
        let known: Vec<String> = store
            .mocks()
            .map(|m| m.into_iter().rev().take(5).map(|m| m.id).collect())
            .unwrap_or_default();
        AppError::Input(format!(
            "unknown mock session {id:?}{}; `pyprep mock list` shows them",
            if known.is_empty() {
                String::new()
            } else {
                format!(" (recent: {})", known.join(", "))
            }
        ))
    })
}

fn item_index(s: &MockSession, item: u32) -> Result<usize, AppError> {
    s.items.iter().position(|i| i.item == item).ok_or_else(|| {
        AppError::Input(format!(
            "session {} has items 1 to {}, not {item}",
            s.id,
            s.items.len()
        ))
    })
}

/// When round `r` started: as recorded, else when the previous round ended (the
/// session's start for the first).
fn round_start(s: &MockSession, r: usize) -> pyprep_store::Timestamp {
    s.rounds[r].started_at.unwrap_or_else(|| {
        if r == 0 {
            s.started_at
        } else {
            (0..r)
                .rev()
                .find_map(|p| s.rounds[p].ended_at)
                .unwrap_or(s.started_at)
        }
    })
}

/// The moment round `r`'s time runs out.
pub fn round_deadline(s: &MockSession, r: usize) -> pyprep_store::Timestamp {
    round_start(s, r) + Duration::minutes(i64::from(s.rounds[r].minutes))
}

/// Marks round `r` as started now (when its first item is shown), if not yet.
pub fn begin_round(ctx: &Context, s: &mut MockSession, r: usize) -> Result<(), AppError> {
    if s.rounds[r].started_at.is_none() {
        s.rounds[r].started_at = Some(ctx.clock().now);
        ctx.store()?.save_mock(s)?;
    }
    Ok(())
}

/// Scores an answer to item `item` and saves it. `answer` is text for questions and
/// the code for coding items.
pub fn answer(
    ctx: &Context,
    id: &str,
    item: u32,
    answer: &str,
) -> Result<(MockSession, MockAnswer), AppError> {
    let mut s = session(ctx, id)?;
    if s.finished_at.is_some() {
        return Err(AppError::Input(format!(
            "mock {id} is finished; start another with `pyprep mock start {}`",
            s.format
        )));
    }
    let idx = item_index(&s, item)?;
    let now = ctx.clock().now;
    let r = s.items[idx].round;
    let started = round_start(&s, r);
    s.rounds[r].started_at = Some(started);
    let overtime = now > round_deadline(&s, r);
    let bank_id = s.items[idx].id.clone();
    let mut result = MockAnswer {
        text: answer.to_string(),
        answered_at: now,
        score: 0.0,
        covered: vec![],
        missed: vec![],
        verdict: None,
        failed_tests: vec![],
        passed: 0,
        total: 0,
        confirmed: false,
        overtime,
    };
    if s.items[idx].segment == Segment::Coding {
        let exercise = ctx.exercise(&bank_id)?;
        let report = ctx.judge()?.judge(&exercise, answer.as_bytes())?;
        result.verdict = Some(report.verdict);
        result.passed = report.passed as u32;
        result.total = report.total as u32;
        result.failed_tests = report
            .tests
            .iter()
            .filter(|t| t.verdict != TestVerdict::Passed)
            .map(|t| t.name.clone())
            .collect();
        result.score = if report.verdict == RunVerdict::Accepted {
            100.0
        } else if report.total > 0 {
            (report.passed as f64 / report.total as f64 * 100.0).min(90.0)
        } else {
            0.0
        };
    } else {
        let f = drill::assess(ctx, &bank_id, answer)?;
        result.score = (f.coverage * 1000.0).round() / 10.0;
        result.covered = f.covered();
        result.missed = f.missed();
    }
    s.items[idx].answer = Some(result.clone());
    s.rounds[r].ended_at = Some(now);
    ctx.store()?.save_mock(&s)?;
    Ok((s, result))
}

/// Replaces the automatically found key points of an answered question item with the
/// ones the user confirms as covered (by position in the question's key points).
pub fn confirm(
    ctx: &Context,
    id: &str,
    item: u32,
    covered: &[bool],
) -> Result<MockAnswer, AppError> {
    let mut s = session(ctx, id)?;
    let idx = item_index(&s, item)?;
    let q = drill::question(ctx, &s.items[idx].id)?;
    let points: Vec<String> = q.meta.key_points.iter().map(|k| k.text.clone()).collect();
    let Some(a) = s.items[idx].answer.as_mut() else {
        return Err(AppError::Input(format!("item {item} has no answer yet")));
    };
    a.covered = points
        .iter()
        .zip(covered)
        .filter(|(_, c)| **c)
        .map(|(p, _)| p.clone())
        .collect();
    a.missed = points
        .iter()
        .zip(covered)
        .filter(|(_, c)| !**c)
        .map(|(p, _)| p.clone())
        .collect();
    a.score = if points.is_empty() {
        0.0
    } else {
        (a.covered.len() as f64 / points.len() as f64 * 1000.0).round() / 10.0
    };
    a.confirmed = true;
    let out = a.clone();
    ctx.store()?.save_mock(&s)?;
    Ok(out)
}

/// Finishes a mock (once): questions answered weakly or not at all are rated in the
/// drill log (source `mock`), so they come back in drills. Returns the report.
pub fn finish(ctx: &Context, id: &str) -> Result<Report, AppError> {
    let mut s = session(ctx, id)?;
    if s.finished_at.is_none() {
        s.finished_at = Some(ctx.clock().now);
        for item in &s.items {
            if item.segment == Segment::Coding {
                continue;
            }
            let n = drill::question(ctx, &item.id)?.meta.key_points.len();
            let rating = match &item.answer {
                Some(a) => feedback::suggest(a.score / 100.0, n, a.text.trim().is_empty()),
                None => pyprep_core::Rating::Again,
            };
            drill::review(
                ctx,
                &item.id,
                rating,
                ReviewNotes {
                    duration_ms: None,
                    coverage: item.answer.as_ref().map(|a| a.score / 100.0),
                    source: "mock".into(),
                },
            )?;
        }
        ctx.store()?.save_mock(&s)?;
    }
    report(ctx, id)
}

/// The report of a session (finished or not).
pub fn report(ctx: &Context, id: &str) -> Result<Report, AppError> {
    let s = session(ctx, id)?;
    let all = ctx.store()?.mocks()?;
    let refs: Vec<&MockSession> = all.iter().collect();
    Ok(mock::report(&s, &refs))
}

/// Records a peer interviewer's score (0..100) and note for an item, or an overall
/// note when `item` is `None`.
pub fn peer_feedback(
    ctx: &Context,
    id: &str,
    item: Option<u32>,
    score: Option<f64>,
    note: &str,
) -> Result<MockSession, AppError> {
    let mut s = session(ctx, id)?;
    match item {
        Some(n) => {
            let idx = item_index(&s, n)?;
            let Some(score) = score else {
                return Err(AppError::Input(
                    "give the item's score with --score 0..100".into(),
                ));
            };
            if !(0.0..=100.0).contains(&score) {
                return Err(AppError::Input(format!(
                    "score {score} is out of range; use 0 to 100"
                )));
            }
            s.items[idx].peer = Some(PeerScore {
                score,
                note: note.to_string(),
            });
        }
        None => {
            if note.trim().is_empty() {
                return Err(AppError::Input(
                    "nothing to record: give --item N --score S, or an overall --note".into(),
                ));
            }
            s.peer_notes.push(note.to_string());
        }
    }
    ctx.store()?.save_mock(&s)?;
    Ok(s)
}
