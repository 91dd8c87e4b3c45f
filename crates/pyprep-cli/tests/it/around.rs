//! The plan toward the date, today's agenda and the application tracker.

use serde_json::Value;

use crate::util::{Sandbox, T0, after};

fn kinds(today: &Value) -> Vec<String> {
    today["agenda"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["kind"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_plan_runs_to_the_date_and_today_follows_it() {
    let s = Sandbox::new();
    let cal = s.json_at(
        T0,
        &[
            "plan",
            "set",
            "--date",
            "2026-12-06",
            "--role",
            "data",
            "--level",
            "junior",
            "--hours-per-day",
            "1.5",
            "--json",
        ],
    );
    let days = cal.as_array().unwrap();
    assert_eq!(days.first().unwrap()["date"], "2026-11-22");
    assert_eq!(days.last().unwrap()["date"], "2026-12-06");
    assert!(
        days.iter().any(|d| d["mock"].is_string()),
        "mocks are planned"
    );
    assert!(
        days.iter().all(|d| d["minutes"].as_u64().unwrap() <= 95),
        "the hours hold"
    );
    let settings = s.json_at(T0, &["settings", "--json"]);
    assert_eq!(
        (settings["role"].as_str(), settings["level"].as_str()),
        (Some("data"), Some("junior"))
    );

    let today = s.json_at(T0, &["today", "--json"]);
    assert_eq!(today["days_left"], 14);
    assert!(
        kinds(&today).contains(&"new-questions".to_string()),
        "{today}"
    );
    assert!(kinds(&today).contains(&"exercise".to_string()), "{today}");
    // Re-planned from progress: after reviews, today lists them when due.
    s.json_at(
        T0,
        &["review", "class-vs-instance-attributes", "good", "--json"],
    );
    let later = s.json_at(&after(30), &["today", "--json"]);
    assert!(kinds(&later).contains(&"reviews".to_string()), "{later}");

    let out = s.run_at(
        T0,
        &[
            "plan",
            "set",
            "--date",
            "2026-13-01",
            "--role",
            "data",
            "--level",
            "junior",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        s.json_at(T0, &["settings", "--json"])["interview-date"],
        "2026-12-06",
        "a bad date changes nothing"
    );
}

#[test]
fn applications_remind_follow_up_and_brief() {
    let s = Sandbox::new();
    let app = s.json_at(
        T0,
        &[
            "apply",
            "add",
            "--company",
            "Acme Freight",
            "--role",
            "Python backend developer",
            "--what",
            "route planning for trucks",
            "--stack",
            "Django, Celery, PostgreSQL",
            "--question",
            "How do you test Celery tasks?",
            "--contact",
            "Dana Smith <dana@acme.example>",
            "--json",
        ],
    );
    let id = app["id"].to_string();
    assert_eq!(app["stage"], "applied");
    let list = s.json_at(T0, &["apply", "list", "--json"]);
    assert_eq!(list[0]["company"], "Acme Freight");
    assert_eq!(list[0]["stage"], "applied");

    s.json_at(
        T0,
        &[
            "apply",
            "update",
            &id,
            "--stage",
            "technical",
            "--interview-date",
            "2026-11-21",
            "--round",
            "technical",
            "--medium",
            "video",
            "--interviewer",
            "Dana Smith",
            "--interviewer",
            "Lee Wong",
            "--topic",
            "Celery retries",
            "--topic",
            "database indexes",
            "--json",
        ],
    );
    let today = s.json_at(T0, &["today", "--json"]);
    assert!(kinds(&today).contains(&"thank-you".to_string()), "{today}");
    let note = s.json_at(
        T0,
        &[
            "followup",
            "thank-you",
            &id,
            "--restate",
            "I have run Celery in production for two years",
            "--json",
        ],
    );
    let body = note["body"].as_str().unwrap();
    for needle in [
        "Hi Dana and Lee",
        "Celery retries and database indexes",
        "two years",
        "Acme Freight",
    ] {
        assert!(body.contains(needle), "{needle}: {body}");
    }
    assert_eq!(note["send_by"], "2026-11-22");
    s.json_at(T0, &["apply", "update", &id, "--thank-you-sent", "--json"]);
    assert!(!kinds(&s.json_at(T0, &["today", "--json"])).contains(&"thank-you".to_string()));

    // Eight days of silence: follow up.
    let late = s.json_at(&after(60 * 24 * 8), &["today", "--json"]);
    assert!(kinds(&late).contains(&"follow-up".to_string()), "{late}");

    // The next round, the day before: prepare.
    s.json_at(
        &after(60 * 24 * 8),
        &[
            "apply",
            "update",
            &id,
            "--scheduled",
            "2026-12-01",
            "--round",
            "on-site",
            "--medium",
            "onsite",
            "--feedback",
            "Strong on Django, asked to go deeper on async",
            "--json",
        ],
    );
    let eve = s.json_at(&after(60 * 24 * 8), &["today", "--json"]);
    assert!(kinds(&eve).contains(&"prepare".to_string()), "{eve}");
    let brief = s.json_at(&after(60 * 24 * 8), &["prepare", &id, "--json"]);
    let all = brief.to_string();
    for needle in [
        "arrive 10-15 minutes early",
        "route planning for trucks",
        "Django, Celery, PostgreSQL",
        "How do you test Celery tasks?",
        "deeper on async",
        "onsite-loop",
    ] {
        assert!(all.contains(needle), "{needle}: {all}");
    }
    assert_eq!(brief["review"].as_array().unwrap().len(), 3);

    for (args, needle) in [
        (vec!["apply", "show", "99"], "apply list"),
        (
            vec![
                "apply",
                "add",
                "--company",
                "X",
                "--role",
                "Y",
                "--stage",
                "hired",
            ],
            "offer",
        ),
        (vec!["followup", "thank-you", "99"], "no application 99"),
    ] {
        let out = s.run_at(T0, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(needle),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        s.json_at(T0, &["apply", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1,
        "refused input added nothing"
    );
    // Export carries applications and mocks.
    let export = s.json_at(T0, &["export"]);
    assert_eq!(export["applications"].as_array().unwrap().len(), 1);
}
