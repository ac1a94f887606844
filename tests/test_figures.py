from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartoteka.extract.figures import find_figures


def figs(text: str) -> list[tuple[int | None, int | None, str, bool]]:
    return [(f.low, f.high, f.kind, f.approximate) for f in find_figures(text)]


@pytest.mark.parametrize("text, expected", [
    # the CONTRACT table, row by row
    ("900 arrested in one night", [(900, 900, "arrested", False)]),
    # the convicted are not yet the shot among them
    ("Всего было осуждено 767 397 человек, из них к высшей мере наказания — 386 798",
     [(767397, 767397, "other", False), (386798, 386798, "killed", False)]),
    # days of a dual span are no count
    ("7–8 (20–21) января забастовка стала всеобщей", []),
    # the sentence names what it counts, whatever word stands nearer the number
    ("Estimates of the number who died in the first years of exile range from about 18,000",
     [(18000, 18000, "killed", True)]),
    ("The official toll was 96 killed and 333 wounded", [(96, 96, "killed", False),
                                                        (333, 333, "wounded", False)]),
    # the word before "at" labels the number: "put the dead at …, the wounded at …"
    ("they estimate the dead at not fewer than 500 and the wounded at several thousand",
     [(500, None, "killed", False), (1000, None, "wounded", True)]),
    ("some 500 were arrested", [(500, 500, "arrested", True)]),
    ("about 500 peasants were shot", [(500, 500, "killed", True)]),
    ("nearly 500 hostages were taken", [(500, 500, "hostages", True)]),
    ("at least 2,000 were executed", [(2000, None, "killed", False)]),
    ("more than 2,000 people were deported", [(2000, None, "deported", False)]),
    ("well over 2,000 sailors were shot", [(2000, None, "killed", True)]),
    ("up to 2 million people died", [(None, 2000000, "killed", False)]),
    ("as many as 1.5 million were killed", [(None, 1500000, "killed", False)]),
    ("the Cheka executed 2,000–4,000 workers", [(2000, 4000, "killed", False)]),
    ("between 1,200 and 2,168 sailors were shot", [(1200, 2168, "killed", False)]),
    ("from 10,000 to 15,000 people were killed", [(10000, 15000, "killed", False)]),
    ("killing dozens of anarchists", [(12, None, "killed", True)]),
    ("hundreds of peasants were arrested", [(100, None, "arrested", True)]),
    ("thousands were sent to camps", [(1000, None, "deported", True)]),
    ("tens of thousands of troops", [(10000, None, "strength", True)]),
    ("millions of victims", [(1000000, None, "killed", True)]),
    ("several hundred hostages", [(100, None, "hostages", True)]),
    ("several thousand workers were arrested", [(1000, None, "arrested", True)]),
    # words and European separators
    ("five hundred peasants were shot", [(500, 500, "killed", False)]),
    ("two million people perished", [(2000000, 2000000, "killed", False)]),
    ("a dozen priests were executed", [(12, 12, "killed", False)]),
    ("1,3 million people died", [(1300000, 1300000, "killed", False)]),
    ("10.000 prisoners were shot", [(10000, 10000, "killed", False)]),
    ("the rebels fielded 50,000 combatants", [(50000, 50000, "strength", False)]),
    ("around 200,000 members by 1920", [(200000, 200000, "strength", True)]),
    ("50,000 wounded", [(50000, 50000, "wounded", False)]),
    ("the union claimed some 50,000 fighters", [(50000, 50000, "strength", True)]),
    ("the camps claimed millions of lives", [(1000000, None, "killed", True)]),
    ("five members of a student group, among them Ulyanov, are hanged",
     [(5, 5, "killed", False)]),
    ("by 1921 it employed close to 250,000 people", [(250000, 250000, "strength", True)]),
    # ranges with a hyphen, abbreviated and Russian scales, coordinated counts
    ("Some 10-15 thousand were executed", [(10000, 15000, "killed", True)]),
    ("The camps held 1.3m prisoners", [(1300000, 1300000, "deported", False)]),  # CONTRACT: sent to camps
    ("около 10 тысяч человек расстреляно", [(10000, 10000, "killed", True)]),
    ("свыше 1,5 млн. человек были высланы", [(1500000, None, "deported", False)]),
    ("over 1,000 officers and 500 priests were shot",
     [(1000, None, "killed", False), (500, 500, "killed", False)]),
    ("nearly 2 million people passed through the camps", [(2000000, 2000000, "deported", True)]),
    ("in 1905-07 thousands were hanged", [(1000, None, "killed", True)]),
    ("the whole population of 150,000 was deported", [(150000, 150000, "deported", False)]),
])
def test_contract_table(text: str, expected: list) -> None:
    assert figs(text) == expected


