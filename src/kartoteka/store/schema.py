"""Tables (SQLAlchemy Core). Machine rows are derived and rebuilt; `judgements` and `users`
are the precious data: human decisions that are re-applied after every run."""

from __future__ import annotations

from sqlalchemy import (
                        JSON,
                        Boolean,
                        Column,
                        Float,
                        ForeignKey,
                        Index,
                        Integer,
                        MetaData,
                        String,
                        Table,
                        Text,
                        false,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("name", String(500), nullable=False),
    Column("path", Text, nullable=False),
    Column("format", String(10), nullable=False),
    Column("title", Text), Column("url", Text), Column("author", Text), Column("date", String(40)),
    Column("kind", String(40)),
    Column("reliability", Float),
    Column("chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False, default=dict),
    Column("extractor", String(100), nullable=False),
    Column("ingested_at", String(40), nullable=False),
    # the content hash of the document's first version: claims keep their ids across versions
    Column("lineage", String(64)),
)
Index("ix_documents_path", documents.c.path)

# Earlier versions of a document, readable after a corrected file replaced them.
document_versions = Table(
    "document_versions", metadata,
    Column("id", Integer, primary_key=True),
    Column("path", Text, nullable=False),
    Column("name", String(500), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
    Column("replaced_at", String(40), nullable=False),
)
Index("ix_document_versions_path", document_versions.c.path)

mentions = Table(
    "mentions", metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("type", String(30), nullable=False),
    Column("attempt", Boolean, nullable=False, default=False),
    Column("modality", String(20), nullable=False, default="asserted"),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("date_as_written", Text), Column("calendar", String(10)),
    Column("date_carried", Boolean, nullable=False, default=False),
    Column("period", JSON),  # {"start", "end", "as_written"} for "the 1870s"
    Column("places", JSON, nullable=False, default=list),
    # the places came from an earlier sentence or a heading, not from the quote itself
    Column("places_carried", Boolean, nullable=False, default=False, server_default=false()),
    Column("extractor", String(100), nullable=False),
    Column("extractor_version", String(20), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("section", String(20), nullable=False, default="body"),
    Column("status", String(10), nullable=False, default="machine"),
    Column("event_id", String(40)),
)
Index("ix_mentions_document", mentions.c.document_id)
Index("ix_mentions_event", mentions.c.event_id)
Index("ix_mentions_date", mentions.c.date_start)

figures = Table(
    "figures", metadata,
    Column("id", Integer, primary_key=True),
    Column("mention_id", String(40), ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("low", Integer), Column("high", Integer),
    Column("approximate", Boolean, nullable=False),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)
Index("ix_figures_mention", figures.c.mention_id)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("mention_id", String(40), ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("entity_id", String(40)),
)
Index("ix_actors_mention", actors.c.mention_id)
Index("ix_actors_entity", actors.c.entity_id)

names = Table(
    "names", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("form", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("entity_id", String(40)),
)
Index("ix_names_document", names.c.document_id)
Index("ix_names_entity", names.c.entity_id)

alias_claims = Table(
    "alias_claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("form", Text, nullable=False), Column("alias", Text, nullable=False),
    Column("relation", String(20), nullable=False),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("data", JSON, nullable=False, default=dict),
)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(30), nullable=False),
    Column("title", Text, nullable=False),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("disputed", Boolean, nullable=False, default=False),
    # "|"-joined copies of places, actor names and entity ids, and documents, for filtering
    Column("places", Text, nullable=False, default=""),
    Column("actors", Text, nullable=False, default=""),
    Column("documents", Text, nullable=False, default=""),
    Column("data", JSON, nullable=False, default=dict),
)
Index("ix_events_dates", events.c.date_start, events.c.date_end, events.c.id)
Index("ix_events_type_date", events.c.type, events.c.date_start)
Index("ix_events_type_end", events.c.type, events.c.date_end, events.c.date_start)

# Victim lists: one row per person a list names (count/records.py). Imported, not derived:
# a re-imported list replaces its rows, and judgements on unchanged rows keep their ids.
person_records = Table(
    "person_records", metadata,
    Column("id", String(40), primary_key=True),
    Column("list", String(200), nullable=False),
    Column("row", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("fields", JSON, nullable=False, default=dict),
    Column("imported_at", String(40), nullable=False),
)
Index("ix_person_records_list", person_records.c.list)

judgements = Table(
    "judgements", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),      # mention | merge | split | link | unlink
    Column("subject", Text, nullable=False),         # mention id, entity form, mention id
    Column("object", Text),                          # other form / mention id
    Column("decision", String(20), nullable=False),  # accepted|edited|rejected|positive|negative|unsure
    Column("value", JSON),                           # edited fields
    Column("user", String(100), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("note", Text),
)
Index("ix_judgements_subject", judgements.c.kind, judgements.c.subject)

# Small facts about the store itself ("derived_stale": entities and events need a rebuild).
state = Table(
    "state", metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Text, nullable=False),
)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", String(40), nullable=False),
)
