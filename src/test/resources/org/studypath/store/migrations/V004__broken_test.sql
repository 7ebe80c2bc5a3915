-- A migration that fails half-way, to prove migrations are all-or-nothing.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
