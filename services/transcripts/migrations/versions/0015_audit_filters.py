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


def upgrade() -> None:
    # Newest first within a tenant and an actor (or an action): the page is the index's first rows. The
    # actor is a column of its own, generated from the content: an index on the expression `content->>'actor'`
    # is never used under row-level security, `->>` not being leakproof (the policy's tenant check must run
    # before it). Adding it rewrites the table once; no trigger fires.
    op.execute("ALTER TABLE audit_entry ADD COLUMN actor text GENERATED ALWAYS AS (content->>'actor') STORED")
    op.execute("CREATE INDEX audit_by_actor ON audit_entry (tenant_id, actor, position DESC)")
    op.execute("CREATE INDEX audit_by_action ON audit_entry (tenant_id, action, position DESC)")


def downgrade() -> None:
    op.execute("DROP INDEX audit_by_action")
    op.execute("DROP INDEX audit_by_actor")
    op.execute("ALTER TABLE audit_entry DROP COLUMN actor")
