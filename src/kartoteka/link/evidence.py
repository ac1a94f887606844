"""Evidence around a claim that its own sentence does not hold: the names near it, and how
much two documents are about the same things.

"January 1937: Trial of the Anti-Soviet Trotskyite Center" names no defendant; the next line,
"— Pyatakov, Radek and others", does. A source that tells the same trial says "with Yuri
Pyatakov". Names within a short window of a claim are its context; two documents whose
rarer names overlap (Kirov, Zinoviev, Yagoda) are likely to tell the same events.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable

WINDOW = 250  # characters either side of a claim: its sentence and its neighbours


def context(spans: list[tuple[int, str, str]], start: int, end: int,
            window: int = WINDOW) -> tuple[list[str], list[str]]:
    """(entity ids of the persons, bodies and places, of the named events) within `window`
    characters of [start, end); `spans` are one document's (start, entity id, type), in text
    order."""
    starts = [s for s, _, _ in spans]
    lo, hi = bisect_left(starts, start - window), bisect_right(starts, end + window)
    near = spans[lo:hi]
    return (sorted({e for _, e, kind in near if kind != "event"}),
            sorted({e for _, e, kind in near if kind == "event"}))


_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z]+)\b")


def referents(quote: str, start: int, episodes: list[tuple[int, str, str | None]],
              head_class: Callable[[str], str | None]) -> list[str]:
    """The episode a definite noun stands for: "The trial was conducted on May 18" in a text
    that has named "the Shakhty Trial" before is told of that trial, however far back the
    name was. `episodes` are the document's named episodes (start, entity id, class of the
    name's head word), in text order; the nearest one before the claim of the noun's class
    is meant."""
    classes = {head_class(word) for word in _DEFINITE.findall(quote)} - {None}
    before = [e for s, e, kind in episodes if s < start and kind in classes]
    return before[-1:]


class _Cosine:
    """Cosine of two documents' name sets, each name weighted by its rarity across documents
    (inverse document frequency): a name every source mentions ties nothing."""

    def __init__(self, documents: dict[str, Iterable[str]]) -> None:
        self.names = {doc: frozenset(names) for doc, names in documents.items()}
        df = Counter(n for names in self.names.values() for n in names)
        total = max(1, len(self.names))
        self.idf = {n: math.log((1 + total) / (1 + c)) for n, c in df.items()}
        self.norm = {doc: math.sqrt(sum(self.idf[n] ** 2 for n in names)) or 1.0
                     for doc, names in self.names.items()}

    def __call__(self, a: str, b: str) -> float:
        shared = self.names.get(a, frozenset()) & self.names.get(b, frozenset())
        return sum(self.idf[n] ** 2 for n in shared) / (
            self.norm.get(a, 1.0) * self.norm.get(b, 1.0)) if shared else 0.0


class Affinity:
    """How much two documents are about the same things: the closer of the cosine of their
    people, bodies and events and that of all their names with the places. Two accounts of
    one strike may share only where it was (a short article names no one); places alone would
    thin the likeness of two that share their people."""

    def __init__(self, documents: dict[str, Iterable[tuple[str, str]]]) -> None:
        named = {doc: list(names) for doc, names in documents.items()}
        self._who = _Cosine({doc: [e for e, kind in names if kind != "place"]
                             for doc, names in named.items()})
        self._all = _Cosine({doc: [e for e, _ in names] for doc, names in named.items()})
        self._cache: dict[tuple[str, str], float] = {}

    def __call__(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        if key not in self._cache:
            self._cache[key] = max(self._who(a, b), self._all(a, b))
        return self._cache[key]
