-- Migration 15: the property's signing key can be rotated (docs/door-protocol.md, "Rotating the signing
-- key"). property_key.public_key becomes the current key and key_epoch its rotation number; each rotation
-- leaves a step, the new public key signed by the previous key, which doors follow (the steps are public:
-- nothing secret is kept here). Each door keeps which epoch it last said it holds.

ALTER TABLE property_key ADD COLUMN key_epoch INTEGER NOT NULL DEFAULT 1;
ALTER TABLE property_key ADD COLUMN key_rotated_at INTEGER;
-- The first key, kept public when it is rotated away (a field kit built before the rotation was signed by it).
ALTER TABLE property_key ADD COLUMN first_public_key BLOB;

CREATE TABLE property_key_step (
    property_id  INTEGER NOT NULL REFERENCES property(id),
    epoch        INTEGER NOT NULL CHECK (epoch >= 2),
    public_key   BLOB NOT NULL,
    signature    BLOB NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (property_id, epoch)
);

-- NULL: the door has not said (not commissioned). Doors commissioned before this migration hold the first key.
ALTER TABLE door ADD COLUMN signing_key_epoch INTEGER;
UPDATE door SET signing_key_epoch = 1 WHERE commissioned_at IS NOT NULL;
