"""Every lexicon entry carries an example; each example must do what its entry says."""

from __future__ import annotations

import pytest

from kartoteka.extract import lexicon
from kartoteka.extract.morphology import lemma
from kartoteka.extract.names import act_of, find_names, is_episode
from kartoteka.resolve.normalize import event_key

HEADS = [(lang, kind, entry) for lang in ("en", "ru")
         for kind, entries in lexicon.head_lists(lang).items() for entry in entries]
ACTS = [entry for lang in ("en", "ru") for entry in lexicon.load(lang, "name_heads")["acts"]]


@pytest.mark.parametrize("lang, kind, entry", HEADS,
                         ids=[f"{lang}-{e['head']}" for lang, _, e in HEADS])
def test_a_name_head_makes_its_kind_of_name(lang: str, kind: str, entry: dict) -> None:
    found = find_names(entry["example"])
    heads = [n for n in found if n.type == kind and (
        n.form.lower().split()[-1] == entry["head"] if lang == "en"
        else entry["head"] in map(lemma, n.form.split()))]
    assert heads, (entry["example"], [(n.form, n.type) for n in found])


@pytest.mark.parametrize("entry", ACTS, ids=[e["head"] for e in ACTS])
def test_a_numbered_act_is_an_event_named_by_its_class_and_number(entry: dict) -> None:
    acts = [n for n in find_names(entry["example"]) if n.type == "event" and act_of(n.form)]
    assert acts, entry["example"]
    kind, number = act_of(acts[0].form)
    assert kind == entry["class"] and number in entry["example"]
    assert event_key(acts[0].form) == f"{kind} #{number}"


def test_one_order_in_two_languages_and_cases_has_one_key() -> None:
    forms = [n.form for text in ("The NKVD's operational order n° 00447 set quotas.",
                                 "Ежов подписал приказ НКВД № 00447 в июле.")
             for n in find_names(text) if n.type == "event"]
    assert len(forms) == 2 and len({event_key(f) for f in forms}) == 1


def test_a_period_is_no_episode() -> None:
    assert is_episode("the Shakhty Trial") and is_episode("Bloody Sunday")
    assert not is_episode("the Great Terror") and not is_episode("the Civil War")


CAPTIVES = lexicon.load("en", "people")["captives"]["examples"]


@pytest.mark.parametrize("example", CAPTIVES)
def test_captives_counted_in_camps_are_deported(example: str) -> None:
    from kartoteka.extract.figures import find_figures
    assert [f.kind for f in find_figures(example)] == ["deported"]


AGENTS = lexicon.load("en", "people")["agents"]["examples"]


@pytest.mark.parametrize("example", AGENTS)
def test_a_plural_of_agents_no_list_names_is_a_count_of_people(example: str) -> None:
    from kartoteka.extract.figures import find_figures
    assert find_figures(example), example


def test_a_plural_with_an_agents_ending_may_still_be_a_thing() -> None:
    from kartoteka.extract.figures import find_figures, is_agent_plural
    assert is_agent_plural("activists") and is_agent_plural("gunmen")
    assert not is_agent_plural("committees") and not is_agent_plural("lists")
    assert not find_figures("In 1931 the party dissolved 40 committees.")


COLLECTIVES = lexicon.load("en", "people")["collectives"]["examples"]


@pytest.mark.parametrize("example", COLLECTIVES)
def test_a_nations_word_before_its_bodies_is_no_persons_name(example: str) -> None:
    assert not [n for n in find_names(example) if n.type == "person"], example
