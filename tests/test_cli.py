from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kartoteka.cli import app
from kartoteka.models import EVENT_TYPES, FIGURE_KINDS

runner = CliRunner()


def run(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def test_ingest_export_and_contract_shapes(db_path: Path, demo_corpus: Path,
                                           tmp_path: Path) -> None:
    result = run(db_path, "ingest", str(demo_corpus))
    assert result.exit_code == 0, result.output
    assert "12 new" in result.output
    out = tmp_path / "mentions.jsonl"
    assert run(db_path, "export", "mentions", "-o", str(out)).exit_code == 0
    texts = {}
    for line in out.read_text().splitlines():
        m = json.loads(line)
        assert {"id", "event_id", "document", "start", "end", "quote", "type", "date", "places",
                "actors", "figures", "status"} <= set(m)
        assert m["type"] in EVENT_TYPES and m["status"] == "machine"
        assert all(f["kind"] in FIGURE_KINDS for f in m["figures"])
        texts.setdefault(m["document"], []).append(m)
    from kartoteka.ingest import read_document
    for name, ms in texts.items():
        text = read_document(demo_corpus / name).text
        assert all(text[m["start"]:m["end"]] == m["quote"] for m in ms)
    events = [json.loads(x) for x in run(db_path, "export", "events").stdout.splitlines()]
    same_day = {e["title"]: e for e in events if e["date"]
                and e["date"]["start"] == "1918-08-30" and e["type"] == "assassination"}
    kaplan = [e for t, e in same_day.items() if "Kaplan" in t]
    uritsky = [e for t, e in same_day.items() if "Uritsky" in t]
    assert len(kaplan) == 1 and len(uritsky) == 1  # one day, two events, never merged
    assert kaplan[0]["documents"] == ["kaplan-attempt.txt", "red-terror-decree.md",
                                      "tcheka-review.html"]
    entities = [json.loads(x) for x in run(db_path, "export", "entities").stdout.splitlines()]
    cheka = next(e for e in entities if e["name"] == "Cheka")
    assert {"Cheka", "Tcheka", "VChK", "ЧК", "ВЧК"} <= set(cheka["aliases"])
    csv_out = run(db_path, "export", "sources", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("document,sha256,title,url,chars,mentions")
    # the events table is flat: numbers a spreadsheet can sort, no JSON in any cell
    import csv
    import io
    table = list(csv.DictReader(io.StringIO(run(db_path, "export", "events", "--format",
                                                "csv").stdout)))
    assert len(table) == len(events) and all(len(row) == len(table[0]) for row in table)
    assert not any("{" in cell for row in table for cell in row.values() if cell)
    kronstadt = next(r for r in table if r["killed_high"] and r["place"] == "Kronstadt")
    assert int(kronstadt["killed_high"]) >= int(kronstadt["killed_low"]) > 0
    assert float(kronstadt["latitude"]) > 59 and kronstadt["date_precision"] in (
        "year", "month", "day", "range")
    assert kronstadt["sources"] == str(len(kronstadt["documents"].split("; ")))
    timeline = json.loads(run(db_path, "export", "events", "--format", "timeline").stdout)
    assert timeline["events"] and "start_date" in timeline["events"][0]


def test_kronstadt_dispute_is_shown(db_path: Path, demo_corpus: Path) -> None:
    run(db_path, "ingest", str(demo_corpus))
    result = run(db_path, "disputes")
    assert result.exit_code == 0
    assert "figures.killed" in result.output


@pytest.mark.parametrize("name, content, reason", [
    ("missing.txt", None, "no such file or folder"),
    ("empty", "dir", "no supported files"),
    ("e.txt", b"", "empty file"),
    ("b.txt", bytes(range(256)), "binary content"),
    ("u.txt", b"\x81\x8d\x8f\x90\x9d" * 3 + b"\x00", "binary content"),
    ("f.md", b"---\na: [\n---\nx", "malformed front matter"),
    ("c.pdf", b"%PDF-1.7 broken", "not a readable PDF"),
])
def test_bad_input_one_line_exit_1_and_the_rest_still_ingested(
        db_path: Path, tmp_path: Path, name: str, content, reason: str) -> None:
    bad = tmp_path / name
    if content == "dir":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("On 12 April 1918 the Cheka arrested 500 anarchists in Moscow.")
    result = run(db_path, "ingest", str(bad), str(good))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert "1 new" in result.stdout
    sources = run(db_path, "export", "sources").stdout.splitlines()
    assert [json.loads(s)["document"] for s in sources] == ["good.txt"]


def test_unwritable_database_and_usage_errors(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "no" / "x.db"), "stats"])
    assert result.exit_code == 1 and "does not exist" in result.stderr
    assert runner.invoke(app, ["--db", str(tmp_path / "x.db"), "export", "nonsense"]).exit_code == 2


