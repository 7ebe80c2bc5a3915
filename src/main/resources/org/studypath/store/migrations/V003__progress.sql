-- Schema 3: progress on units, time logged, notes on units and resources, and search over notes.

-- A unit with no row here is not started. Progress belongs to the unit, not to a path: a chapter read once is read
-- in every path that includes it.
CREATE TABLE unit_progress (
    unit_id     INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE', 'SKIPPED')),
    status_date TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE INDEX unit_progress_done ON unit_progress (status, status_date);

CREATE TABLE time_log (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    created_at TEXT NOT NULL
);

CREATE INDEX time_log_unit ON time_log (unit_id);
CREATE INDEX time_log_day ON time_log (day);

CREATE TABLE unit_note (
    unit_id    INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (length(text) > 0),
    updated_at TEXT NOT NULL
);

CREATE TABLE resource_note (
    resource_id INTEGER PRIMARY KEY REFERENCES resource (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(text) > 0),
    updated_at  TEXT NOT NULL
);

-- One row per resource that has notes (rowid = resource.id): its own note and its units' notes, for search.
CREATE VIRTUAL TABLE note_search USING fts5 (
    notes,
    tokenize = 'trigram'
);
