"""Events as rows shaped like two public event datasets, so their users' tools read them:
ACLED's export columns and UCDP GED's. Only what the chronicle knows is filled; the rest of
each dataset's columns stay empty rather than guessed (a chronicle of the past has no ACLED
"disorder type" coding, no UCDP conflict id)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from .csv import SEP, first_place

ACLED = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
         "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country",
         "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
         "fatalities"]
UCDP = ["id", "year", "type_of_violence", "side_a", "side_b", "where_coordinates", "latitude",
        "longitude", "country", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "high", "low", "source_article"]
# ACLED's time precision: 1 the day is known, 2 the week or a few days, 3 the month or more
_ACLED_PRECISION = {3: 1, 2: 3, 1: 3}


def _killed(e: dict[str, Any]) -> dict[str, Any]:
    return next((f for f in e.get("figures", []) if f.get("kind") == "killed"), {})


def _sides(e: dict[str, Any]) -> tuple[list[str], list[str]]:
    actors = e.get("actors", [])
    return ([a["name"] for a in actors if a.get("role") == "perpetrator"],
            [a["name"] for a in actors if a.get("role") == "target"])


def acled_row(e: dict[str, Any]) -> dict[str, Any]:
    date = e["date"] or {}
    start, end = date.get("start") or "", date.get("end") or ""
    place, lat, lon = first_place(e.get("places") or [])
    perpetrators, targets = _sides(e)
    killed = _killed(e)
    precision = 2 if end != start and len(start) == 10 else start.count("-") + 1
    return {"event_id_cnty": e["id"], "event_date": start, "year": start[:4],
            "time_precision": _ACLED_PRECISION.get(precision, 3) if start else None,
            "event_type": (e.get("acled") or {}).get("event_type"),
            "sub_event_type": (e.get("acled") or {}).get("sub_event_type"),
            "actor1": perpetrators[0] if perpetrators else None,
            "assoc_actor_1": SEP.join(perpetrators[1:]),
            "actor2": targets[0] if targets else None, "assoc_actor_2": SEP.join(targets[1:]),
            "location": place, "latitude": lat, "longitude": lon,
            "source": SEP.join(e.get("documents", [])), "notes": e["title"],
            "fatalities": killed.get("best") if killed.get("best") is not None
            else killed.get("low")}


def ucdp_row(e: dict[str, Any]) -> dict[str, Any]:
    date = e["date"] or {}
    place, lat, lon = first_place(e.get("places") or [])
    perpetrators, targets = _sides(e)
    killed = _killed(e)
    return {"id": e["id"], "year": (date.get("start") or "")[:4],
            # UCDP's one-sided violence: an organised actor against civilians
            "type_of_violence": 3 if e["type"] in ("execution", "killing", "assassination")
            else None,
            "side_a": SEP.join(perpetrators), "side_b": SEP.join(targets),
            "where_coordinates": place, "latitude": lat, "longitude": lon,
            "date_start": date.get("start"), "date_end": date.get("end"),
            "deaths_civilians": killed.get("best"), "best": killed.get("best"),
            "high": killed.get("high"), "low": killed.get("low"),
            "source_article": SEP.join(e.get("documents", []))}


def _writer(columns: list[str], shape: Any) -> Any:
    def write(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
        table = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        table.writeheader()
        n = 0
        for e in rows:
            if e.get("date"):
                table.writerow(shape(e))
                n += 1
        return n
    return write


write_acled = _writer(ACLED, acled_row)
write_ucdp = _writer(UCDP, ucdp_row)
