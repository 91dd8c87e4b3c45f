//! The plan toward the interview date and today's agenda, with reminders from the
//! application tracker.

use std::collections::{BTreeMap, HashSet};

use pyprep_coach::plan::{self, DayPlan, PlanInputs};
use pyprep_coach::progress::Stats;
use pyprep_core::{Area, Kind, Stage};
use pyprep_store::CardState;
use serde::Serialize;

use crate::apply;
use crate::catalog::Filter;
use crate::settings::Settings;
use crate::{AppError, Context, practice, stats};

/// The calendar from today to the interview.
pub fn calendar(ctx: &Context) -> Result<Vec<DayPlan>, AppError> {
    calendar_given(ctx, &stats::compute(ctx)?)
}

fn calendar_given(ctx: &Context, st: &Stats) -> Result<Vec<DayPlan>, AppError> {
    let store = ctx.store()?;
    let settings = Settings::load(store)?;
    let offset = ctx.clock().offset;
    let day = |t: pyprep_store::Timestamp| t.with_timezone(&offset).date_naive();
    let mut due_per_day: BTreeMap<chrono::NaiveDate, usize> = BTreeMap::new();
    let cards = store.cards()?;
    let seen: HashSet<&str> = cards
        .iter()
        .filter(|c| c.state != CardState::New)
        .map(|c| c.item.as_str())
        .collect();
    for c in cards.iter().filter(|c| c.state != CardState::New) {
        *due_per_day.entry(day(c.due)).or_default() += 1;
    }
    let bank = ctx.bank();
    let mut unseen: BTreeMap<Area, usize> = BTreeMap::new();
    for q in &bank.questions {
        let fits = settings
            .role
            .is_none_or(|r| q.meta.roles.is_empty() || q.meta.roles.contains(&r))
            && settings.level.is_none_or(|l| q.meta.level <= l);
        if fits && !seen.contains(q.meta.id.as_str()) {
            *unseen.entry(q.meta.area).or_default() += 1;
        }
    }
    let solved: HashSet<String> = store
        .all_progress()?
        .into_iter()
        .filter(|p| p.solved_at.is_some() || p.gave_up_at.is_some())
        .map(|p| p.exercise)
        .collect();
    let mut unsolved: BTreeMap<Area, usize> = BTreeMap::new();
    for e in &bank.exercises {
        if !solved.contains(e.meta.id.as_str()) {
            *unsolved.entry(e.meta.area).or_default() += 1;
        }
    }
    let formats: Vec<String> = [
        "phone-screen",
        "technical-one-to-one",
        "behavioral-with-pm",
        "system-design-round",
        "onsite-loop",
    ]
    .iter()
    .filter_map(|id| bank.format(id))
    .filter(|f| f.suits(settings.role, settings.level))
    .map(|f| f.id.to_string())
    .collect();
    let last_mock = store.mocks()?.last().map(|m| day(m.started_at));
    Ok(plan::plan(&PlanInputs {
        today: apply::today(ctx),
        interview: settings.interview_date,
        hours_per_day: settings.hours_per_day,
        max_new_per_day: settings.new_per_day as usize,
        stats: st,
        due_per_day: &due_per_day,
        unseen: &unseen,
        unsolved: &unsolved,
        formats: &formats,
        last_mock,
    }))
}

/// One thing to do today.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaItem {
    /// `reviews`, `new-questions`, `exercise`, `mock`, `thank-you`, `follow-up`,
    /// `next-action`, `prepare`, `note`.
    pub kind: String,
    /// What to do, in words.
    pub text: String,
    /// The command that does it.
    pub command: Option<String>,
    /// Area, where one applies.
    pub area: Option<Area>,
    /// How many, where counted.
    pub count: Option<usize>,
    /// Application id, for tracker reminders.
    pub application: Option<i64>,
}

/// Today's agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Today {
    /// The day.
    pub date: chrono::NaiveDate,
    /// The interview date, if set.
    pub interview_date: Option<chrono::NaiveDate>,
    /// Days until it.
    pub days_left: Option<i64>,
    /// Minutes the study items take.
    pub minutes: u32,
    /// The items.
    pub agenda: Vec<AgendaItem>,
}

fn item(kind: &str, text: String, command: Option<String>) -> AgendaItem {
    AgendaItem {
        kind: kind.into(),
        text,
        command,
        area: None,
        count: None,
        application: None,
    }
}

