//! Cards on top of FSRS.
//!
//! FSRS (the `fsrs` crate) models memory: stability, difficulty and the interval that
//! hits the desired retention. This module adds what a review session needs around it:
//! a card's life stage (new, learning, review, relearning), same-day learning steps
//! before a card graduates, interval ordering (hard < good < easy), fuzz so cards
//! learnt together do not stay bunched, a maximum interval, and a cap that brings every
//! card back before the interview date.

use std::collections::BTreeMap;

use chrono::{Duration, TimeDelta};
use fsrs::{
    ComputeParametersInput, DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, MemoryState,
    NextStates, compute_parameters,
};
use pyprep_core::Rating;
use pyprep_store::{Card, CardState, Review, Timestamp};
use serde::Serialize;

use crate::CoachError;

/// Reviews needed before parameters are fitted to the user.
pub const MIN_REVIEWS_TO_OPTIMIZE: usize = 100;

/// How cards are scheduled.
#[derive(Debug, Clone, PartialEq)]
pub struct SchedulerConfig {
    /// The 21 FSRS-6 parameters.
    pub parameters: Vec<f32>,
    /// The probability of recall a card should have when it comes back (0.7..0.99).
    pub desired_retention: f32,
    /// Same-day steps of a new card before it graduates.
    pub learning_steps: Vec<Duration>,
    /// Same-day steps of a forgotten card.
    pub relearning_steps: Vec<Duration>,
    /// Longest interval, days.
    pub maximum_interval_days: u32,
    /// Cards come back before this moment when it is in the future.
    pub interview: Option<Timestamp>,
    /// Spread intervals a little (deterministically per card and review).
    pub fuzz: bool,
}

impl Default for SchedulerConfig {
    fn default() -> Self {
        SchedulerConfig {
            parameters: DEFAULT_PARAMETERS.to_vec(),
            desired_retention: 0.9,
            learning_steps: vec![Duration::minutes(1), Duration::minutes(10)],
            relearning_steps: vec![Duration::minutes(10)],
            maximum_interval_days: 365,
            interview: None,
            fuzz: true,
        }
    }
}

/// Schedules cards.
#[derive(Debug)]
pub struct Scheduler {
    config: SchedulerConfig,
    fsrs: FSRS,
}

/// A card that was never reviewed, due at `now`.
pub fn new_card(item: &str, now: Timestamp) -> Card {
    Card {
        item: item.to_string(),
        state: CardState::New,
        step: 0,
        stability: 0.0,
        difficulty: 0.0,
        due: now,
        last_review: None,
        reps: 0,
        lapses: 0,
    }
}

fn days_between(from: Timestamp, to: Timestamp) -> f64 {
    (to - from).num_milliseconds() as f64 / 86_400_000.0
}

