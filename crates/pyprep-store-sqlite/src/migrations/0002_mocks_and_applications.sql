-- Mock sessions and applications are documents: read and written whole, one
-- transaction per change.
CREATE TABLE mocks (
    id          TEXT PRIMARY KEY,
    started_ms  INTEGER NOT NULL,
    doc         TEXT NOT NULL
);
CREATE INDEX mocks_by_start ON mocks (started_ms);

CREATE TABLE applications (
    id   INTEGER PRIMARY KEY,
    doc  TEXT NOT NULL
);
