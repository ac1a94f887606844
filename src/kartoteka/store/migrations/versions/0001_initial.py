"""Baseline schema: documents, claims (mentions, figures, actors, names, alias claims),
derived entities and events, judgements and users, and the full-text index.

Revision ID: 0001
"""

from alembic import op

from kartoteka.store import dialect
from kartoteka.store.schema import metadata

revision = "0001"
down_revision = None

# The baseline is the schema as first released; later changes add revisions with op.* calls.
BASELINE_TABLES = ["documents", "mentions", "figures", "actors", "names", "alias_claims",
                   "entities", "events", "judgements", "users", "state"]


def upgrade() -> None:
    bind = op.get_bind()
    metadata.create_all(bind, tables=[metadata.tables[t] for t in BASELINE_TABLES])
    dialect.create_search(bind)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql("DROP TABLE IF EXISTS search_index")
    metadata.drop_all(bind, tables=[metadata.tables[t] for t in BASELINE_TABLES])
