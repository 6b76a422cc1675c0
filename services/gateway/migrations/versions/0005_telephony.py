"""telephony: each tenant's provider credentials (encrypted), its IVR wording, the inbound webhooks
already answered (for deduplication), and the recordings to stop at their provider

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _tenant(**kwargs) -> sa.Column:
    return sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), nullable=False, **kwargs)


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def upgrade() -> None:
    op.create_table(
        "telephony_credential",
        _tenant(primary_key=True),
        sa.Column("provider", sa.Text, primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),  # the whole configuration, as encrypted JSON
        _now("updated_at"),
    )
    op.create_table(
        "telephony_ivr",
        _tenant(primary_key=True),
        sa.Column("settings", JSONB, nullable=False),
        _now("updated_at"),
    )
    op.create_table(
        "telephony_webhook",
        _tenant(primary_key=True),
        sa.Column("provider", sa.Text, primary_key=True),
        sa.Column("dedupe_key", sa.Text, primary_key=True),
        sa.Column("status_code", sa.Integer, nullable=False),
        sa.Column("media_type", sa.Text, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        _now("received_at"),
    )
    op.create_index("telephony_webhook_received", "telephony_webhook", ["received_at"])
    op.create_table(
        "recording_stop_job",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("call_id", UUID(as_uuid=True), nullable=False),
        sa.Column("provider", sa.Text, nullable=False),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),  # pending | done
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("answer", JSONB),
        _now("next_attempt_at"),
        _now("created_at"),
    )
    op.create_index("recording_stop_job_due", "recording_stop_job", ["status", "next_attempt_at"])
    for table in ("telephony_credential", "telephony_ivr", "telephony_webhook", "recording_stop_job"):
        enable_rls(table)
    # The stop worker learns which tenants have stops due before it can act as one.
    op.execute(f"CREATE POLICY due_scan ON recording_stop_job FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_recording_stops_due() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT DISTINCT j.tenant_id FROM recording_stop_job j
            WHERE j.status = 'pending' AND j.next_attempt_at <= now()
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_recording_stops_due() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_recording_stops_due() TO {APP_ROLE}")
    # A webhook names its tenant by slug before the tenant is known: the app role finds the
    # credentials through this function only, as it finds API keys.
    op.execute(f"CREATE POLICY telephony_lookup ON telephony_credential FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_telephony_lookup(p_slug text, p_provider text)
        RETURNS TABLE (tenant_id uuid, tenant_disabled boolean, sealed bytea, rate_limit_per_second double precision,
                       rate_burst integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT t.id, t.disabled, c.sealed, t.rate_limit_per_second, t.rate_burst
            FROM tenant t JOIN telephony_credential c ON c.tenant_id = t.id AND c.provider = p_provider
            WHERE t.slug = p_slug
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_telephony_lookup(text, text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_telephony_lookup(text, text) TO {APP_ROLE}")


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_telephony_lookup(text, text)")
    op.execute("DROP FUNCTION callvault_recording_stops_due()")
    for table in ("recording_stop_job", "telephony_webhook", "telephony_ivr", "telephony_credential"):
        op.drop_table(table)
