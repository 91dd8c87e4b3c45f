//! `pyprep practice`: an exercise in a workspace folder, solved in the user's own
//! editor. One event loop (file saved, key pressed, input closed): each save is
//! graded against every test and recorded; keys give hints, run the visible tests,
//! submit, reveal the reference (after acceptance, or after a recorded give-up),
//! reset to the starter, move to the next exercise, quit.
//!
//! With a terminal, keys act at once; with lines on stdin (scripts, tests) each line's
//! first character is the key. `--manual` grades only on `r`/`s`, without watching.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Read};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use nix::sys::termios::{LocalFlags, SetArg, Termios, tcgetattr, tcsetattr};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer, notify};
use pyprep_app::catalog::Filter;
use pyprep_app::{Context, practice};
use pyprep_bank::Exercise;
use pyprep_core::{Area, Difficulty, Kind, RunVerdict};
use pyprep_store::AttemptMode;

use super::context;
use super::judge::{render, warn_isolation};

/// `pyprep practice [ID]`
#[derive(Debug, clap::Args)]
pub struct Args {
    /// An exercise id or folder; without it, the next exercise that fits your weak
    /// areas and level.
    exercise: Option<String>,
    /// Pick the next exercise from this area.
    #[arg(long)]
    area: Option<Area>,
    /// Pick the next exercise of this difficulty.
    #[arg(long)]
    difficulty: Option<Difficulty>,
    /// Do not watch the file: grade only when `r` or `s` is pressed.
    #[arg(long)]
    manual: bool,
    /// Open the solution in $EDITOR first (as the `e` key does).
    #[arg(long)]
    open: bool,
    /// Refuse to run with less than full isolation.
    #[arg(long)]
    require_sandbox: bool,
}

enum Event {
    Saved(PathBuf),
    Key(char),
    InputClosed,
    WatchFailed(String),
}

/// The most a stretch without any save or key counts as practice time.
const IDLE_CAP: Duration = Duration::from_secs(15 * 60);

/// How long a saved file must stay unchanged before it is graded.
const SETTLE: Duration = Duration::from_millis(250);

const KEYS: &str = "keys: [h]int  [r]un visible tests  [s]ubmit all tests  [a]nswer (reference)  [e]dit in $EDITOR  [x] reset to starter  [n]ext exercise  [q]uit";

/// Puts the terminal in single-key mode and restores it when dropped.
struct KeyMode {
    /// The terminal as it was, and in single-key mode.
    modes: Option<(Termios, Termios)>,
}

impl KeyMode {
    fn enter() -> KeyMode {
        let stdin = std::io::stdin();
        let Ok(saved) = tcgetattr(stdin.as_fd()) else {
            return KeyMode { modes: None };
        };
        let mut raw = saved.clone();
        raw.local_flags
            .remove(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG);
        let keys = KeyMode {
            modes: Some((saved, raw)),
        };
        keys.resume();
        keys
    }

    fn none() -> KeyMode {
        KeyMode { modes: None }
    }

    fn leave(&self) {
        if let Some((saved, _)) = &self.modes {
            let _ = tcsetattr(std::io::stdin().as_fd(), SetArg::TCSANOW, saved);
        }
    }

    fn resume(&self) {
        if let Some((_, raw)) = &self.modes {
            let _ = tcsetattr(std::io::stdin().as_fd(), SetArg::TCSANOW, raw);
        }
    }
}

impl Drop for KeyMode {
    fn drop(&mut self) {
        self.leave();
    }
}

/// Pausing the key reader while an editor owns the terminal.
#[derive(Debug, Default)]
struct Pause {
    /// Asked to stop reading.
    asked: AtomicBool,
    /// The reader has stopped reading.
    idle: AtomicBool,
}

