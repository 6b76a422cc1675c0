"""withdrawals: the tenant's policy on consent withdrawn, the withdrawals consumed and whether they are
applied yet, and superseded versions (a version whose segments were rewritten: its key is gone, its
objects go next)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# As in 0004, with the two new kinds of work: withdrawals not applied yet, superseded versions whose
# objects are still there.
PURGE_TENANTS = """
CREATE OR REPLACE FUNCTION callvault_purge_tenants(p_now timestamptz, p_limit int) RETURNS TABLE (tenant_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('callvault.purge_scan', 'on', true);
    RETURN QUERY SELECT DISTINCT d.tenant_id FROM (
        (SELECT DISTINCT t.tenant_id FROM transcript t
         WHERE t.status = 'active' AND NOT t.held AND t.expires_at <= p_now LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT t.tenant_id FROM transcript t WHERE t.status = 'purging' LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT w.tenant_id FROM withdrawal w WHERE w.status = 'pending' LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT s.tenant_id FROM superseded_version s LIMIT p_limit)
    ) d;
    PERFORM set_config('callvault.purge_scan', 'off', true);
END $$
"""

# The lifecycle's gauges, across tenants (the metrics have no tenant).
LIFECYCLE_STATS = """
CREATE FUNCTION callvault_lifecycle_stats(OUT due bigint, OUT held bigint, OUT purging bigint,
                                          OUT oldest_overdue_seconds double precision,
                                          OUT withdrawals_pending bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('callvault.purge_scan', 'on', true);
    SELECT count(*) FILTER (WHERE NOT t.held), count(*) FILTER (WHERE t.held),
           COALESCE(EXTRACT(EPOCH FROM now() - min(t.expires_at) FILTER (WHERE NOT t.held)), 0)
      INTO due, held, oldest_overdue_seconds
      FROM transcript t WHERE t.status = 'active' AND t.expires_at <= now();
    SELECT count(*) INTO purging FROM transcript t WHERE t.status = 'purging';
    SELECT count(*) INTO withdrawals_pending FROM withdrawal w WHERE w.status = 'pending';
    PERFORM set_config('callvault.purge_scan', 'off', true);
END $$
"""


def upgrade() -> None:
    # keep | remove_segments | remove_transcript
    op.add_column("retention_policy", sa.Column("on_withdrawal", sa.Text, nullable=False, server_default="keep"))
    # A `consent.withdrawn` of the consent service, and what the tenant's policy made of it.
    op.create_table(
        "withdrawal",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("id", UUID(as_uuid=True), primary_key=True),  # the consent event's id
        sa.Column("call_id", UUID(as_uuid=True), nullable=False),
        sa.Column("participant_id", UUID(as_uuid=True)),  # null: the whole call's
        sa.Column("purposes", ARRAY(sa.Text), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.Text, nullable=False),  # the policy when it arrived
        sa.Column("status", sa.Text, nullable=False),  # pending | applied
        sa.Column("result", JSONB, nullable=False, server_default="{}"),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("applied_at", sa.DateTime(timezone=True)),
    )
    op.create_index("withdrawal_pending", "withdrawal", ["tenant_id"], postgresql_where=sa.text("status = 'pending'"))
    # A version replaced by one without a participant's segments: its data key went with the commit that
    # replaced it; its objects and artifact rows go when the purge completes it (and certifies it).
    op.create_table(
        "superseded_version",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("transcript_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("call_id", UUID(as_uuid=True), nullable=False),
        sa.Column("cause", JSONB, nullable=False),
        sa.Column("key_destroyed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    for table in ("withdrawal", "superseded_version"):
        enable_rls(table)
        op.execute(f"CREATE POLICY purge_scan ON {table} FOR SELECT TO {OWNER_ROLE} "
                   "USING (current_setting('callvault.purge_scan', true) = 'on')")
    op.execute(PURGE_TENANTS)
    op.execute(LIFECYCLE_STATS)
    op.execute("REVOKE ALL ON FUNCTION callvault_lifecycle_stats() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_lifecycle_stats() TO {APP_ROLE}")
