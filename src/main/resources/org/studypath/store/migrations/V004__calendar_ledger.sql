-- Schema 4: the calendar events this data folder has exported, so a later export can cancel the ones no longer planned.

-- One row per event UID ever written to a path's .ics file. A calendar that imports exports merges them by UID, so
-- an event that is no longer planned must be sent again as cancelled, or it stays in the calendar for good. The start,
-- end and summary are those last exported (a cancelled event still needs its times). Not part of the backup: it says
-- what this installation sent out, not what the learner studies, and it is kept through a restore (no reference to
-- study_path, whose rows a restore replaces). Without it an export still updates every planned event in place.
CREATE TABLE calendar_event (
    path_id    INTEGER NOT NULL,
    uid        TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    summary    TEXT NOT NULL,
    cancelled  INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
    PRIMARY KEY (path_id, uid)
);
