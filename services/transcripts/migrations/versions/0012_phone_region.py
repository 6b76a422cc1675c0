"""the tenant's phone region, as the consent service's `consent_settings.updated` says it: how the
redaction that runs without a caller (the redacted-artifact consumer, the backfill) reads numbers

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("transcript_settings", sa.Column("phone_region", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("transcript_settings", "phone_region")