def test_two_figures_in_one_sentence_get_their_own_kinds() -> None:
    text = ("They sent 50,000 peasants to concentration camps, and the region lost "
            "some 240,000 inhabitants.")
    assert figs(text) == [(50000, 50000, "deported", False), (240000, 240000, "killed", True)]


def test_those_who_fled_are_counted_but_not_as_the_dead() -> None:
    # our own sentences on 1956
    assert figs("Some 350 people were executed in the reprisals, and about 200,000 fled "
                "the country.") == [(350, 350, "killed", True), (200000, 200000, "other", True)]
    assert figs("После подавления восстания около 200 000 венгров бежали на Запад.") == [
        (200000, 200000, "other", True)]


def test_a_list_of_counts_by_place_shares_the_first_ones_kind() -> None:
    # our own sentences on June 1941: the noun and verb are written once
    assert figs("Some 10,000 people were deported from Estonia, 15,000 from Latvia and about "
                "17,500 from Lithuania.") == [(10000, 10000, "deported", True),
                                              (15000, 15000, "deported", False),
                                              (17500, 17500, "deported", True)]
    assert figs("Из Латвии было выслано около 15 000 человек, из Литвы — более 17 000.") == [
        (15000, 15000, "deported", True), (17000, None, "deported", False)]
    # a year after a place is no count
    assert figs("In 1920 the Cheka shot 500 people in Kiev, 1921 in Odessa.") == [
        (500, 500, "killed", False)]


def test_sent_to_the_places_of_exile_is_deported() -> None:
    # our own sentences
    assert figs("Security forces sent about 15,400 of their compatriots to Siberia.") == [
        (15400, 15400, "deported", True)]
    assert figs("In 1944 some 200,000 Tatars were sent to Central Asia.") == [
        (200000, 200000, "deported", True)]


def test_the_part_is_the_count_and_the_whole_its_base() -> None:
    # our own sentences: "five of fifteen" were shot, not fifteen
    assert figs("Five of 15 members of the Politburo were shot, as were 98 of 134 members "
                "of the Central Committee.") == [(5, 5, "killed", False), (98, 98, "killed", False)]
    assert figs("Seven of the twelve defendants were hanged.") == [(7, 7, "killed", False)]
    assert figs("Пятеро из 15 членов Политбюро были расстреляны.") == [(5, 5, "killed", False)]


def test_a_year_with_a_footnote_number_run_into_its_stop_is_no_count() -> None:
    # our own sentence, as a scanned book prints a footnote marker after the full stop
    assert figs("Guards shot 40 strikers in 1951 and 1952.11 When Stalin died they stopped.") == [
        (40, 40, "killed", False)]


def test_a_verb_with_its_own_count_after_it_is_not_the_first_counts() -> None:
    # our own sentences: "killed two" is the two's verb, not the five's
    assert figs("The guard shot at five political prisoners and killed two.") == [
        (5, 5, "other", False), (2, 2, "killed", False)]
    assert figs("300 prisoners were loaded onto three barges.") == [(300, 300, "deported", False)]
    assert figs("86 soldiers were injured, 9 of them hospitalized.") == [
        (86, 86, "wounded", False), (9, 9, "wounded", False)]


def test_a_figure_does_not_borrow_a_verb_from_another_clause() -> None:
    text = "Over 2,000 prisoners were shot, and some 8,000 sailors escaped to Finland."
    assert figs(text) == [(2000, None, "killed", False), (8000, 8000, "other", True)]


