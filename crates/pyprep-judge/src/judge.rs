//! Grading an exercise: the run across (possibly several) sandboxed attempts, and the
//! report users see.

use std::time::{Duration, Instant};

use pyprep_bank::{Case, Exercise};
use pyprep_core::{Grading, RunVerdict, TestVerdict};
use serde::Serialize;
use serde_json::{Value, json};

use crate::JudgeError;
use crate::compare;
use crate::interpreter::Interpreter;
use crate::runner::{Attempt, Exit, Launcher, Stage, Timing, string_list};
use crate::sandbox::{Isolation, Limits};

/// Default per-test time limit.
pub const DEFAULT_TIME_LIMIT_MS: u64 = 2000;
/// How many times a run restarts after a test had to be stopped.
const MAX_RESTARTS: usize = 3;

/// One test's result.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    /// Case or test name.
    pub name: String,
    /// Verdict.
    pub verdict: TestVerdict,
    /// Time the test took, ms.
    pub time_ms: f64,
    /// Hidden tests show name and verdict only.
    pub hidden: bool,
    /// What went wrong (expected vs got, the exception), for visible tests.
    pub message: Option<String>,
    /// What the test printed (capped), for visible tests.
    pub stdout: String,
}

/// The whole run, as `pyprep judge --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Exercise id.
    pub exercise: String,
    /// Run verdict.
    pub verdict: RunVerdict,
    /// Tests passed.
    pub passed: usize,
    /// Tests not passed.
    pub failed: usize,
    /// Tests in the run.
    pub total: usize,
    /// Sum of the tests' own times, ms.
    pub time_ms: f64,
    /// Whether the comparison happened outside the sandbox.
    pub trusted: bool,
    /// Per test.
    pub tests: Vec<TestReport>,
    /// Isolation of the run.
    pub sandbox: Isolation,
    /// A run-level explanation (syntax error, import failure, tampering).
    pub message: Option<String>,
    /// Wall time of the whole run, ms.
    pub wall_ms: f64,
    /// Sandbox warnings (missing layers).
    pub warnings: Vec<String>,
}

/// What a script (a code block) did.
#[derive(Debug, Clone)]
pub struct ScriptOutcome {
    /// Exit code or 128 + signal.
    pub code: i32,
    /// Standard output (first 64 KiB).
    pub stdout: String,
    /// Standard error (first 64 KiB).
    pub stderr: String,
    /// Stopped at the time limit.
    pub timed_out: bool,
}

/// The judge: an interpreter and a way to start sandboxes.
#[derive(Debug)]
pub struct Judge {
    /// The interpreter submissions run on.
    pub interpreter: Interpreter,
    /// How sandboxes are started.
    pub launcher: Launcher,
    /// Characters of printed output kept per test.
    pub show_chars: usize,
    /// Where compiled copies of the harness are kept (per interpreter).
    pub cache_dir: Option<std::path::PathBuf>,
    harness_pyc: std::sync::OnceLock<Option<Vec<u8>>>,
}

struct Slot {
    name: String,
    hidden: bool,
    result: Option<TestReport>,
}

impl Judge {
    /// A judge with default settings.
    pub fn new(
        interpreter: Interpreter,
        init_exe: std::path::PathBuf,
        require_full: bool,
    ) -> Judge {
        Judge {
            interpreter,
            launcher: Launcher {
                init_exe,
                require_full,
                output_limit: 1 << 20,
            },
            show_chars: 2000,
            cache_dir: None,
            harness_pyc: std::sync::OnceLock::new(),
        }
    }

    /// Keeps compiled copies of the harness in `dir`, so runs skip compiling it.
    pub fn with_cache_dir(mut self, dir: std::path::PathBuf) -> Judge {
        self.cache_dir = Some(dir);
        self
    }

    /// The harness compiled by this interpreter, from the cache (made on first use).
    fn harness_bytecode(&self) -> Option<&[u8]> {
        self.harness_pyc
            .get_or_init(|| {
                let dir = self.cache_dir.as_ref()?;
                crate::runner::compiled_harness(&self.interpreter, dir)
            })
            .as_deref()
    }

