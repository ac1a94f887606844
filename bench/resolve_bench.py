"""Resolve 1,000,000 generated name mentions (Latin and Cyrillic, transliteration variants,
surname-only and titled forms) and compare with a naive all-pairs matcher in the same run.

Run: .venv/bin/python bench/resolve_bench.py [--mentions 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jellyfish

sys.path.insert(0, str(Path(__file__).parent))
from generate import name_stream  # noqa: E402

from kartoteka.extract.names import classify  # noqa: E402
from kartoteka.resolve import NameRecord, resolve_names  # noqa: E402
from kartoteka.resolve import normalize as nz  # noqa: E402


def naive_pairs_per_second(forms: list[str], sample: int = 1500) -> float:
    """The naive baseline: Jaro-Winkler on the keys of every pair of nodes."""
    picked = random.Random(3).sample(forms, min(sample, len(forms)))
    keys = [nz.key(f) for f in picked]
    t0 = time.perf_counter()
    pairs = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            _ = jellyfish.jaro_winkler_similarity(a, b) >= 0.9
            pairs += 1
    return pairs / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--documents", type=int, default=20_000)
    args = ap.parse_args()

    t0 = time.perf_counter()
    counts: Counter[tuple[str, str]] = Counter(name_stream(args.mentions, args.documents))
    generate_s = time.perf_counter() - t0
    kind = lru_cache(maxsize=None)(lambda form: classify(form, False) or "person")
    records = [NameRecord(doc, form, kind(form), n) for (doc, form), n in counts.items()]

    t0 = time.perf_counter()
    entities, assignment = resolve_names(records, [], [])
    resolve_s = time.perf_counter() - t0
    rate = naive_pairs_per_second([r.form for r in records])
    nodes = len(records)
    naive_s = nodes * (nodes - 1) / 2 / rate
    out = {
        "mentions": args.mentions, "documents": args.documents, "nodes_doc_form": nodes,
        "distinct_forms": len({r.form for r in records}), "entities": len(entities),
        "generate_s": round(generate_s, 1), "resolve_s": round(resolve_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "naive_all_pairs_estimated_s": round(naive_s),
        "speedup_vs_naive": round(naive_s / resolve_s),
        "largest_entities": sorted(((len(e.aliases), e.name) for e in entities),
                                   reverse=True)[:5],
    }
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
