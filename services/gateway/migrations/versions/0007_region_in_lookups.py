"""the credential lookups also give the tenant's data region (it travels in the internal token, so the
transcripts service stores each tenant's objects in its region's bucket)

Revision ID: 0007
Revises: 0006
"""

from alembic import op

from services.common.settings import APP_ROLE

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP FUNCTION callvault_api_key_lookup(text)")
    op.execute("""
        CREATE FUNCTION callvault_api_key_lookup(hash text)
        RETURNS TABLE (id uuid, tenant_id uuid, roles text[], expires_at timestamptz,
                       revoked_at timestamptz, tenant_disabled boolean, rate_limit_per_second double precision,
                       rate_burst integer, data_region text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT k.id, k.tenant_id, k.roles, k.expires_at, k.revoked_at, t.disabled, t.rate_limit_per_second,
                   t.rate_burst, t.data_region
            FROM api_key k JOIN tenant t ON t.id = k.tenant_id WHERE k.secret_hash = hash
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_api_key_lookup(text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_api_key_lookup(text) TO {APP_ROLE}")
    op.execute("DROP FUNCTION callvault_oidc_lookup(text)")
    op.execute("""
        CREATE FUNCTION callvault_oidc_lookup(p_issuer text)
        RETURNS TABLE (tenant_id uuid, issuer text, jwks_url text, audience text, roles_claim text,
                       role_map jsonb, tenant_disabled boolean, rate_limit_per_second double precision,
                       rate_burst integer, data_region text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT o.tenant_id, o.issuer, o.jwks_url, o.audience, o.roles_claim, o.role_map, t.disabled,
                   t.rate_limit_per_second, t.rate_burst, t.data_region
            FROM tenant_oidc o JOIN tenant t ON t.id = o.tenant_id WHERE o.issuer = p_issuer
        $$
    """)
    op.execute("REVOKE ALL ON FUNCTION callvault_oidc_lookup(text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_oidc_lookup(text) TO {APP_ROLE}")
