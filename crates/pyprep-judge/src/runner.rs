//! Running a submission: staging its files, starting the sandbox, following the
//! harness's records with a watchdog, and restarting after a test that had to be
//! stopped.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::JudgeError;
use crate::sandbox::{INIT_ARG, Isolation, Limits, REFUSED, SETUP_FAILED, Spec};

const HARNESS: &str = include_str!("harness.py");

/// The harness compiled to bytecode by `interpreter`, cached in `dir` under a name
/// that changes with the harness source and the interpreter. `None` when it cannot be
/// made (the plain source is used then).
pub fn compiled_harness(interpreter: &crate::Interpreter, dir: &Path) -> Option<Vec<u8>> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    HARNESS.hash(&mut h);
    interpreter.executable.hash(&mut h);
    interpreter.version.hash(&mut h);
    let file = dir.join(format!("harness-{:016x}.pyc", h.finish()));
    // A usable file has the hash-based, unchecked header written below (flags == 1,
    // PEP 552) and a body; anything else is rebuilt.
    let valid = |b: &[u8]| b.len() > 16 && b[4..8] == [1, 0, 0, 0];
    if let Ok(bytes) = std::fs::read(&file)
        && valid(&bytes)
    {
        return Some(bytes);
    }
    std::fs::create_dir_all(dir).ok()?;
    let source = dir.join(format!("harness-{:016x}.py", h.finish()));
    std::fs::write(&source, HARNESS).ok()?;
    let tmp = file.with_extension("pyc.tmp");
    let script = "import py_compile, sys\npy_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)";
    let ok = Command::new(&interpreter.executable)
        .args(["-I", "-S", "-c", script])
        .arg(&source)
        .arg(&tmp)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let _ = std::fs::remove_file(&source);
    if !ok || std::fs::rename(&tmp, &file).is_err() {
        return None;
    }
    std::fs::read(&file).ok().filter(|b| valid(b))
}

/// How one process of a run ended.
#[derive(Debug, Clone, Default)]
pub struct Exit {
    /// Exit code, or 128 + signal.
    pub code: i32,
    /// Peak resident memory of the tree, KiB.
    pub max_rss_kb: u64,
    /// CPU time used, ms.
    pub cpu_ms: u64,
    /// The judge stopped it (time limit).
    pub killed_for_time: bool,
    /// Output past the limit.
    pub flooded: bool,
    /// First bytes of stderr.
    pub stderr: String,
    /// First bytes of stdout (outside the captured per-test output).
    pub stdout: String,
}

/// What one sandboxed process produced.
#[derive(Debug, Default)]
pub struct Attempt {
    /// Records from the harness, in order (sandbox records excluded).
    pub records: Vec<Value>,
    /// Layers reported by the sandbox.
    pub isolation: Option<Isolation>,
    /// Warnings from the sandbox.
    pub warnings: Vec<String>,
    /// How it ended.
    pub exit: Exit,
    /// The index of a test that started and never ended.
    pub unfinished: Option<usize>,
}

/// Settings shared by every run.
#[derive(Debug, Clone)]
pub struct Launcher {
    /// The pyprep binary (it becomes the sandbox init).
    pub init_exe: PathBuf,
    /// Refuse anything less than full isolation.
    pub require_full: bool,
    /// Cap on stdout and stderr outside the harness's capture, and per test.
    pub output_limit: usize,
}

enum Event {
    Record(Value),
    RecordsClosed,
    Flood,
}

/// A staged judge folder: `judge/` (read-only inside), `root/`, `work/`.
#[derive(Debug)]
pub struct Stage {
    dir: tempfile::TempDir,
}

impl Stage {
    /// A fresh, private staging folder holding the harness.
    pub fn new() -> Result<Stage, JudgeError> {
        let dir = tempfile::Builder::new()
            .prefix("pyprep-judge-")
            .tempdir()
            .map_err(|e| JudgeError::io("creating a staging folder", e))?;
        let stage = Stage { dir };
        for sub in ["judge", "judge/src", "root", "work"] {
            std::fs::create_dir(stage.dir.path().join(sub))
                .map_err(|e| JudgeError::io("creating a staging folder", e))?;
        }
        stage.write("harness.py", HARNESS.as_bytes())?;
        Ok(stage)
    }

    /// Writes a file under `judge/`.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), JudgeError> {
        let path = self.dir.path().join("judge").join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| JudgeError::io("staging files", e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| JudgeError::io("staging files", e))
    }

    fn path(&self, sub: &str) -> String {
        self.dir.path().join(sub).to_string_lossy().into_owned()
    }

    /// Makes the stage usable by `nobody` when the judge runs as root.
    fn hand_over(&self) {
        if nix::unistd::geteuid().is_root() {
            chown_tree(self.dir.path());
        }
    }
}

