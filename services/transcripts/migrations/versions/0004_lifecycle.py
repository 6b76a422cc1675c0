"""lifecycle: retention policies and per-call overrides, calls' ends, each transcript's expiry, legal
holds, the purge's states, and deletion certificates

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _uuid(name: str, **kwargs) -> sa.Column:
    return sa.Column(name, UUID(as_uuid=True), nullable=False, **kwargs)


def _at(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable,
                     server_default=None if nullable else sa.func.now())


# The longest retention that applies, and which policy set it (a call's override, then a tag, then the
# tenant's default, when two say as long). Pure: the preview runs it over a policy not yet saved.
RETENTION_PICK = """
CREATE FUNCTION callvault_retention_pick(p_default int, p_by_tag jsonb, p_call int, p_tags text[],
                                         OUT days int, OUT source text)
LANGUAGE sql IMMUTABLE AS $$
    SELECT d.days, d.source FROM (
        SELECT p_default AS days, 'default' AS source, 0 AS rank
        UNION ALL
        SELECT (p_by_tag ->> tag)::int, 'tag:' || tag, 1 FROM unnest(p_tags) AS tag WHERE p_by_tag ? tag
        UNION ALL
        SELECT p_call, 'call', 2 WHERE p_call IS NOT NULL
    ) d ORDER BY d.days DESC, d.rank DESC LIMIT 1
$$
"""

# A transcript's retention as the tenant's saved policy sets it (30 days when it has none).
RETENTION_FOR = """
CREATE FUNCTION callvault_retention_for(p_tenant uuid, p_call uuid, p_tags text[], OUT days int, OUT source text)
LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT r.days, r.source FROM
        (SELECT 1) one
        LEFT JOIN retention_policy p ON p.tenant_id = p_tenant
        LEFT JOIN call_retention c ON c.tenant_id = p_tenant AND c.call_id = p_call,
        LATERAL callvault_retention_pick(COALESCE(p.default_days, 30), COALESCE(p.by_tag, '{}'), c.days, p_tags) r
$$
"""

# A transcript stored while its call's end is being recorded waits for that (both take this lock), so
# that one of the two always sees the other. Calls share 512 locks: a bulk insert of many calls'
# transcripts holds at most that many (PostgreSQL's lock table is small), and two calls sharing one
# only wait for each other's short transaction.
CALL_LOCK = """
CREATE FUNCTION callvault_lock_call(p_call uuid) RETURNS void
LANGUAGE sql VOLATILE AS $$
    SELECT pg_advisory_xact_lock(hashtext('callvault.call'), abs(hashtext(p_call::text) % 512))
$$
"""

# The clock starts at the call's end; a day is 24 hours (not the calendar day of some time zone).
EXPIRY_TRIGGER = """
CREATE FUNCTION callvault_transcript_expiry() RETURNS trigger
LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM callvault_lock_call(NEW.call_id);
        IF NEW.call_ended_at IS NULL THEN
            SELECT e.ended_at INTO NEW.call_ended_at FROM call_end e
            WHERE e.tenant_id = NEW.tenant_id AND e.call_id = NEW.call_id;
        END IF;
        SELECT r.days, r.source INTO NEW.retention_days, NEW.retention_source
        FROM callvault_retention_for(NEW.tenant_id, NEW.call_id, NEW.tags) r;
    END IF;
    NEW.expires_at := NEW.call_ended_at + NEW.retention_days * interval '24 hours';
    RETURN NEW;
END $$
"""

# Whether a legal hold covers a transcript: any of its call ids, subjects or tags (a hold naming none
# of them covers everything in its time range), within its time range on the call's start.
HOLD_COVERS = """
CREATE FUNCTION callvault_hold_covers(h legal_hold, t transcript) RETURNS boolean
LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT (h.from_at IS NULL OR t.call_started_at >= h.from_at)
       AND (h.to_at IS NULL OR t.call_started_at < h.to_at)
       AND ((cardinality(h.call_ids) = 0 AND cardinality(h.tags) = 0 AND cardinality(h.subject_digests) = 0)
            OR t.call_id = ANY (h.call_ids)
            OR t.tags && h.tags
            OR EXISTS (SELECT 1 FROM transcript_subject s
                       WHERE s.tenant_id = t.tenant_id AND s.transcript_id = t.id
                         AND s.digest = ANY (h.subject_digests)))
