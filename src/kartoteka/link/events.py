"""Group mentions into events: block → score → cluster → judgements.

Blocks are (year, month) buckets so work stays near-linear; a candidate pair's score is an
inspectable sum of parts (date, type, shared actors, shared places, quote similarity);
clustering is greedy union, best pairs first, that keeps every pair inside a cluster
date-compatible and free of conflicting places or victims; unlink judgements are cannot-link
constraints and link judgements forced unions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from . import dates as ld

RELATED = [
    {"strike", "killing"}, {"strike", "execution"}, {"strike", "arrest"},
    {"execution", "killing"}, {"killing", "attack"}, {"killing", "decree"},
    {"execution", "decree"}, {"attack", "uprising"}, {"raid", "arrest"}, {"arrest", "deportation"},
    {"founding", "decree"}, {"ban", "decree"}, {"strike", "uprising"}, {"hostage_taking",
                                                                          "execution"},
    {"trial", "execution"}, {"deportation", "decree"}, {"ban", "attack"}, {"raid", "attack"},
    {"killing", "deportation"}, {"execution", "deportation"}, {"execution", "attack"},
    {"assassination", "killing"},
    {"trial", "arrest"},
    {"strike", "attack"},  # a protest broken up is told as the protest or as the attack on it
]
_WORD = re.compile(r"\w{3,}")
_STOPWORDS = frozenset("""the and for was were that this with from had have has which who their
they them his her its been into over after before under than then also not but all any one two
some more most other such only same when where while there these those about against""".split())
WEIGHTS = {"date": 1.5, "day": 0.5, "type": 1.0, "actors": 0.6, "places": 0.7, "text": 1.2, "named": 2.0,
           "context": 0.8, "affinity": 1.0, "figures": 0.8}
THRESHOLD = 2.6
EXACT_TOLL = 1.5  # how much more an exact toll told twice weighs than a round one
AFFINITY = 0.08  # documents this alike (evidence.Affinity) tell the same events
NAMED_BLOCK = 400  # an episode told more often than this is no block (work stays near-linear)


@dataclass
class LinkMention:
    id: str
    document: str
    type: str
    date_start: str | None
    date_end: str | None
    start: int = 0
    quote: str = ""
    places: list[str] = field(default_factory=list)
    places_carried: bool = False  # guessed from earlier text: they may agree, never forbid
    # of its places, those that may hold or lie in another (a country, a region, a square, a
    # camp the gazetteer cannot place): they may agree, never forbid
    vague_places: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)  # organisations founded, banned, …
    named: list[str] = field(default_factory=list)  # named events it is told as ("Shakhty Trial")
    episodes: list[str] = field(default_factory=list)  # those that are one event, not a period
    context: list[str] = field(default_factory=list)  # names near it (evidence.context)
    counts: list[tuple[str, int, int | None]] = field(default_factory=list)  # (kind, low, high)

    @property
    def stated_places(self) -> list[str]:
        return [] if self.places_carried else self.places

    @property
    def towns(self) -> list[str]:
        """The stated places that are towns: two different ones are two places."""
        return [p for p in self.stated_places if p not in self.vague_places]

    @cached_property
    def words(self) -> frozenset[str]:
        """Content words of the quote (lower case, no short function words)."""
        return frozenset(w for w in _WORD.findall(self.quote.lower()) if w not in _STOPWORDS)


def conflict(a: LinkMention, b: LinkMention) -> bool:
    """Evidence of two events: both name where it happened, or whom it was done to, and the
    names differ (Uritsky killed in Petrograd, Lenin shot in Moscow, the same day); a town
    and the square or region it lies in are no conflict. Two tellings of one named episode
    ("the Shakhty Trial") may name different places: where the court sat, the region the case
    was about."""
    return not set(a.episodes) & set(b.episodes) and (bool(
        a.towns and b.towns and not set(a.places) & set(b.places)) or bool(
        a.targets and b.targets and not set(a.targets) & set(b.targets)))


def _year_partners(a: LinkMention, b: LinkMention) -> bool:
    """A claim dated only by its years meets a finer one of the same type when both name the
    place, the body founded or banned, or the person it was done to; one of a related type
    when both give the same count ("murdered nearly 22,000" in 1940, "executed about 22,000"
    in April–May 1940) or are told as the same named event ("the Great Terror")."""
    same = a.type == b.type and bool(
        set(a.stated_places) & set(b.stated_places) or set(a.bodies) & set(b.bodies)
        or set(a.targets) & set(b.targets))
    return same or type_score(a.type, b.type) > 0 and bool(
        set(a.named) & set(b.named) or same_count(a.counts, b.counts))


def once(a: LinkMention, b: LinkMention) -> bool:
    """A body is founded once and dissolved once: two sources telling the founding of the
    same organisation days apart tell one event."""
    return a.type == b.type and a.type in ("founding", "ban") and bool(set(a.bodies) & set(b.bodies))


def type_score(a: str, b: str) -> float:
    """1 for one type, 0.5 for related ones, 0.2 against "other" (what no trigger word
    typed may be anything), else 0."""
    if a == b:
        return 0.3 if a == "other" else 1.0
    if "other" in (a, b):
        return 0.2
    return 0.5 if {a, b} in RELATED else 0.0


def score_pair(a: LinkMention, b: LinkMention, ia: tuple, ib: tuple,
               common: dict[str, int], affinity: Callable[[str, str], float] | None = None,
               ) -> dict[str, float]:
    """The parts of a candidate link's score (each already weighted): the dates at their
    precision, the types, shared actors (rarer ones count more), places, wording, a shared
    named event, shared names nearby, and how much the two documents are about the same
    things."""
    date, _ = ld.compatibility(ia, ib)
    parts = {"date": WEIGHTS["date"] * date, "type": WEIGHTS["type"] * type_score(a.type, b.type)}
    # one day is rarer than one month or year: two claims on the same day are likelier one
    parts["day"] = WEIGHTS["day"] if ia[2] == ib[2] == 3 and ia[:2] == ib[:2] else 0.0
    shared = set(a.entities) & set(b.entities)
    parts["actors"] = WEIGHTS["actors"] * min(1.0, sum(1.0 / max(1, common.get(e, 1)) ** 0.5
                                                     for e in shared))
    parts["places"] = WEIGHTS["places"] if set(a.places) & set(b.places) else 0.0
    shared_words = len(a.words & b.words)
    parts["text"] = WEIGHTS["text"] * (
        shared_words / min(len(a.words), len(b.words)) if shared_words else 0.0)
    parts["named"] = WEIGHTS["named"] if set(a.named) & set(b.named) else 0.0
    nearby = (set(a.context) & set(b.context)) - shared
    parts["context"] = WEIGHTS["context"] * min(1.0, sum(
        1.0 / max(1, common.get(e, 1)) ** 0.5 for e in nearby))
    # an exact toll ("165", not "thousands" or "200") told twice rarely coincides
    parts["figures"] = WEIGHTS["figures"] * (EXACT_TOLL if same_count(a.counts, b.counts, exact=True)
                                             else 1.0 if same_count(a.counts, b.counts) else 0.0)
    parts["affinity"] = WEIGHTS["affinity"] * affinity(a.document, b.document) \
        if affinity is not None and a.document != b.document else 0.0
    return parts


def same_count(a: list[tuple[str, int, int | None]], b: list[tuple[str, int, int | None]],
               exact: bool = False) -> bool:
    """Both give a count of one kind with an end in common ("26 killed", "at least 24 and
    perhaps 26"): a toll told twice is the likeliest sign of one event. Counts under three
    coincide too often to tell anything; with `exact`, so do round ones ("thousands", "200")."""
    ends = {(kind, v) for kind, low, high in a for v in (low, high)
            if v is not None and v >= 3 and not (exact and v % 10 == 0)}
    return any((kind, v) in ends for kind, low, high in b for v in (low, high) if v is not None)


def _blocks(mentions: list[LinkMention], intervals: dict[str, tuple]) -> dict[tuple, list[int]]:
    """(year, month) buckets of the claims dated to a day or a month, and of ranges of up to
    four months in each month they cover; ("year", y) buckets of every year a claim touches,
    where claims dated by years or long ranges ("1936–1938", "1881") meet each other and the
    finer claims of those years ("August 1881"); ("named", id) buckets of the claims told as
    one named episode ("the Shakhty Trial", not "the Great Terror"), whatever places they
    name."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.date_start is None:
            continue
        lo, hi, precision = intervals[m.id]
        months = _months(intervals[m.id])
        if precision > 1 and months <= 3:
            for k in range(months + 1):
                total = lo.year * 12 + lo.month - 1 + k
                blocks[(total // 12, total % 12 + 1)].append(i)
            if lo.day >= 19 and precision == 3:  # an Old Style date may sit in the next month
                blocks[(lo.year + (lo.month == 12), lo.month % 12 + 1)].append(i)
        if hi.year - lo.year <= 6:
            for year in range(lo.year, hi.year + 1):
                blocks[("year", year)].append(i)
        for name in m.episodes:
            blocks[("named", name)].append(i)
    return {k: v for k, v in blocks.items() if k[0] != "named" or len(v) <= NAMED_BLOCK}


def _months(interval: tuple) -> int:
    lo, hi, _ = interval
    return (hi.year - lo.year) * 12 + hi.month - lo.month


def _pairs(mentions: list[LinkMention], block: list[int], anchors: set[int] | None = None,
           by_place: bool = True) -> Iterator[tuple[int, int]]:
    """Pairs inside a block whose types are compatible and whose towns do not differ: the
    block is cut by (type, first town), and only compatible cuts meet. With `anchors`, only
    pairs with at least one anchor (the year-dated claims of a year's block)."""
    cuts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in block:
        m = mentions[i]
        cuts[(m.type, m.towns[0] if m.towns and by_place else "")].append(i)
    keys = sorted(cuts)
    for x, k1 in enumerate(keys):
        for k2 in keys[x:]:
            if type_score(k1[0], k2[0]) == 0 or (k1[1] and k2[1] and k1[1] != k2[1]):
                continue
            first, second = cuts[k1], cuts[k2]
            if anchors is not None:
                yield from _anchored(first, second, anchors, same=k1 == k2)
            elif k1 == k2:
                for y, i in enumerate(first):
                    for j in first[y + 1:]:
                        yield (i, j) if i < j else (j, i)
            else:
                for i in first:
                    for j in second:
                        yield (i, j) if i < j else (j, i)


def _anchored(first: list[int], second: list[int], anchors: set[int], same: bool
              ) -> Iterator[tuple[int, int]]:
    for i in first:
        if i in anchors:
            for j in second:
                if i != j and (not same or j not in anchors or i < j):
                    yield (i, j) if i < j else (j, i)
    for j in second:
        if j in anchors and not same:
            for i in first:
                if i not in anchors:
                    yield (i, j) if i < j else (j, i)


def _mutual_best(pairs: list[tuple[float, int, int, dict[str, float]]]
                 ) -> list[tuple[float, int, int, dict[str, float]]]:
    """Keep a pair only when each side is the other's best-scoring partner."""
    best: dict[int, tuple[float, int]] = {}
    for total, i, j, _ in pairs:
        for x, y in ((i, j), (j, i)):
            if x not in best or total > best[x][0]:
                best[x] = (total, y)
    return [p for p in pairs if best[p[1]][1] == p[2] and best[p[2]][1] == p[1]]


def link_mentions(mentions: list[LinkMention], judgements: list[dict[str, str]] | None = None,
                  affinity: Callable[[str, str], float] | None = None,
                  rejected: list[dict[str, object]] | None = None,
                  ) -> tuple[dict[str, str], list[dict[str, object]]]:
    """Event key of every mention, and the scored candidate pairs that were linked; the
    strong candidates that a conflict kept apart go into `rejected` (the near misses a
    reviewer is shown), with the reason."""
    judgements = judgements or []
    mentions = sorted(mentions, key=lambda m: m.id)
    intervals = {m.id: ld.interval(m.date_start, m.date_end) for m in mentions if m.date_start}
    frequency: dict[str, int] = defaultdict(int)
    for m in mentions:
        for e in set(m.entities) | set(m.context):
            frequency[e] += 1
    candidates: list[tuple[float, int, int, dict[str, float]]] = []
    near: list[tuple[float, int, int, dict[str, float]]] = []
    seen: set[tuple[int, int]] = set()
    # in a year's block only the claims dated by years (or spanning months) look for partners;
    # two finer dates meet in their month's block
    coarse = {i for i, m in enumerate(mentions) if m.date_start is not None
              and (intervals[m.id][2] == 1 or _months(intervals[m.id]) > 1)}
    for block_key, block in _blocks(mentions, intervals).items():
        for i, j in _pairs(mentions, block, coarse if block_key[0] == "year" else None,
                           by_place=block_key[0] != "named"):
            a, b = mentions[i], mentions[j]
            if block_key[0] == "year" and (intervals[a.id][2] != intervals[b.id][2]
                                           or a.type != b.type) and not _year_partners(a, b):
                continue  # "1919" meets "March 1919" only on the same place, body or victim
            if (i, j) in seen or a.id == b.id:
                continue
            seen.add((i, j))
            if a.document == b.document and (a.date_start, a.date_end) != (
                    b.date_start, b.date_end):
                continue
            if conflict(a, b):
                continue
            parts = score_pair(a, b, intervals[a.id], intervals[b.id], frequency, affinity)
            total = sum(parts.values())
            same_kind = a.type == b.type != "other" and parts["date"] >= 0.8 * WEIGHTS["date"]
            # "from 23 October until 10 November 1956", "с 23 октября по 10 ноября 1956 года":
            # the same kind of event over the very same days, whatever the language
            same_days = same_kind and a.date_start != a.date_end and len(a.date_start or "") == 10 \
                and (a.date_start, a.date_end) == (b.date_start, b.date_end) \
                and (not a.counts or not b.counts or parts["figures"] > 0)  # no other toll
            shared = same_days or parts["actors"] > 0 or parts["places"] > 0 or parts["named"] > 0 \
                or parts["context"] > 0 or (
                    # two sources about the same things telling the same kind of event
                    # in the same month
                    (same_kind or parts["day"] > 0 and parts["type"] >= 0.5 * WEIGHTS["type"])
                    and parts["affinity"] >= AFFINITY * WEIGHTS["affinity"]) or (
                    # the same kind of event in the same month with the same toll; a related
                    # kind with the same exact toll ("165 killed" in May 1980, an attack "at
                    # least 165 civilians killed" in May 1980)
                    same_kind and parts["figures"] > 0
                    or parts["figures"] == EXACT_TOLL * WEIGHTS["figures"]  # "seven … shot", 1962
                    and (parts["type"] >= 0.5 * WEIGHTS["type"]
                         and parts["date"] >= 0.6 * WEIGHTS["date"] or a.type == b.type != "other"))
            if not shared and (block_key[0] == "year" or parts["text"] < 0.6 * WEIGHTS["text"]):
                continue  # a shared date and type alone are no evidence of one event
            if parts["date"] < 0.25 * WEIGHTS["date"]:
                # dates days apart: only across documents, with the same type and actors, a
                # shared place or wording, as each other's best match (a second look below)
                if a.document != b.document and a.type == b.type and parts["actors"] > 0 \
                        and ((parts["places"] > 0 or parts["text"] >= 0.5 * WEIGHTS["text"])
                             and parts["text"] >= 0.3 * WEIGHTS["text"] or once(a, b)):
                    near.append((total, i, j, parts))
                continue
            if parts["date"] > 0 and (total >= THRESHOLD or once(a, b)):
                candidates.append((total, i, j, parts))
    accepted_near = _mutual_best(near)
    candidates += accepted_near
    # two dates days apart may share a cluster only where a strong pair said so
    near_dates = {frozenset((mentions[i].date_start, mentions[j].date_start))
                  for _, i, j, _ in accepted_near}
    index = {m.id: i for i, m in enumerate(mentions)}
    parent = list(range(len(mentions)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    cannot = {frozenset((j["subject"], j["object"])) for j in judgements
              if j["kind"] == "unlink"}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, forced: bool = False) -> str | None:
        """None when joined, else why not: a member of one cluster forbids a member of the
        other (a judgement, a different place or victim, dates that cannot meet)."""
        ri, rj = find(i), find(j)
        if ri == rj:
            return None
        for x in members[ri]:
            for y in members[rj]:
                mx, my = mentions[x], mentions[y]
                if frozenset((mx.id, my.id)) in cannot:
                    return f"unlinked by a reviewer: {mx.id} and {my.id}"
                if forced:
                    continue
                score, why = ld.compatibility(intervals[mx.id], intervals[my.id])
                if conflict(mx, my):
                    return f"different place or victim: {mx.id} and {my.id}"
                if why == "too coarse" and ld.nested(intervals[mx.id], intervals[my.id]):
                    continue  # "November 1920" in "1920–1921": joined through a finer claim
                if score == 0 or (why == "near dates"
                                  and frozenset((mx.date_start, my.date_start)) not in near_dates):
                    return f"dates cannot meet ({why}): {mx.id} and {my.id}"
        parent[rj] = ri
        members[ri] += members.pop(rj)
        return None

    for judgement in judgements:
        if judgement["kind"] == "link" and judgement["subject"] in index \
                and judgement["object"] in index:
            union(index[judgement["subject"]], index[judgement["object"]], forced=True)
    linked = []
    # best pairs first; equal scores in the order of the claims' ids, so that the events do
    # not depend on the order the documents came in
    for total, i, j, parts in sorted(candidates, key=lambda c: (-round(c[0], 9), mentions[c[1]].id,
                                                                mentions[c[2]].id)):
        edge = {"a": mentions[i].id, "b": mentions[j].id, "score": round(total, 3),
                "parts": {k: round(v, 3) for k, v in parts.items()}}
        why = union(i, j)
        if why is None:
            linked.append(edge)
        elif rejected is not None:
            rejected.append({**edge, "reason": why})
    groups = {m.id: mentions[find(i)].id for i, m in enumerate(mentions)}
    return groups, linked