impl Pause {
    /// Stops the reader; returns once it no longer reads (it polls every 100 ms).
    fn hold(&self) {
        self.idle.store(false, Ordering::SeqCst);
        self.asked.store(true, Ordering::SeqCst);
        let deadline = Instant::now() + Duration::from_secs(1);
        while !self.idle.load(Ordering::SeqCst) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn release(&self) {
        self.asked.store(false, Ordering::SeqCst);
    }
}

/// Reads keys from stdin on a thread. With a terminal it polls, so that it can be
/// paused (while an editor owns the terminal) without stealing keystrokes.
fn spawn_input(tx: Sender<Event>, tty: bool, pause: Arc<Pause>) {
    std::thread::spawn(move || {
        if !tty {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if let Some(c) = line.trim().chars().next()
                    && tx.send(Event::Key(c.to_ascii_lowercase())).is_err()
                {
                    return;
                }
            }
            let _ = tx.send(Event::InputClosed);
            return;
        }
        let mut stdin = std::io::stdin();
        loop {
            if pause.asked.load(Ordering::SeqCst) {
                pause.idle.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
            let mut fds = [nix::poll::PollFd::new(
                stdin.as_fd(),
                nix::poll::PollFlags::POLLIN,
            )];
            if nix::poll::poll(&mut fds, 100u16).unwrap_or(0) == 0 {
                continue;
            }
            let mut buf = [0u8; 16];
            match stdin.read(&mut buf) {
                Ok(0) | Err(_) => {
                    let _ = tx.send(Event::InputClosed);
                    return;
                }
                Ok(n) => {
                    for &b in &buf[..n] {
                        let c = match b {
                            3 | 4 => 'q',
                            b => (b as char).to_ascii_lowercase(),
                        };
                        if tx.send(Event::Key(c)).is_err() {
                            return;
                        }
                    }
                }
            }
        }
    });
}

fn watch(root: &Path, tx: Sender<Event>) -> anyhow::Result<Debouncer<notify::RecommendedWatcher>> {
    let mut debouncer = new_debouncer(
        Duration::from_millis(150),
        move |res: DebounceEventResult| {
            let _ = match res {
                Ok(events) => {
                    let mut sent = std::collections::HashSet::new();
                    for e in events {
                        if sent.insert(e.path.clone()) {
                            let _ = tx.send(Event::Saved(e.path));
                        }
                    }
                    Ok(())
                }
                Err(e) => tx.send(Event::WatchFailed(e.to_string())),
            };
        },
    )?;
    debouncer
        .watcher()
        .watch(root, notify::RecursiveMode::Recursive)
        .map_err(|e| anyhow::anyhow!("cannot watch {}: {e}; try --manual", root.display()))?;
    Ok(debouncer)
}

/// One exercise being practised.
struct Current {
    exercise: Exercise,
    ws: practice::Workspace,
    since: Instant,
    last_graded: Option<Vec<u8>>,
    pending: Option<char>,
}

impl Current {
    fn open(ctx: &Context, target: &str) -> anyhow::Result<Current> {
        let exercise = ctx.exercise(target)?;
        let ws = practice::open(ctx, &exercise)?;
        Ok(Current {
            exercise,
            ws,
            since: Instant::now(),
            last_graded: None,
            pending: None,
        })
    }

    fn id(&self) -> String {
        self.exercise.meta.id.to_string()
    }

    /// Practice time since the last mark (a long quiet stretch counts as
    /// [`IDLE_CAP`]: the user was away), and a new mark.
    fn take_time(&mut self) -> u64 {
        let ms = self.since.elapsed().min(IDLE_CAP).as_millis() as u64;
        self.since = Instant::now();
        ms
    }

    fn intro(&self, ctx: &Context) -> anyhow::Result<()> {
        let m = &self.exercise.meta;
        let p = practice::progress(ctx, m.id.as_str())?;
        println!("── {} · {} · {} · {}", m.id, m.title, m.area, m.difficulty);
        println!("{}\n", self.exercise.statement.trim());
        println!("Statement: {}", self.ws.readme.display());
        println!(
            "Solve it in: {}{}",
            self.ws.solution.display(),
            if self.ws.created {
                " (the starter)"
            } else {
                " (your earlier work, kept)"
            }
        );
        if p.hints_used > 0 {
            println!("Hints seen so far:");
            for (i, h) in m.hints.iter().take(p.hints_used as usize).enumerate() {
                println!("  {}. {h}", i + 1);
            }
        }
        if p.solved_at.is_some() {
            println!("You solved this one before.");
        }
        Ok(())
    }

