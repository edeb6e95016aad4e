-- Schema 13 (SQLite's migration 15): the property's signing key can be rotated (docs/door-protocol.md,
-- "Rotating the signing key"; docs/design/shared-portfolio.md, section 5). property_key.public_key becomes
-- the current key and key_epoch its rotation number; each rotation leaves a step, the new public key
-- signed by the previous key, which doors follow. Each door keeps which epoch it last said it holds.

ALTER TABLE property_key ADD COLUMN key_epoch BIGINT NOT NULL DEFAULT 1 CHECK (key_epoch BETWEEN 1 AND 4294967295);
ALTER TABLE property_key ADD COLUMN key_rotated_at BIGINT;
-- The first key, kept public when it is rotated away (a field kit built before the rotation was signed by it).
ALTER TABLE property_key ADD COLUMN first_public_key BYTEA CHECK (length(first_public_key) = 32);

CREATE TABLE property_key_step (
    property_id  BIGINT NOT NULL REFERENCES property(id),
    epoch        BIGINT NOT NULL CHECK (epoch BETWEEN 2 AND 4294967295),
    public_key   BYTEA NOT NULL CHECK (length(public_key) = 32),
    signature    BYTEA NOT NULL CHECK (length(signature) = 64),
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (property_id, epoch)
);

ALTER TABLE door ADD COLUMN signing_key_epoch BIGINT CHECK (signing_key_epoch BETWEEN 1 AND 4294967295);
UPDATE door SET signing_key_epoch = 1 WHERE commissioned_at IS NOT NULL;

-- A property's public key changes only to the next epoch, to the key of that epoch's step, and only by a
-- manager who holds the property's door secrets (the step is signed with the previous key, which the
-- doors check; Porter checks the chain too). Its doorcode epoch only moves forward.
CREATE OR REPLACE FUNCTION porter_property_key_fixed() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.property_id IS DISTINCT FROM OLD.property_id THEN
        RAISE EXCEPTION 'a property''s key row stays with its property' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.public_key IS DISTINCT FROM OLD.public_key OR NEW.key_epoch IS DISTINCT FROM OLD.key_epoch THEN
        IF NEW.key_epoch <> OLD.key_epoch + 1
           OR NOT EXISTS (SELECT 1 FROM property_key_step s WHERE s.property_id = NEW.property_id
                          AND s.epoch = NEW.key_epoch AND s.public_key = NEW.public_key) THEN
            RAISE EXCEPTION 'a property''s public key changes only by a signed step to the next epoch: its doors pinned it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT (porter_holds_door_secrets((SELECT id FROM porter_me()), NEW.property_id) OR porter_is_administrator()) THEN
            RAISE EXCEPTION 'only a manager who holds the door secrets rotates the signing key'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.first_public_key IS DISTINCT FROM OLD.first_public_key
       AND (OLD.first_public_key IS NOT NULL OR OLD.key_epoch <> 1 OR NEW.first_public_key IS DISTINCT FROM OLD.public_key) THEN
        RAISE EXCEPTION 'a property''s first key is kept as it was' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.doorcode_epoch < OLD.doorcode_epoch THEN
        RAISE EXCEPTION 'a doorcode epoch only moves forward' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- The steps: read with the property; never changed or removed. A step and the key's move are one act,
