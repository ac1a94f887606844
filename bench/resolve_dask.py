"""Resolution's comparison step on Dask, at small scale: the same blocks and the same
`block_edges` as the single-machine resolver, run as a Dask bag over worker processes, must
give exactly the same edges. This is the step that grows with a collection (docs/SCALING.md);
the same code runs on a Dask cluster by pointing the client at its scheduler.

Run: .venv/bin/python bench/resolve_dask.py [--mentions 200000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

import dask.bag as db

sys.path.insert(0, str(Path(__file__).parent))
from generate import name_stream  # noqa: E402

from kartoteka.extract.names import classify  # noqa: E402
from kartoteka.resolve.entities import block_edges, fuzzy_blocks  # noqa: E402


def edges_of(item: tuple[tuple[str, str], list[tuple[str, str]]]) -> list:
    (block, _), members = item
    return [tuple(sorted(pair)) for pair in block_edges(block, members)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=200_000)
    ap.add_argument("--partitions", type=int, default=16)
    args = ap.parse_args()
    kind = lru_cache(maxsize=None)(lambda form: classify(form, False) or "person")
    forms = {(form, kind(form)) for _, form in
             Counter(name_stream(args.mentions, args.mentions // 50))}
    blocks = fuzzy_blocks(forms)

    t0 = time.perf_counter()
    local = {e for item in blocks.items() for e in edges_of(item)}
    local_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    bag = db.from_sequence(list(blocks.items()), npartitions=args.partitions)
    distributed = set(bag.map(edges_of).flatten().compute(scheduler="processes"))
    dask_s = time.perf_counter() - t0
    print(json.dumps({"mentions": args.mentions, "distinct_forms": len(forms),
                      "blocks": len(blocks), "edges": len(local),
                      "same_edges": local == distributed, "local_s": round(local_s, 2),
                      "dask_processes_s": round(dask_s, 2)}, indent=1))
    if local != distributed:
        raise SystemExit("Dask and the single-machine resolver disagree")


if __name__ == "__main__":
    main()
