-- The current definition of each SQL function of the transcripts service, as its migrated database holds it
-- (tests/integration/test_sql_functions.py compares them). A migration that changes a function changes it
-- here too and applies this file (services.common.migrations.apply_sql_functions); the migrations keep the history.

CREATE OR REPLACE FUNCTION public.callvault_audit_append(p_tenant uuid, p_action text, p_transcript uuid, p_content jsonb, p_content_hash text, p_at timestamp with time zone)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('app.tenant_id', p_tenant::text, true); INSERT INTO audit_entry (tenant_id, action, transcript_id, content, content_hash, created_at) VALUES (p_tenant, p_action, p_transcript, p_content, p_content_hash, p_at); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_events_prune(published_before timestamp with time zone, processed_before timestamp with time zone, batch integer, OUT outbox bigint, OUT processed bigint)
 RETURNS record
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('callvault.pruning', 'on', true); WITH o AS (DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE published_at < published_before LIMIT batch) RETURNING 1), p AS (DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM processed_event WHERE processed_at < processed_before LIMIT batch) RETURNING 1) SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM p) INTO outbox, processed; PERFORM set_config('callvault.pruning', 'off', true); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_hold_covers(h legal_hold, t transcript)
 RETURNS boolean
 LANGUAGE sql
 STABLE
 SET search_path TO 'public'
AS $function$
    SELECT (h.from_at IS NULL OR t.call_started_at >= h.from_at)
       AND (h.to_at IS NULL OR t.call_started_at < h.to_at)
       AND ((cardinality(h.call_ids) = 0 AND cardinality(h.tags) = 0 AND cardinality(h.subject_digests) = 0)
            OR t.call_id = ANY (h.call_ids)
            OR t.tags && h.tags
            OR EXISTS (SELECT 1 FROM transcript_subject s
                       WHERE s.tenant_id = t.tenant_id AND s.transcript_id = t.id
                         AND s.digest = ANY (h.subject_digests)))
$function$
;

CREATE OR REPLACE FUNCTION public.callvault_lifecycle_stats(OUT due bigint, OUT held bigint, OUT purging bigint, OUT oldest_overdue_seconds double precision, OUT withdrawals_pending bigint)
 RETURNS record
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('callvault.purge_scan', 'on', true);
    SELECT count(*) FILTER (WHERE NOT t.held), count(*) FILTER (WHERE t.held),
           COALESCE(EXTRACT(EPOCH FROM now() - min(t.expires_at) FILTER (WHERE NOT t.held)), 0)
      INTO due, held, oldest_overdue_seconds
      FROM transcript t WHERE t.status = 'active' AND t.expires_at <= now();
    SELECT count(*) INTO purging FROM transcript t WHERE t.status = 'purging';
    SELECT count(*) INTO withdrawals_pending FROM withdrawal w WHERE w.status = 'pending';
    PERFORM set_config('callvault.purge_scan', 'off', true);
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_lock_call(p_call uuid)
 RETURNS void
 LANGUAGE sql
AS $function$
    SELECT pg_advisory_xact_lock(hashtext('callvault.call'), abs(hashtext(p_call::text) % 512))
$function$
;

CREATE OR REPLACE FUNCTION public.callvault_object_announce(p_tenant uuid, p_key text, p_bucket text)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    INSERT INTO pending_object (tenant_id, object_key, bucket) VALUES (p_tenant, p_key, p_bucket);
END $function$
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

