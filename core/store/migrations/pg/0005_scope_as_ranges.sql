-- Schema 16 (SQLite's migration 18): the same rules, checked for less (docs/benchmarks.md, "session 30";
-- docs/decisions.md, "A manager's properties as ranges of ids"):
-- - the properties a manager may see are a multirange of ids, not an array of them. A Portfolio
--   Manager's 2,000 properties were a 16 kB array, fetched from TOAST for every statement and searched
--   one element after another for every row; as ranges they are a few bytes (a portfolio's properties
--   are mostly numbered one after another), and a row's property is found by a binary search. Every
--   policy changes from `property_id = ANY (...)` to `property_id <@ (...)`; both are false for a NULL;
-- - the trigger that fills a row's property reads its parents with static statements, whose plans
--   PL/pgSQL keeps, instead of a statement built and planned again for each row. The parents are still
--   read with the writer's own row security.

CREATE FUNCTION porter_visible_scope() RETURNS int8multirange
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    my_id BIGINT;
    my_portfolio BIGINT;
    my_role TEXT;
    result int8multirange;
BEGIN
    SELECT m.id, m.portfolio_id, m.role INTO my_id, my_portfolio, my_role
        FROM manager m WHERE m.db_role = session_user AND m.disabled_at IS NULL;
    IF my_id IS NULL THEN
        RETURN '{}';
    ELSIF my_role = 'portfolio' THEN
        SELECT s.property_ranges INTO result FROM portfolio_scope s WHERE s.portfolio_id = my_portfolio;
    ELSE
        SELECT range_agg(int8range(p.id, p.id, '[]')) INTO result
            FROM manager_property mp JOIN property p ON p.id = mp.property_id
            WHERE mp.manager_id = my_id AND p.portfolio_id = my_portfolio;
    END IF;
    RETURN coalesce(result, '{}');
END
$$;

ALTER TABLE portfolio_scope ADD COLUMN property_ranges int8multirange NOT NULL DEFAULT '{}';
CREATE OR REPLACE FUNCTION porter_rebuild_portfolio_scope() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM portfolio_scope;
    INSERT INTO portfolio_scope (portfolio_id, property_ranges)
        SELECT p.portfolio_id, range_agg(int8range(p.id, p.id, '[]')) FROM property p GROUP BY p.portfolio_id;
    RETURN NULL;
END
$$;
DELETE FROM portfolio_scope;
ALTER TABLE portfolio_scope DROP COLUMN property_ids;
INSERT INTO portfolio_scope (portfolio_id, property_ranges)
    SELECT p.portfolio_id, range_agg(int8range(p.id, p.id, '[]')) FROM property p GROUP BY p.portfolio_id;

-- Each policy's comparison, rewritten where PostgreSQL keeps it (as 0002 did). The old function is then
-- dropped without CASCADE: were a policy still to name it, the migration would fail here, whole.
DO $$
DECLARE
    r RECORD;
    q TEXT;
    w TEXT;
    s TEXT;
    old_form CONSTANT TEXT :=
        '(\w+) = ANY \(\( SELECT porter_visible_properties\(\) AS porter_visible_properties\)::bigint\[\]\)';
BEGIN
    FOR r IN SELECT * FROM pg_catalog.pg_policies WHERE schemaname = current_schema() LOOP
        q := regexp_replace(r.qual, old_form, '\1 <@ (SELECT porter_visible_scope())', 'g');
        w := regexp_replace(r.with_check, old_form, '\1 <@ (SELECT porter_visible_scope())', 'g');
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
DROP FUNCTION porter_visible_properties();

-- The arguments are (table, column) pairs, as before: the first parent gives the property; every other
-- parent must be of the same property. PL/pgSQL compiles a trigger function for each table it serves,
-- and a statement when it first runs: a column this table lacks is never reached.
CREATE OR REPLACE FUNCTION porter_fill_property_id() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    parent_id bigint;
    found_property bigint;
BEGIN
    FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
        CASE TG_ARGV[2 * i + 1]
            WHEN 'key_id' THEN parent_id := NEW.key_id;
            WHEN 'door_id' THEN parent_id := NEW.door_id;
            WHEN 'person_id' THEN parent_id := NEW.person_id;
            WHEN 'host_person_id' THEN parent_id := NEW.host_person_id;
            WHEN 'guest_person_id' THEN parent_id := NEW.guest_person_id;
        END CASE;
        CASE TG_ARGV[2 * i]
            WHEN 'access_key' THEN
                SELECT k.property_id INTO found_property FROM public.access_key k WHERE k.id = parent_id;
            WHEN 'person' THEN
                SELECT p.property_id INTO found_property FROM public.person p WHERE p.id = parent_id;
            WHEN 'door' THEN
                SELECT d.property_id INTO found_property FROM public.door d WHERE d.id = parent_id;
        END CASE;
        IF found_property IS NULL THEN
            RAISE EXCEPTION 'no such % %', TG_ARGV[2 * i], parent_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF i = 0 THEN
            NEW.property_id := found_property;
        ELSIF found_property <> NEW.property_id THEN
            RAISE EXCEPTION '% % is of another property', TG_ARGV[2 * i], parent_id USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
