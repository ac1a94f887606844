"""TimelineJS JSON: events as slides with their dates, title and sources."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def _date(iso: str) -> dict[str, str]:
    parts = iso.split("-")
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in parts), strict=False))


def _span(figure: dict[str, Any]) -> str:
    """"681,692" for one number, "1,200–2,168" for a range, "at least 300", "up to 1,000"."""
    low, high = figure.get("low"), figure.get("high")
    if low is not None and high is not None:
        return f"{low:,}" if low == high else f"{low:,}–{high:,}"
    if low is not None:
        return f"at least {low:,}"
    return f"up to {high:,}" if high is not None else "?"


def document(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    slides = []
    for e in rows:
        if not e.get("date"):
            continue
        figures = "; ".join(f'{f["kind"]}: {_span(f)}' for f in e.get("figures", []))
        documents = e.get("documents", [])
        sources = f'Sources: {", ".join(documents)}' if documents else ""
        slide = {"unique_id": e["id"], "start_date": _date(e["date"]["start"]),
                 "text": {"headline": e["title"],
                          "text": ". ".join(part for part in (figures, sources) if part)},
                 "group": e["type"]}
        if e["date"].get("end") and e["date"]["end"] != e["date"]["start"]:
            slide["end_date"] = _date(e["date"]["end"])
        slides.append(slide)
    return {"title": {"text": {"headline": "kartoteka chronicle"}}, "events": slides}


def write(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    doc = document(rows)
    json.dump(doc, out, ensure_ascii=False, indent=1)
    return len(doc["events"])
