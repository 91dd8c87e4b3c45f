//! The use cases of pyprep, shared by every front end: where user data lives,
//! loading the bank, judging a submission, checking content, importing exercises,
//! drilling questions, practising exercises, progress, moving data between machines.
//!
//! Front ends (the CLI now, the server later) call these and only format the results;
//! they never reach the judge or the bank on their own.

pub mod apply;
pub mod catalog;
mod check;
pub mod clock;
mod context;
pub mod drill;
mod exercism;
pub mod mock;
pub mod mock_report;
pub mod plan;
pub mod practice;
pub mod settings;
mod setup;
pub mod stats;
pub mod transfer;

pub use check::{CheckOutcome, CheckSummary, check};
pub use context::{AppError, Context, StoreOpener, data_home};
pub use exercism::{ImportSummary, import_exercism};
pub use setup::{SetupSummary, managed_python, required_packages, setup_python};
