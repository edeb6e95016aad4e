-- Migration 3: indexes the lists need. A person's detail lists every guest pass they gave, ended ones
-- included; the partial index of migration 1 (open shares only) cannot answer that, so it scanned every
-- guest share of the portfolio. One full index on the host answers both the open and the full list.

DROP INDEX guest_share_host_open;
CREATE INDEX guest_share_host ON guest_share (host_person_id);
