"""whose identifier each blind-index entry is: `transcript_subject.participant_ids`, written by the store
function in the same statement, so that an export finds the subject's own segments whatever identifier
(number, email, external id) found the subject

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from services.common.settings import APP_ROLE

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_BEFORE = ("callvault_transcript_store(uuid, uuid, uuid, int, text, text, text[], text[], int, int, jsonb, "
           "timestamptz, bytea, text, int, text, text, text, text, text, bigint, text, text[], text[], uuid, "
           "text, text, text, timestamptz, jsonb)")
SIGNATURE = ("callvault_transcript_store(uuid, uuid, uuid, int, text, text, text[], text[], int, int, jsonb, "
             "timestamptz, bytea, text, int, text, text, text, text, text, bigint, text, text[], text[], jsonb, "
             "uuid, text, text, text, timestamptz, jsonb)")

# As 0003's, and `s_participants`: for each (kind, digest), the JSON array of the participants it names.
STORE = """
CREATE FUNCTION callvault_transcript_store(
    p_tenant uuid, p_id uuid, p_call uuid, p_version int, p_language text, p_engine text, p_tags text[],
    p_agents text[], p_segments int, p_removed int, p_removed_list jsonb, p_started timestamptz,
    p_wrapped bytea, p_kek_id text, p_kek_version int, p_idempotency_key text, p_digest text,
    a_kind text, a_bucket text, a_key text, a_size bigint, a_sha256 text,
    s_kind text[], s_digest text[], s_participants jsonb,
    o_id uuid, o_type text, o_source text, o_subject text, o_time timestamptz, o_data jsonb)
RETURNS timestamptz LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
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
END $$
"""


def upgrade() -> None:
    op.add_column("transcript_subject", sa.Column("participant_ids", ARRAY(UUID(as_uuid=True)), nullable=False,
                                                  server_default="{}"))
    op.execute(f"DROP FUNCTION {_BEFORE}")
    op.execute(STORE)
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {APP_ROLE}")