/// A 64-bit mix of `text` (FNV-1a then a finaliser), for seeded fuzz.
fn mix(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

impl Scheduler {
    /// A scheduler; fails on parameters FSRS rejects or a retention out of range.
    pub fn new(config: SchedulerConfig) -> Result<Scheduler, CoachError> {
        if !(0.7..=0.99).contains(&config.desired_retention) {
            return Err(CoachError::Setting(format!(
                "desired retention {} is out of range; use a value from 0.70 to 0.99 (0.90 is usual)",
                config.desired_retention
            )));
        }
        let fsrs = FSRS::new(&config.parameters)?;
        Ok(Scheduler { config, fsrs })
    }

    /// The configuration.
    pub fn config(&self) -> &SchedulerConfig {
        &self.config
    }

    /// The forgetting curve's decay (the last FSRS-6 parameter).
    fn decay(&self) -> f32 {
        self.config
            .parameters
            .get(20)
            .copied()
            .unwrap_or(fsrs::FSRS6_DEFAULT_DECAY)
    }

    /// Probability of recalling `card` at `now` (0 for a new card).
    pub fn retrievability(&self, card: &Card, now: Timestamp) -> f64 {
        match (card.state, card.last_review) {
            (CardState::New, _) | (_, None) => 0.0,
            (_, Some(last)) => {
                let state = MemoryState {
                    stability: card.stability as f32,
                    difficulty: card.difficulty as f32,
                };
                let days = days_between(last, now).max(0.0) as f32;
                f64::from(fsrs::current_retrievability(state, days, self.decay()))
            }
        }
    }

    fn next_states(&self, card: &Card, now: Timestamp) -> Result<NextStates, CoachError> {
        let memory = (card.state != CardState::New).then_some(MemoryState {
            stability: card.stability as f32,
            difficulty: card.difficulty as f32,
        });
        let days = card
            .last_review
            .map(|l| (now - l).num_days().max(0) as u32)
            .unwrap_or(0);
        Ok(self
            .fsrs
            .next_states(memory, self.config.desired_retention, days)?)
    }

    /// Whole-day intervals for hard, good and easy, in that order, strictly growing.
    fn review_days(&self, next: &NextStates, card: &Card, now: Timestamp) -> [u32; 3] {
        let max = self.config.maximum_interval_days.max(1);
        let days = |interval: f32, salt: &str| -> u32 {
            let d = (interval.round() as i64).clamp(1, i64::from(max)) as u32;
            self.fuzzed(d, card, now, salt)
        };
        let hard = days(next.hard.interval, "hard");
        let good = days(next.good.interval, "good").max(hard + 1).min(max);
        let easy = days(next.easy.interval, "easy").max(good + 1).min(max);
        [hard.min(good), good, easy]
    }

    /// Spreads an interval of `days` within a band that grows with it.
    fn fuzzed(&self, days: u32, card: &Card, now: Timestamp, salt: &str) -> u32 {
        if !self.config.fuzz || days < 3 {
            return days;
        }
        let ivl = f64::from(days);
        let mut delta = 1.0;
        for (start, end, factor) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, f64::MAX, 0.05)] {
            delta += factor * (ivl.min(end) - start).max(0.0);
        }
        let lo = (ivl - delta).round().max(2.0);
        let hi = (ivl + delta)
            .round()
            .min(f64::from(self.config.maximum_interval_days));
        let seed = mix(&format!(
            "{}|{}|{}|{salt}",
            card.item,
            card.reps,
            now.timestamp()
        ));
        let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
        (lo + unit * (hi - lo + 1.0)).floor().clamp(lo, hi.max(lo)) as u32
    }

    /// The due time `days` after `now`, capped before the interview.
    fn due_after(&self, now: Timestamp, days: u32) -> Timestamp {
        let due = now + Duration::days(i64::from(days));
        match self.config.interview {
            Some(interview) if interview > now => {
                // Leave a day before the interview for a last look; when it is closer
                // than that, bring the card back just before it.
                let latest = if interview - now > TimeDelta::days(2) {
                    interview - Duration::days(1)
                } else {
                    interview - Duration::hours(2)
                };
                due.min(latest.max(now + Duration::hours(1)))
            }
            _ => due,
        }
    }

    /// The wait before the next step: `current` is the step just answered, `next`
    /// the one the card moves to.
    fn step_delay(steps: &[Duration], current: usize, next: usize, rating: Rating) -> Duration {
        match rating {
            Rating::Hard if current == 0 && steps.len() == 1 => steps[0] * 3 / 2,
            Rating::Hard if current == 0 => (steps[0] + steps[1]) / 2,
            _ => steps[next.min(steps.len() - 1)],
        }
    }

    /// Reviews `card` with `rating` at `now`: the card after it, and the log entry
    /// (with `source` empty and no duration or coverage; the caller fills them).
    pub fn review(
        &self,
        card: &Card,
        rating: Rating,
        now: Timestamp,
    ) -> Result<(Card, Review), CoachError> {
        let next = self.next_states(card, now)?;
        let chosen = match rating {
            Rating::Again => &next.again,
            Rating::Hard => &next.hard,
            Rating::Good => &next.good,
            Rating::Easy => &next.easy,
        };
        let mut out = Card {
            stability: f64::from(chosen.memory.stability),
            difficulty: f64::from(chosen.memory.difficulty),
            last_review: Some(now),
            reps: card.reps + 1,
            ..card.clone()
        };
        let graduate = |out: &mut Card| {
            let [hard, good, easy] = self.review_days(&next, card, now);
            let days = match rating {
                Rating::Hard => hard,
                Rating::Good => good,
                _ => easy,
            };
            out.state = CardState::Review;
            out.step = 0;
            out.due = self.due_after(now, days);
        };
        let learn = |out: &mut Card, steps: &[Duration], state: CardState| {
            let current = if card.state == state {
                card.step as usize
            } else {
                0
            };
            let step = match rating {
                Rating::Again => 0,
                Rating::Hard => current,
                _ => current + 1,
            };
            if rating == Rating::Easy || steps.is_empty() || step >= steps.len() {
                graduate(out);
            } else {
                out.state = state;
                out.step = step as u32;
                out.due = now + Self::step_delay(steps, current, step, rating);
            }
        };
        match card.state {
            CardState::New | CardState::Learning => {
                learn(&mut out, &self.config.learning_steps, CardState::Learning)
            }
            CardState::Relearning => learn(
                &mut out,
                &self.config.relearning_steps,
                CardState::Relearning,
            ),
            CardState::Review => {
                if rating == Rating::Again {
                    out.lapses += 1;
                    learn(
                        &mut out,
                        &self.config.relearning_steps,
                        CardState::Relearning,
                    );
                } else {
                    graduate(&mut out);
                }
            }
        }
        let review = Review {
            id: 0,
            item: card.item.clone(),
            rating,
            reviewed_at: now,
            state: card.state,
            elapsed_days: card
                .last_review
                .map(|l| days_between(l, now).max(0.0))
                .unwrap_or(0.0),
            scheduled_days: days_between(now, out.due),
            duration_ms: None,
            coverage: None,
            source: String::new(),
        };
        Ok((out, review))
    }

    /// When `card` would next be due for each rating, if reviewed at `now`.
    pub fn preview(
        &self,
        card: &Card,
        now: Timestamp,
    ) -> Result<Vec<(Rating, Timestamp)>, CoachError> {
        Rating::ALL
            .iter()
            .map(|r| Ok((*r, self.review(card, *r, now)?.0.due)))
            .collect()
    }
}

