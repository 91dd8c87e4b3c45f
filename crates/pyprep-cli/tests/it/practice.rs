//! Practising exercises: run and submit, the reference behind acceptance or a
//! recorded give-up, and watch mode reacting to a real file change.

use crate::util::{Sandbox, T0, content};

const EX: &str = "fizzbuzz-stdio";

fn reference() -> String {
    std::fs::read_to_string(content("exercises/fizzbuzz-stdio/reference.py")).expect("reference")
}

fn progress_of(s: &Sandbox, id: &str) -> serde_json::Value {
    let export = s.json_at(T0, &["export"]);
    export["progress"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["exercise"] == id)
        .cloned()
        .unwrap_or(serde_json::Value::Null)
}

#[test]
fn run_and_submit_grade_and_record_attempts() {
    let s = Sandbox::new();
    let wrong = s.write("wrong.py", "print(1)\n");
    let right = s.write("right.py", &reference());
    let out = s.run_at(T0, &["run", EX, wrong.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let run: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(run["mode"], "run");
    assert!(
        run["tests"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["hidden"] == false),
        "run shows visible tests only"
    );
    let out = s.run_at(T0, &["submit", EX, right.to_str().unwrap(), "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sub: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sub["verdict"], "accepted");
    assert_eq!(sub["solved"], true);
    assert!(
        sub["tests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["hidden"] == true)
    );
    let again = s.json_at(T0, &["submit", EX, right.to_str().unwrap(), "--json"]);
    assert_eq!(again["solved"], false, "solved once, not twice");

    let export = s.json_at(T0, &["export"]);
    let attempts = export["attempts"].as_array().unwrap();
    let modes: Vec<&str> = attempts
        .iter()
        .map(|a| a["mode"].as_str().unwrap())
        .collect();
    assert_eq!(modes, vec!["run", "submit", "submit"]);
    assert_eq!(attempts[0]["code"], "print(1)\n");
    assert!(progress_of(&s, EX)["solved_at"].is_string());
    // Once solved, the reference is not a give-up.
    let shown = s.json_at(T0, &["show", EX, "--reveal", "--json"]);
    assert!(shown["reference"].is_string());
    assert!(progress_of(&s, EX)["gave_up_at"].is_null());

    let out = s.run_at(T0, &["submit", "fizzbuzz-stdi0", right.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean fizzbuzz-stdio"));
}

#[test]
fn revealing_before_solving_is_a_recorded_give_up() {
    let s = Sandbox::new();
    let shown = s.json_at(T0, &["show", EX, "--json"]);
    assert!(shown.get("reference").is_none());
    assert!(progress_of(&s, EX).is_null(), "looking is not giving up");
    let shown = s.json_at(T0, &["show", EX, "--reveal", "--json"]);
    assert_eq!(shown["reference"].as_str().unwrap(), reference());
    let p = progress_of(&s, EX);
    assert_eq!(p["gave_up_at"], "2026-11-22T09:00:00Z");
    assert!(p["solved_at"].is_null());
}

#[test]
fn watch_mode_grades_each_save_and_keys_drive_the_rest() {
    let s = Sandbox::new();
    let mut p = s.spawn_at(T0, &["practice", EX]);
    p.wait_for("Watching", 1);
    let file = s.home().join("workspace/fizzbuzz-stdio/solution.py");
    let starter = std::fs::read_to_string(content("exercises/fizzbuzz-stdio/starter.py")).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), starter);
    assert!(
        s.home()
            .join("workspace/fizzbuzz-stdio/README.md")
            .is_file()
    );

    p.send("h");
    p.wait_for("Hint 1/3", 1);
    // Saved the way many editors do: in place (truncate, then write).
    std::fs::write(
        &file,
        "n = int(input())\nfor i in range(n):\n    print(i)\n",
    )
    .unwrap();
    p.wait_for("wrong_answer", 1);
    // And the way others do: a new file renamed over the old one.
    let tmp = file.with_extension("py.swp");
    std::fs::write(&tmp, reference()).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    p.wait_for("accepted", 1);
    p.wait_for("solved!", 1);
    p.send("a");
    p.wait_for("Reference solution", 1);
    p.send("x");
    p.wait_for("Reset", 1);
    p.send("n");
    p.wait_for("Left as it was", 1);
    p.send("q");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        reference(),
        "a refused reset keeps the file"
    );

    let progress = progress_of(&s, EX);
    assert_eq!(progress["hints_used"], 1);
    assert!(progress["solved_at"].is_string());
    assert!(
        progress["gave_up_at"].is_null(),
        "the reference after solving is no give-up"
    );
    let export = s.json_at(T0, &["export"]);
    let verdicts: Vec<&str> = export["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, vec!["wrong_answer", "accepted"]);

    // Coming back keeps the work.
    let mut p = s.spawn_at(T0, &["practice", EX, "--manual"]);
    p.wait_for("your earlier work, kept", 1);
    p.wait_for("Hints seen so far", 1);
    p.send("q");
    assert_eq!(p.finish().0, 0);
}

#[test]
fn manual_mode_grades_on_keys_and_reset_asks_first() {
    let s = Sandbox::new();
    let mut p = s.spawn_at(T0, &["practice", EX, "--manual"]);
    p.wait_for("Manual mode", 1);
    let file = s.home().join("workspace/fizzbuzz-stdio/solution.py");
    std::fs::write(&file, "print('mine')\n").unwrap();
    p.send("r");
    p.wait_for("visible tests", 1);
    p.wait_for("wrong_answer", 1);
    p.send("a");
    p.wait_for("Give up and see the reference?", 1);
    p.send("n");
    p.wait_for("Left as it was", 1);
    p.send("x");
    p.send("y");
    p.wait_for("is the starter again", 1);
    p.send("q");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    let starter = std::fs::read_to_string(content("exercises/fizzbuzz-stdio/starter.py")).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), starter);
    assert!(
        progress_of(&s, EX)["gave_up_at"].is_null(),
        "declining is not giving up"
    );
    let export = s.json_at(T0, &["export"]);
    assert_eq!(export["attempts"][0]["mode"], "run");
}

#[test]
fn practice_without_an_id_picks_an_unsolved_exercise() {
    let s = Sandbox::new();
    let mut p = s.spawn_at(
        T0,
        &[
            "practice",
            "--area",
            "algorithms",
            "--difficulty",
            "easy",
            "--manual",
        ],
    );
    p.wait_for("Manual mode", 1);
    p.send("q");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    let first = out
        .lines()
        .find(|l| l.starts_with("── "))
        .expect("header")
        .to_string();
    assert!(first.contains("algorithms · easy"), "{first}");
    let out = s.run_at(T0, &["practice", "no-such-exercise"]);
    assert_eq!(out.status.code(), Some(2));
}
