//! The sandbox a submission runs in.
//!
//! The judge starts the pyprep binary again with the hidden first argument
//! [`INIT_ARG`]; that fresh, single-threaded process ([`init`]) builds the sandbox and
//! then runs Python inside it. Building it in a fresh process (rather than between
//! `fork` and `exec` of a possibly multi-threaded judge) lets the setup allocate,
//! report errors in full and stay simple.
//!
//! Layers, each reported in [`Isolation::layers`] only when it really took effect:
//! - `user-namespace`, `pid-namespace`, `network-namespace`, `mount-namespace`
//!   (with IPC and UTS namespaces): a private root built from read-only binds of the
//!   system and interpreter folders, the exercise at `/judge` (read-only), a size-capped
//!   tmpfs at `/work` (the only writable place), a fresh `/proc`; no network at all;
//!   PID 1 of the namespace is ours, so when it ends every process the submission
//!   started (daemonized or not) is killed by the kernel.
//! - `landlock`: file access restricted to the same read-only and writable folders,
//!   TCP bind/connect denied and signals scoped to the sandbox, where the kernel has it.
//! - `seccomp`: a deny-list filter (no ptrace, mount, namespaces, keyctl, bpf,
//!   io_uring, module loading, non-Unix sockets, foreign syscall ABIs) under
//!   `no_new_privs`.
//! - `rlimits`: CPU time, memory (RLIMIT_DATA, no cgroup needed), processes, file size,
//!   open files, no core dumps.
//!
//! Started as root, the init drops to `nobody` before anything else, so a submission
//! never has more privilege than an ordinary user. Where namespaces are refused (an
//! AppArmor policy, a container's seccomp profile), it runs with the remaining layers,
//! a subreaper that kills leftover processes, and says so.

use serde::{Deserialize, Serialize};

#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub mod init;
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
mod seccomp;

/// The first argument that turns the pyprep binary into the sandbox init.
pub const INIT_ARG: &str = "__sandbox-init";

/// Names of the layers, in the order they are reported.
pub const ALL_LAYERS: [&str; 7] = [
    "user-namespace",
    "pid-namespace",
    "network-namespace",
    "mount-namespace",
    "landlock",
    "seccomp",
    "rlimits",
];

/// Resource limits for one sandboxed process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    /// CPU seconds for the whole process (RLIMIT_CPU).
    pub cpu_seconds: u64,
    /// Private memory in MiB (RLIMIT_DATA).
    pub memory_mb: u64,
    /// Processes and threads at once (RLIMIT_NPROC).
    pub processes: u64,
    /// Largest file the submission may write, MiB (RLIMIT_FSIZE).
    pub file_size_mb: u64,
    /// Open file descriptors (RLIMIT_NOFILE).
    pub open_files: u64,
    /// Size of the writable work folder, MiB (tmpfs size).
    pub work_dir_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            cpu_seconds: 30,
            memory_mb: 256,
            processes: 64,
            file_size_mb: 16,
            open_files: 256,
            work_dir_mb: 64,
        }
    }
}

/// A folder or file bound read-only into the sandbox at the same path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mount {
    /// Bind `path` (a real folder) read-only.
    Bind { path: String },
    /// Recreate the symbolic link `path` -> `target`.
    Symlink { path: String, target: String },
}

/// Everything the init needs; passed to it as JSON in its second argument.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Spec {
    /// Host folder whose content appears read-only at `/judge`.
    pub judge_dir: String,
    /// Empty host folder used as the mount point of the new root.
    pub root_dir: String,
    /// Host folder used as the work folder when there is no mount namespace.
    pub fallback_work_dir: String,
    /// Read-only system and interpreter paths.
    pub mounts: Vec<Mount>,
    /// The program to run and its arguments (argv[0] included). The literal
    /// `{judge}` in an argument becomes the path of the judge folder as seen inside.
    pub argv: Vec<String>,
    /// The environment, complete (nothing is inherited).
    pub env: Vec<(String, String)>,
    /// Resource limits.
    pub limits: Limits,
    /// Refuse to run with less than full isolation.
    pub require_full: bool,
}

/// How well a run was isolated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Isolation {
    /// `full`, `partial` or `none`.
    pub isolation: String,
    /// The layers that took effect.
    pub layers: Vec<String>,
}

impl Isolation {
    /// Classifies a set of active layers.
    pub fn from_layers(layers: Vec<String>) -> Self {
        let isolation = if ALL_LAYERS.iter().all(|l| layers.iter().any(|x| x == l)) {
            "full"
        } else if layers.is_empty() {
            "none"
        } else {
            "partial"
        };
        Isolation {
            isolation: isolation.to_string(),
            layers,
        }
    }

    /// The layers missing for full isolation.
    pub fn missing(&self) -> Vec<&'static str> {
        ALL_LAYERS
            .iter()
            .copied()
            .filter(|l| !self.layers.iter().any(|x| x == l))
            .collect()
    }
}

/// Exit status of the init when the sandbox itself could not be built.
pub const SETUP_FAILED: i32 = 125;
/// Exit status of the init when `require_full` refused a partial sandbox.
pub const REFUSED: i32 = 126;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_isolation() {
        let all: Vec<String> = ALL_LAYERS.iter().map(|s| s.to_string()).collect();
        assert_eq!(Isolation::from_layers(all).isolation, "full");
        let some = Isolation::from_layers(vec!["seccomp".into(), "rlimits".into()]);
        assert_eq!(some.isolation, "partial");
        assert!(some.missing().contains(&"landlock"));
        assert_eq!(Isolation::from_layers(vec![]).isolation, "none");
    }
}
