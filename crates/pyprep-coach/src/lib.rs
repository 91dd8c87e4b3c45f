//! Coaching logic, pure: no I/O, no clock of its own (every function that needs "now"
//! takes it), no randomness that is not seeded.
//!
//! - [`schedule`]: the card layer on top of FSRS (new, learning, review, relearning;
//!   same-day steps; fuzz; interview-date cap) and per-user parameter optimisation.
//! - [`feedback`]: which key points a typed answer covered, and a suggested rating.
//! - [`progress`]: how well each area is known, readiness 0-100 and what would raise it.
//! - [`pick`]: what to drill or practise next.
//! - [`mock`]: choosing a mock interview's items, and its report.
//! - [`plan`]: the day-by-day plan toward the interview date.
//!
//! Depends on the domain vocabulary and the store's models; never on the bank, the
//! judge, a store backend or the app.

pub mod feedback;
pub mod mock;
pub mod pick;
pub mod plan;
pub mod progress;
pub mod schedule;

/// Errors of the coaching logic.
#[derive(Debug, thiserror::Error)]
pub enum CoachError {
    /// FSRS refused its input.
    #[error("the spaced-repetition model failed")]
    Fsrs(#[source] fsrs::FSRSError),
    /// A setting that cannot be used.
    #[error("{0}")]
    Setting(String),
}

impl From<fsrs::FSRSError> for CoachError {
    fn from(e: fsrs::FSRSError) -> Self {
        CoachError::Fsrs(e)
    }
}
