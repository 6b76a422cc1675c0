"""agent places: the tenant's agent_jurisdiction, named agent sites, and an agent participant's site

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from services.common.migrations import enable_rls

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("consent_settings", sa.Column("agent_jurisdiction", sa.Text))
    op.add_column("participant", sa.Column("site", sa.Text))
    op.create_table(
        "agent_site",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("jurisdiction", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    enable_rls("agent_site")


def downgrade() -> None:
    op.drop_table("agent_site")
    op.drop_column("participant", "site")
    op.drop_column("consent_settings", "agent_jurisdiction")
