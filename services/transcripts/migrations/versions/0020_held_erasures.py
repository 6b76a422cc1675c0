"""held erasures: each transcript an erasure could not erase because a legal hold covered it, with the
request that asked; the purge erases it (certified, reason `erasure`) once no hold covers it any more, and
adds what it erased to the request's report (GDPR Art. 17(3)(e): the legal-claims exemption ends with the hold)

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from services.common.migrations import apply_sql_functions, enable_rls
from services.common.settings import OWNER_ROLE

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Ids and matter ids only (no personal data): kept, once settled, as long as the request it cites.
    op.create_table(
        "held_erasure",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("transcript_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("request_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("call_id", UUID(as_uuid=True), nullable=False),
        sa.Column("matters", ARRAY(sa.Text), nullable=False),  # the holds' matters when the erasure was kept back
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("state", sa.Text, nullable=False, server_default="held"),  # held | shredded | erased | gone
        sa.Column("settled_at", sa.DateTime(timezone=True)),
    )
    op.create_index("held_erasure_open", "held_erasure", ["tenant_id", "request_id"],
                    postgresql_where=sa.text("state IN ('held', 'shredded')"))
    enable_rls("held_erasure")
    op.execute(f"CREATE POLICY purge_scan ON held_erasure FOR SELECT TO {OWNER_ROLE} "
               "USING (current_setting('callvault.purge_scan', true) = 'on')")
    apply_sql_functions("transcripts")  # callvault_purge_tenants: tenants with open held erasures too


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
