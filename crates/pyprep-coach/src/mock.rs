//! Mock interviews: choosing items for a format's rounds, and the report.
//!
//! Choice is deterministic for a seed: a weighted draw without replacement where an
//! item weighs more in a weak area, at the user's own level, and much less when seen
//! recently. The report scores segments and areas, times rounds, compares with earlier
//! mocks and turns what went wrong into next steps.

use std::collections::{BTreeMap, HashMap, HashSet};

use pyprep_core::{Area, Difficulty, Kind, Level, Role, RunVerdict, Segment};
use pyprep_store::{MockSession, Timestamp};
use serde::Serialize;

use crate::progress::ItemInfo;

/// What a round draws from.
#[derive(Debug, Clone)]
pub struct RoundFilter {
    /// Segment.
    pub segment: Segment,
    /// How many items.
    pub items: usize,
    /// Only these areas (any when empty).
    pub areas: Vec<Area>,
    /// Only these topics (any when empty).
    pub topics: Vec<String>,
    /// Coding: only these difficulties (by level when empty).
    pub difficulty: Vec<Difficulty>,
}

fn kind_of(segment: Segment) -> Kind {
    match segment {
        Segment::Theory => Kind::Theory,
        Segment::Coding => Kind::Exercise,
        Segment::Design => Kind::Design,
        Segment::Behavioral => Kind::Behavioral,
    }
}

fn level_rank(l: Level) -> u8 {
    match l {
        Level::Junior => 0,
        Level::Mid => 1,
        Level::Senior => 2,
    }
}

/// The difficulties that fit a level.
pub fn difficulties_for(level: Option<Level>) -> Vec<Difficulty> {
    match level {
        Some(Level::Junior) => vec![Difficulty::Easy, Difficulty::Medium],
        Some(Level::Mid) | None => vec![Difficulty::Easy, Difficulty::Medium, Difficulty::Hard],
        Some(Level::Senior) => vec![Difficulty::Medium, Difficulty::Hard],
    }
}

/// Items a round may ask, for a role and level. Falls back to ignoring the level when
/// it leaves too few.
pub fn candidates<'a>(
    round: &RoundFilter,
    items: &'a [ItemInfo],
    role: Option<Role>,
    level: Option<Level>,
) -> Vec<&'a ItemInfo> {
    let base = |use_level: bool| -> Vec<&'a ItemInfo> {
        items
            .iter()
            .filter(|i| i.kind == kind_of(round.segment))
            .filter(|i| round.areas.is_empty() || round.areas.contains(&i.area))
            .filter(|i| {
                round.topics.is_empty()
                    || i.topics
                        .iter()
                        .any(|t| round.topics.iter().any(|w| w.eq_ignore_ascii_case(t)))
            })
            .filter(|i| {
                role.is_none_or(|r| {
                    i.roles.is_empty() || i.roles.contains(&r) || i.roles.contains(&Role::General)
                })
            })
            .filter(|i| match (round.segment, i.difficulty) {
                (Segment::Coding, Some(d)) => {
                    if !round.difficulty.is_empty() {
                        round.difficulty.contains(&d)
                    } else {
                        !use_level || difficulties_for(level).contains(&d)
                    }
                }
                _ => {
                    !use_level
                        || match (level, i.level) {
                            (Some(want), Some(have)) => level_rank(have) <= level_rank(want),
                            _ => true,
                        }
                }
            })
            .collect()
    };
    let strict = base(true);
    if strict.len() >= round.items {
        strict
    } else {
        base(false)
    }
}

/// SplitMix64: a small, good, seedable generator.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A float in (0, 1).
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
}

/// How an item's chance is weighed.
#[derive(Debug, Clone, Default)]
pub struct Leanings {
    /// Per area, how much is missing (0 = mastered, 1 = nothing known).
    pub need: HashMap<Area, f64>,
    /// Items seen in recent mocks or drills.
    pub recent: HashSet<String>,
}

