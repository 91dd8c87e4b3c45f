//! How well each area is known, and how ready the user is.
//!
//! An area's questions count by how likely the user is to recall them now (FSRS
//! retrievability; never-seen questions count zero) against a target of questions worth
//! knowing; its exercises count by accepted solutions weighted by difficulty against a
//! target. Readiness is the weighted mean of area scores, the weights depending on
//! the role; "what would raise it most" ranks areas by the points they can still add.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Duration, FixedOffset, NaiveDate};
use pyprep_core::{Area, Difficulty, Kind, Level, Role, RunVerdict};
use pyprep_store::{Attempt, AttemptMode, Card, CardState, ExerciseProgress, Review, Timestamp};
use serde::Serialize;

use crate::schedule::Scheduler;

/// Questions per area a candidate should know well (or all, when fewer).
pub const QUESTION_TARGET: usize = 12;
/// Difficulty-weighted accepted exercises per area worth having (or all, when fewer).
pub const EXERCISE_TARGET: f64 = 6.0;

/// A bank item as progress needs it.
#[derive(Debug, Clone)]
pub struct ItemInfo {
    /// Id.
    pub id: String,
    /// Area.
    pub area: Area,
    /// Kind.
    pub kind: Kind,
    /// Exercise difficulty.
    pub difficulty: Option<Difficulty>,
    /// Question level.
    pub level: Option<Level>,
    /// Roles (questions; empty for exercises).
    pub roles: Vec<Role>,
    /// Topics.
    pub topics: Vec<String>,
}

/// Everything progress is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The bank.
    pub items: &'a [ItemInfo],
    /// The user's cards.
    pub cards: &'a [Card],
    /// The review log.
    pub reviews: &'a [Review],
    /// Attempts.
    pub attempts: &'a [Attempt],
    /// Per-exercise progress.
    pub progress: &'a [ExerciseProgress],
    /// The role being prepared for.
    pub role: Option<Role>,
    /// Now.
    pub now: Timestamp,
    /// The user's UTC offset, for day boundaries.
    pub offset: FixedOffset,
}

/// One area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaStats {
    /// 0..100.
    pub score: u32,
    /// Weight in readiness for the role.
    pub weight: f64,
    /// Questions in the bank.
    pub questions: usize,
    /// Questions reviewed at least once.
    pub seen: usize,
    /// Mean probability of recall now over the seen questions (0..1).
    pub recall: f64,
    /// Reviewed questions due now.
    pub due: usize,
    /// Exercises in the bank.
    pub exercises: usize,
    /// Exercises accepted.
    pub accepted: usize,
}

/// Exercises of one difficulty.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ExerciseCounts {
    /// Accepted.
    pub accepted: usize,
    /// Submitted at least once.
    pub attempted: usize,
    /// In the bank.
    pub total: usize,
}

/// Activity on one day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    /// The date (user's time zone).
    pub date: NaiveDate,
    /// Reviews.
    pub reviews: usize,
    /// Submissions.
    pub submissions: usize,
}

/// Something that would raise readiness.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// Area.
    pub area: Area,
    /// Readiness points the area can still add.
    pub points: f64,
    /// What to do.
    pub action: String,
}

/// The whole picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// 0..100.
    pub readiness: u32,
    /// Per area with content.
    pub areas: BTreeMap<Area, AreaStats>,
    /// The last 28 days, oldest first.
    pub days: Vec<Day>,
    /// Consecutive days with practice, ending today (or yesterday).
    pub streak: u32,
    /// Exercises per difficulty.
    pub exercises: BTreeMap<Difficulty, ExerciseCounts>,
    /// The moves that would raise readiness most.
    pub raise: Vec<Suggestion>,
    /// Reviews in the log.
    pub reviews: usize,
    /// Reviewed questions due now.
    pub due_now: usize,
}

