//! Submissions that try to escape, cheat or take the machine down. Each asserts both
//! containment and the verdict.

use std::io::Read;
use std::net::TcpListener;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::util::{Sandbox, bin, fixture, processes_matching, verdict};

#[test]
fn fork_bomb_is_contained() {
    let sb = Sandbox::new();
    let started = Instant::now();
    let marker = "424242421";
    let src = format!(
        "import os\ndef add(a, b):\n    while True:\n        try:\n            if os.fork() == 0:\n                try:\n                    os.execv('/bin/sleep', ['sleep', '{marker}'])\n                finally:\n                    os._exit(0)\n        except OSError:\n            pass\n"
    );
    let (r, _) = sb.judge("fx-add", &src);
    assert_ne!(verdict(&r), "accepted");
    assert!(started.elapsed() < Duration::from_secs(60));
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        processes_matching(&format!("sleep {marker}")).is_empty(),
        "fork bomb processes survived"
    );
}

#[test]
fn memory_bomb_at_import_is_a_memory_verdict() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge(
        "fx-add",
        "hog = bytearray(8 * 1024 ** 3)\ndef add(a, b):\n    return a + b\n",
    );
    assert_eq!(verdict(&r), "memory_limit_exceeded", "{r:#}");
}

#[test]
fn sleeping_is_stopped_by_the_wall_clock() {
    let sb = Sandbox::new();
    let started = Instant::now();
    let (r, _) = sb.judge(
        "fx-add",
        "import time\ndef add(a, b):\n    time.sleep(1000)\n",
    );
    assert_eq!(verdict(&r), "time_limit_exceeded");
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[test]
fn infinite_loop_at_import_times_out() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge("fx-add", "while True:\n    pass\n");
    assert_eq!(verdict(&r), "time_limit_exceeded", "{r:#}");
}

#[test]
fn writing_outside_the_work_dir_fails() {
    let sb = Sandbox::new();
    let target = sb.path("escaped.txt");
    let src = format!(
        "import os\ndef add(a, b):\n    for p in [{:?}, '/judge/src/solution.py', '/etc/pyprep-owned', '/usr/pyprep-owned']:\n        try:\n            open(p, 'w').write('owned')\n            return 'WROTE ' + p\n        except OSError:\n            pass\n    open('scratch.txt', 'w').write('fine')\n    return a + b\n",
        target.to_str().unwrap()
    );
    let (r, _) = sb.judge("fx-add", &src);
    assert_eq!(
        verdict(&r),
        "accepted",
        "a write outside /work succeeded: {r:#}"
    );
    assert!(!target.exists());
    assert!(!std::path::Path::new("/etc/pyprep-owned").exists());
}

#[test]
fn planted_secrets_cannot_be_read() {
    let sb = Sandbox::new();
    let secret = "TOP-SECRET-7c1d";
    let in_home = sb.home().join("pyprep.db");
    std::fs::write(&in_home, secret).unwrap();
    let beside = sb.path("secret.txt");
    std::fs::write(&beside, secret).unwrap();
    let src = format!(
        "import os\ndef add(a, b):\n    found = []\n    for p in [{:?}, {:?}, '/root/.bash_history', os.path.expanduser('~/.ssh/id_rsa')]:\n        try:\n            found.append(open(p).read())\n        except OSError:\n            pass\n    for k, v in os.environ.items():\n        found.append(k + '=' + v)\n    print(found)\n    return a + b\n",
        in_home.to_str().unwrap(),
        beside.to_str().unwrap()
    );
    let (r, _) = sb.judge("fx-add", &src);
    let text = r.to_string();
    assert!(!text.contains(secret), "a secret leaked: {text}");
    assert!(
        !text.contains("PYPREP_HOME"),
        "the environment leaked: {text}"
    );
    assert_eq!(verdict(&r), "accepted");
}

#[test]
fn sockets_are_refused() {
    let sb = Sandbox::new();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let src = format!(
        "import socket\ndef add(a, b):\n    try:\n        socket.create_connection(('127.0.0.1', {port}), timeout=1).sendall(b'hi')\n        return 'CONNECTED'\n    except OSError:\n        return a + b\n"
    );
    let (r, _) = sb.judge("fx-add", &src);
    assert_eq!(verdict(&r), "accepted", "{r:#}");
    let mut buf = [0u8; 8];
    match listener.accept() {
        Ok((mut s, _)) => panic!("the sandbox connected: {:?}", s.read(&mut buf)),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock),
    }
}

