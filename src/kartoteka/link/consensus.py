"""Consensus of an event's mentions: date, figures (low / best / high) and disputes.

Low is the lowest credible low, high the highest high, best the median of point estimates;
`disputed` names every field where sources disagree, `disputes` gives each side's sources
and quotes so a reader can judge, and whether the claims contradict each other (ranges that
cannot both be true) or only differ ("1,200–2,168" against "over 2,000").
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import dates as ld

READER_COMMENT = 0.3


def _point(low: int | None, high: int | None) -> float | None:
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def consensus(mentions: list[dict[str, Any]], reliability: dict[str, float] | None = None,
              ) -> dict[str, Any]:
    """`mentions`: dicts with document, type, date_start, date_end, quote, figures, places,
    actors. Returns type, date, figures, places, disputed, disputes."""
    reliability = reliability or {}
    live = [m for m in mentions if m.get("status") != "rejected"] or mentions

    def weight(m: dict[str, Any]) -> float:
        """A user's grade of the source; reader comments count for less than the text."""
        return reliability.get(m["document"], 1.0) * (
            READER_COMMENT if m.get("section") == "reader comment" else 1.0)

    types: dict[str, float] = defaultdict(float)
    for m in live:
        types[m["type"]] += weight(m)
    dated = [m for m in live if m.get("date_start")]
    # "other" is what no event word typed: any typed claim says more
    typed = {t: w for t, w in types.items() if t != "other"} or types
    out: dict[str, Any] = {"type": max(typed, key=lambda t: typed[t]), "disputed": [],
                           "disputes": []}
    if dated:
        finest = max(len(m["date_start"].split("-")) for m in dated)
        top = [m for m in dated if len(m["date_start"].split("-")) == finest]
        starts: dict[tuple[str, str], float] = defaultdict(float)
        for m in top:
            starts[(m["date_start"], m["date_end"])] += weight(m)
        start, end = max(starts, key=lambda s: starts[s])
        out["date"] = {"start": start, "end": end}
        if len(starts) > 1:
            out["disputed"].append("date.start")
            out["disputes"].append(_sides("date.start", top, lambda m: m["date_start"]
                                          if m["date_start"] == m["date_end"]
                                          else f'{m["date_start"]}/{m["date_end"]}'))
            shifted = [ld.compatibility(ld.interval(a[0], a[1]), ld.interval(start, end))[1]
                       for a in starts if a != (start, end)]
            if "Old/New Style shift" in shifted:
                out["disputes"][-1]["note"] = "probable Old Style / New Style discrepancy"
    else:
        out["date"] = None
    by_kind: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for m in live:
        for f in m.get("figures", []):
            by_kind[f["kind"]].append((m, f))
    out["figures"] = []
    for kind, items in sorted(by_kind.items()):
        lows = [f["low"] for _, f in items if f["low"] is not None]
        highs = [f["high"] for _, f in items if f["high"] is not None]
        points = [(p, weight(m)) for m, f in items
                  if (p := _point(f["low"], f["high"])) is not None]
        out["figures"].append({
            "kind": kind, "low": min(lows) if lows else None,
            "best": round(weighted_median(points)) if points else None,
            "high": max(highs) if highs else None,
            "sources": len({m["document"] for m, _ in items})})
        claims = {(f["low"], f["high"]) for _, f in items}
        if len(claims) > 1 and len({m["document"] for m, _ in items}) > 1:
            out["disputed"].append(f"figures.{kind}")
            dispute = _sides(f"figures.{kind}", [m for m, _ in items], None, kind)
            dispute["severity"] = ("contradiction" if _conflict([f for _, f in items])
                                   else "difference")
            out["disputes"].append(dispute)
    out["places"] = sorted({p for m in live for p in m.get("places", [])})
    return out


def weighted_median(points: list[tuple[float, float]]) -> float:
    """The median of point estimates, each counted by its source's weight (equal weights give
    the ordinary median)."""
    ordered = sorted(points)
    half = sum(w for _, w in ordered) / 2
    seen = 0.0
    for i, (value, w) in enumerate(ordered):
        seen += w
        if abs(seen - half) < 1e-9 and i + 1 < len(ordered):
            return (value + ordered[i + 1][0]) / 2
        if seen > half:
            return value
    return ordered[-1][0]


def _conflict(figs: list[dict[str, Any]]) -> bool:
    """Two claims conflict when their ranges cannot both be true (open bounds stay open)."""
    for i, a in enumerate(figs):
        for b in figs[i + 1:]:
            a_lo, a_hi = a["low"] or 0, a["high"] if a["high"] is not None else float("inf")
            b_lo, b_hi = b["low"] or 0, b["high"] if b["high"] is not None else float("inf")
            if a_hi < b_lo or b_hi < a_lo:
                return True
    return False


def _sides(field: str, mentions: list[dict[str, Any]], value_of: Any = None,
           kind: str | None = None) -> dict[str, Any]:
    sides: dict[str, dict[str, Any]] = {}
    for m in mentions:
        values = [value_of(m)] if value_of else [
            f'{f["low"] if f["low"] is not None else "…"}–{f["high"] if f["high"] is not None else "…"}'
            for f in m.get("figures", []) if f["kind"] == kind]
        for value in values:
            side = sides.setdefault(value, {"value": value, "documents": [], "quotes": []})
            if m["document"] not in side["documents"]:
                side["documents"].append(m["document"])
                side["quotes"].append(m["quote"][:300])
    return {"field": field, "sides": list(sides.values())}
