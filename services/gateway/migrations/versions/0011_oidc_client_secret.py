"""the console's client secret at a tenant's identity provider (a confidential client), encrypted

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tenant_oidc", sa.Column("client_secret_encrypted", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("tenant_oidc", "client_secret_encrypted")
