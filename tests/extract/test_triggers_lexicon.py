"""Every trigger entry's examples: in each, the entry's type must be the sentence's type."""

from __future__ import annotations

import pytest

from kartoteka.extract import lexicon, triggers

CASES = [(e["type"], example) for e in lexicon.load_file("triggers")["triggers"]
         for example in e["examples"]]


@pytest.mark.parametrize("event_type, example", CASES)
def test_each_trigger_example_is_told_as_its_type(event_type: str, example: str) -> None:
    best = triggers.best(triggers.find_triggers(example), example)
    assert best is not None and best.type == event_type, (example, best)


def test_every_trigger_entry_has_an_example() -> None:
    assert all(e["examples"] for e in lexicon.load_file("triggers")["triggers"])
