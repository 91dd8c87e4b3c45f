use crate::util::{Sandbox, fixture, python_has};

#[test]
fn dev_check_passes_the_fixture_exercises() {
    let sb = Sandbox::new();
    let mut args = vec!["dev", "check", "--json"];
    let paths: Vec<String> = ["fx-add", "fx-counter", "fx-sum-stdio", "fx-calc-unittest"]
        .iter()
        .map(|n| fixture(n).display().to_string())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    let out = sb.run(&args);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{v:#}");
    assert_eq!(v["ok"], true);
    assert_eq!(v["summary"]["exercises"], 4);
    // reference + starter for each, plus fx-add's wrong solution
    assert_eq!(v["summary"]["judged"], 9);
}

#[test]
fn dev_check_finds_a_reference_that_fails_and_a_wrong_solution_that_passes() {
    let sb = Sandbox::new();
    let dir = sb.path("fx-add");
    crate::judge::copy_dir(&fixture("fx-add"), &dir);
    std::fs::write(
        dir.join("reference.py"),
        "def add(a, b):\n    return a - b\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("wrong/subtract.py"),
        "def add(a, b):\n    return a + b\n",
    )
    .unwrap();
    let out = sb.run(&["dev", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("reference.py: the reference is not accepted: wrong_answer"),
        "{text}"
    );
    assert!(
        text.contains(
            "wrong/subtract.py: this wrong solution should get wrong_answer but got accepted"
        ),
        "{text}"
    );
}

#[test]
fn dev_check_runs_question_code_blocks() {
    let sb = Sandbox::new();
    let words = "word ".repeat(90);
    let q = |id: &str, code: &str, out: &str| {
        format!(
            "+++\nformat_version = 1\nid = \"{id}\"\nkind = \"theory\"\nprompt = \"Q?\"\narea = \"core-python\"\ntopics = [\"t\"]\nlevel = \"junior\"\nroles = [\"general\"]\n[[key_points]]\ntext = \"a\"\nterms = [\"a\"]\n[[key_points]]\ntext = \"b\"\nterms = [\"b\"]\n[[key_points]]\ntext = \"c\"\nterms = [\"c\"]\n+++\n{words}\n\n```python\n{code}\n```\n\n```output\n{out}\n```\n"
        )
    };
    sb.write(
        "pack/core-python/good-block.md",
        &q("good-block", "print(sum(range(4)))", "6"),
    );
    sb.write(
        "pack/core-python/bad-output.md",
        &q("bad-output", "print(1 + 1)", "3"),
    );
    sb.write("pack/core-python/raises.md", &q("raises", "1 / 0", ""));
    let out = sb.run(&["dev", "check", sb.path("pack").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("bad-output.md:22: python block printed something else"),
        "{text}"
    );
    assert!(text.contains("raises.md:22: python block failed"), "{text}");
    assert!(text.contains("ZeroDivisionError"), "{text}");
    assert!(!text.contains("good-block"), "{text}");
}

#[test]
fn dev_check_reports_malformed_metadata_with_lines() {
    let sb = Sandbox::new();
    let dir = sb.path("fx-add");
    crate::judge::copy_dir(&fixture("fx-add"), &dir);
    let toml = std::fs::read_to_string(dir.join("exercise.toml"))
        .unwrap()
        .replace("difficulty = \"easy\"", "difficulty = \"trivial\"");
    std::fs::write(dir.join("exercise.toml"), toml).unwrap();
    let out = sb.run(&["dev", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("exercise.toml:7:"), "{text}");
    assert!(text.contains("trivial"), "{text}");
}

#[test]
fn the_builtin_bank_passes_dev_check() {
    // The whole bank is checked by `.ci/run` (`pyprep dev check`); here only its
    // metadata, which needs no interpreter, through `list`.
    let sb = Sandbox::new();
    let out = sb.run(&["list", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.as_array().unwrap().len() > 5);
    let _ = python_has("numpy");
}

#[test]
fn dev_check_rejects_related_ids_that_do_not_exist() {
    let sb = Sandbox::new();
    let dir = sb.path("fx-add");
    crate::judge::copy_dir(&fixture("fx-add"), &dir);
    let toml = std::fs::read_to_string(dir.join("exercise.toml")).unwrap().replace(
        "time_limit_ms = 1000",
        "time_limit_ms = 1000\nrelated = [\"what-is-a-namespace-python\", \"no-such-question\"]",
    );
    std::fs::write(dir.join("exercise.toml"), toml).unwrap();
    let out = sb.run(&["dev", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("related names no-such-question"), "{text}");
    assert!(!text.contains("what-is-a-namespace-python"), "{text}");
}
