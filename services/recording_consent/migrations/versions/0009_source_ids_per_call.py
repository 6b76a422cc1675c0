"""a source event id is unique per call, not per tenant

An integration that numbers its events per call ("1", "2", ...) lost every event of its second call
as "replays", and an id taken on one call could silence the event that later carries it on another.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_PER_TENANT = "e.source_event_id = ANY(p_source_ids)"
_PER_CALL = "e.call_id = c.id AND e.source_event_id = ANY(p_source_ids)"
# callvault_call_state as 0004 made it, with the events already seen looked up on this call only.
STATE = """
CREATE OR REPLACE FUNCTION callvault_call_state(p_tenant uuid, p_call uuid, p_source_ids text[], p_versions text[],
    p_lock boolean,
    OUT call_row call, OUT participant_rows participant[], OUT event_rows consent_event[],
    OUT decision_row decision, OUT settings_row consent_settings, OUT objection_rows do_not_record[],
    OUT seen_rows consent_event[], OUT announcement_rows announcement[])
RETURNS SETOF record LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
    PERFORM set_config('app.tenant_id', p_tenant::text, true);
    IF p_lock THEN  -- inside a transaction: the call stays locked until it ends
        PERFORM 1 FROM call c WHERE c.id = p_call FOR UPDATE;
    END IF;
    RETURN QUERY
    SELECT c,
           array(SELECT p FROM participant p WHERE p.call_id = c.id ORDER BY p.joined_at, p.external_id),
           array(SELECT e FROM consent_event e WHERE e.call_id = c.id ORDER BY e.occurred_at, e.sequence),
           (SELECT d FROM decision d WHERE d.call_id = c.id),
           (SELECT s FROM consent_settings s WHERE s.tenant_id = c.tenant_id),
           array(SELECT o FROM do_not_record o WHERE o.phone_number_index IN (
               SELECT p.phone_number_index FROM participant p WHERE p.call_id = c.id)),
           array(SELECT e FROM consent_event e WHERE e.call_id = c.id AND e.source_event_id = ANY(p_source_ids)),
           array(SELECT a FROM announcement a WHERE a.version = ANY(p_versions) AND a.retired_at IS NULL)
    FROM call c WHERE c.id = p_call;
END $$
"""


def upgrade() -> None:
    op.execute("DROP INDEX consent_event_source")
    op.execute("CREATE UNIQUE INDEX consent_event_source ON consent_event (tenant_id, call_id, source_event_id) "
               "WHERE source_event_id IS NOT NULL")
    op.execute(STATE)


def downgrade() -> None:
    op.execute(STATE.replace(_PER_CALL, _PER_TENANT))
    op.execute("DROP INDEX consent_event_source")
    op.execute("CREATE UNIQUE INDEX consent_event_source ON consent_event (tenant_id, source_event_id) "
               "WHERE source_event_id IS NOT NULL")
