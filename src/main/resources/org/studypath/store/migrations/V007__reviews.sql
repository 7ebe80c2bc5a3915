-- Schema 7: spaced review (decision 0013): the learner's ratings, and each path's review settings.

-- One row per rating given at a review. Like progress, a rating belongs to the unit, not to a path: a chapter recalled
-- is recalled in every path. Several ratings of one unit on one day are kept (the last one counts); undo deletes one.
CREATE TABLE review_rating (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    day        TEXT NOT NULL,
    rating     TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
    created_at TEXT NOT NULL
);

CREATE INDEX review_rating_unit ON review_rating (unit_id, day);

-- A path's review settings; a path without a row has the defaults (review on, 30 minutes a day, single units, the
-- 1, 3, 7, 16, 35-day ladder), so every existing path reviews from this version on.
CREATE TABLE path_review (
    path_id     INTEGER PRIMARY KEY REFERENCES study_path (id) ON DELETE CASCADE,
    review_on   INTEGER NOT NULL DEFAULT 1 CHECK (review_on IN (0, 1)),
    cap_minutes INTEGER NOT NULL DEFAULT 30 CHECK (cap_minutes BETWEEN 5 AND 1440),
    scope       TEXT NOT NULL DEFAULT 'units' CHECK (scope IN ('units', 'resources')),
    intervals   TEXT NOT NULL DEFAULT '1,3,7,16,35' CHECK (length(intervals) BETWEEN 1 AND 200)
);
