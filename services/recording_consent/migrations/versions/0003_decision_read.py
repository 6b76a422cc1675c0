"""the softphones' hot read as one round trip

Revision ID: 0003
Revises: 0002
"""

from alembic import op

from services.common.settings import APP_ROLE

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SECURITY INVOKER (the default): it runs as the app role, under row-level security, with the
    # tenant set for this statement only; the same isolation as a session, in one round trip.
    op.execute(
        "CREATE FUNCTION callvault_read_decision(p_call uuid, p_tenant uuid, "
        "OUT document text, OUT stale_after timestamptz) RETURNS SETOF record "
        "LANGUAGE plpgsql VOLATILE SET search_path = public AS $$ BEGIN "
        "PERFORM set_config('app.tenant_id', p_tenant::text, true); "
        "RETURN QUERY SELECT d.document::text, d.stale_after FROM decision d WHERE d.call_id = p_call; "
        "END $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_read_decision(uuid, uuid) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_read_decision(uuid, uuid) TO {APP_ROLE}")
