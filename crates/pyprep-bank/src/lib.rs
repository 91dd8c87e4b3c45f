//! The bank: the exercise folder format, the question format and interview formats,
//! loading them from the copy embedded in the binary or from folders on disk, and the
//! checks that need no interpreter (metadata, required files, vocabulary, counts).
//!
//! Owns: [`Exercise`], [`Question`], [`Format`], [`Bank`], [`Problem`]. Depends only on
//! `pyprep-core`; running code (references, code blocks) is the judge's job.

mod exercise;
mod files;
mod format;
mod load;
mod problem;
mod question;
mod search;

pub use exercise::{
    CallCase, Case, Cases, Compare, Exercise, ExerciseMeta, FunctionCase, StdioCase, WrongMeta,
};
pub use files::FileSet;
pub use format::{Format, Round};
pub use load::{Bank, Item, embedded_files, load_embedded, load_embedded_checked, load_path};
pub use problem::Problem;
pub use question::{CodeBlock, KeyPoint, Question, QuestionMeta, RubricEntry, Star, code_blocks};
pub use search::search;
