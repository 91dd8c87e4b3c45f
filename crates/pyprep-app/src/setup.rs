//! `pyprep setup python`: a virtual environment under `PYPREP_HOME` with the packages
//! the bank's exercises and code blocks need. The judge uses it when `PYPREP_PYTHON`
//! is not set.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pyprep_bank::Bank;
use serde::Serialize;

use crate::context::AppError;

/// What `setup python` did.
#[derive(Debug, Clone, Serialize)]
pub struct SetupSummary {
    /// The environment's interpreter.
    pub python: String,
    /// Packages installed (or already there).
    pub packages: Vec<String>,
    /// Whether the environment was created now.
    pub created: bool,
}

/// The interpreter of the managed environment, if it exists.
pub fn managed_python(home: &Path) -> Option<PathBuf> {
    let p = home.join("python/bin/python3");
    p.is_file().then_some(p)
}

/// Every third-party package the bank requires, sorted.
pub fn required_packages(bank: &Bank) -> Vec<String> {
    let mut set = BTreeSet::new();
    for e in &bank.exercises {
        set.extend(e.meta.requires.iter().cloned());
    }
    for q in &bank.questions {
        set.extend(q.meta.requires.iter().cloned());
    }
    set.into_iter().collect()
}

/// Creates (or updates) the environment with `packages`, using `base` (a Python 3.9+
/// command) to create it. `log` receives pip's progress lines.
pub fn setup_python(
    home: &Path,
    base: &str,
    packages: &[String],
    log: &mut dyn FnMut(&str),
) -> Result<SetupSummary, AppError> {
    let dir = home.join("python");
    let created = managed_python(home).is_none();
    if created {
        std::fs::create_dir_all(home).map_err(|source| AppError::Read {
            path: home.display().to_string(),
            source,
        })?;
        log(&format!(
            "creating a virtual environment in {} with {base}",
            dir.display()
        ));
        let out = Command::new(base)
            .args(["-m", "venv"])
            .arg(&dir)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| {
                AppError::Input(format!(
                    "cannot run {base}: {e}; install Python 3.9+ or pass --python"
                ))
            })?;
        if !out.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            let err = String::from_utf8_lossy(&out.stderr);
            let hint = if err.contains("ensurepip") {
                " (on Debian and Ubuntu: apt install python3-venv)"
            } else {
                ""
            };
            return Err(AppError::Input(format!(
                "{base} -m venv failed{hint}: {}",
                err.trim()
            )));
        }
    }
    let python = managed_python(home)
        .ok_or_else(|| AppError::Input(format!("{} has no bin/python3", dir.display())))?;
    if !packages.is_empty() {
        log(&format!("installing {}", packages.join(", ")));
        let status = Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--quiet",
            ])
            .args(packages)
            .stdin(Stdio::null())
            .status()
            .map_err(|e| AppError::Input(format!("cannot run pip: {e}")))?;
        if !status.success() {
            return Err(AppError::Input(format!(
                "pip could not install {} into {}; check your network or proxy and run `pyprep setup python` again",
                packages.join(" "),
                dir.display()
            )));
        }
    }
    // The judge caches the interpreter's layout; a new environment means a new layout.
    let _ = std::fs::remove_file(home.join("cache/interpreter.json"));
    Ok(SetupSummary {
        python: python.display().to_string(),
        packages: packages.to_vec(),
        created,
    })
}
