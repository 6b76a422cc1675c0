"""the provider's own copies: every recording a provider's webhook named (kept until callvault deletes
the call's transcripts, then deleted through the provider's API), and the deletions asked for by a
`transcript.purged` event (the call it names, resolved to the provider's call)

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _tenant() -> sa.Column:
    return sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), nullable=False)


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def upgrade() -> None:
    op.create_table(
        "provider_recording",
        sa.Column("id", UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")),
        _tenant(),
        sa.Column("provider", sa.Text, nullable=False),
        sa.Column("recording_id", sa.Text, nullable=False),
        sa.Column("call_external_id", sa.Text, nullable=False),
        sa.Column("call_id", UUID(as_uuid=True)),  # known once a deletion named the call
        sa.Column("state", sa.Text, nullable=False, server_default="kept"),  # kept | deleting | deleted | failed
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", JSONB),
        sa.Column("certificate_id", UUID(as_uuid=True)),  # the transcript deletion that asked for it
        sa.Column("reason", sa.Text),
        sa.Column("deletion_requested_at", sa.DateTime(timezone=True)),
        sa.Column("deleted_at", sa.DateTime(timezone=True)),
        sa.Column("provider_answer", JSONB),
        _now("next_attempt_at"),
        _now("created_at"),
        sa.UniqueConstraint("tenant_id", "provider", "recording_id"),
    )
    op.create_index("provider_recording_call", "provider_recording", ["tenant_id", "provider", "call_external_id"])
    op.create_index("provider_recording_due", "provider_recording", ["next_attempt_at"],
                    postgresql_where=sa.text("state IN ('deleting', 'failed')"))
    op.create_table(
        "recording_deletion",
        sa.Column("id", UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")),
        _tenant(),
        sa.Column("call_id", UUID(as_uuid=True), nullable=False),
        sa.Column("certificate_id", UUID(as_uuid=True), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),  # pending | resolved
        sa.Column("provider", sa.Text),  # the call's, once resolved (none: not a provider's call)
        sa.Column("call_external_id", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        _now("next_attempt_at"),
        _now("created_at"),
        sa.UniqueConstraint("tenant_id", "certificate_id"),
    )
    op.create_index("recording_deletion_resolved", "recording_deletion",
                    ["tenant_id", "provider", "call_external_id"], postgresql_where=sa.text("status = 'resolved'"))
    for table in ("provider_recording", "recording_deletion"):
        enable_rls(table)
    # The worker learns which tenants have work due before it can act as one.
    for table in ("provider_recording", "recording_deletion"):
        op.execute(f"CREATE POLICY due_scan ON {table} FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_recording_deletions_due() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT tenant_id FROM recording_deletion WHERE status = 'pending' AND next_attempt_at <= now()
            UNION
            SELECT tenant_id FROM provider_recording
            WHERE state IN ('deleting', 'failed') AND next_attempt_at <= now()
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_recording_deletions_due() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_recording_deletions_due() TO {APP_ROLE}")


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_recording_deletions_due()")
    op.drop_table("recording_deletion")
    op.drop_table("provider_recording")
