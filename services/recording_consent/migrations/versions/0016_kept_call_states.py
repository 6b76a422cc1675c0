"""A call's state kept between its events: the event write checks that nothing the decision reads changed
since the state was read, so an instance may decide the next event from the state its last write left and
skip the read. Beside the call's last sequence and decision version (checked already) that is the call's
own rows (`callvault_call_fingerprint`: the call and its participants, which other paths change without an
event) and the tenant's inputs to every decision (settings, do-not-record entries, announcements: a
generation in `consent_inputs`, moved on by a trigger on each of their rows).

`callvault_call_timeline` answers both; `callvault_record_events` takes them (defaulting to unchecked, so
the release before calls it with its 38 arguments and reads its columns by name, unchanged) and answers
the call's fingerprint after the write. Both are dropped and created again because their results grew:
a running instance of the release before re-prepares its statement once (asyncpg does on the error
PostgreSQL raises for a cached plan whose result changed).

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

from services.common.migrations import apply_sql_functions, enable_rls
from services.common.settings import APP_ROLE

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TIMELINE = "callvault_call_timeline(uuid, uuid, text[], text[], boolean)"
RECORD_BEFORE = ("callvault_record_events(uuid, uuid, bigint, int, uuid[], text[], uuid[], text[], text[], "
                 "bytea[], text[], boolean[], timestamptz[], text[], boolean, text, timestamptz, uuid[], "
                 "timestamptz[], boolean, int, boolean, boolean, boolean, boolean, text, text, timestamptz, "
                 "timestamptz, uuid[], text[], text[], text[], timestamptz[], text[], text[], text[], text[])")
RECORD = RECORD_BEFORE.removesuffix(")") + ", text, bigint)"
INPUTS = ("consent_settings", "do_not_record", "announcement")


def upgrade() -> None:
    op.create_table(
        "consent_inputs",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("generation", sa.BigInteger, nullable=False),
    )
    enable_rls("consent_inputs")
    op.execute(f"DROP FUNCTION {TIMELINE}")
    op.execute(f"DROP FUNCTION {RECORD_BEFORE}")
    apply_sql_functions("recording_consent")
    for signature in (TIMELINE, RECORD, "callvault_call_fingerprint(uuid)"):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {APP_ROLE}")
    for table in INPUTS:
        op.execute(f"CREATE TRIGGER {table}_moves_consent_inputs AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION callvault_consent_inputs_changed()")


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
