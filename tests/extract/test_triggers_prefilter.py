"""Every trigger pattern opens with literal strings: the one alternation all of them form is
scanned once per sentence from those strings, and a single pattern without them (a leading
`\\w+`) would send every sentence to a full scan (extraction ran a fifth slower once)."""

from __future__ import annotations

import pytest

from kartoteka.extract.figures import KIND_VERBS
from kartoteka.extract.prefilter import has_prefixes
from kartoteka.extract.triggers import TRIGGERS

PATTERNS = [group for _, _, group in TRIGGERS] + [rx for _, rx in KIND_VERBS]


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p[:40] for p in PATTERNS])
def test_each_lexicon_pattern_opens_with_literals(pattern: str) -> None:
    assert has_prefixes(pattern), pattern[:120]


def test_a_leading_word_class_has_none() -> None:
    assert not has_prefixes(r"\w+ский\s+расстрел")
    assert has_prefixes(r"(?<=ский\s)расстрел\w*")
