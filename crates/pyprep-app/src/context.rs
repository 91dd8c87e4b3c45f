use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pyprep_bank::{Bank, Exercise, Problem, load_embedded, load_path};
use pyprep_judge::{Interpreter, Judge, JudgeError, Report};
use pyprep_store::{Store, StoreError};

use crate::clock::Clock;

/// Errors of the use cases; each says what to do next.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// An id that is not in the bank.
    #[error("unknown exercise {id:?}{}", suggest(.suggestions))]
    UnknownExercise {
        /// The id asked for.
        id: String,
        /// Close ids.
        suggestions: Vec<String>,
    },
    /// An id that is in no kind of the bank.
    #[error("unknown id {id:?}{}", suggest_any(.suggestions))]
    UnknownItem {
        /// The id asked for.
        id: String,
        /// Close ids.
        suggestions: Vec<String>,
    },
    /// Content that does not load.
    #[error("invalid content:\n{}", .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    InvalidContent(Vec<Problem>),
    /// A file that cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The judge failed.
    #[error(transparent)]
    Judge(#[from] JudgeError),
    /// The store failed or refused the database.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The coaching logic refused a setting.
    #[error(transparent)]
    Coach(#[from] pyprep_coach::CoachError),
    /// Other bad input.
    #[error("{0}")]
    Input(String),
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        "; run `pyprep list --kind exercise` to see the exercises".into()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

fn suggest_any(s: &[String]) -> String {
    if s.is_empty() {
        "; try `pyprep search WORDS` or `pyprep list`".into()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

/// The folder holding all user state: `PYPREP_HOME`, else `$XDG_DATA_HOME/pyprep`,
/// else `~/.local/share/pyprep`.
pub fn data_home() -> PathBuf {
    if let Some(h) = std::env::var_os("PYPREP_HOME").filter(|h| !h.is_empty()) {
        return PathBuf::from(h);
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|h| !h.is_empty()) {
        return PathBuf::from(x).join("pyprep");
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    home.join(".local/share/pyprep")
}

/// Opens the store of a data folder; the binary decides which backend.
pub type StoreOpener = Box<dyn Fn(&Path) -> Result<Box<dyn Store>, StoreError>>;

/// What one invocation works with; everything is loaded on first use.
pub struct Context {
    /// User data folder.
    pub home: PathBuf,
    /// The pyprep binary (the sandbox init).
    pub init_exe: PathBuf,
    /// Refuse partial sandboxes.
    pub require_sandbox: bool,
    clock: std::cell::Cell<Clock>,
    bank: OnceLock<Bank>,
    judge: OnceLock<Result<Judge, String>>,
    opener: Option<StoreOpener>,
    store: OnceLock<Box<dyn Store>>,
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("home", &self.home)
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

impl Context {
    /// A context for `home`, without a store (commands that need none).
    pub fn new(home: PathBuf, init_exe: PathBuf, require_sandbox: bool) -> Context {
        Context {
            home,
            init_exe,
            require_sandbox,
            clock: std::cell::Cell::new(Clock::system()),
            bank: OnceLock::new(),
            judge: OnceLock::new(),
            opener: None,
            store: OnceLock::new(),
        }
    }

    /// Uses `opener` for the store (opened on first use).
    pub fn with_store(mut self, opener: StoreOpener) -> Context {
        self.opener = Some(opener);
        self
    }

    /// Uses `clock` for "now".
    pub fn with_clock(self, clock: Clock) -> Context {
        self.clock.set(clock);
        self
    }

    /// "Now" and the user's offset.
    pub fn clock(&self) -> Clock {
        self.clock.get()
    }

    /// Moves the clock on (long interactive sessions): re-reads `PYPREP_NOW`, else the
    /// system clock.
    pub fn refresh_clock(&self) -> Result<(), AppError> {
        self.clock.set(Clock::from_env()?);
        Ok(())
    }

    /// The user's store, opened (and migrated) on first use.
    pub fn store(&self) -> Result<&dyn Store, AppError> {
        if let Some(s) = self.store.get() {
            return Ok(s.as_ref());
        }
        let opener = self
            .opener
            .as_ref()
            .ok_or_else(|| AppError::Input("this command has no store".into()))?;
        let opened = opener(&self.home)?;
        Ok(self.store.get_or_init(|| opened).as_ref())
    }

    /// The built-in bank (its problems are caught by `dev check` and the tests).
    pub fn bank(&self) -> &Bank {
        self.bank.get_or_init(|| load_embedded().0)
    }

    /// The judge, created once.
    pub fn judge(&self) -> Result<&Judge, AppError> {
        let j = self.judge.get_or_init(|| {
            let cache = self.home.join("cache");
            // PYPREP_PYTHON wins; then the environment `pyprep setup python` made;
            // then python3 on PATH.
            let explicit = std::env::var("PYPREP_PYTHON")
                .ok()
                .filter(|s| !s.trim().is_empty());
            let found = match (explicit, crate::setup::managed_python(&self.home)) {
                (None, Some(managed)) => {
                    Interpreter::with_command(&managed.to_string_lossy(), Some(&cache))
                }
                _ => Interpreter::discover(Some(&cache)),
            };
            found
                .map(|i| {
                    Judge::new(i, self.init_exe.clone(), self.require_sandbox)
                        .with_cache_dir(cache.clone())
                })
                .map_err(|e| e.to_string())
        });
        j.as_ref().map_err(|e| AppError::Input(e.clone()))
    }

    /// An exercise by id, or from a folder path.
    pub fn exercise(&self, target: &str) -> Result<Exercise, AppError> {
        let path = Path::new(target);
        if path.join("exercise.toml").is_file() {
            let (bank, problems) = load_path(path);
            if !problems.is_empty() {
                return Err(AppError::InvalidContent(problems));
            }
            return bank
                .exercises
                .into_iter()
                .next()
                .ok_or_else(|| AppError::Input(format!("{target}: no exercise found")));
        }
        if target.contains('/') || path.is_dir() {
            return Err(AppError::Input(format!(
                "{target} is not an exercise folder (it has no exercise.toml)"
            )));
        }
        self.bank()
            .exercise(target)
            .cloned()
            .ok_or_else(|| AppError::UnknownExercise {
                id: target.to_string(),
                suggestions: self.bank().suggest(target),
            })
    }

    /// Judges the file `solution` against `target` (an id or a folder).
    pub fn judge_file(&self, target: &str, solution: &Path) -> Result<Report, AppError> {
        let exercise = self.exercise(target)?;
        let code = std::fs::read(solution).map_err(|source| AppError::Read {
            path: solution.display().to_string(),
            source,
        })?;
        Ok(self.judge()?.judge(&exercise, &code)?)
    }
}
