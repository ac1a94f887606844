"""The lock file pins, with hashes, every dependency the project declares: `make` installs
from it alone, so a dependency added to pyproject.toml without `make lock` would be missing."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_declared_dependency_is_pinned_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    lock = (ROOT / "requirements.lock").read_text()
    pins = dict(re.findall(r"(?m)^([a-z0-9][a-z0-9._-]*)==(\S+) \\", lock.lower()))
    assert declared - set(pins) == set()
    assert all(re.search(rf"(?m)^{re.escape(name)}==\S+ \\\n\s+--hash=sha256:[0-9a-f]{{64}}", lock.lower())
               for name in pins)