-- through porter_rotate_signing_key only (no manager inserts a step or writes the key's columns): a step
-- planted for the next epoch without moving the key would block every later rotation, and with it the
-- removal of the manager who planted it. At commit no step may stand above the property's epoch.
ALTER TABLE property_key_step ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON property_key_step FOR SELECT USING (property_id = ANY (porter_visible_properties()));
CREATE FUNCTION porter_step_not_ahead() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.epoch > (SELECT k.key_epoch FROM property_key k WHERE k.property_id = NEW.property_id) THEN
        RAISE EXCEPTION 'a signing key step stands above its property''s epoch' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER step_not_ahead AFTER INSERT OR UPDATE ON property_key_step DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION porter_step_not_ahead();
CREATE FUNCTION porter_rotate_signing_key(property BIGINT, new_epoch BIGINT, new_key BYTEA, step_signature BYTEA,
                                          at BIGINT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (porter_holds_door_secrets((SELECT id FROM porter_me()), property) OR porter_is_administrator()) THEN
        RAISE EXCEPTION 'only a manager who holds the door secrets rotates the signing key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO property_key_step (property_id, epoch, public_key, signature, created_at)
        VALUES (property, new_epoch, new_key, step_signature, at);
    UPDATE property_key SET first_public_key = CASE WHEN key_epoch = 1 THEN public_key ELSE first_public_key END,
                            public_key = new_key, key_epoch = new_epoch, key_rotated_at = at
        WHERE property_id = property AND key_epoch = new_epoch - 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the signing key of property % is not at epoch %', property, new_epoch - 1
            USING ERRCODE = 'serialization_failure';
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION porter_rotate_signing_key(BIGINT, BIGINT, BYTEA, BYTEA, BIGINT) FROM PUBLIC;

-- What a door last said it holds (its doorcode and signing key epochs) says which doors still trust an old
-- secret or key: only a manager who syncs doors records it, as for its identity.
CREATE FUNCTION porter_door_epochs_by_devices() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF (NEW.signing_key_epoch IS DISTINCT FROM OLD.signing_key_epoch OR NEW.doorcode_epoch IS DISTINCT FROM OLD.doorcode_epoch)
            AND NOT (porter_may_manage_devices() OR porter_is_administrator()) THEN
        RAISE EXCEPTION 'only a manager with Device Management records what a door holds'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER door_epochs_by_devices BEFORE UPDATE ON door FOR EACH ROW EXECUTE FUNCTION porter_door_epochs_by_devices();

DO $$
DECLARE
    managers text := 'porter_managers_' || current_database();
BEGIN
    EXECUTE format('GRANT SELECT ON property_key_step TO %I', managers);
    EXECUTE format('GRANT EXECUTE ON FUNCTION porter_rotate_signing_key(BIGINT, BIGINT, BYTEA, BYTEA, BIGINT) TO %I',
                   managers);
END
$$;

-- Row security that does not grow with the portfolio. Each policy's scope (the properties the session's
-- manager sees, their portfolio, their role) is the same for every row of a statement: it is now an
-- initplan, evaluated once per statement, rather than once per row (`(SELECT f())`; the array needs its
-- type). With 2,000 properties the per-row calls made an invitation take 1.7 s under a manager's login
-- (docs/benchmarks.md, "why the invitation grew"). The function itself becomes PL/pgSQL, whose plan is
-- kept. The rules are unchanged.
-- A Portfolio Manager sees every property of their portfolio: that list is kept, one row per portfolio,
-- by the changes to `property` themselves (and rebuilt after a TRUNCATE), so a policy reads one row
-- instead of gathering 2,000 ids each time. Only the functions below read it; no manager does.
CREATE TABLE portfolio_scope (
    portfolio_id  BIGINT PRIMARY KEY REFERENCES portfolio(id),
    property_ids  BIGINT[] NOT NULL
);
ALTER TABLE portfolio_scope ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION porter_rebuild_portfolio_scope() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM portfolio_scope;
    INSERT INTO portfolio_scope (portfolio_id, property_ids)
        SELECT p.portfolio_id, array_agg(p.id ORDER BY p.id) FROM property p GROUP BY p.portfolio_id;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION porter_rebuild_portfolio_scope() FROM PUBLIC;
CREATE TRIGGER property_scope AFTER INSERT OR UPDATE OF id, portfolio_id OR DELETE OR TRUNCATE ON property
    FOR EACH STATEMENT EXECUTE FUNCTION porter_rebuild_portfolio_scope();
INSERT INTO portfolio_scope (portfolio_id, property_ids)
    SELECT p.portfolio_id, array_agg(p.id ORDER BY p.id) FROM property p GROUP BY p.portfolio_id;

CREATE OR REPLACE FUNCTION porter_visible_properties() RETURNS BIGINT[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    my_id BIGINT;
    my_portfolio BIGINT;
    my_role TEXT;
    result BIGINT[];
BEGIN
    SELECT m.id, m.portfolio_id, m.role INTO my_id, my_portfolio, my_role
        FROM manager m WHERE m.db_role = session_user AND m.disabled_at IS NULL;
    IF my_id IS NULL THEN
        RETURN '{}';
    ELSIF my_role = 'portfolio' THEN
        SELECT s.property_ids INTO result FROM portfolio_scope s WHERE s.portfolio_id = my_portfolio;
    ELSE
        SELECT coalesce(array_agg(p.id), '{}') INTO result
            FROM manager_property mp JOIN property p ON p.id = mp.property_id
            WHERE mp.manager_id = my_id AND p.portfolio_id = my_portfolio;
    END IF;
    RETURN coalesce(result, '{}');
END
$$;

DO $$
DECLARE
    r RECORD;
    q TEXT;
    w TEXT;
    s TEXT;
BEGIN
    FOR r IN SELECT * FROM pg_catalog.pg_policies WHERE schemaname = current_schema() LOOP
        q := regexp_replace(r.qual, '(porter_is_portfolio_manager|porter_my_portfolio|porter_may_manage_devices)\(\)',
                            '(SELECT \1())', 'g');
        q := replace(q, 'porter_visible_properties()', '(SELECT porter_visible_properties())::bigint[]');
        w := regexp_replace(r.with_check, '(porter_is_portfolio_manager|porter_my_portfolio|porter_may_manage_devices)\(\)',
                            '(SELECT \1())', 'g');
        w := replace(w, 'porter_visible_properties()', '(SELECT porter_visible_properties())::bigint[]');
        IF q IS DISTINCT FROM r.qual OR w IS DISTINCT FROM r.with_check THEN
            s := format('ALTER POLICY %I ON %I', r.policyname, r.tablename);
            IF q IS NOT NULL THEN
                s := s || ' USING (' || q || ')';
            END IF;
            IF w IS NOT NULL THEN
                s := s || ' WITH CHECK (' || w || ')';
            END IF;
            EXECUTE s;
        END IF;
    END LOOP;
END
$$;