/// The review log as FSRS training items: for each card, one item per review after
/// its first, holding the history up to and including it (`delta_t` in whole days),
/// and the aligned card ids.
pub fn training_items(reviews: &[Review]) -> (Vec<FSRSItem>, Vec<i64>) {
    let mut by_card: BTreeMap<&str, Vec<&Review>> = BTreeMap::new();
    for r in reviews {
        by_card.entry(r.item.as_str()).or_default().push(r);
    }
    let mut items = Vec::new();
    let mut ids = Vec::new();
    for (card_id, (_, mut log)) in by_card.into_iter().enumerate() {
        log.sort_by_key(|r| r.reviewed_at);
        let mut history: Vec<FSRSReview> = Vec::with_capacity(log.len());
        let mut previous: Option<Timestamp> = None;
        for r in log {
            let delta_t = previous
                .map(|p| (r.reviewed_at - p).num_days().max(0) as u32)
                .unwrap_or(0);
            history.push(FSRSReview {
                rating: r.rating.grade(),
                delta_t,
            });
            previous = Some(r.reviewed_at);
            // FSRS learns to predict recall after at least a day: same-day steps
            // stay in the history but are not predicted themselves.
            if history.len() >= 2 && delta_t > 0 {
                items.push(FSRSItem {
                    reviews: history.clone(),
                });
                ids.push(card_id as i64);
            }
        }
    }
    (items, ids)
}

/// What fitting parameters to a user's log found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Optimization {
    /// Reviews in the log.
    pub reviews: usize,
    /// Log loss of the parameters in use, on the user's log.
    pub current_loss: f64,
    /// Log loss of the fitted parameters.
    pub fitted_loss: f64,
    /// Whether the fitted parameters predict better and should be adopted.
    pub adopted: bool,
    /// The fitted parameters.
    pub parameters: Vec<f32>,
}

