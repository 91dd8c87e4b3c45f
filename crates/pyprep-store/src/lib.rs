//! What pyprep remembers about one user, as models and one trait, [`Store`].
//!
//! Backends live in sibling crates (`pyprep-store-sqlite` for a laptop, a PostgreSQL
//! one for a team server) and are picked by the binary only. A store value is scoped
//! to one user: a multi-user backend hands out one per user.
//!
//! Rules every backend keeps: each `record_*` call is one transaction (a crash loses
//! nothing already recorded and leaves nothing half-written); the review log is
//! append-only; a database written by a newer pyprep is refused with
//! [`StoreError::NewerSchema`]. [`conformance`] is the test story every backend runs.
//!
//! Must not depend on the bank, the judge or any backend.

pub mod conformance;
mod model;

pub use model::{
    Application, Attempt, AttemptMode, Card, CardState, ExerciseProgress, ImportCounts,
    InterviewRecord, MockAnswer, MockItem, MockRound, MockSession, PeerScore, Review, Snapshot,
    Timestamp,
};

use std::collections::BTreeMap;

/// Errors of a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database was written by a newer pyprep.
    #[error(
        "the database at {location} has schema version {found}, newer than this pyprep understands ({supported}); upgrade pyprep, or point PYPREP_HOME elsewhere"
    )]
    NewerSchema {
        /// Where the database is.
        location: String,
        /// Its version.
        found: i64,
        /// The newest this binary knows.
        supported: i64,
    },
    /// The backend failed.
    #[error("{context}: {source}")]
    Backend {
        /// What was being done.
        context: String,
        /// The cause.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Stored data that cannot be read back (edited by hand, or damaged).
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// Wraps a backend error with what was being done.
    pub fn backend(
        context: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> StoreError {
        StoreError::Backend {
            context: context.into(),
            source: Box::new(source),
        }
    }
}

/// Result of a store call.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One user's state.
pub trait Store {
    /// The scheduling card of a question, if it was ever reviewed.
    fn card(&self, item: &str) -> Result<Option<Card>>;
    /// Every card.
    fn cards(&self) -> Result<Vec<Card>>;
    /// Appends `review` to the log and saves `card` (its new state), atomically.
    /// Returns the review's id.
    fn record_review(&self, review: &Review, card: &Card) -> Result<i64>;
    /// The review log, oldest first.
    fn reviews(&self) -> Result<Vec<Review>>;

    /// Appends an attempt and saves the exercise's progress, atomically. Returns the
    /// attempt's id.
    fn record_attempt(&self, attempt: &Attempt, progress: &ExerciseProgress) -> Result<i64>;
    /// Attempts (of one exercise, or all), oldest first.
    fn attempts(&self, exercise: Option<&str>) -> Result<Vec<Attempt>>;
    /// Progress on one exercise.
    fn progress(&self, exercise: &str) -> Result<Option<ExerciseProgress>>;
    /// Progress on every exercise ever opened.
    fn all_progress(&self) -> Result<Vec<ExerciseProgress>>;
    /// Saves progress (hints, time, give-up) without an attempt.
    fn save_progress(&self, progress: &ExerciseProgress) -> Result<()>;

    /// One setting.
    fn setting(&self, key: &str) -> Result<Option<String>>;
    /// Sets (or with `None` removes) a setting.
    fn set_setting(&self, key: &str, value: Option<&str>) -> Result<()>;
    /// Every setting.
    fn settings(&self) -> Result<BTreeMap<String, String>>;

    /// Saves a mock session (inserted or replaced whole), atomically.
    fn save_mock(&self, mock: &MockSession) -> Result<()>;
    /// One mock session.
    fn mock(&self, id: &str) -> Result<Option<MockSession>>;
    /// Every mock session, oldest first.
    fn mocks(&self) -> Result<Vec<MockSession>>;

    /// Adds an application; returns its id.
    fn add_application(&self, app: &Application) -> Result<i64>;
    /// Saves a changed application (by id).
    fn save_application(&self, app: &Application) -> Result<()>;
    /// One application.
    fn application(&self, id: i64) -> Result<Option<Application>>;
    /// Every application, by id.
    fn applications(&self) -> Result<Vec<Application>>;

    /// Everything, for export.
    fn snapshot(&self) -> Result<Snapshot> {
        Ok(Snapshot {
            settings: self.settings()?,
            cards: self.cards()?,
            reviews: self.reviews()?,
            attempts: self.attempts(None)?,
            progress: self.all_progress()?,
            mocks: self.mocks()?,
            applications: self.applications()?,
        })
    }

    /// Merges a snapshot in one transaction: reviews and attempts already present
    /// (same item, time and rating or verdict) are skipped, a card is replaced only
    /// by one reviewed later, settings are taken where absent here (all of them with
    /// `replace_settings`), mocks are added by id and applications by company, role
    /// and creation time.
    fn import(&self, data: &Snapshot, replace_settings: bool) -> Result<ImportCounts>;
}
