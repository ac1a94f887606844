"""Shared fixtures: a fresh database per test, the demo corpus, and ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartoteka.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "examples" / "corpus"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = open_store(f"sqlite:///{db_path}")
    yield s
    s.close()


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside the project (seed corpus and gold unavailable)")
    return SHARED


@pytest.fixture
def demo_corpus() -> Path:
    return DEMO
