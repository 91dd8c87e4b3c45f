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

/// The clock every practice-loop test starts from.
pub const T0: &str = "2026-11-22T09:00:00Z";

/// A time `minutes` after [`T0`], as RFC 3339.
pub fn after(minutes: i64) -> String {
    let t =
        chrono::DateTime::parse_from_rfc3339(T0).expect("T0") + chrono::Duration::minutes(minutes);
    t.to_rfc3339()
}

/// A file of the built-in bank.
pub fn content(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content")
        .join(rel)
}

impl Sandbox {
    /// Runs pyprep with `PYPREP_NOW` set.
    pub fn run_at(&self, now: &str, args: &[&str]) -> Output {
        self.cmd()
            .env("PYPREP_NOW", now)
            .args(args)
            .output()
            .expect("run pyprep")
    }

    /// Runs pyprep at `now` expecting success and JSON on stdout.
    pub fn json_at(&self, now: &str, args: &[&str]) -> Value {
        let out = self.run_at(now, args);
        assert!(
            out.status.success(),
            "pyprep {args:?} failed ({:?}):\n{}\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "pyprep {args:?} did not print JSON ({e}):\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Starts pyprep at `now` with piped stdin and stdout read line by line.
    pub fn spawn_at(&self, now: &str, args: &[&str]) -> Spawned {
        use std::io::BufRead;
        use std::process::Stdio;
        let mut child = self
            .cmd()
            .env("PYPREP_NOW", now)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn pyprep");
        let (tx, rx) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            let mut reader = std::io::BufReader::new(stdout);
            // Prompts end without a newline: split on both newlines and prompt colons.
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
                    }
                }
            }
        });
        Spawned {
            stdin: child.stdin.take(),
            child,
            lines: rx,
            seen: Vec::new(),
        }
    }
}

/// A running pyprep.
pub struct Spawned {
    pub child: std::process::Child,
    pub stdin: Option<std::process::ChildStdin>,
    lines: std::sync::mpsc::Receiver<String>,
    pub seen: Vec<String>,
}

impl Spawned {
    /// Sends one line of input.
    pub fn send(&mut self, line: &str) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin
            .write_all(format!("{line}\n").as_bytes())
            .expect("write to pyprep");
        stdin.flush().expect("flush");
    }

    /// Waits (up to a generous limit, for slow machines) until `count` output lines
    /// in all contain `needle`; panics with everything seen otherwise.
    pub fn wait_for(&mut self, needle: &str, count: usize) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            if self.seen.iter().filter(|l| l.contains(needle)).count() >= count {
                return;
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => self.seen.push(l),
                Err(_) => panic!(
                    "waited for {count} x {needle:?}; pyprep printed:\n{}",
                    self.seen.join("")
                ),
            }
        }
    }

    /// Closes stdin and waits for the exit code.
    pub fn finish(mut self) -> (i32, String) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("wait");
        while let Ok(l) = self.lines.recv_timeout(std::time::Duration::from_secs(5)) {
            self.seen.push(l);
        }
        (status.code().unwrap_or(-1), self.seen.join(""))
    }
}