/// Chooses the items of each round. Errors name the round that has too few items.
pub fn choose(
    rounds: &[RoundFilter],
    items: &[ItemInfo],
    role: Option<Role>,
    level: Option<Level>,
    seed: u64,
    lean: &Leanings,
) -> Result<Vec<Vec<String>>, String> {
    let mut rng = Rng::new(seed);
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for (n, round) in rounds.iter().enumerate() {
        let pool: Vec<&ItemInfo> = candidates(round, items, role, level)
            .into_iter()
            .filter(|i| !taken.contains(&i.id))
            .collect();
        if pool.len() < round.items {
            return Err(format!(
                "round {} needs {} {} item(s) but the bank has {} that fit",
                n + 1,
                round.items,
                round.segment,
                pool.len()
            ));
        }
        // Efraimidis-Spirakis: key = u^(1/w); the largest keys win.
        let mut keyed: Vec<(f64, &ItemInfo)> = pool
            .into_iter()
            .map(|i| {
                let need = lean.need.get(&i.area).copied().unwrap_or(0.5);
                let mut w = 0.5 + need;
                if lean.recent.contains(&i.id) {
                    w *= 0.1;
                }
                if let (Some(want), Some(have)) = (level, i.level)
                    && want == have
                {
                    w *= 1.5;
                }
                (rng.unit().powf(1.0 / w), i)
            })
            .collect();
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
        let chosen: Vec<String> = keyed
            .iter()
            .take(round.items)
            .map(|(_, i)| i.id.clone())
            .collect();
        taken.extend(chosen.iter().cloned());
        out.push(chosen);
    }
    Ok(out)
}

/// A score and its count.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Part {
    /// Mean item score, 0..100.
    pub score: f64,
    /// Items.
    pub items: usize,
    /// Items answered.
    pub answered: usize,
    /// Mean peer score where a peer scored.
    pub peer_score: Option<f64>,
}

/// One item in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemReport {
    /// Item number.
    pub item: u32,
    /// Bank id.
    pub id: String,
    /// Segment.
    pub segment: Segment,
    /// Area.
    pub area: Area,
    /// 0..100 (0 when unanswered).
    pub score: f64,
    /// Answered at all.
    pub answered: bool,
    /// Key points covered.
    pub covered: Vec<String>,
    /// Key points missed.
    pub missed: Vec<String>,
    /// Coding verdict.
    pub verdict: Option<RunVerdict>,
    /// Failed tests (coding).
    pub failed_tests: Vec<String>,
    /// Answered after time ran out.
    pub overtime: bool,
    /// Peer score and note.
    pub peer: Option<(f64, String)>,
}

/// One round in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundReport {
    /// Title.
    pub title: String,
    /// Segment.
    pub segment: Segment,
    /// Minutes allowed.
    pub minutes: u32,
    /// Minutes used (first start to last answer), when known.
    pub used_minutes: Option<f64>,
    /// Used more than allowed.
    pub overtime: bool,
}

/// One earlier mock, for the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    /// Session id.
    pub session: String,
    /// Format.
    pub format: String,
    /// When.
    pub started_at: Timestamp,
    /// Overall score.
    pub score: f64,
}

/// The report of a mock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Session id.
    pub session: String,
    /// Format id.
    pub format: String,
    /// Started.
    pub started_at: Timestamp,
    /// Finished.
    pub finished_at: Option<Timestamp>,
    /// Mean of the items, 0..100.
    pub score: f64,
    /// Per segment.
    pub segments: BTreeMap<Segment, Part>,
    /// Per area.
    pub areas: BTreeMap<Area, Part>,
    /// Per item.
    pub items: Vec<ItemReport>,
    /// Per round.
    pub rounds: Vec<RoundReport>,
    /// Earlier mocks and this one, oldest first.
    pub trend: Vec<TrendPoint>,
    /// What to do next.
    pub next_steps: Vec<String>,
    /// A peer's overall notes.
    pub peer_notes: Vec<String>,
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The overall score of a session: the mean item score, unanswered items counting 0.
pub fn overall(s: &MockSession) -> f64 {
    let scores: Vec<f64> = s
        .items
        .iter()
        .map(|i| i.answer.as_ref().map_or(0.0, |a| a.score))
        .collect();
    round1(mean(&scores))
}

