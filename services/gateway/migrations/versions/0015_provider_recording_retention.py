"""the provider's own copies of calls without transcripts: a kept recording's retention is checked
(`next_check_at`, `retention_checked_at`, and the matters of the legal holds keeping it, `held_by`), and a
deletion is asked by retention or by a privacy request's erasure as well as by a transcript's certificate
(`recording_deletion.certificate_id` optional, `request_id`); an erasure's provider part waits in
`recording_erasure` until the worker has resolved its calls

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from services.common.migrations import apply_sql_functions, enable_rls
from services.common.settings import OWNER_ROLE

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("provider_recording", sa.Column("next_check_at", sa.DateTime(timezone=True), nullable=False,
                                                  server_default=sa.func.now()))
    op.add_column("provider_recording", sa.Column("retention_checked_at", sa.DateTime(timezone=True)))
    op.add_column("provider_recording", sa.Column("held_by", ARRAY(sa.Text)))
    op.add_column("provider_recording", sa.Column("request_id", UUID(as_uuid=True)))
    # Due checks: every tenant's (the worker's scan for tenants) and one tenant's (its batch).
    op.create_index("provider_recording_check", "provider_recording", ["next_check_at"],
                    postgresql_where=sa.text("state = 'kept'"))
    op.create_index("provider_recording_tenant_check", "provider_recording", ["tenant_id", "next_check_at"],
                    postgresql_where=sa.text("state = 'kept'"))
    op.alter_column("recording_deletion", "certificate_id", nullable=True)
    op.add_column("recording_deletion", sa.Column("request_id", UUID(as_uuid=True)))
    op.create_table(
        "recording_erasure",
        sa.Column("id", UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")),
        sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), nullable=False),
        sa.Column("request_id", UUID(as_uuid=True), nullable=False),
        sa.Column("call_ids", ARRAY(UUID(as_uuid=True)), nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),  # pending | done
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("tenant_id", "request_id"),
    )
    # Pending erasures are few (done ones stay, as the record of what was asked): a small partial index.
    op.create_index("recording_erasure_due", "recording_erasure", ["next_attempt_at"],
                    postgresql_where=sa.text("status = 'pending'"))
    enable_rls("recording_erasure")
    op.execute(f"CREATE POLICY due_scan ON recording_erasure FOR SELECT TO {OWNER_ROLE} USING (true)")
    apply_sql_functions("gateway")  # the worker's tenants: kept recordings to check, erasures to resolve


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
