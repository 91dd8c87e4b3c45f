//! The SQLite backend of [`pyprep_store::Store`]: one database file in `PYPREP_HOME`.
//!
//! Migrations are embedded SQL files applied in order, each in its own transaction,
//! with `PRAGMA user_version` as the schema version; a database newer than the binary
//! is refused. The journal is a write-ahead log with full synchronisation, and every
//! write is one transaction, so killing pyprep at any moment loses no recorded review
//! and leaves a consistent file.
//!
//! Depends on the store traits only; never on the bank, the judge or the app.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{TimeZone, Utc};
use pyprep_core::{Rating, RunVerdict};
use pyprep_store::{
    Application, Attempt, AttemptMode, Card, CardState, ExerciseProgress, ImportCounts,
    MockSession, Result, Review, Snapshot, Store, StoreError, Timestamp,
};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// The migrations, in order; the schema version is how many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_mocks_and_applications.sql"),
];

/// The newest schema version this binary understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A store in one SQLite file.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
}

fn err(context: &str) -> impl FnOnce(rusqlite::Error) -> StoreError + '_ {
    move |e| StoreError::backend(context, e)
}

fn ms(t: Timestamp) -> i64 {
    t.timestamp_millis()
}

fn time(ms: i64) -> rusqlite::Result<Timestamp> {
    Utc.timestamp_millis_opt(ms)
        .single()
        .ok_or(rusqlite::Error::IntegralValueOutOfRange(0, ms))
}

fn opt_time(ms: Option<i64>) -> rusqlite::Result<Option<Timestamp>> {
    ms.map(time).transpose()
}

fn bad(col: usize, what: &str, value: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        col,
        rusqlite::types::Type::Text,
        format!("unknown {what} {value:?}").into(),
    )
}

impl SqliteStore {
    /// Opens (creating and migrating) the database at `path`.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                StoreError::backend(format!("cannot create {}", parent.display()), e)
            })?;
        }
        let location = path.display().to_string();
        let conn = Connection::open(path)
            .map_err(|e| StoreError::backend(format!("cannot open {location}"), e))?;
        Self::prepare(conn, &location)
    }

    /// A private database in memory (tests).
    pub fn in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory().map_err(err("cannot open a database"))?;
        Self::prepare(conn, ":memory:")
    }

    fn prepare(mut conn: Connection, location: &str) -> Result<SqliteStore> {
        let setup = |c: &Connection| -> rusqlite::Result<()> {
            c.busy_timeout(std::time::Duration::from_secs(10))?;
            c.pragma_update(None, "journal_mode", "WAL")?;
            c.pragma_update(None, "synchronous", "FULL")?;
            c.pragma_update(None, "foreign_keys", "ON")?;
            Ok(())
        };
        setup(&conn).map_err(|e| StoreError::backend(format!("cannot set up {location}"), e))?;
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| StoreError::backend(format!("cannot read {location}"), e))?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                location: location.to_string(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
            let version = index as i64 + 1;
            let tx = conn
                .transaction()
                .map_err(err("cannot start a migration"))?;
            tx.execute_batch(sql)
                .and_then(|()| tx.pragma_update(None, "user_version", version))
                .and_then(|()| tx.commit())
                .map_err(|e| {
                    StoreError::backend(
                        format!("cannot migrate {location} to version {version}"),
                        e,
                    )
                })?;
        }
        Ok(SqliteStore { conn })
    }

    /// Runs SQLite's own consistency check; `ok` when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(err("cannot check the database"))
    }
}

const CARD_COLS: &str = "item, state, step, stability, difficulty, due_ms, last_ms, reps, lapses";

fn card_row(r: &Row<'_>) -> rusqlite::Result<Card> {
    let state: String = r.get(1)?;
    Ok(Card {
        item: r.get(0)?,
        state: CardState::parse(&state).ok_or_else(|| bad(1, "card state", &state))?,
        step: r.get(2)?,
        stability: r.get(3)?,
        difficulty: r.get(4)?,
        due: time(r.get(5)?)?,
        last_review: opt_time(r.get(6)?)?,
        reps: r.get(7)?,
        lapses: r.get(8)?,
    })
}

const REVIEW_COLS: &str =
    "id, item, rating, at_ms, state, elapsed_days, scheduled_days, duration_ms, coverage, source";

