"""The seed gold, scored by ../shared/tools/score.py through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FLOORS = {("date", "f1"): 0.85, ("figure", "f1"): 0.85, ("figure", "kind_accuracy"): 0.85,
          ("type", "accuracy"): 0.8, ("alias", "f1"): 0.8, ("link", "f1"): 0.85}


def test_scores_on_the_seed_gold(shared: Path) -> None:
    kartoteka = Path(sys.executable).parent / "kartoteka"
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), "--gold", str(shared / "gold"),
         "--run", str(shared / "corpus" / "seeds"), "--kartoteka", str(kartoteka), "--json"],
        capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    print("\nseed gold scores:", json.dumps(scores))
    for (metric, field), floor in FLOORS.items():
        assert scores[metric][field] >= floor, (metric, field, scores[metric])
