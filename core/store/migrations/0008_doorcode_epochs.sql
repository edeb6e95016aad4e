-- Migration 8: the doorcode secret can be rotated (docs/doorcodes.md, "Rotating the secret"). The
-- secret itself stays sealed in `secret` (only the current one is kept); what is kept here is which
-- rotation (epoch) is current for the property, and which epoch each door last said it holds, so
-- Porter can show the doors that still accept codes of an old secret.

ALTER TABLE property_key ADD COLUMN doorcode_epoch INTEGER NOT NULL DEFAULT 1;
ALTER TABLE property_key ADD COLUMN doorcode_rotated_at INTEGER;

-- NULL: the door has not said (not commissioned). Doors commissioned before this migration were given
-- the first secret, epoch 1.
ALTER TABLE door ADD COLUMN doorcode_epoch INTEGER;
UPDATE door SET doorcode_epoch = 1 WHERE commissioned_at IS NOT NULL;
