"""a call's started_at follows its call_answered events (the earliest wins)

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# A trigger rather than another argument of `callvault_record_events`: every path that stores an
# event (the one-statement write path, the ORM) sets the start, in the event's own transaction.
# The earliest answer wins whatever the arrival order (Vonage answers each leg).
FUNCTION = """
CREATE FUNCTION callvault_call_answered() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
    UPDATE call SET started_at = NEW.occurred_at
    WHERE id = NEW.call_id AND (started_at IS NULL OR started_at > NEW.occurred_at);
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.execute(FUNCTION)
    op.execute("CREATE TRIGGER call_started_by_answer AFTER INSERT ON consent_event FOR EACH ROW "
               "WHEN (NEW.type = 'call_answered') EXECUTE FUNCTION callvault_call_answered()")


def downgrade() -> None:
    op.execute("DROP TRIGGER call_started_by_answer ON consent_event")
    op.execute("DROP FUNCTION callvault_call_answered()")
