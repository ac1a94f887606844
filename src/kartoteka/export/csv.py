"""CSV: one flat row per record, numbers in their own columns, lists joined with "; ", so
that a spreadsheet or pandas can sort and sum at once; every row of an export has the same
columns (JSON only for a nested value no rule here knows, which none of today's has)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from ..extract.places import gazetteer
from ..models import FIGURE_KINDS

SEP = "; "


def _precision(start: str | None, end: str | None) -> str | None:
    """year | month | day, or range when the end differs from the start."""
    if not start:
        return None
    if end and end != start:
        return "range"
    return ("year", "month", "day")[start.count("-")]


def _figures(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """KIND_low, KIND_best, KIND_high for every CONTRACT kind (empty where none)."""
    out: dict[str, Any] = {}
    for kind in FIGURE_KINDS:
        mine = [f for f in figures if f.get("kind") == kind]
        lows = [f["low"] for f in mine if f.get("low") is not None]
        highs = [f["high"] for f in mine if f.get("high") is not None]
        bests = [f["best"] for f in mine if f.get("best") is not None]
        out[f"{kind}_low"] = min(lows) if lows else None
        out[f"{kind}_best"] = bests[0] if bests else None
        out[f"{kind}_high"] = max(highs) if highs else None
    return out


def first_place(places: list[str]) -> tuple[str | None, float | None, float | None]:
    """(name, latitude, longitude) of an event's first place, located by the gazetteer."""
    found = gazetteer().get(places[0]) if places else None
    return (places[0] if places else None, found.lat if found else None,
            found.lon if found else None)


def _places(places: list[str]) -> dict[str, Any]:
    place, lat, lon = first_place(places)
    return {"place": place, "places": SEP.join(places), "latitude": lat, "longitude": lon}


# nested values with fixed fields, one column each (the same columns when a row has none)
_NESTED = {"plover": ("type", "mode"), "acled": ("event_type", "sub_event_type"),
           "extractor": ("name", "version"), "period": ("start", "end", "as_written")}


def _dispute(d: dict[str, Any]) -> str:
    """"date.start: 1921-03-01 [a.md] vs 1921-03-18 [b.md, c.txt]"."""
    sides = " vs ".join(f"{side.get('value')} [{', '.join(side.get('documents', []))}]"
                        for side in d.get("sides", []))
    return f"{d.get('field')}: {sides}"


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "date":
            date = value if isinstance(value, dict) else {}
            out["date_start"], out["date_end"] = date.get("start"), date.get("end")
            out["date_precision"] = _precision(date.get("start"), date.get("end"))
        elif key == "figures" and isinstance(value, list):
            out |= _figures(value)
        elif key == "places" and isinstance(value, list):
            out |= _places(value)
        elif key == "actors" and isinstance(value, list):
            out["actors"] = SEP.join(f"{a.get('role')}: {a.get('name')}" for a in value)
        elif key == "disputed" and isinstance(value, list):
            out["disputed"] = bool(value)
            out["disputed_fields"] = SEP.join(value)
        elif key == "documents" and isinstance(value, list):
            out["sources"] = len(value)
            out["documents"] = SEP.join(value)
        elif key == "relations" and isinstance(value, list):
            out["relations"] = SEP.join(f"{r.get('type')} {r.get('event')}" for r in value)
        elif key in _NESTED:
            out |= {f"{key}_{k}": (value or {}).get(k) for k in _NESTED[key]}
        elif key == "disputes" and isinstance(value, list):
            out["disputes"] = SEP.join(_dispute(d) for d in value)
        elif key in ("links", "near_misses") and isinstance(value, list):
            out[key] = SEP.join(f"{x['a']}+{x['b']} {x['score']}" + (
                f" ({x['reason']})" if x.get("reason") else "") for x in value)
        elif key == "named_events" and isinstance(value, list):
            out["named_events"] = SEP.join(str(n.get("name")) for n in value)
        elif isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
            out[key] = SEP.join(map(str, value))
        elif isinstance(value, (list, dict)):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def write(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = None
    n = 0
    for row in rows:
        flat = _flat(row)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        n += 1
    return n
