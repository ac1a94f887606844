"""Link 100,000 generated mentions (30,000 real events told 1–6 times each, with coarser
dates, Old Style shifts, related types, shared actors and places) and compare with a naive
all-pairs linker in the same run. Also reports pairwise F1 against the generated truth.

Run: .venv/bin/python bench/link_bench.py [--mentions 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import ORGS, PLACES, SURNAMES, VICTIMS  # noqa: E402

from kartoteka.link import LinkMention, link_mentions  # noqa: E402
from kartoteka.link.dates import interval  # noqa: E402
from kartoteka.link.events import THRESHOLD, score_pair  # noqa: E402

TYPES = ["execution", "arrest", "raid", "deportation", "uprising", "strike", "attack",
         "assassination", "decree", "ban"]
RELATED = {"execution": "killing", "arrest": "raid", "uprising": "attack", "decree": "ban"}


def generate(n: int, seed: int = 5) -> tuple[list[LinkMention], dict[str, int]]:
    rng = random.Random(seed)
    mentions, truth = [], {}
    event = 0
    while len(mentions) < n:
        day = dt.date(1905, 1, 1) + dt.timedelta(days=rng.randrange(365 * 34))
        kind = rng.choice(TYPES)
        place = rng.choice(PLACES)
        actors = [f"ent_{rng.choice(ORGS)}", f"ent_{rng.choice(SURNAMES)[0]}"]
        victims = rng.choice(VICTIMS)
        for _ in range(rng.choice([1, 1, 2, 3, 4, 6])):
            told = day
            precision = rng.random()
            if rng.random() < 0.1 and day.year <= 1918:
                told = day - dt.timedelta(days=13)  # an Old Style source
            start = (told.isoformat() if precision < 0.6 else told.isoformat()[:7]
                     if precision < 0.9 else str(told.year))
            quote = (f"In {place} the {actors[0][4:]} {kind} of {victims} ordered by "
                     f"{actors[1][4:]} was reported")
            mentions.append(LinkMention(
                id=f"m{len(mentions)}", document=f"d{rng.randrange(5000)}",
                type=RELATED.get(kind, kind) if rng.random() < 0.15 else kind,
                date_start=start, date_end=start, quote=quote,
                places=[place] if rng.random() < 0.8 else [],
                entities=rng.sample(actors, rng.randint(1, 2))))
            truth[mentions[-1].id] = event
        event += 1
    return mentions[:n], truth


def naive(mentions: list[LinkMention]) -> float:
    """All pairs scored, the same score function: seconds for this sample."""
    frequency: dict[str, int] = defaultdict(int)
    for m in mentions:
        for e in m.entities:
            frequency[e] += 1
    spans = {m.id: interval(m.date_start, m.date_end) for m in mentions}
    t0 = time.perf_counter()
    for a, b in itertools.combinations(mentions, 2):
        _ = sum(score_pair(a, b, spans[a.id], spans[b.id], frequency).values()) >= THRESHOLD
    return time.perf_counter() - t0


def pairwise_f1(groups: dict[str, str], truth: dict[str, int]) -> dict[str, float]:
    pred, gold = defaultdict(list), defaultdict(list)
    for m, g in groups.items():
        pred[g].append(m)
        gold[truth[m]].append(m)
    def pairs(clusters):
        return {frozenset(p) for c in clusters.values() for p in itertools.combinations(c, 2)}
    p, g = pairs(pred), pairs(gold)
    tp = len(p & g)
    precision, recall = tp / max(1, len(p)), tp / max(1, len(g))
    return {"precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / max(1e-9, precision + recall), 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=1500)
    args = ap.parse_args()
    mentions, truth = generate(args.mentions)
    t0 = time.perf_counter()
    groups, linked = link_mentions(mentions)
    link_s = time.perf_counter() - t0
    sample = random.Random(1).sample(mentions, args.sample)
    naive_s = naive(sample) * (len(mentions) / len(sample)) ** 2
    print(json.dumps({
        "mentions": len(mentions), "events_true": len(set(truth.values())),
        "events_found": len(set(groups.values())), "links": len(linked),
        "link_s": round(link_s, 1), "naive_all_pairs_estimated_s": round(naive_s),
        "speedup_vs_naive": round(naive_s / link_s),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "pairwise_vs_truth": pairwise_f1(groups, truth)}, indent=1))


if __name__ == "__main__":
    main()
