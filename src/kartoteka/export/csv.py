"""CSV: flat columns for spreadsheets; nested values (figures, actors) as compact JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "date" and isinstance(value, dict):
            for k, v in value.items():
                out[f"date_{k}"] = v
        elif key == "date":
            out["date_start"] = out["date_end"] = None
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
