-- The current definition of each SQL function of the recording_consent service, as its migrated database holds it
-- (tests/integration/test_sql_functions.py compares them). A migration that changes a function changes it
-- here too and applies this file (services.common.migrations.apply_sql_functions); the migrations keep the history.

CREATE OR REPLACE FUNCTION public.callvault_call_answered()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    UPDATE call SET started_at = NEW.occurred_at
    WHERE id = NEW.call_id AND (started_at IS NULL OR started_at > NEW.occurred_at);
    RETURN NULL;
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_call_fingerprint(p_call uuid)
 RETURNS text
 LANGUAGE sql
 STABLE
 SET search_path TO 'public'
AS $function$
    -- The call's own rows as the decision reads them, which other paths change without an event (a
    -- participant added), every column but a participant's encrypted number: no decision reads it, and an
    -- erasure that removes it does not take the call's lock (it waits on the object store meanwhile).
    SELECT md5(c::text || coalesce((SELECT string_agg((to_jsonb(p) - 'phone_number_encrypted')::text, ','
                                                      ORDER BY p.id)
                                    FROM participant p WHERE p.call_id = c.id), ''))
    FROM call c WHERE c.id = p_call
$function$
;

CREATE OR REPLACE FUNCTION public.callvault_call_timeline(p_tenant uuid, p_call uuid, p_source_ids text[], p_versions text[], p_lock boolean, OUT call_row call, OUT participant_rows participant[], OUT event_types text[], OUT event_times timestamp with time zone[], OUT event_participants uuid[], OUT event_purposes text, OUT event_methods text[], OUT event_completed boolean[], OUT event_sequences bigint[], OUT decision_row decision, OUT settings_row consent_settings, OUT objection_rows do_not_record[], OUT seen_rows consent_event[], OUT announcement_rows announcement[], OUT inputs bigint, OUT fingerprint text)
 RETURNS SETOF record
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    -- The call's whole state, with the timeline as the decision reads it: a column per fact, in order
    -- (whole rows cost both sides more than the rest of the state together).
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    IF p_lock THEN  -- inside a transaction: the call stays locked until it ends
        PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    END IF;
    RETURN QUERY
    SELECT c,
           array(SELECT p FROM participant p WHERE p.call_id = c.id ORDER BY p.joined_at, p.external_id),
           coalesce(t.types, '{}'), coalesce(t.times, '{}'), coalesce(t.participants, '{}'),
           coalesce(t.purposes, '[]'), coalesce(t.methods, '{}'), coalesce(t.completed, '{}'),
           coalesce(t.sequences, '{}'),
           (SELECT d FROM decision d WHERE d.call_id = c.id),
           (SELECT s FROM consent_settings s WHERE s.tenant_id = c.tenant_id),
           array(SELECT o FROM do_not_record o WHERE o.phone_number_index IN (
               SELECT p.phone_number_index FROM participant p WHERE p.call_id = c.id)),
           array(SELECT e FROM consent_event e WHERE e.call_id = c.id AND e.source_event_id = ANY(p_source_ids)),
           array(SELECT a FROM announcement a WHERE a.version = ANY(p_versions) AND a.retired_at IS NULL),
           coalesce((SELECT i.generation FROM consent_inputs i WHERE i.tenant_id = p_tenant), 0),
           callvault_call_fingerprint(c.id)
    FROM call c
    CROSS JOIN LATERAL (
        SELECT array_agg(e.type ORDER BY e.occurred_at, e.sequence) AS types,
               array_agg(e.occurred_at ORDER BY e.occurred_at, e.sequence) AS times,
               array_agg(e.participant_id ORDER BY e.occurred_at, e.sequence) AS participants,
               json_agg(e.purposes ORDER BY e.occurred_at, e.sequence)::text AS purposes,
               array_agg(e.method ORDER BY e.occurred_at, e.sequence) AS methods,
               array_agg(e.completed ORDER BY e.occurred_at, e.sequence) AS completed,
               array_agg(e.sequence ORDER BY e.occurred_at, e.sequence) AS sequences
        FROM consent_event e WHERE e.call_id = c.id) t
    WHERE c.id = p_call;
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_consent_inputs_changed()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    -- A tenant's settings, do-not-record entries or announcements changed: every decision's inputs. A random
    -- generation, not a count: a database restored to an earlier count could count up to a kept one again.
    INSERT INTO consent_inputs AS i (tenant_id, generation)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END, floor(random() * 9e18)::bigint)
    ON CONFLICT (tenant_id) DO UPDATE SET generation = floor(random() * 9e18)::bigint;
    RETURN NULL;
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_decision_notify()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN PERFORM pg_notify('callvault_decision', NEW.call_id::text || ':' || NEW.version::text); RETURN NULL; END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_events_prune(published_before timestamp with time zone, processed_before timestamp with time zone, batch integer, OUT outbox bigint, OUT processed bigint)
 RETURNS record
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('callvault.pruning', 'on', true); WITH o AS (DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE published_at < published_before LIMIT batch) RETURNING 1), p AS (DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM processed_event WHERE processed_at < processed_before LIMIT batch) RETURNING 1) SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM p) INTO outbox, processed; PERFORM set_config('callvault.pruning', 'off', true); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_outbox_backlog(OUT pending bigint, OUT oldest_seconds double precision)
 RETURNS record
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::double precision FROM outbox_event WHERE published_at IS NULL $function$
;

