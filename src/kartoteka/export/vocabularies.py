"""Event types in other vocabularies (PLOVER, ACLED), from data/event_types.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    text = resources.files("kartoteka.data").joinpath("event_types.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def crosswalk(event_type: str) -> dict[str, Any]:
    """{"plover": {"type", "mode"}, "acled": {"event_type", "sub_event_type"}} for a type."""
    row = _table().get(event_type) or {}
    acled = row.get("acled")
    return {
        "plover": {"type": row.get("plover"), "mode": row.get("plover_mode")}
        if row.get("plover") else None,
        "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
    }
