-- Schema 15 (SQLite's migration 17), two changes for a signing key nobody can open any more
-- (docs/door-protocol.md, "Resetting the signing key"):
-- - only a Portfolio Manager (or the administrator) records a step, that is, rotates or resets a property's
--   signing key. The server cannot check the step's Ed25519 signature nor what a copy holds: before, any
--   manager with Device Management on the property could record a step to a key of their own making (with
--   any 64 bytes for a signature, or none), wrap it for themselves, and so stop every door from syncing
--   for everyone else until a reset;
-- - a manager on a new computer registers its key even when they hold the last copy of a signing key: that
--   copy stays (wrapped for the old key, which nobody has now) for a Portfolio Manager's reset to replace.
--   Before, the registration failed, and with it the reset, which needs this computer's key registered.

CREATE OR REPLACE FUNCTION porter_rotate_signing_key(property BIGINT, new_epoch BIGINT, new_key BYTEA, step_signature BYTEA,
                                                     at BIGINT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (porter_holds_door_secrets((SELECT id FROM porter_me()), property) OR porter_is_administrator()) THEN
        RAISE EXCEPTION 'only a manager who holds the door secrets rotates the signing key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT (porter_is_portfolio_manager() OR porter_is_administrator()) THEN
        RAISE EXCEPTION 'only a Portfolio Manager rotates or resets the signing key'
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

CREATE OR REPLACE FUNCTION porter_replace_device_key(holder BIGINT, new_key BYTEA, at BIGINT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- coalesce: a removed manager is nobody (porter_me has no row), not "unknown"
    IF NOT (coalesce(holder = (SELECT id FROM porter_me()), false) OR porter_is_administrator()) THEN
        RAISE EXCEPTION 'a manager replaces only their own key' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM secret_wrap w WHERE w.manager_id = holder
        AND NOT (w.name LIKE '%/signing'
                 AND NOT EXISTS (SELECT 1 FROM secret_wrap o WHERE o.name = w.name AND o.manager_id <> holder));
    DELETE FROM manager_device_key WHERE manager_id = holder;
    INSERT INTO manager_device_key (manager_id, public_key, created_at) VALUES (holder, new_key, at);
END
$$;
REVOKE EXECUTE ON FUNCTION porter_replace_device_key(BIGINT, BYTEA, BIGINT) FROM PUBLIC;