@pytest.mark.parametrize("text", [
    "the Bolsheviks attacked 26 anarchist centers in Moscow",
    "he was fined 800 rubles",
    "he was sentenced to four years in prison",
    "in 1918 75% of the officers were former tsarists",
    "On 1 March 1921 sailors of the Baltic Fleet rose up",
    "page 212 of the report",
    "the insurrection of five kulak districts",
    "raised thousands of lire for exiled Russians",
    "she was arrested on 30/08/1918",
    "On 1918-04-12 the T-34 museum opened",
    "a 100m wall",
    "in a country of eighty million people, the Bolsheviks were few",
    "at the age of 16 she was arrested",
])
def test_numbers_that_are_not_people(text: str) -> None:
    assert figs(text) == []


def test_quote_is_the_text_it_came_from() -> None:
    text = "In April 1918 the Cheka executed at least 800 anarchists in Moscow."
    (f,) = find_figures(text, offset=100)
    assert text[f.start - 100:f.end - 100] == f.quote == "at least 800 anarchists"


@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    for f in find_figures(text):
        assert f.low is None or f.high is None or f.low <= f.high
        assert f.kind in {"killed", "arrested", "deported", "wounded", "hostages", "strength",
                          "other"}


def test_a_verb_after_one_number_is_not_the_next_numbers() -> None:
    text = "75,950 people were to be shot and 186,500 sent to camps."
    assert [(f.low, f.kind) for f in find_figures(text)] == [(75950, "killed"),
                                                             (186500, "deported")]


@pytest.mark.parametrize("text, expected", [
    # years and order numbers are not counts
    ("In 1905–07 the Okhrana arrested thousands of revolutionaries.", [(1000, None, "arrested")]),
    ("In the winter of 1919–20 typhus killed some 20,000 prisoners.", [(20000, 20000, "killed")]),
    ("Lenin (1870–1924) ordered the expulsion of some 200 intellectuals.",
     [(200, 200, "deported")]),
    ("В 1918 году ЧК расстреляла более 6000 человек.", [(6000, None, "killed")]),
    ("Order No. 00447 was signed and 12 priests were shot.", [(12, 12, "killed")]),
    # people held in camps are counted as deported; in a prison, or shot, they are not
    ("The camps held between 25,000 and 35,000 inmates.", [(25000, 35000, "deported")]),
    ("В лагере содержалось 20 000 заключённых.", [(20000, 20000, "deported")]),
    ("The camp guards shot 50 prisoners.", [(50, 50, "killed")]),
    ("In 1920 the prison held 300 prisoners.", [(300, 300, "other")]),
    # a verb right before "victims" says what befell them; an estimate's range far after it
    ("In two years the police detained 40,000 victims, of whom 9,000 were shot.",
     [(40000, 40000, "arrested"), (9000, 9000, "killed")]),
    ("The historian's best estimate of the deaths caused by the repression in these years is "
     "the range 90,000 to 1.1 million.", [(90000, 1100000, "killed")]),
    # Russian words for the dead and the wounded
    ("По официальным данным, было убито 130 и ранено 299 человек.",
     [(130, 130, "killed"), (299, 299, "wounded")]),
    ("У ворот было 40 раненых и 12 убитых.", [(40, 40, "wounded"), (12, 12, "killed")]),
    # a death sentence carried out counts the dead
    ("Приговор к высшей мере приведён в исполнение на 212 человек.", [(212, 212, "killed")]),
    ("The sentences were carried out on 300 prisoners.", [(300, 300, "killed")]),
    # a year-like number with people right after it counts them; after "the" or "in" a year
    ("В урочище было расстреляно 1111 человек.", [(1111, 1111, "killed")]),
    ("Of them 1172 prisoners were shot.", [(1172, 1172, "killed")]),
    ("In 1918 people were shot, the 1937 victims were buried.", []),
    ("The prisoners of Camp No. 5 struck; guards shot at five prisoners.", [(5, 5, "other")]),
    ("Заключённые лагпункта № 3 были расстреляны, 40 человек погибли.", [(40, 40, "killed")]),
    # a scale written once, fractions of a million
    ("between 50 and 100 thousand peasants were exiled", [(50000, 100000, "deported")]),
    ("a quarter of a million Cossacks were killed", [(250000, 250000, "killed")]),
    ("half a million people were arrested", [(500000, 500000, "arrested")]),
    ("a force numbering 1,500 men", [(1500, 1500, "strength")]),
    # what befell the counted people
    ("a hundred hostages were shot", [(100, 100, "killed")]),
    ("the Cheka took 500 hostages", [(500, 500, "hostages")]),
    ("thousands of arrests and executions", [(1000, None, "arrested")]),
    ("around 800 members executed in the months after", [(800, 800, "killed")]),
    ("one hundred and twenty prisoners were shot", [(120, 120, "killed")]),
])
def test_historians_phrasings(text: str, expected: list) -> None:
    assert [(f.low, f.high, f.kind) for f in find_figures(text)] == expected


