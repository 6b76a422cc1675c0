"""Two reads made lighter: `callvault_call_timeline` reads a call's state for the event write path as
`callvault_call_state` does, but its timeline as a column per fact (whole event rows cost the database
and the service more than the rest of the state together); `callvault_read_phone_region` answers
`GET /v1/consent-settings/phone-region` in one statement (the transcripts service asks it on every
redacted read). `callvault_call_state` stays for instances of the release before until they are gone.

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
