//! Integration tests: the real `pyprep` binary on a miniature fixture bank, with a
//! temporary `PYPREP_HOME` each.

mod around;
mod bank;
mod check;
mod drill;
mod exercism;
mod hostile;
mod judge;
mod mock;
mod practice;
mod progress;
mod util;
