"""Mentions record whether their places were stated or carried over from earlier text, so
that linking never lets a guessed place forbid a merge.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    # a store created by this version's baseline already has the column
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("mentions")}
    if "places_carried" not in columns:
        op.add_column("mentions", sa.Column("places_carried", sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("places_carried")
