"""The authority file (data/authority.yaml): known entities, their forms and patterns.

It seeds resolution with domain knowledge a reader brings (the Cheka's many names, party
abbreviations); the algorithm in resolve/ does the rest. Users edit the YAML.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .prefilter import Prefiltered


@lru_cache(maxsize=1)
def entries() -> list[dict[str, Any]]:
    text = resources.files("kartoteka.data").joinpath("authority.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _fold(form: str) -> str:
    """Case, apostrophes, hyphens and the dots of an acronym folded: "Socialist-Revolutionary"
    = "socialist revolutionary", "O.G.P.U." = "ogpu"."""
    if _DOTTED.fullmatch(form.strip()):
        form = form.replace(".", "")
    return " ".join(form.casefold().replace("’", "'").replace("-", " ").split())


_DOTTED = re.compile(r"(?:[A-ZА-ЯЁ]\.\s?){2,}[A-ZА-ЯЁ]?\.?")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], list[tuple[re.Pattern[str], str, str]]]:
    forms: dict[str, tuple[str, str]] = {}
    patterns = []
    for entry in entries():
        for form in entry["forms"] + [entry["name"]]:
            forms[_fold(form)] = (entry["name"], entry["type"])
        for pattern in entry.get("patterns", []):
            patterns.append((re.compile(pattern, re.I), entry["name"], entry["type"]))
    return forms, patterns


def lookup(form: str) -> tuple[str, str] | None:
    """(canonical name, type) of a known form or pattern, else None."""
    forms, patterns = _tables()
    found = forms.get(_fold(form))
    if found:
        return found
    return next(((name, kind) for rx, name, kind in patterns if rx.fullmatch(form.strip())), None)


_CONNECTORS = {"of", "the", "for", "and", "de", "von"}


@lru_cache(maxsize=1)
def lowercase_forms() -> Prefiltered | None:
    """Known forms with words in lower case ("esery", "Совет народных комиссаров"):
    capitalised runs cannot find them whole, so they are looked for as phrases."""
    forms = sorted({f for e in entries() for f in e["forms"]
                    if any(w[0].islower() and w not in _CONNECTORS for w in f.split())
                    and not any(c in f for c in "()")}, key=len, reverse=True)
    return Prefiltered(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", together=True) \
        if forms else None
