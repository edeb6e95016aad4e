-- Porter schema, migration 1. Times are UTC Unix seconds. Rows that carry history (people, keys,
-- grants, shares) are never physically deleted: they are ended or marked deleted, so activity
-- stays readable and door sync can tell each door what changed.

CREATE TABLE portfolio (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE property (
    id            INTEGER PRIMARY KEY,
    portfolio_id  INTEGER NOT NULL REFERENCES portfolio(id),
    name          TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    region        TEXT NOT NULL DEFAULT 'US',
    address       TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    UNIQUE (portfolio_id, name)
);

CREATE TABLE manager (
    id                 INTEGER PRIMARY KEY,
    portfolio_id       INTEGER NOT NULL REFERENCES portfolio(id),
    email              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name               TEXT NOT NULL,
    role               TEXT NOT NULL CHECK (role IN ('portfolio', 'property')),
    key_management     TEXT NOT NULL CHECK (key_management IN ('full', 'limited', 'specific', 'none')),
    device_management  INTEGER NOT NULL DEFAULT 0,
    password_hash      TEXT NOT NULL,
    created_at         INTEGER NOT NULL,
    disabled_at        INTEGER
);

CREATE TABLE door (
    id               INTEGER PRIMARY KEY,
    property_id      INTEGER NOT NULL REFERENCES property(id),
    name             TEXT NOT NULL,
    type             TEXT NOT NULL CHECK (type IN ('building-entrance', 'residence', 'service', 'communal')),
    connectivity     TEXT NOT NULL CHECK (connectivity IN ('offline', 'online')),
    ack_version      INTEGER NOT NULL DEFAULT 0,
    ack_hash         BLOB,
    ack_list         BLOB,
    battery          INTEGER,
    firmware         TEXT,
    clock_drift      INTEGER,
    last_sync_at     INTEGER,
    identity_key     BLOB,
    commissioned_at  INTEGER,
    created_at       INTEGER NOT NULL,
    UNIQUE (property_id, name)
);

CREATE TABLE access_key (
    id                 INTEGER PRIMARY KEY,
    property_id        INTEGER NOT NULL REFERENCES property(id),
    name               TEXT NOT NULL,
    schedule           TEXT NOT NULL DEFAULT 'always',
    doorcodes_allowed  INTEGER NOT NULL DEFAULT 1,
    shareable          INTEGER NOT NULL DEFAULT 1,
    created_at         INTEGER NOT NULL,
    deleted_at         INTEGER
);
CREATE UNIQUE INDEX access_key_name ON access_key (property_id, name) WHERE deleted_at IS NULL;

CREATE TABLE key_door (
    key_id   INTEGER NOT NULL REFERENCES access_key(id),
    door_id  INTEGER NOT NULL REFERENCES door(id),
    PRIMARY KEY (key_id, door_id)
) WITHOUT ROWID;
CREATE INDEX key_door_door ON key_door (door_id, key_id);

CREATE TABLE manager_property (
    manager_id   INTEGER NOT NULL REFERENCES manager(id),
    property_id  INTEGER NOT NULL REFERENCES property(id),
    PRIMARY KEY (manager_id, property_id)
) WITHOUT ROWID;

CREATE TABLE manager_key (
    manager_id  INTEGER NOT NULL REFERENCES manager(id),
    key_id      INTEGER NOT NULL REFERENCES access_key(id),
    PRIMARY KEY (manager_id, key_id)
) WITHOUT ROWID;

CREATE TABLE person (
    id                  INTEGER PRIMARY KEY,
    property_id         INTEGER NOT NULL REFERENCES property(id),
    first_name          TEXT NOT NULL,
    last_name           TEXT NOT NULL DEFAULT '',
    sort_name           TEXT NOT NULL,
    email               TEXT NOT NULL,
    email_norm          TEXT NOT NULL,
    phone               TEXT NOT NULL DEFAULT '',
    access_method       TEXT NOT NULL CHECK (access_method IN ('app', 'doorcode')),
    resident            INTEGER NOT NULL DEFAULT 0,
    may_share           INTEGER NOT NULL DEFAULT 0,
    host_person_id      INTEGER REFERENCES person(id),
    app_key_generation  INTEGER NOT NULL DEFAULT 0,
    app_public_key      BLOB,
    created_at          INTEGER NOT NULL,
    created_by          INTEGER REFERENCES manager(id),
    revoked_at          INTEGER,
    deleted_at          INTEGER
);
CREATE INDEX person_list ON person (property_id, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX person_email ON person (property_id, email_norm) WHERE deleted_at IS NULL;
CREATE INDEX person_host ON person (host_person_id) WHERE host_person_id IS NOT NULL;

CREATE TABLE access_grant (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    key_id      INTEGER NOT NULL REFERENCES access_key(id),
    starts_at   INTEGER NOT NULL,
    expires_at  INTEGER,
    created_at  INTEGER NOT NULL,
    created_by  INTEGER REFERENCES manager(id),
    ended_at    INTEGER,
    end_reason  TEXT,
    CHECK (expires_at IS NULL OR expires_at > starts_at)
);
CREATE INDEX grant_person ON access_grant (person_id, key_id);
CREATE INDEX grant_key_open ON access_grant (key_id) WHERE ended_at IS NULL;
CREATE INDEX grant_starts_open ON access_grant (starts_at) WHERE ended_at IS NULL;
CREATE INDEX grant_expires_open ON access_grant (expires_at) WHERE ended_at IS NULL AND expires_at IS NOT NULL;

CREATE TABLE guest_share (
    id               INTEGER PRIMARY KEY,
    host_person_id   INTEGER NOT NULL REFERENCES person(id),
    guest_person_id  INTEGER NOT NULL REFERENCES person(id),
    key_id           INTEGER NOT NULL REFERENCES access_key(id),
    starts_at        INTEGER NOT NULL,
    expires_at       INTEGER,
    created_at       INTEGER NOT NULL,
    ended_at         INTEGER,
    end_reason       TEXT,
    CHECK (expires_at IS NULL OR expires_at > starts_at)
);
CREATE INDEX guest_share_host_open ON guest_share (host_person_id) WHERE ended_at IS NULL;
CREATE INDEX guest_share_guest ON guest_share (guest_person_id, key_id);
CREATE INDEX guest_share_key_open ON guest_share (key_id) WHERE ended_at IS NULL;

CREATE TABLE keycard (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person(id),
    serial       TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 0,
    enrolled_at  INTEGER NOT NULL,
    changed_at   INTEGER NOT NULL,
    removed_at   INTEGER
);
-- A card serial belongs to at most one person at a time.
CREATE UNIQUE INDEX keycard_serial ON keycard (serial) WHERE removed_at IS NULL;
CREATE INDEX keycard_person ON keycard (person_id);

CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    property_id  INTEGER REFERENCES property(id),
    manager_id   INTEGER REFERENCES manager(id),
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    person_id    INTEGER REFERENCES person(id),
    door_id      INTEGER REFERENCES door(id),
    credential   TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    private      INTEGER NOT NULL DEFAULT 0,
    door_seq     INTEGER
);
CREATE INDEX activity_property_at ON activity (property_id, at DESC, id DESC);
CREATE INDEX activity_person_at ON activity (person_id, at DESC, id DESC) WHERE person_id IS NOT NULL;
CREATE INDEX activity_door_at ON activity (door_id, at DESC, id DESC) WHERE door_id IS NOT NULL;
-- A door event is imported once, even if a sync is repeated after a lost acknowledgement.
CREATE UNIQUE INDEX activity_door_seq ON activity (door_id, door_seq) WHERE door_seq IS NOT NULL;

CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    created_at   INTEGER NOT NULL,
    property_id  INTEGER REFERENCES property(id),
    person_id    INTEGER REFERENCES person(id),
    kind         TEXT NOT NULL,
    to_addr      TEXT NOT NULL,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT NOT NULL DEFAULT '',
    sent_at      INTEGER
);
CREATE INDEX outbox_status ON outbox (status, id);

-- The per-door journal of access changes. A door is "in sync" when its acknowledged version is at or
-- beyond its newest change here; everything above that version is a pending door sync task.
CREATE TABLE door_change (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    door_id       INTEGER NOT NULL REFERENCES door(id),
    at            INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    person_id     INTEGER REFERENCES person(id),
    summary       TEXT NOT NULL,
    effective_at  INTEGER
);
CREATE INDEX door_change_door ON door_change (door_id, seq);
CREATE INDEX door_change_effective ON door_change (effective_at) WHERE effective_at IS NOT NULL;
