"""Exports: one module per format. `records(store, what)` gives CONTRACT-shaped dicts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..store import Store
from ..store import queries as q
from .vocabularies import crosswalk

KINDS = ("mentions", "events", "entities", "sources")
_INTERNAL = {"date_start", "date_end", "reliability"}


def records(store: Store, what: str) -> Iterator[dict[str, Any]]:
    if what == "mentions":
        for m in q.mention_dicts(store):
            yield {**{k: v for k, v in m.items() if k not in _INTERNAL}, **crosswalk(m["type"])}
    elif what == "events":
        for e in q.event_rows(store):
            yield {**e, **crosswalk(e["type"])}
    elif what == "entities":
        for e in q.entity_rows(store):
            e.pop("evidence", None)
            yield e
    elif what == "sources":
        yield from q.source_rows(store)
    else:
        raise ValueError(what)
