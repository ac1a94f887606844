from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kartoteka import pipeline
from kartoteka.errors import StoreError
from kartoteka.export import records
from kartoteka.store import Store, open_store
from kartoteka.store.schema import documents


def test_reingest_is_a_noop_and_gives_the_same_mentions(store: Store, demo_corpus: Path) -> None:
    first = pipeline.ingest(store, [demo_corpus])
    before = list(records(store, "mentions"))
    second = pipeline.ingest(store, [demo_corpus])
    assert len(first.new) == 12 and not first.failed
    assert second.new == [] and len(second.unchanged) == 12
    assert list(records(store, "mentions")) == before


def test_changed_file_replaces_its_old_version(store: Store, tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_text("On 12 April 1918 the Cheka arrested 500 anarchists in Moscow.")
    pipeline.ingest(store, [p])
    p.write_text("On 16 March 1919 the Cheka arrested 900 strikers in Petrograd.")
    pipeline.ingest(store, [p])
    rows = list(records(store, "mentions"))
    assert [m["date"]["start"] for m in rows] == ["1919-03-16"]
    assert [s["document"] for s in records(store, "sources")] == ["doc.txt"]


def test_two_events_of_one_type_and_date_in_one_sentence_are_both_kept(store: Store,
                                                                        tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_text("Uritsky was assassinated in Petrograd on 30 August 1918, and the same day "
                 "Fanny Kaplan made an attempt on Lenin's life in Moscow.")
    pipeline.ingest(store, [p])
    rows = list(records(store, "mentions"))
    assert sorted((m["type"], m["attempt"], m["places"]) for m in rows) == [
        ("assassination", False, ["Petrograd"]), ("assassination", True, ["Moscow"])]
    assert len({m["event_id"] for m in rows}) == 2, "Uritsky's death and the attempt on Lenin"


def test_failure_inside_a_document_leaves_no_partial_rows(store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "doc.txt"
    p.write_text("On 12 April 1918 the Cheka arrested 500 anarchists in Moscow.")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.q, "document_ids", broken)  # resolve runs after save
    monkeypatch.setattr(Store, "_write_claims", lambda *a, **k: broken())
    with pytest.raises(RuntimeError):
        pipeline.ingest(store, [p])
    with store.read() as conn:
        assert conn.execute(select(documents)).all() == []


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_store(f"sqlite:///{db_path}").close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(StoreError, match="newer than this kartoteka knows"):
        open_store(f"sqlite:///{db_path}")


def test_unwritable_locations_are_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path}/missing/dir/x.db")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(StoreError, match="not writable"):
            open_store(f"sqlite:///{locked}/x.db")
    finally:
        locked.chmod(0o700)


def test_judgements_survive_reextraction(store: Store, tmp_path: Path) -> None:
    from kartoteka.views import review_mention

    p = tmp_path / "doc.txt"
    p.write_text("On 12 April 1918 the Cheka arrested 500 anarchists in Moscow.")
    pipeline.ingest(store, [p])
    (m,) = records(store, "mentions")
    review_mention(store, m["id"], "edit", "ada", type="raid")
    with store.transaction() as conn:  # simulate a re-extraction of the same content
        conn.execute(documents.delete())
    pipeline.ingest(store, [p])
    (again,) = records(store, "mentions")
    assert again["id"] == m["id"] and again["type"] == "raid" and again["status"] == "edited"


def test_parallel_ingest_gives_the_same_claims(tmp_path: Path, demo_corpus: Path) -> None:
    one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    two = open_store(f"sqlite:///{tmp_path / 'two.db'}")
    pipeline.ingest(one, [demo_corpus], workers=1)
    report = pipeline.ingest(two, [demo_corpus], workers=2)
    assert len(report.new) == 12
    assert list(records(one, "mentions")) == list(records(two, "mentions"))
    assert list(records(one, "events")) == list(records(two, "events"))


def test_an_interrupted_rebuild_is_finished_by_the_next_run(store: Store, demo_corpus: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    real = pipeline.relink

    def interrupted(_store: Store) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "relink", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.ingest(store, [demo_corpus])
    assert store.derived_stale() and store.counts()["events"] == 0
    monkeypatch.setattr(pipeline, "relink", real)
    again = pipeline.ingest(store, [demo_corpus])
    assert again.new == [] and not store.derived_stale() and store.counts()["events"] > 0


def test_a_rejected_claim_leaves_its_event(store: Store, tmp_path: Path) -> None:
    from kartoteka.views import review_mention

    p = tmp_path / "doc.txt"
    p.write_text("On 12 April 1918 the Cheka arrested 500 anarchists in Moscow.")
    pipeline.ingest(store, [p])
    (m,) = records(store, "mentions")
    assert m["event_id"] and store.counts()["events"] == 1
    review_mention(store, m["id"], "reject", "ada")
    (again,) = records(store, "mentions")
    assert again["status"] == "rejected" and again["event_id"] is None
    assert store.counts()["events"] == 0


def test_a_store_from_the_first_schema_is_upgraded_in_place(db_path: Path, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{db_path}")
    store.close()
    with sqlite3.connect(db_path) as conn:  # as the first release left it
        conn.execute("ALTER TABLE mentions DROP COLUMN places_carried")
        conn.execute("DROP INDEX ix_document_versions_path")
        conn.execute("DROP TABLE document_versions")
        conn.execute("ALTER TABLE documents DROP COLUMN lineage")
        conn.execute("DROP INDEX ix_person_records_list")
        conn.execute("DROP TABLE person_records")
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    p = tmp_path / "doc.txt"
    p.write_text("In 1919 the Cheka raided the Putilov works in Petrograd.")
    store = open_store(f"sqlite:///{db_path}")
    pipeline.ingest(store, [p])
    assert [m["places"] for m in records(store, "mentions")] == [["Petrograd"]]
    store.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert conn.execute("SELECT lineage = sha256 FROM documents").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM person_records").fetchone() == (0,)


def test_a_stored_claim_with_an_impossible_date_never_stops_a_rebuild(store, tmp_path) -> None:
    from sqlalchemy import update

    from kartoteka.pipeline import ingest, rebuild
    from kartoteka.store.schema import mentions

    doc = tmp_path / "a.txt"
    doc.write_text("On 5 September 1918 the Sovnarkom decreed the Red Terror.\n", encoding="utf-8")
    ingest(store, [doc])
    with store.engine.begin() as conn:
        conn.execute(update(mentions).values(date_start="1918-02-30", date_end="1918-02-30"))
    rebuild(store)
    assert not store.derived_stale()
    assert store.counts()["events"] >= 1


def test_two_first_ingests_into_a_new_store_both_land(tmp_path: Path) -> None:
    import subprocess
    import sys

    folders = []
    for name, sentence in (("a", "On 3 May 1921 the Cheka arrested {} sailors in Kronstadt."),
                           ("b", "On 9 June 1937 the NKVD shot {} prisoners in Moscow.")):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(3):
            (folder / f"{name}{i}.txt").write_text(sentence.format(10 + i), encoding="utf-8")
        folders.append(folder)
    db = tmp_path / "new.db"
    code = ("import sys; from kartoteka import pipeline; from kartoteka.store import open_store; "
            "pipeline.ingest(open_store(sys.argv[1]), [sys.argv[2]])")
    runs = [subprocess.Popen([sys.executable, "-c", code, f"sqlite:///{db}", str(f)],
                             stderr=subprocess.PIPE, text=True) for f in folders]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read()
    store = open_store(f"sqlite:///{db}")
    assert store.counts()["documents"] == 6
    store.close()


def test_a_rebuild_rewrites_only_the_derived_rows_that_change(store: Store, demo_corpus: Path,
                                                              tmp_path: Path) -> None:
    from sqlalchemy import text as sql

    pipeline.ingest(store, [demo_corpus])

    def rowids() -> dict[str, dict[str, int]]:
        with store.read() as conn:
            return {t: dict(conn.execute(sql(f"SELECT id, rowid FROM {t}")).all())
                    for t in ("events", "entities")}

    before = rowids()
    pipeline.rebuild(store)
    assert rowids() == before  # nothing changed, nothing written
    extra = tmp_path / "extra.txt"
    extra.write_text("On 9 June 1937 the NKVD shot 12 prisoners in Minsk.\n", encoding="utf-8")
    pipeline.ingest(store, [extra])
    after = rowids()
    kept = {i for i, r in before["events"].items() if after["events"].get(i) == r}
    assert len(after["events"]) == len(before["events"]) + 1 and kept
