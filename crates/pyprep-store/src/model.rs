use std::collections::BTreeMap;

use pyprep_core::{Rating, RunVerdict};
use serde::{Deserialize, Serialize};

/// A point in time (UTC).
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Where a card is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CardState {
    /// Never reviewed.
    New,
    /// Being learnt: short same-day steps.
    Learning,
    /// Learnt: comes back after days.
    Review,
    /// Forgotten after being learnt: short steps again.
    Relearning,
}

impl CardState {
    /// The spelling in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            CardState::New => "new",
            CardState::Learning => "learning",
            CardState::Review => "review",
            CardState::Relearning => "relearning",
        }
    }

    /// Parses [`CardState::as_str`].
    pub fn parse(text: &str) -> Option<CardState> {
        Some(match text {
            "new" => CardState::New,
            "learning" => CardState::Learning,
            "review" => CardState::Review,
            "relearning" => CardState::Relearning,
            _ => return None,
        })
    }
}

/// The scheduling state of one question for one user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The question id.
    pub item: String,
    /// Life stage.
    pub state: CardState,
    /// Index of the current learning or relearning step.
    pub step: u32,
    /// FSRS stability in days (0 while new).
    pub stability: f64,
    /// FSRS difficulty, 1..10 (0 while new).
    pub difficulty: f64,
    /// When it is due.
    pub due: Timestamp,
    /// When it was last reviewed.
    pub last_review: Option<Timestamp>,
    /// Reviews so far.
    pub reps: u32,
    /// Times forgotten after being learnt.
    pub lapses: u32,
}

/// One entry of the append-only review log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// Assigned by the store (0 before it is recorded).
    #[serde(default)]
    pub id: i64,
    /// The question id.
    pub item: String,
    /// The rating given.
    pub rating: Rating,
    /// When.
    pub reviewed_at: Timestamp,
    /// The card's state before this review.
    pub state: CardState,
    /// Days since the previous review (fractional).
    pub elapsed_days: f64,
    /// Days until the next due time this review set (fractional).
    pub scheduled_days: f64,
    /// Time from seeing the prompt to rating, when known.
    #[serde(default)]
    pub duration_ms: Option<u64>,
    /// Fraction of key points a typed answer covered, when one was typed.
    #[serde(default)]
    pub coverage: Option<f64>,
    /// Where it came from: `drill`, `review`, `mock`, `import`.
    pub source: String,
}

/// `run` (visible tests) or `submit` (all tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttemptMode {
    /// Visible tests only.
    Run,
    /// Every test, the one that counts.
    Submit,
}

impl AttemptMode {
    /// The spelling in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptMode::Run => "run",
            AttemptMode::Submit => "submit",
        }
    }

    /// Parses [`AttemptMode::as_str`].
    pub fn parse(text: &str) -> Option<AttemptMode> {
        match text {
            "run" => Some(AttemptMode::Run),
            "submit" => Some(AttemptMode::Submit),
            _ => None,
        }
    }
}

/// One graded attempt at an exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Assigned by the store.
    #[serde(default)]
    pub id: i64,
    /// Exercise id.
    pub exercise: String,
    /// Run or submit.
    pub mode: AttemptMode,
    /// The run's verdict.
    pub verdict: RunVerdict,
    /// Tests passed.
    pub passed: u32,
    /// Tests run.
    pub total: u32,
    /// When.
    pub at: Timestamp,
    /// The code graded.
    pub code: String,
}

/// What a user did with one exercise so far.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// Exercise id.
    pub exercise: String,
    /// Hints revealed (the first N of the list).
    pub hints_used: u32,
    /// Time spent in practice, ms.
    pub time_spent_ms: u64,
    /// First opened.
    pub started_at: Option<Timestamp>,
    /// First accepted submission.
    pub solved_at: Option<Timestamp>,
    /// When the user gave up and looked at the reference before solving it.
    pub gave_up_at: Option<Timestamp>,
}

/// All of one user's data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Settings.
    pub settings: BTreeMap<String, String>,
    /// Cards.
    pub cards: Vec<Card>,
    /// Review log.
    pub reviews: Vec<Review>,
    /// Attempts.
    pub attempts: Vec<Attempt>,
    /// Per-exercise progress.
    pub progress: Vec<ExerciseProgress>,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCounts {
    /// New review log entries.
    pub reviews: usize,
    /// Cards inserted or replaced by a later one.
    pub cards: usize,
    /// New attempts.
    pub attempts: usize,
    /// Exercise progress rows changed.
    pub progress: usize,
    /// Settings set.
    pub settings: usize,
}
