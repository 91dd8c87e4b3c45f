//! The use cases of pyprep, shared by every front end: where user data lives,
//! loading the bank, judging a submission, checking content, importing exercises.
//!
//! Front ends (the CLI now, the server later) call these and only format the results;
//! they never reach the judge or the bank on their own.

pub mod catalog;
mod check;
mod context;
mod exercism;
mod setup;

pub use check::{CheckOutcome, CheckSummary, check};
pub use context::{AppError, Context, data_home};
pub use exercism::{ImportSummary, import_exercism};
pub use setup::{SetupSummary, managed_python, required_packages, setup_python};
