"""Query functions behind both the CLI and the web pages (one implementation, two faces)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import jellyfish
from sqlalchemy import and_, select, true

from . import pipeline
from .errors import InputError, NotFoundError
from .extract.names import classify
from .link.dates import interval, readable
from .models import EVENT_TYPES, FIGURE_KINDS
from .resolve import normalize as nz
from .store import Store, dialect
from .store import queries as q
from .store.schema import entities, events, mentions


def event_filter(date_from: str | None = None, date_to: str | None = None,
                 type: str | None = None, place: str | None = None, actor: str | None = None,
                 source: str | None = None, undated: bool = False, disputed: bool = False) -> Any:
    """The chronicle's filters as one SQL condition. Dates compare at the precision given:
    "1919" keeps all of 1919, "1918-08" all of August 1918."""
    conditions: list[Any] = []
    if not undated:
        conditions.append(events.c.date_start.is_not(None))
    if date_from:  # an event that ends on or after the start of the period
        conditions.append(events.c.date_end >= date_from)
    if date_to:  # "~" sorts after every ISO character: "1920~" closes all of 1920 (indexed)
        conditions.append(events.c.date_start < date_to + "~")
    if type:
        conditions.append(events.c.type == type)
    for column, value in ((events.c.places, place), (events.c.actors, actor),
                          (events.c.documents, source)):
        if value:
            conditions.append(column.ilike(f"%{_escape_like(value)}%", escape="\\"))
    if disputed:
        conditions.append(events.c.disputed.is_(True))
    return and_(true(), *conditions)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def query_events(store: Store, limit: int | None = None, offset: int = 0, **filters: Any
                 ) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of events) for the chronicle, the CLI and the API."""
    where = event_filter(**filters)
    return q.event_count(store, where), q.event_rows(store, where, limit, offset)


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    rows = q.event_rows(store, events.c.id == event_id)
    if not rows:
        raise NotFoundError(f"no event {event_id!r}")
    members = q.mention_dicts(store, mentions.c.event_id == event_id)
    return {"event": rows[0], "mentions": members}


def ranked_disputes(store: Store) -> list[tuple[dict[str, Any], dict[str, Any], float]]:
    """(event, dispute, spread): figure disputes by ratio of highest to lowest claim, date
    disputes by the number of sides."""
    out = []
    for e in q.event_rows(store, event_filter(undated=True, disputed=True)):
        for d in e.get("disputes", []):
            spread = float(len(d["sides"]))
            if d["field"].startswith("figures."):
                f = next((f for f in e.get("figures", []) if f"figures.{f['kind']}" == d["field"]),
                         None)
                if f and f["low"] and f["high"]:
                    spread = f["high"] / f["low"]
            out.append((e, d, spread))
    return sorted(out, key=lambda t: -t[2])


def related_events(store: Store, event: dict[str, Any], limit: int = 12) -> list[dict[str, Any]]:
    """Events of the same month, then events naming the same people or bodies."""
    rows: dict[str, dict[str, Any]] = {}
    if event.get("date"):
        month = event["date"]["start"][:7]
        for e in q.event_rows(store, and_(events.c.date_start >= month,
                                          events.c.date_start < month + "~"), limit=limit + 1):
            rows.setdefault(e["id"], e)
    for actor in [a["entity_id"] for a in event.get("actors", []) if a["entity_id"]][:3]:
        for e in q.event_rows(store, events.c.actors.like(f"%|{actor}|%"), limit=limit):
            rows.setdefault(e["id"], e)
    rows.pop(event["id"], None)
    return list(rows.values())[:limit]


def find_entities(store: Store, query: str | None = None, type: str | None = None
                  ) -> list[dict[str, Any]]:
    """Entities by any of their names, in any script, case or transliteration and with a slip
    of spelling ("Dzerzhinskii", "Каплан", "kaplan"): the best matches first, then the most
    mentioned."""
    rows = q.entity_rows(store, entities.c.type == type if type else None)
    if not query:
        return sorted(rows, key=lambda e: -e.get("mentions", 0))
    scored = [(_name_match(query, [e["name"], *e.get("aliases", [])]), e) for e in rows]
    return [e for score, e in sorted(scored, key=lambda p: (-p[0], -p[1].get("mentions", 0)))
            if score > 0]


