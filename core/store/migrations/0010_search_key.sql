-- Migration 10: people search folds case and accents for every script (docs/decisions.md, "People
-- search"). SQLite's lower() and LIKE fold ASCII only, so each person keeps a search key computed in
-- C++ (util/searchtext.h: name both ways, email, E.164 phone, folded). Database fills it for the people
-- already here right after this script, in the same transaction; PeopleRepository keeps it with every
-- write of those fields.

ALTER TABLE person ADD COLUMN search_key TEXT NOT NULL DEFAULT '';

-- The People list walks person_list in name order and stops at its page; with the key in the index the
-- search is tested on index entries, not on table rows.
DROP INDEX person_list;
CREATE INDEX person_list ON person (property_id, sort_name, id, search_key) WHERE deleted_at IS NULL;
