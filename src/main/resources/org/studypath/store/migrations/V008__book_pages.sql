-- Schema 8: a unit's first page in its book, and the book's PDF on this computer.

-- The page a unit starts on, 1-based as a PDF viewer numbers pages; NULL for units that are not pages of a book
-- (episodes, lessons) and for every unit saved before this schema. Kept in backups (an optional field).
ALTER TABLE unit ADD COLUMN first_page INTEGER CHECK (first_page IS NULL OR first_page >= 1);

-- The path of the book's PDF, set only when the learner picked that file on this computer (the PDF form, the
-- command line's add --from). It is not part of the backup, a pack or a path file, so a path that arrived from
-- elsewhere is never opened; a restore, which rewrites the resource rows, leaves it empty.
ALTER TABLE resource ADD COLUMN local_file TEXT CHECK (local_file IS NULL OR length(local_file) > 0);
