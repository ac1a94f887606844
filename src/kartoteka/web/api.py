"""JSON API under /api/, mirroring the pages; exports as JSONL, CSV and TimelineJS."""

from __future__ import annotations

import io
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel

from .. import views
from ..errors import NotFoundError
from ..export import KINDS, csv, jsonl, records, timeline
from ..store import queries as q
from ..store.schema import documents, mentions
from .deps import StoreDep

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=10000, description="Items per page")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="Items to skip")]


class Page(BaseModel):
    """One page of a list: `total` counts every match, `items` holds `limit` from `offset`."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> Page:
    return Page(total=len(rows), limit=limit, offset=offset, items=rows[offset:offset + limit])


@router.get("/events", response_model=Page)
def events(store: StoreDep, date_from: Annotated[str | None, Query(alias="from")] = None,
           date_to: Annotated[str | None, Query(alias="to")] = None, type: str | None = None,
           place: str | None = None, actor: str | None = None, source: str | None = None,
           undated: bool = False, limit: Limit = 1000, offset: Offset = 0) -> Page:
    """Linked events with consensus figures and disputes; filters as on the chronicle."""
    total, rows = views.query_events(store, limit, offset, date_from=date_from, date_to=date_to,
                                     type=type, place=place, actor=actor, source=source,
                                     undated=undated)
    return Page(total=total, limit=limit, offset=offset, items=rows)


@router.get("/events/{event_id}")
def event(event_id: str, store: StoreDep) -> dict[str, Any]:
    """One event with every mention (claim) side by side."""
    return views.event_detail(store, event_id)


@router.get("/mentions/{mention_id}")
def mention(mention_id: str, store: StoreDep) -> dict[str, Any]:
    rows = q.mention_dicts(store, mentions.c.id == mention_id)
    if not rows:
        raise NotFoundError(f"no mention {mention_id!r}")
    return rows[0]


@router.get("/entities", response_model=Page)
def entities(store: StoreDep, q_: Annotated[str | None, Query(alias="q")] = None,
             type: str | None = None, limit: Limit = 1000, offset: Offset = 0) -> Page:
    """Entities by any name, script or spelling (`q`), best matches first."""
    return _page(views.find_entities(store, q_, type), limit, offset)


@router.get("/entities/{name_or_id}")
def entity(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    return views.entity_detail(store, name_or_id)


@router.get("/sources", response_model=Page)
def sources(store: StoreDep, limit: Limit = 1000, offset: Offset = 0) -> Page:
    return _page(q.source_rows(store), limit, offset)


@router.get("/sources/{name}")
def source(name: str, store: StoreDep) -> dict[str, Any]:
    doc = q.document_text(store, name)
    if doc is None:
        raise NotFoundError(f"no source {name!r}")
    doc.pop("id", None)
    return {"document": doc, "mentions": q.mention_dicts(store, documents.c.name == name)}


@router.get("/search")
def search(store: StoreDep, q_: Annotated[str, Query(alias="q", max_length=1000)],
           limit: int = Query(50, ge=1, le=500)
           ) -> dict[str, Any]:
    return views.search(store, q_, limit)


@router.get("/disputes", response_model=Page)
def disputes(store: StoreDep, limit: Limit = 1000, offset: Offset = 0) -> Page:
    items = [{"event": e["id"], "title": e["title"], "date": e["date"], "spread": spread, **d}
             for e, d, spread in views.ranked_disputes(store)]
    return _page(items, limit, offset)


@router.get("/export/{filename}")
def export(filename: str, store: StoreDep) -> Response:
    """Exports: mentions|events|entities|sources as .jsonl or .csv; events.timeline.json."""
    what, _, fmt = filename.partition(".")
    if what not in KINDS:
        raise NotFoundError(f"no export {what!r}")
    writers = {"jsonl": (jsonl.write, "application/x-ndjson"), "csv": (csv.write, "text/csv"),
               "timeline.json": (timeline.write, "application/json")}
    if fmt not in writers or (fmt == "timeline.json" and what != "events"):
        raise NotFoundError(f"no format {fmt!r} for {what}")
    write, media = writers[fmt]
    buffer = io.StringIO()
    write(records(store, what), buffer)
    return Response(buffer.getvalue(), media_type=f"{media}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{what}.{fmt}"'})
