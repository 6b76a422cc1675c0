"""the current definition of each SQL function, from `migrations/sql/functions.sql` (the same text the
earlier migrations left; from now on a migration that changes a function changes that file and applies it)

Revision ID: 0013
Revises: 0012
"""

from services.common.migrations import apply_sql_functions

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql_functions("recording_consent")


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md): the functions were there before."""