/// Builds the report of `s`; `earlier` are the user's other finished sessions.
pub fn report(s: &MockSession, earlier: &[&MockSession]) -> Report {
    let items: Vec<ItemReport> = s
        .items
        .iter()
        .map(|i| {
            let a = i.answer.as_ref();
            ItemReport {
                item: i.item,
                id: i.id.clone(),
                segment: i.segment,
                area: i.area,
                score: round1(a.map_or(0.0, |a| a.score)),
                answered: a.is_some(),
                covered: a.map(|a| a.covered.clone()).unwrap_or_default(),
                missed: a.map(|a| a.missed.clone()).unwrap_or_default(),
                verdict: a.and_then(|a| a.verdict),
                failed_tests: a.map(|a| a.failed_tests.clone()).unwrap_or_default(),
                overtime: a.is_some_and(|a| a.overtime),
                peer: i.peer.as_ref().map(|p| (p.score, p.note.clone())),
            }
        })
        .collect();
    let part = |pick: &dyn Fn(&ItemReport) -> bool| -> Part {
        let chosen: Vec<&ItemReport> = items.iter().filter(|i| pick(i)).collect();
        let peers: Vec<f64> = chosen
            .iter()
            .filter_map(|i| i.peer.as_ref().map(|p| p.0))
            .collect();
        Part {
            score: round1(mean(&chosen.iter().map(|i| i.score).collect::<Vec<_>>())),
            items: chosen.len(),
            answered: chosen.iter().filter(|i| i.answered).count(),
            peer_score: (!peers.is_empty()).then(|| round1(mean(&peers))),
        }
    };
    let mut segments = BTreeMap::new();
    for seg in Segment::ALL {
        if items.iter().any(|i| i.segment == *seg) {
            segments.insert(*seg, part(&|i: &ItemReport| i.segment == *seg));
        }
    }
    let mut areas = BTreeMap::new();
    for area in Area::ALL {
        if items.iter().any(|i| i.area == *area) {
            areas.insert(*area, part(&|i: &ItemReport| i.area == *area));
        }
    }
    let rounds: Vec<RoundReport> = s
        .rounds
        .iter()
        .map(|r| {
            let used = match (r.started_at, r.ended_at) {
                (Some(a), Some(b)) => Some(round1((b - a).num_seconds().max(0) as f64 / 60.0)),
                _ => None,
            };
            RoundReport {
                title: r.title.clone(),
                segment: r.segment,
                minutes: r.minutes,
                used_minutes: used,
                overtime: used.is_some_and(|u| u > f64::from(r.minutes)),
            }
        })
        .collect();
    let mut trend: Vec<TrendPoint> = earlier
        .iter()
        .filter(|e| e.id != s.id && e.finished_at.is_some() && e.started_at <= s.started_at)
        .map(|e| TrendPoint {
            session: e.id.clone(),
            format: e.format.clone(),
            started_at: e.started_at,
            score: overall(e),
        })
        .collect();
    trend.sort_by_key(|t| t.started_at);
    let score = overall(s);
    trend.push(TrendPoint {
        session: s.id.clone(),
        format: s.format.clone(),
        started_at: s.started_at,
        score,
    });
    let next_steps = next_steps(&items, &segments, &rounds, &trend);
    Report {
        session: s.id.clone(),
        format: s.format.clone(),
        started_at: s.started_at,
        finished_at: s.finished_at,
        score,
        segments,
        areas,
        items,
        rounds,
        trend,
        next_steps,
        peer_notes: s.peer_notes.clone(),
    }
}

