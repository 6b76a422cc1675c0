"""the outbox backlog (pending events and the oldest one's age) for the relay's gauges

Revision ID: 0009
Revises: 0008
"""

from alembic import op

from services.common.migrations import create_outbox_backlog_function

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_outbox_backlog_function()


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_outbox_backlog()")
