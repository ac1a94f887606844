"""JSON Lines: one object per line, UTF-8, the CONTRACT shapes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any


def write(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n