fn next_steps(
    items: &[ItemReport],
    segments: &BTreeMap<Segment, Part>,
    rounds: &[RoundReport],
    trend: &[TrendPoint],
) -> Vec<String> {
    let mut steps = Vec::new();
    let unanswered: Vec<&ItemReport> = items.iter().filter(|i| !i.answered).collect();
    if !unanswered.is_empty() {
        steps.push(format!(
            "{} item(s) went unanswered ({}). In a real interview say what you do know and how you would find the rest: a partial answer beats silence.",
            unanswered.len(),
            unanswered.iter().map(|i| i.id.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    let mut weak: Vec<&ItemReport> = items
        .iter()
        .filter(|i| i.answered && i.segment != Segment::Coding && i.score < 60.0)
        .collect();
    weak.sort_by(|a, b| a.score.total_cmp(&b.score));
    for i in weak.iter().take(2) {
        steps.push(format!(
            "Reread the model answer of {} and drill it: `pyprep show {} --answer`, then `pyprep drill --area {}` (it is due now). Missed: {}.",
            i.id,
            i.id,
            i.area,
            i.missed.first().map(String::as_str).unwrap_or("most key points")
        ));
    }
    for i in items.iter().filter(|i| {
        i.segment == Segment::Coding && i.answered && i.verdict != Some(RunVerdict::Accepted)
    }) {
        let what = match i.verdict {
            Some(RunVerdict::TimeLimitExceeded) => {
                "a faster algorithm (a test timed out)".to_string()
            }
            Some(RunVerdict::WrongAnswer) if !i.failed_tests.is_empty() => {
                format!("the cases that failed ({})", i.failed_tests.join(", "))
            }
            Some(v) => format!("what made it {}", v),
            None => "the statement again".into(),
        };
        steps.push(format!(
            "Finish {} and look at {what}: `pyprep practice {}`.",
            i.id, i.id
        ));
    }
    for r in rounds.iter().filter(|r| r.overtime) {
        steps.push(format!(
            "The {} round ran over its {} minutes ({} used): rehearse the shape of an answer (headline, two or three points, an example) and keep to the clock.",
            r.title,
            r.minutes,
            r.used_minutes.map(|u| format!("{u:.0}")).unwrap_or_default()
        ));
    }
    if let Some((seg, p)) = segments
        .iter()
        .filter(|(_, p)| p.answered > 0)
        .min_by(|a, b| a.1.score.total_cmp(&b.1.score))
        && p.score < 70.0
    {
        let advice = match seg {
            Segment::Theory => "drill theory daily: `pyprep drill --kind theory`",
            Segment::Coding => "solve one exercise a day in watch mode: `pyprep practice`",
            Segment::Design => {
                "walk through a design answer aloud against its rubric: `pyprep list --kind design`"
            }
            Segment::Behavioral => {
                "write STAR stories (situation, task, action, result with a number): `pyprep list --kind behavioral`"
            }
        };
        steps.push(format!(
            "Weakest segment: {seg} ({:.0}/100); {advice}.",
            p.score
        ));
    }
    if trend.len() >= 2 {
        let last = trend[trend.len() - 1].score;
        let before = trend[trend.len() - 2].score;
        if last + 5.0 < before {
            steps.push(format!(
                "This mock scored {last:.0}, below the previous {before:.0}: look at which segment dropped before the next one."
            ));
        }
    }
    if steps.is_empty() {
        steps.push("A strong mock. Take a harder format next, or the same one at the next level (`--level`).".into());
    }
    steps.truncate(6);
    steps
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use pyprep_store::{MockAnswer, MockItem, MockRound};

    use super::*;

    fn q(id: &str, kind: Kind, area: Area, level: Level) -> ItemInfo {
        ItemInfo {
            id: id.into(),
            area,
            kind,
            difficulty: None,
            level: Some(level),
            roles: vec![Role::General],
            topics: vec![],
        }
    }

    fn bank() -> Vec<ItemInfo> {
        let mut v = Vec::new();
        for i in 0..12 {
            let level = [Level::Junior, Level::Mid, Level::Senior][i % 3];
            let area = [Area::CorePython, Area::Oop, Area::Testing][i % 3];
            v.push(q(&format!("t{i}"), Kind::Theory, area, level));
        }
        v.push(q("b1", Kind::Behavioral, Area::Behavioral, Level::Junior));
        for (i, d) in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
            .iter()
            .enumerate()
        {
            v.push(ItemInfo {
                id: format!("e{i}"),
                area: Area::Algorithms,
                kind: Kind::Exercise,
                difficulty: Some(*d),
                level: None,
                roles: vec![],
                topics: if i == 2 {
                    vec!["take-home".into()]
                } else {
                    vec![]
                },
            });
        }
        v
    }

    fn theory(n: usize) -> RoundFilter {
        RoundFilter {
            segment: Segment::Theory,
            items: n,
            areas: vec![],
            topics: vec![],
            difficulty: vec![],
        }
    }

    #[test]
    fn choice_is_deterministic_per_seed_and_never_repeats() {
        let items = bank();
        let rounds = [theory(3), theory(3)];
        let a = choose(&rounds, &items, None, None, 7, &Leanings::default()).unwrap();
        let b = choose(&rounds, &items, None, None, 7, &Leanings::default()).unwrap();
        assert_eq!(a, b);
        let all: HashSet<&String> = a.iter().flatten().collect();
        assert_eq!(all.len(), 6, "no item twice in one mock");
        let others: HashSet<Vec<Vec<String>>> = (0..20)
            .map(|s| choose(&rounds, &items, None, None, s, &Leanings::default()).unwrap())
            .collect();
        assert!(others.len() > 5, "seeds vary the choice");
    }

    #[test]
    fn level_and_filters_shape_the_pool() {
        let items = bank();
        let junior = candidates(&theory(2), &items, None, Some(Level::Junior));
        assert!(junior.iter().all(|i| i.level == Some(Level::Junior)));
        let coding = RoundFilter {
            segment: Segment::Coding,
            items: 1,
            ..theory(1)
        };
        let senior: Vec<&str> = candidates(&coding, &items, None, Some(Level::Senior))
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(senior, vec!["e1", "e2"]);
        let take_home = RoundFilter {
            topics: vec!["take-home".into()],
            ..coding.clone()
        };
        assert_eq!(
            candidates(&take_home, &items, None, Some(Level::Junior)).len(),
            1,
            "level relaxed when too few"
        );
        let e = choose(
            &[RoundFilter {
                segment: Segment::Design,
                ..theory(1)
            }],
            &items,
            None,
            None,
            1,
            &Leanings::default(),
        )
        .unwrap_err();
        assert!(e.contains("round 1 needs 1 design"), "{e}");
    }

    #[test]
    fn weak_areas_and_unseen_items_are_favoured() {
        let items = bank();
        let mut lean = Leanings::default();
        lean.need.insert(Area::Testing, 1.0);
        lean.need.insert(Area::CorePython, 0.0);
        lean.need.insert(Area::Oop, 0.0);
        let mut testing = 0;
        for seed in 0..200 {
            let c = choose(&[theory(1)], &items, None, None, seed, &lean).unwrap();
            if items.iter().find(|i| i.id == c[0][0]).unwrap().area == Area::Testing {
                testing += 1;
            }
        }
        assert!(
            testing > 90,
            "a third of the pool, but picked {testing}/200 times"
        );
        let recent = Leanings {
            recent: items
                .iter()
                .filter(|i| i.id != "t0")
                .map(|i| i.id.clone())
                .collect(),
            ..Leanings::default()
        };
        let hits = (0..100)
            .filter(|s| {
                choose(&[theory(1)], &items, None, None, *s, &recent).unwrap()[0][0] == "t0"
            })
            .count();
        assert!(
            hits > 20,
            "the one unseen item comes up far more than 1/12: {hits}"
        );
    }

    fn session(id: &str, day: u32, scores: &[Option<f64>]) -> MockSession {
        let start = Utc.with_ymd_and_hms(2026, 11, day, 10, 0, 0).unwrap();
        MockSession {
            id: id.into(),
            format: "technical-one-to-one".into(),
            role: None,
            level: None,
            seed: 1,
            started_at: start,
            finished_at: Some(start + chrono::Duration::minutes(40)),
            rounds: vec![MockRound {
                title: "Python in depth".into(),
                segment: Segment::Theory,
                minutes: 10,
                started_at: Some(start),
                ended_at: Some(start + chrono::Duration::minutes(14)),
            }],
            items: scores
                .iter()
                .enumerate()
                .map(|(i, s)| MockItem {
                    item: i as u32 + 1,
                    round: 0,
                    segment: Segment::Theory,
                    id: format!("t{i}"),
                    area: if i == 0 { Area::Oop } else { Area::CorePython },
                    answer: s.map(|score| MockAnswer {
                        text: "x".into(),
                        answered_at: start,
                        score,
                        covered: vec![],
                        missed: vec!["the point".into()],
                        verdict: None,
                        failed_tests: vec![],
                        passed: 0,
                        total: 0,
                        confirmed: false,
                        overtime: false,
                    }),
                    peer: None,
                })
                .collect(),
            peer_notes: vec![],
        }
    }

    #[test]
    fn the_report_scores_times_and_advises() {
        let before = session("m1", 10, &[Some(90.0), Some(80.0)]);
        let now = session("m2", 12, &[Some(20.0), Some(80.0), None]);
        let r = report(&now, &[&before, &now]);
        assert!((r.score - 33.3).abs() < 0.1, "{}", r.score);
        assert_eq!(r.segments[&Segment::Theory].answered, 2);
        assert_eq!(r.areas[&Area::Oop].score, 20.0);
        assert_eq!(r.rounds[0].used_minutes, Some(14.0));
        assert!(r.rounds[0].overtime);
        assert_eq!(r.trend.len(), 2);
        assert_eq!(r.trend[0].score, 85.0);
        let steps = r.next_steps.join("\n");
        for needle in [
            "unanswered",
            "pyprep show t0 --answer",
            "ran over",
            "below the previous",
        ] {
            assert!(steps.contains(needle), "{needle}: {steps}");
        }
    }
}
