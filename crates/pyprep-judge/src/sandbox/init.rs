//! The sandbox init: the process the judge starts as `pyprep __sandbox-init SPEC`.
//!
//! Descriptors on entry: 0 the job for the program (read by it), 1 and 2 its output,
//! 3 the record channel. Before the program starts, the init writes one record to fd 3:
//! `{"t": "sandbox", "layers": [...], "warnings": [...]}`, or on failure
//! `{"t": "sandbox_error", "message": "..."}` and exits with [`SETUP_FAILED`].
//!
//! Process tree with namespaces: init (host) -> PID 1 (reaper, in the new PID
//! namespace) -> the program. The init exits with the program's status (or 128 +
//! signal), after PID 1 and with it every process in the namespace is gone.

use std::ffi::CString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};

use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, RulesetStatus, Scope, path_beneath_rules,
};
use nix::mount::{MntFlags, MsFlags, mount, umount2};
use nix::sched::{CloneFlags, unshare};
use nix::sys::resource::{Resource, setrlimit};
use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, kill, sigaction, signal};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{
    ForkResult, Gid, Pid, Uid, fork, getegid, geteuid, pivot_root, sethostname, setresgid,
    setresuid,
};

use super::{Isolation, Limits, Mount, REFUSED, SETUP_FAILED, Spec, seccomp};

/// The uid and gid the submission has inside the user namespace.
const INNER_ID: u32 = 1000;
/// The unprivileged account a root-started judge drops to.
const NOBODY: u32 = 65534;
/// Where the judge folder appears inside the new root.
const JUDGE_MOUNT: &str = "/judge";
const WORK_MOUNT: &str = "/work";

/// Runs the init with the raw arguments that followed [`super::INIT_ARG`]; returns
/// the exit status for `main`.
pub fn run(args: &[String]) -> i32 {
    let mut channel = Channel::open();
    let spec: Spec = match args.first().map(|a| serde_json::from_str(a)) {
        Some(Ok(spec)) => spec,
        Some(Err(e)) => return channel.fail(&format!("bad sandbox spec: {e}")),
        None => return channel.fail("missing sandbox spec"),
    };
    match Init::new(spec, channel).and_then(Init::start) {
        Ok(code) => code,
        Err((mut channel, message)) => channel.fail(&message),
    }
}

/// The record channel (fd 3), shared with the program after exec.
struct Channel(Option<File>);

impl Channel {
    fn open() -> Self {
        // SAFETY: fd 3 is the channel the judge passed; if it is not open, the
        // fcntl check fails and we never wrap it.
        let valid = unsafe { libc::fcntl(3, libc::F_GETFD) } >= 0;
        // SAFETY: fd 3 is open (checked above) and owned by this process from here on.
        Channel(valid.then(|| unsafe { File::from_raw_fd(3) }))
    }

    fn send(&mut self, value: &serde_json::Value) {
        if let Some(f) = self.0.as_mut() {
            let mut line = value.to_string();
            line.push('\n');
            let _ = f.write_all(line.as_bytes());
        }
    }

    fn fail(&mut self, message: &str) -> i32 {
        self.send(&serde_json::json!({"t": "sandbox_error", "message": message}));
        eprintln!("pyprep sandbox: {message}");
        SETUP_FAILED
    }
}

type Fallible<T> = Result<T, (Channel, String)>;

struct Init {
    spec: Spec,
    channel: Channel,
    layers: Vec<String>,
    warnings: Vec<String>,
    namespaces: bool,
    started_as_root: bool,
    /// Bind sources, opened inside the new mount namespace (see `enter`).
    sources: Vec<(Mount, Option<OwnedFd>)>,
    judge_fd: Option<OwnedFd>,
}

fn ctx<T, E: std::fmt::Display>(r: Result<T, E>, what: &str) -> Result<T, String> {
    r.map_err(|e| format!("{what}: {e}"))
}

impl Init {
    fn new(spec: Spec, channel: Channel) -> Fallible<Self> {
        Ok(Init {
            spec,
            channel,
            layers: Vec::new(),
            warnings: Vec::new(),
            namespaces: false,
            started_as_root: geteuid().is_root(),
            sources: Vec::new(),
            judge_fd: None,
        })
    }

