"""OpenID Connect per tenant: issuer, JWKS, audience, and which claim values are which roles

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tenant_oidc",
        sa.Column("tenant_id", UUID(as_uuid=True), sa.ForeignKey("tenant.id"), primary_key=True),
        sa.Column("issuer", sa.Text, nullable=False, unique=True),
        sa.Column("jwks_url", sa.Text, nullable=False),
        sa.Column("audience", sa.Text, nullable=False),
        sa.Column("roles_claim", sa.Text, nullable=False),
        sa.Column("role_map", JSONB, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    enable_rls("tenant_oidc")
    # A token names its issuer before its tenant is known: the app role finds the configuration
    # through this function only, as it finds API keys.
    op.execute(f"CREATE POLICY oidc_lookup ON tenant_oidc FOR SELECT TO {OWNER_ROLE} USING (true)")
    op.execute("""
        CREATE FUNCTION callvault_oidc_lookup(p_issuer text)
        RETURNS TABLE (tenant_id uuid, issuer text, jwks_url text, audience text, roles_claim text,
                       role_map jsonb, tenant_disabled boolean, rate_limit_per_second double precision,
                       rate_burst integer)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT o.tenant_id, o.issuer, o.jwks_url, o.audience, o.roles_claim, o.role_map, t.disabled,
                   t.rate_limit_per_second, t.rate_burst
            FROM tenant_oidc o JOIN tenant t ON t.id = o.tenant_id WHERE o.issuer = p_issuer
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_oidc_lookup(text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_oidc_lookup(text) TO {APP_ROLE}")
