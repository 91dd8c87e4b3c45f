//! The behaviour every backend must show. A backend's tests call [`check_all`] with a
//! factory of empty stores; each check panics with what went wrong.

use chrono::{TimeZone, Utc};
use pyprep_core::{Area, Rating, RunVerdict, Segment, Stage};

use crate::{
    Application, Attempt, AttemptMode, Card, CardState, ExerciseProgress, MockItem, MockRound,
    MockSession, Review, Store, Timestamp,
};

fn at(secs: i64) -> Timestamp {
    Utc.timestamp_opt(1_790_000_000 + secs, 0)
        .single()
        .expect("valid time")
}

fn card(item: &str, reviewed: i64, due: i64) -> Card {
    Card {
        item: item.into(),
        state: CardState::Review,
        step: 0,
        stability: 3.25,
        difficulty: 5.5,
        due: at(due),
        last_review: Some(at(reviewed)),
        reps: 2,
        lapses: 0,
    }
}

fn review(item: &str, when: i64, rating: Rating) -> Review {
    Review {
        id: 0,
        item: item.into(),
        rating,
        reviewed_at: at(when),
        state: CardState::Learning,
        elapsed_days: 0.5,
        scheduled_days: 3.0,
        duration_ms: Some(4200),
        coverage: Some(0.75),
        source: "drill".into(),
    }
}

fn attempt(exercise: &str, when: i64, verdict: RunVerdict) -> Attempt {
    Attempt {
        id: 0,
        exercise: exercise.into(),
        mode: AttemptMode::Submit,
        verdict,
        passed: 3,
        total: 4,
        at: at(when),
        code: "def f():\n    return 1\n".into(),
    }
}

/// Runs every check, each on a fresh store from `fresh`.
pub fn check_all(fresh: &dyn Fn() -> Box<dyn Store>) {
    empty_store_is_empty(fresh().as_ref());
    reviews_and_cards_round_trip(fresh().as_ref());
    attempts_and_progress_round_trip(fresh().as_ref());
    settings_round_trip(fresh().as_ref());
    import_merges_without_duplicates(fresh().as_ref(), fresh().as_ref());
    mocks_and_applications_round_trip(fresh().as_ref(), fresh().as_ref());
}

fn mock(id: &str, when: i64) -> MockSession {
    MockSession {
        id: id.into(),
        format: "phone-screen".into(),
        role: None,
        level: None,
        seed: 7,
        started_at: at(when),
        finished_at: None,
        rounds: vec![MockRound {
            title: "Background".into(),
            segment: Segment::Behavioral,
            minutes: 15,
            started_at: None,
            ended_at: None,
        }],
        items: vec![MockItem {
            item: 1,
            round: 0,
            segment: Segment::Behavioral,
            id: "tell-me-about-yourself".into(),
            area: Area::Behavioral,
            answer: None,
            peer: None,
        }],
        peer_notes: Vec::new(),
    }
}

fn application(company: &str, when: i64) -> Application {
    Application {
        id: 0,
        company: company.into(),
        role: "Backend developer".into(),
        stage: Stage::Applied,
        applied_on: None,
        contacts: vec!["Ana <ana@example.com>".into()],
        next_action: None,
        next_action_on: None,
        company_does: None,
        stack: Some("Django, Celery".into()),
        questions: vec![],
        notes: vec![],
        next_round: None,
        interviews: vec![],
        feedback: vec![],
        created_at: at(when),
        updated_at: at(when),
    }
}

fn mocks_and_applications_round_trip(s: &dyn Store, other: &dyn Store) {
    let mut m = mock("m-1", 10);
    s.save_mock(&mock("m-0", 0)).unwrap();
    s.save_mock(&m).unwrap();
    m.finished_at = Some(at(20));
    s.save_mock(&m).unwrap();
    assert_eq!(
        s.mock("m-1").unwrap(),
        Some(m.clone()),
        "saved whole, replaced whole"
    );
    assert_eq!(
        s.mocks()
            .unwrap()
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        vec!["m-0", "m-1"]
    );
    assert!(s.mock("nope").unwrap().is_none());

    let id = s.add_application(&application("Acme", 0)).unwrap();
    let id2 = s.add_application(&application("Globex", 5)).unwrap();
    assert_ne!(id, id2);
    let mut a = s.application(id).unwrap().unwrap();
    assert_eq!(a.id, id);
    a.stage = Stage::PhoneScreen;
    s.save_application(&a).unwrap();
    assert_eq!(
        s.application(id).unwrap().unwrap().stage,
        Stage::PhoneScreen
    );
    assert_eq!(s.applications().unwrap().len(), 2);
    let ghost = Application {
        id: 999,
        ..a.clone()
    };
    assert!(
        s.save_application(&ghost).is_err(),
        "saving an unknown id is refused"
    );

    other.add_application(&application("Acme", 0)).unwrap();
    let n = other.import(&s.snapshot().unwrap(), false).unwrap();
    assert_eq!((n.mocks, n.applications), (2, 1), "{n:?}");
    let again = other.import(&s.snapshot().unwrap(), false).unwrap();
    assert_eq!((again.mocks, again.applications), (0, 0));
}

