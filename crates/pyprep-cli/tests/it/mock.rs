//! Mock interviews through the scriptable path: every format end to end with coding
//! rounds judged for real, reports, determinism, the peer's side, bad input.

use serde_json::Value;

use crate::util::{Sandbox, T0, after, content};

fn start(s: &Sandbox, format: &str, extra: &[&str]) -> Value {
    let mut args = vec!["mock", "start", format, "--json"];
    args.extend_from_slice(extra);
    s.json_at(T0, &args)
}

fn ids(plan: &Value) -> Vec<String> {
    plan["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

/// Answers an item well: the model answer for questions, the reference for code.
fn answer_well(s: &Sandbox, now: &str, session: &str, item: &Value) -> Value {
    let n = item["item"].to_string();
    let id = item["id"].as_str().unwrap();
    if item["segment"] == "coding" {
        let file = content(&format!("exercises/{id}/reference.py"));
        s.json_at(
            now,
            &[
                "mock",
                "answer",
                session,
                &n,
                "--file",
                file.to_str().unwrap(),
                "--json",
            ],
        )
    } else {
        let shown = s.json_at(T0, &["show", id, "--json"]);
        let text = shown["answer"].as_str().unwrap().to_string();
        s.json_at(
            now,
            &["mock", "answer", session, &n, "--text", &text, "--json"],
        )
    }
}

#[test]
fn every_format_runs_end_to_end() {
    let s = Sandbox::new();
    let formats = s.json_at(T0, &["mock", "formats", "--json"]);
    let names: Vec<&str> = formats
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    for want in [
        "phone-screen",
        "technical-one-to-one",
        "system-design-round",
        "behavioral-with-pm",
        "onsite-loop",
        "take-home",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for f in formats.as_array().unwrap() {
        let format = f["id"].as_str().unwrap();
        let expected: u64 = f["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["items"].as_u64().unwrap())
            .sum();
        let plan = start(&s, format, &["--seed", "1", "--level", "mid"]);
        let session = plan["session"].as_str().unwrap().to_string();
        let items = plan["items"].as_array().unwrap().clone();
        assert_eq!(items.len() as u64, expected, "{format}");
        for item in &items {
            let r = answer_well(&s, &after(1), &session, item);
            assert_eq!(r["recorded"], true);
            if item["segment"] == "coding" {
                assert_eq!(r["verdict"], "accepted", "{format} {}: {r}", item["id"]);
                assert_eq!(r["score"], 100.0);
            } else {
                assert!(
                    r["score"].as_f64().unwrap() >= 50.0,
                    "the model answer covers its own key points: {r}"
                );
            }
        }
        let report = s.json_at(&after(2), &["mock", "finish", &session, "--json"]);
        assert_eq!(report["session"], session.as_str());
        for seg in f["rounds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["segment"].as_str().unwrap())
        {
            let score = report["segments"][seg]["score"].as_f64().unwrap();
            assert!(score >= 50.0, "{format} {seg}: {score}");
        }
        assert!(!report["next_steps"].as_array().unwrap().is_empty());
        let html = std::fs::read_to_string(report["html"].as_str().unwrap()).unwrap();
        assert!(
            html.contains("<svg")
                && html.contains("Score per segment")
                && html.contains("Trend over mocks")
        );
        let again = s.json_at(&after(3), &["mock", "report", &session, "--format", "json"]);
        assert_eq!(again["items"].as_array().unwrap().len() as u64, expected);
    }
    // A take-home is late only after its deadline (48 hours), not its working time.
    let plan = start(&s, "take-home", &["--seed", "9"]);
    assert_eq!(plan["rounds"][0]["minutes"], 48 * 60);
    let session = plan["session"].as_str().unwrap().to_string();
    let r = answer_well(&s, &after(60 * 30), &session, &plan["items"][0]);
    assert_eq!(r["overtime"], false, "{r}");
    s.json_at(&after(60 * 30), &["mock", "finish", &session, "--json"]);
    let list = s.json_at(T0, &["mock", "list", "--json"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        formats.as_array().unwrap().len() + 1
    );
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|m| m["finished"] == true)
    );
}

#[test]
fn misses_are_reported_timed_and_sent_to_the_drill_queue() {
    let s = Sandbox::new();
    let plan = start(&s, "technical-one-to-one", &["--seed", "5"]);
    let session = plan["session"].as_str().unwrap();
    let items = plan["items"].as_array().unwrap();
    let first = items[0]["id"].as_str().unwrap();
    let coding = items.iter().find(|i| i["segment"] == "coding").unwrap();
    let coding_id = coding["id"].as_str().unwrap();
    let r = s.json_at(
        &after(3),
        &[
            "mock",
            "answer",
            session,
            "1",
            "--text",
            "I am not sure, sorry.",
            "--json",
        ],
    );
    assert_eq!(r["score"], 0.0);
    assert!(!r["missed"].as_array().unwrap().is_empty());
    let starter = content(&format!("exercises/{coding_id}/starter.py"));
    // Past the theory round's 25 minutes and the coding round's 35: overtime.
    let r = s.json_at(
        &after(70),
        &[
            "mock",
            "answer",
            session,
            &coding["item"].to_string(),
            "--file",
            starter.to_str().unwrap(),
            "--json",
        ],
    );
    assert_ne!(r["verdict"], "accepted");
    assert_eq!(r["overtime"], true);
    let report = s.json_at(&after(71), &["mock", "finish", session, "--json"]);
    let steps = report["next_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(steps.contains("unanswered"), "{steps}");
    assert!(
        steps.contains(&format!("pyprep show {first} --answer")),
        "{steps}"
    );
    assert!(
        steps.contains(&format!("pyprep practice {coding_id}")),
        "{steps}"
    );
    assert!(steps.contains("ran over"), "{steps}");
    assert_eq!(report["rounds"][1]["overtime"], true);
    // The missed questions are due for drilling minutes later.
    let due = s.json_at(&after(75), &["due", "--json"]);
    let due_ids: Vec<&str> = due["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(due_ids.contains(&first), "{due}");
    let export = s.json_at(T0, &["export"]);
    assert!(
        export["reviews"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["source"] == "mock")
    );
    // A finished mock takes no more answers.
    let out = s.run_at(
        &after(80),
        &["mock", "answer", session, "2", "--text", "late"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("finished"));
    // The markdown report reads as a report.
    let md = s.run_at(&after(80), &["mock", "report", session]);
    let md = String::from_utf8_lossy(&md.stdout);
    for needle in [
        "# Mock interview",
        "## Segments",
        "## Time",
        "## Next steps",
        "✗",
    ] {
        assert!(md.contains(needle), "{needle}: {md}");
    }
}

#[test]
fn a_seed_fixes_the_items_and_the_guide_matches_a_peer_mock() {
    let s = Sandbox::new();
    let a = start(&s, "onsite-loop", &["--seed", "42", "--peer"]);
    let b = start(&s, "onsite-loop", &["--seed", "42", "--peer"]);
    assert_eq!(ids(&a), ids(&b));
    assert_ne!(a["session"], b["session"], "two sessions, two ids");
    let other = start(&s, "onsite-loop", &["--seed", "43", "--peer"]);
    assert_ne!(ids(&a), ids(&other));
    let guide = s.json_at(
        T0,
        &["mock", "guide", "onsite-loop", "--seed", "42", "--json"],
    );
    let guide_ids: Vec<String> = guide["rounds"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(guide_ids, ids(&a));
    let first = &guide["rounds"][0];
    assert!(first["opening"].as_str().unwrap().len() > 20);
    assert!(first["items"][0]["reference"].as_str().unwrap().len() > 100);
    assert!(
        !first["items"][0]["listen_for"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let text = String::from_utf8_lossy(
        &s.run_at(T0, &["mock", "guide", "onsite-loop", "--seed", "42"])
            .stdout,
    )
    .to_string();
    for needle in [
        "Interviewer's guide",
        "Open with",
        "Hints to give",
        "Reference answer",
        "Feedback form",
        "pyprep mock feedback",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}

#[test]
fn a_peers_feedback_lands_in_the_report() {
    let s = Sandbox::new();
    let plan = start(&s, "behavioral-with-pm", &["--seed", "3", "--peer"]);
    let session = plan["session"].as_str().unwrap();
    answer_well(&s, &after(1), session, &plan["items"][0]);
    let out = s.run_at(
        &after(2),
        &[
            "mock",
            "feedback",
            session,
            "--item",
            "1",
            "--score",
            "70",
            "--note",
            "Good story, vague result",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.json_at(
        &after(2),
        &[
            "mock",
            "feedback",
            session,
            "--note",
            "Confident; slow to get to the point",
            "--json",
        ],
    );
    let out = s.run_at(
        &after(2),
        &["mock", "feedback", session, "--item", "1", "--score", "140"],
    );
    assert_eq!(out.status.code(), Some(2));
    let report = s.json_at(&after(3), &["mock", "finish", session, "--json"]);
    assert_eq!(report["segments"]["behavioral"]["peer_score"], 70.0);
    assert_eq!(report["items"][0]["peer"][1], "Good story, vague result");
    assert_eq!(
        report["peer_notes"][0],
        "Confident; slow to get to the point"
    );
    let html = String::from_utf8_lossy(
        &s.run_at(&after(3), &["mock", "report", session, "--format", "html"])
            .stdout,
    )
    .to_string();
    assert!(html.contains("Peer&#x27;s notes") || html.contains("Peer's notes"));
}

#[test]
fn trend_compares_with_earlier_mocks() {
    let s = Sandbox::new();
    for (n, seed) in ["1", "2"].iter().enumerate() {
        let now = after(60 * 24 * n as i64);
        let plan = s.json_at(
            &now,
            &["mock", "start", "phone-screen", "--seed", seed, "--json"],
        );
        let session = plan["session"].as_str().unwrap().to_string();
        if n == 0 {
            for item in plan["items"].as_array().unwrap() {
                answer_well(&s, &now, &session, item);
            }
        }
        let report = s.json_at(&now, &["mock", "finish", &session, "--json"]);
        assert_eq!(report["trend"].as_array().unwrap().len(), n + 1);
        if n == 1 {
            let steps = report["next_steps"].to_string();
            assert!(steps.contains("below the previous"), "{steps}");
        }
    }
}

#[test]
fn bad_mock_input_is_refused_with_advice() {
    let s = Sandbox::new();
    let cases: [(&[&str], &str); 5] = [
        (&["mock", "start", "phone-scream"], "formats are: "),
        (
            &["mock", "answer", "nope", "1", "--text", "x"],
            "pyprep mock list",
        ),
        (&["mock", "report", "nope"], "unknown mock session"),
        (&["mock", "guide", "phone-screen"], "--seed"),
        (&["mock"], "name a format"),
    ];
    for (args, needle) in cases {
        let out = s.run_at(T0, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(needle),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let plan = start(&s, "phone-screen", &["--seed", "1"]);
    let session = plan["session"].as_str().unwrap();
    let out = s.run_at(T0, &["mock", "answer", session, "99", "--text", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("items 1 to 5"));
    let out = s.run_at(T0, &["mock", "report", session, "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_interactive_mock_is_scriptable() {
    let s = Sandbox::new();
    let mut m = s.spawn_at(T0, &["mock", "behavioral-with-pm", "--seed", "2"]);
    m.wait_for("The project manager of the team", 1);
    m.wait_for("Item 1", 1);
    m.send("I owned the migration plan, told my teammate privately what I saw, offered to pair, and we shipped on time.");
    m.send(".");
    m.wait_for("Key points found in your answer", 1);
    // Flip the first point: the user confirms what the matcher missed.
    m.send("1");
    m.wait_for("Scored", 1);
    m.wait_for("Item 2", 1);
    m.send(":q");
    let (code, out) = m.finish();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("# Mock interview: Behavioral interview with a project manager"),
        "{out}"
    );
    assert!(out.contains("The report with charts:"), "{out}");
    let list = s.json_at(T0, &["mock", "list", "--json"]);
    assert_eq!(list[0]["answered"], 1);
    assert_eq!(list[0]["finished"], true);
}
