"""What adding to a collection costs as it grows: one one-sentence document, one reviewer's
decision on the command line (recorded, then events re-linked at once) and on the web
(recorded; the rebuild runs off the request), into stores holding 0 MB (the baseline, in the
same run) and each `--mb` size of generated text (30% of sentences tell an event, as in the
seed corpus). Also the bulk ingest rate that built each store.

Run: .venv/bin/python bench/grow_bench.py [--mb 1 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import documents  # noqa: E402

from kartoteka import pipeline, views  # noqa: E402
from kartoteka.background import Refresher  # noqa: E402
from kartoteka.store import open_store  # noqa: E402
from kartoteka.store import queries as q  # noqa: E402

ONE = "On 3 May 1921 the Cheka arrested {n} sailors of the Baltic Fleet in Kronstadt.\n"
REPEAT = 3


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(mb: float, work: Path, workers: int) -> dict[str, float]:
    """Seconds (median of REPEAT) for one document and one decision into a store of `mb`."""
    store = open_store(f"sqlite:///{work / f'grow-{mb}.db'}")
    corpus = work / f"corpus-{mb}"
    corpus.mkdir()
    for name, text in documents(int(mb * 1_000_000), event_share=0.3):
        (corpus / name).write_text(text, encoding="utf-8")
    bulk = _timed(lambda: pipeline.ingest(store, [corpus], workers=workers)) if mb else 0.0
    one_doc, cli, web = [], [], []
    refresher = Refresher(store)
    for i in range(REPEAT):
        doc = work / f"one-{mb}-{i}.txt"
        doc.write_text(ONE.format(n=100 + i), encoding="utf-8")
        one_doc.append(_timed(lambda doc=doc: pipeline.ingest(store, [doc])))
        claim = next(m["id"] for m in q.mention_dicts(store) if m["document"] == doc.name)
        cli.append(_timed(lambda claim=claim: views.review_mention(store, claim, "accept", "bench")))
        web.append(_timed(lambda claim=claim: views.review_mention(
            store, claim, "reject", "bench", refresh=refresher.request)))
        refresher.wait(600)
    refresher.close()
    store.close()
    return {"one_document_s": statistics.median(one_doc), "cli_decision_s": statistics.median(cli),
            "web_decision_s": statistics.median(web),
            "bulk_mb_per_s": round(mb / bulk, 3) if bulk else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 10.0])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        baseline = measure(0.0, work, args.workers)
        result: dict[str, object] = {"baseline_empty_store": baseline}
        for mb in args.mb:
            grown = measure(mb, work, args.workers)
            result[f"{mb:g}_mb"] = grown | {
                f"{k}_vs_empty": round(grown[k] / max(baseline[k], 1e-6), 2)
                for k in ("one_document_s", "cli_decision_s", "web_decision_s")}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
