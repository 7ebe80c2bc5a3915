-- Schema 6: partial progress and where the learner stopped in a unit.

-- The share done of a unit in progress (0 up to, not including, 1; a unit with all of it done is DONE). 0 for every
-- other status. Existing rows keep their meaning: a unit in progress so far had nothing counted as done.
ALTER TABLE unit_progress ADD COLUMN done_share REAL NOT NULL DEFAULT 0;

-- Where the learner stopped: a page or a time in seconds, exactly one of them. A table of its own rather than columns
-- of unit_progress: a resume point outlives the unit's status (a unit not started has no unit_progress row, and
-- ticking a unit back to not started deletes its row, which must not lose the page).
CREATE TABLE unit_resume (
    unit_id    INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
    page       INTEGER,
    seconds    INTEGER,
    updated_at TEXT NOT NULL
);

-- No CHECK on the new columns: StudyPath's writes keep them (UnitState, ResumePoint), and a restore checks a backup's
-- values with RestoreInvariants, which names the row and the field in a plain sentence where a CHECK would not.
