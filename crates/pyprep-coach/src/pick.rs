//! What to drill and what to practise next.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::Duration;
use pyprep_core::{Area, Difficulty, Level};
use pyprep_store::{Card, CardState, Timestamp};
use serde::Serialize;

use crate::progress::{ItemInfo, Stats};

/// Learning steps due within this window are shown early when nothing else is left.
pub const LEARN_AHEAD_MINUTES: i64 = 20;

/// One entry of a drill queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueEntry {
    /// Question id.
    pub id: String,
    /// Never reviewed before.
    pub new: bool,
    /// When it is due (absent for new ones).
    pub due: Option<Timestamp>,
}

fn level_rank(l: Option<Level>) -> u8 {
    match l {
        Some(Level::Junior) => 0,
        Some(Level::Mid) | None => 1,
        Some(Level::Senior) => 2,
    }
}

/// The drill queue among `questions` (already filtered): due cards (same-day steps
/// first, then reviews, oldest due first), then up to `new_limit` new questions taken
/// in turn from each area, weakest area first, easier levels first.
pub fn drill_queue(
    questions: &[&ItemInfo],
    cards: &[Card],
    stats: Option<&Stats>,
    now: Timestamp,
    new_limit: usize,
) -> Vec<QueueEntry> {
    let wanted: HashSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let by_id: HashMap<&str, &Card> = cards.iter().map(|c| (c.item.as_str(), c)).collect();
    let mut due: Vec<&Card> = cards
        .iter()
        .filter(|c| wanted.contains(c.item.as_str()) && c.state != CardState::New && c.due <= now)
        .collect();
    let stepping = |c: &Card| matches!(c.state, CardState::Learning | CardState::Relearning);
    due.sort_by_key(|c| (!stepping(c), c.due, c.item.clone()));
    let mut queue: Vec<QueueEntry> = due
        .iter()
        .map(|c| QueueEntry {
            id: c.item.clone(),
            new: false,
            due: Some(c.due),
        })
        .collect();

    let mut fresh: BTreeMap<Area, Vec<&ItemInfo>> = BTreeMap::new();
    for q in questions {
        if by_id
            .get(q.id.as_str())
            .is_none_or(|c| c.state == CardState::New)
        {
            fresh.entry(q.area).or_default().push(q);
        }
    }
    for list in fresh.values_mut() {
        list.sort_by_key(|q| (level_rank(q.level), q.id.clone()));
    }
    let mut areas: Vec<Area> = fresh.keys().copied().collect();
    if let Some(st) = stats {
        areas.sort_by(|a, b| {
            let key = |x: &Area| {
                st.areas
                    .get(x)
                    .map(|s| (s.score, -(s.weight * 10.0) as i64))
                    .unwrap_or((0, 0))
            };
            key(a).cmp(&key(b)).then(a.cmp(b))
        });
    }
    let mut cursors = vec![0usize; areas.len()];
    let mut added = 0;
    while added < new_limit {
        let mut progressed = false;
        for (i, area) in areas.iter().enumerate() {
            if added >= new_limit {
                break;
            }
            if let Some(q) = fresh[area].get(cursors[i]) {
                cursors[i] += 1;
                queue.push(QueueEntry {
                    id: q.id.clone(),
                    new: true,
                    due: None,
                });
                added += 1;
                progressed = true;
            }
        }
        if !progressed {
            break;
        }
    }
    queue
}

/// Cards in a same-day step due within [`LEARN_AHEAD_MINUTES`] (shown early when the
/// queue is empty), soonest first.
pub fn learn_ahead(questions: &[&ItemInfo], cards: &[Card], now: Timestamp) -> Vec<QueueEntry> {
    let wanted: HashSet<&str> = questions.iter().map(|q| q.id.as_str()).collect();
    let horizon = now + Duration::minutes(LEARN_AHEAD_MINUTES);
    let mut soon: Vec<&Card> = cards
        .iter()
        .filter(|c| {
            wanted.contains(c.item.as_str())
                && matches!(c.state, CardState::Learning | CardState::Relearning)
                && c.due > now
                && c.due <= horizon
        })
        .collect();
    soon.sort_by_key(|c| (c.due, c.item.clone()));
    soon.into_iter()
        .map(|c| QueueEntry {
            id: c.item.clone(),
            new: false,
            due: Some(c.due),
        })
        .collect()
}

fn difficulty_rank(d: Option<Difficulty>) -> i32 {
    match d {
        Some(Difficulty::Easy) => 0,
        Some(Difficulty::Medium) | None => 1,
        Some(Difficulty::Hard) => 2,
    }
}

