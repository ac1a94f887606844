from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kartoteka.errors import InputError
from kartoteka.ingest import discover, read_document


def test_markdown_front_matter_becomes_metadata_and_syntax_does_not_leak(tmp_path: Path) -> None:
    p = tmp_path / "note.md"
    p.write_text("---\ntitle: A note\nurl: https://example.org/n\nauthor: Ada\nkind: secondary\n"
                 "---\n![[image.jpg]]\n# Heading\nThe **Cheka** was *created* in [1917](x).\n"
                 "> quoted line\n", encoding="utf-8")
    doc = read_document(p)
    assert (doc.title, doc.url, doc.author, doc.kind) == ("A note", "https://example.org/n",
                                                          "Ada", "secondary")
    assert doc.text == "Heading\nThe Cheka was created in 1917.\nquoted line\n"


def test_html_keeps_main_text_title_and_canonical_url(demo_corpus: Path) -> None:
    doc = read_document(demo_corpus / "tcheka-review.html")
    assert doc.title == "Review: the Tcheka and the year 1918"
    assert doc.url == "https://example.org/reviews/tcheka-1918"
    assert "Fanni Kaplan shot and wounded Lenin" in doc.text
    assert "console.log" not in doc.text and "Home" not in doc.text


def test_html_footnote_marks_do_not_reach_the_text(tmp_path: Path) -> None:
    p = tmp_path / "wiki.html"
    p.write_text("<html><body><p>The Cheka was founded in 1917.<sup>[1]</sup> It grew.<sup>"
                 "[citation needed]</sup> Sailors<sup>a</sup> rose.</p></body></html>",
                 encoding="utf-8")
    assert read_document(p).text == "The Cheka was founded in 1917. It grew. Sailors a rose.\n"


def test_pdf_text_and_page_offsets(demo_corpus: Path) -> None:
    doc = read_document(demo_corpus / "kronstadt-rebellion.pdf")
    assert doc.format == "pdf" and doc.meta["page_offsets"] == [0]
    assert "between 1,200 and 2,168 rebels" in " ".join(doc.text.split())


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "cp1251.txt"
    p.write_bytes("ВЧК была создана 20 декабря 1917 года. Председателем стал Дзержинский."
                  .encode("cp1251"))
    assert "декабря 1917" in read_document(p).text


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", bytes(range(256)) * 4, "binary content, not text"),
    ("bad.md", b"---\ntitle: [unclosed\n---\ntext", "malformed front matter"),
    ("open.md", b"---\ntitle: x\ntext without end", "malformed front matter"),
    ("corrupt.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
])
def test_bad_files_raise_one_clear_error(tmp_path: Path, name: str, content: bytes,
                                         reason: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(p)
    assert str(info.value).startswith(f"{p}: {reason}")


def test_discover_walks_folders_and_refuses_empty_ones(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("text")
    (tmp_path / "a" / "skip.jpg").write_bytes(b"x")
    (tmp_path / "empty").mkdir()
    assert [p.name for p in discover([tmp_path / "a"])] == ["x.txt"]
    with pytest.raises(InputError, match="no supported files"):
        list(discover([tmp_path / "empty"]))
    with pytest.raises(InputError, match="no such file"):
        list(discover([tmp_path / "missing"]))



@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html", ".pdf"]))
def test_any_bytes_give_a_document_or_one_clear_error(tmp_path: Path, data: bytes,
                                                      suffix: str) -> None:
    p = tmp_path / f"random{suffix}"
    p.write_bytes(data)
    try:
        doc = read_document(p)
    except InputError as exc:
        assert str(exc).startswith(str(p)) and "\n" not in str(exc)
    else:
        assert doc.text.strip() and len(doc.sha256) == 64


def test_pdf_words_broken_at_line_ends_are_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "In 1919 the Cheka carried out mass execu-\ntions near Brest-\nLitovsk.")
    path = tmp_path / "broken.pdf"
    pdf.output(str(path))
    text = read_document(path).text
    assert "mass executions" in text and "Brest-Litovsk" in text


def test_markdown_keeps_the_nesting_of_bullets(tmp_path: Path) -> None:
    p = tmp_path / "n.md"
    p.write_text("- 1918: the Red Terror\n  - 5 September: the decree\n", encoding="utf-8")
    assert read_document(p).text == "• 1918: the Red Terror\n  • 5 September: the decree\n"


def test_hostile_files_are_refused_with_a_reason_and_the_good_one_lands(tmp_path: Path) -> None:
    """A pipe, a link to a device, a link loop, a YAML alias bomb and a broken PDF are each
    one failed file; the good file beside them is ingested, a NUL byte deep in a text kept."""
    import os

    from kartoteka import pipeline
    from kartoteka.store import open_store

    (tmp_path / "good.txt").write_text("On 5 September 1918 the Cheka shot 500 hostages.\n")
    (tmp_path / "nul.txt").write_text("x" * 5000 + "\0" + " On 5 May 1919 the Cheka arrested "
                                      "30 people in Kiev.\n")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    laughs = "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
                     for p, c in zip("abcdef", "bcdefg", strict=True))
    (tmp_path / "bomb.md").write_text(f"---\na: &a [x, x, x, x, x, x, x, x, x]\n{laughs}---\n"
                                      "On 1 May 1919 arrests.\n")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    store = open_store(f"sqlite:///{tmp_path / 'k.db'}")
    report = pipeline.ingest(store, [tmp_path])
    reasons = dict((Path(p).name, r) for p, r in report.failed)
    assert sorted(n for n, _ in report.new) == ["good.txt", "nul.txt"]
    assert set(reasons) == {"pipe.txt", "zero.txt", "a.txt", "b.txt", "bomb.md", "broken.pdf"}
    assert "regular file" in reasons["pipe.txt"] and "link loop" in reasons["a.txt"]
    assert "aliases" in reasons["bomb.md"] and "PDF" in reasons["broken.pdf"]
    assert "Kiev" in read_document(tmp_path / "nul.txt").text


