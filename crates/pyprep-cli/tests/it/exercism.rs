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
        serde_json::json!(["shout-back", "word-stats"])
    );

    // The helper module the tests import came along although config.json omits it.
    assert!(into.join("word-stats/stats_helpers.py").is_file());
    let statement = std::fs::read_to_string(into.join("shout-back/README.md")).unwrap();
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
