-- Schema 2: study paths, their availability, the resources and units they include, prerequisites and pace factors.

CREATE TABLE study_path (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    start_date  TEXT NOT NULL,
    target_date TEXT,
    minutes_mon INTEGER NOT NULL DEFAULT 60 CHECK (minutes_mon BETWEEN 0 AND 1440),
    minutes_tue INTEGER NOT NULL DEFAULT 60 CHECK (minutes_tue BETWEEN 0 AND 1440),
    minutes_wed INTEGER NOT NULL DEFAULT 60 CHECK (minutes_wed BETWEEN 0 AND 1440),
    minutes_thu INTEGER NOT NULL DEFAULT 60 CHECK (minutes_thu BETWEEN 0 AND 1440),
    minutes_fri INTEGER NOT NULL DEFAULT 60 CHECK (minutes_fri BETWEEN 0 AND 1440),
    minutes_sat INTEGER NOT NULL DEFAULT 180 CHECK (minutes_sat BETWEEN 0 AND 1440),
    minutes_sun INTEGER NOT NULL DEFAULT 0 CHECK (minutes_sun BETWEEN 0 AND 1440),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE path_day_off (
    path_id INTEGER NOT NULL REFERENCES study_path (id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    PRIMARY KEY (path_id, day)
);

CREATE TABLE path_item (
    id            INTEGER PRIMARY KEY,
    path_id       INTEGER NOT NULL REFERENCES study_path (id) ON DELETE CASCADE,
    resource_id   INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    pace_override REAL CHECK (pace_override IS NULL OR pace_override BETWEEN 0.1 AND 10),
    UNIQUE (path_id, resource_id)
);

CREATE INDEX path_item_path ON path_item (path_id, position);

CREATE TABLE path_unit_excluded (
    path_item_id INTEGER NOT NULL REFERENCES path_item (id) ON DELETE CASCADE,
    unit_id      INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (path_item_id, unit_id)
);

CREATE TABLE resource_prerequisite (
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    requires_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    PRIMARY KEY (resource_id, requires_id),
    CHECK (resource_id <> requires_id)
);

CREATE TABLE pace_factor (
    resource_type TEXT PRIMARY KEY,
    factor        REAL NOT NULL CHECK (factor BETWEEN 0.1 AND 10)
);
