"""p50 / p95 latency of the chronicle, an event page, search and the events API on a database
of 100,000 events and 300,000 mentions, against Datasette serving the same SQLite file, both
over HTTP on loopback in the same run.

Run: .venv/bin/python bench/web_bench.py [--events 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert

from kartoteka.store import dialect, open_store
from kartoteka.store.schema import documents, events, mentions

TYPES = ["execution", "arrest", "raid", "deportation", "uprising", "strike", "attack", "decree"]
PLACES = ["Moscow", "Petrograd", "Kronstadt", "Tambov", "Astrakhan", "Penza", "Kiev", "Odessa"]
WORDS = ("cheka sailors workers strike hostages camps famine decree terror raid anarchists "
         "peasants uprising tribunal commissar garrison fortress requisition").split()
# Quotes draw from a Zipf-like vocabulary of 5,000 words, as prose does; searches use the
# named words above, each in a few per cent of quotes.
VOCAB = WORDS + [f"w{i}" for i in range(5000)]
WEIGHTS = [1 / (rank + 10) for rank in range(len(VOCAB))]


def build(path: Path, n_events: int, per_event: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    store = open_store(f"sqlite:///{path}")
    ids = []
    with store.transaction() as conn:
        doc_rows = [dict(sha256=f"{i:064x}", name=f"doc-{i}.txt", path=f"/x/doc-{i}.txt",
                         format="txt", title=f"Document {i}", chars=1000, text="…", meta={},
                         extractor="rules/1.0", ingested_at="2026-01-01") for i in range(2000)]
        conn.execute(insert(documents), doc_rows)
        for chunk in range(0, n_events, 5000):
            ev_rows, m_rows, index_rows = [], [], []
            for e in range(chunk, min(n_events, chunk + 5000)):
                year, month, day = rng.randint(1905, 1938), rng.randint(1, 12), rng.randint(1, 28)
                start = f"{year}-{month:02d}-{day:02d}"
                kind, place = rng.choice(TYPES), rng.choice(PLACES)
                eid = f"e_{e:012d}"
                ids.append(eid)
                docs = sorted({f"doc-{rng.randrange(2000)}.txt" for _ in range(per_event)})
                mids = [f"m_{e:010d}_{k}" for k in range(per_event)]
                figures = [{"kind": "killed", "low": 100, "best": 150, "high": 200, "sources": 2}]
                ev_rows.append(dict(
                    id=eid, type=kind, title=f"{kind.title()} in {place}", date_start=start,
                    date_end=start, disputed=rng.random() < 0.1, places=f"|{place}|",
                    actors="|Cheka|", documents="|" + "|".join(docs) + "|",
                    data={"places": [place], "figures": figures, "actors": [],
                          "disputed": [], "disputes": [], "mentions": mids, "documents": docs}))
                for mid in mids:
                    quote = " ".join(rng.choices(VOCAB, WEIGHTS, k=25))
                    m_rows.append(dict(
                        id=mid, document_id=rng.randrange(1, 2001), start=0, end=len(quote),
                        quote=quote, type=kind, attempt=False, modality="asserted",
                        date_start=start, date_end=start, date_as_written=start,
                        calendar="gregorian", date_carried=False, places=[place],
                        extractor="rules", extractor_version="1.0", confidence=0.7,
                        status="machine", event_id=eid))
                    index_rows.append(dict(kind="mention", ref=mid, document="doc", body=quote))
            conn.execute(insert(events), ev_rows)
            conn.execute(insert(mentions), m_rows)
            dialect.index_rows(conn, index_rows)
    store.close()
    return ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(cmd: list[str], url: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            httpx.get(url, timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"server did not start: {cmd}")


def measure(client: httpx.Client, urls: list[str]) -> dict[str, float]:
    times = []
    for url in urls:
        t0 = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (url, r.status_code)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1)}


def concurrent(base: str, urls: list[str], clients: int) -> dict[str, float]:
    """p50/p95 over every request when `clients` readers ask at once (each its share)."""
    from concurrent.futures import ThreadPoolExecutor

    def share(k: int) -> list[float]:
        times = []
        with httpx.Client(base_url=base, timeout=60) as c:
            for url in urls[k::clients]:
                t0 = time.perf_counter()
                assert c.get(url).status_code == 200, url
                times.append((time.perf_counter() - t0) * 1000)
        return times

    with ThreadPoolExecutor(clients) as pool:
        times = sorted(t for part in pool.map(share, range(clients)) for t in part)
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 1)}


def under_load(db: Path, urls: list[str], clients: int, workers: int) -> dict[str, object]:
    """One client, then `clients` at once, against `serve --workers N`."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = serve([sys.executable, "-m", "kartoteka.cli", "--db", str(db), "serve", "--port",
                    str(port), "--workers", str(workers)], base + "/api/sources")
    try:
        alone = concurrent(base, urls, 1)
        crowd = concurrent(base, urls, clients)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"workers": workers, "one_client": alone, f"{clients}_clients": crowd,
            "p95_ratio": round(crowd["p95_ms"] / max(alone["p95_ms"], 0.1), 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--clients", type=int, default=8)
    args = ap.parse_args()
    rng = random.Random(9)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        ids = build(db, args.events, 3)
        build_s = time.perf_counter() - t0
        n = args.requests
        pick = [rng.choice(ids) for _ in range(n)]
        words = [rng.choice(WORDS) for _ in range(n)]
        years = [str(rng.randint(1905, 1938)) for _ in range(n)]
        kinds = [rng.choice(TYPES) for _ in range(n)]
        ours = {
            "chronicle": [f"/?from={y}&to={y}" for y in years],
            "event": [f"/events/{i}" for i in pick],
            "search": [f"/search?q={w}" for w in words],
            "api_events": [f"/api/events?type={k}&limit=100&from={y}" for k, y in zip(kinds, years, strict=True)],
        }
        theirs = {
            "chronicle": [f"/bench/events?date_start__startswith={y}&_sort=date_start&_size=300"
                          for y in years],
            "event": [f"/bench/events/{i}" for i in pick],
            "search": [f"/bench/search_index?_search={w}" for w in words],
            "api_events": [f"/bench/events.json?type={k}&date_start__gte={y}&_sort=date_start"
                           f"&_size=100" for k, y in zip(kinds, years, strict=True)],
        }
        results: dict[str, dict[str, object]] = {}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        kt = serve([sys.executable, "-m", "kartoteka.cli", "--db", str(db), "serve", "--port",
                    str(port)], base + "/api/sources")
        try:
            with httpx.Client(base_url=base, timeout=30) as c:
                for name, urls in ours.items():
                    measure(c, urls[:5])
                    results.setdefault(name, {})["kartoteka"] = measure(c, urls)
        finally:
            kt.terminate()
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        ds = serve([str(Path(sys.executable).parent / "datasette"), "serve", str(db), "-p",
                    str(port), "--setting", "sql_time_limit_ms", "20000"], base + "/-/versions.json")
        try:
            with httpx.Client(base_url=base, timeout=30) as c:
                for name, urls in theirs.items():
                    measure(c, urls[:5])
                    results[name]["datasette"] = measure(c, urls)
        finally:
            ds.terminate()
        mixed = [url for group in zip(*ours.values(), strict=True) for url in group]
        load = [under_load(db, mixed, args.clients, w) for w in (1, os.cpu_count() or 2)]
    print(json.dumps({"events": args.events, "mentions": args.events * 3,
                      "build_s": round(build_s, 1), "latency": results, "load": load}, indent=1))


if __name__ == "__main__":
    main()
