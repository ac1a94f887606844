"""Extraction and ingest throughput on a generated corpus (default 6 MB), against dateparser's
`search_dates` over the same sentences as a baseline, with peak memory per megabyte read.

The corpus has the seed corpus's density of events (30% of sentences tell one; the rest is
background prose); the dense worst case (every sentence an event) is measured on 1 MB too.

Run: .venv/bin/python bench/extract_bench.py [--mb 6] [--event-share 0.3]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import documents  # noqa: E402

from kartoteka import pipeline  # noqa: E402
from kartoteka.extract import sentences  # noqa: E402
from kartoteka.extract.dates import find_dates  # noqa: E402
from kartoteka.extract.rules import RuleExtractor  # noqa: E402
from kartoteka.ingest import read_document  # noqa: E402
from kartoteka.models import Document  # noqa: E402
from kartoteka.store import open_store  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> dict[str, object]:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=6.0)
    ap.add_argument("--baseline-kb", type=int, default=150)
    ap.add_argument("--event-share", type=float, default=0.3)
    args = ap.parse_args()
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        total = 0
        for name, text in documents(int(args.mb * 1_000_000), event_share=args.event_share):
            (folder / name).write_text(text, encoding="utf-8")
            total += len(text.encode())
        files = sorted(folder.iterdir())
        extractor = RuleExtractor()
        extractor.extract(read_document(files[0]))  # warm the gazetteer and regexes

        # 1. extraction alone, streaming file by file; memory after each megabyte
        seen, memory, mentions = 0, [], 0
        start = time.perf_counter()
        next_mark = 1_000_000
        for path in files:
            doc = read_document(path)
            mentions += len(extractor.extract(doc).mentions)
            seen += len(doc.text.encode())
            if seen >= next_mark:
                memory.append(round(rss_mb(), 1))
                next_mark += 1_000_000
        extract_s = time.perf_counter() - start
        out["corpus_mb"] = round(total / 1e6, 2)
        out["event_share"] = args.event_share
        out["documents"] = len(files)
        out["mentions"] = mentions
        out["extract_mb_per_s"] = round(total / 1e6 / extract_s, 2)
        out["extract_docs_per_s"] = round(len(files) / extract_s, 1)
        out["peak_rss_mb_after_each_mb"] = memory

        # 1b. the dense worst case: every sentence an event with names, a date and a figure
        dense = [text for _, text in documents(1_000_000, seed=8, event_share=1.0)]
        dense_bytes = sum(len(t.encode()) for t in dense)
        t0 = time.perf_counter()
        for i, text in enumerate(dense):
            extractor.extract(Document(name=f"dense-{i}", path="", text=text, sha256=str(i), format="txt"))
        out["dense_extract_mb_per_s"] = round(dense_bytes / 1e6 / (time.perf_counter() - t0), 2)

        # 2. the baseline: dateparser's search_dates over the same sentences (a sample)
        from dateparser.search import search_dates

        sample, size = [], 0
        for path in files:
            for s in sentences.split(read_document(path).text):
                sample.append(s.text)
                size += len(s.text.encode())
                if size >= args.baseline_kb * 1000:
                    break
            if size >= args.baseline_kb * 1000:
                break
        search_dates("warm up on 5 May 1919", languages=["en"])
        t0 = time.perf_counter()
        for s in sample:
            search_dates(s, languages=["en"])
        baseline_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        for s in sample:
            find_dates(s)
        ours_dates_s = time.perf_counter() - t0
        out["baseline_dateparser_kb_per_s"] = round(size / 1000 / baseline_s, 1)
        out["kartoteka_dates_kb_per_s"] = round(size / 1000 / ours_dates_s, 1)
        out["full_extraction_vs_dateparser_dates_only"] = round(
            (total / extract_s) / (size / baseline_s), 1)

        # 3. full ingest into SQLite: read, extract, store (one transaction per document),
        # then resolve and link the whole store once; with one process and with two
        for workers in (1, 2):
            store = open_store(f"sqlite:///{Path(tmp) / f'bench{workers}.db'}")
            t0 = time.perf_counter()
            report = pipeline.ingest(store, [folder], extractor, workers=workers)
            ingest_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            pipeline.rebuild(store)
            rebuild_s = time.perf_counter() - t0
            out[f"ingest_workers{workers}_s"] = round(ingest_s, 1)
            out[f"ingest_workers{workers}_mb_per_s"] = round(total / 1e6 / ingest_s, 2)
            store.close()
        out["rebuild_resolve_and_link_s"] = round(rebuild_s, 1)
        out["store"] = report.totals
        out["peak_rss_mb"] = round(rss_mb(), 1)
    print(json.dumps(out, indent=1))
    return out


if __name__ == "__main__":
    main()
