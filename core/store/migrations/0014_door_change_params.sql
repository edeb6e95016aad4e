-- Migration 14: a door's pending changes keep the values of their line as JSON, like activity records
-- (migration 12), so the sync task list says them in the reader's language (DisplayText::doorChange).
-- Changes written before keep '' and are shown as they were stored. The covering index of migration 4
-- takes the new column, so a door's task list still reads index pages only.

ALTER TABLE door_change ADD COLUMN params TEXT NOT NULL DEFAULT '';
DROP INDEX door_change_door;
CREATE INDEX door_change_door ON door_change (door_id, seq, at, kind, person_id, effective_at, summary, params);