    /// Forks the sandbox process, gives it its id maps from outside, waits for it.
    fn start(mut self) -> Fallible<i32> {
        close_other_fds();
        // Whatever the tree leaves behind is reparented to us and swept at the end.
        // SAFETY: plain prctl with integer arguments.
        unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
        let (up_r, up_w) = match nix::unistd::pipe() {
            Ok(p) => p,
            Err(e) => return Err((self.channel, format!("pipe: {e}"))),
        };
        let (down_r, down_w) = match nix::unistd::pipe() {
            Ok(p) => p,
            Err(e) => return Err((self.channel, format!("pipe: {e}"))),
        };
        // SAFETY: the init is single-threaded (a fresh exec), so fork is safe and the
        // child may allocate.
        match unsafe { fork() } {
            Err(e) => Err((self.channel, format!("fork: {e}"))),
            Ok(ForkResult::Child) => {
                drop(up_r);
                drop(down_w);
                // SAFETY: plain prctl; the parent waits for this child, see below.
                unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
                let code = match self.enter(File::from(up_w), File::from(down_r)) {
                    Ok(()) => match self.spawn() {
                        Ok(code) => code,
                        Err((mut ch, m)) => ch.fail(&m),
                    },
                    Err(m) => self.channel.fail(&m),
                };
                std::process::exit(code);
            }
            Ok(ForkResult::Parent { child }) => {
                drop(up_w);
                drop(down_r);
                CHILD.store(child.as_raw(), Ordering::SeqCst);
                let on_term = SigAction::new(
                    SigHandler::Handler(on_terminate),
                    SaFlags::empty(),
                    SigSet::empty(),
                );
                // SAFETY: the handler only loads an atomic and calls kill(2), both
                // async-signal-safe.
                let _ = unsafe { sigaction(Signal::SIGTERM, &on_term) };
                let mut up = File::from(up_r);
                let mut down = File::from(down_w);
                let mut byte = [0u8; 1];
                let mut mapped = false;
                if up.read_exact(&mut byte).is_ok() && byte[0] == b'U' {
                    let answer = match self.write_maps(child) {
                        Ok(()) => {
                            mapped = true;
                            b'M'
                        }
                        Err(e) => {
                            self.channel
                                .send(&serde_json::json!({"t": "sandbox_warning", "message": e}));
                            b'X'
                        }
                    };
                    let _ = down.write_all(&[answer]);
                }
                drop(down);
                let status = wait_for(child);
                // With a PID namespace the kernel has already killed everything in
                // it; without one, sweep what was reparented to us.
                if !mapped {
                    kill_descendants();
                }
                Ok(status)
            }
        }
    }

    /// In the parent namespace, with the init's own privileges: map the sandbox's
    /// uid 1000 to the caller (or to nobody when started as root).
    fn write_maps(&self, child: Pid) -> Result<(), String> {
        let (uid, gid) = if self.started_as_root {
            (NOBODY, NOBODY)
        } else {
            (geteuid().as_raw(), getegid().as_raw())
        };
        let proc = format!("/proc/{}", child.as_raw());
        if !self.started_as_root {
            write_file(&format!("{proc}/setgroups"), "deny")?;
        }
        write_file(&format!("{proc}/uid_map"), &format!("{INNER_ID} {uid} 1\n"))?;
        write_file(&format!("{proc}/gid_map"), &format!("{INNER_ID} {gid} 1\n"))
    }

