"""the audit trail becomes a transparency log: entries are plain inserts, a sealer extends a Merkle tree

Revision ID: 0011
Revises: 0010
"""

from services.common.transparency.ddl import create_log

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_log("audit_entry")