fn chown_tree(path: &Path) {
    let _ = std::os::unix::fs::lchown(path, Some(65534), Some(65534));
    if let Ok(rd) = std::fs::read_dir(path) {
        for e in rd.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                chown_tree(&e.path());
            } else {
                let _ = std::os::unix::fs::lchown(e.path(), Some(65534), Some(65534));
            }
        }
    }
}

/// The environment every sandboxed program gets (nothing is inherited).
pub fn base_env() -> Vec<(String, String)> {
    [
        ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ("HOME", "/work"),
        ("TMPDIR", "/work/tmp"),
        ("LANG", "C.UTF-8"),
        ("LC_ALL", "C.UTF-8"),
        ("PYTHONIOENCODING", "utf-8"),
        ("PYTHONHASHSEED", "0"),
        ("OPENBLAS_NUM_THREADS", "1"),
        ("OMP_NUM_THREADS", "1"),
        ("MKL_NUM_THREADS", "1"),
        ("NUMEXPR_NUM_THREADS", "1"),
        ("VECLIB_MAXIMUM_THREADS", "1"),
        ("MPLBACKEND", "Agg"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Limits on how one attempt may run.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Wall time from start until the first test starts (interpreter start, imports).
    pub startup: Duration,
    /// Wall time per test.
    pub per_test: Duration,
    /// Wall time for the whole attempt, whatever the records say (records come from
    /// inside the sandbox and could be forged to keep resetting the per-test clock).
    pub total: Duration,
}

impl Launcher {
    /// Runs one sandboxed process: `argv` with `stdin` as its input, following the
    /// records on fd 3.
    pub fn attempt(
        &self,
        stage: &Stage,
        mounts: Vec<crate::sandbox::Mount>,
        argv: Vec<String>,
        stdin: Vec<u8>,
        limits: Limits,
        timing: Timing,
    ) -> Result<Attempt, JudgeError> {
        stage.hand_over();
        let spec = Spec {
            judge_dir: stage.path("judge"),
            root_dir: stage.path("root"),
            fallback_work_dir: stage.path("work"),
            mounts,
            argv,
            env: base_env(),
            limits,
            require_full: self.require_full,
        };
        let spec_json =
            serde_json::to_string(&spec).map_err(|e| JudgeError::Internal(format!("spec: {e}")))?;
        let (rec_r, rec_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)
            .map_err(|e| JudgeError::io("creating a pipe", e.into()))?;
        let mut cmd = Command::new(&self.init_exe);
        cmd.arg(INIT_ARG)
            .arg(&spec_json)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env_clear();
        let w = rec_w.as_raw_fd();
        // SAFETY: only async-signal-safe calls (dup2, fcntl) between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if w == 3 {
                    let flags = libc::fcntl(3, libc::F_GETFD);
                    libc::fcntl(3, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                } else if libc::dup2(w, 3) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = cmd.spawn().map_err(|e| {
            JudgeError::io(
                &format!("starting the sandbox ({})", self.init_exe.display()),
                e,
            )
        })?;
        drop(rec_w);
        let pid = child.id() as i32;
        let started = Instant::now();

        let (tx, rx) = mpsc::channel::<Event>();
        let mut stdin_pipe = child.stdin.take();
        let writer = std::thread::spawn(move || {
            if let Some(mut s) = stdin_pipe.take() {
                let _ = s.write_all(&stdin);
            }
        });
        let limit = self.output_limit;
        let out_reader = spawn_capped(child.stdout.take(), limit, tx.clone());
        let err_reader = spawn_capped(child.stderr.take(), limit, tx.clone());
        let rec_reader = spawn_records(rec_r, tx);

        let mut attempt = Attempt::default();
        let mut current: Option<usize> = None;
        let mut last_start: Option<usize> = None;
        let mut deadline = started + timing.startup;
        let hard_deadline = started + timing.total;
        let mut killed_for_time = false;
        let mut flooded = false;
        loop {
            let now = Instant::now();
            deadline = deadline.min(hard_deadline);
            if now >= deadline {
                killed_for_time = true;
                terminate(pid);
                break;
            }
            match rx.recv_timeout(deadline - now) {
                Ok(Event::Record(v)) => {
                    match v.get("t").and_then(Value::as_str) {
                        Some("sandbox") => {
                            let layers = string_list(v.get("layers"));
                            attempt.warnings = string_list(v.get("warnings"));
                            attempt.isolation = Some(Isolation::from_layers(layers));
                            continue;
                        }
                        Some("sandbox_refused") => {
                            let _ = wait_exit(pid);
                            return Err(JudgeError::SandboxRefused {
                                missing: string_list(v.get("missing")),
                                warnings: string_list(v.get("warnings")),
                            });
                        }
                        Some("sandbox_error") => {
                            let _ = wait_exit(pid);
                            return Err(JudgeError::Sandbox(
                                v.get("message")
                                    .and_then(Value::as_str)
                                    .unwrap_or("unknown")
                                    .to_string(),
                            ));
                        }
                        // The harness starts each test once, in increasing order; a
                        // repeated or out-of-order record is the submission's and must
                        // not reset the clock.
                        Some("start") => {
                            let i = v.get("i").and_then(Value::as_u64).map(|i| i as usize);
                            if i.is_some() && (last_start.is_none() || i > last_start) {
                                current = i;
                                last_start = i;
                                deadline = Instant::now() + timing.per_test;
                            }
                        }
                        Some("end") => {
                            let i = v.get("i").and_then(Value::as_u64).map(|i| i as usize);
                            if i.is_some() && i == current {
                                current = None;
                                deadline = Instant::now() + timing.per_test.max(timing.startup);
                            }
                        }
                        Some("done") => {
                            deadline = Instant::now() + Duration::from_secs(5);
                        }
                        _ => {}
                    }
                    attempt.records.push(v);
                }
                Ok(Event::RecordsClosed) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Ok(Event::Flood) => {
                    flooded = true;
                    terminate(pid);
                    break;
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
        let mut exit = wait_exit(pid);
        let _ = writer.join();
        let (stdout, out_flood) = out_reader.join().unwrap_or_default();
        let (stderr, err_flood) = err_reader.join().unwrap_or_default();
        // Records that arrived after the loop stopped reading.
        drop(rx);
        let _ = rec_reader.join();
        exit.killed_for_time = killed_for_time;
        exit.flooded = flooded || out_flood || err_flood;
        exit.stdout = stdout;
        exit.stderr = stderr;
        if exit.code == SETUP_FAILED && attempt.isolation.is_none() {
            return Err(JudgeError::Sandbox(format!(
                "the sandbox could not start: {}",
                exit.stderr.trim()
            )));
        }
        if exit.code == REFUSED {
            return Err(JudgeError::SandboxRefused {
                missing: vec![],
                warnings: vec![],
            });
        }
        attempt.exit = exit;
        attempt.unfinished = current;
        Ok(attempt)
    }
}

/// The strings of a JSON array (missing or odd values give an empty list).
pub(crate) fn string_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Asks the init to kill its tree (SIGTERM), then makes sure (SIGKILL).
fn terminate(pid: i32) {
    // SAFETY: signalling our own child process by pid; it has not been reaped yet.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let until = Instant::now() + Duration::from_secs(2);
    while Instant::now() < until {
        // SAFETY: zeroed siginfo is valid for waitid to fill in.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: peeking at our own child's state without reaping it.
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        // SAFETY: si_pid is valid to read after a successful waitid.
        if r == 0 && unsafe { info.si_pid() } == pid {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    // SAFETY: as above.
    unsafe { libc::kill(pid, libc::SIGKILL) };
}

/// Reaps the init and reads its resource usage (which includes every process it reaped).
fn wait_exit(pid: i32) -> Exit {
    let mut status = 0;
    // SAFETY: zeroed rusage is a valid value for wait4 to overwrite.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: waiting for our own child; pointers are to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        if r < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            break;
        }
    }
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else if libc::WIFSIGNALED(status) {
        128 + libc::WTERMSIG(status)
    } else {
        -1
    };
    let ms = |t: libc::timeval| t.tv_sec as u64 * 1000 + t.tv_usec as u64 / 1000;
    Exit {
        code,
        max_rss_kb: usage.ru_maxrss as u64,
        cpu_ms: ms(usage.ru_utime) + ms(usage.ru_stime),
        ..Exit::default()
    }
}

fn spawn_capped<R: Read + Send + 'static>(
    pipe: Option<R>,
    limit: usize,
    tx: mpsc::Sender<Event>,
) -> std::thread::JoinHandle<(String, bool)> {
    std::thread::spawn(move || {
        let Some(mut pipe) = pipe else {
            return (String::new(), false);
        };
        let keep = 8192;
        let mut kept = Vec::new();
        let mut total = 0usize;
        let mut buf = [0u8; 16384];
        let mut flooded = false;
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    if kept.len() < keep {
                        kept.extend_from_slice(&buf[..n.min(keep - kept.len())]);
                    }
                    if total > limit && !flooded {
                        flooded = true;
                        let _ = tx.send(Event::Flood);
                    }
                }
            }
        }
        (String::from_utf8_lossy(&kept).into_owned(), flooded)
    })
}

fn spawn_records(fd: OwnedFd, tx: mpsc::Sender<Event>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let file = std::fs::File::from(fd);
        // Records are bounded: one line may not exceed 16 MiB.
        let mut reader = BufReader::new(file.take(u64::MAX));
        let mut line = Vec::new();
        loop {
            line.clear();
            match reader.by_ref().take(16 << 20).read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    let value = serde_json::from_slice::<Value>(&line).unwrap_or_else(|_| {
                        serde_json::json!({"t": "garbage", "text": String::from_utf8_lossy(&line[..line.len().min(200)])})
                    });
                    if tx.send(Event::Record(value)).is_err() {
                        break;
                    }
                }
            }
        }
        let _ = tx.send(Event::RecordsClosed);
    })
}
