-- Migration 7: phone credentials (issue 6, item 5; docs/door-protocol.md §3). The phone key
-- generation is a u32 that never wraps: the database refuses a value outside 0..4294967295 whatever
-- writes it, and keeps when the person's current phone certificate ends (UTC seconds; NULL = none
-- issued since this migration).

ALTER TABLE person ADD COLUMN app_key_not_after INTEGER;
CREATE TRIGGER person_app_key_generation_insert BEFORE INSERT ON person WHEN typeof(NEW.app_key_generation) != 'integer' OR NEW.app_key_generation NOT BETWEEN 0 AND 4294967295 BEGIN SELECT RAISE(ABORT, 'app_key_generation must be a whole number from 0 to 4294967295'); END;
CREATE TRIGGER person_app_key_generation_update BEFORE UPDATE OF app_key_generation ON person WHEN typeof(NEW.app_key_generation) != 'integer' OR NEW.app_key_generation NOT BETWEEN 0 AND 4294967295 BEGIN SELECT RAISE(ABORT, 'app_key_generation must be a whole number from 0 to 4294967295'); END;
