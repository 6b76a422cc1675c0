"""the tenants with an enabled webhook endpoint, for the fan-out to pass over every other tenant's
events without a transaction each

Revision ID: 0006
Revises: 0005
"""

from alembic import op

from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"CREATE POLICY subscriber_scan ON webhook_endpoint FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_webhook_subscribed_tenants() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT DISTINCT e.tenant_id FROM webhook_endpoint e WHERE e.disabled_at IS NULL
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_webhook_subscribed_tenants() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_webhook_subscribed_tenants() TO {APP_ROLE}")


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_webhook_subscribed_tenants()")
    op.execute("DROP POLICY subscriber_scan ON webhook_endpoint")