def test_an_estimate_other_sources_state_takes_the_kind_being_counted() -> None:
    (fig,) = find_figures("Other sources state at least 1,3 million.", topic="killed")
    assert (fig.low, fig.high, fig.kind) == (1_300_000, None, "killed")
    assert find_figures("Other sources state at least 1,3 million.") == [], "no topic, no kind"


def test_a_year_before_a_vague_count_is_no_multiplier() -> None:
    assert figs("In the summer of 1918 thousands were executed.") == [(1000, None, "killed", True)]


@pytest.mark.parametrize("text, expected", [
    ("Some 300 engineers and managers were arrested.", [(300, 300, "arrested")]),
    ("The riot left 24 killed, 69 severely wounded.", [(24, 24, "killed"), (69, 69, "wounded")]),
    ("another 5,000 executed individuals lay there", [(5000, 5000, "killed")]),
    ("The army shot 40 striking workers.", [(40, 40, "killed")]),
    ("the remaining 700 were given a ten-year term", []),
    ("Over 6,000 miners went on strike.", [(6000, None, "strength")]),
    ("Many arrests followed.[4] Then 25px workers", []),
    ("группа из 53 руководителей была арестована", [(53, 53, "arrested")]),
])
def test_figure_kinds_and_what_is_no_count(text: str, expected) -> None:
    assert [(f.low, f.high, f.kind) for f in find_figures(text)] == expected


def test_a_magnitude_written_once_scales_both_vague_ends() -> None:
    assert figs("Estimates range between tens and hundreds of thousands of prisoners.") == [
        (10_000, 100_000, "other", True)]
    # "hundreds to hundreds of thousands" is read as written: 100 to 100,000
    assert figs("From hundreds to hundreds of thousands were shot.")[0][:2] == (100, 100_000)


def test_prisoners_counted_in_a_text_about_camps_were_sent_to_camps() -> None:
    # after the history of the Solovki camp (Wikipedia), retold: the sentence names no camp
    sentence = "In 1923 there were no more than 3,000 prisoners on the islands."
    assert [f.kind for f in find_figures(sentence, in_camps=True)] == ["deported"]
    assert [f.kind for f in find_figures(sentence)] == ["other"]
    from kartoteka.extract.figures import about_camps
    assert about_camps("The camp grew. " * 5) and not about_camps("The camp grew.")


def test_a_russian_range_from_to_with_its_scale_written_once() -> None:
    assert figs("В Крыму были расстреляны, по разным оценкам, от 20 до 120 тысяч человек.") == [
        (20_000, 120_000, "killed", False)]
    assert figs("До 120 тысяч человек погибли.") == [(None, 120_000, "killed", False)]


def test_workers_who_downed_tools_are_the_strikes_strength() -> None:
    assert figs("By 7 January some 150,000 workers in the capital had downed tools.") == [
        (150_000, 150_000, "strength", True)]


