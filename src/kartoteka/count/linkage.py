"""The same person on several lists: blocking, scored comparisons, clusters.

Lists write one person many ways: "Иванов Иван Петрович" and "Ivan P. Ivanov", "Ioffe" and
"Joffe", a birth year off by one, an execution date in the Old Style. Candidate pairs come from
blocks (the surname's transliteration skeleton, or birth year with the given name's initial);
each pair is compared field by field into levels (exact, close, different, missing), and the
Fellegi–Sunter weights of those levels come from the records themselves: how often two
different people agree (u) from random pairs, as splink estimates it, and the share of matches
by expectation–maximisation, so nothing is tuned to one collection. Pairs
whose match probability passes 0.5 join, strongest first, never two records of one list (a
list names each person once) and never against a reviewer's "no match"; a reviewer's "match"
joins whatever the score.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jellyfish
import numpy as np

from ..link.dates import interval
from ..resolve import normalize as nz
from .records import PersonRecord

_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna|вич|вна|ична|инична)$", re.I)
COMPARISONS = ("surname", "given", "patronymic", "birth_year", "birth_place", "execution_date",
               "execution_place", "arrest_date")
LEVELS = 3  # 2 exact, 1 close, 0 different; -1 missing (no evidence either way)


@dataclass(frozen=True)
class Name:
    surname: str
    given: str
    patronymic: str


@lru_cache(maxsize=200_000)
def parse_name(form: str) -> Name:
    """Surname, given name and patronymic in either order: "Иванов Иван Петрович" (lists),
    "Ivan Petrovich Ivanov" (prose), "Ivanov, Ivan"."""
    if "," in form:
        last, _, rest = form.partition(",")
        words = rest.split()
        patronymic = words[1] if len(words) > 1 else ""
        return Name(nz.skeleton(last), nz.skeleton(words[0]) if words else "",
                    nz.skeleton(patronymic))
    words = [w.strip(".") for w in form.split() if w.strip(".")]
    if len(words) == 1:
        return Name(nz.skeleton(words[0]), "", "")
    where = next((i for i, w in enumerate(words) if i and _PATRONYMIC.search(w) and len(w) > 4), None)
    if where is not None:  # the given name stands before the patronymic
        given = words[where - 1]
        others = [w for i, w in enumerate(words) if i not in (where - 1, where)]
        surname = others[0] if others else ""
        return Name(nz.skeleton(surname), nz.skeleton(given), nz.skeleton(words[where]))
    if len(words) == 3 and len(words[2]) == 1 < len(words[1]):  # "Иванов Иван П."
        return Name(nz.skeleton(words[0]), nz.skeleton(words[1]), nz.skeleton(words[2]))
    return Name(nz.skeleton(words[-1]), nz.skeleton(words[0]),
                nz.skeleton(words[1]) if len(words) > 2 else "")


def _names(record: PersonRecord) -> list[Name]:
    return [parse_name(record.name)] + [parse_name(v) for v in record.get("name_variants").split(";")
                                        if v.strip()]


def _text_level(a: str, b: str) -> int:
    if not a or not b:
        return -1
    if a == b:
        return 2
    return 1 if jellyfish.jaro_winkler_similarity(a, b) >= 0.9 else 0


def _given_level(a: str, b: str) -> int:
    if not a or not b:
        return -1
    if a == b or nz.same_given_name(a, b):
        return 2
    return 1 if (len(a) == 1 or len(b) == 1) and a[0] == b[0] else 0


def _date_level(a: str, b: str) -> int:
    if not a or not b:
        return -1
    (alo, ahi, ap), (blo, bhi, bp) = interval(a, None), interval(b, None)
    if (alo, ahi) == (blo, bhi):
        return 2
    if alo <= bhi and blo <= ahi or ap == bp == 3 and abs((alo - blo).days) in (12, 13):
        return 1  # one inside the other, or the Old/New Style shift
    return 0


def compare(a: PersonRecord, b: PersonRecord) -> tuple[int, ...]:
    """The comparison levels of two records, the best over their name variants."""
    best = max(((_text_level(x.surname, y.surname), _given_level(x.given, y.given),
                 _given_level(x.patronymic, y.patronymic) if x.patronymic and y.patronymic else -1)
                for x in _names(a) for y in _names(b)), key=lambda t: (t[0], t[1], t[2]))
    ya, yb = a.birth_year, b.birth_year
    year = -1 if ya is None or yb is None else 2 if ya == yb else 1 if abs(ya - yb) == 1 else 0
    place = _text_level(nz.key(a.get("birth_place")), nz.key(b.get("birth_place")))
    return (*best, year, place, _date_level(a.get("execution_date"), b.get("execution_date")),
            _text_level(nz.key(a.get("execution_place")), nz.key(b.get("execution_place"))),
            _date_level(a.get("arrest_date"), b.get("arrest_date")))


def candidate_pairs(records: Sequence[PersonRecord]) -> list[tuple[int, int]]:
    """Pairs of records from different lists that share a block."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        keys = set()
        for name in _names(r):
            keys.add(("s", name.surname[:4], name.given[:1]))
            if r.birth_year and name.given:
                keys.add(("y", str(r.birth_year), name.given[:1], name.surname[:1]))
        for k in keys:
            blocks[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > 2000:
            continue  # a block this large is a common word, not a name
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if records[i].list != records[j].list:
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


@dataclass
class Model:
    """Fellegi–Sunter: P(level | match) and P(level | non-match) per comparison."""

    m: np.ndarray  # comparisons × levels
    u: np.ndarray
    prior: float

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        log_odds = np.full(len(vectors), math.log(self.prior / (1 - self.prior)))
        for c in range(vectors.shape[1]):
            level = vectors[:, c]
            seen = level >= 0
            idx = np.clip(level, 0, LEVELS - 1)
            log_odds += np.where(seen, np.log(self.m[c, idx]) - np.log(self.u[c, idx]), 0.0)
        return 1 / (1 + np.exp(-np.clip(log_odds, -50, 50)))


# how often one person's two records agree (different, close, exact): a name or a date
# copied by two clerks mostly agrees, sometimes nearly, seldom not at all
_M = np.array([0.03, 0.12, 0.85])


def _level_shares(vectors: np.ndarray) -> np.ndarray:
    """Per comparison, the share of each level among the pairs that have it."""
    out = np.empty((vectors.shape[1], LEVELS))
    for c in range(vectors.shape[1]):
        level = vectors[:, c]
        seen = (level >= 0).sum()
        for lv in range(LEVELS):
            out[c, lv] = ((level == lv).sum() + 0.5) / (seen + 0.5 * LEVELS)
    return out


def train(vectors: np.ndarray, random_pairs: np.ndarray, iterations: int = 30) -> Model:
    """u, the chance of each level between two different people, from random pairs (nearly
    all non-matches, as splink estimates it), and the share of matches among the candidate
    pairs by expectation–maximisation; m stays at the agreement rates of `_M`. Learning m by
    EM too (splink's way) went astray on lists full of namesakes: pairs that share a common
    surname and given name, which blocking gathers, became the "match" class (pairwise
    precision 0.61 on 5,000 generated people, against 0.94 with m held; bench/count_bench.py)."""
    n_comp = vectors.shape[1]
    u = _level_shares(random_pairs) if len(random_pairs) else \
        np.tile(np.array([0.80, 0.15, 0.05]), (n_comp, 1))
    model = Model(np.tile(_M, (n_comp, 1)), u, 0.1)
    for _ in range(iterations if len(vectors) else 0):
        model.prior = float(np.clip(model.probability(vectors).mean(), 1e-4, 0.5))
    return model


def _random_pairs(records: Sequence[PersonRecord], size: int = 20_000,
                  seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = len(records)
    if n < 2:
        return np.zeros((0, len(COMPARISONS)), dtype=int)
    a, b = rng.integers(0, n, size), rng.integers(0, n, size)
    keep = [(i, j) for i, j in zip(a.tolist(), b.tolist(), strict=True)
            if records[i].list != records[j].list]
    return np.array([compare(records[i], records[j]) for i, j in keep], dtype=int) \
        .reshape(len(keep), len(COMPARISONS))


@dataclass
class Linkage:
    """Clusters of record indices (one person each) and the scored pairs behind them."""

    clusters: list[list[int]]
    pairs: list[tuple[int, int, float]]


def link(records: Sequence[PersonRecord], judgements: Sequence[dict[str, str]] = (),
         threshold: float = 0.5) -> Linkage:
    """Cluster the records into persons; `judgements` are `person_match` decisions between
    record ids (positive joins, negative keeps apart, unsure leaves it to the score)."""
    index = {r.id: i for i, r in enumerate(records)}
    pairs = candidate_pairs(records)
    vectors = np.array([compare(records[i], records[j]) for i, j in pairs], dtype=int) \
        .reshape(len(pairs), len(COMPARISONS))
    model = train(vectors, _random_pairs(records))
    prob = model.probability(vectors) if len(pairs) else np.zeros(0)
    decided: dict[tuple[int, int], str] = {}
    for j in judgements:
        a, b = index.get(j["subject"]), index.get(j["object"] or "")
        if a is not None and b is not None and a != b:
            decided[(min(a, b), max(a, b))] = j["decision"]
    parent = list(range(len(records)))
    lists = [{r.list} for r in records]
    apart: set[frozenset[int]] = {frozenset(p) for p, d in decided.items() if d == "negative"}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members = [{i} for i in range(len(records))]

    def union(a: int, b: int, forced: bool) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if not forced and (lists[ra] & lists[rb] or apart and any(
                frozenset((x, y)) in apart for x in members[ra] for y in members[rb])):
            return
        parent[rb] = ra
        lists[ra] |= lists[rb]
        members[ra] |= members[rb]

    for (a, b), d in decided.items():
        if d == "positive":
            union(a, b, forced=True)
    scored = sorted(((float(p), i, j) for (i, j), p in zip(pairs, prob, strict=True)),
                    reverse=True)
    for p, i, j in scored:
        if p >= threshold and decided.get((i, j)) != "negative":
            union(i, j, forced=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[find(i)].append(i)
    return Linkage(sorted(groups.values()), [(i, j, p) for p, i, j in scored])
