use std::fmt;

/// Something wrong with a content file: where, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file (relative to the bank or pack root, or as given).
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// What is wrong, phrased so the author knows what to change.
    pub message: String,
}

impl Problem {
    /// A problem at `path`, optionally at `line`.
    pub fn new(path: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Converts a TOML error into a problem, with the line where the parser stopped.
pub(crate) fn toml_problem(
    path: &str,
    text: &str,
    line_offset: usize,
    err: &toml::de::Error,
) -> Problem {
    let line = err.span().map(|s| line_of(text, s.start) + line_offset);
    let message = err.message().trim().to_string();
    Problem::new(path, line, message)
}
