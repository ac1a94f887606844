"""Date compatibility at each date's precision, with the Old/New Style shift recognised."""

from __future__ import annotations

import calendar
import datetime as dt


def interval(start: str, end: str | None) -> tuple[dt.date, dt.date, int]:
    """ISO date(s) at any precision -> (first day, last day, precision 1=year 2=month 3=day)."""
    def bounds(iso: str) -> tuple[dt.date, dt.date]:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        return dt.date(*parts), dt.date(*parts)

    lo, _ = bounds(start)
    _, hi = bounds(end or start)
    return lo, hi, len(start.split("-"))


def readable(start: str | None, end: str | None) -> bool:
    """Whether a stored date can be read as an interval (a claim saved by an older version or
    typed by hand may not be: such a claim is linked as undated, never allowed to stop a
    rebuild)."""
    if start is None:
        return True
    try:
        lo, hi, _ = interval(start, end)
    except (ValueError, TypeError):
        return False
    return lo <= hi


NEAR_DAYS = 31


def compatibility(a: tuple[dt.date, dt.date, int], b: tuple[dt.date, dt.date, int]) -> tuple[float, str]:
    """(score 0..1, reason). Equal dates 1.0; overlap of ranges 0.8; a month containing the
    other's day 0.6; a 12–13 day shift before 1919 0.6 (Old Style against New Style)."""
    (alo, ahi, ap), (blo, bhi, bp) = a, b
    if (alo, ahi) == (blo, bhi):
        return 1.0, "same date"
    if alo <= bhi and blo <= ahi:
        if ap == bp:
            return 0.8, "overlapping ranges"
        if max(ap, bp) >= 2 and min(ap, bp) == 2 or (ap == 3 and bp == 3):
            return 0.6, "contained at coarser precision"
        if min(ap, bp) == 1 and (ahi - alo).days <= 366 and (bhi - blo).days <= 366:
            return 0.3, "same year"
        outer, inner = ((alo, ahi), (blo, bhi)) if ahi - alo >= bhi - blo else ((blo, bhi), (alo, ahi))
        if outer[0] <= inner[0] and inner[1] <= outer[1] and (outer[1] - outer[0]).days <= 1100 \
                and (inner[1] - inner[0]).days >= 28 \
                and (inner[1] - inner[0]).days * 6 >= (outer[1] - outer[0]).days:
            return 0.6, "a range inside a coarser range"  # "1920–1921" and "August 1920 – June 1921"
        return 0.0, "too coarse"
    if ap == bp == 3 and alo.year <= 1918 and abs((alo - blo).days) in (12, 13):
        return 0.6, "Old/New Style shift"
    if ap == bp == 3 and abs((alo - blo).days) <= NEAR_DAYS:
        return 0.2, "near dates"  # sources disagree by days: one event only on strong evidence
    return 0.0, "different dates"


def nested(a: tuple[dt.date, dt.date, int], b: tuple[dt.date, dt.date, int]) -> bool:
    """Whether one date lies wholly inside the other, a span of at most three years: too
    coarse to link the two on their own ("November 1920", "1920–1921"), but no evidence of
    two events when a finer claim has joined them."""
    (alo, ahi, _), (blo, bhi, _) = a, b
    outer, inner = ((alo, ahi), (blo, bhi)) if ahi - alo >= bhi - blo else ((blo, bhi), (alo, ahi))
    return outer[0] <= inner[0] and inner[1] <= outer[1] and (outer[1] - outer[0]).days <= 1100