def test_a_verb_after_and_opens_the_next_numbers_predicate() -> None:
    assert [(k, lo) for lo, _, k, _ in figs(
        "That year the NKVD arrested about 1.5 million people and shot some 680,000 of them.")] == [
        ("arrested", 1_500_000), ("killed", 680_000)]
    # the verb after the first number is still the first number's
    assert [k for _, _, k, _ in figs("75,950 were to be shot and 186,500 sent to camps")] == [
        "killed", "deported"]


def test_prisoners_held_at_a_place_of_a_camp_text_were_sent_to_camps() -> None:
    sentence = "By 1930 there were 50,000 on the islands, with another 30,000 imprisoned at Kem."
    assert [f.kind for f in find_figures(sentence, in_camps=True)][-1] == "deported"
    assert [f.kind for f in find_figures("In 1930 the police imprisoned 300 strikers in the "
                                         "city jail.", in_camps=False)] == ["arrested"]


def test_a_list_of_victims_by_category_shares_what_befell_them() -> None:
    from kartoteka.extract.figures import find_figures

    def kinds(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    assert kinds("The command said 144 civilians, 22 soldiers and 4 policemen had been "
                 "killed.") == [("killed", 144), ("killed", 22), ("killed", 4)]
    assert kinds("The Cheka shot 12 officers, 30 sailors and 5 civilians.") == [
        ("killed", 12), ("killed", 30), ("killed", 5)]
    assert kinds("The army fielded 5,000 soldiers; 300 were killed.") == [
        ("strength", 5000), ("killed", 300)]


@pytest.mark.parametrize("text, expected", [
    # our own Russian sentences: vague and spelled-out counts, toll nouns, no-break spaces,
    # a verb that opens the second count's own predicate, participles used as nouns
    ("Десятки тысяч заключённых погибли.", [(10_000, None, "killed", True)]),
    ("Туда выслали сотни тысяч крестьян.", [(100_000, None, "deported", True)]),
    ("Около полутора миллионов человек было арестовано.", [(1_500_000, 1_500_000, "arrested", True)]),
    ("В лагерях погибло более полумиллиона человек.", [(500_000, None, "killed", False)]),
    ("Число жертв составило 700 тыс.", [(700_000, 700_000, "killed", False)]),
    ("Арестовано 1\u00a0344\u00a0923 человека.", [(1_344_923, 1_344_923, "arrested", False)]),
    ("Погибло не менее 300 человек, ранено около 500.",
     [(300, None, "killed", False), (500, 500, "wounded", True)]),
    ("Арестовано 284 тыс. человек, из них расстреляно свыше 20 тыс.",
     [(284_000, 284_000, "arrested", False), (20_000, None, "killed", False)]),
    ("Казнено 1111 заключённых.", [(1111, 1111, "killed", False)]),
    ("Было создано 5 новых лагерей.", []),
    # numerals in words, in any case, and the collective ones that count people
    ("Двадцать шесть человек погибли у горкома.", [(26, 26, "killed", False)]),
    ("Было арестовано более ста человек.", [(100, None, "arrested", False)]),
    ("Из уезда выслали двести тридцать пять тысяч крестьян.", [(235_000, 235_000, "deported", False)]),
    ("Семеро были расстреляны.", [(7, 7, "killed", False)]),
    ("Один из чекистов арестовал двух офицеров.", [(2, 2, "arrested", False)]),
])
def test_russian_counts(text: str, expected: list) -> None:
    assert figs(text) == expected


def test_an_infobox_label_counts_every_number_on_its_line_and_only_there() -> None:
    from kartoteka.extract.figures import find_figures
    # our own infobox lines
    got = [(f.kind, f.low, f.high) for f in find_figures(
        "Deaths: 187 (official); 300–1,500 (other estimates)\nInjured: about 500")]
    assert got == [("killed", 187, 187), ("killed", 300, 1500), ("wounded", 500, 500)]
    # a place where a crowd was shot is no destination of a deportation
    assert [f.kind for f in find_figures("Soldiers shot at some 2,500 striking miners near "
                                         "Bodaybo in Siberia.")] != ["deported"]


def test_the_days_of_a_range_and_a_share_are_no_counts() -> None:
    from kartoteka.extract.figures import find_figures
    # our own sentences
    assert find_figures("Deportation took place on 18–20 May 1944.") == []
    assert find_figures("Депортация проводилась 18—20 мая 1944 года.") == []
    assert find_figures("Погибли, по разным оценкам, от 18 до 46 % депортированных.") == []
    assert find_figures("In exile 46 percent of the deportees died.") == []


def test_the_base_a_part_is_counted_out_of_is_no_count_of_its_own() -> None:
    from kartoteka.extract.figures import find_figures

    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    # our own sentences on the January 1937 trial
    assert counts("Из 17 подсудимых 13 были приговорены к расстрелу.") == [("killed", 13)]
    assert counts("Of the 17 defendants, 13 were shot.") == [("killed", 13)]
    assert counts("Out of 300 prisoners, 120 died.") == [("killed", 120)]
    assert [n for _, n in counts("The killing of 300 prisoners and 20 guards.")] == [300, 20]


def test_a_part_of_them_shares_its_counts_kind_and_of_opening_no_clause_is_no_base() -> None:
    from kartoteka.extract.figures import find_figures

    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    # our own sentences
    assert counts("Pravda announced the arrest of nine doctors, six of them Jews, accused of "
                  "plotting to murder Soviet leaders.") == [("arrested", 9), ("arrested", 6)]
    assert counts("Between 8 August 1937 and 19 October 1938, 20,761 people were shot at the "
                  "Butovo firing range.") == [("killed", 20761)]


def test_a_russian_count_of_things_is_no_count_of_people_unless_the_things_are_theirs() -> None:
    from kartoteka.extract.figures import find_figures

    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    # our own sentences
    assert counts("В 2017 году исполнилось 105 лет со дня расстрела.") == []
    assert counts("В 1930 году выселили 250 семей.") == [("deported", 250)]
    assert counts("Опубликован список, содержащий 119 фамилий погибших.") == [("killed", 119)]
    assert counts("Из 17 подсудимых 13 были приговорены к расстрелу.") == [("killed", 13)]
    assert counts("В рамках процесса группа из 53-х руководителей была арестована.") == [
        ("arrested", 53)]


def test_an_age_is_no_count_and_a_part_among_them_shares_the_counts_kind() -> None:
    from kartoteka.extract.figures import find_figures

    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    # our own sentences
    assert counts("The average age of those shot was 42.") == []
    assert counts("Он был расстрелян в возрасте 23 лет.") == []
    assert counts("In Leningrad alone, 40,000 were shot, among them 2,000 priests.") == [
        ("killed", 40000), ("killed", 2000)]


def test_a_term_of_years_takes_no_kind_word_from_the_count_it_follows() -> None:
    from kartoteka.extract.figures import find_figures
    # our own sentence: "ten years" is the sentence, the 380,000 were sent to the camps
    assert [(f.kind, f.low) for f in find_figures(
        "In 1937 the troikas sentenced 390,000 people to death and 380,000 to ten years in "
        "the camps.")] == [("killed", 390000), ("deported", 380000)]


def test_an_article_of_a_code_or_a_numbered_order_is_no_count() -> None:
    # our own sentences
    def counts(text: str) -> list[tuple[str, int | None]]:
        return [(f.kind, f.low) for f in find_figures(text)]

    assert counts("In 1937 he was arrested under article 58-10 and sentenced.") == []
    assert counts("В 1937 году его арестовали по ст. 58 УК РСФСР.") == []
    assert counts("Under Order 00447 of 30 July 1937, 386,798 people were shot.") == [
        ("killed", 386798)]
    assert counts("He was one of 58 people arrested in 1937.") == [("arrested", 58)]


def test_russian_active_verbs_of_killing_give_the_killed_kind() -> None:
    # our own sentences: "убили", "застрелили", "гибель"
    kinds = [f.kind for t in ("Войска убили 270 рабочих.", "Солдаты застрелили 26 человек.",
                              "Гибель 150 человек потрясла город.") for f in find_figures(t)]
    assert kinds == ["killed"] * 3


def test_a_spread_written_high_to_low_is_one_range_and_a_fall_is_no_count() -> None:
    # our own sentences
    assert figs("Estimates of the dead range from 120,000 to 50,000.") == [
        (50000, 120000, "killed", False)]
    assert figs("between 120,000 and 50,000 were shot") == [(50000, 120000, "killed", False)]
    assert figs("The camp population fell from 120,000 to 50,000.") == []


def test_those_who_struck_or_joined_a_strike_are_its_strength() -> None:
    # our own sentences
    assert figs("A workforce of more than 6,000 miners struck.") == [(6000, None, "strength", False)]
    assert figs("Более 6 тысяч рабочих присоединились к стачке.") == [
        (6000, None, "strength", False)]


def test_coordinated_counts_share_the_verb_unless_one_has_its_own() -> None:
    # our own sentences
    assert figs("The fighting killed 2,500 Hungarians and 700 Soviet soldiers.") == [
        (2500, 2500, "killed", False), (700, 700, "killed", False)]
    assert figs("Погибли около 2500 венгров и 720 советских военнослужащих.") == [
        (2500, 2500, "killed", True), (720, 720, "killed", False)]
    assert figs("They shot 40 students and 300 workers fled.") == [
        (40, 40, "killed", False), (300, 300, "other", False)]
    assert figs("In 1975 the junta abducted 30 students.") == [(30, 30, "arrested", False)]


def test_a_name_ending_like_an_agent_noun_counts_no_one() -> None:
    # our own title: "Tiananmen" is a place, not men
    assert figs("1989 Tiananmen Square protests and massacre") == []
    assert figs("Police shot 12 gunmen.") == [(12, 12, "killed", False)]


def test_russian_took_the_lives_of_counts_the_killed() -> None:
    # our own sentences
    assert figs("Голод 1930—1933 годов унёс жизни от 1,5 до 2,3 млн человек.") == [
        (1500000, 2300000, "killed", False)]
    assert figs("Голод стоил жизни 3 млн крестьян.") == [(3000000, 3000000, "killed", False)]


def test_the_whole_a_share_is_taken_of_does_not_take_the_shares_verb() -> None:
    # our own sentences
    assert figs("Nearly a third of the 3,000 inmates died.") == [(3000, 3000, "other", False)]
    assert figs("Half of the 600 strikers were arrested.") == [(600, 600, "strength", False)]
    assert figs("In 1937 the NKVD shot 3,000 inmates.") == [(3000, 3000, "killed", False)]


def test_those_fired_at_are_counted_as_other_not_as_a_camps_deported() -> None:
    # our own sentence: what befell the five is said by the verb; two of them were killed
    assert figs("A perimeter guard shot at five political prisoners in the camp and killed two.") == [
        (5, 5, "other", False), (2, 2, "killed", False)]
    assert figs("The camp held 25,000 prisoners.") == [(25000, 25000, "deported", False)]


def test_a_count_in_apposition_takes_its_noun_and_the_verb_after_it() -> None:
    # our own sentences
    assert figs("The previous autumn, a large group of prisoners, about 1,200 in all, had been "
                "transferred to the camp.") == [(1200, 1200, "deported", True)]
    assert figs("The strikers, some 5,000 in all, were arrested.") == [(5000, 5000, "arrested", True)]


def test_officers_and_sailors_count_a_forces_strength_unless_something_befell_them() -> None:
    # our own sentences
    assert figs("Thousands of officers stayed behind in the Crimea.") == [(1000, None, "strength", True)]
    assert figs("In 1920 the Cheka shot 8,000 officers.") == [(8000, 8000, "killed", False)]


def test_the_first_day_of_a_span_of_days_is_no_count() -> None:
    from kartoteka.extract.figures import find_figures
    assert find_figures("the rebels took the town on the night of 5 to 6 July and killed "
                        "the chairman") == []
    assert [(f.low, f.high) for f in find_figures(
        "between 5 and 6 thousand people were shot in July")] == [(5000, 6000)]
