-- Migration 6: door alarms, the audit trail across a door's commissionings, doorcode length
-- (docs/door-protocol.md, "Alarms"; docs/doorcodes.md).

-- How many times the door was commissioned: a door that is reset and commissioned again counts
-- its activity from seq 1 again, so door events are keyed by (door, commissioning, seq).
ALTER TABLE door ADD COLUMN commissioning INTEGER NOT NULL DEFAULT 0;
UPDATE door SET commissioning = 1 WHERE identity_key IS NOT NULL;
-- The door's own count of activity entries it had to drop, as of the last sync (this commissioning).
ALTER TABLE door ADD COLUMN lost_entries INTEGER NOT NULL DEFAULT 0;

ALTER TABLE activity ADD COLUMN door_commissioning INTEGER;
UPDATE activity SET door_commissioning = 1 WHERE door_seq IS NOT NULL;
DROP INDEX activity_door_seq;
CREATE UNIQUE INDEX activity_door_seq ON activity (door_id, door_commissioning, door_seq)
    WHERE door_seq IS NOT NULL;

-- Alarms a door raised (door_seq set: imported from its activity, once) or Porter raised about a
-- door (door_seq NULL: update refused, activity lost).
CREATE TABLE door_alarm (
    id             INTEGER PRIMARY KEY,
    door_id        INTEGER NOT NULL REFERENCES door(id),
    commissioning  INTEGER NOT NULL,
    door_seq       INTEGER,
    kind           TEXT NOT NULL,
    at             INTEGER NOT NULL,
    detail         INTEGER NOT NULL DEFAULT 0,
    message        TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL CHECK (source IN ('door', 'porter')),
    created_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX door_alarm_seq ON door_alarm (door_id, commissioning, door_seq) WHERE door_seq IS NOT NULL;
CREATE INDEX door_alarm_door_at ON door_alarm (door_id, at DESC, id DESC);

-- Digits of the property's daily doorcodes (7, 8 or 9); fixed once a door is commissioned.
ALTER TABLE property ADD COLUMN doorcode_digits INTEGER NOT NULL DEFAULT 7 CHECK (doorcode_digits BETWEEN 7 AND 9);
