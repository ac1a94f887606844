"""A corrected source is a new version of its document, and the reviewers' decisions follow
their claims into it.

A claim's id is made of the document's lineage (the hash of its first version), its quote,
type and date, not of its offsets: a sentence that did not change keeps its id, and with it
every judgement, however much text was added above it. A judgement whose claim changed (a
typo fixed in its sentence, a date read differently) moves to the new claim whose quote is
nearly the same, the nearest one to where the old claim stood; one that finds no such claim
stays on record, unapplied, and is reported, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import Connection, or_, select, update

from .schema import judgements

SIMILAR = 0.9  # quotes this alike (difflib ratio) tell the same claim: a typo, a word changed
_MENTION_KINDS = ("mention", "link", "unlink")


@dataclass
class Unmoved:
    """A judgement whose claim is gone from the new version."""

    judgement: int
    kind: str
    quote: str


def normalized(quote: str) -> str:
    return " ".join(quote.split())


def moves(old: list[dict[str, Any]], new: list[dict[str, Any]], old_chars: int,
          new_chars: int) -> dict[str, str | None]:
    """Old claim id -> the new claim it lives on in (None: gone). Each claim is
    {id, quote, start}; the same quote first, else a nearly equal one, nearest in place."""
    new_ids = {n["id"] for n in new}
    result: dict[str, str | None] = {}
    taken: set[str] = set()

    def place(claim: dict[str, Any], chars: int) -> float:
        return claim["start"] / max(1, chars)

    for claim in old:
        if claim["id"] in new_ids:
            result[claim["id"]] = claim["id"]
            taken.add(claim["id"])
    for exact in (True, False):
        for claim in old:
            if claim["id"] in result:
                continue
            text = normalized(claim["quote"])
            scored = []
            for candidate in new:
                if candidate["id"] in taken:
                    continue
                other = normalized(candidate["quote"])
                if exact:
                    score = 1.0 if other == text else 0.0
                else:
                    matcher = SequenceMatcher(None, text, other, autojunk=False)
                    score = matcher.ratio() if matcher.quick_ratio() >= SIMILAR else 0.0
                if score >= (1.0 if exact else SIMILAR):
                    distance = abs(place(claim, old_chars) - place(candidate, new_chars))
                    scored.append((-score, distance, candidate["id"]))
            if scored:
                best = min(scored)[2]
                result[claim["id"]] = best
                taken.add(best)
    for claim in old:
        result.setdefault(claim["id"], None)
    return result


def carry_judgements(conn: Connection, old: list[dict[str, Any]], new: list[dict[str, Any]],
                     old_chars: int, new_chars: int) -> list[Unmoved]:
    """Point the judgements on the old version's claims at the new version's; the ones that
    cannot move are returned."""
    moved = moves(old, new, old_chars, new_chars)
    quotes = {c["id"]: c["quote"] for c in old}
    rows = conn.execute(select(judgements).where(
        judgements.c.kind.in_(_MENTION_KINDS),
        or_(judgements.c.subject.in_(list(moved)), judgements.c.object.in_(list(moved))))
        .order_by(judgements.c.id)).all()
    unmoved = []
    for row in rows:
        values = {}
        for column in ("subject", "object"):
            claim = getattr(row, column)
            if claim in moved and moved[claim] != claim:
                values[column] = moved[claim]
        if any(v is None for v in values.values()):
            gone = row.subject if values.get("subject", "") is None else row.object
            unmoved.append(Unmoved(row.id, row.kind, quotes[gone]))
            continue
        if values:
            conn.execute(update(judgements).where(judgements.c.id == row.id).values(**values))
    return unmoved
