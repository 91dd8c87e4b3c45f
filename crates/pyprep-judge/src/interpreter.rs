//! Finding the Python interpreter the judge runs, and what the sandbox must expose
//! for it (its prefixes and import path).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::JudgeError;
use crate::sandbox::Mount;

/// The oldest Python the judge supports.
pub const MIN_VERSION: (u32, u32) = (3, 9);

const PROBE: &str = r#"
import json, sys
print(json.dumps({
    "executable": sys.executable,
    "version": list(sys.version_info[:3]),
    "prefixes": sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}),
    "path": [p for p in sys.path if p],
}))
"#;

/// A Python interpreter and its layout.
#[derive(Debug, Serialize, Deserialize)]
pub struct Interpreter {
    /// The command it was found by (`PYPREP_PYTHON` or `python3`).
    pub command: String,
    /// `sys.executable`.
    pub executable: String,
    /// `sys.version_info[:3]`.
    pub version: (u32, u32, u32),
    /// The prefixes (venv and base).
    pub prefixes: Vec<String>,
    /// `sys.path` of an isolated (`-I`) interpreter, site-packages included.
    pub path: Vec<String>,
    #[serde(skip)]
    packages: Mutex<HashMap<String, bool>>,
}

#[derive(Serialize, Deserialize)]
struct CacheEntry {
    key: String,
    interpreter: Interpreter,
}

