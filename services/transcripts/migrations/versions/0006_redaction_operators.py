"""redaction operators: per entity type, how the tenant's redacted text replaces what was found

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("transcript_settings", sa.Column("redaction_operators", JSONB, nullable=False,
                                                   server_default=sa.text("'{}'::jsonb")))


def downgrade() -> None:
    op.drop_column("transcript_settings", "redaction_operators")
