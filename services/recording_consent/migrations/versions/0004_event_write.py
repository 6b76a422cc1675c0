"""the event write path as two round trips: a call's state, then everything its events change

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from services.common.settings import APP_ROLE

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Both run as the app role (SECURITY INVOKER), under row-level security, with the tenant set for
# the transaction they run in.
STATE = """
CREATE FUNCTION callvault_call_state(p_tenant uuid, p_call uuid, p_source_ids text[], p_versions text[],
    p_lock boolean,
    OUT call_row call, OUT participant_rows participant[], OUT event_rows consent_event[],
    OUT decision_row decision, OUT settings_row consent_settings, OUT objection_rows do_not_record[],
    OUT seen_rows consent_event[], OUT announcement_rows announcement[])
RETURNS SETOF record LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    IF p_lock THEN  -- inside a transaction: the call stays locked until it ends
        PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    END IF;
    RETURN QUERY
    SELECT c,
           array(SELECT p FROM participant p WHERE p.call_id = c.id ORDER BY p.joined_at, p.external_id),
           array(SELECT e FROM consent_event e WHERE e.call_id = c.id ORDER BY e.occurred_at, e.sequence),
           (SELECT d FROM decision d WHERE d.call_id = c.id),
           (SELECT s FROM consent_settings s WHERE s.tenant_id = c.tenant_id),
           array(SELECT o FROM do_not_record o WHERE o.phone_number_index IN (
               SELECT p.phone_number_index FROM participant p WHERE p.call_id = c.id)),
           array(SELECT e FROM consent_event e WHERE e.source_event_id = ANY(p_source_ids)),
           array(SELECT a FROM announcement a WHERE a.version = ANY(p_versions) AND a.retired_at IS NULL)
    FROM call c WHERE c.id = p_call;
END $$
"""

# Everything in one statement, so in one transaction even without an explicit one: when the call
# moved on since its state was read (another event, another decision), nothing is written and
# `moved_on` says so; the caller then reads again under a lock. The ledger entries are chained here,
# under the tenant's ledger lock, which is therefore held only from here to the commit. Their hash
# is the one `hash_chain.entry_hash` computes (the verifier recomputes it in Python).
RECORD = """
CREATE FUNCTION callvault_record_events(p_tenant uuid, p_call uuid, p_last_sequence bigint, p_decision_version int,
    e_id uuid[], e_type text[], e_participant uuid[], e_purposes text[], e_method text[], e_evidence bytea[],
    e_version text[], e_completed boolean[], e_occurred timestamptz[], e_source text[],
    c_changed boolean, c_recording_state text, c_ended_at timestamptz,
    l_id uuid[], l_at timestamptz[],
    d_write boolean, d_version int, d_may_record boolean, d_may_transcribe boolean, d_may_analyze boolean,
    d_may_train boolean, d_rules_version text, d_document text, d_computed_at timestamptz,
    d_stale_after timestamptz,
    o_id uuid[], o_type text[], o_source text[], o_subject text[], o_time timestamptz[], o_data text[],
    g_kind text[], g_content text[], g_content_hash text[],
    OUT moved_on boolean, OUT event_ids uuid[], OUT event_sequences bigint[], OUT received_ats timestamptz[],
    OUT ledger_seqs bigint[])
RETURNS record LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
DECLARE
    v_seq bigint;
    v_prev text;
    v_hash text;
    v_prevs text[] := '{}';
    v_hashes text[] := '{}';
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    IF coalesce((SELECT max(e.sequence) FROM consent_event e WHERE e.call_id = p_call), 0) <> p_last_sequence
       OR coalesce((SELECT d.version FROM decision d WHERE d.call_id = p_call), 0) <> p_decision_version THEN
        moved_on := true;
        RETURN;
    END IF;
    moved_on := false;
    WITH stored AS (
        INSERT INTO consent_event (id, tenant_id, call_id, type, participant_id, purposes, method,
                                   evidence_encrypted, announcement_version, completed, occurred_at, source_event_id)
        SELECT x.id, p_tenant, p_call, x.type, x.participant, x.purposes::jsonb, x.method, x.evidence, x.version,
               x.completed, x.occurred, x.source
        FROM unnest(e_id, e_type, e_participant, e_purposes, e_method, e_evidence, e_version, e_completed,
                    e_occurred, e_source) WITH ORDINALITY
             AS x(id, type, participant, purposes, method, evidence, version, completed, occurred, source, n)
        ORDER BY x.n
        RETURNING consent_event.id, consent_event.sequence, consent_event.received_at
    )
    SELECT array_agg(stored.id), array_agg(stored.sequence), array_agg(stored.received_at)
    INTO event_ids, event_sequences, received_ats FROM stored;
    IF c_changed THEN
        UPDATE call SET recording_state = c_recording_state, ended_at = c_ended_at WHERE id = p_call;
    END IF;
    UPDATE participant SET left_at = x.at FROM unnest(l_id, l_at) AS x(id, at) WHERE participant.id = x.id;
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
    ledger_seqs := '{}';
    IF coalesce(array_length(g_kind, 1), 0) > 0 THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('callvault.ledger:' || p_tenant::text, 0));
        SELECT l.seq, l.entry_hash INTO v_seq, v_prev FROM ledger_entry l WHERE l.tenant_id = p_tenant
        ORDER BY l.seq DESC LIMIT 1;
        v_seq := coalesce(v_seq, 0);
        v_prev := coalesce(v_prev, repeat('0', 64));
        -- The chain is computed one entry after another; the rows are then written set-wise, so
        -- the lock is held for two statements, not two per entry.
        FOR i IN 1 .. array_length(g_kind, 1) LOOP
            v_seq := v_seq + 1;
            v_hash := encode(sha256(convert_to(p_tenant::text || '|' || v_seq::text || '|' || v_prev || '|'
                                               || g_content_hash[i], 'UTF8')), 'hex');
            ledger_seqs := ledger_seqs || v_seq;
            v_prevs := v_prevs || v_prev;
            v_hashes := v_hashes || v_hash;
            v_prev := v_hash;
        END LOOP;
        INSERT INTO ledger_entry (tenant_id, seq, kind, call_id, content, content_hash, prev_hash, entry_hash)
        SELECT p_tenant, x.seq, x.kind, p_call, x.content::jsonb, x.content_hash, x.prev_hash, x.entry_hash
        FROM unnest(ledger_seqs, g_kind, g_content, g_content_hash, v_prevs, v_hashes)
             AS x(seq, kind, content, content_hash, prev_hash, entry_hash);
        UPDATE consent_event SET ledger_seq = x.seq FROM unnest(e_id, ledger_seqs) AS x(id, seq)
        WHERE consent_event.id = x.id;
    END IF;
END $$
"""


def upgrade() -> None:
    op.execute(STATE)
    op.execute(RECORD)
    for signature in ("callvault_call_state(uuid, uuid, text[], text[], boolean)",
                      "callvault_record_events(uuid, uuid, bigint, int, uuid[], text[], uuid[], text[], text[], "
                      "bytea[], text[], boolean[], timestamptz[], text[], boolean, text, timestamptz, uuid[], "
                      "timestamptz[], boolean, int, boolean, boolean, boolean, boolean, text, text, timestamptz, "
                      "timestamptz, uuid[], text[], text[], text[], timestamptz[], text[], text[], text[], text[])"):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {APP_ROLE}")
