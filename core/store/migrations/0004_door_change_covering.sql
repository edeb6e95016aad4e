-- Migration 4: door sync tasks read one door's pending changes in journal order. A door's changes are
-- spread across the journal, so reading them from the table touched one page per change; an index
-- that covers the columns read keeps it on a few index pages (docs/benchmarks.md, sync_tasks_one_door).

DROP INDEX door_change_door;
CREATE INDEX door_change_door ON door_change (door_id, seq, at, kind, person_id, effective_at, summary);
