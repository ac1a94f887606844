"""Statistics tables: a row with a year and counts is a dated event whose figures take their
kind from the column headers ("| Year | Arrested | Shot |"); a chronology table's row
("| 2 October 1968 | Mexico City | Army fires on a student rally | 44–400 |") also says in its
cells of words what happened and where.

Markdown pipe tables are read as written; the HTML reader renders table rows the same way.
A table counts only when some row has both a date and a bare number: an infobox ("| Date |
19 August 1920 – June 1921 |") is left to the sentence rules, which read its rows as one
unit like "Date: …" lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import DateSpan, Figure
from . import dates, figures

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_RULE = re.compile(r"[\s|:-]+")
_CELL = re.compile(r"[^|]+")


@dataclass
class TableRow:
    """One data row told as an event: its span, date and one figure per counted column."""

    start: int
    end: int
    date: DateSpan
    figures: list[Figure]
    titles: list[str]  # the header of each figure's column
    words: list[tuple[int, int]]  # the cells of words that are neither its date nor a count
    places: list[tuple[int, int]]  # the cells under a header of where ("Place", "Город")
    notes: list[tuple[int, int]]  # the cells under a header of remarks ("Notes"): they tell
    # more than the row's event ("seven later sentenced to death"), so they do not type it


# the headers of the columns that say where, and of those that add remarks
_PLACE_HEADER = re.compile(r"\s*(?:place|location|where|site|city|town|village|region|country|"
                           r"место|город|населённый\s+пункт|регион|страна)s?\s*", re.I)
_NOTES_HEADER = re.compile(r"\s*(?:notes?|remarks?|comments?|details|description|sources?|"
                           r"примечани[ея]|комментари[ийя]|подробности)\s*", re.I)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's trimmed text, in document offsets."""
    out = []
    for m in _CELL.finditer(text, start, end):
        raw = m.group()
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            out.append((m.start() + lead, m.start() + len(raw.rstrip())))
        else:
            out.append((m.start(), m.start()))
    return out


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive pipe rows, each row as (start, end)."""
    runs: list[list[tuple[int, int]]] = []
    for m in _ROW.finditer(text):
        if runs and text.count("\n", runs[-1][-1][1], m.start()) <= 1 and \
                not text[runs[-1][-1][1]:m.start()].strip():
            runs[-1].append(m.span())
        else:
            runs.append([m.span()])
    return [run for run in runs if len(run) >= 2]


def find_rows(text: str) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Dated rows of the statistics tables in `text`, and the spans of those tables (whose
    lines the sentence rules then leave alone)."""
    rows: list[TableRow] = []
    spans: list[tuple[int, int]] = []
    for table in _tables(text):
        header = [text[a:b] for a, b in _cells(text, *table[0])]
        body = table[1:]
        if _row(text, *table[0], []) is not None:  # no header: the first row is data too
            header, body = [], table
        found = []
        for start, end in body:
            if _RULE.fullmatch(text[start:end]):
                continue
            row = _row(text, start, end, header)
            if row is not None:
                found.append(row)
        if found:
            rows += found
            spans.append((table[0][0], table[-1][1]))
    return rows, spans


def _row(text: str, start: int, end: int, header: list[str]) -> TableRow | None:
    date: DateSpan | None = None
    counted: list[Figure] = []
    titles: list[str] = []
    words: list[tuple[int, int]] = []
    where: list[tuple[int, int]] = []
    notes: list[tuple[int, int]] = []
    for column, (a, b) in enumerate(_cells(text, start, end)):
        cell = text[a:b]
        value = figures.bare_range(cell)
        title = header[column] if column < len(header) else ""
        if value is not None and not (date is None and dates.is_year(cell)):
            low, high, approximate = value
            counted.append(Figure(kind=figures.kind_of(title) or "other", low=low, high=high,
                                  approximate=approximate, quote=cell, start=a, end=b))
            titles.append(title)
            continue
        match = next(iter(dates.find_dates(cell, a)), None) if date is None else None
        if match is not None:
            date = dates.resolve(match, dates.DateContext())
        elif cell.strip():
            words.append((a, b))  # "Army fires on a student rally", "Mexico City"
            if _PLACE_HEADER.fullmatch(title):
                where.append((a, b))
            elif _NOTES_HEADER.fullmatch(title):
                notes.append((a, b))
    if date is None or not counted:
        return None
    return TableRow(start, end, date, counted, titles, words, where, notes)
