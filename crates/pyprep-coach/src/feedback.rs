//! Which key points a typed answer covered.
//!
//! A key point has a sentence and a few short terms (1-4 words) that show it was
//! made. A term is found when each of its words appears in the answer, in any order,
//! after lowercasing and stemming (so `mutable`/`mutability` and `hashes`/`hashing`
//! meet), with a typo or two allowed in long words, and with `hash map` matching
//! `hashmap`. Terms with symbols (`__slots__`, `a/b`) also match literally. A point
//! whose own sentence is mostly echoed counts too.

use std::collections::HashSet;

use pyprep_core::Rating;
use pyprep_core::text::{edit_distance, is_stop, stem, terms, tokens, typo_budget};
use serde::Serialize;

/// A key point as the feedback needs it.
#[derive(Debug, Clone, Copy)]
pub struct KeyPointRef<'a> {
    /// The point in one sentence.
    pub text: &'a str,
    /// Phrasings that show it.
    pub terms: &'a [String],
}

/// The verdict on one key point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointResult {
    /// The key point's sentence.
    pub text: String,
    /// Whether the answer made it.
    pub covered: bool,
    /// The term (or `"(the point itself)"`) that showed it.
    pub matched: Option<String>,
}

/// Feedback on one answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feedback {
    /// Each key point, in the question's order.
    pub points: Vec<PointResult>,
    /// Fraction of key points covered (0..1).
    pub coverage: f64,
    /// The rating the coverage suggests.
    pub suggested_rating: Rating,
}

impl Feedback {
    /// The sentences of covered points.
    pub fn covered(&self) -> Vec<String> {
        self.points
            .iter()
            .filter(|p| p.covered)
            .map(|p| p.text.clone())
            .collect()
    }

    /// The sentences of missed points.
    pub fn missed(&self) -> Vec<String> {
        self.points
            .iter()
            .filter(|p| !p.covered)
            .map(|p| p.text.clone())
            .collect()
    }
}

/// The words of an answer in the forms terms are compared in.
struct AnswerWords {
    /// Stemmed words, and stemmed joins of neighbours (`hash map` -> `hashmap`).
    words: HashSet<String>,
    /// Lowercase text with runs of whitespace collapsed, for literal matches.
    flat: String,
}

impl AnswerWords {
    fn new(answer: &str) -> AnswerWords {
        let raw = tokens(answer);
        let mut words: HashSet<String> = raw.iter().map(|w| stem(w)).collect();
        for pair in raw.windows(2) {
            words.insert(stem(&format!("{}{}", pair[0], pair[1])));
        }
        let flat = answer
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        AnswerWords { words, flat }
    }

    fn has_word(&self, word: &str) -> bool {
        if self.words.contains(word) {
            return true;
        }
        let budget = typo_budget(word);
        budget > 0
            && self.words.iter().any(|w| {
                w.len() >= 5 && w.chars().next() == word.chars().next() && {
                    edit_distance(w, word, budget) <= budget
                }
            })
    }

    fn has_term(&self, term: &str) -> bool {
        let lower = term.trim().to_lowercase();
        if lower.is_empty() {
            return false;
        }
        if lower
            .chars()
            .any(|c| !(c.is_alphanumeric() || c.is_whitespace() || c == '-'))
            && self
                .flat
                .contains(&lower.split_whitespace().collect::<Vec<_>>().join(" "))
        {
            return true;
        }
        let mut words = terms(&lower);
        if words.is_empty() {
            // A term made only of short common words ("is", "as") must match as written.
            words = tokens(&lower);
        }
        if words.is_empty() {
            return false;
        }
        if words.iter().all(|w| self.has_word(w)) {
            return true;
        }
        // `hashmap` in the term, `hash map` in the answer is covered by the joined
        // neighbours; the other way round, join the term's words.
        words.len() > 1 && self.has_word(&stem(&tokens(&lower).concat()))
    }
}

/// How much of a key point's own sentence an answer echoes (content words only).
fn echo(point: &str, answer: &AnswerWords) -> f64 {
    let words: HashSet<String> = tokens(point)
        .into_iter()
        .filter(|w| !is_stop(w) && w.len() > 2)
        .map(|w| stem(&w))
        .collect();
    if words.len() < 4 {
        return 0.0;
    }
    let found = words.iter().filter(|w| answer.has_word(w)).count();
    found as f64 / words.len() as f64
}

/// The rating a coverage suggests: everything of three or more points is easy, most
/// of it good, some of it hard, little or nothing again.
pub fn suggest(coverage: f64, points: usize, answer_empty: bool) -> Rating {
    if answer_empty {
        Rating::Again
    } else if coverage >= 0.999 && points >= 3 {
        Rating::Easy
    } else if coverage >= 0.6 {
        Rating::Good
    } else if coverage >= 0.3 {
        Rating::Hard
    } else {
        Rating::Again
    }
}