fn review_row(r: &Row<'_>) -> rusqlite::Result<Review> {
    let rating: String = r.get(2)?;
    let state: String = r.get(4)?;
    Ok(Review {
        id: r.get(0)?,
        item: r.get(1)?,
        rating: rating
            .parse::<Rating>()
            .map_err(|_| bad(2, "rating", &rating))?,
        reviewed_at: time(r.get(3)?)?,
        state: CardState::parse(&state).ok_or_else(|| bad(4, "card state", &state))?,
        elapsed_days: r.get(5)?,
        scheduled_days: r.get(6)?,
        duration_ms: r.get::<_, Option<i64>>(7)?.map(|d| d.max(0) as u64),
        coverage: r.get(8)?,
        source: r.get(9)?,
    })
}

const ATTEMPT_COLS: &str = "id, exercise, mode, verdict, passed, total, at_ms, code";

fn attempt_row(r: &Row<'_>) -> rusqlite::Result<Attempt> {
    let mode: String = r.get(2)?;
    let verdict: String = r.get(3)?;
    Ok(Attempt {
        id: r.get(0)?,
        exercise: r.get(1)?,
        mode: AttemptMode::parse(&mode).ok_or_else(|| bad(2, "attempt mode", &mode))?,
        verdict: RunVerdict::parse(&verdict).ok_or_else(|| bad(3, "verdict", &verdict))?,
        passed: r.get(4)?,
        total: r.get(5)?,
        at: time(r.get(6)?)?,
        code: r.get(7)?,
    })
}

const PROGRESS_COLS: &str =
    "exercise, hints_used, time_spent_ms, started_ms, solved_ms, gave_up_ms";

fn progress_row(r: &Row<'_>) -> rusqlite::Result<ExerciseProgress> {
    Ok(ExerciseProgress {
        exercise: r.get(0)?,
        hints_used: r.get(1)?,
        time_spent_ms: r.get::<_, i64>(2)?.max(0) as u64,
        started_at: opt_time(r.get(3)?)?,
        solved_at: opt_time(r.get(4)?)?,
        gave_up_at: opt_time(r.get(5)?)?,
    })
}

fn put_card(c: &Connection, card: &Card) -> rusqlite::Result<usize> {
    c.execute(
        &format!(
            "INSERT INTO cards ({CARD_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (item) DO UPDATE SET state = excluded.state, step = excluded.step,
               stability = excluded.stability, difficulty = excluded.difficulty,
               due_ms = excluded.due_ms, last_ms = excluded.last_ms, reps = excluded.reps,
               lapses = excluded.lapses"
        ),
        params![
            card.item,
            card.state.as_str(),
            card.step,
            card.stability,
            card.difficulty,
            ms(card.due),
            card.last_review.map(ms),
            card.reps,
            card.lapses
        ],
    )
}

fn put_review(c: &Connection, r: &Review) -> rusqlite::Result<i64> {
    c.execute(
        "INSERT INTO reviews (item, rating, at_ms, state, elapsed_days, scheduled_days, duration_ms, coverage, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            r.item,
            r.rating.as_str(),
            ms(r.reviewed_at),
            r.state.as_str(),
            r.elapsed_days,
            r.scheduled_days,
            r.duration_ms.map(|d| d.min(i64::MAX as u64) as i64),
            r.coverage,
            r.source
        ],
    )?;
    Ok(c.last_insert_rowid())
}

fn put_attempt(c: &Connection, a: &Attempt) -> rusqlite::Result<i64> {
    c.execute(
        "INSERT INTO attempts (exercise, mode, verdict, passed, total, at_ms, code)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            a.exercise,
            a.mode.as_str(),
            a.verdict.as_str(),
            a.passed,
            a.total,
            ms(a.at),
            a.code
        ],
    )?;
    Ok(c.last_insert_rowid())
}

fn put_progress(c: &Connection, p: &ExerciseProgress) -> rusqlite::Result<usize> {
    c.execute(
        &format!(
            "INSERT INTO exercise_progress ({PROGRESS_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (exercise) DO UPDATE SET hints_used = excluded.hints_used,
               time_spent_ms = excluded.time_spent_ms, started_ms = excluded.started_ms,
               solved_ms = excluded.solved_ms, gave_up_ms = excluded.gave_up_ms"
        ),
        params![
            p.exercise,
            p.hints_used,
            p.time_spent_ms.min(i64::MAX as u64) as i64,
            p.started_at.map(ms),
            p.solved_at.map(ms),
            p.gave_up_at.map(ms)
        ],
    )
}

