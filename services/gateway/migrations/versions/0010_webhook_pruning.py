"""telephony webhooks (inbox rows, IVR answers) and outbound deliveries pruned once finished and old

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from services.common.migrations import PRUNING_SETTING
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# What may go: only what is finished (a pending webhook or delivery is never pruned). As with the
# events' pruning, the owner sees these rows across tenants only while the function runs.
PRUNABLE = {"telephony_inbox": "status <> 'pending'", "telephony_webhook": "true",
            "webhook_delivery": "status <> 'pending'"}
FUNCTION = f"""
CREATE FUNCTION callvault_webhooks_prune(finished_before timestamptz, batch integer,
    OUT inbox bigint, OUT answers bigint, OUT deliveries bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('{PRUNING_SETTING}', 'on', true);
    WITH i AS (DELETE FROM telephony_inbox WHERE (tenant_id, provider, dedupe_key) IN (
                   SELECT tenant_id, provider, dedupe_key FROM telephony_inbox
                   WHERE status <> 'pending' AND coalesce(processed_at, received_at) < finished_before LIMIT batch)
               RETURNING 1),
         a AS (DELETE FROM telephony_webhook WHERE (tenant_id, provider, dedupe_key) IN (
                   SELECT tenant_id, provider, dedupe_key FROM telephony_webhook
                   WHERE received_at < finished_before LIMIT batch)
               RETURNING 1),
         d AS (DELETE FROM webhook_delivery WHERE id IN (
                   SELECT id FROM webhook_delivery
                   WHERE status <> 'pending' AND coalesce(delivered_at, next_attempt_at) < finished_before
                   LIMIT batch)
               RETURNING 1)
    SELECT (SELECT count(*) FROM i), (SELECT count(*) FROM a), (SELECT count(*) FROM d)
    INTO inbox, answers, deliveries;
    PERFORM set_config('{PRUNING_SETTING}', 'off', true);
END $$
"""


def upgrade() -> None:
    op.execute("CREATE INDEX telephony_inbox_finished ON telephony_inbox (coalesce(processed_at, received_at)) "
               "WHERE status <> 'pending'")
    op.execute("CREATE INDEX webhook_delivery_finished ON webhook_delivery (coalesce(delivered_at, next_attempt_at)) "
               "WHERE status <> 'pending'")
    pruning = f"current_setting('{PRUNING_SETTING}', true) = 'on'"
    for table, finished in PRUNABLE.items():
        for verb in ("select", "delete"):
            op.execute(f"CREATE POLICY prune_{verb} ON {table} FOR {verb.upper()} TO {OWNER_ROLE} "
                       f"USING ({finished} AND {pruning})")
    op.execute(FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION callvault_webhooks_prune(timestamptz, integer) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_webhooks_prune(timestamptz, integer) TO {APP_ROLE}")


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_webhooks_prune(timestamptz, integer)")
    for table in PRUNABLE:
        for verb in ("select", "delete"):
            op.execute(f"DROP POLICY prune_{verb} ON {table}")
    op.execute("DROP INDEX webhook_delivery_finished")
    op.execute("DROP INDEX telephony_inbox_finished")
