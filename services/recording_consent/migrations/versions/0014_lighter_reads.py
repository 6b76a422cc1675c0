"""A read made lighter: `callvault_read_phone_region` answers `GET /v1/consent-settings/phone-region` in
one statement (the transcripts service asks it on every redacted read)

Revision ID: 0014
Revises: 0013
"""

from services.common.migrations import apply_sql_functions

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql_functions("recording_consent")


def downgrade() -> None:
    """Forward only (docs/operations/migrations.md)."""