/// Fits FSRS parameters to `reviews` and compares them with `current` on the same log.
/// `None` while there are fewer than [`MIN_REVIEWS_TO_OPTIMIZE`] reviews or too few
/// repeated cards to learn from.
pub fn optimize(reviews: &[Review], current: &[f32]) -> Result<Option<Optimization>, CoachError> {
    if reviews.len() < MIN_REVIEWS_TO_OPTIMIZE {
        return Ok(None);
    }
    let (items, ids) = training_items(reviews);
    if items
        .iter()
        .filter(|i| i.long_term_review_cnt() > 0)
        .count()
        < 8
    {
        return Ok(None);
    }
    let fitted = compute_parameters(ComputeParametersInput {
        train_set: items.clone(),
        card_ids: Some(ids.clone()),
        ..ComputeParametersInput::default()
    })?;
    let loss = |params: &[f32]| -> Result<f64, CoachError> {
        let model = FSRS::new(params)?;
        let eval = model.evaluate_with_card_ids(items.clone(), ids.clone(), |_| true)?;
        Ok(f64::from(eval.log_loss))
    };
    let current_loss = loss(current)?;
    let fitted_loss = loss(&fitted)?;
    Ok(Some(Optimization {
        reviews: reviews.len(),
        current_loss,
        fitted_loss,
        adopted: fitted_loss < current_loss && fitted.as_slice() != current,
        parameters: fitted,
    }))
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    fn t0() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap()
    }

    fn sched(config: SchedulerConfig) -> Scheduler {
        Scheduler::new(config).unwrap()
    }

    #[test]
    fn a_new_card_walks_the_learning_steps_then_graduates() {
        let s = sched(SchedulerConfig::default());
        let now = t0();
        let card = new_card("gil", now);
        let (c1, r1) = s.review(&card, Rating::Good, now).unwrap();
        assert_eq!((c1.state, c1.step), (CardState::Learning, 1));
        assert_eq!(c1.due, now + Duration::minutes(10));
        assert_eq!(r1.state, CardState::New);
        let (again, _) = s.review(&c1, Rating::Again, c1.due).unwrap();
        assert_eq!((again.state, again.step), (CardState::Learning, 0));
        assert_eq!(again.due, c1.due + Duration::minutes(1));
        let (c2, _) = s.review(&c1, Rating::Good, c1.due).unwrap();
        assert_eq!(c2.state, CardState::Review);
        assert!(c2.due - c1.due >= Duration::days(1), "graduates to days");
        assert_eq!(c2.reps, 2);
    }

    #[test]
    fn hard_on_the_first_step_waits_between_the_steps() {
        let s = sched(SchedulerConfig::default());
        let (c, _) = s.review(&new_card("x", t0()), Rating::Hard, t0()).unwrap();
        assert_eq!(c.due - t0(), Duration::seconds(330));
    }

    #[test]
    fn easy_graduates_a_new_card_at_once_with_the_longest_interval() {
        let s = sched(SchedulerConfig::default());
        let card = new_card("x", t0());
        let p = s.preview(&card, t0()).unwrap();
        let due: Vec<_> = p.iter().map(|(_, d)| *d).collect();
        assert!(due.windows(2).all(|w| w[0] <= w[1]), "{p:?}");
        let (easy, _) = s.review(&card, Rating::Easy, t0()).unwrap();
        assert_eq!(easy.state, CardState::Review);
        assert!(easy.due - t0() >= Duration::days(3));
    }

    #[test]
    fn forgetting_a_review_card_relearns_and_counts_a_lapse() {
        let s = sched(SchedulerConfig::default());
        let (c, _) = s.review(&new_card("x", t0()), Rating::Easy, t0()).unwrap();
        let later = c.due;
        let (lapsed, log) = s.review(&c, Rating::Again, later).unwrap();
        assert_eq!((lapsed.state, lapsed.lapses), (CardState::Relearning, 1));
        assert_eq!(lapsed.due, later + Duration::minutes(10));
        assert!(
            lapsed.stability < c.stability,
            "forgetting lowers stability"
        );
        assert!(log.elapsed_days >= 3.0);
        let (back, _) = s.review(&lapsed, Rating::Good, lapsed.due).unwrap();
        assert_eq!(back.state, CardState::Review);
    }

    #[test]
    fn review_intervals_grow_with_success_and_keep_their_order() {
        let s = sched(SchedulerConfig {
            fuzz: false,
            ..SchedulerConfig::default()
        });
        let (mut card, _) = s.review(&new_card("x", t0()), Rating::Easy, t0()).unwrap();
        let mut last = card.due - t0();
        // Two rounds: a third would reach the one-year maximum.
        for _ in 0..2 {
            let now = card.due;
            let p = s.preview(&card, now).unwrap();
            let days: Vec<i64> = p.iter().map(|(_, d)| (*d - now).num_days()).collect();
            assert!(days[1] < days[2] && days[2] < days[3], "{days:?}");
            card = s.review(&card, Rating::Good, now).unwrap().0;
            let gap = card.due - now;
            assert!(gap > last, "{gap} after {last}");
            last = gap;
        }
    }

    #[test]
    fn the_interview_date_caps_intervals() {
        let interview = t0() + Duration::days(5);
        let s = sched(SchedulerConfig {
            interview: Some(interview),
            ..SchedulerConfig::default()
        });
        let (c, _) = s.review(&new_card("x", t0()), Rating::Easy, t0()).unwrap();
        assert!(c.due <= interview - Duration::days(1), "{}", c.due);
        let free = sched(SchedulerConfig::default());
        let (f, _) = free
            .review(&new_card("x", t0()), Rating::Easy, t0())
            .unwrap();
        assert!(f.due > c.due, "without the date the card would wait longer");
        // After the interview, no cap.
        let s2 = sched(SchedulerConfig {
            interview: Some(t0() - Duration::days(1)),
            ..SchedulerConfig::default()
        });
        assert_eq!(
            s2.review(&new_card("x", t0()), Rating::Easy, t0())
                .unwrap()
                .0
                .due,
            f.due
        );
    }

    #[test]
    fn fuzz_is_deterministic_and_stays_in_its_band() {
        let s = sched(SchedulerConfig::default());
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..40 {
            let card = Card {
                reps: i,
                ..new_card("x", t0())
            };
            let d = s.fuzzed(30, &card, t0(), "good");
            assert_eq!(d, s.fuzzed(30, &card, t0(), "good"));
            assert!((27..=33).contains(&d), "{d}");
            seen.insert(d);
        }
        assert!(seen.len() > 2, "fuzz spreads: {seen:?}");
        assert_eq!(s.fuzzed(2, &new_card("x", t0()), t0(), "good"), 2);
    }

    #[test]
    fn retrievability_falls_with_time() {
        let s = sched(SchedulerConfig::default());
        let (c, _) = s.review(&new_card("x", t0()), Rating::Good, t0()).unwrap();
        let (c, _) = s.review(&c, Rating::Good, c.due).unwrap();
        let r1 = s.retrievability(&c, c.due - Duration::days(1));
        let r2 = s.retrievability(&c, c.due);
        let r3 = s.retrievability(&c, c.due + Duration::days(30));
        assert!(r1 > r2 && r2 > r3, "{r1} {r2} {r3}");
        assert!(
            (r2 - 0.9).abs() < 0.06,
            "due near the desired retention: {r2}"
        );
        assert_eq!(s.retrievability(&new_card("y", t0()), t0()), 0.0);
    }

    #[test]
    fn a_bad_retention_is_refused() {
        let e = Scheduler::new(SchedulerConfig {
            desired_retention: 1.5,
            ..SchedulerConfig::default()
        })
        .unwrap_err();
        assert!(e.to_string().contains("0.70 to 0.99"));
    }

    /// A simulated learner whose memory is worse than the defaults assume: the
    /// optimiser should find parameters that predict them better.
    fn simulated_log(cards: usize, days: i64) -> Vec<Review> {
        let s = sched(SchedulerConfig::default());
        let mut log = Vec::new();
        for i in 0..cards {
            let item = format!("q{i}");
            let mut card = new_card(&item, t0());
            let mut now = t0() + Duration::minutes(i as i64);
            while now < t0() + Duration::days(days) {
                let gap = card
                    .last_review
                    .map(|l| days_between(l, now))
                    .unwrap_or(0.0);
                // Forgets fast: recall chance halves every 2 days.
                let recall = 0.5f64.powf(gap / 2.0);
                let roll = (mix(&format!("{item}{}", card.reps)) % 1000) as f64 / 1000.0;
                let rating = if roll < recall {
                    Rating::Good
                } else {
                    Rating::Again
                };
                let (next, review) = s.review(&card, rating, now).unwrap();
                log.push(review);
                card = next;
                now = card.due;
            }
        }
        log
    }

    #[test]
    fn training_items_hold_each_cards_history() {
        let log = simulated_log(3, 20);
        let (items, ids) = training_items(&log);
        assert_eq!(items.len(), ids.len());
        let long_term = log.iter().filter(|r| r.elapsed_days >= 1.0).count();
        assert_eq!(
            items.len(),
            long_term,
            "one item per review a day or more apart"
        );
        assert!(items.iter().all(|i| i.reviews[0].delta_t == 0));
        assert!(
            items
                .iter()
                .all(|i| i.reviews.last().is_some_and(|r| r.delta_t > 0))
        );
    }

    #[test]
    fn optimisation_waits_for_enough_reviews_then_fits_the_user() {
        let few = simulated_log(2, 10);
        assert!(few.len() < MIN_REVIEWS_TO_OPTIMIZE);
        assert_eq!(optimize(&few, &DEFAULT_PARAMETERS).unwrap(), None);
        let log = simulated_log(40, 60);
        assert!(log.len() >= MIN_REVIEWS_TO_OPTIMIZE, "{}", log.len());
        let o = optimize(&log, &DEFAULT_PARAMETERS)
            .unwrap()
            .expect("enough data");
        assert_eq!(o.parameters.len(), 21);
        assert!(o.fitted_loss.is_finite() && o.current_loss.is_finite());
        assert!(
            o.fitted_loss < o.current_loss,
            "a fast forgetter is predicted better by fitted parameters: {o:?}"
        );
        assert!(o.adopted);
        Scheduler::new(SchedulerConfig {
            parameters: o.parameters,
            ..SchedulerConfig::default()
        })
        .expect("fitted parameters are usable");
    }
}
