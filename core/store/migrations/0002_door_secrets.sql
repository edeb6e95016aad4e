-- Migration 2: what door sync needs to keep. Secrets (the property's signing key and doorcode
-- secret) are stored only encrypted (AES-256-GCM) under a master key that is never in this file:
-- it lives in the OS keychain or a key file outside the database (docs/threat-model.md).

CREATE TABLE installation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    uuid  TEXT NOT NULL
);

CREATE TABLE secret (
    name        TEXT PRIMARY KEY,
    nonce       BLOB NOT NULL,
    ciphertext  BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

-- The public half of each property's Ed25519 signing key (doors verify updates with it).
CREATE TABLE property_key (
    property_id  INTEGER PRIMARY KEY REFERENCES property(id),
    public_key   BLOB NOT NULL,
    created_at   INTEGER NOT NULL
);