    /// In the sandbox process: new namespaces (or the fallback), identity, new root.
    fn enter(&mut self, mut up: File, mut down: File) -> Result<(), String> {
        let flags = CloneFlags::CLONE_NEWUSER
            | CloneFlags::CLONE_NEWNS
            | CloneFlags::CLONE_NEWNET
            | CloneFlags::CLONE_NEWIPC
            | CloneFlags::CLONE_NEWUTS
            | CloneFlags::CLONE_NEWPID;
        let unshared = unshare(flags);
        let mapped = match &unshared {
            Ok(()) => {
                let _ = up.write_all(b"U");
                let mut byte = [0u8; 1];
                down.read_exact(&mut byte).is_ok() && byte[0] == b'M'
            }
            Err(_) => {
                let _ = up.write_all(b"F");
                false
            }
        };
        drop(up);
        drop(down);
        if mapped {
            // Open the bind sources now: inside the new mount namespace, and still
            // with the caller's file access (the interpreter may live under /root).
            let sources: Vec<(Mount, Option<OwnedFd>)> = self
                .spec
                .mounts
                .iter()
                .map(|m| {
                    let fd = match m {
                        Mount::Bind { path } => open_path(Path::new(path)).ok(),
                        Mount::Symlink { .. } => None,
                    };
                    (m.clone(), fd)
                })
                .collect();
            let judge_fd = ctx(
                open_path(Path::new(&self.spec.judge_dir)),
                "opening the judge folder",
            )?;
            if self.started_as_root {
                ctx(nix::unistd::setgroups(&[]), "dropping supplementary groups")?;
            }
            let inner_g = Gid::from_raw(INNER_ID);
            let inner_u = Uid::from_raw(INNER_ID);
            ctx(setresgid(inner_g, inner_g, inner_g), "switching group")?;
            ctx(setresuid(inner_u, inner_u, inner_u), "switching user")?;
            self.sources = sources;
            self.judge_fd = Some(judge_fd);
            self.namespaces = true;
            self.layers.extend(
                [
                    "user-namespace",
                    "pid-namespace",
                    "network-namespace",
                    "mount-namespace",
                ]
                .map(String::from),
            );
        } else {
            let why = match unshared {
                Err(e) => e.to_string(),
                Ok(()) => "the id maps could not be written".into(),
            };
            if unshared.is_ok() {
                return Err(format!("namespaces were created but {why}"));
            }
            self.warnings.push(format!(
                "namespaces unavailable ({why}); the submission can see the file system (within the Landlock rules) and its processes are tracked by a subreaper"
            ));
            if self.started_as_root {
                let nobody_g = Gid::from_raw(NOBODY);
                let nobody_u = Uid::from_raw(NOBODY);
                ctx(nix::unistd::setgroups(&[]), "dropping supplementary groups")?;
                ctx(
                    setresgid(nobody_g, nobody_g, nobody_g),
                    "switching to group nobody",
                )?;
                ctx(
                    setresuid(nobody_u, nobody_u, nobody_u),
                    "switching to user nobody",
                )?;
            }
        }
        Ok(())
    }

