"""A call's withdrawals found by an index: every transcript stored reads them, and sends back to pending those
recorded while it was being stored (until now the tenant's withdrawals were scanned)

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("withdrawal_call", "withdrawal", ["call_id"])


def downgrade() -> None:
    op.drop_index("withdrawal_call", table_name="withdrawal")
