//! The judge: runs Python submissions in a layered sandbox and turns what they return
//! into verdicts.
//!
//! Owns the sandbox ([`sandbox`]), the in-sandbox harness (`harness.py`, embedded),
//! the comparison of results outside the sandbox ([`compare`]), finding the
//! interpreter ([`interpreter`]) and the report ([`Report`]). Depends on
//! `pyprep-core` and `pyprep-bank` (the exercise format); never on the store or the
//! command line.
//!
//! The sandbox init is the pyprep binary itself started with [`sandbox::INIT_ARG`]:
//! the binary's `main` must hand those arguments to [`sandbox::init::run`] first.

pub mod compare;
pub mod interpreter;
mod judge;
#[allow(unsafe_code)]
mod runner;
pub mod sandbox;

pub use interpreter::Interpreter;
pub use judge::{DEFAULT_TIME_LIMIT_MS, Judge, Report, ScriptOutcome, TestReport};

/// Why the judge could not produce a verdict.
#[derive(Debug, thiserror::Error)]
pub enum JudgeError {
    /// No usable interpreter.
    #[error("cannot use Python interpreter {command:?}: {detail}")]
    NoPython {
        /// The command tried.
        command: String,
        /// What went wrong.
        detail: String,
    },
    /// The exercise needs packages the interpreter lacks.
    #[error(
        "exercise {exercise} needs the Python package(s) {}, which {python} cannot import; run `pyprep setup python` (or `{python} -m pip install {}`) and try again",
        packages.join(", "),
        packages.join(" ")
    )]
    MissingPackages {
        /// The exercise.
        exercise: String,
        /// What is missing.
        packages: Vec<String>,
        /// The interpreter.
        python: String,
    },
    /// `--require-sandbox` and some layers are unavailable.
    #[error("full isolation is not available here (missing: {}){}; run without --require-sandbox to accept partial isolation", missing.join(", "), if warnings.is_empty() { String::new() } else { format!(" [{}]", warnings.join("; ")) })]
    SandboxRefused {
        /// Missing layers.
        missing: Vec<String>,
        /// Why.
        warnings: Vec<String>,
    },
    /// The sandbox failed to start.
    #[error("the sandbox failed: {0}")]
    Sandbox(String),
    /// An I/O error while preparing or running.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A bug in pyprep.
    #[error("internal error: {0}")]
    Internal(String),
}

impl JudgeError {
    pub(crate) fn io(what: &str, source: std::io::Error) -> Self {
        JudgeError::Io {
            what: what.to_string(),
            source,
        }
    }
}