    /// Runs in PID 1: builds the new root (with a /proc of the new PID namespace,
    /// mounted while the old one is still visible, as the kernel requires) and
    /// switches to it.
    fn build_root(&mut self) -> Result<(), String> {
        let sources = std::mem::take(&mut self.sources);
        let judge_fd = self.judge_fd.take().ok_or("the judge folder is not open")?;
        let judge_fd = &judge_fd;
        let root = PathBuf::from(&self.spec.root_dir);
        ctx(
            mount(
                None::<&str>,
                "/",
                None::<&str>,
                MsFlags::MS_REC | MsFlags::MS_PRIVATE,
                None::<&str>,
            ),
            "making mounts private",
        )?;
        ctx(
            mount(
                Some("tmpfs"),
                &root,
                Some("tmpfs"),
                MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
                Some("size=1m,mode=0755"),
            ),
            "mounting the new root",
        )?;
        for (m, fd) in &sources {
            match m {
                Mount::Symlink { path, target } => {
                    let at = root.join(path.trim_start_matches('/'));
                    if let Some(parent) = at.parent() {
                        mkdirs(parent)?;
                    }
                    ctx(
                        std::os::unix::fs::symlink(target, &at),
                        &format!("linking {path}"),
                    )?;
                }
                Mount::Bind { path } => {
                    let Some(fd) = fd else { continue };
                    let at = root.join(path.trim_start_matches('/'));
                    bind_readonly(fd, &at, path)?;
                }
            }
        }
        // The exercise, read-only.
        let judge_at = root.join(JUDGE_MOUNT.trim_start_matches('/'));
        bind_readonly(judge_fd, &judge_at, "/judge")?;
        // The work folder: the only writable place, capped in size.
        let work = root.join(WORK_MOUNT.trim_start_matches('/'));
        mkdirs(&work)?;
        let opts = format!(
            "size={}m,nr_inodes=4096,mode=0755,uid={INNER_ID},gid={INNER_ID}",
            self.spec.limits.work_dir_mb
        );
        ctx(
            mount(
                Some("tmpfs"),
                &work,
                Some("tmpfs"),
                MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
                Some(opts.as_str()),
            ),
            "mounting /work",
        )?;
        mkdirs(&work.join("tmp"))?;
        // Devices.
        let dev = root.join("dev");
        mkdirs(&dev)?;
        ctx(
            mount(
                Some("tmpfs"),
                &dev,
                Some("tmpfs"),
                MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
                Some("size=64k,mode=0755"),
            ),
            "mounting /dev",
        )?;
        for name in ["null", "zero", "full", "random", "urandom"] {
            let target = dev.join(name);
            ctx(File::create(&target), &format!("creating /dev/{name}"))?;
            ctx(
                mount(
                    Some(Path::new("/dev").join(name).as_path()),
                    &target,
                    None::<&str>,
                    MsFlags::MS_BIND,
                    None::<&str>,
                ),
                &format!("binding /dev/{name}"),
            )?;
        }
        for (link, target) in [
            ("fd", "/proc/self/fd"),
            ("stdin", "/proc/self/fd/0"),
            ("stdout", "/proc/self/fd/1"),
            ("stderr", "/proc/self/fd/2"),
        ] {
            let _ = std::os::unix::fs::symlink(target, dev.join(link));
        }
        let shm = dev.join("shm");
        mkdirs(&shm)?;
        let _ = mount(
            Some("tmpfs"),
            &shm,
            Some("tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
            Some("size=16m,mode=1777"),
        );
        let proc_at = root.join("proc");
        mkdirs(&proc_at)?;
        if mount(
            Some("proc"),
            &proc_at,
            Some("proc"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
            None::<&str>,
        )
        .is_err()
        {
            self.warnings
                .push("could not mount a private /proc; running without /proc".into());
        }
        mkdirs(&root.join("tmp"))?;
        // Switch to the new root and forget the old one.
        ctx(std::env::set_current_dir(&root), "entering the new root")?;
        ctx(pivot_root(".", "."), "pivot_root")?;
        ctx(umount2(".", MntFlags::MNT_DETACH), "detaching the old root")?;
        ctx(std::env::set_current_dir("/"), "entering /")?;
        ctx(
            mount(
                None::<&str>,
                "/",
                None::<&str>,
                MsFlags::MS_REMOUNT
                    | MsFlags::MS_BIND
                    | MsFlags::MS_RDONLY
                    | MsFlags::MS_NOSUID
                    | MsFlags::MS_NODEV,
                None::<&str>,
            ),
            "making the new root read-only",
        )?;
        // Bind /tmp onto the work folder so programs that ignore TMPDIR still work
        // (not when an interpreter folder lives under /tmp: that would hide it).
        let under_tmp = sources
            .iter()
            .any(|(m, _)| matches!(m, Mount::Bind { path } if path.starts_with("/tmp/")));
        if !under_tmp {
            let _ = mount(
                Some("/work/tmp"),
                "/tmp",
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            );
        }
        Ok(())
    }

    /// In the sandbox process: forks PID 1 of the new PID namespace (or the plain
    /// child without namespaces) and waits for it.
    fn spawn(mut self) -> Fallible<i32> {
        // SAFETY: this process is single-threaded (forked from the single-threaded init).
        match unsafe { fork() } {
            Err(e) => Err((self.channel, format!("fork: {e}"))),
            Ok(ForkResult::Child) => {
                // SAFETY: plain prctl with integer arguments.
                unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
                let code = self.reaper();
                std::process::exit(code);
            }
            Ok(ForkResult::Parent { child }) => Ok(wait_for(child)),
        }
    }

    /// PID 1 of the sandbox (or the plain child without namespaces): mounts /proc,
    /// starts the program, reaps everything and kills what is left.
    fn reaper(&mut self) -> i32 {
        if self.namespaces {
            if let Err(m) = self.build_root() {
                return self.channel.fail(&m);
            }
            let _ = sethostname("sandbox");
        }
        // SAFETY: this process is single-threaded (forked from the single-threaded init).
        match unsafe { fork() } {
            Err(e) => self.channel.fail(&format!("fork: {e}")),
            Ok(ForkResult::Child) => {
                let message = match self.exec_program() {
                    Ok(never) => match never {},
                    Err(message) => message,
                };
                std::process::exit(self.channel.fail(&message));
            }
            Ok(ForkResult::Parent { child }) => {
                let status = wait_for(child);
                if self.namespaces {
                    // We are PID 1: kill -1 reaches every other process in the namespace.
                    let _ = kill(Pid::from_raw(-1), Signal::SIGKILL);
                    while waitpid(Pid::from_raw(-1), None).is_ok() {}
                }
                status
            }
        }
    }

    /// In the program's process: limits, Landlock, seccomp, then exec.
    fn exec_program(&mut self) -> Result<std::convert::Infallible, String> {
        let _ = nix::unistd::setsid();
        let work = if self.namespaces {
            PathBuf::from(WORK_MOUNT)
        } else {
            PathBuf::from(&self.spec.fallback_work_dir)
        };
        let judge = if self.namespaces {
            JUDGE_MOUNT.to_string()
        } else {
            self.spec.judge_dir.clone()
        };
        ctx(std::env::set_current_dir(&work), "entering the work folder")?;
        // Writes past the file-size limit fail with EFBIG instead of killing.
        // SAFETY: setting a signal to SIG_IGN installs no handler code.
        let _ = unsafe { signal(Signal::SIGXFSZ, SigHandler::SigIgn) };
        apply_limits(&self.spec.limits, self.namespaces)?;
        self.layers.push("rlimits".into());
        self.landlock(&work, &judge);
        // SAFETY: plain prctl with integer arguments.
        if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } != 0 {
            return Err(format!("no_new_privs: {}", io::Error::last_os_error()));
        }
        let program = seccomp::program();
        match seccomp::install(&program) {
            Ok(()) => self.layers.push("seccomp".into()),
            Err(e) => self.warnings.push(format!("seccomp unavailable: {e}")),
        }
        let mut layers = self.layers.clone();
        layers.sort_by_key(|l| super::ALL_LAYERS.iter().position(|x| x == l));
        let iso = Isolation::from_layers(layers);
        if self.spec.require_full && iso.isolation != "full" {
            self.channel.send(&serde_json::json!({"t": "sandbox_refused", "layers": iso.layers, "missing": iso.missing(), "warnings": self.warnings}));
            std::process::exit(REFUSED);
        }
        self.channel.send(
            &serde_json::json!({"t": "sandbox", "layers": iso.layers, "warnings": self.warnings}),
        );
        let argv: Vec<CString> = self
            .spec
            .argv
            .iter()
            .map(|a| CString::new(a.replace("{judge}", &judge)))
            .collect::<Result<_, _>>()
            .map_err(|e| format!("bad argument: {e}"))?;
        // Without a mount namespace there is no /work: point the environment at the
        // real work folder instead.
        let fallback_work = self.spec.fallback_work_dir.clone();
        let relocate = |v: &str| -> String {
            let v = v.replace("{judge}", &judge);
            if self.namespaces {
                v
            } else if v == WORK_MOUNT {
                fallback_work.clone()
            } else if let Some(rest) = v.strip_prefix("/work/") {
                format!("{fallback_work}/{rest}")
            } else {
                v
            }
        };
        if !self.namespaces {
            let _ = fs::create_dir_all(Path::new(&fallback_work).join("tmp"));
        }
        let env: Vec<CString> = self
            .spec
            .env
            .iter()
            .map(|(k, v)| CString::new(format!("{k}={}", relocate(v))))
            .collect::<Result<_, _>>()
            .map_err(|e| format!("bad environment: {e}"))?;
        let program = argv.first().ok_or("empty argv")?;
        let err = nix::unistd::execve(program, &argv, &env).err();
        Err(format!(
            "cannot run {}: {}",
            self.spec.argv[0],
            err.map(|e| e.to_string()).unwrap_or_default()
        ))
    }

    fn landlock(&mut self, work: &Path, judge: &str) {
        let abi = ABI::V6;
        let mut read: Vec<PathBuf> = vec![
            PathBuf::from(judge),
            PathBuf::from("/dev"),
            PathBuf::from("/proc"),
        ];
        for m in &self.spec.mounts {
            if let Mount::Bind { path } = m {
                read.push(PathBuf::from(path));
            }
        }
        let write = vec![
            work.to_path_buf(),
            PathBuf::from("/dev/null"),
            PathBuf::from("/dev/shm"),
            PathBuf::from("/tmp"),
        ];
        let result = (|| -> Result<RulesetStatus, landlock::RulesetError> {
            let status = Ruleset::default()
                .set_compatibility(CompatLevel::BestEffort)
                .handle_access(AccessFs::from_all(abi))?
                .handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)?
                .scope(Scope::AbstractUnixSocket | Scope::Signal)?
                .create()?
                .add_rules(path_beneath_rules(&read, AccessFs::from_read(abi)))?
                .add_rules(path_beneath_rules(&write, AccessFs::from_all(abi)))?
                .restrict_self()?;
            Ok(status.ruleset)
        })();
        match result {
            Ok(RulesetStatus::NotEnforced) => self
                .warnings
                .push("Landlock is not enabled in this kernel".into()),
            Ok(_) => self.layers.push("landlock".into()),
            Err(e) => self.warnings.push(format!("Landlock unavailable: {e}")),
        }
    }
}

