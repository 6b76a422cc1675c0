"""tenant settings (region, retention, rate limits), and API keys marked as used

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
    op.add_column("tenant", sa.Column("rate_limit_per_second", sa.Float, nullable=False, server_default="50"))
    op.add_column("tenant", sa.Column("rate_burst", sa.Integer, nullable=False, server_default="100"))
    op.add_column("tenant", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False,
                                      server_default=sa.func.now()))
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
