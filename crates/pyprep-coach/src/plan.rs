//! A day-by-day plan toward the interview date, made again from progress every time
//! it is asked for: reviews as they fall due, new questions and exercises spread over
//! the areas by how much each still needs, mocks on regular days and shortly before
//! the interview, and a light last day.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use pyprep_core::Area;
use serde::Serialize;

use crate::progress::Stats;

/// Minutes a review takes, on average.
pub const REVIEW_MINUTES: f64 = 1.5;
/// Minutes a new question takes (answer, read, rate).
pub const NEW_QUESTION_MINUTES: f64 = 4.0;
/// Minutes an exercise takes.
pub const EXERCISE_MINUTES: f64 = 30.0;
/// Minutes set aside for a mock.
pub const MOCK_MINUTES: f64 = 60.0;

/// What the plan starts from.
#[derive(Debug, Clone)]
pub struct PlanInputs<'a> {
    /// Today (the user's day).
    pub today: NaiveDate,
    /// The interview day, if set (else a two-week horizon).
    pub interview: Option<NaiveDate>,
    /// Study time per day.
    pub hours_per_day: f64,
    /// New questions per day at most (the drill's allowance).
    pub max_new_per_day: usize,
    /// Progress now.
    pub stats: &'a Stats,
    /// Reviews falling due per day (overdue ones counted today).
    pub due_per_day: &'a BTreeMap<NaiveDate, usize>,
    /// Never-seen questions per area.
    pub unseen: &'a BTreeMap<Area, usize>,
    /// Unsolved exercises per area.
    pub unsolved: &'a BTreeMap<Area, usize>,
    /// Mock formats to rotate through, easiest first.
    pub formats: &'a [String],
    /// The day of the last mock, if any.
    pub last_mock: Option<NaiveDate>,
}

/// One day of the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayPlan {
    /// The day.
    pub date: NaiveDate,
    /// Reviews expected.
    pub reviews: usize,
    /// New questions per area.
    pub new_questions: BTreeMap<Area, usize>,
    /// Exercises per area.
    pub exercises: BTreeMap<Area, usize>,
    /// A mock format to run.
    pub mock: Option<String>,
    /// Minutes all of it takes.
    pub minutes: u32,
    /// A note for the day ("interview day", "light day").
    pub note: Option<String>,
}

/// Splits `slots` over areas in proportion to `need`, each capped by `room`.
fn share(
    slots: usize,
    need: &[(Area, f64)],
    room: &mut BTreeMap<Area, usize>,
) -> BTreeMap<Area, usize> {
    let mut out = BTreeMap::new();
    let mut left = slots;
    // Largest need first, one slot at a time, weighing down what each already got.
    while left > 0 {
        let best = need
            .iter()
            .filter(|(a, n)| *n > 0.0 && room.get(a).copied().unwrap_or(0) > 0)
            .max_by(|x, y| {
                let gx = x.1 / (1.0 + *out.get(&x.0).unwrap_or(&0) as f64);
                let gy = y.1 / (1.0 + *out.get(&y.0).unwrap_or(&0) as f64);
                gx.total_cmp(&gy).then(y.0.cmp(&x.0))
            });
        let Some((area, _)) = best else { break };
        *out.entry(*area).or_default() += 1;
        if let Some(r) = room.get_mut(area) {
            *r -= 1;
        }
        left -= 1;
    }
    out
}

