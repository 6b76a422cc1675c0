"""`callvault_record_events` planned once per connection (generic plans): PostgreSQL re-planned its
statements on every call, because a plan made for the arrays' actual lengths looked cheaper than the
generic one, though each statement has one shape whatever the arrays hold. Its participant update runs
only when a participant left. Same arguments and results, so instances of the release before call it
unchanged. `callvault_call_state`, which only releases before 0014 called, is dropped.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

from services.common.migrations import apply_sql_functions

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS callvault_call_state(uuid, uuid, text[], text[], boolean)")
    apply_sql_functions("recording_consent")


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
