"""Claims that already exist as a table (an Uwazi or spreadsheet export) read into the same
claims the extractor makes.

The table is a source like any other: its rows, written out one per line, are the document's
text, so each claim quotes its row and keeps its span, and a corrected table is a new version
that keeps the reviewers' decisions. Columns are found by header (case and spacing ignored):
`date` (ISO: 1921, 1921-03, 1921-03-18 or START/END), `type` (CONTRACT's event types), `place`
(several joined with ";"), `description` or `quote`, `source_title`, `source_url`, a column per
figure kind (`killed`: "2000", "1200-2168", "300-" at least, "-500" up to) or `figures`
("killed:1200-2168; wounded:300"), and `perpetrator` / `target`. Every bad row is reported with
its number and reason, and then nothing is written.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path
from typing import NoReturn

from .errors import InputError
from .extract.names import classify
from .ingest import read_bytes
from .ingest.text import decode
from .models import (
    EVENT_TYPES,
    FIGURE_KINDS,
    Actor,
    DateSpan,
    Document,
    Extraction,
    Figure,
    Mention,
    NameMention,
)
from .views import listed, parse_date, parse_figure

_ALIASES = {"description": "quote", "text": "quote", "event_type": "type", "location": "place",
            "places": "place", "source": "source_title", "url": "source_url", "title": "source_title"}
_MAX_ROWS = 200_000


def table_rows(path: Path, data: bytes, aliases: dict[str, str],
               limit: int) -> list[dict[str, str]]:
    """The rows of the CSV `data` (read from `path`) keyed by header, case, spaces and hyphens folded and
    other spellings mapped by `aliases` ("Event type" -> "type"); cells trimmed. InputError
    for a table with no rows or more than `limit`."""
    rows = list(csv.DictReader(io.StringIO(decode(path, data))))
    if not rows:
        raise InputError(path, "no rows under the header")
    if len(rows) > limit:
        raise InputError(path, f"more than {limit:,} rows")

    def header(name: str) -> str:
        key = re.sub(r"[\s-]+", "_", name.strip().lower())
        return aliases.get(key, key)

    return [{header(k): (v or "").strip() for k, v in row.items() if k} for row in rows]


def refuse(path: Path, problems: list[str], shown: int = 20) -> NoReturn:
    """One error naming every bad row (the first `shown` of them): nothing is written."""
    listed_ = "; ".join(problems[:shown]) + (
        f"; and {len(problems) - shown} more" if len(problems) > shown else "")
    raise InputError(path, f"{len(problems)} bad rows, nothing written: {listed_}")


def read_claims(path: Path) -> tuple[Document, Extraction]:
    """The table at `path` as a document and its claims; InputError listing every bad row."""
    data = read_bytes(path)
    rows = table_rows(path, data, _ALIASES, _MAX_ROWS)
    if "quote" not in rows[0] or "date" not in rows[0]:
        raise InputError(path, "the header needs a date and a description (or quote) column")
    lines, errors, mentions = [], [], []
    offset = 0
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        line = " ".join(row["quote"].split()) or f"row {number}"
        start, end = offset, offset + len(line)
        lines.append(line)
        offset = end + 1
        try:
            mentions.append(_mention(path.name, row, line, start, end))
        except InputError as exc:
            errors.append(f"row {number}: {exc.reason}")
    if errors:
        refuse(path, errors)
    text = "\n".join(lines) + "\n"
    first = rows[0]
    doc = Document(name=path.name, path=str(path.resolve()), text=text,
                   sha256=hashlib.sha256(data).hexdigest(), format="csv",
                   title=first.get("source_title") or path.stem,
                   url=first.get("source_url") or None, kind="table",
                   meta={"rows": len(rows)})
    return doc, Extraction(mentions=mentions)


def _mention(document: str, row: dict[str, str], line: str, start: int, end: int) -> Mention:
    when = row.get("date", "")
    first, last = parse_date(when)
    kind = row.get("type") or "other"
    if kind not in EVENT_TYPES:
        raise InputError(kind, f"type {kind!r} is not one of {', '.join(EVENT_TYPES)}")
    figures = [parse_figure(f"{k}:{row[k]}") for k in FIGURE_KINDS if row.get(k)]
    figures += [parse_figure(f) for f in listed(row.get("figures"))]
    actors = [Actor(role, NameMention(name, classify(name, False) or "organization",
                                      start, end, document))
              for role in ("perpetrator", "target") for name in listed(row.get(role))]
    return Mention(
        document=document, start=start, end=end, quote=line, type=kind,
        date=DateSpan(first, last, when, char_start=start, char_end=end),
        places=listed(row.get("place")), actors=actors,
        figures=[Figure(f["kind"], f["low"], f["high"], False, "", start, end) for f in figures],
        extractor="import", extractor_version="1", confidence=1.0)