CREATE OR REPLACE FUNCTION public.callvault_pending_objects_due(p_before timestamp with time zone, p_limit integer)
 RETURNS TABLE(tenant_id uuid, object_key text, bucket text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT p.tenant_id, p.object_key, p.bucket FROM pending_object p
            WHERE p.created_at < p_before ORDER BY p.created_at LIMIT p_limit
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_privacy_overdue()
 RETURNS bigint
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
DECLARE n bigint;
BEGIN
    PERFORM set_config('callvault.privacy_scan', 'on', true);
    SELECT count(*) INTO n FROM privacy_request r
        WHERE r.status IN ('received', 'verified', 'in_progress') AND r.due_at < now();
    PERFORM set_config('callvault.privacy_scan', 'off', true);
    RETURN n;
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_privacy_work(p_limit integer)
 RETURNS TABLE(tenant_id uuid, id uuid)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('callvault.privacy_scan', 'on', true);
    RETURN QUERY SELECT r.tenant_id, r.id FROM privacy_request r
        WHERE r.status IN ('verified', 'in_progress')
           OR (r.export_deleted_at IS NULL AND r.export_expires_at <= now())
        ORDER BY r.created_at LIMIT p_limit;
    PERFORM set_config('callvault.privacy_scan', 'off', true);
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_purge_tenants(p_now timestamp with time zone, p_limit integer)
 RETURNS TABLE(tenant_id uuid)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('callvault.purge_scan', 'on', true);
    RETURN QUERY SELECT DISTINCT d.tenant_id FROM (
        (SELECT DISTINCT t.tenant_id FROM transcript t
         WHERE t.status = 'active' AND NOT t.held AND t.expires_at <= p_now LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT t.tenant_id FROM transcript t WHERE t.status = 'purging' LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT w.tenant_id FROM withdrawal w WHERE w.status = 'pending' LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT s.tenant_id FROM superseded_version s LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT e.tenant_id FROM held_erasure e WHERE e.state IN ('held', 'shredded') LIMIT p_limit)
    ) d;
    PERFORM set_config('callvault.purge_scan', 'off', true);
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_retention_for(p_tenant uuid, p_call uuid, p_tags text[], OUT days integer, OUT source text)
 RETURNS record
 LANGUAGE sql
 STABLE
 SET search_path TO 'public'
AS $function$
    SELECT r.days, r.source FROM
        (SELECT 1) one
        LEFT JOIN retention_policy p ON p.tenant_id = p_tenant
        LEFT JOIN call_retention c ON c.tenant_id = p_tenant AND c.call_id = p_call,
        LATERAL callvault_retention_pick(COALESCE(p.default_days, 30), COALESCE(p.by_tag, '{}'), c.days, p_tags) r
$function$
;

CREATE OR REPLACE FUNCTION public.callvault_retention_pick(p_default integer, p_by_tag jsonb, p_call integer, p_tags text[], OUT days integer, OUT source text)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
AS $function$
    SELECT d.days, d.source FROM (
        SELECT p_default AS days, 'default' AS source, 0 AS rank
        UNION ALL
        SELECT (p_by_tag ->> tag)::int, 'tag:' || tag, 1 FROM unnest(p_tags) AS tag WHERE p_by_tag ? tag
        UNION ALL
        SELECT p_call, 'call', 2 WHERE p_call IS NOT NULL
    ) d ORDER BY d.days DESC, d.rank DESC LIMIT 1
$function$
;

CREATE OR REPLACE FUNCTION public.callvault_set_once()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
    derived text[] := ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = TG_RELID AND attgenerated = 's');
BEGIN
    -- The one change a log row allows: its column named by the trigger goes from NULL to a value.
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) ->> TG_ARGV[0] IS NULL AND to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL
       AND (to_jsonb(OLD) - TG_ARGV[0]) - derived = (to_jsonb(NEW) - TG_ARGV[0]) - derived THEN
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
AS $function$ SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::double precision FROM audit_entry WHERE leaf_index IS NULL $function$
;

CREATE OR REPLACE FUNCTION public.callvault_tlog_pending_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ SELECT DISTINCT tenant_id FROM audit_entry WHERE leaf_index IS NULL UNION SELECT DISTINCT tenant_id FROM tlog_tree_head WHERE copied_at IS NULL $function$
;

