//! Progress and moving it between machines.

use crate::util::{Sandbox, T0, after, content};

fn activity(s: &Sandbox) {
    for id in [
        "class-vs-instance-attributes",
        "classmethod-vs-staticmethod",
    ] {
        s.json_at(T0, &["review", id, "easy", "--json"]);
    }
    let right = s.write(
        "right.py",
        &std::fs::read_to_string(content("exercises/fizzbuzz-stdio/reference.py")).unwrap(),
    );
    let out = s.run_at(T0, &["submit", "fizzbuzz-stdio", right.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = s.run_at(T0, &["settings", "role", "backend"]);
    assert!(out.status.success());
}

#[test]
fn stats_reflect_reviews_and_submissions() {
    let s = Sandbox::new();
    let before = s.json_at(T0, &["stats", "--json"]);
    assert_eq!(before["readiness"], 0);
    assert_eq!(before["streak"], 0);
    assert!(
        before["areas"]["core-python"]["questions"]
            .as_u64()
            .unwrap()
            > 50
    );
    assert!(before["raise"].as_array().unwrap().len() == 3);

    activity(&s);
    let now = s.json_at(T0, &["stats", "--json"]);
    assert!(now["readiness"].as_u64().unwrap() > 0);
    assert_eq!(now["areas"]["oop"]["seen"], 2);
    assert_eq!(now["areas"]["algorithms"]["accepted"], 1);
    assert_eq!(now["exercises"]["easy"]["accepted"], 1);
    assert_eq!(now["streak"], 1);
    assert_eq!(now["reviews"], 2);
    assert_eq!(
        now["days"].as_array().unwrap().last().unwrap()["reviews"],
        2
    );
    // Weeks later, without reviews, recall fades and the cards are due.
    let later = s.json_at(&after(60 * 24 * 40), &["stats", "--json"]);
    assert!(later["areas"]["oop"]["recall"].as_f64() < now["areas"]["oop"]["recall"].as_f64());
    assert_eq!(later["due_now"], 2);
    assert_eq!(later["streak"], 0);

    let text = s.run_at(T0, &["stats"]);
    let text = String::from_utf8_lossy(&text.stdout);
    for needle in [
        "Readiness",
        "oop",
        "streak 1 day",
        "What would raise readiness most",
        "█",
    ] {
        assert!(text.contains(needle), "{needle}: {text}");
    }
}

#[test]
fn export_and_import_move_progress_between_machines() {
    let a = Sandbox::new();
    activity(&a);
    let file = a.path("moving.json");
    let out = a.run_at(T0, &["export", "--output", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let b = Sandbox::new();
    let bad = b.write(
        "bad.json",
        "{\"format\": \"pyprep-export\", \"version\": 1, \"reviews\": [{\"item\": 3}]",
    );
    let out = b.run_at(T0, &["import-data", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json"));
    let other = b.write("other.json", "{\"hello\": 1}");
    let out = b.run_at(T0, &["import-data", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a pyprep export"));

    // b has a review of its own, made later than a's of the same question.
    b.json_at(
        &after(1),
        &["review", "class-vs-instance-attributes", "easy", "--json"],
    );
    let n = b.json_at(T0, &["import-data", file.to_str().unwrap(), "--json"]);
    assert_eq!(n["reviews"], 2, "{n}");
    assert_eq!(
        n["cards"], 1,
        "b's later card of the shared question stays: {n}"
    );
    assert_eq!(n["attempts"], 1);
    assert_eq!(n["settings"], 1);
    let sa = a.json_at(&after(2), &["stats", "--json"]);
    let sb = b.json_at(&after(2), &["stats", "--json"]);
    assert!(sb["readiness"].as_u64() >= sa["readiness"].as_u64());
    assert_eq!(sb["areas"]["algorithms"]["accepted"], 1);
    assert_eq!(sb["areas"]["oop"]["seen"], 2);
    assert_eq!(sb["reviews"], 3, "b keeps its own review as well");
    let again = b.json_at(T0, &["import-data", file.to_str().unwrap(), "--json"]);
    assert_eq!(
        (again["reviews"].as_u64(), again["attempts"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(b.json_at(T0, &["settings", "--json"])["role"], "backend");
}
