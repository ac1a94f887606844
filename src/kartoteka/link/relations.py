"""Typed relations between events: part-of and followed-by.

- part-of: a long event written as a range (a campaign, "the Red Terror 1918–1922") contains
  a shorter one that falls inside its dates and shares a place or a person with it.
- followed-by: within 45 days a repressive act follows a blow against the regime
  (assassination, uprising, strike, attack) and names the same place or person — the pattern of
  Uritsky's assassination followed by the Red Terror decree. It says "followed", not "caused":
  the sources decide causation, the tool only puts the candidates side by side.
Blocking keeps it near-linear: events are indexed by place and actor, and only events of one
key are compared.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from .dates import interval

BLOWS = {"assassination", "uprising", "strike", "attack"}
RESPONSES = {"decree", "execution", "killing", "arrest", "raid", "deportation", "hostage_taking",
             "ban", "attack"}
FOLLOW_DAYS = 45
LONG_DAYS = 60


def _keys(event: dict[str, Any]) -> set[str]:
    """Places and persons: a body named everywhere (the Cheka, the Red Army) ties nothing."""
    return {f"p:{p}" for p in event.get("places", [])} | {
        f"a:{a['entity_id']}" for a in event.get("actors", [])
        if a.get("entity_id") and a.get("type") == "person"}


def relations(events: list[dict[str, Any]]) -> dict[str, list[dict[str, str]]]:
    """event id -> [{"type": part_of|contains|followed_by|preceded_by, "event": id, "via": key}]"""
    spans = {e["id"]: interval(e["date"]["start"], e["date"]["end"])
             for e in events if e.get("date")}
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if e["id"] in spans:
            for key in _keys(e):
                by_key[key].append(e)
    found: dict[tuple[str, str, str], str] = {}
    for key, group in by_key.items():
        if len(group) > 2000:
            continue  # an actor named everywhere ("the Bolsheviks") links nothing in particular
        group.sort(key=lambda e: spans[e["id"]][0])
        for i, a in enumerate(group):
            a_lo, a_hi, _ = spans[a["id"]]
            for b in group[i + 1:]:
                b_lo, b_hi, b_precision = spans[b["id"]]
                if b_lo > a_hi + dt.timedelta(days=FOLLOW_DAYS):
                    break
                ranged = a["date"]["start"] != a["date"]["end"]  # "1918/1922", not just "1921"
                if ranged and (a_hi - a_lo).days >= LONG_DAYS and a_lo <= b_lo and b_hi <= a_hi \
                        and (b_hi - b_lo).days < (a_hi - a_lo).days:
                    found[(b["id"], "part_of", a["id"])] = key
                elif (a_hi - a_lo).days < LONG_DAYS \
                        and (b_hi - b_lo).days < LONG_DAYS and a["type"] in BLOWS \
                        and b["type"] in RESPONSES and a_hi < b_lo and b_precision == 3:
                    found[(a["id"], "followed_by", b["id"])] = key
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    inverse = {"part_of": "contains", "followed_by": "preceded_by"}
    for (first, kind, second), key in sorted(found.items()):
        out[first].append({"type": kind, "event": second, "via": key[2:]})
        out[second].append({"type": inverse[kind], "event": first, "via": key[2:]})
    return dict(out)