    /// Grades `solution` (the text of a Python file) against every test of `exercise`.
    pub fn judge(&self, exercise: &Exercise, solution: &[u8]) -> Result<Report, JudgeError> {
        self.judge_with(exercise, solution, false)
    }

    /// Like [`Judge::judge`]; with `visible_only`, hidden tests are left out.
    pub fn judge_with(
        &self,
        exercise: &Exercise,
        solution: &[u8],
        visible_only: bool,
    ) -> Result<Report, JudgeError> {
        let meta = &exercise.meta;
        let missing = self.interpreter.missing_packages(&meta.requires);
        if !missing.is_empty() {
            return Err(JudgeError::MissingPackages {
                exercise: meta.id.to_string(),
                packages: missing,
                python: self.interpreter.executable.clone(),
            });
        }
        let started = Instant::now();
        let stage = Stage::new()?;
        for (rel, bytes) in exercise.support_files() {
            stage.write(&format!("src/{rel}"), bytes)?;
        }
        stage.write(&format!("src/{}.py", meta.module), solution)?;
        let harness = match self.harness_bytecode() {
            Some(pyc) => {
                stage.write("harness.pyc", pyc)?;
                "{judge}/harness.pyc"
            }
            None => "{judge}/harness.py",
        };

        let time_limit = meta.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS);
        let mut limits = Limits::default();
        if let Some(mb) = meta.memory_limit_mb {
            limits.memory_mb = mb;
        } else if meta.requires.iter().any(|r| r == "pandas") {
            limits.memory_mb = 768;
        } else if !meta.requires.is_empty() {
            limits.memory_mb = 512;
        }
        let o = meta.limits;
        limits.processes = o.processes.unwrap_or(limits.processes);
        limits.file_size_mb = o.file_size_mb.unwrap_or(limits.file_size_mb);
        limits.open_files = o.open_files.unwrap_or(limits.open_files);
        limits.work_dir_mb = o.work_dir_mb.unwrap_or(limits.work_dir_mb);
        let launcher = Launcher {
            output_limit: o
                .output_kb
                .map_or(self.launcher.output_limit, |kb| kb as usize * 1024),
            ..self.launcher.clone()
        };
        let startup = Duration::from_secs(if meta.requires.is_empty() { 10 } else { 30 });
        let n_known = if meta.grading == Grading::Unittest {
            50
        } else {
            exercise.cases.len() as u32
        };
        let timing = Timing {
            startup,
            per_test: Duration::from_millis(time_limit),
            total: startup + Duration::from_millis(time_limit) * (n_known + 2) * 3 / 2,
        };

        let mut slots: Vec<Slot> = Vec::new();
        let mut inputs: Vec<Value> = Vec::new();
        let mut selected: Vec<usize> = Vec::new();
        if meta.grading != Grading::Unittest {
            for (i, case) in exercise.cases.iter().enumerate() {
                if visible_only && case.hidden() {
                    continue;
                }
                selected.push(i);
                slots.push(Slot {
                    name: case.name().to_string(),
                    hidden: case.hidden(),
                    result: None,
                });
                inputs.push(match case {
                    Case::Function(c) => json!({"args": c.args, "kwargs": c.kwargs}),
                    Case::Calls(c) => json!({"calls": c.calls}),
                    Case::Stdio(c) => json!({"stdin": c.stdin}),
                });
            }
        }
        let test_files = exercise.test_modules();
        let modules: Vec<String> = test_files
            .iter()
            .filter(|f| !(visible_only && exercise.module_hidden(f)))
            .map(|f| f.trim_end_matches(".py").to_string())
            .collect();
        let hidden_modules: Vec<String> = test_files
            .iter()
            .filter(|f| exercise.module_hidden(f))
            .map(|f| f.trim_end_matches(".py").to_string())
            .collect();
        let n_cases = if meta.grading == Grading::Unittest {
            12
        } else {
            slots.len().max(1)
        };
        limits.cpu_seconds = (n_cases as u64 * time_limit).div_ceil(1000) + startup.as_secs();

