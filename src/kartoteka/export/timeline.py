"""TimelineJS JSON: events as slides with their dates, title and sources."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def _date(iso: str) -> dict[str, str]:
    parts = iso.split("-")
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in parts), strict=False))


def document(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    slides = []
    for e in rows:
        if not e.get("date"):
            continue
        figures = "; ".join(f'{f["kind"]}: {f["low"] or "?"}–{f["high"] or "?"}'
                            for f in e.get("figures", []))
        slide = {"unique_id": e["id"], "start_date": _date(e["date"]["start"]),
                 "text": {"headline": e["title"],
                          "text": f'{figures} Sources: {", ".join(e.get("documents", []))}'},
                 "group": e["type"]}
        if e["date"].get("end") and e["date"]["end"] != e["date"]["start"]:
            slide["end_date"] = _date(e["date"]["end"])
        slides.append(slide)
    return {"title": {"text": {"headline": "kartoteka chronicle"}}, "events": slides}


def write(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    doc = document(rows)
    json.dump(doc, out, ensure_ascii=False, indent=1)
    return len(doc["events"])