#[test]
fn killing_the_parent_does_not_crash_the_judge() {
    let sb = Sandbox::new();
    let src = "import os, signal\ndef add(a, b):\n    for pid in [os.getppid(), 1] + list(range(2, 300)):\n        try:\n            os.kill(pid, signal.SIGKILL)\n        except OSError:\n            pass\n    return a + b\n";
    let (r, code) = sb.judge("fx-add", src);
    assert!(code == 0 || code == 1, "{r:#}");
    assert_ne!(verdict(&r), "internal_error");
}

#[test]
fn daemons_die_with_the_run() {
    let sb = Sandbox::new();
    let marker = "987654321";
    let src = format!(
        "import os, subprocess\ndef add(a, b):\n    if os.fork() == 0:\n        os.setsid()\n        if os.fork() == 0:\n            os.execv('/bin/sleep', ['sleep', '{marker}'])\n        os._exit(0)\n    subprocess.Popen(['/bin/sleep', '{marker}'], start_new_session=True)\n    return a + b\n"
    );
    let (r, _) = sb.judge("fx-add", &src);
    assert_eq!(verdict(&r), "accepted", "{r:#}");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        processes_matching(&format!("sleep {marker}")).is_empty(),
        "a daemon survived the run"
    );
}

#[test]
fn forged_results_do_not_count() {
    let sb = Sandbox::new();
    let src = "import os, sys, json\ndef add(a, b):\n    for i in range(3):\n        os.write(3, (json.dumps({'t': 'end', 'i': i, 'status': 'ok', 'value': 3, 'verdict': 'passed'}) + '\\n').encode())\n    os.write(3, b'{\"t\": \"done\"}\\n')\n    sys.__stdout__.write(json.dumps({'verdict': 'accepted'}))\n    return 0\n";
    let (r, _) = sb.judge("fx-add", src);
    assert_ne!(verdict(&r), "accepted", "{r:#}");
    assert_eq!(r["tests"][0]["verdict"], "failed", "{r:#}");
    assert_eq!(r["tests"][0]["message"], "expected 3, got 0");
    assert_eq!(r["tests"][1]["verdict"], "passed", "{r:#}");
}

#[test]
fn forged_progress_records_cannot_hold_off_the_clock() {
    let sb = Sandbox::new();
    let started = Instant::now();
    let src = "import os, time, json\ndef add(a, b):\n    while True:\n        time.sleep(0.2)\n        os.write(3, (json.dumps({'t': 'start', 'i': 0}) + '\\n').encode())\n";
    let (r, _) = sb.judge("fx-add", src);
    assert_eq!(verdict(&r), "time_limit_exceeded", "{r:#}");
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn equality_tricks_cannot_fake_a_pass() {
    let sb = Sandbox::new();
    let src = "class Anything:\n    def __eq__(self, other):\n        return True\n    def __hash__(self):\n        return 0\n\ndef add(a, b):\n    return Anything()\n";
    let (r, _) = sb.judge("fx-add", src);
    assert_eq!(verdict(&r), "wrong_answer", "{r:#}");
    assert!(
        r["tests"][0]["message"]
            .as_str()
            .unwrap()
            .contains("cannot compare")
    );
}

#[test]
fn monkeypatching_unittest_is_caught() {
    let sb = Sandbox::new();
    let src = "import unittest\nunittest.TestCase.assertEqual = lambda self, *a, **k: None\n\ndef mul(a, b):\n    return 0\n";
    let (r, _) = sb.judge("fx-calc-unittest", src);
    assert_eq!(verdict(&r), "runtime_error", "{r:#}");
    assert!(
        r["message"]
            .as_str()
            .unwrap()
            .contains("modified the test framework"),
        "{r:#}"
    );
}

#[test]
fn exiting_early_is_not_a_pass() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge("fx-add", "import os\ndef add(a, b):\n    os._exit(0)\n");
    assert_eq!(verdict(&r), "runtime_error", "{r:#}");
    let (r, _) = sb.judge("fx-calc-unittest", "import sys\nsys.exit(0)\n");
    assert_ne!(verdict(&r), "accepted", "{r:#}");
}

