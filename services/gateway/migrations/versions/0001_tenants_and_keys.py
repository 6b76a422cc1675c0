"""tenants, API keys, and the event tables

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, UUID

from services.common.migrations import create_event_tables, enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The tenant registry itself: platform-level, not tenant-owned, so no row-level security.
    op.create_table(
        "tenant",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("slug", sa.Text, nullable=False, unique=True),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "api_key",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), nullable=False, index=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("prefix", sa.Text, nullable=False),
        sa.Column("secret_hash", sa.Text, nullable=False, unique=True),
        sa.Column("roles", ARRAY(sa.Text), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    enable_rls("api_key")
    # A key arrives before its tenant is known: the app role may look one up by hash, through this
    # function only (SECURITY DEFINER, run as the owner, whom this policy lets read across tenants).
    op.execute(f"CREATE POLICY key_lookup ON api_key FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_api_key_lookup(hash text)
        RETURNS TABLE (id uuid, tenant_id uuid, roles text[], expires_at timestamptz,
                       revoked_at timestamptz, tenant_disabled boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT k.id, k.tenant_id, k.roles, k.expires_at, k.revoked_at, t.disabled
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id WHERE k.secret_hash = hash
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_api_key_lookup(text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_api_key_lookup(text) TO {APP_ROLE}")
    create_event_tables()