/// How much an area weighs for a role.
pub fn area_weight(area: Area, role: Option<Role>) -> f64 {
    use Area::*;
    let base = match area {
        CorePython | Algorithms => 3.0,
        Oop | SystemDesign | Behavioral => 2.0,
        Python2Vs3 => 0.5,
        _ => 1.0,
    };
    let boost = match (role, area) {
        (Some(Role::Backend), Flask | Django | Databases | Concurrency) => 1.0,
        (Some(Role::Data), Pandas) => 2.0,
        (Some(Role::Data), Numpy | Databases) => 1.0,
        (Some(Role::Ml), AiMl) => 2.0,
        (Some(Role::Ml), Numpy | Pandas) => 1.0,
        (Some(Role::Backend | Role::General) | None, AiMl | Numpy | Pandas) => -0.5,
        _ => 0.0,
    };
    base + boost
}

fn difficulty_weight(d: Option<Difficulty>) -> f64 {
    match d {
        Some(Difficulty::Easy) => 0.5,
        Some(Difficulty::Hard) => 1.5,
        _ => 1.0,
    }
}

/// Whether an attempt accepted the exercise for good.
fn accepting(a: &Attempt) -> bool {
    a.mode == AttemptMode::Submit && a.verdict == RunVerdict::Accepted
}