$$
"""

# The purge worker looks across tenants for work, then acts as each tenant in turn. The owner sees
# every tenant's transcripts only while this function runs (the policy `purge_scan` reads the flag).
PURGE_TENANTS = """
CREATE FUNCTION callvault_purge_tenants(p_now timestamptz, p_limit int) RETURNS TABLE (tenant_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('callvault.purge_scan', 'on', true);
    RETURN QUERY SELECT DISTINCT d.tenant_id FROM (
        (SELECT DISTINCT t.tenant_id FROM transcript t
         WHERE t.status = 'active' AND NOT t.held AND t.expires_at <= p_now LIMIT p_limit)
        UNION ALL
        (SELECT DISTINCT t.tenant_id FROM transcript t WHERE t.status = 'purging' LIMIT p_limit)
    ) d;
    PERFORM set_config('callvault.purge_scan', 'off', true);
END $$
"""


def upgrade() -> None:
    op.create_table(
        "retention_policy",
        _uuid("tenant_id", primary_key=True),
        sa.Column("default_days", sa.Integer, nullable=False),
        sa.Column("by_tag", JSONB, nullable=False, server_default="{}"),  # {"tag": days}
        sa.Column("min_days", sa.Integer, nullable=False),
        sa.Column("max_days", sa.Integer),
        sa.Column("updated_by", sa.Text, nullable=False),
        _at("updated_at"),
    )
    op.create_table(
        "call_retention",
        _uuid("tenant_id", primary_key=True),
        _uuid("call_id", primary_key=True),
        sa.Column("days", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("set_by", sa.Text, nullable=False),
        _at("updated_at"),
    )
    # When each call ended, from the consent service's `call.ended`: a transcript may arrive after it.
    op.create_table(
        "call_end",
        _uuid("tenant_id", primary_key=True),
        _uuid("call_id", primary_key=True),
        _at("ended_at"),
    )
    op.add_column("transcript", sa.Column("call_ended_at", sa.DateTime(timezone=True)))
    op.add_column("transcript", sa.Column("retention_days", sa.Integer))
    op.add_column("transcript", sa.Column("retention_source", sa.Text))
    op.add_column("transcript", sa.Column("expires_at", sa.DateTime(timezone=True)))
    # Due but kept by a legal hold: out of the backlog's index until a hold is released.
    op.add_column("transcript", sa.Column("held", sa.Boolean, nullable=False, server_default=sa.false()))
    # Why it is going: {"reason": retention | manual | erasure | withdrawal, "policy" | "request" | ...}.
    op.add_column("transcript", sa.Column("purge", JSONB))
    op.add_column("transcript", sa.Column("purge_requested_at", sa.DateTime(timezone=True)))
    op.execute("UPDATE transcript SET status = 'purged' WHERE status = 'deleted'")
    # The backlog, a tenant's at a time, oldest expiry first (the purge acts as one tenant).
    op.create_index("transcript_due", "transcript", ["tenant_id", "expires_at"],
                    postgresql_where=sa.text("status = 'active' AND NOT held"))
    op.create_index("transcript_purging", "transcript", ["tenant_id"],
                    postgresql_where=sa.text("status = 'purging'"))
    op.create_index("transcript_awaiting_end", "transcript", ["tenant_id", "call_id"],
                    postgresql_where=sa.text("status = 'active' AND call_ended_at IS NULL"))
    op.create_table(
        "legal_hold",
        _uuid("id", primary_key=True),
        _uuid("tenant_id"),
        sa.Column("matter_id", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("call_ids", ARRAY(UUID(as_uuid=True)), nullable=False),
        sa.Column("tags", ARRAY(sa.Text), nullable=False),
        sa.Column("subject_digests", ARRAY(sa.Text), nullable=False),  # blind indexes, never the identifiers
        # The scope's phone numbers and external ids as given, encrypted (FieldCrypto) for the hold's readers.
        sa.Column("subjects_sealed", sa.LargeBinary),
        sa.Column("from_at", sa.DateTime(timezone=True)),
        sa.Column("to_at", sa.DateTime(timezone=True)),
        sa.Column("status", sa.Text, nullable=False),  # active | released
        sa.Column("created_by", sa.Text, nullable=False),
        _at("created_at"),
        sa.Column("released_by", sa.Text),
        sa.Column("release_reason", sa.Text),
        _at("released_at", nullable=True),
    )
    op.create_index("legal_hold_active", "legal_hold", ["tenant_id"], postgresql_where=sa.text("status = 'active'"))
    op.create_table(
        "deletion_certificate",
        _uuid("id", primary_key=True),
        _uuid("tenant_id"),
        _uuid("transcript_id"),
        _uuid("call_id"),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("claims", JSONB, nullable=False),
        sa.Column("jws", sa.Text, nullable=False),
        _at("issued_at"),
    )
    op.create_index("deletion_certificate_by_time", "deletion_certificate",
                    ["tenant_id", sa.text("issued_at DESC"), sa.text("id DESC")])
    op.create_index("deletion_certificate_of", "deletion_certificate", ["tenant_id", "transcript_id"])
    for table in ("retention_policy", "call_retention", "call_end", "legal_hold", "deletion_certificate"):
        enable_rls(table)
    # Certificates are the erasure ledger a restored backup is checked against: append-only.
    op.execute(f"REVOKE UPDATE, DELETE ON deletion_certificate FROM {APP_ROLE}")
    op.execute(RETENTION_PICK)
    op.execute(RETENTION_FOR)
    op.execute(CALL_LOCK)
    op.execute(EXPIRY_TRIGGER)
    op.execute("CREATE TRIGGER transcript_expiry BEFORE INSERT OR UPDATE OF call_ended_at, retention_days "
               "ON transcript FOR EACH ROW EXECUTE FUNCTION callvault_transcript_expiry()")
    op.execute(HOLD_COVERS)
    op.execute(PURGE_TENANTS)
    op.execute(f"CREATE POLICY purge_scan ON transcript FOR SELECT TO {OWNER_ROLE} "
               "USING (current_setting('callvault.purge_scan', true) = 'on')")
    op.execute("REVOKE ALL ON FUNCTION callvault_purge_tenants(timestamptz, int) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_purge_tenants(timestamptz, int) TO {APP_ROLE}")
    # Transcripts stored before this migration: the default retention (no tenant has a policy yet), the
    # clock from their storage (their calls' ends were not kept). Every tenant's rows, so as the owner
    # with row-level security lifted for this one statement.
    op.execute("ALTER TABLE transcript NO FORCE ROW LEVEL SECURITY")
    op.execute("UPDATE transcript SET call_ended_at = created_at, retention_days = 30, retention_source = 'default' "
               "WHERE status = 'active'")
    op.execute("ALTER TABLE transcript FORCE ROW LEVEL SECURITY")
