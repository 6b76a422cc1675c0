"""inbox rows carry the delivery of their transcript apart from their events: once a row's events are
applied the row is `done`, and its sealed transcript (if any) waits in `transcript_state = 'pending'`
with attempts and a backoff of its own, so a transcripts-service outage never holds up consent events;
pruning keeps a row until its transcript is delivered or refused

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

from services.common.migrations import apply_sql_functions

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # pending | delivered | refused; NULL: the row carried no transcript (or its events were refused)
    op.add_column("telephony_inbox", sa.Column("transcript_state", sa.Text))
    op.add_column("telephony_inbox", sa.Column("transcript_attempts", sa.Integer, nullable=False,
                                               server_default="0"))
    op.add_column("telephony_inbox", sa.Column("transcript_next_at", sa.DateTime(timezone=True)))
    op.execute("CREATE INDEX telephony_inbox_transcript_due ON telephony_inbox (tenant_id, transcript_next_at) "
               "WHERE transcript_state = 'pending'")
    apply_sql_functions("gateway")  # the drain's tenants and the pruning see waiting transcripts


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