CREATE OR REPLACE FUNCTION public.callvault_outbox_notify()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN PERFORM pg_notify('callvault_outbox', ''); RETURN NULL; END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_outbox_pending_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ SELECT DISTINCT tenant_id FROM outbox_event WHERE published_at IS NULL $function$
;

CREATE OR REPLACE FUNCTION public.callvault_read_agent_decision(p_call uuid, p_tenant uuid, p_agent text, OUT document text, OUT stale_after timestamp with time zone)
 RETURNS SETOF record
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('app.tenant_id', p_tenant::text, true); RETURN QUERY SELECT d.document::text, d.stale_after FROM decision d WHERE d.call_id = p_call AND EXISTS (SELECT 1 FROM participant p WHERE p.call_id = p_call AND p.role = 'agent' AND p.external_id = p_agent); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_read_decision(p_call uuid, p_tenant uuid, OUT document text, OUT stale_after timestamp with time zone)
 RETURNS SETOF record
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('app.tenant_id', p_tenant::text, true); RETURN QUERY SELECT d.document::text, d.stale_after FROM decision d WHERE d.call_id = p_call; END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_read_phone_region(p_tenant uuid)
 RETURNS text
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('app.tenant_id', p_tenant::text, true); RETURN (SELECT s.default_region FROM consent_settings s WHERE s.tenant_id = p_tenant); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_record_events(p_tenant uuid, p_call uuid, p_last_sequence bigint, p_decision_version integer, e_id uuid[], e_type text[], e_participant uuid[], e_purposes text[], e_method text[], e_evidence bytea[], e_version text[], e_completed boolean[], e_occurred timestamp with time zone[], e_source text[], c_changed boolean, c_recording_state text, c_ended_at timestamp with time zone, l_id uuid[], l_at timestamp with time zone[], d_write boolean, d_version integer, d_may_record boolean, d_may_transcribe boolean, d_may_analyze boolean, d_may_train boolean, d_rules_version text, d_document text, d_computed_at timestamp with time zone, d_stale_after timestamp with time zone, o_id uuid[], o_type text[], o_source text[], o_subject text[], o_time timestamp with time zone[], o_data text[], g_kind text[], g_content text[], g_content_hash text[], p_fingerprint text DEFAULT NULL::text, p_inputs bigint DEFAULT NULL::bigint, OUT moved_on boolean, OUT event_ids uuid[], OUT event_sequences bigint[], OUT received_ats timestamp with time zone[], OUT ledger_positions bigint[], OUT fingerprint text)
 RETURNS record
 LANGUAGE plpgsql
 SET search_path TO 'public'
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
BEGIN
    -- Generic plans (plan_cache_mode above): each statement is an insert from the arrays or a lookup by
    -- key, one shape whatever the arrays hold, and re-planning them on every call cost the backend about
    -- a tenth of its CPU per event (bench/consent_function_settings.py).
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    -- Every change of what the call's fingerprint covers holds the call's lock too (a participant added),
    -- so the fingerprint answered at the end is this write's.
    PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    -- The state the decision was made from, if still so: the call's rows, whose changes no event records,
    -- and the tenant's inputs (unchecked when NULL: those of a state read under the call's lock, which
    -- they move on without).
    IF coalesce((SELECT max(e.sequence) FROM consent_event e WHERE e.call_id = p_call), 0) <> p_last_sequence
       OR coalesce((SELECT d.version FROM decision d WHERE d.call_id = p_call), 0) <> p_decision_version
       OR (p_fingerprint IS NOT NULL AND p_fingerprint IS DISTINCT FROM callvault_call_fingerprint(p_call))
       OR (p_inputs IS NOT NULL
           AND p_inputs <> coalesce((SELECT i.generation FROM consent_inputs i WHERE i.tenant_id = p_tenant), 0))
       -- an event stored already (a replay, which a kept state cannot know of): read, it is answered as one
       OR EXISTS (SELECT 1 FROM consent_event e WHERE e.tenant_id = p_tenant AND e.call_id = p_call
                  AND e.source_event_id = ANY(e_source)) THEN
        moved_on := true;
        RETURN;
    END IF;
    moved_on := false;
    -- The ledger entries first, plain inserts (no tenant-wide lock: the sealer orders them later),
    -- so that each event row is written once, with its entry's position.
    ledger_positions := '{}';
    IF coalesce(array_length(g_kind, 1), 0) > 0 THEN
        WITH written AS (
            INSERT INTO ledger_entry (tenant_id, kind, call_id, content, content_hash)
            SELECT p_tenant, x.kind, p_call, x.content::jsonb, x.content_hash
            FROM unnest(g_kind, g_content, g_content_hash) WITH ORDINALITY AS x(kind, content, content_hash, n)
            ORDER BY x.n
            RETURNING ledger_entry.position
        )
        SELECT array_agg(written.position ORDER BY written.position) INTO ledger_positions FROM written;
    END IF;
    WITH stored AS (
        INSERT INTO consent_event (id, tenant_id, call_id, type, participant_id, purposes, method,
                                   evidence_encrypted, announcement_version, completed, occurred_at, source_event_id,
                                   ledger_position)
        SELECT x.id, p_tenant, p_call, x.type, x.participant, x.purposes::jsonb, x.method, x.evidence, x.version,
               x.completed, x.occurred, x.source, x.position
        FROM unnest(e_id, e_type, e_participant, e_purposes, e_method, e_evidence, e_version, e_completed,
                    e_occurred, e_source, ledger_positions) WITH ORDINALITY
             AS x(id, type, participant, purposes, method, evidence, version, completed, occurred, source, position, n)
        ORDER BY x.n
        RETURNING consent_event.id, consent_event.sequence, consent_event.received_at
    )
    SELECT array_agg(stored.id), array_agg(stored.sequence), array_agg(stored.received_at)
    INTO event_ids, event_sequences, received_ats FROM stored;
    IF c_changed THEN
        UPDATE call SET recording_state = c_recording_state, ended_at = c_ended_at WHERE id = p_call;
    END IF;
    IF coalesce(array_length(l_id, 1), 0) > 0 THEN
        UPDATE participant SET left_at = x.at FROM unnest(l_id, l_at) AS x(id, at) WHERE participant.id = x.id;
    END IF;
    IF d_write THEN
        INSERT INTO decision (call_id, tenant_id, version, may_record, may_transcribe, may_analyze, may_train,
                              rules_version, document, computed_at, stale_after)
        VALUES (p_call, p_tenant, d_version, d_may_record, d_may_transcribe, d_may_analyze, d_may_train,
                d_rules_version, d_document::jsonb, d_computed_at, d_stale_after)
        ON CONFLICT (call_id) DO UPDATE SET
            version = EXCLUDED.version, may_record = EXCLUDED.may_record,
            may_transcribe = EXCLUDED.may_transcribe, may_analyze = EXCLUDED.may_analyze,
            may_train = EXCLUDED.may_train, rules_version = EXCLUDED.rules_version,
            document = EXCLUDED.document, computed_at = EXCLUDED.computed_at, stale_after = EXCLUDED.stale_after;
    END IF;
    INSERT INTO outbox_event (id, tenant_id, type, source, subject, time, data)
    SELECT x.id, p_tenant, x.type, x.source, x.subject, x.time, x.data::jsonb
    FROM unnest(o_id, o_type, o_source, o_subject, o_time, o_data) AS x(id, type, source, subject, time, data);
    fingerprint := callvault_call_fingerprint(p_call);
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RAISE EXCEPTION 'the consent ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_set_once()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN
    -- The one change a log row allows: its column named by the trigger goes from NULL to a value.
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) ->> TG_ARGV[0] IS NULL AND to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL
       AND to_jsonb(OLD) - TG_ARGV[0] = to_jsonb(NEW) - TG_ARGV[0] THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_tlog_backlog(OUT pending bigint, OUT oldest_seconds double precision)
 RETURNS record
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::double precision FROM ledger_entry WHERE leaf_index IS NULL $function$
;

CREATE OR REPLACE FUNCTION public.callvault_tlog_pending_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ SELECT DISTINCT tenant_id FROM ledger_entry WHERE leaf_index IS NULL UNION SELECT DISTINCT tenant_id FROM tlog_tree_head WHERE copied_at IS NULL $function$
;

