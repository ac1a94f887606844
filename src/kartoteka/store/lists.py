"""Victim lists in the store: a list is replaced whole on re-import, in one transaction, and
the judgements between its records stay with every row that did not change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from ..count.records import PersonRecord, record_id
from .database import Store, now
from .schema import actors, documents, entities, judgements, mentions, person_records

MATCH = "person_match"
DOCUMENTS_LIST = "documents"  # the victims the texts name, as one more list


@dataclass
class ListImport:
    list: str
    added: int
    kept: int
    removed: int
    orphaned: int  # judgements whose record left the list: kept on record, no longer applied


def save_list(store: Store, name: str, records: list[PersonRecord]) -> ListImport:
    with store.transaction() as conn:
        old = {r.id for r in conn.execute(select(person_records.c.id)
                                          .where(person_records.c.list == name))}
        new = {r.id: r for r in records}
        gone = old - new.keys()
        if gone:
            conn.execute(delete(person_records).where(person_records.c.id.in_(gone)))
        fresh = [r for rid, r in new.items() if rid not in old]
        if fresh:
            stamp = now()
            conn.execute(insert(person_records), [
                {"id": r.id, "list": name, "row": r.row, "name": r.name, "fields": r.fields,
                 "imported_at": stamp} for r in fresh])
        orphaned = conn.execute(select(judgements.c.id).where(
            judgements.c.kind == MATCH,
            judgements.c.subject.in_(gone) | judgements.c.object.in_(gone))).all() if gone else []
    return ListImport(name, len(fresh), len(old & new.keys()), len(gone), len(orphaned))


def load_records(store: Store, lists: list[str] | None = None) -> list[PersonRecord]:
    query = select(person_records).order_by(person_records.c.list, person_records.c.row)
    if lists:
        query = query.where(person_records.c.list.in_(lists))
    with store.read() as conn:
        return [PersonRecord(r.id, r.list, r.row, r.name, dict(r.fields or {}))
                for r in conn.execute(query)]


def match_judgements(store: Store) -> list[dict[str, str]]:
    """The latest decision on each pair of records."""
    latest: dict[frozenset[str], dict[str, str]] = {}
    for j in store.judgements(MATCH):
        latest[frozenset((j["subject"], j["object"]))] = j
    return list(latest.values())


VICTIM_EVENTS = ("execution", "killing", "assassination")


def document_victims(store: Store) -> list[PersonRecord]:
    """The persons the documents name as targets of an execution or killing, one record per
    resolved person, so the texts can join the lists as one more source: the execution date
    (a day the claim gives), the place, and the documents as `source`. Rejected claims are
    left out."""
    query = (select(actors.c.name, actors.c.entity_id, entities.c.name.label("entity"),
                    mentions.c.id, mentions.c.date_start, mentions.c.date_end, mentions.c.places,
                    documents.c.name.label("document"))
             .join(mentions, mentions.c.id == actors.c.mention_id)
             .join(documents, documents.c.id == mentions.c.document_id)
             .outerjoin(entities, entities.c.id == actors.c.entity_id)
             .where(actors.c.role == "target", actors.c.type == "person",
                    mentions.c.type.in_(VICTIM_EVENTS), mentions.c.status != "rejected")
             .order_by(mentions.c.id))
    people: dict[str, dict[str, object]] = {}
    with store.read() as conn:
        for r in conn.execute(query):
            key = r.entity_id or r.name
            person = people.setdefault(key, {"name": r.entity or r.name, "sources": set(),
                                             "claims": set()})
            person["sources"].add(r.document)  # type: ignore[union-attr]
            person["claims"].add(r.id)  # type: ignore[union-attr]
            if r.date_start and r.date_start == r.date_end and len(r.date_start) == 10:
                person.setdefault("execution_date", r.date_start)
            if r.places:
                person.setdefault("execution_place", r.places[0])
    out = []
    for number, (key, p) in enumerate(sorted(people.items()), start=1):
        fields = {k: str(p[k]) for k in ("execution_date", "execution_place") if k in p}
        fields["source"] = "; ".join(sorted(p["sources"]))  # type: ignore[arg-type]
        fields["claims"] = "; ".join(sorted(p["claims"]))  # type: ignore[arg-type]
        rid = record_id(DOCUMENTS_LIST, {"person": key})
        out.append(PersonRecord(rid, DOCUMENTS_LIST, number, str(p["name"]), fields))
    return out

