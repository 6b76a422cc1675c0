"""outbound webhooks: endpoints a tenant subscribes, and the deliveries owed to them

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tenant() -> sa.Column:
    return sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), nullable=False, index=True)


def _at(name: str, *, now: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=not now,
                     server_default=sa.func.now() if now else None)


def upgrade() -> None:
    op.create_table(
        "webhook_endpoint",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("event_types", ARRAY(sa.Text), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("secret_encrypted", sa.LargeBinary, nullable=False),
        sa.Column("loopback", sa.Boolean, nullable=False, server_default=sa.false()),
        _at("failing_since"),
        _at("disabled_at"),
        _at("created_at", now=True),
        _at("updated_at", now=True),
    )
    op.create_table(
        "webhook_delivery",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("endpoint_id", UUID(as_uuid=True), sa.ForeignKey("webhook_endpoint.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("event_id", UUID(as_uuid=True), nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("payload", JSONB, nullable=False),
        sa.Column("status", sa.Text, nullable=False),  # pending | delivered | failed
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("attempt_log", JSONB, nullable=False, server_default="[]"),
        _at("next_attempt_at", now=True),
        _at("created_at", now=True),
        _at("delivered_at"),
    )
    op.create_index("webhook_delivery_due", "webhook_delivery", ["status", "next_attempt_at"])
    op.create_index("webhook_delivery_order", "webhook_delivery", ["endpoint_id", "subject", "created_at"])
    for table in ("webhook_endpoint", "webhook_delivery"):
        enable_rls(table)
    # The dispatcher learns which tenants owe deliveries before it can act as one.
    op.execute(f"CREATE POLICY due_scan ON webhook_delivery FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_webhook_due_tenants() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT DISTINCT d.tenant_id FROM webhook_delivery d
            WHERE d.status = 'pending' AND d.next_attempt_at <= now()
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_webhook_due_tenants() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_webhook_due_tenants() TO {APP_ROLE}")
