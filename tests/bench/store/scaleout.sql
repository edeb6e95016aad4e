-- Copies the generated portfolio's properties on the server, for issue 13's 2,000-property,
-- 1,000,000-people figures (porter_bench_store --postgresql --portfolio). Each copy k gets every row
-- of the 20 generated properties again, under new ids: an id of table T becomes id + k * max(T.id),
-- and every reference follows. Names that must stay unique get the copy's number. The door change
-- journal's sequence moves on by the same rule, so versions stay increasing. Run as the superuser in
-- one transaction; :copies is set by the caller.
DO $$
DECLARE
    copies CONSTANT int := current_setting('porter.copies')::int;
    p bigint; d bigint; k bigint; pe bigint; g bigint; s bigint; c bigint; a bigint; o bigint; ch bigint;
    al bigint;
BEGIN
    SELECT max(id) INTO p FROM property;
    SELECT max(id) INTO d FROM door;
    SELECT max(id) INTO k FROM access_key;
    SELECT max(id) INTO pe FROM person;
    SELECT coalesce(max(id), 0) INTO g FROM access_grant;
    SELECT coalesce(max(id), 0) INTO s FROM guest_share;
    SELECT coalesce(max(id), 0) INTO c FROM keycard;
    SELECT coalesce(max(id), 0) INTO a FROM activity;
    SELECT coalesce(max(id), 0) INTO o FROM outbox;
    SELECT coalesce(max(seq), 0) INTO ch FROM door_change;
    SELECT coalesce(max(id), 0) INTO al FROM door_alarm;
    FOR n IN 1..copies LOOP
        INSERT INTO property (id, portfolio_id, name, time_zone, region, address, created_at, doorcode_digits)
            SELECT id + n * p, portfolio_id, name || ' #' || n, time_zone, region, address, created_at,
                   doorcode_digits FROM property WHERE id <= p;
        INSERT INTO door (id, property_id, name, type, connectivity, ack_version, ack_hash, ack_list, battery,
                          firmware, clock_drift, last_sync_at, identity_key, commissioned_at, created_at,
                          commissioning, lost_entries, doorcode_epoch)
            SELECT id + n * d, property_id + n * p, name, type, connectivity,
                   CASE WHEN ack_version > 0 THEN ack_version + n * ch ELSE 0 END, ack_hash, ack_list,
                   battery, firmware, clock_drift, last_sync_at, identity_key, commissioned_at, created_at,
                   commissioning, lost_entries, doorcode_epoch FROM door WHERE id <= d;
        INSERT INTO access_key (id, property_id, name, schedule, doorcodes_allowed, shareable, created_at,
                                deleted_at)
            SELECT id + n * k, property_id + n * p, name, schedule, doorcodes_allowed, shareable, created_at,
                   deleted_at FROM access_key WHERE id <= k;
        INSERT INTO key_door (key_id, door_id)
            SELECT key_id + n * k, door_id + n * d FROM key_door WHERE key_id <= k;
        INSERT INTO person (id, property_id, first_name, last_name, sort_name, email, email_norm, phone,
                            access_method, resident, may_share, host_person_id, app_key_generation,
                            app_public_key, created_at, created_by, revoked_at, deleted_at, app_key_not_after,
                            search_key, language, activation_salt, activation_hash, activation_expires_at)
            SELECT id + n * pe, property_id + n * p, first_name, last_name, sort_name, email, email_norm,
                   phone, access_method, resident, may_share, host_person_id + n * pe, app_key_generation,
                   app_public_key, created_at, created_by, revoked_at, deleted_at, app_key_not_after,
                   search_key, language, activation_salt, activation_hash, activation_expires_at
            FROM person WHERE id <= pe;
        INSERT INTO access_grant (id, person_id, key_id, starts_at, expires_at, created_at, created_by,
                                  ended_at, end_reason)
            SELECT id + n * g, person_id + n * pe, key_id + n * k, starts_at, expires_at, created_at,
                   created_by, ended_at, end_reason FROM access_grant WHERE id <= g;
        INSERT INTO guest_share (id, host_person_id, guest_person_id, key_id, starts_at, expires_at,
                                 created_at, ended_at, end_reason)
            SELECT id + n * s, host_person_id + n * pe, guest_person_id + n * pe, key_id + n * k, starts_at,
                   expires_at, created_at, ended_at, end_reason FROM guest_share WHERE id <= s;
        -- Card serials are unique: each copy's cards get the copy's number as one more byte.
        INSERT INTO keycard (id, person_id, serial, active, enrolled_at, changed_at, removed_at)
            SELECT id + n * c, person_id + n * pe, serial || lpad(to_hex(n), 2, '0'), active, enrolled_at,
                   changed_at, removed_at FROM keycard WHERE id <= c;
        INSERT INTO activity (id, at, property_id, manager_id, actor, action, person_id, door_id, credential,
                              result, reason, detail, private, door_seq, door_commissioning, params)
            SELECT id + n * a, at, property_id + n * p, manager_id, actor, action, person_id + n * pe,
                   door_id + n * d, credential, result, reason, detail, private, door_seq, door_commissioning,
                   params FROM activity WHERE id <= a;
        INSERT INTO outbox (id, created_at, property_id, person_id, kind, to_addr, subject, body, status,
                            attempts, last_error, sent_at, message_id, next_attempt_at, last_attempt_at, sealed,
                            day)
            SELECT id + n * o, created_at, property_id + n * p, person_id + n * pe, kind, to_addr, subject,
                   body, status, attempts, last_error, sent_at,
                   CASE WHEN message_id IS NULL THEN NULL ELSE message_id || '.' || n END, next_attempt_at,
                   last_attempt_at, sealed, day FROM outbox WHERE id <= o;
        INSERT INTO door_change (seq, door_id, at, kind, person_id, summary, effective_at, params)
            SELECT seq + n * ch, door_id + n * d, at, kind, person_id + n * pe, summary, effective_at, params
            FROM door_change WHERE seq <= ch;
        INSERT INTO door_alarm (id, door_id, commissioning, door_seq, kind, at, detail, message, source,
                                created_at)
            SELECT id + n * al, door_id + n * d, commissioning, door_seq, kind, at, detail, message, source,
                   created_at FROM door_alarm WHERE id <= al;
        RAISE NOTICE 'copy % of %', n, copies;
    END LOOP;
    -- New rows after the copies get ids above them.
    PERFORM setval(pg_get_serial_sequence('property', 'id'), (SELECT max(id) FROM property));
    PERFORM setval(pg_get_serial_sequence('door', 'id'), (SELECT max(id) FROM door));
    PERFORM setval(pg_get_serial_sequence('access_key', 'id'), (SELECT max(id) FROM access_key));
    PERFORM setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person));
    PERFORM setval(pg_get_serial_sequence('access_grant', 'id'), greatest(1, (SELECT max(id) FROM access_grant)));
    PERFORM setval(pg_get_serial_sequence('guest_share', 'id'), greatest(1, (SELECT max(id) FROM guest_share)));
    PERFORM setval(pg_get_serial_sequence('keycard', 'id'), greatest(1, (SELECT max(id) FROM keycard)));
    PERFORM setval(pg_get_serial_sequence('activity', 'id'), greatest(1, (SELECT max(id) FROM activity)));
    PERFORM setval(pg_get_serial_sequence('outbox', 'id'), greatest(1, (SELECT max(id) FROM outbox)));
    PERFORM setval(pg_get_serial_sequence('door_change', 'seq'), greatest(1, (SELECT max(seq) FROM door_change)));
    PERFORM setval(pg_get_serial_sequence('door_alarm', 'id'), greatest(1, (SELECT max(id) FROM door_alarm)));
END $$;
