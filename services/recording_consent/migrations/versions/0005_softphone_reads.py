"""a softphone's decision read: the same one round trip, only for a call its agent is on

Revision ID: 0005
Revises: 0004
"""

from alembic import op

from services.common.settings import APP_ROLE

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE FUNCTION callvault_read_agent_decision(p_call uuid, p_tenant uuid, p_agent text, "
        "OUT document text, OUT stale_after timestamptz) RETURNS SETOF record "
        "LANGUAGE plpgsql VOLATILE SET search_path = public AS $$ BEGIN "
        "PERFORM set_config('app.tenant_id', p_tenant::text, true); "
        "RETURN QUERY SELECT d.document::text, d.stale_after FROM decision d WHERE d.call_id = p_call "
        "AND EXISTS (SELECT 1 FROM participant p WHERE p.call_id = p_call AND p.role = 'agent' "
        "AND p.external_id = p_agent); "
        "END $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_read_agent_decision(uuid, uuid, text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_read_agent_decision(uuid, uuid, text) TO {APP_ROLE}")
