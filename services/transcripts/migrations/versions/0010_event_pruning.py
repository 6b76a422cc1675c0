"""published outbox rows and processed-event ids pruned after the event retention

Revision ID: 0010
Revises: 0009
"""

from services.common.migrations import create_event_pruning, drop_event_pruning

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_event_pruning()


def downgrade() -> None:
    drop_event_pruning()
