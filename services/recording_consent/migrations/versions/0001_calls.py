"""calls, participants, decisions, and the event tables

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

from services.common.migrations import create_event_tables, enable_rls

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tenant_columns() -> list[sa.Column]:
    return [sa.Column("tenant_id", UUID(as_uuid=True), nullable=False, index=True)]


def upgrade() -> None:
    op.create_table(
        "call",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        *_tenant_columns(),
        sa.Column("provider", sa.Text, nullable=False),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("direction", sa.Text, nullable=False),
        sa.Column("recording_state", sa.Text, nullable=False, server_default="not_recording"),
        sa.Column("started_at", sa.DateTime(timezone=True)),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("tenant_id", "provider", "external_id"),
    )
    op.create_table(
        "participant",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        *_tenant_columns(),
        sa.Column("call_id", UUID(as_uuid=True), sa.ForeignKey("call.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("phone_number_encrypted", sa.LargeBinary),
        sa.Column("phone_number_index", sa.Text, index=True),
        sa.Column("jurisdiction", sa.Text),
        sa.Column("joined_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("call_id", "external_id"),
    )
    op.create_table(
        "decision",
        sa.Column("call_id", UUID(as_uuid=True), sa.ForeignKey("call.id", ondelete="CASCADE"),
                  primary_key=True),
        *_tenant_columns(),
        sa.Column("may_record", sa.Boolean, nullable=False),
        sa.Column("may_transcribe", sa.Boolean, nullable=False),
        sa.Column("missing", JSONB, nullable=False),
        sa.Column("reasons", JSONB, nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    for table in ("call", "participant", "decision"):
        enable_rls(table)
    create_event_tables()
