"""privacy requests: data-subject requests (access, portability, erasure, restriction, rectification,
objection), their deadlines, verification, steps and report

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

from services.common.migrations import enable_rls
from services.common.settings import APP_ROLE, OWNER_ROLE

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Across tenants, for the service that resumes them after a restart and for the overdue gauge: the
# requests with work to do, and how many are late. The owner sees every tenant's requests only while
# a function runs (the policy `privacy_scan` reads the flag).
PRIVACY_WORK = """
CREATE FUNCTION callvault_privacy_work(p_limit int) RETURNS TABLE (tenant_id uuid, id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM set_config('callvault.privacy_scan', 'on', true);
    RETURN QUERY SELECT r.tenant_id, r.id FROM privacy_request r
        WHERE r.status IN ('verified', 'in_progress')
           OR (r.export_deleted_at IS NULL AND r.export_expires_at <= now())
        ORDER BY r.created_at LIMIT p_limit;
    PERFORM set_config('callvault.privacy_scan', 'off', true);
END $$
"""
PRIVACY_OVERDUE = """
CREATE FUNCTION callvault_privacy_overdue() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE n bigint;
BEGIN
    PERFORM set_config('callvault.privacy_scan', 'on', true);
    SELECT count(*) INTO n FROM privacy_request r
        WHERE r.status IN ('received', 'verified', 'in_progress') AND r.due_at < now();
    PERFORM set_config('callvault.privacy_scan', 'off', true);
    RETURN n;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "privacy_request",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("tenant_id", UUID(as_uuid=True), nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("regulation", sa.Text, nullable=False),
        # received | verified | in_progress | completed | partially_completed | rejected
        sa.Column("status", sa.Text, nullable=False),
        # The subject as given, encrypted (FieldCrypto); found through blind indexes only.
        sa.Column("subject_sealed", sa.LargeBinary, nullable=False),
        sa.Column("digests", ARRAY(sa.Text), nullable=False),
        sa.Column("phone_digests", ARRAY(sa.Text), nullable=False),
        # What the type needs beside the subject: objection purposes, rectification corrections (sealed).
        sa.Column("details", JSONB, nullable=False),
        sa.Column("details_sealed", sa.LargeBinary),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extension", JSONB),
        sa.Column("verification", JSONB),
        sa.Column("rejection", JSONB),
        sa.Column("lift", JSONB),
        # What was found, done and kept, each step with the time it finished.
        sa.Column("report", JSONB, nullable=False),
        sa.Column("export", JSONB),
        sa.Column("export_expires_at", sa.DateTime(timezone=True)),
        sa.Column("export_deleted_at", sa.DateTime(timezone=True)),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("completed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("privacy_request_due", "privacy_request", ["tenant_id", "due_at"])
    # Restrictions in force, checked on every read of a transcript.
    op.create_index("privacy_request_restricting", "privacy_request", ["tenant_id"],
                    postgresql_where=sa.text("type = 'restriction' AND status IN ('completed', 'partially_completed')"
                                             " AND lift IS NULL"))
    enable_rls("privacy_request")
    op.execute(f"CREATE POLICY privacy_scan ON privacy_request FOR SELECT TO {OWNER_ROLE} "
               "USING (current_setting('callvault.privacy_scan', true) = 'on')")
    op.execute(PRIVACY_WORK)
    op.execute(PRIVACY_OVERDUE)
    for signature in ("callvault_privacy_work(int)", "callvault_privacy_overdue()"):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {signature} TO {APP_ROLE}")


def downgrade() -> None:
    op.execute("DROP FUNCTION callvault_privacy_overdue()")
    op.execute("DROP FUNCTION callvault_privacy_work(int)")
    op.drop_table("privacy_request")