def test_every_command_has_an_example_in_its_help() -> None:
    commands = app.registered_commands + [c for g in app.registered_groups
                                          for c in g.typer_instance.registered_commands]
    for command in commands:
        assert "Example:" in (command.callback.__doc__ or ""), command.name


def test_user_add_then_login_works(db_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(db_path), "user", "add", "ada", "--role",
                                 "reviewer"], input="long enough pw\nlong enough pw\n")
    assert result.exit_code == 0, result.output
    from kartoteka.store import open_store
    from kartoteka.web.auth import authenticate

    assert authenticate(open_store(f"sqlite:///{db_path}"), "ada", "long enough pw") == {
        "name": "ada", "role": "reviewer"}


def test_entity_and_review_commands(db_path: Path, demo_corpus: Path) -> None:
    run(db_path, "ingest", str(demo_corpus))
    shown = run(db_path, "entity", "Fanni Kaplan")
    assert shown.exit_code == 0 and "Fanya Kaplan" in shown.stdout
    assert run(db_path, "entity", "Nobody At All").exit_code == 1
    mention = json.loads(run(db_path, "export", "mentions").stdout.splitlines()[0])
    assert run(db_path, "review", mention["id"], "reject").exit_code == 0
    again = json.loads(run(db_path, "export", "mentions").stdout.splitlines()[0])
    assert again["status"] == "rejected"
    for bad in ("1918-02-30", "zzzz", "1918-13", "1919/1918"):  # refused, nothing stored
        refused = run(db_path, "review", mention["id"], "edit", "--date", bad)
        assert refused.exit_code == 1 and "YYYY" in refused.output
    assert run(db_path, "review", mention["id"], "edit", "--date", "1918-09").exit_code == 0
    assert run(db_path, "ingest", str(demo_corpus)).exit_code == 0  # the rebuild still runs


def test_demo_builds_a_fresh_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "1921" in result.stdout and (tmp_path / "demo.db").exists()


def test_search_prints_a_source_text_that_looks_like_markup_as_text(db_path: Path,
                                                                    tmp_path: Path) -> None:
    doc = tmp_path / "markup.txt"
    doc.write_text("On 3 May 1919 the [/cyan] Cheka arrested [bold]40 workers in Kiev.\n")
    assert run(db_path, "ingest", str(doc)).exit_code == 0
    found = run(db_path, "search", "Cheka")
    assert found.exit_code == 0 and "[/cyan]" in found.stdout


def test_timeline_items_span_their_precision_and_slides_read_cleanly() -> None:
    from kartoteka.export.timeline import document
    from kartoteka.views import timeline_items
    year = {"id": "a", "title": "Founding", "type": "founding",
            "date": {"start": "1881", "end": "1881"}}
    siege = {"id": "b", "title": "Siege", "type": "attack",
             "date": {"start": "1921-03-01", "end": "1921-03-18"},
             "figures": [{"kind": "killed", "low": 681692, "high": 681692},
                         {"kind": "arrested", "low": 300, "high": None}], "documents": ["x.md"]}
    assert [(i["start"], i["end"]) for i in timeline_items([year, siege])] == [
        ("1881-01-01", "1882-01-01"), ("1921-03-01", "1921-03-19")]
    texts = [s["text"]["text"] for s in document([year, siege])["events"]]
    assert texts == ["", "killed: 681,692; arrested: at least 300. Sources: x.md"]