impl Interpreter {
    /// Finds the interpreter named by `PYPREP_PYTHON` (or `python3` on `PATH`). With a
    /// cache folder, the layout is remembered until the interpreter file changes.
    pub fn discover(cache_dir: Option<&Path>) -> Result<Interpreter, JudgeError> {
        let command = std::env::var("PYPREP_PYTHON")
            .ok()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| "python3".into());
        Self::with_command(&command, cache_dir)
    }

    /// Like [`Interpreter::discover`] for an explicit command.
    pub fn with_command(
        command: &str,
        cache_dir: Option<&Path>,
    ) -> Result<Interpreter, JudgeError> {
        let resolved = resolve(command).ok_or_else(|| JudgeError::NoPython {
            command: command.to_string(),
            detail: "not found; install Python 3.9+ or set PYPREP_PYTHON to an interpreter".into(),
        })?;
        let key = fs::metadata(&resolved)
            .ok()
            .map(|m| {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{command}\0{}\0{mtime}\0{}", resolved.display(), m.len())
            })
            .unwrap_or_default();
        let cache_file = cache_dir.map(|d| d.join("interpreter.json"));
        if let Some(file) = &cache_file
            && let Ok(text) = fs::read_to_string(file)
            && let Ok(entry) = serde_json::from_str::<CacheEntry>(&text)
            && entry.key == key
            && Path::new(&entry.interpreter.executable).exists()
        {
            return Ok(entry.interpreter);
        }
        let out = Command::new(&resolved)
            .args(["-I", "-c", PROBE])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| JudgeError::NoPython {
                command: command.to_string(),
                detail: e.to_string(),
            })?;
        if !out.status.success() {
            return Err(JudgeError::NoPython {
                command: command.to_string(),
                detail: format!(
                    "it failed to start: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ),
            });
        }
        #[derive(Deserialize)]
        struct Probe {
            executable: String,
            version: (u32, u32, u32),
            prefixes: Vec<String>,
            path: Vec<String>,
        }
        let probe: Probe =
            serde_json::from_slice(&out.stdout).map_err(|e| JudgeError::NoPython {
                command: command.to_string(),
                detail: format!("unexpected answer from the interpreter: {e}"),
            })?;
        if (probe.version.0, probe.version.1) < MIN_VERSION {
            return Err(JudgeError::NoPython {
                command: command.to_string(),
                detail: format!(
                    "it is Python {}.{}; pyprep needs {}.{} or newer (set PYPREP_PYTHON)",
                    probe.version.0, probe.version.1, MIN_VERSION.0, MIN_VERSION.1
                ),
            });
        }
        let interpreter = Interpreter {
            command: command.to_string(),
            executable: probe.executable,
            version: probe.version,
            prefixes: probe.prefixes,
            path: probe.path,
            packages: Mutex::default(),
        };
        if let Some(file) = cache_file {
            let entry = CacheEntry { key, interpreter };
            if let Some(dir) = file.parent() {
                let _ = fs::create_dir_all(dir);
            }
            if let Ok(text) = serde_json::to_string(&entry) {
                let tmp = file.with_extension("tmp");
                if fs::write(&tmp, text).is_ok() {
                    let _ = fs::rename(&tmp, &file);
                }
            }
            return Ok(entry.interpreter);
        }
        Ok(interpreter)
    }

    /// `major.minor.micro`.
    pub fn version_string(&self) -> String {
        format!("{}.{}.{}", self.version.0, self.version.1, self.version.2)
    }

    /// Which of `packages` cannot be imported by this interpreter.
    pub fn missing_packages(&self, packages: &[String]) -> Vec<String> {
        let mut known = self.packages.lock().unwrap_or_else(|e| e.into_inner());
        let unknown: Vec<&String> = packages
            .iter()
            .filter(|p| !known.contains_key(p.as_str()))
            .collect();
        if !unknown.is_empty() {
            let script = "import importlib.util, sys\nfor n in sys.argv[1:]:\n    print(n, importlib.util.find_spec(n) is not None)";
            let mut cmd = Command::new(&self.executable);
            cmd.args(["-I", "-c", script])
                .args(unknown.iter().map(|p| import_name(p)))
                .stdin(Stdio::null());
            if let Ok(out) = cmd.output() {
                let text = String::from_utf8_lossy(&out.stdout);
                for (line, pkg) in text.lines().zip(&unknown) {
                    known.insert((*pkg).clone(), line.ends_with("True"));
                }
            }
        }
        packages
            .iter()
            .filter(|p| !known.get(p.as_str()).copied().unwrap_or(false))
            .cloned()
            .collect()
    }

    /// The folders the sandbox binds read-only: the system's, then the interpreter's.
    pub fn mounts(&self) -> Vec<Mount> {
        let mut mounts = Vec::new();
        let mut bound: Vec<String> = Vec::new();
        for sys in [
            "/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/etc",
        ] {
            let p = Path::new(sys);
            match fs::symlink_metadata(p) {
                Ok(m) if m.file_type().is_symlink() => {
                    if let Ok(target) = fs::read_link(p) {
                        mounts.push(Mount::Symlink {
                            path: sys.into(),
                            target: target.to_string_lossy().into(),
                        });
                    }
                }
                Ok(m) if m.is_dir() => {
                    mounts.push(Mount::Bind { path: sys.into() });
                    bound.push(sys.into());
                }
                _ => {}
            }
        }
        let mut wanted: Vec<String> = self.prefixes.clone();
        wanted.extend(self.path.iter().cloned());
        if let Some(dir) = Path::new(&self.executable).parent() {
            wanted.push(dir.to_string_lossy().into());
        }
        if let Ok(real) = fs::canonicalize(&self.executable)
            && let Some(dir) = real.parent()
        {
            wanted.push(dir.to_string_lossy().into());
        }
        wanted.sort_by_key(|p| p.len());
        for p in wanted {
            let path = PathBuf::from(&p);
            if !path.is_dir() || !path.is_absolute() {
                continue;
            }
            let covered = bound
                .iter()
                .any(|b| p == *b || p.starts_with(&format!("{b}/")));
            if !covered {
                mounts.push(Mount::Bind { path: p.clone() });
                bound.push(p);
            }
        }
        mounts
    }

    /// The import path for the harness (it runs with `-I -S`, so site-packages are
    /// added explicitly).
    pub fn site_dirs(&self) -> Vec<String> {
        self.path
            .iter()
            .filter(|p| Path::new(p).exists())
            .cloned()
            .collect()
    }
}

/// The module name to import for a distribution name (`scikit-learn` -> `sklearn`).
fn import_name(package: &str) -> String {
    match package.to_ascii_lowercase().as_str() {
        "scikit-learn" => "sklearn".into(),
        "pyyaml" => "yaml".into(),
        "pillow" => "PIL".into(),
        "beautifulsoup4" => "bs4".into(),
        other => other.replace('-', "_"),
    }
}

fn resolve(command: &str) -> Option<PathBuf> {
    let p = Path::new(command);
    if command.contains('/') {
        return p.is_file().then(|| p.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(command))
        .find(|c| c.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_entry_round_trips() {
        let entry = CacheEntry {
            key: "python3\0/x\0mtime\0size".into(),
            interpreter: Interpreter {
                command: "python3".into(),
                executable: "/usr/bin/python3".into(),
                version: (3, 11, 7),
                prefixes: vec!["/usr".into()],
                path: vec!["/usr/lib/python3.11".into()],
                packages: Mutex::default(),
            },
        };
        let text = serde_json::to_string(&entry).unwrap();
        let back: CacheEntry = serde_json::from_str(&text).unwrap();
        assert_eq!(back.key, entry.key);
        assert_eq!(back.interpreter.version, (3, 11, 7));
    }
}
