"""Every lexicon entry carries an example; each example must do what its entry says."""

from __future__ import annotations

import pytest

from kartoteka.extract import lexicon
from kartoteka.extract.morphology import lemma
from kartoteka.extract.names import find_names

HEADS = [(lang, kind, entry) for lang in ("en", "ru")
         for kind, entries in lexicon.load(lang, "name_heads").items() if kind != "types"
         for entry in entries]


@pytest.mark.parametrize("lang, kind, entry", HEADS,
                         ids=[f"{lang}-{e['head']}" for lang, _, e in HEADS])
def test_a_name_head_makes_its_kind_of_name(lang: str, kind: str, entry: dict) -> None:
    found = find_names(entry["example"])
    heads = [n for n in found if n.type == kind and (
        n.form.lower().split()[-1] == entry["head"] if lang == "en"
        else entry["head"] in map(lemma, n.form.split()))]
    assert heads, (entry["example"], [(n.form, n.type) for n in found])