/// The exercise to practise next among `exercises` (already filtered): not yet solved
/// nor given up; from the area with the most to gain (weight times what is missing);
/// at the difficulty the user has reached there (easy until two are solved, then
/// medium, hard after five); an exercise already started wins a tie.
pub fn next_exercise<'a>(
    exercises: &[&'a ItemInfo],
    stats: &Stats,
    solved: &HashSet<String>,
    gave_up: &HashSet<String>,
    started: &HashSet<String>,
) -> Option<&'a ItemInfo> {
    let mut solved_per_area: HashMap<Area, usize> = HashMap::new();
    for e in exercises {
        if solved.contains(&e.id) {
            *solved_per_area.entry(e.area).or_default() += 1;
        }
    }
    exercises
        .iter()
        .copied()
        .filter(|e| !solved.contains(&e.id) && !gave_up.contains(&e.id))
        .map(|e| {
            let (weight, score) = stats
                .areas
                .get(&e.area)
                .map(|a| (a.weight, f64::from(a.score) / 100.0))
                .unwrap_or((1.0, 0.0));
            let need = weight * (1.0 - score).max(0.05);
            let target = match solved_per_area.get(&e.area).copied().unwrap_or(0) {
                0..=1 => 0,
                2..=4 => 1,
                _ => 2,
            };
            let fit = match (difficulty_rank(e.difficulty) - target).abs() {
                0 => 1.0,
                1 => 0.5,
                _ => 0.2,
            };
            let bonus = if started.contains(&e.id) { 1.1 } else { 1.0 };
            (need * fit * bonus, e)
        })
        .max_by(|(a, ea), (b, eb)| a.total_cmp(b).then(eb.id.cmp(&ea.id)))
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone, Utc};
    use pyprep_core::{Kind, Rating};

    use super::*;
    use crate::progress::{Inputs, compute};
    use crate::schedule::{Scheduler, SchedulerConfig, new_card};

    fn t0() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap()
    }

    fn q(id: &str, area: Area, level: Level) -> ItemInfo {
        ItemInfo {
            id: id.into(),
            area,
            kind: Kind::Theory,
            difficulty: None,
            level: Some(level),
            roles: vec![],
            topics: vec![],
        }
    }

    fn ex(id: &str, area: Area, d: Difficulty) -> ItemInfo {
        ItemInfo {
            id: id.into(),
            area,
            kind: Kind::Exercise,
            difficulty: Some(d),
            level: None,
            roles: vec![],
            topics: vec![],
        }
    }

    #[test]
    fn due_cards_come_first_then_new_ones_across_areas() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let items = [
            q("a-senior", Area::Oop, Level::Senior),
            q("a-junior", Area::Oop, Level::Junior),
            q("b-mid", Area::Testing, Level::Mid),
            q("b-junior", Area::Testing, Level::Junior),
            q("c-old", Area::Oop, Level::Mid),
            q("d-step", Area::Oop, Level::Mid),
        ];
        let refs: Vec<&ItemInfo> = items.iter().collect();
        let old = s
            .review(
                &new_card("c-old", t0() - Duration::days(60)),
                Rating::Good,
                t0() - Duration::days(60),
            )
            .unwrap()
            .0;
        let old = s.review(&old, Rating::Good, old.due).unwrap().0;
        let step = s
            .review(
                &new_card("d-step", t0() - Duration::minutes(30)),
                Rating::Again,
                t0() - Duration::minutes(30),
            )
            .unwrap()
            .0;
        let queue = drill_queue(&refs, &[old, step], None, t0(), 3);
        let ids: Vec<&str> = queue.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["d-step", "c-old", "a-junior", "b-junior", "a-senior"]
        );
        assert!(!queue[0].new && queue[2].new);
        let none_new = drill_queue(&refs, &[], None, t0(), 0);
        assert!(none_new.is_empty());
    }

    #[test]
    fn learning_steps_due_soon_are_offered_early() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let items = [q("x", Area::Oop, Level::Mid)];
        let refs: Vec<&ItemInfo> = items.iter().collect();
        let c = s
            .review(&new_card("x", t0()), Rating::Good, t0())
            .unwrap()
            .0;
        assert!(drill_queue(&refs, std::slice::from_ref(&c), None, t0(), 5).is_empty());
        assert_eq!(learn_ahead(&refs, std::slice::from_ref(&c), t0()).len(), 1);
        assert!(learn_ahead(&refs, &[c], t0() - Duration::hours(1)).is_empty());
    }

    #[test]
    fn the_next_exercise_fits_need_and_level() {
        let s = Scheduler::new(SchedulerConfig::default()).unwrap();
        let items = [
            ex("alg-easy", Area::Algorithms, Difficulty::Easy),
            ex("alg-hard", Area::Algorithms, Difficulty::Hard),
            ex("alg-medium", Area::Algorithms, Difficulty::Medium),
            ex("pd-easy", Area::Pandas, Difficulty::Easy),
        ];
        let refs: Vec<&ItemInfo> = items.iter().collect();
        let stats = compute(
            &s,
            Inputs {
                items: &items,
                cards: &[],
                reviews: &[],
                attempts: &[],
                progress: &[],
                role: None,
                now: t0(),
                offset: FixedOffset::east_opt(0).unwrap(),
            },
        );
        let none = HashSet::new();
        let pick = next_exercise(&refs, &stats, &none, &none, &none).unwrap();
        assert_eq!(pick.id, "alg-easy", "algorithms weigh most; start easy");
        let solved: HashSet<String> = ["alg-easy".to_string()].into();
        let pick = next_exercise(&refs, &stats, &solved, &none, &none).unwrap();
        assert_eq!(pick.id, "alg-medium");
        let all: HashSet<String> = items.iter().map(|i| i.id.clone()).collect();
        assert!(next_exercise(&refs, &stats, &all, &none, &none).is_none());
    }
}
