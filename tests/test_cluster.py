"""Extraction on a Dask cluster (a LocalCluster here; a scheduler address in production)
lands the same claims as a local run, in the same order, and reports bad files the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartoteka import pipeline
from kartoteka.errors import StoreError
from kartoteka.store import open_store
from kartoteka.store import queries as q

distributed = pytest.importorskip("dask.distributed")


def _claims(db: Path) -> list[tuple]:
    store = open_store(f"sqlite:///{db}")
    try:
        return sorted((m["id"], m["document"], m["type"], m["date_start"], m["quote"])
                      for m in q.mention_dicts(store))
    finally:
        store.close()


def test_a_cluster_run_lands_what_a_local_run_does(demo_corpus: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in sorted(demo_corpus.iterdir()):
        if f.is_file():
            (corpus / f.name).write_bytes(f.read_bytes())
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")  # a bad file among good ones
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    expected = pipeline.ingest(local, [corpus])
    local.close()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = open_store(f"sqlite:///{tmp_path / 'cluster.db'}")
        report = pipeline.ingest(remote, [corpus], cluster=cluster.scheduler_address)
        remote.close()
    assert [n for n, _ in report.new] == [n for n, _ in expected.new] and report.new
    assert [(Path(p).name, r) for p, r in report.failed] == [("empty.txt", "empty file")]
    assert _claims(tmp_path / "cluster.db") == _claims(tmp_path / "local.db")


def test_an_unreachable_scheduler_is_one_clear_error(demo_corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CLUSTER_TIMEOUT", 1)
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    with pytest.raises(StoreError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        pipeline.ingest(store, [demo_corpus], cluster="tcp://127.0.0.1:9")
    assert store.counts()["documents"] == 0
    store.close()
