use serde_json::Value;

use crate::util::{Sandbox, fixture, python_has, test_verdicts, verdict};

#[test]
fn accepted_has_the_contract_shape() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge("fx-add", "def add(a, b):\n    return a + b\n");
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(verdict(&r), "accepted");
    assert_eq!(
        (
            r["passed"].as_u64(),
            r["failed"].as_u64(),
            r["total"].as_u64()
        ),
        (Some(3), Some(0), Some(3))
    );
    assert_eq!(r["exercise"], "fx-add");
    assert_eq!(r["trusted"], true);
    assert!(r["time_ms"].is_number());
    let t = &r["tests"][0];
    for key in ["name", "verdict", "time_ms", "hidden", "message", "stdout"] {
        assert!(t.get(key).is_some(), "test entry lacks {key}: {t}");
    }
    let iso = r["sandbox"]["isolation"].as_str().unwrap();
    assert!(["full", "partial", "none"].contains(&iso));
    assert!(r["sandbox"]["layers"].is_array());
}

#[test]
fn wrong_answer_shows_expected_and_got_but_hides_hidden_tests() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge(
        "fx-add",
        "def add(a, b):\n    print('debug', a, b)\n    return a * b\n",
    );
    assert_eq!(code, 1);
    assert_eq!(verdict(&r), "wrong_answer");
    let small = &r["tests"][0];
    assert_eq!(small["verdict"], "failed");
    assert_eq!(small["message"], "expected 3, got 2");
    assert_eq!(small["stdout"], "debug 1 2\n");
    let hidden = &r["tests"][2];
    assert_eq!(hidden["hidden"], true);
    assert_eq!(hidden["verdict"], "failed");
    assert_eq!(hidden["message"], Value::Null);
    assert_eq!(hidden["stdout"], "");
    let text = r.to_string();
    assert!(
        !text.contains("-3"),
        "a hidden expected value leaked: {text}"
    );
}

#[test]
fn runtime_error_shows_only_the_users_frames() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge(
        "fx-add",
        "def helper(x):\n    return x[10]\n\ndef add(a, b):\n    return helper([a, b])\n",
    );
    assert_eq!(verdict(&r), "runtime_error");
    let msg = r["tests"][0]["message"].as_str().unwrap();
    assert!(msg.contains("solution.py\", line 2, in helper"), "{msg}");
    assert!(msg.contains("IndexError: list index out of range"), "{msg}");
    assert!(!msg.contains("harness"), "harness frames leaked: {msg}");
}

#[test]
fn syntax_error_points_at_the_line() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge("fx-add", "def add(a, b)\n    return a + b\n");
    assert_eq!(code, 1);
    assert_eq!(verdict(&r), "syntax_error");
    assert!(r["message"].as_str().unwrap().contains("line 1"), "{r:#}");
}

#[test]
fn time_limit_stops_one_test_and_the_rest_still_run() {
    let sb = Sandbox::new();
    let code =
        "def add(a, b):\n    if a == 0:\n        while True:\n            pass\n    return a + b\n";
    let (r, _) = sb.judge("fx-add", code);
    assert_eq!(verdict(&r), "time_limit_exceeded");
    assert_eq!(
        test_verdicts(&r),
        vec![
            ("small".into(), "passed".into()),
            ("zero".into(), "timeout".into()),
            ("negative".into(), "passed".into())
        ]
    );
}

#[test]
fn memory_limit_is_a_verdict() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge("fx-add", "def add(a, b):\n    block = []\n    while True:\n        block.append(bytearray(10 ** 7))\n");
    assert_eq!(verdict(&r), "memory_limit_exceeded", "{r:#}");
}

#[test]
fn output_flood_is_a_verdict() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge(
        "fx-add",
        "def add(a, b):\n    while True:\n        print('x' * 1000)\n",
    );
    assert_eq!(verdict(&r), "output_limit_exceeded", "{r:#}");
    let (r, _) = sb.judge(
        "fx-add",
        "import os\ndef add(a, b):\n    while True:\n        os.write(1, b'y' * 65536)\n",
    );
    assert_eq!(verdict(&r), "output_limit_exceeded", "{r:#}");
}

#[test]
fn printed_output_is_capped_with_a_marker() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge(
        "fx-add",
        "def add(a, b):\n    print('z' * 5000)\n    return 0\n",
    );
    let out = r["tests"][0]["stdout"].as_str().unwrap();
    assert!(
        out.len() < 2100 && out.ends_with("[output truncated]"),
        "{out}"
    );
}

