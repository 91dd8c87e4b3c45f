use serde::{Deserialize, Serialize};

/// The verdict of one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestVerdict {
    /// The output matched.
    Passed,
    /// Wrong answer.
    Failed,
    /// The code raised an exception (or the process crashed).
    Error,
    /// The test ran past its time limit.
    Timeout,
    /// The test ran out of memory.
    Memory,
    /// The test printed more than the output limit.
    OutputLimit,
    /// The test did not run (an earlier failure stopped the run).
    Skipped,
}

/// The verdict of a whole run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunVerdict {
    /// Every test ran and passed (and at least one ran).
    Accepted,
    /// At least one test gave a wrong answer.
    WrongAnswer,
    /// An exception or a crash.
    RuntimeError,
    /// A test ran past its time limit.
    TimeLimitExceeded,
    /// A test ran out of memory.
    MemoryLimitExceeded,
    /// A test printed more than the output limit.
    OutputLimitExceeded,
    /// The submission does not compile.
    SyntaxError,
    /// No test ran: never accepted.
    NoTests,
    /// pyprep itself failed to run the tests.
    InternalError,
}

impl RunVerdict {
    /// The spelling used in JSON and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            RunVerdict::Accepted => "accepted",
            RunVerdict::WrongAnswer => "wrong_answer",
            RunVerdict::RuntimeError => "runtime_error",
            RunVerdict::TimeLimitExceeded => "time_limit_exceeded",
            RunVerdict::MemoryLimitExceeded => "memory_limit_exceeded",
            RunVerdict::OutputLimitExceeded => "output_limit_exceeded",
            RunVerdict::SyntaxError => "syntax_error",
            RunVerdict::NoTests => "no_tests",
            RunVerdict::InternalError => "internal_error",
        }
    }

    /// Parses the JSON spelling.
    pub fn parse(text: &str) -> Option<Self> {
        [
            RunVerdict::Accepted,
            RunVerdict::WrongAnswer,
            RunVerdict::RuntimeError,
            RunVerdict::TimeLimitExceeded,
            RunVerdict::MemoryLimitExceeded,
            RunVerdict::OutputLimitExceeded,
            RunVerdict::SyntaxError,
            RunVerdict::NoTests,
            RunVerdict::InternalError,
        ]
        .into_iter()
        .find(|v| v.as_str() == text)
    }

    /// The run verdict that a set of test verdicts adds up to. The most serious
    /// problem wins: a limit (memory, time, output) before an exception, an exception
    /// before a wrong answer. When no test ran (none, or all skipped) the run is
    /// `no_tests`, never accepted.
    pub fn from_tests(tests: impl IntoIterator<Item = TestVerdict>) -> Self {
        let mut any = false;
        let mut worst: Option<(u8, RunVerdict)> = None;
        for t in tests {
            any |= t != TestVerdict::Skipped;
            let ranked = match t {
                TestVerdict::Passed | TestVerdict::Skipped => None,
                TestVerdict::Memory => Some((5, RunVerdict::MemoryLimitExceeded)),
                TestVerdict::Timeout => Some((4, RunVerdict::TimeLimitExceeded)),
                TestVerdict::OutputLimit => Some((3, RunVerdict::OutputLimitExceeded)),
                TestVerdict::Error => Some((2, RunVerdict::RuntimeError)),
                TestVerdict::Failed => Some((1, RunVerdict::WrongAnswer)),
            };
            if let Some(r) = ranked
                && worst.is_none_or(|w| r.0 > w.0)
            {
                worst = Some(r);
            }
        }
        match (any, worst) {
            (false, _) => RunVerdict::NoTests,
            (true, Some((_, v))) => v,
            (true, None) => RunVerdict::Accepted,
        }
    }
}

impl std::fmt::Display for RunVerdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_tests_is_never_accepted() {
        assert_eq!(RunVerdict::from_tests([]), RunVerdict::NoTests);
    }

    #[test]
    fn the_most_serious_problem_wins() {
        use TestVerdict::*;
        assert_eq!(
            RunVerdict::from_tests([Passed, Passed]),
            RunVerdict::Accepted
        );
        assert_eq!(
            RunVerdict::from_tests([Failed, Error]),
            RunVerdict::RuntimeError
        );
        assert_eq!(
            RunVerdict::from_tests([Error, Timeout, Failed]),
            RunVerdict::TimeLimitExceeded
        );
        assert_eq!(
            RunVerdict::from_tests([Timeout, Memory]),
            RunVerdict::MemoryLimitExceeded
        );
        assert_eq!(RunVerdict::from_tests([Skipped]), RunVerdict::NoTests);
        assert_eq!(
            RunVerdict::from_tests([Skipped, Passed]),
            RunVerdict::Accepted
        );
    }

    #[test]
    fn spelling_round_trips() {
        for v in ["accepted", "wrong_answer", "no_tests", "internal_error"] {
            assert_eq!(RunVerdict::parse(v).map(RunVerdict::as_str), Some(v));
        }
        assert_eq!(
            serde_json::to_string(&RunVerdict::TimeLimitExceeded).unwrap(),
            "\"time_limit_exceeded\""
        );
    }
}
