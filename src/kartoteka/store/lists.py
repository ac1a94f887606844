"""Victim lists in the store: a list is replaced whole on re-import, in one transaction, and
the judgements between its records stay with every row that did not change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from ..count.records import PersonRecord
from .database import Store, now
from .schema import judgements, person_records

MATCH = "person_match"


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