/// CI runs as root: run the judge as an ordinary user too, with the same isolation.
#[test]
fn an_ordinary_user_gets_the_same_sandbox() {
    if !nix_is_root() || !std::path::Path::new("/usr/bin/setpriv").exists() {
        eprintln!("skipped: needs root (to become an ordinary user) and setpriv");
        return;
    }
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(python) = python else {
        eprintln!("skipped: no system python3 an ordinary user can run");
        return;
    };
    let sb = Sandbox::new();
    let _ = Command::new("chmod")
        .args(["-R", "a+rX", sb.dir.path().to_str().unwrap()])
        .status();
    let _ = Command::new("chown")
        .args(["-R", "65534:65534", sb.home().to_str().unwrap()])
        .status();
    let sol = sb.write(
        "s.py",
        "import os\ndef add(a, b):\n    assert os.getuid() == 1000\n    return a + b\n",
    );
    let _ = Command::new("chmod")
        .args(["a+r", sol.to_str().unwrap()])
        .status();
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(bin())
        .args([
            "judge",
            fixture("fx-add").to_str().unwrap(),
            sol.to_str().unwrap(),
            "--json",
        ])
        .env("PYPREP_HOME", sb.home())
        .env("PYPREP_PYTHON", python)
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert_eq!(verdict(&r), "accepted", "{r:#}");
    eprintln!("as an ordinary user: {}", r["sandbox"]);
}

fn nix_is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn only_the_harness_descriptors_are_open() {
    let sb = Sandbox::new();
    let src = "import os\ndef add(a, b):\n    fds = sorted(int(f) for f in os.listdir('/proc/self/fd'))\n    print(fds)\n    return a + b if all(f <= 3 for f in fds[:-1]) else fds\n";
    let (r, _) = sb.judge("fx-add", src);
    assert_eq!(verdict(&r), "accepted", "{r:#}");
}

#[test]
fn ending_the_run_early_cannot_skip_hidden_tests() {
    let sb = Sandbox::new();
    // Answers the visible case from the statement, forges the end of the run and
    // leaves before the hidden case could run.
    let src = "import os, json\ndef add(a, b):\n    os.write(3, (json.dumps({'t': 'end', 'i': 0, 'status': 'ok', 'value': 3}) + '\\n').encode())\n    os.write(3, b'{\"t\": \"done\"}\\n')\n    os._exit(0)\n";
    let (r, _) = sb.judge("fx-add", src);
    assert_ne!(verdict(&r), "accepted", "{r:#}");
    assert_eq!(r["tests"][2]["verdict"], "error", "{r:#}");
}

/// Where namespaces are refused, the judge runs with the other layers, says so, and
/// `--require-sandbox` refuses.
#[test]
fn without_namespaces_the_judge_degrades_honestly() {
    if std::env::consts::ARCH != "x86_64" {
        eprintln!("skipped: the unshare-refusing wrapper is x86-64 only");
        return;
    }
    let python = if nix_is_root() {
        match ["/usr/bin/python3", "/usr/local/bin/python3"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
        {
            Some(p) => p.to_string(),
            None => {
                eprintln!("skipped: root drops to nobody here, which needs a system python3");
                return;
            }
        }
    } else {
        std::env::var("PYPREP_PYTHON").unwrap_or_else(|_| "python3".into())
    };
    let sb = Sandbox::new();
    let wrapper = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tools/without_namespaces.py");
    let marker = "66554433";
    let src = format!(
        "import os, subprocess, tempfile\ndef add(a, b):\n    subprocess.Popen(['/bin/sleep', '{marker}'], start_new_session=True)\n    try:\n        open('/root/.bashrc').read()\n        return 'READ'\n    except OSError:\n        pass\n    with tempfile.NamedTemporaryFile() as f:\n        f.write(b'x')\n    return a + b\n"
    );
    let sol = sb.write("s.py", &src);
    let run = |extra: &[&str]| {
        let mut cmd = Command::new("python3");
        cmd.arg(&wrapper).arg(bin()).args([
            "judge",
            fixture("fx-add").to_str().unwrap(),
            sol.to_str().unwrap(),
            "--json",
        ]);
        cmd.args(extra)
            .env("PYPREP_HOME", sb.home())
            .env("PYPREP_PYTHON", &python);
        cmd.output().unwrap()
    };
    let out = run(&[]);
    let r: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(verdict(&r), "accepted", "{r:#}");
    assert_eq!(r["sandbox"]["isolation"], "partial");
    assert!(
        !r["sandbox"]["layers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "user-namespace")
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("namespaces unavailable"));
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        processes_matching(&format!("sleep {marker}")).is_empty(),
        "a daemon survived"
    );
    let out = run(&["--require-sandbox"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("full isolation is not available"));
}