/// Computes the statistics.
pub fn compute(scheduler: &Scheduler, inp: Inputs<'_>) -> Stats {
    let cards: HashMap<&str, &Card> = inp.cards.iter().map(|c| (c.item.as_str(), c)).collect();
    let accepted: HashSet<&str> = inp
        .attempts
        .iter()
        .filter(|a| accepting(a))
        .map(|a| a.exercise.as_str())
        .chain(
            inp.progress
                .iter()
                .filter(|p| p.solved_at.is_some())
                .map(|p| p.exercise.as_str()),
        )
        .collect();
    let attempted: HashSet<&str> = inp
        .attempts
        .iter()
        .filter(|a| a.mode == AttemptMode::Submit)
        .map(|a| a.exercise.as_str())
        .collect();

    let mut areas = BTreeMap::new();
    let mut exercises: BTreeMap<Difficulty, ExerciseCounts> = BTreeMap::new();
    let mut due_now = 0;
    let mut parts: Vec<(Area, f64, f64, f64, usize, usize)> = Vec::new();
    for &area in Area::ALL {
        let in_area: Vec<&ItemInfo> = inp.items.iter().filter(|i| i.area == area).collect();
        if in_area.is_empty() {
            continue;
        }
        let questions: Vec<&ItemInfo> = in_area
            .iter()
            .copied()
            .filter(|i| i.kind != Kind::Exercise)
            .collect();
        let ex: Vec<&ItemInfo> = in_area
            .iter()
            .copied()
            .filter(|i| i.kind == Kind::Exercise)
            .collect();
        let mut recalls: Vec<f64> = Vec::new();
        let mut due = 0;
        for q in &questions {
            if let Some(c) = cards
                .get(q.id.as_str())
                .filter(|c| c.state != CardState::New)
            {
                recalls.push(scheduler.retrievability(c, inp.now));
                if c.due <= inp.now {
                    due += 1;
                }
            }
        }
        due_now += due;
        let seen = recalls.len();
        let recall = if seen == 0 {
            0.0
        } else {
            recalls.iter().sum::<f64>() / seen as f64
        };
        recalls.sort_by(|a, b| b.total_cmp(a));
        let q_target = QUESTION_TARGET.min(questions.len());
        let q_part =
            (q_target > 0).then(|| recalls.iter().take(q_target).sum::<f64>() / q_target as f64);

        let mut done = 0.0;
        let mut ex_accepted = 0;
        for e in &ex {
            let counts = exercises
                .entry(e.difficulty.unwrap_or(Difficulty::Medium))
                .or_default();
            counts.total += 1;
            if attempted.contains(e.id.as_str()) {
                counts.attempted += 1;
            }
            if accepted.contains(e.id.as_str()) {
                counts.accepted += 1;
                ex_accepted += 1;
                done += difficulty_weight(e.difficulty);
            }
        }
        let ex_target =
            EXERCISE_TARGET.min(ex.iter().map(|e| difficulty_weight(e.difficulty)).sum());
        let e_part = (ex_target > 0.0).then(|| (done / ex_target).min(1.0));
        let score = match (q_part, e_part) {
            (Some(q), Some(e)) => 0.6 * q + 0.4 * e,
            (Some(q), None) => q,
            (None, Some(e)) => e,
            (None, None) => 0.0,
        };
        let weight = area_weight(area, inp.role);
        parts.push((
            area,
            score,
            q_part.unwrap_or(1.0),
            e_part.unwrap_or(1.0),
            due,
            questions.len() - seen,
        ));
        areas.insert(
            area,
            AreaStats {
                score: (score * 100.0).round() as u32,
                weight,
                questions: questions.len(),
                seen,
                recall: (recall * 1000.0).round() / 1000.0,
                due,
                exercises: ex.len(),
                accepted: ex_accepted,
            },
        );
    }
    let total_weight: f64 = areas.values().map(|a| a.weight).sum();
    let readiness = if total_weight > 0.0 {
        parts
            .iter()
            .map(|(area, score, ..)| score * areas[area].weight)
            .sum::<f64>()
            / total_weight
    } else {
        0.0
    };
    let mut raise: Vec<Suggestion> = parts
        .iter()
        .filter(|(_, score, ..)| *score < 0.999)
        .map(|&(area, score, q, e, due, unseen)| {
            let points = (1.0 - score) * areas[&area].weight / total_weight * 100.0;
            let action = if due > 0 {
                format!("review the {due} due {area} question(s): `pyprep drill --area {area}`")
            } else if q <= e && unseen > 0 {
                format!(
                    "learn new {area} questions ({unseen} never seen): `pyprep drill --area {area}`"
                )
            } else if e < 1.0 {
                format!("solve {area} exercises: `pyprep practice --area {area}`")
            } else {
                format!("keep {area} questions fresh: `pyprep drill --area {area}`")
            };
            Suggestion {
                area,
                points: (points * 10.0).round() / 10.0,
                action,
            }
        })
        .collect();
    raise.sort_by(|a, b| b.points.total_cmp(&a.points).then(a.area.cmp(&b.area)));
    raise.truncate(3);

    let today = inp.now.with_timezone(&inp.offset).date_naive();
    let day_of = |t: Timestamp| t.with_timezone(&inp.offset).date_naive();
    let mut per_day: BTreeMap<NaiveDate, (usize, usize)> = BTreeMap::new();
    for r in inp.reviews {
        per_day.entry(day_of(r.reviewed_at)).or_default().0 += 1;
    }
    for a in inp
        .attempts
        .iter()
        .filter(|a| a.mode == AttemptMode::Submit)
    {
        per_day.entry(day_of(a.at)).or_default().1 += 1;
    }
    let days = (0..28)
        .rev()
        .map(|back| {
            let date = today - Duration::days(back);
            let (reviews, submissions) = per_day.get(&date).copied().unwrap_or_default();
            Day {
                date,
                reviews,
                submissions,
            }
        })
        .collect();
    let active = |d: NaiveDate| per_day.get(&d).is_some_and(|(r, s)| r + s > 0);
    let mut day = if active(today) {
        today
    } else {
        today - Duration::days(1)
    };
    let mut streak = 0;
    while active(day) {
        streak += 1;
        day -= Duration::days(1);
    }

    Stats {
        readiness: (readiness * 100.0).round().clamp(0.0, 100.0) as u32,
        areas,
        days,
        streak,
        exercises,
        raise,
        reviews: inp.reviews.len(),
        due_now,
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use pyprep_core::Rating;

    use super::*;
    use crate::schedule::{SchedulerConfig, new_card};

    fn t0() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap()
    }

    fn items() -> Vec<ItemInfo> {
        let mut v = Vec::new();
        for i in 0..4 {
            v.push(ItemInfo {
                id: format!("py{i}"),
                area: Area::CorePython,
                kind: Kind::Theory,
                difficulty: None,
                level: None,
                roles: vec![],
                topics: vec![],
            });
            v.push(ItemInfo {
                id: format!("pd{i}"),
                area: Area::Pandas,
                kind: Kind::Theory,
                difficulty: None,
                level: None,
                roles: vec![],
                topics: vec![],
            });
        }
        for (i, d) in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
            .iter()
            .enumerate()
        {
            v.push(ItemInfo {
                id: format!("ex{i}"),
                area: Area::Algorithms,
                kind: Kind::Exercise,
                difficulty: Some(*d),
                level: None,
                roles: vec![],
                topics: vec![],
            });
        }
        v
    }

    fn learn(s: &Scheduler, id: &str, days_ago: i64) -> (Card, Vec<Review>) {
        let start = t0() - Duration::days(days_ago);
        let (c, r1) = s.review(&new_card(id, start), Rating::Easy, start).unwrap();
        (c, vec![r1])
    }

    fn submit(id: &str, verdict: RunVerdict, at: Timestamp) -> Attempt {
        Attempt {
            id: 0,
            exercise: id.into(),
            mode: AttemptMode::Submit,
            verdict,
            passed: 1,
            total: 1,
            at,
            code: String::new(),
        }
    }

    fn stats(
        cards: &[Card],
        reviews: &[Review],
        attempts: &[Attempt],
        role: Option<Role>,
    ) -> Stats {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        compute(
            &s,
            Inputs {
                items: &items(),
                cards,
                reviews,
                attempts,
                progress: &[],
                role,
                now: t0(),
                offset: FixedOffset::east_opt(0).unwrap(),
            },
        )
    }

    #[test]
    fn nothing_done_is_zero_and_points_at_the_heaviest_area() {
        let st = stats(&[], &[], &[], None);
        assert_eq!(st.readiness, 0);
        assert_eq!(st.areas.len(), 3);
        assert_eq!(st.raise[0].area, Area::CorePython);
        assert!(
            st.raise[0]
                .action
                .contains("pyprep drill --area core-python")
        );
        assert_eq!(st.streak, 0);
        assert_eq!(st.exercises[&Difficulty::Hard].total, 1);
    }

    #[test]
    fn learning_and_solving_raise_readiness_and_forgetting_lowers_it() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let mut cards = Vec::new();
        let mut log = Vec::new();
        for i in 0..4 {
            let (c, r) = learn(&s, &format!("py{i}"), 1);
            cards.push(c);
            log.extend(r);
        }
        let fresh = stats(&cards, &log, &[], None);
        assert!(fresh.readiness > 0);
        let py = &fresh.areas[&Area::CorePython];
        assert_eq!((py.seen, py.questions), (4, 4));
        assert!(py.recall > 0.9, "{}", py.recall);
        let solved = stats(
            &cards,
            &log,
            &[submit("ex2", RunVerdict::Accepted, t0())],
            None,
        );
        assert!(solved.readiness > fresh.readiness);
        assert_eq!(solved.exercises[&Difficulty::Hard].accepted, 1);
        let wrong = stats(
            &cards,
            &log,
            &[submit("ex1", RunVerdict::WrongAnswer, t0())],
            None,
        );
        assert_eq!(
            wrong.readiness, fresh.readiness,
            "a rejected submission adds nothing"
        );
        assert_eq!(wrong.exercises[&Difficulty::Medium].attempted, 1);

        let mut old_cards = Vec::new();
        for i in 0..4 {
            old_cards.push(learn(&s, &format!("py{i}"), 200).0);
        }
        let stale = stats(&old_cards, &log, &[], None);
        assert!(
            stale.readiness < fresh.readiness,
            "forgotten questions count less"
        );
        assert!(stale.due_now == 4);
        assert!(stale.raise.iter().any(|r| r.action.contains("due")));
    }

    #[test]
    fn the_role_changes_what_matters() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let cards: Vec<Card> = (0..4).map(|i| learn(&s, &format!("pd{i}"), 1).0).collect();
        let data = stats(&cards, &[], &[], Some(Role::Data));
        let backend = stats(&cards, &[], &[], Some(Role::Backend));
        assert!(data.readiness > backend.readiness);
    }

    #[test]
    fn the_streak_counts_consecutive_days_up_to_today_or_yesterday() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let mut log = Vec::new();
        for back in [1, 2, 3, 5] {
            log.extend(learn(&s, "py0", back).1);
        }
        let st = stats(&[], &log, &[], None);
        assert_eq!(st.streak, 3, "yesterday and the two days before");
        assert_eq!(st.days.len(), 28);
        assert_eq!(st.days[27].date, t0().date_naive());
        assert_eq!(st.days[26].reviews, 1);
        let st = stats(
            &[],
            &log,
            &[submit("ex0", RunVerdict::Accepted, t0())],
            None,
        );
        assert_eq!(st.streak, 4, "a submission today extends it");
    }
}