/// The plan from today to the day before the interview (and the interview day).
pub fn plan(inp: &PlanInputs<'_>) -> Vec<DayPlan> {
    let last = inp
        .interview
        .map(|d| d - Duration::days(1))
        .unwrap_or(inp.today + Duration::days(13));
    let budget = (inp.hours_per_day * 60.0).max(15.0);
    let need: Vec<(Area, f64)> = inp
        .stats
        .areas
        .iter()
        .map(|(a, s)| (*a, s.weight * (1.0 - f64::from(s.score) / 100.0)))
        .collect();
    let mut unseen = inp.unseen.clone();
    let mut unsolved = inp.unsolved.clone();
    let mut days = Vec::new();
    let mut day = inp.today;
    let total_days = (last - inp.today).num_days().max(0) + 1;
    let mut last_mock = inp.last_mock;
    let mut next_format = 0;
    let overdue: usize = inp.due_per_day.range(..inp.today).map(|(_, n)| n).sum();
    while day <= last {
        let index = (day - inp.today).num_days();
        let days_left = (last - day).num_days();
        let mut reviews = inp.due_per_day.get(&day).copied().unwrap_or(0);
        if day == inp.today {
            reviews += overdue;
        }
        let mut minutes = reviews as f64 * REVIEW_MINUTES;
        // A mock every four days (not on the first), and two days before the end.
        let since_mock = last_mock.map(|m| (day - m).num_days()).unwrap_or(i64::MAX);
        let mock_day = !inp.formats.is_empty()
            && total_days >= 3
            && ((index >= 2 && since_mock >= 4) || (inp.interview.is_some() && days_left == 1));
        let mock = mock_day.then(|| {
            let f = if inp.interview.is_some() && days_left <= 1 {
                inp.formats[inp.formats.len() - 1].clone()
            } else {
                inp.formats[next_format % inp.formats.len()].clone()
            };
            next_format += 1;
            last_mock = Some(day);
            minutes += MOCK_MINUTES;
            f
        });
        let light = inp.interview.is_some() && days_left == 0 && total_days > 1;
        let free = if light {
            0.0
        } else {
            (budget - minutes).max(0.0)
        };
        let exercise_slots = ((free * 0.5) / EXERCISE_MINUTES).floor() as usize;
        let exercises = share(exercise_slots, &need, &mut unsolved);
        let used_ex = exercises.values().sum::<usize>() as f64 * EXERCISE_MINUTES;
        let question_slots = ((free - used_ex) / NEW_QUESTION_MINUTES).floor() as usize;
        let new_questions = share(question_slots.min(inp.max_new_per_day), &need, &mut unseen);
        minutes += used_ex + new_questions.values().sum::<usize>() as f64 * NEW_QUESTION_MINUTES;
        days.push(DayPlan {
            date: day,
            reviews,
            new_questions,
            exercises,
            mock,
            minutes: minutes.round() as u32,
            note: light
                .then(|| "the day before: reviews only, reread your company notes, sleep".into()),
        });
        day += Duration::days(1);
    }
    if let Some(d) = inp.interview
        && d >= inp.today
    {
        days.push(DayPlan {
            date: d,
            reviews: 0,
            new_questions: BTreeMap::new(),
            exercises: BTreeMap::new(),
            mock: None,
            minutes: 0,
            note: Some("interview day: `pyprep prepare APP` for the brief; nothing new".into()),
        });
    }
    days
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone, Utc};

    use super::*;
    use crate::progress::{Inputs, ItemInfo, compute};
    use crate::schedule::{Scheduler, SchedulerConfig};

    fn stats() -> Stats {
        let mut items = Vec::new();
        for (i, area) in [Area::CorePython, Area::Pandas].iter().enumerate() {
            for n in 0..30 {
                items.push(ItemInfo {
                    id: format!("q{i}-{n}"),
                    area: *area,
                    kind: pyprep_core::Kind::Theory,
                    difficulty: None,
                    level: None,
                    roles: vec![],
                    topics: vec![],
                });
            }
        }
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        compute(
            &s,
            Inputs {
                items: &items,
                cards: &[],
                reviews: &[],
                attempts: &[],
                progress: &[],
                role: None,
                now: Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
                offset: FixedOffset::east_opt(0).unwrap(),
            },
        )
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_plan_runs_to_the_interview_with_mocks_and_a_light_last_day() {
        let st = stats();
        let due = BTreeMap::from([(day(20), 4), (day(23), 7)]);
        let unseen = BTreeMap::from([(Area::CorePython, 30), (Area::Pandas, 30)]);
        let unsolved = BTreeMap::new();
        let formats = vec!["phone-screen".to_string(), "onsite-loop".to_string()];
        let p = plan(&PlanInputs {
            today: day(22),
            interview: Some(day(30)),
            hours_per_day: 1.0,
            max_new_per_day: 10,
            stats: &st,
            due_per_day: &due,
            unseen: &unseen,
            unsolved: &unsolved,
            formats: &formats,
            last_mock: None,
        });
        assert_eq!(p.first().unwrap().date, day(22));
        assert_eq!(p.last().unwrap().date, day(30));
        assert_eq!(p[0].reviews, 4, "overdue reviews land today");
        assert_eq!(p[1].reviews, 7);
        let mocks: Vec<(NaiveDate, &str)> = p
            .iter()
            .filter_map(|d| d.mock.as_deref().map(|m| (d.date, m)))
            .collect();
        assert!(mocks.len() >= 2, "{mocks:?}");
        assert_eq!(
            mocks.last().unwrap(),
            &(day(28), "onsite-loop"),
            "the full loop two days before"
        );
        let eve = &p[p.len() - 2];
        assert_eq!(eve.date, day(29));
        assert!(
            eve.new_questions.is_empty() && eve.mock.is_none(),
            "the day before is light"
        );
        // New questions stay within the daily allowance, the heavier area first.
        assert!(
            p.iter()
                .all(|d| d.new_questions.values().sum::<usize>() <= 10)
        );
        let total: usize = p
            .iter()
            .map(|d| d.new_questions.values().sum::<usize>())
            .sum();
        assert!(total >= 40, "{total}");
        let first = &p[0].new_questions;
        assert!(
            first.get(&Area::CorePython) > first.get(&Area::Pandas),
            "core-python weighs more with no role: {first:?}"
        );
        assert!(
            p.iter()
                .all(|d| f64::from(d.minutes) <= 60.0 + 1.0 || d.reviews > 0),
            "the budget holds"
        );
    }

    #[test]
    fn without_a_date_it_plans_two_weeks() {
        let st = stats();
        let no_due = BTreeMap::new();
        let empty = BTreeMap::new();
        let p = plan(&PlanInputs {
            today: day(1),
            interview: None,
            hours_per_day: 2.0,
            max_new_per_day: 10,
            stats: &st,
            due_per_day: &no_due,
            unseen: &empty,
            unsolved: &empty,
            formats: &[],
            last_mock: None,
        });
        assert_eq!(p.len(), 14);
        assert!(
            p.iter()
                .all(|d| d.mock.is_none() && d.new_questions.is_empty())
        );
    }
}