        let mut report_message: Option<String> = None;
        let mut forced: Option<RunVerdict> = None;
        let mut isolation: Option<Isolation> = None;
        let mut warnings = Vec::new();
        let mut start = 0usize;
        let mut restarts = 0;
        let mut discovered = meta.grading != Grading::Unittest;
        loop {
            let job = json!({
                "mode": meta.grading.as_str(),
                "module": meta.module,
                "entry": meta.entry,
                "site_dirs": self.interpreter.site_dirs(),
                "show_chars": self.show_chars,
                "output_limit": launcher.output_limit,
                "cases": inputs,
                "test_modules": modules,
                "start": start,
            });
            let argv = vec![
                self.interpreter.executable.clone(),
                "-I".into(),
                "-S".into(),
                "-B".into(),
                harness.into(),
            ];
            let attempt = launcher.attempt(
                &stage,
                self.interpreter.mounts(),
                argv,
                job.to_string().into_bytes(),
                limits,
                timing,
            )?;
            if isolation.is_none() {
                isolation = attempt.isolation.clone();
                warnings = attempt.warnings.clone();
            }
            let mut ran_any = false;
            // Records come from inside the sandbox, where the submission can write
            // them too. Only the last `end` for the test that is running counts (the
            // harness writes it after the submission's code returned), only the first
            // `discovered`, and `done` only as the very last record.
            let mut done = attempt
                .records
                .last()
                .and_then(|r| r.get("t"))
                .and_then(Value::as_str)
                == Some("done");
            let mut running: Option<u64> = None;
            let mut seen_discovered = false;
            let mut ends: Vec<(usize, &Value)> = Vec::new();
            for rec in &attempt.records {
                match rec.get("t").and_then(Value::as_str) {
                    Some("start") => running = rec.get("i").and_then(Value::as_u64),
                    Some("end")
                        if running.is_some() && rec.get("i").and_then(Value::as_u64) == running =>
                    {
                        let i = running.unwrap_or_default() as usize;
                        match ends.last_mut() {
                            Some(last) if last.0 == i => last.1 = rec,
                            _ => ends.push((i, rec)),
                        }
                    }
                    _ => {}
                }
            }
            for rec in &attempt.records {
                match rec.get("t").and_then(Value::as_str) {
                    Some("syntax_error") => {
                        forced = Some(RunVerdict::SyntaxError);
                        report_message = Some(syntax_message(rec));
                    }
                    Some("import_error") => {
                        let (verdict, message) = error_of(rec);
                        let text = format!(
                            "importing the submission failed: {}",
                            message.clone().unwrap_or_default()
                        );
                        if slots.is_empty() {
                            forced = Some(run_verdict_of(verdict));
                        }
                        for s in slots.iter_mut().skip(start).filter(|s| s.result.is_none()) {
                            s.result = Some(TestReport {
                                name: s.name.clone(),
                                verdict,
                                time_ms: 0.0,
                                hidden: s.hidden,
                                message: Some(text.clone()),
                                stdout: String::new(),
                            });
                        }
                        report_message = Some(text);
                    }
                    Some("discovered") if !seen_discovered => {
                        seen_discovered = true;
                        discovered = true;
                        if slots.is_empty() {
                            for name in string_list(rec.get("tests")) {
                                let hidden = hidden_modules
                                    .iter()
                                    .any(|m| name.starts_with(&format!("{m}.")));
                                slots.push(Slot {
                                    name,
                                    hidden,
                                    result: None,
                                });
                            }
                        }
                    }
                    Some("tampered") => {
                        forced = Some(RunVerdict::RuntimeError);
                        report_message = Some(format!(
                            "the submission modified the test framework ({}); it cannot be graded",
                            rec.get("message").and_then(Value::as_str).unwrap_or("")
                        ));
                        done = true;
                    }
                    _ => {}
                }
            }
            for (i, rec) in ends {
                ran_any = true;
                let Some(slot) = slots.get(i) else { continue };
                let case = selected.get(i).and_then(|ci| exercise.cases.get(*ci));
                let report = self.test_report(meta.grading, slot, case, rec);
                if let Some(slot) = slots.get_mut(i) {
                    slot.result = Some(report);
                }
            }
            if done || forced.is_some() {
                break;
            }
            // The process ended (or was stopped) before finishing.
            let (verdict, message) = cause_of(&attempt.exit, &limits, time_limit);
            match attempt.unfinished {
                Some(i) => {
                    if let Some(slot) = slots.get_mut(i) {
                        slot.result = Some(TestReport {
                            name: slot.name.clone(),
                            verdict,
                            time_ms: time_limit as f64,
                            hidden: slot.hidden,
                            message: Some(message),
                            stdout: String::new(),
                        });
                    }
                    start = i + 1;
                    restarts += 1;
                    if start >= slots.len() || restarts > MAX_RESTARTS {
                        break;
                    }
                }
                None => {
                    // Died outside any test: during start-up or discovery.
                    let stage_name = if ran_any {
                        "between tests"
                    } else if discovered {
                        "while starting"
                    } else {
                        "while loading the tests"
                    };
                    let text = format!("the program stopped {stage_name}: {message}");
                    if slots.is_empty() {
                        forced = Some(run_verdict_of(verdict));
                    }
                    for s in slots.iter_mut().filter(|s| s.result.is_none()) {
                        s.result = Some(TestReport {
                            name: s.name.clone(),
                            verdict,
                            time_ms: 0.0,
                            hidden: s.hidden,
                            message: Some(text.clone()),
                            stdout: String::new(),
                        });
                    }
                    report_message = Some(text);
                    break;
                }
            }
        }

