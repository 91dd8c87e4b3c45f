use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyprep"))
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bank")
        .join(name)
}

/// A private data folder and scratch space for one test.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::Builder::new()
            .prefix("pyprep-test-")
            .tempdir()
            .expect("tempdir");
        std::fs::create_dir_all(dir.path().join("home")).expect("home");
        Sandbox { dir }
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, text).expect("write");
        p
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(bin());
        c.env("PYPREP_HOME", self.home()).env_remove("PYPREP_NOW");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run pyprep")
    }

    /// Judges `code` against the fixture exercise `exercise`; returns the JSON report
    /// and the exit code.
    pub fn judge(&self, exercise: &str, code: &str) -> (Value, i32) {
        let file = self.write("submission.py", code);
        let out = self.run(&[
            "judge",
            fixture(exercise).to_str().expect("utf8"),
            file.to_str().expect("utf8"),
            "--json",
        ]);
        let code = out.status.code().unwrap_or(-1);
        let value: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "judge output is not JSON ({e}):\nstdout: {}\nstderr: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (value, code)
    }
}

pub fn verdict(report: &Value) -> &str {
    report["verdict"].as_str().unwrap_or("")
}

pub fn test_verdicts(report: &Value) -> Vec<(String, String)> {
    report["tests"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|t| {
                    (
                        t["name"].as_str().unwrap_or("").to_string(),
                        t["verdict"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn python_has(module: &str) -> bool {
    let py = std::env::var("PYPREP_PYTHON").unwrap_or_else(|_| "python3".into());
    Command::new(py)
        .args(["-c", &format!("import {module}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Processes whose command line contains `needle` (for leak checks).
pub fn processes_matching(needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    if let Ok(rd) = std::fs::read_dir("/proc") {
        for e in rd.flatten() {
            if let Ok(cmd) = std::fs::read(e.path().join("cmdline")) {
                let cmd = String::from_utf8_lossy(&cmd).replace('\0', " ");
                if cmd.contains(needle) && !cmd.contains("cargo") {
                    found.push(cmd);
                }
            }
        }
    }
    found
}
