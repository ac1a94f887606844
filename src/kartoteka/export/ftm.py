"""FollowTheMoney entities (the model of OpenSanctions and Aleph): one JSON object per line,
`{"id", "schema", "properties": {name: [values]}}`.

A source is a `Document`; a resolved person or body a `Person` or `Organization` with its
aliases; a linked event an `Event` with its dates at their precision, places, the persons
and bodies involved (perpetrators also as `organizer`), the quotes of its claims as
`description`, its figures in `notes` and the documents that tell it as `proof`. The ids are
kartoteka's own with "-" for "_" (FtM ids allow letters, digits, "." and "-"), so a second
export of the same store gives the same graph.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from ..store import Store
from ..store import queries as q

_SCHEMA = {"person": "Person", "organization": "Organization", "group": "Organization"}


def _id(ours: str) -> str:
    return ours.replace("_", "-")


def _entity(id_: str, schema: str, **properties: list[str] | str | None) -> dict[str, Any]:
    props = {}
    for key, value in properties.items():
        values = [value] if isinstance(value, str) else [v for v in value or [] if v]
        if values:
            props[key] = values
    return {"id": _id(id_), "schema": schema, "properties": props}


def _figures(figures: list[dict[str, Any]]) -> list[str]:
    out = []
    for f in figures:
        span = f"{f['low']:,}" if f.get("low") == f.get("high") else \
            f"{f.get('low') or '…'}–{f.get('high') or '…'}"
        out.append(f"{f['kind']}: {span} (best {f.get('best')}, {f.get('sources')} sources)")
    return out


def entities(store: Store) -> Iterator[dict[str, Any]]:
    sources = {s["document"]: s for s in q.source_rows(store)}
    doc_id = {name: "doc-" + s["sha256"][:16] for name, s in sources.items()}
    for name, s in sources.items():
        yield _entity(doc_id[name], "Document", title=s.get("title") or name, fileName=name,
                      sourceUrl=s.get("url"), author=s.get("author"), date=s.get("date"))
    kinds: dict[str, str] = {}
    for e in q.entity_rows(store):
        schema = _SCHEMA.get(e["type"])
        if schema is None:
            continue  # places and named events: their events carry them
        kinds[e["id"]] = schema
        yield _entity(e["id"], schema, name=e["name"],
                      alias=[a for a in e["aliases"] if a != e["name"]],
                      proof=[doc_id[d] for d in e.get("document_names", []) if d in doc_id])
    quotes = {m["id"]: m["quote"] for m in q.mention_dicts(store)}
    for ev in q.event_rows(store):
        involved = sorted({_id(a["entity_id"]) for a in ev["actors"]
                           if a.get("entity_id") in kinds})
        organizers = sorted({_id(a["entity_id"]) for a in ev["actors"]
                             if a.get("entity_id") in kinds and a["role"] == "perpetrator"})
        date = ev.get("date") or {}
        yield _entity(ev["id"], "Event", name=ev["title"], summary=ev["type"],
                      startDate=date.get("start"), endDate=date.get("end"),
                      location=ev.get("places", []), involved=involved, organizer=organizers,
                      description=list(dict.fromkeys(quotes[m] for m in ev["mentions"] if m in quotes)),
                      notes=_figures(ev.get("figures", [])),
                      proof=[doc_id[d] for d in ev["documents"] if d in doc_id])


def write(store: Store, out: IO[str]) -> int:
    n = 0
    for entity in entities(store):
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
        n += 1
    return n
