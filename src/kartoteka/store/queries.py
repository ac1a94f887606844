"""Read queries shared by the pipeline, the exports, the CLI and the web layer."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func, select

from .database import Store
from .schema import (
    actors,
    alias_claims,
    document_versions,
    documents,
    entities,
    events,
    figures,
    mentions,
    names,
)


def name_counts(store: Store) -> list[tuple[str, str, str, int]]:
    """(document, form, type, count) of every surface form."""
    with store.read() as conn:
        rows = conn.execute(
            select(documents.c.name, names.c.form, names.c.type, func.count())
            .join(documents, documents.c.id == names.c.document_id)
            .group_by(documents.c.name, names.c.form, names.c.type))
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def name_spans(store: Store) -> dict[str, list[tuple[int, str, str]]]:
    """document -> [(start, entity id, type)] of its resolved names, in text order."""
    out: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    with store.read() as conn:
        rows = conn.execute(
            select(documents.c.name, names.c.start, names.c.entity_id, names.c.type)
            .join(documents, documents.c.id == names.c.document_id)
            .where(names.c.entity_id.is_not(None)).order_by(documents.c.name, names.c.start))
        for doc, start, entity_id, kind in rows:
            out[doc].append((start, entity_id, kind))
    return out


def alias_rows(store: Store) -> list[dict[str, str]]:
    with store.read() as conn:
        rows = conn.execute(select(documents.c.name.label("document"), alias_claims.c.form,
                                   alias_claims.c.alias, alias_claims.c.relation,
                                   alias_claims.c.quote)
                            .join(documents, documents.c.id == alias_claims.c.document_id))
        return [dict(r._mapping) for r in rows]


def document_ids(store: Store) -> dict[str, int]:
    with store.read() as conn:
        return {r.name: r.id for r in conn.execute(select(documents.c.name, documents.c.id))}


def mention_dicts(store: Store, where: Any = None, order: bool = True) -> list[dict[str, Any]]:
    """Mentions in the CONTRACT shape (plus internal fields), with figures and actors."""
    query = (select(mentions, documents.c.name.label("document"),
                    documents.c.reliability.label("reliability"))
             .join(documents, documents.c.id == mentions.c.document_id))
    if where is not None:
        query = query.where(where)
    if order:
        query = query.order_by(documents.c.name, mentions.c.start, mentions.c.id)
    with store.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
        ids = [r["id"] for r in rows]
        figs: dict[str, list[dict[str, Any]]] = defaultdict(list)
        acts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(ids, 900):
            for f in conn.execute(select(figures).where(figures.c.mention_id.in_(chunk))
                                  .order_by(figures.c.start)):
                figs[f.mention_id].append({"kind": f.kind, "low": f.low, "high": f.high,
                                           "approximate": f.approximate, "quote": f.quote})
            for a in conn.execute(select(actors).where(actors.c.mention_id.in_(chunk))
                                  .order_by(actors.c.start)):
                acts[a.mention_id].append({"role": a.role, "entity_id": a.entity_id,
                                           "name": a.name, "type": a.type})
    out = []
    for r in rows:
        date = None
        if r["date_start"]:
            date = {"start": r["date_start"], "end": r["date_end"],
                    "as_written": r["date_as_written"], "calendar": r["calendar"],
                    "from_context": r["date_carried"]}
        out.append({
            "id": r["id"], "event_id": r["event_id"], "document": r["document"],
            "start": r["start"], "end": r["end"], "quote": r["quote"], "type": r["type"],
            "attempt": r["attempt"], "modality": r["modality"], "date": date,
            "period": r["period"],
            "date_start": r["date_start"], "date_end": r["date_end"],
            "places": r["places"], "places_carried": r["places_carried"],
            "actors": [a for a in acts[r["id"]] if a["role"] != "event"],
            "named_events": [a for a in acts[r["id"]] if a["role"] == "event"],
            "figures": figs[r["id"]],
            "extractor": {"name": r["extractor"], "version": r["extractor_version"]},
            "confidence": r["confidence"], "section": r["section"], "status": r["status"],
            "reliability": r["reliability"]})
    return out


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def event_rows(store: Store, where: Any = None, limit: int | None = None, offset: int = 0
               ) -> list[dict[str, Any]]:
    """Events in chronological order (undated last), filtered in SQL, one page at a time."""
    query = select(events.c.id, events.c.type, events.c.title, events.c.date_start,
                   events.c.date_end, events.c.data).order_by(
        events.c.date_start.asc().nulls_last(), events.c.id)
    if where is not None:
        query = query.where(where)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with store.read() as conn:
        return [_event(dict(r._mapping)) for r in conn.execute(query)]


def event_count(store: Store, where: Any = None) -> int:
    query = select(func.count()).select_from(events)
    if where is not None:
        query = query.where(where)
    with store.read() as conn:
        return conn.execute(query).scalar_one()


def _event(row: dict[str, Any]) -> dict[str, Any]:
    data = row.pop("data") or {}
    return {"id": row["id"], "type": row["type"], "title": row["title"],
            "date": ({"start": row["date_start"], "end": row["date_end"]}
                     if row["date_start"] else None), **data}


def entity_rows(store: Store, where: Any = None) -> list[dict[str, Any]]:
    query = select(entities).order_by(entities.c.name)
    if where is not None:
        query = query.where(where)
    with store.read() as conn:
        return [{"id": r.id, "type": r.type, "name": r.name, **(r.data or {})}
                for r in conn.execute(query)]


def full_named_persons(store: Store) -> set[str]:
    """Ids of the person entities some source names in full (a given name and a surname):
    a lone capitalised word is only a guess at a person."""
    with store.read() as conn:
        rows = conn.execute(select(entities.c.id, entities.c.data)
                            .where(entities.c.type == "person"))
        return {r.id for r in rows if any(len(a.split()) >= 2 for a in
                                          (r.data or {}).get("aliases", []))}


def source_rows(store: Store) -> list[dict[str, Any]]:
    count = (select(mentions.c.document_id, func.count().label("n"))
             .group_by(mentions.c.document_id).subquery())
    query = (select(documents.c.name, documents.c.sha256, documents.c.title, documents.c.url,
                    documents.c.chars, documents.c.author, documents.c.date, documents.c.kind,
                    documents.c.format, documents.c.reliability, count.c.n)
             .outerjoin(count, count.c.document_id == documents.c.id)
             .order_by(documents.c.name))
    with store.read() as conn:
        return [{"document": r.name, "sha256": r.sha256, "title": r.title, "url": r.url,
                 "chars": r.chars, "mentions": r.n or 0, "author": r.author, "date": r.date,
                 "kind": r.kind, "format": r.format, "reliability": r.reliability}
                for r in conn.execute(query)]


def versions(store: Store, name: str) -> list[dict[str, Any]]:
    """Every version of the document `name`, oldest first, the current one last, with its
    text: {version, sha256, chars, ingested_at, replaced_at, text}."""
    with store.read() as conn:
        current = conn.execute(select(documents).where(documents.c.name == name)).first()
        if current is None:
            return []
        rows = [dict(r._mapping) for r in conn.execute(
            select(document_versions).where(document_versions.c.path == current.path)
            .order_by(document_versions.c.id))]
    rows.append({"sha256": current.sha256, "chars": current.chars, "text": current.text,
                 "ingested_at": current.ingested_at, "replaced_at": None})
    return [{"version": i, "sha256": r["sha256"], "chars": r["chars"],
             "ingested_at": r["ingested_at"], "replaced_at": r["replaced_at"], "text": r["text"]}
            for i, r in enumerate(rows, 1)]


def reliabilities(store: Store) -> dict[str, float]:
    """The grades users gave sources (ungraded sources count as 1 in the consensus)."""
    with store.read() as conn:
        return {r.name: r.reliability for r in conn.execute(
            select(documents.c.name, documents.c.reliability)
            .where(documents.c.reliability.is_not(None)))}


def mention_events(store: Store, ids: list[str]) -> dict[str, str | None]:
    """mention id -> event id, for linking search hits to their events."""
    with store.read() as conn:
        return {r.id: r.event_id for r in conn.execute(
            select(mentions.c.id, mentions.c.event_id).where(mentions.c.id.in_(ids)))}


def document_text(store: Store, name: str) -> dict[str, Any] | None:
    with store.read() as conn:
        row = conn.execute(select(documents).where(documents.c.name == name)).first()
        return dict(row._mapping) if row else None


def years(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Group events by year for chronicle views ("undated" last)."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["date"]["start"][:4] if row.get("date") else "undated"].append(row)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == "undated", kv[0])))
