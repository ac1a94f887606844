"""Run every benchmark in its own process and keep the figures in bench/out/ (git-ignored).

Run: make bench   (installs the "bench" extra first: dateparser, datasette, dask)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHES = [
    ("extract", ["extract_bench.py", "--mb", "6"]),
    ("resolve", ["resolve_bench.py", "--mentions", "1000000"]),
    ("resolve_dask", ["resolve_dask.py", "--mentions", "200000"]),
    ("link", ["link_bench.py", "--mentions", "100000"]),
    ("web", ["web_bench.py", "--events", "100000"]),
    ("grow", ["grow_bench.py", "--mb", "1", "10"]),
    ("count", ["count_bench.py", "--people", "20000", "--runs", "100"]),
]


def main() -> None:
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    failed = []
    for name, args in BENCHES:
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]],
                                capture_output=True, text=True)
        if result.returncode:
            print(result.stderr[-2000:])
            failed.append(name)
            continue
        figures = json.loads(result.stdout)
        (out / f"{name}.json").write_text(json.dumps(figures, indent=1, ensure_ascii=False))
        print(json.dumps(figures, indent=1, ensure_ascii=False))
    if failed:  # a benchmark that no longer runs is a failure, not a silence
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