    fn grade(&mut self, ctx: &Context, mode: AttemptMode, clear: bool) -> anyhow::Result<()> {
        let code = std::fs::read(&self.ws.solution)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", self.ws.solution.display()))?;
        self.last_graded = Some(code.clone());
        if clear {
            // A fresh screen per grade, with what the user needs to keep in view.
            print!("\x1b[2J\x1b[H");
            let m = &self.exercise.meta;
            println!("── {} · {} · {} · {}", m.id, m.title, m.area, m.difficulty);
            let p = practice::progress(ctx, m.id.as_str())?;
            for (i, h) in m.hints.iter().take(p.hints_used as usize).enumerate() {
                println!("Hint {}: {h}", i + 1);
            }
            println!("{KEYS}\n");
        }
        let what = if mode == AttemptMode::Run {
            "visible tests"
        } else {
            "all tests"
        };
        println!("── grading {} ({what}) ──", self.ws.solution.display());
        ctx.refresh_clock()?;
        let spent = self.take_time();
        let g = practice::grade(ctx, &self.exercise, &code, mode, spent)?;
        warn_isolation(&g.report);
        print!("{}", render(&g.report));
        let id = self.id();
        match (mode, g.report.verdict) {
            (AttemptMode::Submit, RunVerdict::Accepted) => {
                if g.newly_solved {
                    println!(
                        "Accepted: solved! [a] shows the reference, [n] the next exercise, [q] quits."
                    );
                } else {
                    println!("Accepted. [n] next exercise, [q] quit.");
                }
            }
            (AttemptMode::Run, RunVerdict::Accepted) => {
                println!("Visible tests pass; [s] submits against the hidden ones too.")
            }
            _ => println!("Not accepted yet ({id}). Save again to re-grade; [h] for a hint."),
        }
        Ok(())
    }
}

fn run_editor(file: &Path, keys: &KeyMode, pause: &Pause) {
    pause.hold();
    keys.leave();
    if let Err(e) = super::run_editor(file) {
        eprintln!("{e:#}");
    }
    keys.resume();
    pause.release();
}

pub fn run(a: Args) -> anyhow::Result<u8> {
    let ctx = context(a.require_sandbox)?;
    let filter = Filter {
        kind: Some(Kind::Exercise),
        area: a.area,
        difficulty: a.difficulty,
        ..Filter::default()
    };
    let target = match &a.exercise {
        Some(t) => t.clone(),
        None => match practice::next(&ctx, &filter, &[])? {
            Some(id) => id,
            None => {
                println!(
                    "Every exercise that matches is solved (or given up). Try another --area or --difficulty."
                );
                return Ok(0);
            }
        },
    };
    let mut cur = Current::open(&ctx, &target)?;
    let tty = std::io::stdin().is_terminal();
    let (tx, rx): (Sender<Event>, Receiver<Event>) = mpsc::channel();
    let pause = Arc::new(Pause::default());
    let keys = if tty {
        KeyMode::enter()
    } else {
        KeyMode::none()
    };
    spawn_input(tx.clone(), tty, pause.clone());
    let root = cur.ws.dir.parent().unwrap_or(&cur.ws.dir).to_path_buf();
    let _watcher = if a.manual {
        None
    } else {
        Some(watch(&root, tx.clone())?)
    };
    cur.intro(&ctx)?;
    println!("\n{KEYS}");
    if a.manual {
        println!("Manual mode: save, then press [r] or [s] to grade.");
    } else {
        println!(
            "Watching {}: every save is graded.",
            cur.ws.solution.display()
        );
    }
    if a.open && tty {
        run_editor(&cur.ws.solution, &keys, &pause);
    }
    let mut queued: VecDeque<Event> = VecDeque::new();
    while let Some(event) = queued.pop_front().or_else(|| rx.recv().ok()) {
        match event {
            Event::Saved(path) => {
                if a.manual || path != cur.ws.solution || cur.pending.is_some() {
                    continue;
                }
                // A save can reach us in pieces (truncate, then write): wait for the
                // file to go quiet, keeping other events for afterwards.
                while let Ok(next) = rx.recv_timeout(SETTLE) {
                    match next {
                        Event::Saved(p) if p == cur.ws.solution => {}
                        other => queued.push_back(other),
                    }
                }
                let Ok(now) = std::fs::read(&cur.ws.solution) else {
                    continue;
                };
                if now.is_empty() || cur.last_graded.as_deref() == Some(now.as_slice()) {
                    continue;
                }
                if let Err(e) = cur.grade(&ctx, AttemptMode::Submit, tty) {
                    eprintln!("error: {e:#}");
                }
            }
            Event::WatchFailed(e) => {
                eprintln!("warning: file watching failed: {e}; grade with [s]")
            }
            Event::InputClosed => break,
            Event::Key(c) => {
                if let Some(question) = cur.pending.take() {
                    let yes = c == 'y';
                    match (question, yes) {
                        ('a', true) => {
                            let r = practice::reveal(&ctx, &cur.exercise, true)?;
                            println!(
                                "Recorded as a give-up. Reference solution:\n\n{}\n",
                                r.reference.trim_end()
                            );
                            println!(
                                "Read it, close it, and write it again from memory later: that is what sticks."
                            );
                        }
                        ('x', true) => {
                            practice::reset(&cur.exercise, &cur.ws)?;
                            cur.last_graded = Some(cur.exercise.starter.clone().into_bytes());
                            println!("{} is the starter again.", cur.ws.solution.display());
                        }
                        _ => println!("Left as it was."),
                    }
                    continue;
                }
                match c {
                    'h' => match practice::next_hint(&ctx, &cur.exercise)? {
                        Some((n, hint)) => {
                            println!("Hint {n}/{}: {hint}", cur.exercise.meta.hints.len())
                        }
                        None => println!(
                            "No more hints. [a] shows the reference (recorded as a give-up)."
                        ),
                    },
                    'r' => cur.grade(&ctx, AttemptMode::Run, false)?,
                    's' => cur.grade(&ctx, AttemptMode::Submit, false)?,
                    'a' => {
                        if practice::progress(&ctx, &cur.id())?.solved_at.is_some() {
                            let r = practice::reveal(&ctx, &cur.exercise, false)?;
                            println!("Reference solution:\n\n{}\n", r.reference.trim_end());
                        } else {
                            println!(
                                "Not solved yet. Give up and see the reference? It is recorded. [y/N]"
                            );
                            cur.pending = Some('a');
                        }
                    }
                    'x' => {
                        println!(
                            "Reset {} to the starter? Your code there is lost. [y/N]",
                            cur.ws.solution.display()
                        );
                        cur.pending = Some('x');
                    }
                    'e' if tty => run_editor(&cur.ws.solution, &keys, &pause),
                    'e' => println!(
                        "[e] needs a terminal; edit {} in your editor.",
                        cur.ws.solution.display()
                    ),
                    'n' => {
                        let spent = cur.take_time();
                        practice::add_time(&ctx, &cur.id(), spent)?;
                        match practice::next(&ctx, &filter, &[cur.id()])? {
                            Some(id) => {
                                cur = Current::open(&ctx, &id)?;
                                println!();
                                cur.intro(&ctx)?;
                                println!("\n{KEYS}");
                            }
                            None => println!("Nothing else matches; [q] quits."),
                        }
                    }
                    'q' => break,
                    '?' => println!("{KEYS}"),
                    c if c.is_whitespace() => {}
                    other => println!("{other:?} is not a key here. {KEYS}"),
                }
            }
        }
    }
    let spent = cur.take_time();
    practice::add_time(&ctx, &cur.id(), spent)?;
    drop(keys);
    let p = practice::progress(&ctx, &cur.id())?;
    println!(
        "Stopped. {} min on {} in all; your file stays in {}. `pyprep stats` shows progress.",
        p.time_spent_ms / 60_000,
        cur.id(),
        cur.ws.dir.display()
    );
    Ok(0)
}
