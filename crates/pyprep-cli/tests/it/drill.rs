//! Drilling questions through the scriptable commands and the interactive loop.

use serde_json::Value;

use crate::util::{Sandbox, T0, after};

const Q: &str = "class-vs-instance-attributes";
const Q2: &str = "classmethod-vs-staticmethod";

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("array")
        .iter()
        .map(|e| e["id"].as_str().unwrap_or("").to_string())
        .collect()
}

fn minutes_between(a: &str, b: &str) -> i64 {
    let a = chrono::DateTime::parse_from_rfc3339(a).expect("time");
    let b = chrono::DateTime::parse_from_rfc3339(b).expect("time");
    (b - a).num_minutes()
}

#[test]
fn due_answer_and_review_follow_the_schedule() {
    let s = Sandbox::new();
    let due = s.json_at(T0, &["due", "--json"]);
    assert_eq!(due["due"], serde_json::json!([]));
    assert_eq!(due["new_available"], 10);

    let fb = s.json_at(
        T0,
        &[
            "answer",
            Q,
            "--text",
            "Class attributes are defined in the class body and shared by every instance; a list there is shared, so mutating it shows up in all instances.",
            "--json",
        ],
    );
    let covered = fb["covered"].as_array().expect("covered").len();
    let missed = fb["missed"].as_array().expect("missed").len();
    assert!(covered >= 2, "{fb}");
    assert!(missed >= 1, "{fb}");
    assert!(
        ["hard", "good"].contains(&fb["suggested_rating"].as_str().unwrap()),
        "{fb}"
    );
    let empty = s.json_at(T0, &["answer", Q, "--text", "no idea", "--json"]);
    assert_eq!(empty["suggested_rating"], "again");
    assert_eq!(empty["covered"], serde_json::json!([]));

    // A new card walks its same-day steps first.
    let r = s.json_at(T0, &["review", Q, "good", "--json"]);
    assert_eq!(r["id"], Q);
    assert_eq!(r["rating"], "good");
    assert_eq!(minutes_between(T0, r["next_due"].as_str().unwrap()), 10);
    assert!(
        s.json_at(&after(5), &["due", "--json"])["due"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let later = s.json_at(&after(11), &["due", "--json"]);
    assert_eq!(ids(&later["due"]), vec![Q.to_string()]);
    assert_eq!(later["new_today"], 1);
    assert_eq!(later["new_available"], 9);

    // Then graduates to days.
    let r = s.json_at(&after(11), &["review", Q, "good", "--json"]);
    assert!(
        minutes_between(&after(11), r["next_due"].as_str().unwrap()) >= 24 * 60,
        "{r}"
    );
    assert!(
        s.json_at(&after(12), &["due", "--json"])["due"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let next = r["next_due"].as_str().unwrap().to_string();
    assert_eq!(
        ids(&s.json_at(&next, &["due", "--json"])["due"]),
        vec![Q.to_string()]
    );
}

#[test]
fn the_interview_date_brings_cards_back_before_it() {
    let s = Sandbox::new();
    let free = s.json_at(T0, &["review", Q2, "easy", "--json"]);
    let out = s.run_at(T0, &["settings", "interview-date", "2026-11-26"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let capped = s.json_at(T0, &["review", Q, "easy", "--json"]);
    let interview = "2026-11-26T09:00:00+00:00";
    assert!(
        minutes_between(capped["next_due"].as_str().unwrap(), interview) >= 24 * 60,
        "{capped}"
    );
    assert!(
        minutes_between(
            capped["next_due"].as_str().unwrap(),
            free["next_due"].as_str().unwrap()
        ) > 0,
        "without a date, the same rating waits longer: {free} vs {capped}"
    );
    let settings = s.json_at(T0, &["settings", "--json"]);
    assert_eq!(settings["interview-date"], "2026-11-26");
}

#[test]
fn bad_input_is_refused_with_advice_and_exit_2() {
    let s = Sandbox::new();
    let cases: [(&[&str], &str); 6] = [
        (
            &["review", "class-vs-instance-attribute", "good"],
            "did you mean",
        ),
        (&["review", Q, "superb"], "again, hard, good, easy"),
        (
            &["answer", "fizzbuzz-stdio", "--text", "x"],
            "coding exercise",
        ),
        (&["answer", Q], "--text"),
        (&["settings", "desired-retention", "2"], "0.70 to 0.99"),
        (&["drill", "--kind", "exercise"], "pyprep practice"),
    ];
    for (args, needle) in cases {
        let out = s.run_at(T0, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let out = s.run_at("next tuesday", &["due"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RFC 3339"));
    // Nothing was recorded by the refused commands.
    let export = s.json_at(T0, &["export"]);
    assert_eq!(export["reviews"], serde_json::json!([]));
}

#[test]
fn the_interactive_drill_is_scriptable() {
    let s = Sandbox::new();
    let mut d = s.spawn_at(
        T0,
        &["drill", "--area", "oop", "--level", "junior", "--new", "2"],
    );
    d.wait_for("Your answer", 1);
    d.send("Class attributes are shared by all instances; instance attributes are set on self in __init__.");
    d.send(".");
    d.wait_for("Key points covered", 1);
    d.send("");
    d.wait_for("Recorded", 1);
    d.wait_for("Your answer", 2);
    d.send(":s");
    d.wait_for("Model answer", 2);
    d.send("h");
    d.wait_for("Recorded hard", 1);
    // Both cards are in a learning step now; the one due soonest comes back early.
    d.wait_for("Your answer", 3);
    d.send(":q");
    let (code, out) = d.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Session: 2 reviewed (2 new)"), "{out}");
    let export = s.json_at(T0, &["export"]);
    let reviews = export["reviews"].as_array().unwrap();
    assert_eq!(reviews.len(), 2);
    assert!(reviews.iter().all(|r| r["source"] == "drill"));
    assert!(
        reviews[0]["coverage"].as_f64().unwrap() > 0.0,
        "typed answers keep their coverage"
    );
    assert!(
        reviews[1]["coverage"].is_null(),
        "a skipped answer has none"
    );
    assert_eq!(s.json_at(T0, &["due", "--json"])["new_today"], 2);
}

fn integrity(s: &Sandbox) -> String {
    let c = rusqlite::Connection::open(s.home().join("pyprep.db")).expect("open db");
    c.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check")
}

#[test]
fn sigkill_mid_drill_loses_no_answered_review_and_corrupts_nothing() {
    let s = Sandbox::new();
    let mut d = s.spawn_at(T0, &["drill", "--area", "oop", "--new", "5"]);
    for i in 1..=3 {
        d.wait_for("Your answer", i);
        d.send("Something I remember about it.");
        d.send(".");
        d.send("g");
        d.wait_for("Recorded", i);
    }
    d.wait_for("Your answer", 4);
    d.send("half an answer, still typing");
    d.child.kill().expect("SIGKILL");
    d.child.wait().expect("reaped");
    assert_eq!(integrity(&s), "ok");
    let export = s.json_at(T0, &["export"]);
    assert_eq!(
        export["reviews"].as_array().unwrap().len(),
        3,
        "every rated card survived"
    );
    assert_eq!(export["cards"].as_array().unwrap().len(), 3);
    assert_eq!(s.json_at(T0, &["due", "--json"])["new_today"], 3);

    // Kill review commands at staggered moments while they write: each review is
    // either fully there (log entry and card) or not at all.
    let list = s.json_at(
        T0,
        &[
            "list",
            "--kind",
            "theory",
            "--area",
            "core-python",
            "--json",
        ],
    );
    let questions = ids(&list);
    let mut finished = Vec::new();
    for (i, id) in questions.iter().take(16).enumerate() {
        let mut child = s
            .cmd()
            .env("PYPREP_NOW", after(60 + i as i64))
            .args(["review", id, "good"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(3 * i as u64));
        let _ = child.kill();
        if child.wait().expect("wait").success() {
            finished.push(id.clone());
        }
    }
    assert_eq!(integrity(&s), "ok");
    let export = s.json_at(T0, &["export"]);
    let logged: std::collections::BTreeSet<String> = export["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["item"].as_str().unwrap().to_string())
        .collect();
    let carded: std::collections::BTreeSet<String> = export["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["item"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        logged, carded,
        "no review without its card, no card without its review"
    );
    for id in &finished {
        assert!(
            logged.contains(id),
            "{id} finished but its review is missing"
        );
    }
}

#[test]
fn a_database_from_a_newer_pyprep_is_refused_and_kept() {
    let s = Sandbox::new();
    s.json_at(T0, &["review", Q, "good", "--json"]);
    let db = s.home().join("pyprep.db");
    let c = rusqlite::Connection::open(&db).expect("open");
    c.pragma_update(None, "user_version", 99)
        .expect("set version");
    drop(c);
    let out = s.run_at(T0, &["due"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("newer") && err.contains("upgrade pyprep"),
        "{err}"
    );
    let c = rusqlite::Connection::open(&db).expect("open");
    let n: i64 = c
        .query_row("SELECT count(*) FROM reviews", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 1, "the newer database was left alone");
}

#[test]
fn a_card_just_failed_does_not_come_straight_back() {
    let s = Sandbox::new();
    let mut d = s.spawn_at(T0, &["drill", "--area", "oop", "--new", "1"]);
    d.wait_for("Your answer", 1);
    d.send(":s");
    d.send("a");
    let (code, out) = d.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Session: 1 reviewed (1 new)"), "{out}");
    assert!(out.contains("Next review due in 1 min"), "{out}");
}
