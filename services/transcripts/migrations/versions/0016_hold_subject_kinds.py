"""A legal hold records which kinds of identifier its subjects were named by: a hold naming people only by
phone number keeps the copies of a call without transcripts only when one of them was on it (the consent
service's blind index of each participant's number), not every such call of the tenant

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL for the holds made before: their kinds are not known (only blind indexes were kept), so they go on
    # keeping every call without transcripts in their range, as they did.
    op.add_column("legal_hold", sa.Column("subject_kinds", ARRAY(sa.Text), nullable=True))


def downgrade() -> None:
    op.drop_column("legal_hold", "subject_kinds")
