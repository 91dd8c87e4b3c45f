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
    /// Mock interviews.
    #[serde(default)]
    pub mocks: Vec<MockSession>,
    /// Applications.
    #[serde(default)]
    pub applications: Vec<Application>,
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
    /// New mock sessions.
    #[serde(default)]
    pub mocks: usize,
    /// New applications.
    #[serde(default)]
    pub applications: usize,
}

/// The result of one answered mock item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockAnswer {
    /// What was answered (text, or the code for coding items).
    pub text: String,
    /// When.
    pub answered_at: Timestamp,
    /// 0..100.
    pub score: f64,
    /// Key points covered (questions).
    #[serde(default)]
    pub covered: Vec<String>,
    /// Key points missed (questions).
    #[serde(default)]
    pub missed: Vec<String>,
    /// The judge's verdict (coding).
    #[serde(default)]
    pub verdict: Option<RunVerdict>,
    /// Tests that did not pass (coding; hidden ones by name only).
    #[serde(default)]
    pub failed_tests: Vec<String>,
    /// Tests passed and run (coding).
    #[serde(default)]
    pub passed: u32,
    /// Tests run (coding).
    #[serde(default)]
    pub total: u32,
    /// The user confirmed (or corrected) the covered points.
    #[serde(default)]
    pub confirmed: bool,
    /// Answered after the round's time was up.
    #[serde(default)]
    pub overtime: bool,
}

/// One item of a mock interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockItem {
    /// 1-based number within the session.
    pub item: u32,
    /// 0-based round index.
    pub round: usize,
    /// The segment.
    pub segment: pyprep_core::Segment,
    /// Bank id.
    pub id: String,
    /// Area.
    pub area: pyprep_core::Area,
    /// The answer, once given.
    #[serde(default)]
    pub answer: Option<MockAnswer>,
    /// A peer interviewer's score (0..100) and note.
    #[serde(default)]
    pub peer: Option<PeerScore>,
}

/// A peer's score for an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeerScore {
    /// 0..100.
    pub score: f64,
    /// What they noted.
    #[serde(default)]
    pub note: String,
}

/// One round of a mock as it was run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockRound {
    /// Title.
    pub title: String,
    /// Segment.
    pub segment: pyprep_core::Segment,
    /// Minutes allowed.
    pub minutes: u32,
    /// When its first item was presented or answered.
    #[serde(default)]
    pub started_at: Option<Timestamp>,
    /// When its last answer came in.
    #[serde(default)]
    pub ended_at: Option<Timestamp>,
}

/// A mock interview session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockSession {
    /// Session id.
    pub id: String,
    /// Format id.
    pub format: String,
    /// Role it was planned for.
    #[serde(default)]
    pub role: Option<pyprep_core::Role>,
    /// Level it was planned for.
    #[serde(default)]
    pub level: Option<pyprep_core::Level>,
    /// The seed of the item choice.
    pub seed: u64,
    /// Started.
    pub started_at: Timestamp,
    /// Finished (then it has a report).
    #[serde(default)]
    pub finished_at: Option<Timestamp>,
    /// Rounds.
    pub rounds: Vec<MockRound>,
    /// Items, in order.
    pub items: Vec<MockItem>,
    /// A peer interviewer's overall remarks.
    #[serde(default)]
    pub peer_notes: Vec<String>,
}

/// A dated interview of an application.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterviewRecord {
    /// The day.
    pub date: chrono::NaiveDate,
    /// Which round (e.g. "phone screen", "technical").
    pub round: String,
    /// Phone, video, on-site, take-home.
    #[serde(default)]
    pub medium: Option<pyprep_core::Medium>,
    /// Who interviewed.
    #[serde(default)]
    pub interviewers: Vec<String>,
    /// What was discussed.
    #[serde(default)]
    pub topics: Vec<String>,
    /// When the thank-you note was sent.
    #[serde(default)]
    pub thank_you_sent: Option<chrono::NaiveDate>,
}

/// A job application and what is known around it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    /// Assigned by the store.
    #[serde(default)]
    pub id: i64,
    /// Company.
    pub company: String,
    /// Role applied for.
    pub role: String,
    /// Stage.
    pub stage: pyprep_core::Stage,
    /// When applied.
    #[serde(default)]
    pub applied_on: Option<chrono::NaiveDate>,
    /// People (names, emails).
    #[serde(default)]
    pub contacts: Vec<String>,
    /// The next thing to do, and by when.
    #[serde(default)]
    pub next_action: Option<String>,
    /// Its date.
    #[serde(default)]
    pub next_action_on: Option<chrono::NaiveDate>,
    /// What the company does.
    #[serde(default)]
    pub company_does: Option<String>,
    /// Its Python stack.
    #[serde(default)]
    pub stack: Option<String>,
    /// Questions to ask them.
    #[serde(default)]
    pub questions: Vec<String>,
    /// Other notes.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The next round's date and medium, when scheduled.
    #[serde(default)]
    pub next_round: Option<InterviewRecord>,
    /// Interviews held.
    #[serde(default)]
    pub interviews: Vec<InterviewRecord>,
    /// Feedback received (dated text).
    #[serde(default)]
    pub feedback: Vec<(chrono::NaiveDate, String)>,
    /// Created.
    pub created_at: Timestamp,
    /// Last changed.
    pub updated_at: Timestamp,
}
