"""the consent ledger becomes a transparency log: entries are plain inserts, a sealer extends a Merkle tree

Revision ID: 0012
Revises: 0011
"""

from alembic import op

from services.common.settings import APP_ROLE
from services.common.transparency.ddl import create_log

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SIGNATURE = ("callvault_record_events(uuid, uuid, bigint, int, uuid[], text[], uuid[], text[], text[], "
             "bytea[], text[], boolean[], timestamptz[], text[], boolean, text, timestamptz, uuid[], "
             "timestamptz[], boolean, int, boolean, boolean, boolean, boolean, text, text, timestamptz, "
             "timestamptz, uuid[], text[], text[], text[], timestamptz[], text[], text[], text[], text[])")

# As 0004's, but the ledger entries are inserted without the tenant's ledger lock and without
# chaining: the sealer gives them their leaf indexes later.
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
    OUT ledger_positions bigint[])
RETURNS record LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    IF coalesce((SELECT max(e.sequence) FROM consent_event e WHERE e.call_id = p_call), 0) <> p_last_sequence
       OR coalesce((SELECT d.version FROM decision d WHERE d.call_id = p_call), 0) <> p_decision_version THEN
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
END $$
"""


def upgrade() -> None:
    op.execute("DROP FUNCTION callvault_ledger_tenants_behind()")
    op.execute("DROP INDEX ledger_entry_participant")
    create_log("ledger_entry")
    op.execute("CREATE INDEX ledger_entry_participant ON ledger_entry "
               "(tenant_id, (content->>'participant_id'), position)")
    # An event names its entry by position now (the sequence number was the chain's).
    op.execute("ALTER TABLE consent_event RENAME COLUMN ledger_seq TO ledger_position")
    op.execute("ALTER TABLE consent_event NO FORCE ROW LEVEL SECURITY")
    op.execute("UPDATE consent_event e SET ledger_position = l.position FROM ledger_entry l "
               "WHERE l.tenant_id = e.tenant_id AND l.seq = e.ledger_position")
    op.execute("ALTER TABLE consent_event FORCE ROW LEVEL SECURITY")
    op.execute(f"DROP FUNCTION {SIGNATURE}")
    op.execute(RECORD)
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {APP_ROLE}")
