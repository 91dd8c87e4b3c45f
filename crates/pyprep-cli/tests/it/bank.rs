use serde_json::Value;

use crate::util::Sandbox;

fn json(sb: &Sandbox, args: &[&str]) -> Value {
    let out = sb.run(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn list_filters_and_carries_the_contract_fields() {
    let sb = Sandbox::new();
    let all = json(&sb, &["list", "--json"]);
    let items = all.as_array().unwrap();
    for it in items {
        for key in ["id", "kind", "area", "topics"] {
            assert!(it.get(key).is_some(), "{key} missing in {it}");
        }
        assert!(it.get("title").is_some() || it.get("prompt").is_some());
        match it["kind"].as_str().unwrap() {
            "exercise" => assert!(
                it.get("difficulty").is_some()
                    && it.get("grading").is_some()
                    && it.get("requires").is_some()
            ),
            _ => assert!(it.get("level").is_some()),
        }
    }
    let design = json(&sb, &["list", "--kind", "design", "--json"]);
    assert!(
        design
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["kind"] == "design" && i["area"] == "system-design")
    );
    let senior_oop = json(
        &sb,
        &["list", "--area", "oop", "--level", "senior", "--json"],
    );
    assert!(
        senior_oop
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["area"] == "oop" && i["level"] == "senior")
    );
    let out = sb.run(&["list", "--kind", "poetry"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn search_ranks_the_seed_question_first_despite_typos() {
    let sb = Sandbox::new();
    for (query, want) in [
        (
            "How does a linked list work?",
            "how-does-a-linked-list-work",
        ),
        ("What is a namespace?", "what-is-a-namespace-python"),
    ] {
        let found = json(&sb, &["search", query, "--json"]);
        let first = &found[0];
        assert_eq!(first["id"], want, "{query}: {found:#}");
        assert!(first["score"].as_f64().unwrap() > 0.0);
    }
    // With a typo the exact phrase is gone, but the question is still near the top.
    let found = json(&sb, &["search", "what are docstrngs", "--json"]);
    let top: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(top.contains(&"what-are-docstrings"), "{top:?}");
    let none = json(&sb, &["search", "qqqzzzxxx", "--json"]);
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn show_keeps_the_answer_back_until_asked() {
    let sb = Sandbox::new();
    let out = sb.run(&["show", "what-is-a-namespace-python"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("--answer") && !text.contains("Key points"),
        "{text}"
    );
    let out = sb.run(&["show", "what-is-a-namespace-python", "--answer"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Key points"));
    let q = json(&sb, &["show", "what-is-a-namespace-python", "--json"]);
    for key in [
        "id",
        "kind",
        "prompt",
        "area",
        "topics",
        "level",
        "roles",
        "key_points",
        "answer",
    ] {
        assert!(q.get(key).is_some(), "{key} missing");
    }
}

#[test]
fn show_exercise_reveals_the_reference_only_on_request() {
    let sb = Sandbox::new();
    let list = json(&sb, &["list", "--kind", "exercise", "--json"]);
    let id = list[0]["id"].as_str().unwrap().to_string();
    let e = json(&sb, &["show", &id, "--json"]);
    assert!(e.get("statement").is_some() && e.get("starter").is_some());
    assert!(e.get("reference").is_none());
    assert!(e.to_string().find("\"hidden\": true").is_none());
    let e = json(&sb, &["show", &id, "--json", "--reveal"]);
    assert!(e["reference"].as_str().is_some_and(|r| !r.is_empty()));
}

#[test]
fn unknown_ids_suggest_the_closest() {
    let sb = Sandbox::new();
    let out = sb.run(&["show", "what-is-a-namespace-pyton"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("did you mean what-is-a-namespace-python"),
        "{err}"
    );
}

#[test]
fn areas_count_every_item() {
    let sb = Sandbox::new();
    let counts = json(&sb, &["areas", "--json"]);
    let list = json(&sb, &["list", "--json"]);
    assert_eq!(
        counts["total"].as_u64().unwrap() as usize,
        list.as_array().unwrap().len()
    );
    assert!(counts["areas"]["core-python"]["theory"].as_u64().unwrap() >= 80);
    assert!(counts["totals"]["design"].as_u64().unwrap() >= 25);
    assert!(counts["totals"]["behavioral"].as_u64().unwrap() >= 50);
}