/// The earlier of two optional times.
fn earliest(a: Option<Timestamp>, b: Option<Timestamp>) -> Option<Timestamp> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn to_doc<T: serde::Serialize>(value: &T) -> rusqlite::Result<String> {
    serde_json::to_string(value).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

fn from_doc<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn put_mock(c: &Connection, m: &MockSession) -> rusqlite::Result<usize> {
    c.execute(
        "INSERT INTO mocks (id, started_ms, doc) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET started_ms = excluded.started_ms, doc = excluded.doc",
        params![m.id, ms(m.started_at), to_doc(m)?],
    )
}

fn put_application(c: &Connection, a: &Application) -> rusqlite::Result<i64> {
    c.execute("INSERT INTO applications (doc) VALUES ('{}')", [])?;
    let id = c.last_insert_rowid();
    let stored = Application { id, ..a.clone() };
    c.execute(
        "UPDATE applications SET doc = ?2 WHERE id = ?1",
        params![id, to_doc(&stored)?],
    )?;
    Ok(id)
}

impl Store for SqliteStore {
    fn save_mock(&self, mock: &MockSession) -> Result<()> {
        put_mock(&self.conn, mock)
            .map(drop)
            .map_err(err("cannot save a mock interview"))
    }

    fn mock(&self, id: &str) -> Result<Option<MockSession>> {
        self.conn
            .query_row("SELECT doc FROM mocks WHERE id = ?1", [id], |r| {
                from_doc(&r.get::<_, String>(0)?)
            })
            .optional()
            .map_err(err("cannot read a mock interview"))
    }

    fn mocks(&self) -> Result<Vec<MockSession>> {
        let mut st = self
            .conn
            .prepare("SELECT doc FROM mocks ORDER BY started_ms, id")
            .map_err(err("cannot read mock interviews"))?;
        st.query_map([], |r| from_doc(&r.get::<_, String>(0)?))
            .and_then(Iterator::collect)
            .map_err(err("cannot read mock interviews"))
    }

    fn add_application(&self, app: &Application) -> Result<i64> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(err("cannot add an application"))?;
        let id = put_application(&tx, app).map_err(err("cannot add an application"))?;
        tx.commit().map_err(err("cannot add an application"))?;
        Ok(id)
    }

    fn save_application(&self, app: &Application) -> Result<()> {
        let changed = to_doc(app)
            .and_then(|doc| {
                self.conn.execute(
                    "UPDATE applications SET doc = ?2 WHERE id = ?1",
                    params![app.id, doc],
                )
            })
            .map_err(err("cannot save an application"))?;
        if changed == 0 {
            return Err(StoreError::Corrupt(format!("no application {}", app.id)));
        }
        Ok(())
    }

    fn application(&self, id: i64) -> Result<Option<Application>> {
        self.conn
            .query_row("SELECT doc FROM applications WHERE id = ?1", [id], |r| {
                from_doc(&r.get::<_, String>(0)?)
            })
            .optional()
            .map_err(err("cannot read an application"))
    }

    fn applications(&self) -> Result<Vec<Application>> {
        let mut st = self
            .conn
            .prepare("SELECT doc FROM applications ORDER BY id")
            .map_err(err("cannot read applications"))?;
        st.query_map([], |r| from_doc(&r.get::<_, String>(0)?))
            .and_then(Iterator::collect)
            .map_err(err("cannot read applications"))
    }

    fn card(&self, item: &str) -> Result<Option<Card>> {
        self.conn
            .query_row(
                &format!("SELECT {CARD_COLS} FROM cards WHERE item = ?1"),
                [item],
                card_row,
            )
            .optional()
            .map_err(err("cannot read a card"))
    }

    fn cards(&self) -> Result<Vec<Card>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {CARD_COLS} FROM cards ORDER BY due_ms, item"
            ))
            .map_err(err("cannot read cards"))?;
        st.query_map([], card_row)
            .and_then(Iterator::collect)
            .map_err(err("cannot read cards"))
    }

    fn record_review(&self, review: &Review, card: &Card) -> Result<i64> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(err("cannot record a review"))?;
        let id = put_review(&tx, review)
            .and_then(|id| put_card(&tx, card).map(|_| id))
            .map_err(err("cannot record a review"))?;
        tx.commit().map_err(err("cannot record a review"))?;
        Ok(id)
    }

    fn reviews(&self) -> Result<Vec<Review>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {REVIEW_COLS} FROM reviews ORDER BY at_ms, id"
            ))
            .map_err(err("cannot read the review log"))?;
        st.query_map([], review_row)
            .and_then(Iterator::collect)
            .map_err(err("cannot read the review log"))
    }

    fn record_attempt(&self, attempt: &Attempt, progress: &ExerciseProgress) -> Result<i64> {
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(err("cannot record an attempt"))?;
        let id = put_attempt(&tx, attempt)
            .and_then(|id| put_progress(&tx, progress).map(|_| id))
            .map_err(err("cannot record an attempt"))?;
        tx.commit().map_err(err("cannot record an attempt"))?;
        Ok(id)
    }

    fn attempts(&self, exercise: Option<&str>) -> Result<Vec<Attempt>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {ATTEMPT_COLS} FROM attempts WHERE ?1 IS NULL OR exercise = ?1 ORDER BY at_ms, id"
            ))
            .map_err(err("cannot read attempts"))?;
        st.query_map([exercise], attempt_row)
            .and_then(Iterator::collect)
            .map_err(err("cannot read attempts"))
    }

    fn progress(&self, exercise: &str) -> Result<Option<ExerciseProgress>> {
        self.conn
            .query_row(
                &format!("SELECT {PROGRESS_COLS} FROM exercise_progress WHERE exercise = ?1"),
                [exercise],
                progress_row,
            )
            .optional()
            .map_err(err("cannot read exercise progress"))
    }

    fn all_progress(&self) -> Result<Vec<ExerciseProgress>> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {PROGRESS_COLS} FROM exercise_progress ORDER BY exercise"
            ))
            .map_err(err("cannot read exercise progress"))?;
        st.query_map([], progress_row)
            .and_then(Iterator::collect)
            .map_err(err("cannot read exercise progress"))
    }

    fn save_progress(&self, progress: &ExerciseProgress) -> Result<()> {
        put_progress(&self.conn, progress)
            .map(drop)
            .map_err(err("cannot save exercise progress"))
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(err("cannot read a setting"))
    }

    fn set_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        let done = match value {
            Some(v) => self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, v],
            ),
            None => self
                .conn
                .execute("DELETE FROM settings WHERE key = ?1", [key]),
        };
        done.map(drop).map_err(err("cannot save a setting"))
    }

    fn settings(&self) -> Result<BTreeMap<String, String>> {
        let mut st = self
            .conn
            .prepare("SELECT key, value FROM settings ORDER BY key")
            .map_err(err("cannot read settings"))?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .and_then(Iterator::collect)
            .map_err(err("cannot read settings"))
    }

    fn import(&self, data: &Snapshot, replace_settings: bool) -> Result<ImportCounts> {
        let context = "cannot import";
        let tx = self.conn.unchecked_transaction().map_err(err(context))?;
        let mut n = ImportCounts::default();
        let run = |n: &mut ImportCounts| -> rusqlite::Result<()> {
            for r in &data.reviews {
                let seen: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM reviews WHERE item = ?1 AND at_ms = ?2 AND rating = ?3)",
                    params![r.item, ms(r.reviewed_at), r.rating.as_str()],
                    |row| row.get(0),
                )?;
                if !seen {
                    put_review(&tx, r)?;
                    n.reviews += 1;
                }
            }
            for c in &data.cards {
                let here: Option<Option<i64>> = tx
                    .query_row(
                        "SELECT last_ms FROM cards WHERE item = ?1",
                        [&c.item],
                        |row| row.get(0),
                    )
                    .optional()?;
                let newer = match here {
                    None => true,
                    Some(last) => c.last_review.map(ms) > last,
                };
                if newer {
                    put_card(&tx, c)?;
                    n.cards += 1;
                }
            }
            for a in &data.attempts {
                let seen: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM attempts WHERE exercise = ?1 AND at_ms = ?2 AND mode = ?3 AND verdict = ?4)",
                    params![a.exercise, ms(a.at), a.mode.as_str(), a.verdict.as_str()],
                    |row| row.get(0),
                )?;
                if !seen {
                    put_attempt(&tx, a)?;
                    n.attempts += 1;
                }
            }
            for p in &data.progress {
                let here = tx
                    .query_row(
                        &format!(
                            "SELECT {PROGRESS_COLS} FROM exercise_progress WHERE exercise = ?1"
                        ),
                        [&p.exercise],
                        progress_row,
                    )
                    .optional()?;
                let merged = match &here {
                    None => p.clone(),
                    Some(h) => ExerciseProgress {
                        exercise: h.exercise.clone(),
                        hints_used: h.hints_used.max(p.hints_used),
                        time_spent_ms: h.time_spent_ms.max(p.time_spent_ms),
                        started_at: earliest(h.started_at, p.started_at),
                        solved_at: earliest(h.solved_at, p.solved_at),
                        gave_up_at: earliest(h.gave_up_at, p.gave_up_at),
                    },
                };
                if here.as_ref() != Some(&merged) {
                    put_progress(&tx, &merged)?;
                    n.progress += 1;
                }
            }
            for m in &data.mocks {
                let seen: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM mocks WHERE id = ?1)",
                    [&m.id],
                    |row| row.get(0),
                )?;
                if !seen {
                    put_mock(&tx, m)?;
                    n.mocks += 1;
                }
            }
            if !data.applications.is_empty() {
                let mut st = tx.prepare("SELECT doc FROM applications")?;
                let here: Vec<Application> = st
                    .query_map([], |r| from_doc(&r.get::<_, String>(0)?))?
                    .collect::<rusqlite::Result<_>>()?;
                for a in &data.applications {
                    let seen = here.iter().any(|h| {
                        h.company == a.company && h.role == a.role && h.created_at == a.created_at
                    });
                    if !seen {
                        put_application(&tx, a)?;
                        n.applications += 1;
                    }
                }
            }
            for (key, value) in &data.settings {
                let here: Option<String> = tx
                    .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                        r.get(0)
                    })
                    .optional()?;
                let take = match &here {
                    None => true,
                    Some(v) => replace_settings && v != value,
                };
                if take {
                    tx.execute(
                        "INSERT INTO settings (key, value) VALUES (?1, ?2)
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        params![key, value],
                    )?;
                    n.settings += 1;
                }
            }
            Ok(())
        };
        run(&mut n).map_err(err(context))?;
        tx.commit().map_err(err(context))?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_store_keeps_the_contract() {
        pyprep_store::conformance::check_all(&|| Box::new(SqliteStore::in_memory().unwrap()));
    }

    #[test]
    fn file_store_keeps_the_contract_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let counter = std::cell::Cell::new(0);
        pyprep_store::conformance::check_all(&|| {
            counter.set(counter.get() + 1);
            Box::new(SqliteStore::open(&dir.path().join(format!("{}.db", counter.get()))).unwrap())
        });
        let path = dir.path().join("2.db");
        let reopened = SqliteStore::open(&path).unwrap();
        assert_eq!(reopened.reviews().unwrap().len(), 2);
        assert_eq!(reopened.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn the_review_log_refuses_edits() {
        let s = SqliteStore::in_memory().unwrap();
        s.conn
            .execute(
                "INSERT INTO reviews (item, rating, at_ms, state, elapsed_days, scheduled_days, source) VALUES ('x', 'good', 0, 'new', 0, 1, 'drill')",
                [],
            )
            .unwrap();
        let e = s.conn.execute("DELETE FROM reviews", []).unwrap_err();
        assert!(e.to_string().contains("append-only"), "{e}");
        let e = s
            .conn
            .execute("UPDATE reviews SET rating = 'easy'", [])
            .unwrap_err();
        assert!(e.to_string().contains("append-only"), "{e}");
    }

    #[test]
    fn a_newer_database_is_refused_with_advice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pyprep.db");
        drop(SqliteStore::open(&path).unwrap());
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
        drop(c);
        let e = SqliteStore::open(&path).unwrap_err();
        assert!(matches!(e, StoreError::NewerSchema { .. }), "{e}");
        assert!(e.to_string().contains("upgrade pyprep"), "{e}");
    }
}
