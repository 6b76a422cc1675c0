"""the event tables

Revision ID: 0001
Revises:
"""

from services.common.migrations import create_event_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_event_tables()
