"""A corrected source is a new version of its document: reviews follow their claims."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kartoteka import pipeline
from kartoteka.cli import app
from kartoteka.export import records
from kartoteka.store import Store
from kartoteka.store.versions import moves

# our own chronicle of the Kronstadt rising (after Avrich, "Kronstadt 1921"), in three lines
FIRST = ("On 1 March 1921 the sailors of Kronstadt adopted the Petropavlovsk resolution.\n\n"
         "On 7 March 1921 the Red Army began its assault across the ice.\n\n"
         "On 18 March 1921 the Cheka shot some 2,000 rebels in Kronstadt.\n")
# the corrected file: a paragraph added on top, a typo fixed in one sentence, one removed
SECOND = ("A note on sources: the figures below are the editors' estimates.\n\n"
          "On 1 March 1921 the sailors of Kronstadt adopted the Petropavlovsk resolution.\n\n"
          "On 7 March 1921 the Red Army began it's assault across the ice.\n")


def _claims(store: Store) -> dict[str, dict]:
    return {m["date"]["start"]: m for m in records(store, "mentions")}


def test_a_corrected_source_keeps_the_decisions_on_its_claims(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "kronstadt.txt"
    path.write_text(FIRST, encoding="utf-8")
    pipeline.ingest(store, [path])
    before = _claims(store)
    resolution, assault, shooting = (before[d]["id"] for d in
                                     ("1921-03-01", "1921-03-07", "1921-03-18"))
    store.add_judgement("mention", resolution, "accepted", "ana")
    store.add_judgement("mention", assault, "edited", "ana", value={"type": "attack"})
    store.add_judgement("mention", shooting, "rejected", "ana")

    path.write_text(SECOND, encoding="utf-8")
    report = pipeline.ingest(store, [path])

    after = _claims(store)
    assert report.updated == ["kronstadt.txt"]
    # the unchanged sentence keeps its id and its decision, though its offsets moved
    assert after["1921-03-01"]["id"] == resolution
    assert after["1921-03-01"]["status"] == "accepted"
    assert after["1921-03-01"]["start"] > before["1921-03-01"]["start"]
    # the corrected sentence is a new claim; the reviewer's edit moved onto it
    assert after["1921-03-07"]["id"] != assault
    assert (after["1921-03-07"]["status"], after["1921-03-07"]["type"]) == ("edited", "attack")
    # the removed sentence's decision is reported, and kept on record
    assert [(name, u.kind, u.quote.split(" the ")[0]) for name, u in report.unmoved] == [
        ("kronstadt.txt", "mention", "On 18 March 1921")]
    assert len(store.judgements("mention")) == 3
    # one document, two versions, the first still readable
    assert [s["document"] for s in records(store, "sources")] == ["kronstadt.txt"]
    from kartoteka.store import queries as q
    versions = q.versions(store, "kronstadt.txt")
    assert [v["text"] for v in versions] == [FIRST, SECOND]
    assert versions[0]["replaced_at"] and versions[1]["replaced_at"] is None


def test_the_versions_of_a_source_on_the_command_line(tmp_path: Path) -> None:
    db, path = tmp_path / "k.db", tmp_path / "kronstadt.txt"
    runner = CliRunner()
    path.write_text(FIRST, encoding="utf-8")
    assert runner.invoke(app, ["--db", str(db), "ingest", str(path)]).exit_code == 0
    path.write_text(SECOND, encoding="utf-8")
    result = runner.invoke(app, ["--db", str(db), "ingest", str(path)])
    assert result.exit_code == 0 and "new version" in result.output
    listed = runner.invoke(app, ["--db", str(db), "source", "kronstadt.txt", "--versions"])
    assert listed.exit_code == 0 and "current" in listed.output
    first = runner.invoke(app, ["--db", str(db), "source", "kronstadt.txt", "--version", "1"])
    assert "shot some 2,000 rebels" in first.output
    missing = runner.invoke(app, ["--db", str(db), "source", "kronstadt.txt", "--version", "3"])
    assert missing.exit_code != 0 and "2 version(s)" in missing.output


def test_a_repeated_quote_moves_to_the_copy_nearest_where_it_stood() -> None:
    old = [{"id": "a", "quote": "The Cheka shot them.", "start": 900}]
    new = [{"id": "x", "quote": "The Cheka shot them.", "start": 10},
           {"id": "y", "quote": "The Cheka shot them.", "start": 950},
           {"id": "z", "quote": "Nothing like it at all.", "start": 500}]
    assert moves(old, new, 1000, 1000) == {"a": "y"}
    assert moves([{"id": "b", "quote": "Quite another sentence.", "start": 0}], new, 10, 10) == {
        "b": None}


def test_two_files_of_one_name_in_two_folders_are_two_sources(store: Store, tmp_path: Path) -> None:
    from kartoteka import views
    a, b = tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt"
    a.parent.mkdir()
    b.parent.mkdir()
    a.write_text("On 3 May 1921 the Cheka arrested 40 sailors in Kronstadt.\n", encoding="utf-8")
    b.write_text("On 9 June 1921 the Cheka shot 12 hostages in Tambov.\n", encoding="utf-8")
    pipeline.ingest(store, [a, b])
    assert sorted(s["document"] for s in records(store, "sources")) == ["b/notes.txt", "notes.txt"]
    a.write_text("On 3 May 1921 the Cheka arrested 41 sailors in Kronstadt.\n", encoding="utf-8")
    report = pipeline.ingest(store, [a])
    assert report.updated == ["notes.txt"]
    hits = views.search(store, "hostages")["items"]
    assert {h["document"] for h in hits} == {"b/notes.txt"}  # the other file's rows are intact


def test_a_file_named_two_ways_is_one_document(store: Store, tmp_path: Path,
                                               monkeypatch) -> None:
    path = tmp_path / "kronstadt.txt"
    path.write_text(FIRST, encoding="utf-8")
    pipeline.ingest(store, [path])
    path.write_text(SECOND, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = pipeline.ingest(store, [Path("kronstadt.txt")])
    assert report.updated == ["kronstadt.txt"]
    assert [s["document"] for s in records(store, "sources")] == ["kronstadt.txt"]
