-- Migration 13: delivering the outbox over SMTP (issue 10; docs/mail.md).
-- Each message is rendered once, when it is queued, and kept sealed (AES-256-GCM under the
-- installation's master key: it may hold an activation code or a doorcode), with a Message-ID that
-- every attempt reuses. Transient failures wait for next_attempt_at; permanent ones are 'failed' with
-- the server's reason in last_error. Rows written before keep their plain body and get a Message-ID
-- when they are first claimed.

ALTER TABLE outbox ADD COLUMN message_id TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_attempt_at INTEGER;
ALTER TABLE outbox ADD COLUMN sealed BLOB;
ALTER TABLE outbox ADD COLUMN day TEXT;
CREATE UNIQUE INDEX outbox_message_id ON outbox (message_id) WHERE message_id IS NOT NULL;
-- One daily doorcode email per person and local day, whoever queues it and however often.
CREATE UNIQUE INDEX outbox_daily ON outbox (person_id, day) WHERE kind = 'doorcode';
CREATE INDEX outbox_due ON outbox (status, next_attempt_at, id);
CREATE INDEX outbox_property ON outbox (property_id, id);
CREATE INDEX outbox_person ON outbox (person_id, id);

-- The person's language for their mail ('' = not known: English), and the hash of their current
-- one-time app activation code (SHA-256 of salt || code; the code itself is only in the sealed mail).
ALTER TABLE person ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN activation_salt BLOB;
ALTER TABLE person ADD COLUMN activation_hash BLOB;
ALTER TABLE person ADD COLUMN activation_expires_at INTEGER;

-- The portfolio's mail server. The password is a sealed secret (portfolio/<id>/smtp), never here.
CREATE TABLE mail_settings (
    portfolio_id  INTEGER PRIMARY KEY REFERENCES portfolio(id),
    host          TEXT NOT NULL,
    port          INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security      TEXT NOT NULL CHECK (security IN ('starttls', 'tls', 'none')),
    user_name     TEXT NOT NULL DEFAULT '',
    from_address  TEXT NOT NULL,
    from_name     TEXT NOT NULL DEFAULT '',
    timeout_secs  INTEGER NOT NULL DEFAULT 30 CHECK (timeout_secs BETWEEN 1 AND 600),
    verify_peer   INTEGER NOT NULL DEFAULT 1,
    ca_file       TEXT NOT NULL DEFAULT '',
    doorcode_time TEXT NOT NULL DEFAULT '06:00'
);