def _name_match(query: str, forms: list[str]) -> float:
    """3 the same name, 2 part of a name, 1 a spelling a slip away (0.92 Jaro–Winkler on the
    transliteration-folded words), 0 none; keys fold script, case and inflection."""
    key, skeleton = nz.key(query), nz.skeleton(query)
    words = skeleton.split()
    best = 0.0
    for form in forms:
        form_key, form_skeleton = nz.key(form), nz.skeleton(form)
        if key == form_key or skeleton == form_skeleton:
            return 3.0
        if len(key) >= 3 and (key in form_key or skeleton in form_skeleton):
            best = max(best, 2.0)
        elif words and all(any(jellyfish.jaro_winkler_similarity(w, f) >= 0.92
                               for f in form_skeleton.split()) for w in words):
            best = max(best, 1.0)
    return best


def entity_detail(store: Store, name_or_id: str) -> dict[str, Any]:
    """An entity by id or by any alias, with the documents behind each form."""
    rows = q.entity_rows(store, entities.c.id == name_or_id) or find_entities(store, name_or_id)[:1]
    if not rows:
        raise NotFoundError(f"no entity named {name_or_id!r}")
    entity = max(rows, key=lambda e: e.get("mentions", 0))
    forms: dict[str, list[str]] = defaultdict(list)
    for doc, form, _type, _n in q.name_counts(store):
        if form in entity.get("aliases", []) and doc in entity.get("document_names", []):
            forms[form].append(doc)
    related = q.event_rows(store, events.c.actors.like(f"%|{entity['id']}|%"), limit=500)
    return {"entity": entity, "forms": dict(forms), "events": related}