/// Marks which of `points` the `answer` covered.
pub fn assess(answer: &str, points: &[KeyPointRef<'_>]) -> Feedback {
    let words = AnswerWords::new(answer);
    let results: Vec<PointResult> = points
        .iter()
        .map(|p| {
            let matched = p
                .terms
                .iter()
                .find(|t| words.has_term(t))
                .cloned()
                .or_else(|| (echo(p.text, &words) >= 0.75).then(|| "(the point itself)".into()));
            PointResult {
                text: p.text.to_string(),
                covered: matched.is_some(),
                matched,
            }
        })
        .collect();
    let covered = results.iter().filter(|r| r.covered).count();
    let coverage = if results.is_empty() {
        0.0
    } else {
        covered as f64 / results.len() as f64
    };
    Feedback {
        suggested_rating: suggest(coverage, results.len(), answer.trim().is_empty()),
        coverage,
        points: results,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kp(text: &'static str, terms: &[&str]) -> (&'static str, Vec<String>) {
        (text, terms.iter().map(|t| t.to_string()).collect())
    }

    fn run(answer: &str, points: &[(&'static str, Vec<String>)]) -> Feedback {
        let refs: Vec<KeyPointRef<'_>> = points
            .iter()
            .map(|(text, terms)| KeyPointRef { text, terms })
            .collect();
        assess(answer, &refs)
    }

    fn gil() -> Vec<(&'static str, Vec<String>)> {
        vec![
            kp(
                "Only one thread executes Python bytecode at a time.",
                &["one thread at a time", "global interpreter lock"],
            ),
            kp(
                "Blocking I/O releases the lock, so I/O-bound threads still overlap.",
                &["releases the lock", "I/O-bound"],
            ),
            kp(
                "CPU-bound work needs processes or native code to use several cores.",
                &["multiprocessing", "CPU-bound", "process pool"],
            ),
        ]
    }

    #[test]
    fn covered_and_missed_points_are_told_apart() {
        let f = run(
            "The Global Interpreter Lock lets a single thread run bytecode, one thread at a time. Threads waiting on sockets release the lock.",
            &gil(),
        );
        assert_eq!(
            f.points.iter().map(|p| p.covered).collect::<Vec<_>>(),
            vec![true, true, false]
        );
        assert_eq!(f.missed(), vec![gil()[2].0.to_string()]);
        assert_eq!(f.suggested_rating, Rating::Good);
    }

    #[test]
    fn case_inflection_word_order_and_typos_are_forgiven() {
        let points = vec![kp("Lists are mutable.", &["mutable list"])];
        for answer in [
            "LISTS ARE MUTABLE",
            "a list can be mutated, it is mutable",
            "mutable: lists",
            "lists are mutabel",
        ] {
            assert!(run(answer, &points).points[0].covered, "{answer}");
        }
        assert!(!run("tuples are immutable", &points).points[0].covered);
    }

    #[test]
    fn joined_and_split_compounds_meet() {
        let points = vec![kp("Uses a hash map.", &["hash map"])];
        assert!(run("it keeps a hashmap of counts", &points).points[0].covered);
        let points = vec![kp("Uses a hashmap.", &["hashmap"])];
        assert!(run("it keeps a hash map of counts", &points).points[0].covered);
    }

    #[test]
    fn symbols_match_literally() {
        let points = vec![kp("Slots save memory.", &["__slots__"])];
        assert!(run("declare __slots__ = ('x',)", &points).points[0].covered);
        let points = vec![kp("Precision.", &["TP/(TP+FP)"])];
        assert!(run("precision is tp/(tp+fp)", &points).points[0].covered);
    }

    #[test]
    fn short_words_need_no_typos() {
        let points = vec![kp("Uses a set.", &["set"])];
        assert!(!run("uses a sec", &points).points[0].covered);
    }

    #[test]
    fn echoing_the_point_itself_counts() {
        let points = vec![kp(
            "Dictionaries preserve insertion order since Python 3.7.",
            &["ordered dict guarantee"],
        )];
        let f = run(
            "Since 3.7 dictionaries preserve the insertion order.",
            &points,
        );
        assert_eq!(f.points[0].matched.as_deref(), Some("(the point itself)"));
    }

    #[test]
    fn the_suggested_rating_follows_coverage() {
        assert_eq!(run("", &gil()).suggested_rating, Rating::Again);
        assert_eq!(
            run("no idea, sorry", &gil()).suggested_rating,
            Rating::Again
        );
        assert_eq!(
            run("multiprocessing for CPU-bound work", &gil()).suggested_rating,
            Rating::Hard
        );
        let all = "global interpreter lock; I/O-bound threads release the lock; CPU-bound work goes to multiprocessing";
        let f = run(all, &gil());
        assert_eq!(f.coverage, 1.0);
        assert_eq!(f.suggested_rating, Rating::Easy);
        assert_eq!(
            suggest(1.0, 1, false),
            Rating::Good,
            "one point is not enough for easy"
        );
    }
}
