CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cards (
    item        TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
    step        INTEGER NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due_ms      INTEGER NOT NULL,
    last_ms     INTEGER,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL
);
CREATE INDEX cards_by_due ON cards (due_ms);

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    item           TEXT NOT NULL,
    rating         TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
    at_ms          INTEGER NOT NULL,
    state          TEXT NOT NULL,
    elapsed_days   REAL NOT NULL,
    scheduled_days REAL NOT NULL,
    duration_ms    INTEGER,
    coverage       REAL,
    source         TEXT NOT NULL
);
CREATE INDEX reviews_by_time ON reviews (at_ms);
CREATE INDEX reviews_by_item ON reviews (item, at_ms);

CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'the review log is append-only');
END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN
    SELECT RAISE(ABORT, 'the review log is append-only');
END;

CREATE TABLE attempts (
    id        INTEGER PRIMARY KEY,
    exercise  TEXT NOT NULL,
    mode      TEXT NOT NULL CHECK (mode IN ('run', 'submit')),
    verdict   TEXT NOT NULL,
    passed    INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    at_ms     INTEGER NOT NULL,
    code      TEXT NOT NULL
);
CREATE INDEX attempts_by_exercise ON attempts (exercise, at_ms);

CREATE TABLE exercise_progress (
    exercise       TEXT PRIMARY KEY,
    hints_used     INTEGER NOT NULL,
    time_spent_ms  INTEGER NOT NULL,
    started_ms     INTEGER,
    solved_ms      INTEGER,
    gave_up_ms     INTEGER
);