#[test]
fn call_sequences_drive_a_class() {
    let sb = Sandbox::new();
    let reference = std::fs::read_to_string(fixture("fx-counter").join("reference.py")).unwrap();
    let (r, code) = sb.judge("fx-counter", &reference);
    assert_eq!((verdict(&r), code), ("accepted", 0), "{r:#}");
    let (r, _) = sb.judge(
        "fx-counter",
        &reference.replace("self.n += by", "self.n += by + 1"),
    );
    assert_eq!(verdict(&r), "wrong_answer");
    assert_eq!(r["tests"][0]["message"], "call 2 inc(1): expected 3, got 4");
}

#[test]
fn stdio_compares_output_outside() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge(
        "fx-sum-stdio",
        "import sys\nnums = sys.stdin.read().split()[1:]\nprint(sum(map(int, nums)), '  ')\n",
    );
    assert_eq!((verdict(&r), code), ("accepted", 0), "{r:#}");
    let (r, _) = sb.judge("fx-sum-stdio", "input()\nprint(0)\n");
    assert_eq!(verdict(&r), "wrong_answer");
    assert!(
        r["tests"][0]["message"]
            .as_str()
            .unwrap()
            .contains("expected output:\n6")
    );
}

#[test]
fn unittest_runs_tests_with_helpers_and_hides_hidden_modules() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge(
        "fx-calc-unittest",
        "from helpers import identity\n\ndef mul(a, b):\n    return identity(a * b)\n",
    );
    assert_eq!((verdict(&r), code), ("accepted", 0), "{r:#}");
    assert_eq!(r["trusted"], false);
    assert_eq!(r["total"], 3);
    let (r, _) = sb.judge(
        "fx-calc-unittest",
        "def mul(a, b):\n    return abs(a * b)\n",
    );
    assert_eq!(verdict(&r), "wrong_answer");
    let hidden = r["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["hidden"] == true)
        .unwrap();
    assert_eq!(hidden["verdict"], "failed");
    assert_eq!(hidden["message"], Value::Null);
}

#[test]
fn zero_tests_is_never_accepted() {
    let sb = Sandbox::new();
    let (r, code) = sb.judge("fx-no-tests", "X = 1\n");
    assert_eq!(code, 1);
    assert_eq!(verdict(&r), "no_tests");
}

#[test]
fn numpy_works_inside_the_sandbox() {
    if !python_has("numpy") {
        eprintln!("skipped: numpy is not installed for this interpreter");
        return;
    }
    let sb = Sandbox::new();
    let (r, code) = sb.judge(
        "fx-numpy",
        "import numpy as np\n\ndef reverse(xs):\n    return np.flip(np.array(xs))\n",
    );
    assert_eq!((verdict(&r), code), ("accepted", 0), "{r:#}");
}