fn open_path(path: &Path) -> io::Result<OwnedFd> {
    let c = CString::new(path.as_os_str().as_bytes())?;
    // SAFETY: `c` is a valid NUL-terminated path; the returned descriptor is owned.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            libc::O_PATH | libc::O_CLOEXEC | libc::O_DIRECTORY,
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` was just returned by open and is not owned elsewhere.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn mkdirs(path: &Path) -> Result<(), String> {
    ctx(
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o755)
            .create(path),
        &format!("creating {}", path.display()),
    )
}

/// Binds the folder behind `fd` read-only at `at` (keeping the source's locked flags).
fn bind_readonly(fd: &OwnedFd, at: &Path, shown: &str) -> Result<(), String> {
    mkdirs(at)?;
    let source = format!("/proc/self/fd/{}", fd.as_raw_fd());
    ctx(
        mount(
            Some(source.as_str()),
            at,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        ),
        &format!("binding {shown}"),
    )?;
    let st = ctx(
        nix::sys::statvfs::statvfs(at),
        &format!("inspecting {shown}"),
    )?;
    let mut flags = MsFlags::MS_REMOUNT
        | MsFlags::MS_BIND
        | MsFlags::MS_RDONLY
        | MsFlags::MS_NOSUID
        | MsFlags::MS_NODEV;
    use nix::sys::statvfs::FsFlags;
    let f = st.flags();
    if f.contains(FsFlags::ST_NOEXEC) {
        flags |= MsFlags::MS_NOEXEC;
    }
    if f.contains(FsFlags::ST_NOATIME) {
        flags |= MsFlags::MS_NOATIME;
    }
    if f.contains(FsFlags::ST_NODIRATIME) {
        flags |= MsFlags::MS_NODIRATIME;
    }
    if f.contains(FsFlags::ST_RELATIME) {
        flags |= MsFlags::MS_RELATIME;
    }
    ctx(
        mount(None::<&str>, at, None::<&str>, flags, None::<&str>),
        &format!("making {shown} read-only"),
    )
}

fn write_file(path: &str, text: &str) -> Result<(), String> {
    let mut f = ctx(
        OpenOptions::new().write(true).open(path),
        &format!("opening {path}"),
    )?;
    ctx(f.write_all(text.as_bytes()), &format!("writing {path}"))
}

fn apply_limits(limits: &Limits, namespaces: bool) -> Result<(), String> {
    let mb = 1024 * 1024;
    let cpu = limits.cpu_seconds.max(1);
    ctx(setrlimit(Resource::RLIMIT_CPU, cpu, cpu + 1), "RLIMIT_CPU")?;
    let data = limits.memory_mb * mb;
    ctx(setrlimit(Resource::RLIMIT_DATA, data, data), "RLIMIT_DATA")?;
    let fsize = limits.file_size_mb * mb;
    ctx(
        setrlimit(Resource::RLIMIT_FSIZE, fsize, fsize),
        "RLIMIT_FSIZE",
    )?;
    ctx(
        setrlimit(
            Resource::RLIMIT_NOFILE,
            limits.open_files,
            limits.open_files,
        ),
        "RLIMIT_NOFILE",
    )?;
    ctx(setrlimit(Resource::RLIMIT_CORE, 0, 0), "RLIMIT_CORE")?;
    // Inside a user namespace the process count is the sandbox's own; without one it
    // counts every process of the user, so leave room for those already running.
    let nproc = if namespaces {
        limits.processes
    } else {
        limits.processes + count_own_processes()
    };
    ctx(
        setrlimit(Resource::RLIMIT_NPROC, nproc, nproc),
        "RLIMIT_NPROC",
    )?;
    Ok(())
}

fn count_own_processes() -> u64 {
    let uid = geteuid().as_raw();
    let Ok(dir) = fs::read_dir("/proc") else {
        return 1024;
    };
    let mut n = 0;
    for entry in dir.flatten() {
        if entry.file_name().as_bytes().iter().all(u8::is_ascii_digit)
            && let Ok(meta) = fs::metadata(entry.path())
            && std::os::unix::fs::MetadataExt::uid(&meta) == uid
        {
            n += 1 + fs::read_dir(entry.path().join("task"))
                .map(|d| d.count() as u64)
                .unwrap_or(1);
        }
    }
    n
}

/// Closes every descriptor above the channel; O_PATH sources are reopened later.
fn close_other_fds() {
    // SAFETY: closing descriptors this fresh process does not use; Rust's own
    // descriptors (none are open yet besides 0-3) are unaffected.
    unsafe {
        libc::syscall(
            libc::SYS_close_range,
            4u32,
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
}

/// The process the init forked (PID 1 of the sandbox), for the SIGTERM handler.
static CHILD: AtomicI32 = AtomicI32::new(0);

/// The judge ends a run by sending SIGTERM to the init: kill the tree below it. With
/// namespaces, killing PID 1 kills the namespace; without, the subreaper sweep in
/// `kill_descendants` collects the orphans.
extern "C" fn on_terminate(_: libc::c_int) {
    let pid = CHILD.load(Ordering::SeqCst);
    if pid > 0 {
        // SAFETY: kill(2) is async-signal-safe.
        unsafe { libc::kill(pid, libc::SIGKILL) };
    }
}

/// Waits for `child`, reaping any other child meanwhile; returns its exit code, or
/// 128 + the signal that ended it.
fn wait_for(child: Pid) -> i32 {
    loop {
        match waitpid(Pid::from_raw(-1), None) {
            Ok(WaitStatus::Exited(pid, code)) if pid == child => return code,
            Ok(WaitStatus::Signaled(pid, sig, _)) if pid == child => return 128 + sig as i32,
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return SETUP_FAILED,
        }
    }
}

/// Without a PID namespace: kill every process that was reparented to us (we are a
/// subreaper), until none is left.
fn kill_descendants() {
    let me = std::process::id();
    for _ in 0..100 {
        let mut found = false;
        if let Ok(dir) = fs::read_dir("/proc") {
            for entry in dir.flatten() {
                let name = entry.file_name();
                let Some(pid) = std::str::from_utf8(name.as_bytes())
                    .ok()
                    .and_then(|s| s.parse::<i32>().ok())
                else {
                    continue;
                };
                let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
                    continue;
                };
                let ppid = stat
                    .rsplit(')')
                    .next()
                    .and_then(|rest| rest.split_whitespace().nth(1))
                    .and_then(|p| p.parse::<u32>().ok());
                if ppid == Some(me) {
                    found = true;
                    let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
                }
            }
        }
        while let Ok(status) = waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
            if status == WaitStatus::StillAlive {
                break;
            }
        }
        if !found {
            return;
        }
    }
}
