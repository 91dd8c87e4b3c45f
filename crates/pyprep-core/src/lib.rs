//! The domain vocabulary every other pyprep crate speaks: item ids, areas, levels,
//! difficulties, roles, grading modes, ratings, interview segments and verdicts.
//!
//! This crate is pure: no I/O, no clock, no dependency on any other pyprep crate.
//! Everything here is a small value type with a stable lowercase spelling that the
//! content files, the JSON output and the command line share.

mod id;
pub mod text;
mod verdict;
mod vocab;

pub use id::{Id, IdError};
pub use verdict::{RunVerdict, TestVerdict};
pub use vocab::{
    Area, Difficulty, Grading, Kind, Level, Medium, Rating, Role, Segment, Stage, UnknownName,
};
