"""kept versions: a version superseded while a legal hold covers its transcript keeps its wrapped data key
(and its objects) until the hold is released; the purge then destroys the key and certifies the deletion

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("superseded_version", sa.Column("wrapped_key", sa.LargeBinary))
    op.add_column("superseded_version", sa.Column("kek_id", sa.Text))
    op.add_column("superseded_version", sa.Column("kek_version", sa.Integer))
    # Null while the key is kept; set when it goes (with the commit that superseded the version, or with
    # the purge that completes a kept version once its hold is released).
    op.alter_column("superseded_version", "key_destroyed_at", nullable=True)
    op.create_check_constraint("superseded_version_key_or_destroyed", "superseded_version",
                               "(wrapped_key IS NULL) <> (key_destroyed_at IS NULL)")


def downgrade() -> None:
    op.drop_constraint("superseded_version_key_or_destroyed", "superseded_version")
    op.execute("UPDATE superseded_version SET key_destroyed_at = now() WHERE key_destroyed_at IS NULL")
    op.alter_column("superseded_version", "key_destroyed_at", nullable=False)
    for column in ("kek_version", "kek_id", "wrapped_key"):
        op.drop_column("superseded_version", column)
