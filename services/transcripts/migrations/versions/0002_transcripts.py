"""transcripts: rows that point at encrypted objects (wrapped data key, never plaintext), their
artifacts, the blind index of their subjects, objects on their way to a row (for the sweeper), the
audit chain, tenant settings and key rotations

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _uuid(name: str, **kwargs) -> sa.Column:
    return sa.Column(name, UUID(as_uuid=True), nullable=False, **kwargs)


def _at(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable,
                     server_default=None if nullable else sa.func.now())


def upgrade() -> None:
    op.create_table(
        "transcript",
        _uuid("id", primary_key=True),
        _uuid("tenant_id"),
        _uuid("call_id"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),  # active | deleted
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("engine", sa.Text, nullable=False),
        sa.Column("tags", ARRAY(sa.Text), nullable=False),
        sa.Column("agent_ids", ARRAY(sa.Text), nullable=False),  # external ids of the call's agents
        sa.Column("segment_count", sa.Integer, nullable=False),
        sa.Column("removed_segments", sa.Integer, nullable=False),
        # Which segments were left out and why (positions, times, reasons: no words), for replays.
        sa.Column("removed", JSONB, nullable=False, server_default="[]"),
        sa.Column("call_started_at", sa.DateTime(timezone=True), nullable=False),
        # The data key, wrapped by the tenant's KEK; NULL once deleted (crypto-shredded).
        sa.Column("wrapped_key", sa.LargeBinary),
        sa.Column("kek_id", sa.Text, nullable=False),
        sa.Column("kek_version", sa.Integer, nullable=False),
        sa.Column("idempotency_key", sa.Text),
        sa.Column("request_digest", sa.Text),
        _at("created_at"),
        _at("deleted_at", nullable=True),
    )
    op.create_index("transcript_by_time", "transcript", ["tenant_id", sa.text("created_at DESC"), sa.text("id DESC")])
    op.create_index("transcript_by_call", "transcript", ["tenant_id", "call_id"])
    op.create_index("transcript_by_tag", "transcript", ["tags"], postgresql_using="gin")
    op.create_index("transcript_by_kek", "transcript", ["tenant_id", "kek_version"])
    op.create_index("transcript_idempotency", "transcript", ["tenant_id", "idempotency_key"], unique=True,
                    postgresql_where=sa.text("idempotency_key IS NOT NULL"))
    op.create_table(
        "transcript_artifact",
        _uuid("transcript_id", primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("kind", sa.Text, primary_key=True),
        _uuid("tenant_id"),
        sa.Column("bucket", sa.Text, nullable=False),
        sa.Column("object_key", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        _at("created_at"),
    )
    op.create_table(
        "transcript_subject",
        _uuid("tenant_id", primary_key=True),
        sa.Column("kind", sa.Text, primary_key=True),  # phone | email | external_id
        sa.Column("digest", sa.Text, primary_key=True),  # HMAC-SHA256 under the tenant's index key
        _uuid("transcript_id", primary_key=True),
    )
    op.create_index("transcript_subject_of", "transcript_subject", ["transcript_id"])
    # An object is announced here before it is written and forgotten in the transaction that adds its
    # row: what stays behind is an object whose row never came (a crash), for the sweeper.
    op.create_table(
        "pending_object",
        _uuid("tenant_id", primary_key=True),
        sa.Column("object_key", sa.Text, primary_key=True),
        sa.Column("bucket", sa.Text, nullable=False),
        _at("created_at"),
    )
    op.create_table(
        "audit_entry",
        _uuid("tenant_id", primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("transcript_id", UUID(as_uuid=True)),
        sa.Column("content", JSONB, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("entry_hash", sa.Text, nullable=False),
        _at("created_at"),
    )
    op.create_index("audit_by_transcript", "audit_entry", ["tenant_id", "transcript_id"])
    op.create_table(
        "transcript_settings",
        _uuid("tenant_id", primary_key=True),
        sa.Column("refused_segments", sa.Text, nullable=False),  # reject | remove
        sa.Column("supervisors_see_full", sa.Boolean, nullable=False),
        _at("updated_at"),
    )
    op.create_table(
        "key_rotation",
        _uuid("id", primary_key=True),
        _uuid("tenant_id"),
        sa.Column("to_version", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),  # running | done
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("rewrapped", sa.Integer, nullable=False),
        sa.Column("retired_below", sa.Integer),
        _at("started_at"),
        _at("finished_at", nullable=True),
    )
    op.create_index("key_rotation_of", "key_rotation", ["tenant_id", sa.text("started_at DESC")])
    for table in ("transcript", "transcript_artifact", "transcript_subject", "pending_object", "audit_entry",
                  "transcript_settings", "key_rotation"):
        enable_rls(table)
    # The audit trail is append-only for the services: rewriting it takes the owner role.
    op.execute(f"REVOKE UPDATE, DELETE ON audit_entry FROM {APP_ROLE}")
    # The sweeper looks for objects left behind in every tenant before it acts as one.
    op.execute(f"CREATE POLICY orphan_scan ON pending_object FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_pending_objects_due(p_before timestamptz, p_limit integer)
        RETURNS TABLE (tenant_id uuid, object_key text, bucket text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT p.tenant_id, p.object_key, p.bucket FROM pending_object p
            WHERE p.created_at < p_before ORDER BY p.created_at LIMIT p_limit
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_pending_objects_due(timestamptz, integer) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_pending_objects_due(timestamptz, integer) TO {APP_ROLE}")