CREATE OR REPLACE FUNCTION public.callvault_transcript_expiry()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM callvault_lock_call(NEW.call_id);
        IF NEW.call_ended_at IS NULL THEN
            SELECT e.ended_at INTO NEW.call_ended_at FROM call_end e
            WHERE e.tenant_id = NEW.tenant_id AND e.call_id = NEW.call_id;
        END IF;
        SELECT r.days, r.source INTO NEW.retention_days, NEW.retention_source
        FROM callvault_retention_for(NEW.tenant_id, NEW.call_id, NEW.tags) r;
    END IF;
    NEW.expires_at := NEW.call_ended_at + NEW.retention_days * interval '24 hours';
    RETURN NEW;
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_transcript_readable(p_tenant uuid, p_id uuid, OUT id uuid, OUT call_id uuid, OUT version integer, OUT language text, OUT engine text, OUT tags text[], OUT agent_ids text[], OUT segment_count integer, OUT removed_segments integer, OUT call_started_at timestamp with time zone, OUT created_at timestamp with time zone, OUT expires_at timestamp with time zone, OUT retention_days integer, OUT retention_source text, OUT wrapped_key bytea, OUT kek_id text, OUT kek_version integer, OUT restricted boolean, OUT operators text, OUT artifacts text)
 RETURNS SETOF record
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    RETURN QUERY
    SELECT t.id, t.call_id, t.version, t.language::text, t.engine::text, t.tags::text[], t.agent_ids::text[],
           t.segment_count, t.removed_segments, t.call_started_at, t.created_at, t.expires_at, t.retention_days,
           t.retention_source::text, t.wrapped_key, t.kek_id::text, t.kek_version,
           -- privacy/repository.py's restricted_sql('t'), word for word (a test compares them)
           EXISTS (SELECT 1 FROM transcript_subject s JOIN privacy_request r
                        ON r.tenant_id = s.tenant_id AND s.digest = ANY (r.digests)
                       WHERE r.type = 'restriction' AND r.status IN ('in_progress', 'completed', 'partially_completed') AND r.lift IS NULL AND s.transcript_id = t.id),
           (SELECT s.redaction_operators::text FROM transcript_settings s WHERE s.tenant_id = t.tenant_id),
           (SELECT json_object_agg(a.kind, json_build_array(a.bucket, a.object_key, a.sha256))::text
              FROM transcript_artifact a WHERE a.transcript_id = t.id AND a.version = t.version)
    FROM transcript t WHERE t.id = p_id AND t.status = 'active';
END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_transcript_store(p_tenant uuid, p_id uuid, p_call uuid, p_version integer, p_language text, p_engine text, p_tags text[], p_agents text[], p_segments integer, p_removed integer, p_removed_list jsonb, p_started timestamp with time zone, p_wrapped bytea, p_kek_id text, p_kek_version integer, p_idempotency_key text, p_digest text, a_kind text, a_bucket text, a_key text, a_size bigint, a_sha256 text, s_kind text[], s_digest text[], s_participants jsonb, o_id uuid, o_type text, o_source text, o_subject text, o_time timestamp with time zone, o_data jsonb)
 RETURNS timestamp with time zone
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
DECLARE
    created timestamptz;
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    INSERT INTO transcript (id, tenant_id, call_id, version, status, language, engine, tags, agent_ids,
                            segment_count, removed_segments, removed, call_started_at, wrapped_key, kek_id,
                            kek_version, idempotency_key, request_digest)
    VALUES (p_id, p_tenant, p_call, p_version, 'active', p_language, p_engine, p_tags, p_agents, p_segments,
            p_removed, p_removed_list, p_started, p_wrapped, p_kek_id, p_kek_version, p_idempotency_key, p_digest)
    RETURNING created_at INTO created;
    INSERT INTO transcript_artifact (transcript_id, version, kind, tenant_id, bucket, object_key, size, sha256)
    VALUES (p_id, p_version, a_kind, p_tenant, a_bucket, a_key, a_size, a_sha256);
    INSERT INTO transcript_subject (tenant_id, kind, digest, transcript_id, participant_ids)
    SELECT p_tenant, k, d, p_id,
           ARRAY(SELECT jsonb_array_elements_text(s_participants -> (n - 1)::int)::uuid)
    FROM unnest(s_kind, s_digest) WITH ORDINALITY AS s(k, d, n);
    DELETE FROM pending_object WHERE tenant_id = p_tenant AND object_key = a_key;
    INSERT INTO outbox_event (id, tenant_id, type, source, subject, time, data)
    VALUES (o_id, p_tenant, o_type, o_source, o_subject, o_time, o_data);
    RETURN created;
END $function$
;