def test_a_word_broken_at_a_lines_end_is_made_whole(tmp_path: Path) -> None:
    from kartoteka.ingest import read_document
    p = tmp_path / "scan.txt"
    p.write_text("In 1937 the NKVD arrested the Komso-\nmol leaders, a well-\nknown group; "
                 "a well-known fact.\n", encoding="utf-8")
    text = read_document(p).text
    assert "Komsomol leaders" in text and "a well-known group" in text


def test_words_run_together_are_parted_and_words_built_on_names_are_not(tmp_path) -> None:
    from kartoteka.ingest.text import unglued

    text = ("After Kirov was killed, Joseph Stalininstituted a law. In 1936 Stalin made "
            "Nikolai Yezhovhead of the NKVD, and the NKVDpower grew. Stalinist Leningrad "
            "and Stalingrad remember; Theodor and Trotskyism stay whole. Yezhov fell.")
    assert unglued(text) == text.replace("Stalininstituted", "Stalin instituted").replace(
        "Yezhovhead", "Yezhov head").replace("NKVDpower", "NKVD power")


def test_the_examples_of_words_kept_whole_stay_whole() -> None:
    from kartoteka.extract.lexicon import load_file
    from kartoteka.ingest.text import unglued

    for group in load_file("en/glued").values():
        for example in group["examples"]:
            assert unglued(example) == example, example


def test_petersburg_in_any_script_is_one_place() -> None:
    from kartoteka.extract import places
    assert places.label("Петербурге", "в ") == places.label("St Petersburg", "in ") == \
        places.label("Petersburg", "in ")


def test_a_town_s_former_and_foreign_names_are_the_town() -> None:
    from kartoteka.extract import places
    assert places.label("Kishinev", "in ") == places.label("Кишинёве", "в ") == \
        places.label("Kishineff", "in ") == "Chisinau"
    assert places.label("Tiflis", "in ") == "Tbilisi"
    assert places.label("Vilna", "in ") == places.label("Wilno", "in ") == "Vilnius"
    assert places.label("Sverdlovsk", "in ") == "Yekaterinburg"  # the larger of two Sverdlovsks
    # the soft sign's apostrophe, written or left out
    assert places.label("Medvezhyegorsk", "in ") == places.label("Медвежьегорске", "в ")


def test_a_town_named_after_a_man_is_the_man_unless_a_word_says_where() -> None:
    from kartoteka.extract import places
    assert places.lookup("Молотов", "В 1939 году ") is None  # "Молотов подписал …"
    assert places.lookup("Молотове", "арестовали в ") is not None  # Perm, then
    assert places.lookup("Kalinin", "signed by ") is None


def test_a_place_takes_the_gazetteers_name_without_a_locative_word() -> None:
    from kartoteka.extract import places
    # an infobox cell "Место | Новочеркасск" and running text "в Новочеркасске" agree
    assert places.label("Новочеркасск", "| ") == places.label("Новочеркасске", "в ") == \
        "Novocherkassk"


def test_russian_stress_marks_are_dropped_and_latin_accents_kept(tmp_path) -> None:
    from kartoteka.ingest import read_document
    path = tmp_path / "s.txt"
    path.write_text("Кенги\u0301рское восста\u0301ние; Jose\u0301 Martí.", encoding="utf-8")
    assert read_document(path).text == "Кенгирское восстание; Jose\u0301 Martí."
