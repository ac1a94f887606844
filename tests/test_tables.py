"""Statistics tables: rows with a year and counts become dated events with typed figures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kartoteka.extract.rules import RuleExtractor
from kartoteka.ingest import read_document
from kartoteka.models import Document

TABLE = ("Death sentences, 1930–1938, as published from the archives.\n\n"
         "| Year | Sentenced | Of whom shot |\n|------|-----------|--------------|\n"
         "| 1930 | 208,069 | 20,201 |\n| 1937 | 790,665 | 353,074 |\n\n"
         "In 1937 the Cheka's successor arrested hundreds of thousands.\n")


def rows(doc: Document) -> list[tuple[str, str, list[tuple[int, str]]]]:
    return [(m.date.start, m.type, [(f.low, f.kind) for f in m.figures])
            for m in RuleExtractor().extract(doc).mentions if m.quote.startswith("|")]


def test_a_markdown_table_row_is_a_dated_event_counted_by_its_columns() -> None:
    doc = Document("t.md", "t.md", TABLE, "0", "md")
    assert rows(doc) == [("1930", "execution", [(208069, "other"), (20201, "killed")]),
                         ("1937", "execution", [(790665, "other"), (353074, "killed")])]
    mentions = RuleExtractor().extract(doc).mentions
    assert all(doc.text[f.start:f.end] == f.quote for m in mentions for f in m.figures)
    assert not any("| Year |" in m.quote for m in mentions), "the header row tells no event"
    assert mentions[-1].quote.startswith("In 1937"), "prose after the table is still read"


def test_html_tables_keep_their_columns_and_an_infobox_stays_prose(tmp_path: Path) -> None:
    p = tmp_path / "t.html"
    p.write_text("<main><table><tr><th>Year</th><th>Arrested</th><th>Shot</th></tr>"
                 "<tr><td>1937</td><td>936,750</td><td>353,074</td></tr></table>"
                 "<table><tr><th>Date</th><td>1–18 March 1921</td></tr>"
                 "<tr><th>Casualties</th><td>about 1,000 rebels killed</td></tr></table>"
                 "<ul><li><p>Nested paragraphs are told once.</p></li></ul></main>",
                 encoding="utf-8")
    doc = read_document(p)
    assert doc.text.count("Nested paragraphs") == 1
    assert rows(doc)[0] == ("1937", "execution", [(936750, "arrested"), (353074, "killed")])
    casualties = [m for m in RuleExtractor().extract(doc).mentions if "Casualties" in m.quote]
    assert [(m.date.start, m.date.end, m.figures[0].low) for m in casualties] == [
        ("1921-03-01", "1921-03-18", 1000)]


FRAGMENTS = ["| ", " |", "|---|", "\n", "\n\n", "1937", "1,200", "12 March 1918", "Year",
             "Shot", "Arrested", "the Cheka", " and ", "executed", ". ", "—", "(O.S.)", "20 000"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_mix_of_tables_and_prose_extracts_with_exact_spans(parts: list[str]) -> None:
    text = "".join(parts)
    extraction = RuleExtractor().extract(Document("t.md", "t.md", text, "0", "md"))
    for m in extraction.mentions:
        assert text[m.start:m.end] == m.quote
        assert all(text[f.start:f.end] == f.quote for f in m.figures)
        if m.date and m.date.as_written and not m.date.carried:
            assert m.date.as_written in text


def test_a_table_without_a_header_keeps_its_first_row() -> None:
    doc = Document("t.md", "t.md", "Shot by year:\n\n| 1937 | 353,074 |\n| 1938 | 328,618 |\n",
                   "0", "md")
    assert [(d, [low for low, _ in figs]) for d, _, figs in rows(doc)] == [
        ("1937", [353074]), ("1938", [328618])]


def test_a_chronology_tables_row_says_what_happened_where_and_may_give_a_range() -> None:
    # our own table of three events, in the layout chronology pages use
    text = ("| Date | Place | Event | Deaths |\n|---|---|---|---|\n"
            "| 2 October 1968 | Mexico City | Army fires on a student rally | 44–400 |\n"
            "| 11 September 1973 | Santiago | Military coup against the president | 2 |\n"
            "| October 1973 | Chile | Executions of prisoners | c. 97 |\n")
    got = [(m.date.start, m.type, m.places, [(f.kind, f.low, f.high) for f in m.figures])
           for m in RuleExtractor().extract(Document("t.md", "t.md", text, "0", "md")).mentions]
    assert got == [("1968-10-02", "killing", ["Mexico City"], [("killed", 44, 400)]),
                   ("1973-09-11", "uprising", ["Santiago"], [("killed", 2, 2)]),
                   ("1973-10", "execution", ["Chile"], [("killed", 97, 97)])]


def test_a_place_column_names_a_small_town_and_notes_do_not_type_the_row() -> None:
    # our own rows: a town too small to be a place without a word of where, and a remark
    # that tells what came later
    text = ("| Date | Place | Deaths | Notes |\n|---|---|---|---|\n"
            "| 2 June 1962 | Novocherkassk | 26 | seven strikers later sentenced to death |\n"
            "| 9 April 1989 | Tbilisi | 21 | the rally broken up with spades |\n")
    got = [(m.date.start, m.type, m.places)
           for m in RuleExtractor().extract(Document("t.md", "t.md", text, "0", "md")).mentions]
    assert got == [("1962-06-02", "killing", ["Novocherkassk"]),
                   ("1989-04-09", "killing", ["Tbilisi"])]