def test_disputes_says_so_when_there_are_none(db_path: Path, tmp_path: Path) -> None:
    doc = tmp_path / "one.txt"
    doc.write_text("On 3 May 1921 the Cheka arrested 40 sailors [/bold] in Kronstadt.\n")
    run(db_path, "ingest", str(doc))
    result = run(db_path, "disputes")
    assert result.exit_code == 0 and "no disputes" in result.output


def test_publish_writes_a_read_only_copy_without_accounts_or_notes(db_path: Path,
                                                                   demo_corpus: Path,
                                                                   tmp_path: Path) -> None:
    import asyncio
    import sqlite3

    from datasette.app import Datasette

    from kartoteka.store import open_store
    from kartoteka.web.auth import add_user

    run(db_path, "ingest", str(demo_corpus))
    store = open_store(f"sqlite:///{db_path}")
    add_user(store, "ada", "correct horse battery", "reviewer")
    claim = next(iter(json.loads(x) for x in run(db_path, "export", "mentions").stdout.splitlines()))
    store.add_judgement("mention", claim["id"], "accepted", "ada", note="private: ask Olga")
    store.close()
    site = tmp_path / "site"
    site.mkdir()
    result = run(db_path, "publish", str(site / "chronicle.db"))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(f"file:{site / 'chronicle.db'}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (0,)
        assert conn.execute("SELECT decision, note FROM judgements").fetchall() == [
            ("accepted", None)]
        assert conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH "
                            "'Kronstadt'").fetchone()[0] > 0
    assert os.stat(site / "chronicle.db").st_mode & 0o777 == 0o444  # read-only for everyone
    assert run(db_path, "publish", str(site / "chronicle.db")).exit_code != 0  # never overwrites
    meta = json.loads((site / "metadata.json").read_text())
    ds = Datasette([str(site / "chronicle.db")], immutables=[], metadata=meta)

    async def look() -> tuple[int, dict]:
        events = await ds.client.get("/chronicle/events.json?_shape=objects&_size=5")
        tables = await ds.client.get("/chronicle.json")
        return events.status_code, tables.json()

    status, listing = asyncio.run(look())
    assert status == 200
    shown = {t["name"] for t in listing["tables"] if not t["hidden"]}
    assert "events" in shown and "users" not in shown


def test_every_event_says_why_its_claims_were_linked_and_which_were_not(
        db_path: Path, demo_corpus: Path) -> None:
    run(db_path, "ingest", str(demo_corpus))
    events = [json.loads(x) for x in run(db_path, "export", "events").stdout.splitlines()]
    for e in events:  # no judgement here: every claim joined its event by a scored link
        assert len(e["links"]) >= len(e["mentions"]) - 1
        assert all({"a", "b", "score", "parts"} <= set(link) for link in e["links"])
    kaplan = next(e for e in events if e["type"] == "assassination" and "Kaplan" in e["title"])
    assert kaplan["links"] and all(link["parts"]["date"] > 0 for link in kaplan["links"])
    # Uritsky was killed the same day in Petrograd: the strongest candidate kept apart says so
    misses = {m["reason"].split(":")[0] for e in events for m in e["near_misses"]}
    assert "different place or victim" in misses
    shown = run(db_path, "event", kaplan["id"]).output
    assert "linked " in shown and "score" in shown


def test_an_entity_is_found_by_any_name_script_or_spelling(db_path: Path,
                                                           demo_corpus: Path) -> None:
    from kartoteka.store import open_store
    from kartoteka.views import entity_detail, find_entities

    run(db_path, "ingest", str(demo_corpus))
    store = open_store(f"sqlite:///{db_path}")
    for query in ("Kaplan", "Каплан", "fanny kaplan", "Fania Kaplan"):
        assert "Fanya Kaplan" in find_entities(store, query)[0]["aliases"], query
    assert "Felix Dzerzhinsky" in entity_detail(store, "Dzerzhinskii")["entity"]["aliases"]
    assert find_entities(store, "Tcheka")[0]["name"] == "Cheka"
    assert find_entities(store, "Uritskaya Street Bridge") == []
    store.close()


