"""telephony: each tenant's provider credentials (encrypted), its IVR wording, the inbox of verified
webhooks (deduplicated, drained into the consent service), the IVR's answers (for repeats), and the
recordings to stop at their provider

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
        "telephony_inbox",
        _tenant(primary_key=True),
        sa.Column("provider", sa.Text, primary_key=True),
        sa.Column("dedupe_key", sa.Text, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False),  # arrival order
        sa.Column("call", JSONB),
        sa.Column("happenings", JSONB, nullable=False),
        sa.Column("agent_side", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False, server_default="pending"),  # pending | done | refused
        sa.Column("problem", JSONB),
        _now("received_at"),
        sa.Column("processed_at", sa.DateTime(timezone=True)),
    )
    op.execute("CREATE INDEX telephony_inbox_pending ON telephony_inbox (tenant_id, seq) WHERE status = 'pending'")
    op.execute("CREATE INDEX telephony_inbox_pending_call ON telephony_inbox "
               "(tenant_id, provider, (call->>'external_id'), seq) WHERE status = 'pending'")
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
    for table in ("telephony_credential", "telephony_ivr", "telephony_webhook", "telephony_inbox",
                  "recording_stop_job"):
        enable_rls(table)
    # The acknowledgement of a webhook is this one statement: store it unless seen; true when it was
    # new. (No NOTIFY: its commit-time lock would serialize every acknowledgement; the gateway that
    # stored the row wakes its own drainer.)
    op.execute("""
        CREATE FUNCTION callvault_inbox_put(p_tenant uuid, p_provider text, p_key text, p_call jsonb,
                                            p_happenings jsonb, p_agent_side text) RETURNS boolean
        LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
        BEGIN
            PERFORM set_config('app.tenant_id', p_tenant::text, true);
            INSERT INTO telephony_inbox (tenant_id, provider, dedupe_key, call, happenings, agent_side)
            VALUES (p_tenant, p_provider, p_key, p_call, p_happenings, p_agent_side)
            ON CONFLICT DO NOTHING;
            RETURN FOUND;
        END $$
    """)
    op.execute(f"CREATE POLICY pending_scan ON telephony_inbox FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_inbox_tenants() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT DISTINCT i.tenant_id FROM telephony_inbox i WHERE i.status = 'pending'
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_inbox_tenants() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_inbox_tenants() TO {APP_ROLE}")
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
    op.execute("DROP FUNCTION callvault_inbox_put(uuid, text, text, jsonb, jsonb, text)")
    op.execute("DROP FUNCTION callvault_inbox_tenants()")
    for table in ("telephony_inbox", "recording_stop_job", "telephony_webhook", "telephony_ivr",
                  "telephony_credential"):
        op.drop_table(table)
