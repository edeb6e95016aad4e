-- Migration 12: activity records keep the values of their sentence as JSON (docs/decisions.md, "Activity
-- is stored in codes, shown in the reader's language"), so the window renders manager actions in the
-- reader's language. Records written before keep '' and are shown as they were stored.

ALTER TABLE activity ADD COLUMN params TEXT NOT NULL DEFAULT '';