def test_a_table_of_claims_is_imported_row_by_row_or_not_at_all(db_path: Path,
                                                                tmp_path: Path) -> None:
    table = tmp_path / "chronology.csv"
    table.write_text(
        "Date,Type,Place,Description,Killed,Figures,Perpetrator,Source title\n"
        "1921-03-18,execution,Kronstadt,The Cheka shot rebels after the fortress fell,1200-2168,"
        ",Petrograd Cheka,Our chronology\n"
        "1919-03-12/1919-03-14,strike,Astrakhan,Striking workers were fired on,,"
        "killed:2000-4000; wounded:300-,,Our chronology\n", encoding="utf-8")
    assert run(db_path, "import", str(table)).exit_code == 0
    claims = sorted((json.loads(x) for x in run(db_path, "export", "mentions").stdout.splitlines()),
                    key=lambda m: m["date"]["start"])
    assert [(m["date"]["start"], m["type"], m["places"]) for m in claims] == [
        ("1919-03-12", "strike", ["Astrakhan"]), ("1921-03-18", "execution", ["Kronstadt"])]
    assert [(f["kind"], f["low"], f["high"]) for f in claims[0]["figures"]] == [
        ("killed", 2000, 4000), ("wounded", 300, None)]
    assert claims[1]["actors"][0]["name"] == "Petrograd Cheka"
    assert all(m["extractor"]["name"] == "import" for m in claims)
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Type,Description,Killed\n1921-13-01,execution,x,5\n"
                   "1921,massacre,y,5\n1921,execution,fine,7\n", encoding="utf-8")
    result = run(db_path, "import", str(bad))
    assert result.exit_code == 1
    assert "row 2: date" in result.output and "row 3: type 'massacre'" in result.output
    assert len(run(db_path, "export", "mentions").stdout.splitlines()) == 2  # nothing written


def test_events_as_acled_and_ucdp_rows(db_path: Path, demo_corpus: Path) -> None:
    import csv
    import io

    from kartoteka.export.datasets import ACLED, UCDP

    run(db_path, "ingest", str(demo_corpus))
    acled = list(csv.DictReader(io.StringIO(run(db_path, "export", "events", "--format",
                                                "acled").stdout)))
    assert list(acled[0]) == ACLED
    kronstadt = next(r for r in acled if r["location"] == "Kronstadt" and r["fatalities"])
    assert kronstadt["event_type"] and float(kronstadt["latitude"]) > 59
    assert int(kronstadt["fatalities"]) >= 1200 and kronstadt["year"] == "1921"
    ucdp = list(csv.DictReader(io.StringIO(run(db_path, "export", "events", "--format",
                                               "ucdp").stdout)))
    assert list(ucdp[0]) == UCDP
    row = next(r for r in ucdp if r["id"] == kronstadt["event_id_cnty"])
    assert int(row["low"]) <= int(row["best"]) <= int(row["high"])
    assert run(db_path, "export", "mentions", "--format", "acled").exit_code == 2


def test_entities_as_followthemoney_that_the_model_itself_accepts(db_path: Path,
                                                                  demo_corpus: Path) -> None:
    import json

    from followthemoney import model

    run(db_path, "ingest", str(demo_corpus))
    lines = run(db_path, "export", "entities", "--format", "ftm").stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    proxies = [model.get_proxy(row, cleaned=False) for row in rows]
    for row, proxy in zip(rows, proxies, strict=True):  # nothing the model refuses is dropped
        assert proxy.to_dict()["properties"] == {k: v for k, v in row["properties"].items()}
    by_id = {p.id: p for p in proxies}
    schemata = {p.schema.name for p in proxies}
    assert {"Document", "Person", "Organization", "Event"} <= schemata
    kaplan = next(p for p in proxies if p.schema.name == "Person"
                  and "Fanni Kaplan" in p.get("name"))
    assert "Fanya Kaplan" in kaplan.get("alias")
    event = next(p for p in proxies if p.schema.name == "Event" and kaplan.id in p.get("involved"))
    assert event.get("startDate") and event.get("description")
    assert all(by_id[d].schema.name == "Document" for d in event.get("proof"))
    assert run(db_path, "export", "events", "--format", "ftm").exit_code == 2
