"""A corrected file is a new version of its document: documents carry the hash of their first
version (claims keep their ids across versions), and earlier versions are kept readable.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

from kartoteka.store.schema import metadata

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    # a store created by this version's baseline already has both
    if "lineage" not in {c["name"] for c in inspector.get_columns("documents")}:
        op.add_column("documents", sa.Column("lineage", sa.String(64)))
        op.execute("UPDATE documents SET lineage = sha256")
    if "document_versions" not in inspector.get_table_names():
        metadata.tables["document_versions"].create(bind)


def downgrade() -> None:
    op.drop_table("document_versions")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("lineage")
