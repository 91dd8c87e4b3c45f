//! Drilling questions: what is due, feedback on a typed answer, recording a rating,
//! and fitting the scheduler to the user.

use std::collections::HashSet;

use pyprep_bank::{Item, Question};
use pyprep_coach::feedback::{self, Feedback, KeyPointRef};
use pyprep_coach::pick::{self, QueueEntry};
use pyprep_coach::progress::ItemInfo;
use pyprep_coach::schedule::{self, MIN_REVIEWS_TO_OPTIMIZE, Optimization, Scheduler};
use pyprep_core::{Kind, Rating};
use pyprep_store::{Card, CardState, Review};
use serde::Serialize;

use crate::catalog::Filter;
use crate::settings::{self, Settings};
use crate::{AppError, Context, stats};

/// Reviews added since the last fit before parameters are fitted again.
pub const REFIT_EVERY: usize = 50;

/// A question by id; exercises and unknown ids are refused with advice.
pub fn question<'a>(ctx: &'a Context, id: &str) -> Result<&'a Question, AppError> {
    match ctx.bank().get(id) {
        Some(Item::Question(q)) => Ok(q),
        Some(Item::Exercise(_)) => Err(AppError::Input(format!(
            "{id} is a coding exercise, not a question; practise it with `pyprep practice {id}` or `pyprep submit {id} FILE`"
        ))),
        None => Err(AppError::UnknownItem {
            id: id.to_string(),
            suggestions: ctx.bank().suggest(id),
        }),
    }
}

/// Every bank item in the form the coach reads.
pub fn items(ctx: &Context) -> Vec<ItemInfo> {
    items_of(ctx.bank())
}

/// The items of `bank` in the form the coach reads.
pub fn items_of(bank: &pyprep_bank::Bank) -> Vec<ItemInfo> {
    bank.questions
        .iter()
        .map(|q| ItemInfo {
            id: q.meta.id.to_string(),
            area: q.meta.area,
            kind: q.meta.kind,
            difficulty: None,
            level: Some(q.meta.level),
            roles: q.meta.roles.clone(),
            topics: q.meta.topics.clone(),
        })
        .chain(bank.exercises.iter().map(|e| ItemInfo {
            id: e.meta.id.to_string(),
            area: e.meta.area,
            kind: Kind::Exercise,
            difficulty: Some(e.meta.difficulty),
            level: None,
            roles: Vec::new(),
            topics: e.meta.topics.clone(),
        }))
        .collect()
}

/// The scheduler the user's settings give.
pub fn scheduler(ctx: &Context) -> Result<Scheduler, AppError> {
    let s = Settings::load(ctx.store()?)?;
    Ok(Scheduler::new(s.scheduler_config(&ctx.clock()))?)
}

/// Feedback on a typed answer to question `id`.
pub fn assess(ctx: &Context, id: &str, answer: &str) -> Result<Feedback, AppError> {
    let q = question(ctx, id)?;
    let points: Vec<KeyPointRef<'_>> = q
        .meta
        .key_points
        .iter()
        .map(|k| KeyPointRef {
            text: &k.text,
            terms: &k.terms,
        })
        .collect();
    Ok(feedback::assess(answer, &points))
}

/// What a review adds beyond the rating.
#[derive(Debug, Clone, Default)]
pub struct ReviewNotes {
    /// Time from prompt to rating.
    pub duration_ms: Option<u64>,
    /// Key-point coverage of a typed answer.
    pub coverage: Option<f64>,
    /// `drill`, `review`, `mock`.
    pub source: String,
}

/// A recorded review.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    /// The card after it.
    pub card: Card,
    /// The log entry.
    pub review: Review,
}

/// Rates question `id` now: schedules it and appends the review to the log, in one
/// transaction.
pub fn review(
    ctx: &Context,
    id: &str,
    rating: Rating,
    notes: ReviewNotes,
) -> Result<Recorded, AppError> {
    question(ctx, id)?;
    let store = ctx.store()?;
    let now = ctx.clock().now;
    let card = store
        .card(id)?
        .unwrap_or_else(|| schedule::new_card(id, now));
    let (card, mut review) = scheduler(ctx)?.review(&card, rating, now)?;
    review.duration_ms = notes.duration_ms;
    review.coverage = notes.coverage;
    review.source = if notes.source.is_empty() {
        "review".into()
    } else {
        notes.source
    };
    review.id = store.record_review(&review, &card)?;
    Ok(Recorded { card, review })
}