        // A test without a result was either given up on after too many restarts
        // (skipped; the run already failed on the stopped tests) or never reached
        // because the program ended the run itself: that is an error, never a pass.
        let gave_up = restarts > MAX_RESTARTS;
        let tests: Vec<TestReport> = slots
            .into_iter()
            .map(|s| {
                s.result.unwrap_or(TestReport {
                    name: s.name,
                    verdict: if gave_up {
                        TestVerdict::Skipped
                    } else {
                        TestVerdict::Error
                    },
                    time_ms: 0.0,
                    hidden: s.hidden,
                    message: Some(if gave_up {
                        "not run: earlier tests had to be stopped too often".into()
                    } else {
                        "not run: the program ended before this test".into()
                    }),
                    stdout: String::new(),
                })
            })
            .map(|mut t| {
                if t.hidden {
                    t.message = None;
                    t.stdout = String::new();
                }
                t
            })
            .collect();
        let verdict =
            forced.unwrap_or_else(|| RunVerdict::from_tests(tests.iter().map(|t| t.verdict)));
        let passed = tests
            .iter()
            .filter(|t| t.verdict == TestVerdict::Passed)
            .count();
        Ok(Report {
            exercise: meta.id.to_string(),
            verdict,
            passed,
            failed: tests.len() - passed,
            total: tests.len(),
            time_ms: (tests.iter().map(|t| t.time_ms).sum::<f64>() * 1000.0).round() / 1000.0,
            trusted: meta.grading != Grading::Unittest,
            tests,
            sandbox: isolation.unwrap_or_else(|| Isolation::from_layers(vec![])),
            message: report_message,
            wall_ms: (started.elapsed().as_secs_f64() * 10000.0).round() / 10.0,
            warnings,
        })
    }

    fn test_report(
        &self,
        grading: Grading,
        slot: &Slot,
        case: Option<&Case>,
        rec: &Value,
    ) -> TestReport {
        let status = rec.get("status").and_then(Value::as_str).unwrap_or("error");
        let time_ms = rec
            .get("time_ms")
            .and_then(Value::as_f64)
            .map(|t| (t * 1000.0).round() / 1000.0)
            .unwrap_or(0.0);
        let mut stdout = rec
            .get("stdout")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let truncated = rec
            .get("stdout_truncated")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let mut message = rec.get("message").and_then(Value::as_str).map(String::from);
        let verdict = match status {
            "ok" => match (grading, case) {
                (Grading::Stdio, Some(Case::Stdio(c))) => {
                    let got = stdout.clone();
                    stdout = String::new();
                    if compare::stdout_matches(&c.stdout, &got) {
                        TestVerdict::Passed
                    } else {
                        message = Some(format!(
                            "expected output:\n{}\ngot:\n{}",
                            clip(&c.stdout, self.show_chars),
                            clip(&got, self.show_chars)
                        ));
                        TestVerdict::Failed
                    }
                }
                (Grading::Function, Some(Case::Function(c))) => {
                    let got = rec.get("value").cloned().unwrap_or(Value::Null);
                    if compare::matches(&c.expected, &got, c.compare, c.tolerance) {
                        TestVerdict::Passed
                    } else {
                        message = Some(format!(
                            "expected {}, got {}",
                            show(&c.expected, self.show_chars),
                            show(&got, self.show_chars)
                        ));
                        TestVerdict::Failed
                    }
                }
                (Grading::Function, Some(Case::Calls(c))) => {
                    let got = rec
                        .get("value")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    let bad = c.expected.iter().enumerate().find(|(k, exp)| {
                        got.get(*k)
                            .is_none_or(|g| !compare::matches(exp, g, c.compare, c.tolerance))
                    });
                    match bad {
                        None if got.len() == c.expected.len() => TestVerdict::Passed,
                        None => {
                            message = Some(format!(
                                "expected {} results, got {}",
                                c.expected.len(),
                                got.len()
                            ));
                            TestVerdict::Failed
                        }
                        Some((k, exp)) => {
                            let (method, args) = &c.calls[k];
                            let args: Vec<String> = args.iter().map(|a| show(a, 200)).collect();
                            message = Some(format!(
                                "call {} {}({}): expected {}, got {}",
                                k + 1,
                                method,
                                args.join(", "),
                                show(exp, self.show_chars),
                                got.get(k)
                                    .map(|g| show(g, self.show_chars))
                                    .unwrap_or_else(|| "nothing".into())
                            ));
                            TestVerdict::Failed
                        }
                    }
                }
                (Grading::Unittest, _) => TestVerdict::Passed,
                _ => TestVerdict::Error,
            },
            "failed" => TestVerdict::Failed,
            "skipped" => TestVerdict::Skipped,
            "memory" => TestVerdict::Memory,
            "output_limit" => TestVerdict::OutputLimit,
            _ => TestVerdict::Error,
        };
        if let Some(err) = rec.get("error") {
            message = err
                .get("traceback")
                .and_then(Value::as_str)
                .map(String::from);
            if status == "memory" {
                message = Some(format!(
                    "ran out of memory (MemoryError)\n{}",
                    message.unwrap_or_default()
                ));
            }
            if status == "output_limit" {
                message = Some("printed more than the output limit allows".to_string());
            }
        }
        if truncated && !stdout.is_empty() {
            stdout.push_str("\n[output truncated]");
        }
        TestReport {
            name: slot.name.clone(),
            verdict,
            time_ms,
            hidden: slot.hidden,
            message,
            stdout,
        }
    }

    /// Runs a Python script (a code block) in the sandbox.
    pub fn run_script(
        &self,
        code: &str,
        timeout: Duration,
        memory_mb: u64,
    ) -> Result<ScriptOutcome, JudgeError> {
        let stage = Stage::new()?;
        stage.write("script.py", code.as_bytes())?;
        let limits = Limits {
            cpu_seconds: timeout.as_secs() + 1,
            memory_mb,
            ..Limits::default()
        };
        let argv = vec![
            self.interpreter.executable.clone(),
            "-I".into(),
            "-B".into(),
            "{judge}/script.py".into(),
        ];
        let timing = Timing {
            startup: timeout,
            per_test: timeout,
            total: timeout,
        };
        let attempt: Attempt = self.launcher.attempt(
            &stage,
            self.interpreter.mounts(),
            argv,
            Vec::new(),
            limits,
            timing,
        )?;
        Ok(ScriptOutcome {
            code: attempt.exit.code,
            stdout: attempt.exit.stdout,
            stderr: attempt.exit.stderr,
            timed_out: attempt.exit.killed_for_time,
        })
    }
}

