"""tenant settings (region, retention, rate limits), the limits in the key lookup, API keys marked as used

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tenant", sa.Column("data_region", sa.Text, nullable=False, server_default="us"))
    op.add_column("tenant", sa.Column("default_retention_days", sa.Integer, nullable=False, server_default="30"))
    op.add_column("tenant", sa.Column("rate_limit_per_second", sa.Float, nullable=False, server_default="1000"))
    op.add_column("tenant", sa.Column("rate_burst", sa.Integer, nullable=False, server_default="2000"))
    op.add_column("tenant", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False,
                                      server_default=sa.func.now()))
    # The lookup now also gives the tenant's rate limits (a new result type: dropped and made again).
    op.execute("DROP FUNCTION callvault_api_key_lookup(text)")
    op.execute("""
        CREATE FUNCTION callvault_api_key_lookup(hash text)
        RETURNS TABLE (id uuid, tenant_id uuid, roles text[], expires_at timestamptz,
                       revoked_at timestamptz, tenant_disabled boolean, rate_limit_per_second double precision,
                       rate_burst integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT k.id, k.tenant_id, k.roles, k.expires_at, k.revoked_at, t.disabled, t.rate_limit_per_second,
                   t.rate_burst
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id WHERE k.secret_hash = hash
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_api_key_lookup(text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_api_key_lookup(text) TO {APP_ROLE}")
    # A key is looked up before its tenant is known, so marking it used goes through the same kind of
    # definer function as the lookup: it can touch last_used_at of one key and nothing else, and
    # writes at most once a minute per key.
    op.execute(f"CREATE POLICY key_used ON api_key FOR UPDATE TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_api_key_used(key_id uuid) RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
            UPDATE api_key SET last_used_at = now()
            WHERE id = key_id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_api_key_used(uuid) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_api_key_used(uuid) TO {APP_ROLE}")
