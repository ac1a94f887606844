"""A read-only copy of a store for Datasette or static hosting: every claim, event, entity and
source, the judgements without their private notes, and no accounts; with the Datasette
metadata (titles, facets, full-text search) that makes it useful at once."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text

from ..errors import StoreError
from . import Store, dialect, open_store
from .schema import metadata

PRIVATE = {"users"}  # never published (the copy's table of them stays empty)
BATCH = 5000

DATASETTE = {
    "events": {"label_column": "title", "facets": ["type", "disputed"], "sort": "date_start",
               "description": "Events linked across sources, with consensus figures"},
    "mentions": {"label_column": "quote", "facets": ["type", "status", "extractor"],
                 "description": "Every claim: one event as one document tells it, with its quote"},
    "entities": {"label_column": "name", "facets": ["type"],
                 "description": "People, bodies and places resolved across spellings and scripts"},
    "documents": {"label_column": "title", "facets": ["format", "kind"],
                  "description": "The sources"},
    "judgements": {"facets": ["kind", "decision"],
                   "description": "Reviewers' decisions (notes left out)"},
    "search_index": {"description": "Full text of documents and quotes (use the search box)"},
    # kept empty so that `kartoteka serve --read-only` opens the copy; nothing to show
    "users": {"hidden": True}, "state": {"hidden": True}, "alembic_version": {"hidden": True},
}


def publish(store: Store, out: Path) -> dict[str, int]:
    """Write the copy to `out` (refusing to overwrite) and `metadata.json` beside it; returns
    the rows copied per table. The file is left read-only."""
    if out.exists():
        raise StoreError(f"{out}: already exists (publish writes a new file)")
    part = out.with_name(out.name + ".part")
    part.unlink(missing_ok=True)
    copied: dict[str, int] = {}
    target = open_store(f"sqlite:///{part}")
    try:
        with store.read() as source, target.transaction() as conn:
            for table in metadata.sorted_tables:
                if table.name in PRIVATE or table.name == "state":
                    continue
                copied[table.name] = _copy(source, conn, table)
            rows = source.execute(text("SELECT kind, ref, document, body FROM search_index"))
            batch: list[dict[str, Any]] = []
            for row in rows:
                batch.append(dict(row._mapping))
                if len(batch) >= BATCH:
                    dialect.index_rows(conn, batch)
                    batch = []
            dialect.index_rows(conn, batch)
            conn.execute(text("UPDATE judgements SET note = NULL"))
    finally:
        target.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    part.replace(out)
    os.chmod(out, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    (out.parent / "metadata.json").write_text(json.dumps(_metadata(out), indent=1,
                                                         ensure_ascii=False), encoding="utf-8")
    return copied


def _copy(source: Any, conn: Any, table: Any) -> int:
    n = 0
    batch: list[dict[str, Any]] = []
    for row in source.execute(select(table)):
        batch.append(dict(row._mapping))
        if len(batch) >= BATCH:
            conn.execute(insert(table), batch)
            n, batch = n + len(batch), []
    if batch:
        conn.execute(insert(table), batch)
        n += len(batch)
    return n


def _metadata(out: Path) -> dict[str, Any]:
    return {"title": "kartoteka: a source-critical chronicle",
            "description": "Every statement is a claim from a named source, with its quote.",
            "databases": {out.stem: {"tables": DATASETTE}}}