fn syntax_message(rec: &Value) -> String {
    let file = rec
        .get("file")
        .and_then(Value::as_str)
        .unwrap_or("solution.py");
    let line = rec.get("line").and_then(Value::as_u64);
    let msg = rec
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or("invalid syntax");
    let text = rec.get("text").and_then(Value::as_str).unwrap_or("");
    let offset = rec.get("offset").and_then(Value::as_u64).unwrap_or(0);
    let mut out = match line {
        Some(l) => format!("{file}, line {l}: {msg}"),
        None => format!("{file}: {msg}"),
    };
    if !text.trim().is_empty() {
        out.push_str(&format!("\n    {}", text.trim_end()));
        if offset > 0 {
            let indent = text.len() - text.trim_start().len();
            out.push_str(&format!(
                "\n    {}^",
                " ".repeat((offset as usize).saturating_sub(1 + indent))
            ));
        }
    }
    out
}

fn error_of(rec: &Value) -> (TestVerdict, Option<String>) {
    let status = rec.get("status").and_then(Value::as_str).unwrap_or("error");
    let verdict = match status {
        "memory" => TestVerdict::Memory,
        "output_limit" => TestVerdict::OutputLimit,
        _ => TestVerdict::Error,
    };
    (
        verdict,
        rec.get("error")
            .and_then(|e| e.get("traceback"))
            .and_then(Value::as_str)
            .map(String::from),
    )
}

