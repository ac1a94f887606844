import pytest

from kartoteka.extract.triggers import best, find_triggers, modality


def kind(text: str) -> str | None:
    t = best(find_triggers(text), text)
    return t.type if t else None


@pytest.mark.parametrize("text, expected", [
    ("the Bolsheviks established the Cheka", "founding"),
    ("the Cheka executed 800 anarchists", "execution"),
    ("the Bolsheviks attacked 26 anarchist centers, killing dozens and arresting 500", "attack"),
    ("the Tambov peasant rebellion began", "uprising"),
    ("women workers in Tula went on strike", "strike"),
    ("the assassination of Uritsky", "assassination"),
    ("they banned the anarchist press", "ban"),
    ("Lenin issued his hanging order", "decree"),
    ("holding family members hostage", "hostage_taking"),
    ("they were sent to concentration camps", "deportation"),
    ("Malinovsky was tried and sentenced", "trial"),
    ("ВЧК получила право расстрела", "execution"),
    ("the Bolsheviks signed a humiliating peace treaty with Germany", "other"),
    # a participle that describes the victims, modifiers between ("striking gold miners")
    ("the massacre of striking gold miners in 1912", "killing"),
    # fire on a crowd is a killing, not an execution; a massacre's name in Russian
    ("troops shot the demonstrating students", "killing"),
    ("Новочеркасский расстрел произошёл в 1962 году", "killing"),
    ("в 1921 году чекисты расстреляли 12 рабочих", "execution"),
])
def test_event_types(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text, mood, attempt", [
    ("they made a failed attempt to assassinate Makhno", "asserted", True),
    ("the attempted assassination of Lenin", "asserted", True),
    ("Kaplan was not executed at once", "negated", False),
    ("the Cheka threatened to shoot the hostages", "threat", False),
    ("Lenin called for mass executions", "hypothetical", False),
    ("the Cheka executed the hostages", "asserted", False),
])
def test_modality(text: str, mood: str, attempt: bool) -> None:
    trig = best(find_triggers(text))
    assert trig is not None
    assert modality(text, trig) == (mood, attempt)


def test_in_a_tally_the_first_count_s_act_is_the_event() -> None:
    assert kind("Officials gave 133 civilians killed, about 700 wounded and 841 arrested.") == \
        "killing"
    assert kind("In 1937, 5,000 were arrested in the city.") == "arrest"
    assert kind("Some 2,000 hostages were shot after the rising.") == "execution"  # one count


def test_what_happened_during_an_act_is_the_event() -> None:
    for text, kind in (("In 1915 the Armenians were killed or died during deportations.", "killing"),
                       ("В ходе подавления восстания в 1921 году расстреляли сотни человек.",
                        "execution")):
        assert best(find_triggers(text), text).type == kind


def test_a_camp_named_as_where_is_no_deportation() -> None:
    text = "The uprising was a revolt that took place in 1954 in the Kengir labour camp."
    assert best(find_triggers(text), text).type == "uprising"
    text = "In 1937 he was sent to a labour camp."
    assert best(find_triggers(text), text).type == "deportation"


def test_an_act_referred_to_governs_nothing() -> None:
    text = "В ответ на расстрел по всей стране прошли забастовки."
    assert best(find_triggers(text), text).type == "strike"


def test_the_means_is_not_the_event() -> None:
    text = "The Cheka was created by a decree of the Council of People's Commissars."
    assert kind(text) == "founding"


def test_since_then_is_a_time_and_no_event_the_act_refers_to() -> None:
    from kartoteka.extract import triggers
    text = ("Since then the authorities have detained hundreds of people suspected of taking "
            "part in the protest.")
    assert triggers.best(triggers.find_triggers(text), text).type == "arrest"
    text = "After the uprising the Cheka shot 500 sailors."
    assert triggers.best(triggers.find_triggers(text), text).type == "execution"
