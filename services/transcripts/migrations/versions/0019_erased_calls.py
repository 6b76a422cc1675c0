"""erased calls: an erasure's record, per call it erased, that a transcript of that call arriving later (a
voice-AI platform's, in flight in the gateway's inbox while the erasure ran) is refused, not stored

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from services.common.migrations import enable_rls

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Ids only (no personal data): kept as long as the privacy request it cites, which is kept for good.
    op.create_table(
        "erased_call",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("call_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("request_id", UUID(as_uuid=True), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    enable_rls("erased_call")


def downgrade() -> None:
    op.drop_table("erased_call")
