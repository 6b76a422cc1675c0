"""consent events, announcements, do-not-record, settings, the ledger, richer decisions

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _tenant() -> sa.Column:
    return sa.Column("tenant_id", UUID(as_uuid=True), nullable=False, index=True)


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def upgrade() -> None:
    _participants()
    _decisions()
    op.create_table(
        "consent_event",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("call_id", UUID(as_uuid=True), sa.ForeignKey("call.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sequence", sa.BigInteger, sa.Identity(), nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("participant_id", UUID(as_uuid=True), sa.ForeignKey("participant.id", ondelete="CASCADE")),
        sa.Column("purposes", JSONB, nullable=False),
        sa.Column("method", sa.Text),
        sa.Column("evidence_encrypted", sa.LargeBinary),
        sa.Column("announcement_version", sa.Text),
        sa.Column("completed", sa.Boolean),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        _now("received_at"),
        sa.Column("source_event_id", sa.Text),
        sa.Column("ledger_seq", sa.BigInteger),
    )
    op.create_index("consent_event_timeline", "consent_event", ["call_id", "occurred_at", "sequence"])
    op.create_index("consent_event_source", "consent_event", ["tenant_id", "source_event_id"], unique=True,
                    postgresql_where=sa.text("source_event_id IS NOT NULL"))
    op.create_table(
        "announcement",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("language", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("purposes", JSONB, nullable=False),
        _now("created_at"),
        sa.Column("retired_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("tenant_id", "version", "language"),
    )
    op.create_table(
        "do_not_record",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        _tenant(),
        sa.Column("phone_number_index", sa.Text, nullable=False, index=True),
        sa.Column("purposes", JSONB, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        _now("created_at"),
        sa.Column("removed_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "consent_settings",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("jurisdiction_mode", sa.Text, nullable=False),
        sa.Column("agents_prior_agreement", sa.Boolean, nullable=False),
        sa.Column("stay_on_line_seconds", sa.Integer),
        sa.Column("lawful_basis", JSONB, nullable=False),
        sa.Column("default_region", sa.Text, nullable=False),
        _now("updated_at"),
    )
    for table in ("consent_event", "announcement", "do_not_record", "consent_settings"):
        enable_rls(table)
    _ledger()


def _participants() -> None:
    op.execute("UPDATE participant SET jurisdiction = 'unknown' WHERE jurisdiction IS NULL")
    op.alter_column("participant", "jurisdiction", nullable=False)
    op.add_column("participant", sa.Column("jurisdiction_source", sa.Text, nullable=False, server_default="unknown"))
    op.add_column("participant", sa.Column("jurisdiction_notes", JSONB, nullable=False, server_default="[]"))
    op.add_column("participant", sa.Column("left_at", sa.DateTime(timezone=True)))
    op.execute("UPDATE participant p SET joined_at = coalesce(c.started_at, c.created_at) FROM call c "
               "WHERE p.call_id = c.id AND p.joined_at IS NULL")
    op.alter_column("participant", "joined_at", nullable=False, server_default=sa.func.now())


def _decisions() -> None:
    op.drop_column("decision", "missing")
    op.drop_column("decision", "reasons")
    op.add_column("decision", sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("decision", sa.Column("may_analyze", sa.Boolean, nullable=False, server_default="false"))
    op.add_column("decision", sa.Column("may_train", sa.Boolean, nullable=False, server_default="false"))
    op.add_column("decision", sa.Column("rules_version", sa.Text, nullable=False, server_default=""))
    op.add_column("decision", sa.Column("document", JSONB, nullable=False, server_default="{}"))
    # Decisions stored before this revision are marked stale: the next read recomputes them.
    op.add_column("decision", sa.Column("stale_after", sa.DateTime(timezone=True), server_default=sa.func.now()))
    op.alter_column("decision", "stale_after", server_default=None)
    # Subscribers to a call's live stream hear of every stored decision, at commit.
    op.execute(
        "CREATE FUNCTION callvault_decision_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('callvault_decision', NEW.call_id::text || ':' || NEW.version::text); "
        "RETURN NULL; END $$"
    )
    op.execute("CREATE TRIGGER decision_notify AFTER INSERT OR UPDATE ON decision "
               "FOR EACH ROW EXECUTE FUNCTION callvault_decision_notify()")


def _ledger() -> None:
    _refuse_function()
    op.create_table(
        "ledger_entry",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("call_id", UUID(as_uuid=True)),
        sa.Column("content", JSONB, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.Text, nullable=False),
        sa.Column("entry_hash", sa.Text, nullable=False),
        _now("created_at"),
    )
    op.create_index("ledger_entry_participant", "ledger_entry",
                    ["tenant_id", sa.text("(content->>'participant_id')"), "seq"])
    op.create_table(
        "ledger_checkpoint",
        sa.Column("tenant_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("head", sa.Text, nullable=False),
        sa.Column("jws", sa.Text, nullable=False),
        sa.Column("object_key", sa.Text, nullable=False),
        _now("created_at"),
    )
    for table in ("ledger_entry", "ledger_checkpoint"):
        enable_rls(table)
        # Append-only for the runtime role: no grant to change or remove, and triggers that refuse
        # it for anyone who has the grant, so tampering needs the owner to disable them first.
        op.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {APP_ROLE}")
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION callvault_refuse_change()")
        op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION callvault_refuse_change()")
        op.execute(f"CREATE POLICY checkpoint_scan ON {table} FOR SELECT TO {OWNER_ROLE} USING (true)")
    _tenants_behind_function()


def _refuse_function() -> None:
    op.execute(
        "CREATE FUNCTION callvault_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'the consent ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME "
        "USING ERRCODE = 'insufficient_privilege'; END $$"
    )


def _tenants_behind_function() -> None:
    # The checkpoint task must learn which tenants' ledgers moved on before it can set a tenant.
    op.execute(
        "CREATE FUNCTION callvault_ledger_tenants_behind() RETURNS SETOF uuid "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
        "SELECT e.tenant_id FROM ledger_entry e GROUP BY e.tenant_id "
        "HAVING max(e.seq) > coalesce((SELECT max(c.seq) FROM ledger_checkpoint c "
        "WHERE c.tenant_id = e.tenant_id), 0) $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_ledger_tenants_behind() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_ledger_tenants_behind() TO {APP_ROLE}")
