-- Migration 11: two writers at once cannot leave what one writer never could (docs/decisions.md,
-- "Two writers at once"). The services check these rules inside their write transaction; the indexes
-- make the database refuse a second copy whatever reaches it.
--
-- Before this script, Database refuses to upgrade a file holding two live people (not guests) with one
-- email at one property, naming them: they cannot be merged without a person deciding which one stays.

-- Open grants of one key for one person, left by a re-added key after an expired one or by two grants
-- racing: the newest stays open, the older ones end (at their expiry if it has passed, else now) as
-- removed. Their access is what the newest grant gives.
UPDATE access_grant
SET ended_at = CASE
        WHEN expires_at IS NOT NULL AND expires_at <= CAST(strftime('%s', 'now') AS INTEGER) THEN expires_at
        ELSE CAST(strftime('%s', 'now') AS INTEGER)
    END,
    end_reason = 'removed'
WHERE ended_at IS NULL
  AND EXISTS (SELECT 1 FROM access_grant newer
              WHERE newer.person_id = access_grant.person_id AND newer.key_id = access_grant.key_id
                AND newer.ended_at IS NULL AND newer.id > access_grant.id);

CREATE UNIQUE INDEX grant_one_open ON access_grant (person_id, key_id) WHERE ended_at IS NULL;

CREATE UNIQUE INDEX person_one_live_email ON person (property_id, email_norm)
    WHERE deleted_at IS NULL AND host_person_id IS NULL;
