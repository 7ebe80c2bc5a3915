-- Schema 5: the catalog is searched in memory, built from the tables above at each catalog load, so the full-text
-- tables of schemas 1 and 3 are no longer written or read. Dropping a full-text table drops its own shadow tables;
-- no learner data lives in them (they only repeated titles, creators, topics, unit titles and notes).

DROP TABLE IF EXISTS resource_search;
DROP TABLE IF EXISTS note_search;