_ISO_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def timeline_items(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """vis-timeline items at full ISO dates spanning each date's precision: "1881" runs from
    1881-01-01 to the end of 1881, a range is drawn as a range, one day is a point."""
    items = []
    for e in rows:
        date = e.get("date") or {}
        if not date.get("start") or not readable(date["start"], date.get("end")):
            continue
        lo, hi, _ = interval(date["start"], date.get("end"))
        items.append({"id": e["id"], "content": e["title"][:60], "start": lo.isoformat(),
                      "end": (hi + dt.timedelta(days=1)).isoformat() if hi > lo else None,
                      "group": e["type"]})
    return items


def parse_date(text: str) -> tuple[str, str]:
    """"1921", "1921-03", "1921-03-18" or "START/END" -> (start, end); a clear error for a
    day that does not exist or a range that runs backwards."""
    start, _, end = text.strip().partition("/")
    if not _ISO_DATE.fullmatch(start) or end and not _ISO_DATE.fullmatch(end) \
            or not readable(start, end or start):
        raise InputError(text, f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD of a real day, "
                               f"nor a range START/END with START not after END")
    return start, end or start


def listed(text: str | None) -> list[str]:
    """"a; b; c" -> ["a", "b", "c"]: how a form field or a table cell lists several values."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]


_FIGURE = re.compile(r"(?P<kind>[a-z]+):(?P<low>\d+)?(?:(?P<dash>-)(?P<high>\d+)?)?")
_ACTOR = re.compile(r"(?P<role>perpetrator|target|participant):(?P<name>\S.*)")


def parse_figure(text: str) -> dict[str, Any]:
    """"killed:1200-2168", "killed:300" (exactly), "killed:300-" (at least), "killed:-500"
    (up to) -> {kind, low, high}; a clear error for anything else."""
    m = _FIGURE.fullmatch(text.strip())
    if not m or m["kind"] not in FIGURE_KINDS or not (m["low"] or m["high"]):
        raise InputError(text, f"a figure is KIND:LOW-HIGH, KIND:N, KIND:LOW- or KIND:-HIGH with "
                               f"KIND one of {', '.join(FIGURE_KINDS)}")
    low = int(m["low"]) if m["low"] else None
    high = int(m["high"]) if m["high"] else (None if m["dash"] else low)
    if low is not None and high is not None and low > high:
        raise InputError(text, "a figure's low is not above its high")
    return {"kind": m["kind"], "low": low, "high": high}


def parse_actor(text: str) -> dict[str, str]:
    """"perpetrator:Petrograd Cheka" -> {role, name}."""
    m = _ACTOR.fullmatch(text.strip())
    if not m:
        raise InputError(text, "an actor is ROLE:NAME with ROLE perpetrator, target or participant")
    name = m["name"].strip()[:200]
    return {"role": m["role"], "name": name, "type": classify(name, False) or "organization"}


def review_mention(store: Store, mention_id: str, decision: str, user: str,
                   type: str | None = None, date: str | None = None, note: str | None = None,
                   refresh: Callable[[], None] | None = None, figures: list[str] | None = None,
                   actors: list[str] | None = None, places: list[str] | None = None) -> None:
    """Record a review decision on a mention; edits carry the corrected fields (type, date,
    figures, actors, places: each given replaces the machine's). Events are re-linked at once,
    or by `refresh` (the web app's background rebuild) when given."""
    with store.read() as conn:
        if conn.execute(select(mentions.c.id).where(mentions.c.id == mention_id)).first() is None:
            raise NotFoundError(f"no mention {mention_id!r}")
    status = {"accept": "accepted", "reject": "rejected", "edit": "edited"}.get(decision)
    if status is None:
        raise InputError(decision, "decision must be accept, reject or edit")
    value: dict[str, Any] = {}
    if type:
        if type not in EVENT_TYPES:
            raise InputError(type, f"unknown event type (choose from {', '.join(EVENT_TYPES)})")
        value["type"] = type
    if date:
        value["date_start"], value["date_end"] = parse_date(date)
    if figures:
        value["figures"] = [parse_figure(f) for f in figures]
    if actors:
        value["actors"] = [parse_actor(a) for a in actors]
    if places:
        value["places"] = [p.strip()[:200] for p in places if p.strip()]
    if status == "edited" and not value:
        raise InputError(mention_id, "an edit needs a type, date, figure, actor or place")
    store.add_judgement("mention", mention_id, status, user, value=value or None, note=note)
    if refresh:
        refresh()
    else:
        pipeline.relink(store)


def review_many(store: Store, mention_ids: list[str], decision: str, user: str,
                refresh: Callable[[], None] | None = None) -> int:
    """Accept or reject many claims at once (the review queue's bulk decision): each is a
    judgement of its own, and events are rebuilt once, at the end."""
    if decision not in ("accept", "reject"):
        raise InputError(decision, "a bulk decision is accept or reject")
    for mention_id in mention_ids:
        review_mention(store, mention_id, decision, user, refresh=lambda: None)
    if refresh:
        refresh()
    else:
        pipeline.relink(store)
    return len(mention_ids)


PAIR_DECISIONS = {"merge": "positive", "split": "negative", "link": "positive",
                  "unlink": "negative"}


def judge_pair(store: Store, action: str, a: str, b: str, user: str,
               note: str | None = None, refresh: Callable[[], None] | None = None) -> None:
    """Record a decision on two names (merge / split) or two mentions (link / unlink) and
    rebuild what depends on it (at once, or by `refresh`); a negative decision beats any
    machine evidence."""
    if action not in PAIR_DECISIONS:
        raise InputError(action, f"action must be one of {', '.join(PAIR_DECISIONS)}")
    store.add_judgement(action, a, PAIR_DECISIONS[action], user, obj=b, note=note)
    if refresh:
        refresh()
    elif action in ("merge", "split"):
        pipeline.rebuild(store)
    else:
        pipeline.relink(store)


def search(store: Store, query: str, limit: int = 50) -> dict[str, Any]:
    """Full-text hits over documents and quotes: {"total", "ranked", "items"}. The query is
    bounded (length, terms, no control characters) so that no request can be slow for all."""
    words = _CONTROL.sub(" ", query[:MAX_QUERY]).split()[:MAX_TERMS]
    with store.read() as conn:
        return dialect.search(conn, " ".join(words), max(1, min(limit, 500)))


MAX_QUERY, MAX_TERMS = 300, 12
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
