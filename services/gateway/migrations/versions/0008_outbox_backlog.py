"""the outbox backlog (pending events and the oldest one's age) for the relay's gauges

Revision ID: 0008
Revises: 0007
"""

from alembic import op

from services.common.migrations import create_outbox_backlog_function

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_outbox_backlog_function()


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_outbox_backlog()")
