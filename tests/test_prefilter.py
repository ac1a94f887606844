"""The prefilter must give exactly the matches `re` gives: it only skips offsets where no
match can begin. Checked on the extractors' own patterns over real and generated text."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartoteka.extract import dates, figures, names, sentences, triggers
from kartoteka.extract.prefilter import _RARE, Prefilter, Prefiltered, finditer

EXAMPLES = Path(__file__).parent.parent / "examples" / "corpus"
PATTERNS = [rx for _, rx in dates.PATTERNS] + [
    re.compile(r"\b(?:the\s+)?(?P<d>[0-3]?\d)\s+(?:of\s+)?(?P<m>May|June)"),
    re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})+"),
    re.compile(r"^[•-]?\s*(?:March|April)(?=:)"),
    re.compile(r"(?i:shot)\s+\d+"),
]
# words and marks the patterns care about, for texts that hit them often
VOCAB = ["the", "of", "on", "in", "from", "between", "and", "to", "March", "May", "June",
         "Sept.", "сентября", "1918", "1921", "12", "3", "30th", "1,000", "10.000", "O.S.",
         "(", ")", "[", "]", "–", "-", ",", ".", ":", "•", "\n", "\t", "  ", "\r\n", "\xa0", "١٩١٨", "shot",
         "Shot", "killed", "hundreds", "of", "thousands", "a", "dozen", "later", "yesterday",
         "İstanbul", "x1918", "_12"]


ALL = Prefilter(PATTERNS)


def same(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> None:
    assert [m.span() for m in finditer(pattern, text, starts)] == \
        [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join))
def test_the_same_matches_as_re_on_any_mix_of_date_words(text: str) -> None:
    starts = ALL.starts(text)
    for pattern, found in zip(PATTERNS, starts, strict=True):
        same(pattern, text, found)


def test_the_same_matches_as_re_on_the_example_corpus() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir())
             if p.suffix in (".txt", ".md")]
    assert texts
    checked = 0
    for text in texts:
        for sent in sentences.split(text):
            for pattern, found in zip(PATTERNS, ALL.starts(sent.text), strict=True):
                same(pattern, sent.text, found)
                checked += 1
    assert checked > 1000


def test_candidates_are_few_and_skip_word_insides() -> None:
    year = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")
    text = "In 1918 the x1918 file listed 21918 names and 2019 more."
    found = Prefilter([year]).starts(text)[0]
    assert found == [text.index("1918"), text.index("2019")]  # not inside "x1918" or "21918"
    same(year, text, found)


def test_an_ascii_word_boundary_is_not_read_as_a_unicode_one() -> None:
    year = re.compile(r"\b1918\b", re.ASCII)
    text = "é1918 and 1918"  # "é" is no word character for an ASCII pattern
    same(year, text, Prefilter([year]).starts(text)[0])


def test_a_pattern_anchored_at_the_start_is_tried_there_only() -> None:
    lead = re.compile(r"^[•-]?\s*(?:March|April)(?=:)")
    assert Prefilter([lead]).starts("March: strikes. April: more")[0] == (0,)


def test_patterns_without_a_literal_start_are_scanned_in_full() -> None:
    any_word = re.compile(r"\w+ed\b")
    ignoring_case = re.compile(r"shot", re.I)
    starts = Prefilter([any_word, ignoring_case]).starts("They were arrested and shot.")
    assert starts == [None, None]


def test_every_digit_and_space_outside_ascii_is_known() -> None:
    everything = {c for c in map(chr, range(128, sys.maxunicode + 1)) if c.isdecimal() or c.isspace()}
    assert everything == _RARE


def test_digits_and_spaces_outside_ascii_fall_back_to_a_full_scan() -> None:
    year = re.compile(r"\b\d{4}\b")
    for text in ("في ١٩١٨ began", "on 5\u2003May 1918"):
        found = Prefilter([year]).starts(text)[0]
        assert found is None
        same(year, text, found)
    assert [m.group() for m in finditer(year, "في ١٩١٨", None)] == ["١٩١٨"]


@pytest.mark.parametrize("text", [
    "The Cheka SHOT 500 hostages; Dzerzhinsky ordered arrests.",
    "İstanbul: 30 were executed",  # lower-casing lengthens "İ": the re.I fallback
    "Расстреляно 500 человек, арестовано 300.",
])
def test_caseless_matches_as_re_ignorecase(text: str) -> None:
    for source in (triggers._ALTERNATION, figures._NUM_PATTERN):
        caseless = Prefiltered(source, ignore_case=True)
        expected = [m.span() for m in re.compile(source, re.I).finditer(text)]
        assert [m.span() for m in caseless.finditer(text)] == expected


def test_the_shared_scan_falls_back_when_lower_casing_lengthens_a_text() -> None:
    dotted, plain = "İstanbul, 1920: 30 officers were executed", "Istanbul, 1920: 30 officers were executed"
    assert len(dotted.lower()) > len(dotted)
    for read in (triggers.find_triggers, figures.find_figures):
        assert read(dotted) == read(plain)
    assert [(f.low, f.kind) for f in figures.find_figures(dotted)] == [(30, "killed")]


def test_extractors_use_it_and_still_find_what_they_did() -> None:
    text = "On 5 September 1918 the Cheka shot some 500 hostages in Petrograd."
    assert [(t.type, t.text) for t in triggers.find_triggers(text)] == [
        ("execution", "shot some 500 hostages")]
    assert [(f.low, f.kind) for f in figures.find_figures(text)] == [(500, "killed")]  # what befell them
    assert [d.text for d in dates.find_dates(text)] == ["5 September 1918"]
    assert {n.form for n in names.find_names(text)} >= {"Cheka", "Petrograd"}


def test_sentences_read_in_parallel_threads_keep_their_own_candidates() -> None:
    """Trigger words, numbers and kind words share one scan per text, kept per thread."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"On {d} May 1919 the Cheka shot {n} hostages and arrested {n + 7} workers."
             for d in range(1, 29) for n in (12, 300, 4500)]

    def read(text: str) -> tuple[list[str], list[int | None]]:
        return ([t.type for t in triggers.find_triggers(text)],
                [f.low for f in figures.find_figures(text)])

    alone = [read(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(read, texts * 3)) == alone * 3


def test_a_case_blind_pattern_with_a_capital_letter_is_refused_not_left_to_fail() -> None:
    from kartoteka.extract.prefilter import Prefiltered
    assert list(Prefiltered(r"\bussr\b", ignore_case=True).finditer("the USSR fell"))
    with pytest.raises(ValueError, match="lower case"):
        Prefiltered(r"\bUSSR\b", ignore_case=True)
    assert Prefiltered(r"\bUSSR\b").search("the USSR fell")  # case-sensitive: as written