fn run_verdict_of(v: TestVerdict) -> RunVerdict {
    match RunVerdict::from_tests([v]) {
        RunVerdict::Accepted | RunVerdict::NoTests => RunVerdict::RuntimeError,
        other => other,
    }
}

/// Why a process ended early, from its exit and usage.
fn cause_of(exit: &Exit, limits: &Limits, time_limit_ms: u64) -> (TestVerdict, String) {
    let sig = if exit.code > 128 { exit.code - 128 } else { 0 };
    let near_memory = exit.max_rss_kb * 10 >= limits.memory_mb * 1024 * 9;
    if exit.killed_for_time {
        return (
            TestVerdict::Timeout,
            format!("took longer than the time limit ({time_limit_ms} ms) and was stopped"),
        );
    }
    if exit.flooded {
        return (
            TestVerdict::OutputLimit,
            "printed more than the output limit and was stopped".into(),
        );
    }
    if sig == libc::SIGXCPU || (sig == libc::SIGKILL && exit.cpu_ms >= limits.cpu_seconds * 1000) {
        return (
            TestVerdict::Timeout,
            "used up its CPU time and was stopped".into(),
        );
    }
    if near_memory || (sig == libc::SIGKILL && !exit.killed_for_time) {
        return (
            TestVerdict::Memory,
            format!("ran out of memory (limit {} MiB)", limits.memory_mb),
        );
    }
    let detail = match sig {
        0 => format!("the process exited with status {} (did the code call os._exit or close the harness's channel?)", exit.code),
        s if s == libc::SIGSEGV => "the process crashed (segmentation fault), often from recursion far deeper than the stack allows".into(),
        s if s == libc::SIGABRT => "the process aborted".into(),
        s => format!("the process was ended by signal {s}"),
    };
    let tail: String = exit
        .stderr
        .lines()
        .rev()
        .take(5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("\n");
    if tail.trim().is_empty() {
        (TestVerdict::Error, detail)
    } else {
        (TestVerdict::Error, format!("{detail}\n{tail}"))
    }
}

fn show(v: &Value, max: usize) -> String {
    clip(&v.to_string(), max)
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push_str("…[truncated]");
        out
    }
}
