"""One contract, every backend: SQLite always, PostgreSQL when KARTOTEKA_TEST_PG names a
database (.ci/run starts one). The same ingest must give the same claims on both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from kartoteka import pipeline
from kartoteka.config import database_url
from kartoteka.errors import StoreError
from kartoteka.export import records
from kartoteka.store import open_store
from kartoteka.views import query_events, search

PG = os.environ.get("KARTOTEKA_TEST_PG")


def _fresh_pg() -> str:
    url = database_url(PG)
    store = open_store(url)
    with store.transaction() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    store.close()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'contract.db'}"
    if not PG:
        pytest.skip("set KARTOTEKA_TEST_PG=postgresql://… to run the PostgreSQL contract")
    return _fresh_pg()


def test_store_contract(backend_url: str, demo_corpus: Path, tmp_path: Path) -> None:
    store = open_store(backend_url)
    first = pipeline.ingest(store, [demo_corpus])
    assert len(first.new) == 12 and not first.failed
    again = pipeline.ingest(open_store(backend_url), [demo_corpus])
    assert again.new == [] and len(again.unchanged) == 12
    total, rows = query_events(store, date_from="1921-03", date_to="1921-03")
    assert total == len(rows) >= 3
    found = search(store, "Kronstadt")
    assert found["ranked"] and any("Kronstadt" in h["snippet"] for h in found["items"])
    reference = open_store(f"sqlite:///{tmp_path / 'reference.db'}")
    pipeline.ingest(reference, [demo_corpus])
    assert list(records(store, "mentions")) == list(records(reference, "mentions"))
    assert list(records(store, "entities")) == list(records(reference, "entities"))


def test_unreachable_server_is_one_clear_line() -> None:
    with pytest.raises(StoreError) as info:
        open_store(database_url("postgresql://kt:secret@127.0.0.1:9/nowhere"))
    message = str(info.value)
    assert "\n" not in message and "secret" not in message and "cannot open database" in message
