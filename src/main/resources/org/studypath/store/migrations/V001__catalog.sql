-- Schema 1: the catalog (curated and the user's own resources), settings, and full-text search.

CREATE TABLE catalog_source (
    catalog_id TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    loaded_at  TEXT NOT NULL
);

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    catalog_key TEXT UNIQUE,
    name_en     TEXT NOT NULL,
    name_zh     TEXT NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE resource (
    id                 INTEGER PRIMARY KEY,
    catalog_key        TEXT UNIQUE,
    catalog_id         TEXT REFERENCES catalog_source (catalog_id) DEFERRABLE INITIALLY DEFERRED,
    origin             TEXT NOT NULL CHECK (origin IN ('CATALOG', 'USER')),
    category_id        INTEGER NOT NULL REFERENCES category (id),
    position           INTEGER NOT NULL,
    title              TEXT NOT NULL CHECK (length(title) > 0),
    title_zh           TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL DEFAULT '',
    type               TEXT NOT NULL,
    unit_kind          TEXT NOT NULL,
    free               INTEGER NOT NULL CHECK (free IN (0, 1)),
    language           TEXT NOT NULL,
    note_en            TEXT NOT NULL DEFAULT '',
    note_zh            TEXT NOT NULL DEFAULT '',
    duration_note_en   TEXT NOT NULL DEFAULT '',
    duration_note_zh   TEXT NOT NULL DEFAULT '',
    hidden             INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    retired            INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((origin = 'CATALOG') = (catalog_key IS NOT NULL AND catalog_id IS NOT NULL))
);

CREATE INDEX resource_category ON resource (category_id, position);

CREATE TABLE resource_creator (
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (resource_id, position)
);

CREATE TABLE resource_topic (
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    topic       TEXT NOT NULL,
    PRIMARY KEY (resource_id, topic)
);

CREATE TABLE unit (
    id          INTEGER PRIMARY KEY,
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    catalog_key TEXT,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    minutes     INTEGER NOT NULL CHECK (minutes > 0),
    estimated   INTEGER NOT NULL CHECK (estimated IN (0, 1)),
    url         TEXT NOT NULL DEFAULT '',
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    UNIQUE (resource_id, catalog_key)
);

CREATE INDEX unit_resource ON unit (resource_id, position);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per resource (rowid = resource.id), kept in step by the repositories in the same transaction.
-- The trigram tokenizer finds substrings of three or more characters, which works for Chinese text
-- (no word breaks) as well as English; shorter queries fall back to LIKE on the same table.
CREATE VIRTUAL TABLE resource_search USING fts5 (
    title, creators, topics, units,
    tokenize = 'trigram'
);
