"""`GET /v1/audit`'s filters by actor and by action get indexes: without them a filter that matches
few entries read the tenant's whole log, newest first, to fill one page

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


# As 0011's (services.common.transparency.ddl), but a stored generated column is left out of the comparison:
# a BEFORE trigger sees it unset in NEW (PostgreSQL computes it after), and it only repeats other columns.
SET_ONCE = """
CREATE OR REPLACE FUNCTION callvault_set_once() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    derived text[] := ARRAY(SELECT attname::text FROM pg_attribute WHERE attrelid = TG_RELID AND attgenerated = 's');
BEGIN
    -- The one change a log row allows: its column named by the trigger goes from NULL to a value.
    IF TG_OP = 'UPDATE' AND to_jsonb(OLD) ->> TG_ARGV[0] IS NULL AND to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL
       AND (to_jsonb(OLD) - TG_ARGV[0]) - derived = (to_jsonb(NEW) - TG_ARGV[0]) - derived THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$
"""


def upgrade() -> None:
    op.execute(SET_ONCE)
    # Newest first within a tenant and an actor (or an action): the page is the index's first rows. The
    # actor is a column of its own, generated from the content: an index on the expression `content->>'actor'`
    # is never used under row-level security, `->>` not being leakproof (the policy's tenant check must run
    # before it). Adding it rewrites the table once; no trigger fires. The append-only trigger then leaves
    # it out (above).
    op.execute("ALTER TABLE audit_entry ADD COLUMN actor text GENERATED ALWAYS AS (content->>'actor') STORED")
    op.execute("CREATE INDEX audit_by_actor ON audit_entry (tenant_id, actor, position DESC)")
    op.execute("CREATE INDEX audit_by_action ON audit_entry (tenant_id, action, position DESC)")


def downgrade() -> None:
    op.execute("DROP INDEX audit_by_action")
    op.execute("DROP INDEX audit_by_actor")
    op.execute("ALTER TABLE audit_entry DROP COLUMN actor")