/// The questions a filter selects (never exercises).
fn selected<'a>(all: &'a [ItemInfo], ctx: &Context, filter: &Filter) -> Vec<&'a ItemInfo> {
    let ids: HashSet<String> = crate::catalog::list(ctx.bank(), filter)
        .into_iter()
        .filter_map(|i| match i {
            Item::Question(q) => Some(q.meta.id.to_string()),
            Item::Exercise(_) => None,
        })
        .collect();
    all.iter().filter(|i| ids.contains(&i.id)).collect()
}

/// New questions first reviewed today (the user's day).
fn new_today(ctx: &Context, log: &[Review]) -> usize {
    let today = ctx
        .clock()
        .now
        .with_timezone(&ctx.clock().offset)
        .date_naive();
    log.iter()
        .filter(|r| {
            r.state == CardState::New
                && r.reviewed_at
                    .with_timezone(&ctx.clock().offset)
                    .date_naive()
                    == today
        })
        .count()
}

/// What is due now.
#[derive(Debug, Clone, Serialize)]
pub struct DueList {
    /// Due questions, in drill order.
    pub due: Vec<QueueEntry>,
    /// New questions that may still be started today.
    pub new_available: usize,
    /// New questions started today.
    pub new_today: usize,
    /// Questions never reviewed (matching the filter).
    pub unseen: usize,
    /// Same-day steps coming due within minutes.
    pub soon: Vec<QueueEntry>,
    /// When the next card after these is due.
    pub next_due: Option<pyprep_store::Timestamp>,
}

/// How many new questions a queue may hold.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewCards {
    /// New questions per day (default: the `new-per-day` setting); today's share left
    /// is this minus those already started today.
    pub per_day: Option<usize>,
    /// At most this many (a session's remaining share).
    pub at_most: Option<usize>,
}

/// The drill queue for `filter`: due cards, then new questions up to what is left of
/// today's allowance.
pub fn queue(
    ctx: &Context,
    filter: &Filter,
    new: NewCards,
) -> Result<(Vec<QueueEntry>, DueList), AppError> {
    let store = ctx.store()?;
    let settings = Settings::load(store)?;
    let all = items(ctx);
    let questions = selected(&all, ctx, filter);
    let cards = store.cards()?;
    let log = store.reviews()?;
    let done_today = new_today(ctx, &log);
    let seen: HashSet<&str> = cards
        .iter()
        .filter(|c| c.state != CardState::New)
        .map(|c| c.item.as_str())
        .collect();
    let unseen = questions
        .iter()
        .filter(|q| !seen.contains(q.id.as_str()))
        .count();
    let per_day = new.per_day.unwrap_or(settings.new_per_day as usize);
    let new_available = per_day.saturating_sub(done_today).min(unseen);
    let limit = new.at_most.map_or(new_available, |n| n.min(new_available));
    // Area scores only order new questions; skip them when none are wanted.
    let st = if limit > 0 {
        Some(stats::compute(ctx)?)
    } else {
        None
    };
    let now = ctx.clock().now;
    let queue = pick::drill_queue(&questions, &cards, st.as_ref(), now, limit);
    let wanted: HashSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let next_due = cards
        .iter()
        .filter(|c| wanted.contains(c.item.as_str()) && c.state != CardState::New && c.due > now)
        .map(|c| c.due)
        .min();
    let due = DueList {
        due: queue.iter().filter(|e| !e.new).cloned().collect(),
        new_available,
        new_today: done_today,
        unseen,
        soon: pick::learn_ahead(&questions, &cards, now),
        next_due,
    };
    Ok((queue, due))
}

/// Fits scheduler parameters to the review log when there are enough reviews and
/// enough new ones since the last fit (or always, with `force`), adopting them only
/// when they predict the log better. `None` when nothing was fitted.
pub fn fit(ctx: &Context, force: bool) -> Result<Option<Optimization>, AppError> {
    let store = ctx.store()?;
    let s = Settings::load(store)?;
    let log = store.reviews()?;
    if log.len() < MIN_REVIEWS_TO_OPTIMIZE
        || (!force && log.len() < s.fitted_at_reviews + REFIT_EVERY)
    {
        return Ok(None);
    }
    let current = s.scheduler_config(&ctx.clock()).parameters;
    let Some(o) = schedule::optimize(&log, &current)? else {
        return Ok(None);
    };
    settings::save_fit(
        store,
        o.adopted.then_some(o.parameters.as_slice()),
        log.len(),
    )?;
    Ok(Some(o))
}