/// Today's agenda: the plan's first day made concrete, plus tracker reminders.
pub fn today(ctx: &Context) -> Result<Today, AppError> {
    let settings = Settings::load(ctx.store()?)?;
    let date = apply::today(ctx);
    let st = stats::compute(ctx)?;
    let cal = calendar_given(ctx, &st)?;
    let mut agenda = Vec::new();
    let mut minutes = 0;
    if let Some(d) = cal.first() {
        minutes = d.minutes;
        if let Some(n) = &d.note {
            agenda.push(item("note", n.clone(), None));
        }
        if d.reviews > 0 {
            let mut i = item(
                "reviews",
                format!("{} review(s) due", d.reviews),
                Some("pyprep drill --new 0".into()),
            );
            i.count = Some(d.reviews);
            agenda.push(i);
        }
        let new: usize = d.new_questions.values().sum();
        if new > 0 {
            let mut by_need: Vec<(&Area, &usize)> = d.new_questions.iter().collect();
            by_need.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let mut i = item(
                "new-questions",
                format!(
                    "{new} new question(s): {}",
                    by_need
                        .iter()
                        .map(|(a, n)| format!("{n} {a}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Some("pyprep drill".into()),
            );
            i.count = Some(new);
            agenda.push(i);
        }
        let mut skip = Vec::new();
        for (area, n) in &d.exercises {
            for _ in 0..*n {
                let filter = Filter {
                    kind: Some(Kind::Exercise),
                    area: Some(*area),
                    ..Filter::default()
                };
                if let Some(id) = practice::next_given(ctx, &filter, &skip, &st)? {
                    let mut i = item(
                        "exercise",
                        format!("solve {id} ({area})"),
                        Some(format!("pyprep practice {id}")),
                    );
                    i.area = Some(*area);
                    agenda.push(i);
                    skip.push(id);
                }
            }
        }
        if let Some(f) = &d.mock {
            agenda.push(item(
                "mock",
                format!("a mock interview: {f}"),
                Some(format!("pyprep mock {f}")),
            ));
        }
    }
    for app in ctx.store()?.applications()? {
        if matches!(app.stage, Stage::Offer | Stage::Rejected | Stage::Withdrawn) {
            continue;
        }
        let tag = |mut i: AgendaItem| {
            i.application = Some(app.id);
            i
        };
        if let Some(iv) = app.interviews.last()
            && iv.thank_you_sent.is_none()
            && (date - iv.date).num_days() >= 0
            && (date - iv.date).num_days() <= 3
        {
            let late = (date - iv.date).num_days() >= 1;
            agenda.push(tag(item(
                "thank-you",
                format!(
                    "send a thank-you note to {} for the {} interview{}",
                    app.company,
                    iv.round,
                    if late {
                        " (it is due: within a day)"
                    } else {
                        " (today or tomorrow)"
                    }
                ),
                Some(format!("pyprep followup thank-you {}", app.id)),
            )));
        }
        if let Some(iv) = app.interviews.last()
            && app.next_round.is_none()
            && (date - iv.date).num_days() >= 7
            && (date
                - app
                    .updated_at
                    .with_timezone(&ctx.clock().offset)
                    .date_naive())
            .num_days()
                >= 7
        {
            agenda.push(tag(item(
                "follow-up",
                format!(
                    "no news from {} for {} days since the {} interview: a short, friendly follow-up",
                    app.company,
                    (date - iv.date).num_days(),
                    iv.round
                ),
                Some(format!("pyprep apply update {} --next-action \"...\"", app.id)),
            )));
        }
        if let (Some(action), Some(on)) = (&app.next_action, app.next_action_on)
            && on <= date
        {
            agenda.push(tag(item(
                "next-action",
                format!(
                    "{}: {action}{}",
                    app.company,
                    if on < date { " (overdue)" } else { "" }
                ),
                Some(format!("pyprep apply show {}", app.id)),
            )));
        }
        if let Some(r) = &app.next_round
            && (r.date - date).num_days() >= 0
            && (r.date - date).num_days() <= 1
        {
            agenda.push(tag(item(
                "prepare",
                format!(
                    "{} {} round {}",
                    app.company,
                    r.round,
                    if r.date == date { "today" } else { "tomorrow" }
                ),
                Some(format!("pyprep prepare {}", app.id)),
            )));
        }
    }
    Ok(Today {
        date,
        interview_date: settings.interview_date,
        days_left: settings.interview_date.map(|d| (d - date).num_days()),
        minutes,
        agenda,
    })
}
