"""A small run of every benchmark, so that none can rot unnoticed (`make bench` runs them
at full size and fails when one does)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parent.parent / "bench"
SMALL = [("extract_bench.py", "--mb", "0.05"), ("link_bench.py", "--mentions", "2000"),
         ("web_bench.py", "--events", "300"), ("resolve_bench.py", "--mentions", "5000"),
         ("resolve_dask.py", "--mentions", "5000"), ("grow_bench.py", "--mb", "0.05"),
         ("count_bench.py", "--people", "500", "--runs", "3")]


@pytest.mark.parametrize("args", SMALL, ids=[a[0] for a in SMALL])
def test_every_benchmark_runs_at_a_small_size(args: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, str(BENCH / args[0]), *args[1:]],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    assert figures, "a benchmark reports its figures"