fn empty_store_is_empty(s: &dyn Store) {
    assert!(s.cards().unwrap().is_empty());
    assert!(s.reviews().unwrap().is_empty());
    assert!(s.attempts(None).unwrap().is_empty());
    assert!(s.card("nope").unwrap().is_none());
    assert!(s.progress("nope").unwrap().is_none());
    assert!(s.settings().unwrap().is_empty());
}

fn reviews_and_cards_round_trip(s: &dyn Store) {
    let r1 = review("gil", 0, Rating::Good);
    let c1 = card("gil", 0, 86_400);
    let id1 = s.record_review(&r1, &c1).unwrap();
    let r2 = review("gil", 100_000, Rating::Again);
    let mut c2 = card("gil", 100_000, 100_600);
    c2.state = CardState::Relearning;
    c2.lapses = 1;
    let id2 = s.record_review(&r2, &c2).unwrap();
    assert!(id2 > id1, "review ids grow");
    assert_eq!(
        s.card("gil").unwrap(),
        Some(c2.clone()),
        "the card is the last saved"
    );
    let log = s.reviews().unwrap();
    assert_eq!(log.len(), 2, "the log keeps every review");
    assert_eq!(log[0], Review { id: id1, ..r1 });
    assert_eq!(log[1], Review { id: id2, ..r2 });
    assert_eq!(s.cards().unwrap(), vec![c2]);
}

fn attempts_and_progress_round_trip(s: &dyn Store) {
    let p = ExerciseProgress {
        exercise: "two-sum".into(),
        hints_used: 2,
        time_spent_ms: 90_000,
        started_at: Some(at(0)),
        solved_at: None,
        gave_up_at: None,
    };
    let a = attempt("two-sum", 10, RunVerdict::WrongAnswer);
    let id = s.record_attempt(&a, &p).unwrap();
    let solved = ExerciseProgress {
        solved_at: Some(at(20)),
        ..p.clone()
    };
    s.record_attempt(&attempt("two-sum", 20, RunVerdict::Accepted), &solved)
        .unwrap();
    let fizz = ExerciseProgress {
        exercise: "fizz".into(),
        ..p.clone()
    };
    s.record_attempt(&attempt("fizz", 30, RunVerdict::RuntimeError), &fizz)
        .unwrap();
    let mine = s.attempts(Some("two-sum")).unwrap();
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0], Attempt { id, ..a });
    assert_eq!(s.attempts(None).unwrap().len(), 3);
    assert_eq!(s.progress("two-sum").unwrap(), Some(solved.clone()));
    let gave_up = ExerciseProgress {
        gave_up_at: Some(at(40)),
        hints_used: 3,
        ..solved
    };
    s.save_progress(&gave_up).unwrap();
    assert_eq!(s.progress("two-sum").unwrap(), Some(gave_up));
    assert_eq!(s.all_progress().unwrap().len(), 2, "one row per exercise");
}

fn settings_round_trip(s: &dyn Store) {
    s.set_setting("desired_retention", Some("0.9")).unwrap();
    s.set_setting("desired_retention", Some("0.85")).unwrap();
    s.set_setting("new_per_day", Some("10")).unwrap();
    assert_eq!(
        s.setting("desired_retention").unwrap().as_deref(),
        Some("0.85")
    );
    s.set_setting("new_per_day", None).unwrap();
    assert_eq!(s.setting("new_per_day").unwrap(), None);
    assert_eq!(s.settings().unwrap().len(), 1);
}

fn import_merges_without_duplicates(a: &dyn Store, b: &dyn Store) {
    a.record_review(&review("gil", 0, Rating::Good), &card("gil", 0, 86_400))
        .unwrap();
    a.record_review(&review("mro", 5, Rating::Hard), &card("mro", 5, 50_000))
        .unwrap();
    a.record_attempt(
        &attempt("two-sum", 10, RunVerdict::Accepted),
        &ExerciseProgress {
            exercise: "two-sum".into(),
            solved_at: Some(at(10)),
            ..Default::default()
        },
    )
    .unwrap();
    a.set_setting("desired_retention", Some("0.85")).unwrap();

    // b already knows mro, reviewed later than a did.
    b.record_review(&review("mro", 5, Rating::Hard), &card("mro", 5, 50_000))
        .unwrap();
    b.record_review(
        &review("mro", 60_000, Rating::Good),
        &card("mro", 60_000, 400_000),
    )
    .unwrap();
    b.set_setting("desired_retention", Some("0.95")).unwrap();

    let snap = a.snapshot().unwrap();
    let counts = b.import(&snap, false).unwrap();
    assert_eq!(counts.reviews, 1, "the shared mro review is not doubled");
    assert_eq!(counts.cards, 1, "gil is new; mro here is later and stays");
    assert_eq!(counts.attempts, 1);
    assert_eq!(counts.progress, 1);
    assert_eq!(counts.settings, 0, "settings here win unless replaced");
    assert_eq!(b.reviews().unwrap().len(), 3);
    assert_eq!(b.card("mro").unwrap().unwrap().due, at(400_000));
    assert!(b.card("gil").unwrap().is_some());
    assert_eq!(
        b.setting("desired_retention").unwrap().as_deref(),
        Some("0.95")
    );

    let again = b.import(&snap, true).unwrap();
    assert_eq!(
        (again.reviews, again.cards, again.attempts, again.progress),
        (0, 0, 0, 0),
        "importing twice adds nothing"
    );
    assert_eq!(
        b.setting("desired_retention").unwrap().as_deref(),
        Some("0.85")
    );
}
