"""Word lists kept as data (`data/lexicon/<language>/*.yaml`), each entry with an example.

Code holds the mechanism, data the words (as spaCy keeps its patterns and word lists): a
documenter can extend a list without touching the code, and `tests/extract/test_lexicon.py`
runs every entry's example.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml
from spellchecker import SpellChecker

COMMON = 1e-6  # an English word this frequent is a common one ("history" 7e-5, "Moscow" 2e-7)
# a sentence's lone first word this frequent is an ordinary word it capitalised ("several"
# 7e-5, "letters" 3e-5); a surname so frequent alone there ("Brown" 2e-5) is the rare loss
OPENING_WORD = 1e-5


@lru_cache(maxsize=1)
def english() -> SpellChecker:
    """pyspellchecker's English dictionary, with the words' frequencies in running text."""
    return SpellChecker(language="en")


def is_common_english(word: str, floor: float = COMMON) -> bool:
    """A common English word ("History", "Prison" capitalised in a heading), not a name;
    `floor` the frequency it must reach."""
    return english().word_usage_frequency(word.lower()) >= floor


@cache
def load_file(path: str) -> Any:
    """One lexicon file, `path` relative to data/lexicon without ".yaml"."""
    file = resources.files("kartoteka.data").joinpath(f"lexicon/{path}.yaml")
    return yaml.safe_load(file.read_text(encoding="utf-8"))


def load(language: str, name: str) -> dict[str, list[dict[str, Any]]]:
    """The lists of one language's lexicon file: {list name: [entry, …]}."""
    return load_file(f"{language}/{name}")  # type: ignore[no-any-return]


def head_lists(language: str) -> dict[str, list[dict[str, Any]]]:
    """Kind of name (event, organization, place) -> its head entries."""
    return {k: v for k, v in load(language, "name_heads").items() if k not in ("types", "periods", "placed", "acts")}


@cache
def name_heads(language: str) -> dict[str, str]:
    """Head noun -> the kind of name it makes ("trial" -> event, "тюрьма" -> organization)."""
    return {entry["head"]: kind for kind, entries in head_lists(language).items()
            for entry in entries}


@cache
def event_type_of_class() -> dict[str, str]:
    """A class of event name -> the event type it tells ("massacre" -> killing)."""
    return dict(load("en", "name_heads")["types"])


@cache
def act_classes() -> dict[str, str]:
    """The word of an act a number names (any language, as lemma) -> its class: "order" and
    "приказ" -> order."""
    return {entry["head"]: entry["class"] for language in ("en", "ru")
            for entry in load(language, "name_heads").get("acts", [])}


@cache
def period_classes() -> frozenset[str]:
    """The classes of name that tell a period, not one event ("terror", "war")."""
    return frozenset(load("en", "name_heads")["periods"])


@cache
def placed_classes() -> frozenset[str]:
    """The classes of name a place qualifies ("the Lena massacre", "the Tambov rebellion")."""
    return frozenset(load("en", "name_heads")["placed"])


@cache
def head_classes() -> dict[str, str]:
    """Head noun (any language) -> its class: "revolt" and "uprising" -> uprising."""
    return {entry["head"]: entry.get("class", entry["head"]) for language in ("en", "ru")
            for entries in head_lists(language).values() for entry in entries}
