use std::path::Path;

use crate::util::Sandbox;

fn track() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exercism/exercises/practice")
}

#[test]
fn imports_a_track_and_every_reference_passes() {
    let sb = Sandbox::new();
    let into = sb.path("imported");
    let out = sb.run(&[
        "import",
        "exercism",
        track().to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["imported"],
        serde_json::json!(["shout-back", "tidy-greeting", "word-stats"])
    );

    // A stub that is missing is a reason to skip, never an empty starter.
    assert_eq!(v["skipped"][0][0], "lost-stub");
    assert!(
        v["skipped"][0][1]
            .as_str()
            .unwrap()
            .contains("lost_stub.py, which is missing")
    );
    // A refactoring exercise, whose stub already passes, is marked so.
    assert_eq!(v["starter_passes"], serde_json::json!(["tidy-greeting"]));
    let tidy = std::fs::read_to_string(into.join("tidy-greeting/exercise.toml")).unwrap();
    assert!(
        tidy.contains("starter_passes = true") && tidy.contains("difficulty = \"hard\""),
        "{tidy}"
    );
    // An example solution beside the tests (older layouts) is not shipped.
    assert!(!into.join("tidy-greeting/example.py").exists());
    // The track's name is the title; a blurb the instructions repeat is not doubled.
    let statement = std::fs::read_to_string(into.join("tidy-greeting/README.md")).unwrap();
    assert!(statement.starts_with("# Tidy Greeting\n"), "{statement}");
    assert_eq!(
        statement.matches("Refactor a greeting function.").count(),
        1,
        "{statement}"
    );

    // The helper module the tests import came along although config.json omits it.
    assert!(into.join("word-stats/stats_helpers.py").is_file());
    let statement = std::fs::read_to_string(into.join("shout-back/README.md")).unwrap();
    assert!(statement.starts_with("# Shout Back!"), "{statement}");
    assert!(
        statement.contains("nothing to shout"),
        "instructions.append.md is missing: {statement}"
    );
    let meta = std::fs::read_to_string(into.join("word-stats/exercise.toml")).unwrap();
    assert!(
        meta.contains("grading = \"unittest\"") && meta.contains("difficulty = \"medium\""),
        "{meta}"
    );

    let out = sb.run(&["dev", "check", into.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    let sol = sb.write(
        "mine.py",
        "def shout(remark):\n    return remark.upper() + '!'\n",
    );
    let out = sb.run(&[
        "judge",
        into.join("shout-back").to_str().unwrap(),
        sol.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["verdict"], "wrong_answer");
    assert_eq!(r["passed"], 2);
}

#[test]
fn import_of_a_non_exercism_folder_is_bad_input() {
    let sb = Sandbox::new();
    let out = sb.run(&[
        "import",
        "exercism",
        sb.home().to_str().unwrap(),
        "--into",
        sb.path("x").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no Exercism exercises"));
}
