"""the outbox backlog (pending events and the oldest one's age) for the relay's gauges

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from services.common.migrations import create_outbox_backlog_function

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_outbox_backlog_function()


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_outbox_backlog()")
