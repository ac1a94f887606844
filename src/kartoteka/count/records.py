"""Victim lists as tables: one row per person, as memorial books, archive registers and
Memorial's database give them.

Columns are found by header (case, spaces and hyphens ignored): `name` (the only one
required), `name_variants` (";"-separated), `birth_year`, `birth_place`, `nationality`,
`occupation`, `residence`, `arrest_date`, `charge` (or `article`), `sentencing_body`
(troika, OSO, court), `sentence`, `execution_date`, `execution_place`, `rehabilitation_date`,
`source`; other columns are kept as they are. Dates are ISO at any precision ("1937",
"1937-11", "1937-11-04"). Each record keeps its list and row, and its id is a hash of the
list and the row's content, so a re-imported list keeps the judgements on unchanged rows.
Every bad row is reported with its number and reason, and then nothing is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..imports import refuse, table_rows
from ..ingest import read_bytes
from ..views import parse_date

FIELDS = ("name", "name_variants", "birth_year", "birth_place", "nationality", "occupation",
          "residence", "arrest_date", "charge", "sentencing_body", "sentence", "execution_date",
          "execution_place", "rehabilitation_date", "source")
DATES = ("arrest_date", "execution_date", "rehabilitation_date")
_ALIASES = {"full_name": "name", "fio": "name", "фио": "name", "variants": "name_variants",
            "born": "birth_year", "year_of_birth": "birth_year", "article": "charge",
            "body": "sentencing_body", "sentenced_by": "sentencing_body", "executed": "execution_date",
            "date_of_execution": "execution_date", "date_of_arrest": "arrest_date",
            "arrested": "arrest_date", "rehabilitated": "rehabilitation_date",
            "place_of_birth": "birth_place", "place_of_execution": "execution_place"}
_MAX_ROWS = 2_000_000


@dataclass
class PersonRecord:
    """One row of one list: a claim that this list names this person."""

    id: str
    list: str
    row: int
    name: str
    fields: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        return self.fields.get(key, "")

    @property
    def birth_year(self) -> int | None:
        value = self.get("birth_year")
        return int(value) if value else None


def record_id(list_name: str, values: dict[str, str]) -> str:
    content = "\x1f".join(f"{k}={values[k]}" for k in sorted(values) if values[k])
    return "per_" + hashlib.sha256(f"{list_name}\x1e{content}".encode()).hexdigest()[:16]


def read_list(path: Path, list_name: str) -> list[PersonRecord]:
    """The list at `path`; InputError naming every bad row."""
    if not list_name.strip():
        raise InputError(path, "a list needs a name (--list)")
    rows = table_rows(path, read_bytes(path), _ALIASES, _MAX_ROWS)
    if "name" not in rows[0]:
        raise InputError(path, "the header needs a name column")
    problems: list[str] = []
    out: list[PersonRecord] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):  # the header is line 1
        reason = _bad(row)
        if reason:
            problems.append(f"row {number}: {reason}")
            continue
        rid = record_id(list_name, row)
        if rid in seen:
            continue  # the same row twice is one record
        seen.add(rid)
        out.append(PersonRecord(rid, list_name, number, row["name"],
                                {k: v for k, v in row.items() if k != "name" and v}))
    if problems:
        refuse(path, problems)
    return out


def _bad(row: dict[str, str]) -> str | None:
    if not row.get("name"):
        return "no name"
    year = row.get("birth_year", "")
    if year and not (year.isdigit() and 1700 <= int(year) <= 2100):
        return f"birth_year {year!r} is not a year"
    for key in DATES:
        if row.get(key):
            try:
                parse_date(row[key])
            except InputError as exc:
                return f"{key}: {exc.reason}"
    return None
