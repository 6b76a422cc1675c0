-- The current definition of each SQL function of the gateway service, as its migrated database holds it
-- (tests/integration/test_sql_functions.py compares them). A migration that changes a function changes it
-- here too and applies this file (services.common.migrations.apply_sql_functions); the migrations keep the history.

CREATE OR REPLACE FUNCTION public.callvault_api_key_lookup(hash text)
 RETURNS TABLE(id uuid, tenant_id uuid, roles text[], expires_at timestamp with time zone, revoked_at timestamp with time zone, tenant_disabled boolean, rate_limit_per_second double precision, rate_burst integer, data_region text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT k.id, k.tenant_id, k.roles, k.expires_at, k.revoked_at, t.disabled, t.rate_limit_per_second,
                   t.rate_burst, t.data_region
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id WHERE k.secret_hash = hash
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_api_key_used(key_id uuid)
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            UPDATE api_key SET last_used_at = now()
            WHERE id = key_id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_events_prune(published_before timestamp with time zone, processed_before timestamp with time zone, batch integer, OUT outbox bigint, OUT processed bigint)
 RETURNS record
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$ BEGIN PERFORM set_config('callvault.pruning', 'on', true); WITH o AS (DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event WHERE published_at < published_before LIMIT batch) RETURNING 1), p AS (DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM processed_event WHERE processed_at < processed_before LIMIT batch) RETURNING 1) SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM p) INTO outbox, processed; PERFORM set_config('callvault.pruning', 'off', true); END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_inbox_put(p_tenant uuid, p_provider text, p_key text, p_call jsonb, p_happenings jsonb, p_agent_side text)
 RETURNS boolean
 LANGUAGE plpgsql
 SET search_path TO 'public'
AS $function$
        BEGIN
            PERFORM set_config('app.tenant_id', p_tenant::text, true);
            INSERT INTO telephony_inbox (tenant_id, provider, dedupe_key, call, happenings, agent_side)
            VALUES (p_tenant, p_provider, p_key, p_call, p_happenings, p_agent_side)
            ON CONFLICT DO NOTHING;
            RETURN FOUND;
        END $function$
;

CREATE OR REPLACE FUNCTION public.callvault_inbox_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT DISTINCT i.tenant_id FROM telephony_inbox i WHERE i.status = 'pending'
            UNION
            SELECT DISTINCT i.tenant_id FROM telephony_inbox i
            WHERE i.transcript_state = 'pending' AND i.transcript_next_at <= now()
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_oidc_lookup(p_issuer text)
 RETURNS TABLE(tenant_id uuid, issuer text, jwks_url text, audience text, roles_claim text, role_map jsonb, tenant_disabled boolean, rate_limit_per_second double precision, rate_burst integer, data_region text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT o.tenant_id, o.issuer, o.jwks_url, o.audience, o.roles_claim, o.role_map, t.disabled,
                   t.rate_limit_per_second, t.rate_burst, t.data_region
            FROM tenant_oidc o JOIN tenant t ON t.id = o.tenant_id WHERE o.issuer = p_issuer
        $function$
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

CREATE OR REPLACE FUNCTION public.callvault_recording_deletions_due()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT tenant_id FROM recording_deletion WHERE status = 'pending' AND next_attempt_at <= now()
            UNION
            SELECT tenant_id FROM provider_recording
            WHERE state IN ('deleting', 'failed') AND next_attempt_at <= now()
            UNION
            SELECT tenant_id FROM provider_recording WHERE state = 'kept' AND next_check_at <= now()
            UNION
            SELECT tenant_id FROM recording_erasure WHERE status = 'pending' AND next_attempt_at <= now()
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_recording_stops_due()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT DISTINCT j.tenant_id FROM recording_stop_job j
            WHERE j.status = 'pending' AND j.next_attempt_at <= now()
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_telephony_lookup(p_slug text, p_provider text)
 RETURNS TABLE(tenant_id uuid, tenant_disabled boolean, sealed bytea, rate_limit_per_second double precision, rate_burst integer)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT t.id, t.disabled, c.sealed, t.rate_limit_per_second, t.rate_burst
            FROM tenant t JOIN telephony_credential c ON c.tenant_id = t.id AND c.provider = p_provider
            WHERE t.slug = p_slug
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_webhook_due_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT DISTINCT d.tenant_id FROM webhook_delivery d
            WHERE d.status = 'pending' AND d.next_attempt_at <= now()
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_webhook_subscribed_tenants()
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
            SELECT DISTINCT e.tenant_id FROM webhook_endpoint e WHERE e.disabled_at IS NULL
        $function$
;

CREATE OR REPLACE FUNCTION public.callvault_webhooks_prune(finished_before timestamp with time zone, batch integer, OUT inbox bigint, OUT answers bigint, OUT deliveries bigint)
 RETURNS record
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
BEGIN
    PERFORM set_config('callvault.pruning', 'on', true);
    WITH i AS (DELETE FROM telephony_inbox WHERE (tenant_id, provider, dedupe_key) IN (
                   SELECT tenant_id, provider, dedupe_key FROM telephony_inbox
                   WHERE status <> 'pending' AND transcript_state IS DISTINCT FROM 'pending'
                     AND coalesce(processed_at, received_at) < finished_before LIMIT batch)
               RETURNING 1),
         a AS (DELETE FROM telephony_webhook WHERE (tenant_id, provider, dedupe_key) IN (
                   SELECT tenant_id, provider, dedupe_key FROM telephony_webhook
                   WHERE received_at < finished_before LIMIT batch)
               RETURNING 1),
         d AS (DELETE FROM webhook_delivery WHERE id IN (
                   SELECT id FROM webhook_delivery
                   WHERE status <> 'pending' AND coalesce(delivered_at, next_attempt_at) < finished_before
                   LIMIT batch)
               RETURNING 1)
    SELECT (SELECT count(*) FROM i), (SELECT count(*) FROM a), (SELECT count(*) FROM d)
    INTO inbox, answers, deliveries;
    PERFORM set_config('callvault.pruning', 'off', true);
END $function$
;