#[test]
fn missing_packages_say_what_to_install() {
    let sb = Sandbox::new();
    let dir = sb.path("needs");
    copy_dir(&fixture("fx-numpy"), &dir);
    let toml = dir.join("exercise.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("[\"numpy\"]", "[\"surely-not-installed-pkg\"]");
    std::fs::write(&toml, text).unwrap();
    let sol = sb.write("s.py", "def reverse(xs):\n    return xs[::-1]\n");
    let out = sb.run(&["judge", dir.to_str().unwrap(), sol.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("surely-not-installed-pkg") && err.contains("pip install"),
        "{err}"
    );
}

#[test]
fn bad_input_exits_2_with_a_hint() {
    let sb = Sandbox::new();
    let sol = sb.write("s.py", "x = 1\n");
    let out = sb.run(&["judge", "no-such-exercise-id", sol.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown exercise"));
    let out = sb.run(&[
        "judge",
        fixture("fx-add").to_str().unwrap(),
        "/nonexistent/file.py",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/file.py"));
    let out = sb.run(&["judge", "--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn malformed_exercise_reports_file_and_line() {
    let sb = Sandbox::new();
    let dir = sb.path("broken");
    copy_dir(&fixture("fx-add"), &dir);
    std::fs::write(dir.join("cases.json"), "[\n  {\"name\": \"a\", \"args\": [1, 2], \"expected\": 3},\n  {\"name\": \"b\", \"args\": [1 2]}\n]").unwrap();
    let sol = sb.write("s.py", "def add(a, b):\n    return a + b\n");
    let out = sb.run(&["judge", dir.to_str().unwrap(), sol.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cases.json:3:"), "{err}");
}

#[test]
fn require_sandbox_refuses_or_runs_fully() {
    let sb = Sandbox::new();
    let file = sb.write("s.py", "def add(a, b):\n    return a + b\n");
    let out = sb.run(&[
        "judge",
        fixture("fx-add").to_str().unwrap(),
        file.to_str().unwrap(),
        "--json",
        "--require-sandbox",
    ]);
    match out.status.code() {
        Some(0) => {
            let r: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(r["sandbox"]["isolation"], "full");
        }
        Some(2) => assert!(
            String::from_utf8_lossy(&out.stderr).contains("full isolation is not available")
        ),
        other => panic!("unexpected exit {other:?}"),
    }
}

#[test]
fn the_report_reads_well() {
    let sb = Sandbox::new();
    let (mut r, _) = sb.judge("fx-add", "def add(a, b):\n    return a - b\n");
    for key in ["time_ms", "wall_ms", "sandbox", "warnings"] {
        r[key] = Value::String(format!("[{key}]"));
    }
    for t in r["tests"].as_array_mut().unwrap() {
        t["time_ms"] = Value::String("[time_ms]".into());
    }
    insta::assert_snapshot!(serde_json::to_string_pretty(&r).unwrap());
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn setup_python_makes_an_environment_the_judge_then_uses() {
    let sb = Sandbox::new();
    let out = sb.run(&["setup", "python", "--packages", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let python = v["python"].as_str().unwrap().to_string();
    assert!(python.starts_with(sb.home().to_str().unwrap()), "{python}");
    // The fresh environment has no NumPy: the judge says how to get it.
    let sol = sb.write("s.py", "def reverse(xs):\n    return xs[::-1]\n");
    let out = sb
        .cmd()
        .env_remove("PYPREP_PYTHON")
        .args([
            "judge",
            fixture("fx-numpy").to_str().unwrap(),
            sol.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("numpy") && err.contains(&python) && err.contains("pyprep setup python"),
        "{err}"
    );
    let (r, code) = sb.judge("fx-add", "def add(a, b):\n    return a + b\n");
    assert_eq!((verdict(&r), code), ("accepted", 0));
}

#[test]
fn per_exercise_limits_apply() {
    let sb = Sandbox::new();
    let dir = sb.path("tight");
    copy_dir(&fixture("fx-add"), &dir);
    let toml = dir.join("exercise.toml");
    let text =
        std::fs::read_to_string(&toml).unwrap() + "\n[limits]\noutput_kb = 4\nfile_size_mb = 1\n";
    std::fs::write(&toml, text).unwrap();
    let sol = sb.write(
        "s.py",
        "def add(a, b):\n    print('x' * 8000)\n    return a + b\n",
    );
    let out = sb.run(&[
        "judge",
        dir.to_str().unwrap(),
        sol.to_str().unwrap(),
        "--json",
    ]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verdict(&r), "output_limit_exceeded", "{r:#}");
    let sol = sb.write("s.py", "def add(a, b):\n    try:\n        open('big', 'wb').write(b'x' * (2 << 20))\n        return 'WROTE'\n    except OSError:\n        return a + b\n");
    let out = sb.run(&[
        "judge",
        dir.to_str().unwrap(),
        sol.to_str().unwrap(),
        "--json",
    ]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verdict(&r), "accepted", "{r:#}");
}

#[test]
fn the_compiled_harness_is_cached_and_a_broken_cache_is_rebuilt() {
    let sb = Sandbox::new();
    let (r, _) = sb.judge("fx-add", "def add(a, b):\n    return a + b\n");
    assert_eq!(verdict(&r), "accepted");
    let cached: Vec<_> = std::fs::read_dir(sb.home().join("cache"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pyc"))
        .collect();
    assert_eq!(cached.len(), 1, "{cached:?}");
    std::fs::write(&cached[0], b"garbage").unwrap();
    let (r, _) = sb.judge("fx-add", "def add(a, b):\n    return a + b\n");
    assert_eq!(verdict(&r), "accepted", "{r:#}");
    assert!(std::fs::read(&cached[0]).unwrap().len() > 16);
}
