"""The redacted view's plain case in two statements instead of five: `callvault_transcript_readable` sets the
tenant and reads the transcript, its restriction, the tenant's operators and its version's artifacts;
`callvault_audit_append` sets the tenant and adds the read's audit entry. Each commits on its own, so no
connection is held through the object store's GET and the consent service's answer between them.

Revision ID: 0018
Revises: 0017
"""

from services.common.migrations import apply_sql_functions

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql_functions("transcripts")


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
