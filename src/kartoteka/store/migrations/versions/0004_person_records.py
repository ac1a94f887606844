"""Victim lists: the person records that multiple systems estimation counts.

Revision ID: 0004
"""

import sqlalchemy as sa
from alembic import op

from kartoteka.store.schema import metadata

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    if "person_records" not in sa.inspect(op.get_bind()).get_table_names():
        metadata.tables["person_records"].create(op.get_bind())


def downgrade() -> None:
    op.drop_table("person_records")
