from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kartoteka.extract.dates import DateContext, find_dates, resolve


def dates_in(text: str, ctx: DateContext | None = None) -> list[tuple[str, str]]:
    """The dates of `text`, each later one read against the one before, as a sentence's are."""
    ctx = ctx.copy() if ctx else DateContext()
    out = []
    for m in find_dates(text):
        span = resolve(m, ctx)
        if span:
            ctx.set(span)
            out.append((span.start, span.end))
    return out


@pytest.mark.parametrize("text, expected", [
    ("On April 12, 1918, the Cheka raided the centres.", [("1918-04-12", "1918-04-12")]),
    # a day in words, "the" between the month and the day, a Roman month between dashes
    ("on the twenty-second of January 1905", [("1905-01-22", "1905-01-22")]),
    ("on January the 9th, 1905", [("1905-01-09", "1905-01-09")]),
    ("on 22-I-1905", [("1905-01-22", "1905-01-22")]),
    ("on 12 April 1918 the raids began", [("1918-04-12", "1918-04-12")]),
    ("dated 12.04.1918 in the file", []),
    ("the order of 12.04.1918", [("1918-04-12", "1918-04-12")]),
    ("the night of 11–12 April 1918", [("1918-04-11", "1918-04-12")]),
    ("March 1–18, 1921", [("1921-03-01", "1921-03-18")]),
    ("Between March 12 and 14, 1919, in Astrakhan", [("1919-03-12", "1919-03-14")]),
    ("between 1918 and 1922 the terror", [("1918", "1922")]),
    ("from 1918 to 1921 they resorted to it", [("1918", "1921")]),
    ("9/11 August 1918 Lenin issued", [("1918-08-09", "1918-08-11")]),
    ("in the autumn of 1918", [("1918", "1918")]),
    ("mid-September 1918", [("1918-09", "1918-09")]),
    ("in the 1930s", [("1930", "1939")]),
    ("The 16th of March, 1919, in Petrograd", [("1919-03-16", "1919-03-16")]),
    ("5 сентября 1918 года", [("1918-09-05", "1918-09-05")]),
    ("ВЧК была создана 20 декабря 1917 года", [("1917-12-20", "1917-12-20")]),
    ("Reign of Terror (1793-1794) during", [("1793", "1794")]),
    ("Yan Berzin (1889–1938), whose real name", []),
    ("Posted on: 10 November 2017", []),
    ("in his book \"The Red Terror in Russia\" (1924)", []),
    ("In June of 1920, women workers", [("1920-06", "1920-06")]),
])
def test_absolute_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("By October, the peasants had fielded", ("1920-10", "1920-10")),
    ("in April of that same year", ("1920-04", "1920-04")),
    ("the following day", ("1920-08-20", "1920-08-20")),
    ("two weeks later", ("1920-09-02", "1920-09-02")),
    ("The Following Day they struck", ("1920-08-20", "1920-08-20")),  # any case
    ("Two Weeks Later", ("1920-09-02", "1920-09-02")),
    ("On November 7, the Bolsheviks rose", ("1920-11-07", "1920-11-07")),
    ("that summer", ("1920", "1920")),
    ("Over the next seven years they abducted", ("1920", "1927")),
    ("we woke on the 21st", ("1920-08-21", "1920-08-21")),
])
def test_forms_that_need_context(text: str, expected: tuple[str, str]) -> None:
    assert dates_in(text, DateContext(1920, 8, 19)) == [expected]


def test_a_footnote_number_after_a_year_leaves_the_year() -> None:
    assert dates_in("strikes in 1951 and 1952.11 When Stalin died") == [("1951", "1952")]
    assert dates_in("a rise of 1952.5 per cent") == []


def test_partial_date_without_context_is_not_guessed() -> None:
    assert dates_in("On November 7, the Bolsheviks rose") == []


@pytest.mark.parametrize("text, start", [
    ("on 25 October 1917 (Old Style) the Winter Palace", "1917-11-07"),
    ("On 26 October (O.S.) 1917 the", "1917-11-08"),
    ("on 1 March 1881 O.S. Alexander II was killed", "1881-03-13"),
])
def test_old_style_becomes_gregorian_and_keeps_what_was_written(text: str, start: str) -> None:
    (match,) = find_dates(text)
    span = resolve(match, DateContext())
    assert span is not None
    assert (span.start, span.calendar) == (start, "julian")
    assert span.as_written in text


@given(st.text(max_size=200))
def test_never_crashes_and_always_iso(text: str) -> None:
    for m in find_dates(text):
        span = resolve(m, DateContext(1918, 4, 12))
        if span:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", span.start)
            assert span.start[:4] <= span.end[:4]


@pytest.mark.parametrize("text, expected", [
    # month ranges
    ("Between August 1937 and October 1938, more than", [("1937-08", "1938-10")]),
    ("from March to May 1921 the", [("1921-03", "1921-05")]),
    ("in May and June 1921", [("1921-05", "1921-06")]),
    # chronology styles
    ("1918, 30 August — Kaplan shoots Lenin", [("1918-08-30", "1918-08-30")]),
    ("1918, August 30: Kaplan shoots Lenin", [("1918-08-30", "1918-08-30")]),
    ("from September 1918 until the end of 1920", [("1918-09", "1920")]),
    ("Aug. 30, 1918, Kaplan shot Lenin", [("1918-08-30", "1918-08-30")]),
    ("September 5th, 1918", [("1918-09-05", "1918-09-05")]),
    ("in 1937–38", [("1937", "1938")]),
    # Old Style notations and dual dating: the New Style day
    ("on 25 October [O.S.] 1917", [("1917-11-07", "1917-11-07")]),
    ("on 25 October 1917 (OS)", [("1917-11-07", "1917-11-07")]),
    ("25 October (7 November) 1917", [("1917-11-07", "1917-11-07")]),
    ("on 7 November (25 October O.S.) 1917", [("1917-11-07", "1917-11-07")]),
    ("established on 20 December [O.S. 7 December] 1917", [("1917-12-20", "1917-12-20")]),
    ("on March 8 [O.S. February 23], 1917", [("1917-03-08", "1917-03-08")]),
    ("on 9 (22) January 1905 troops fired", [("1905-01-22", "1905-01-22")]),
    ("January 9 (22), 1905, the march", [("1905-01-22", "1905-01-22")]),
    ("9/22 января 1905 г. шествие", [("1905-01-22", "1905-01-22")]),
    ("7—8 (20—21) января 1905 года", [("1905-01-20", "1905-01-21")]),
    ("On 9/11 August 1918 Lenin", [("1918-08-09", "1918-08-11")]),
    ("rose on 28 February (13 March, N.S.) 1921", [("1921-03-13", "1921-03-13")]),
    # a span of days with its Old Style span in brackets, as encyclopaedias write it
    ("the riot of 19–20 April [O.S. 6–7 April] 1903", [("1903-04-19", "1903-04-20")]),
    # numeric forms: slashes (either order when the day shows it), Roman months
    ("arrested 30/08/1918", [("1918-08-30", "1918-08-30")]),
    ("arrested 08/30/1918", [("1918-08-30", "1918-08-30")]),
    ("the decree of 5.IX.1918", [("1918-09-05", "1918-09-05")]),
    ("from late 1918 until early 1919", [("1918", "1919")]),
])
def test_ranges_chronology_styles_and_old_style_notations(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the mark names the calendar of the date it stands beside, not of the whole sentence
    ("Bloody Sunday (January 22, 1905; January 9 in the Julian calendar) began",
     [("1905-01-22", "1905-01-22"), ("1905-01-22", "1905-01-22")]),
    ("the strike of 4 April 1912, by the Old Style calendar", [("1912-04-17", "1912-04-17")]),
    # a mark written before the date: "[O.S. 9 January]", "(по новому стилю 22 января)"
    ("в воскресенье, по новому стилю 22 января 1905 г., войска", [("1905-01-22", "1905-01-22")]),
    ("9 января 1905 г. (по н. ст. 22 января) войска", [("1905-01-22", "1905-01-22")]),
    # a full date, then the same day in the other calendar in brackets: one day
    ("on April 4, 1912 (April 17 N.S.)", [("1912-04-17", "1912-04-17")]),
    ("on January 9, 1905 (January 22 by the Gregorian calendar)", [("1905-01-22", "1905-01-22")]),
    ("on 22 January 1905 (9 January O.S.)", [("1905-01-22", "1905-01-22")]),
    # the mark written after the New Style day inside the brackets
    ("расстрел 4 апреля (17 апреля по новому стилю) 1912 года", [("1912-04-17", "1912-04-17")]),
    ("шествие 9 января (22 января по н. ст.) 1905 года", [("1905-01-22", "1905-01-22")]),
    # the mark inside the date, before its year; a Russian ordinal day; a slashed dual day
    ("22 January (N.S.) 1905", [("1905-01-22", "1905-01-22")]),
    ("9 января (по ст. ст.) 1905 года", [("1905-01-22", "1905-01-22")]),
    ("9-го января 1905 года", [("1905-01-22", "1905-01-22")]),
    ("January 9th/22nd 1905", [("1905-01-22", "1905-01-22")]),
    # a dual date is its New Style day whatever calendar the sentence names; a mark inside
    ("22 January [9 January Old Style] 1905", [("1905-01-22", "1905-01-22")]),
    ("Sunday, 22 [O.S. 9] January 1905", [("1905-01-22", "1905-01-22")]),
    ("on the night of November 16/17, 1917", [("1917-11-29", "1917-11-30")]),
])
def test_a_calendar_mark_belongs_to_the_date_beside_it(text: str, expected) -> None:
    assert dates_in(text, DateContext(julian_default=True)) == expected


@pytest.mark.parametrize("text, expected", [
    # two dates joined by a dash or "to" are one span when both write their years
    ("November 1920 – spring 1921", [("1920-11", "1921")]),
    ("From mid-November 1920 to the end of 1921", [("1920-11", "1921")]),
    ("в конце 1920 — начале 1921 года", [("1920", "1921")]),
    ("He was arrested in 1920 and shot in 1921", [("1920", "1920"), ("1921", "1921")]),
    # Russian days and years joined: "в ночь с 16 на 17", "20 и 21 января", "в 1937 и 1938 годах"
    ("в ночь с 16 на 17 ноября 1920 года", [("1920-11-16", "1920-11-17")]),
    ("20 и 21 января 1905 года", [("1905-01-20", "1905-01-21")]),
    ("в 1937 и 1938 годах", [("1937", "1938")]),
])
def test_spans_joined_by_a_dash_or_a_russian_conjunction(text: str, expected) -> None:
    assert dates_in(text) == expected


def test_a_day_in_both_calendars_without_a_year_takes_the_new_style_one() -> None:
    """"February 29 (March 13)": one day, the later is New Style, the year from context."""
    assert dates_in("On February 29 (March 13) the miners struck.", DateContext(1912)) == [
        ("1912-03-13", "1912-03-13")]
    assert dates_in("on 9 (22) January the march", DateContext(1905)) == [
        ("1905-01-22", "1905-01-22")]


def test_a_day_the_context_year_lacks_is_no_date() -> None:
    """"February 29" under an earlier 1855: no such day, so no date (and no crash)."""
    assert dates_in("On February 29 the miners struck.", DateContext(1855)) == []
    assert dates_in("On February 29 the miners struck.", DateContext(1912)) == [
        ("1912-02-29", "1912-02-29")]


@pytest.mark.parametrize("text, expected", [
    ("the convoy was shot between 3 March and 9 April 1930", [("1930-03-03", "1930-04-09")]),
    ("the hearings ran between June 2 and August 11 of that year",
     [("1931-06-02", "1931-08-11"), ("1931", "1931")]),
    ("процесс шёл с 3 марта по 9 апреля 1930 года", [("1930-03-03", "1930-04-09")]),
    ("расстрелы шли с 3 по 9 апреля", [("1931-04-03", "1931-04-09")]),
    ("аресты шли с начала 1930 года по весну 1931 года", [("1930", "1931")]),
    ("летом 1930-го начались аресты", [("1930", "1930")]),
    ("в 1930—1931 гг. было", [("1930", "1931")]),
    ("from late March to early May 1930, the camp", [("1930-03", "1930-05")]),
    ("riots went on throughout the month of May", [("1931-05", "1931-05")]),
    ("the three trials (May 1930, June 1931 and July 1932)",
     [("1930-05", "1930-05"), ("1931-06", "1931-06"), ("1932-07", "1932-07")]),
    ("on 3 March and 9 April 1930 they were moved", [("1931-03-03", "1931-03-03"),
                                                    ("1930-04-09", "1930-04-09")]),
])
def test_ranges_opened_by_between_from_or_russian_s(text: str, expected) -> None:
    assert dates_in(text, DateContext(1931)) == expected


def test_a_date_without_a_year_takes_the_year_of_the_story_not_of_a_digression() -> None:
    ctx = DateContext(era=1912)
    for span in [resolve(m, ctx) for m in find_dates("the miners struck in March 1912")]:
        ctx.set(span)
    for span in [resolve(m, ctx) for m in find_dates("a monument was put up in 2017")]:
        ctx.set(span)
    assert dates_in("On April 4 troops fired on the crowd.", ctx) == [("1912-04-04", "1912-04-04")]
    assert dates_in("On April 4 troops fired on the crowd.", DateContext(2017)) == [
        ("2017-04-04", "2017-04-04")]  # no era known: the last year


@pytest.mark.parametrize("text, expected", [
    # "one day after <what happened>": the clause after it is a day before the anchor date
    ("The strike began on 26 May 1953, one day after a guard shot at a column of prisoners.",
     [("1953-05-26", "1953-05-26"), ("1953-05-25", "1953-05-25")]),
    ("They were arrested on 3 March 1937, two weeks before the trial opened.",
     [("1937-03-03", "1937-03-03"), ("1937-03-17", "1937-03-17")]),
    # "two days before, …" keeps its old sense: earlier than the date told before it
    ("On 10 June 1962 the town was quiet; two days before, troops had fired.",
     [("1962-06-10", "1962-06-10"), ("1962-06-08", "1962-06-08")]),
    ("Арестован 5 сентября 1918 г., а на следующий день расстрелян.",
     [("1918-09-05", "1918-09-05"), ("1918-09-06", "1918-09-06")]),
    ("Забастовка началась 1 июня 1962 года; через три дня в город вошли войска.",
     [("1962-06-01", "1962-06-01"), ("1962-06-04", "1962-06-04")]),
    ("Приговор вынесли 2 марта 1938 года, в тот же день его расстреляли.",
     [("1938-03-02", "1938-03-02"), ("1938-03-02", "1938-03-02")]),
    # how long something lasted moves no date: "for two days before the troops came"
    ("On 19 April 1903 the mob was left to plunder for two days before the garrison came.",
     [("1903-04-19", "1903-04-19")]),
    ("On 19 April 1903 the quarter burned for a week after the troops left.",
     [("1903-04-19", "1903-04-19")]),
])
def test_dates_relative_to_the_date_before_them(text: str, expected) -> None:
    assert dates_in(text) == expected


def test_a_bare_number_far_before_the_story_is_no_year_of_it() -> None:
    story = DateContext(era=1920)
    assert dates_in("Of the prisoners, 1172 were shot.", story) == []
    assert dates_in("The monastery was founded in 1147.", story) == [("1147", "1147")]
    assert dates_in("Of the prisoners, 1172 were shot.") == [("1172", "1172")]  # no story known


@pytest.mark.parametrize("text, expected", [
    # the Julian 9 January 1905 was a Sunday, the Gregorian one a Monday
    ("On Sunday, 9 January 1905, troops fired on the marchers.", [("1905-01-22", "1905-01-22")]),
    ("On Sunday, 22 January 1905, troops fired on the marchers.", [("1905-01-22", "1905-01-22")]),
    ("В воскресенье, 9 января 1905 года, войска стреляли в шествие.", [("1905-01-22", "1905-01-22")]),
    # after 1918 a weekday tells nothing of the calendar
    ("On Friday 1 June 1962 the workers stopped.", [("1962-06-01", "1962-06-01")]),
])
def test_a_weekday_before_a_day_tells_its_calendar(text: str, expected) -> None:
    assert dates_in(text) == expected


def test_the_year_a_historian_wrote_in_is_no_events_date() -> None:
    assert dates_in("Solzhenitsyn, writing in 1973, put the toll at 66 million.") == []
    assert dates_in("In his 1990 study the historian counted the dead of 1937.") == [
        ("1937", "1937")]
    assert dates_in("In the autumn of 1918 the hostages were shot.") == [("1918", "1918")]


def test_the_previous_season_is_of_the_year_before() -> None:
    assert dates_in("In May 1953 the camp rose; the previous autumn prisoners had come.") == [
        ("1953-05", "1953-05"), ("1952", "1952")]


def test_an_author_year_reference_is_a_work_cited_not_a_date() -> None:
    # our own sentences in the citation styles of academic prose
    assert dates_in("The army razed the villages (Hiltermann 2007: 105).") == []
    assert dates_in("Thousands died and more were injured (HRW 1993, pp. 67–70).") == []
    assert dates_in("The sailors rose (March 1921).") == [("1921-03", "1921-03")]


def test_russian_decades_are_periods_and_a_from_to_span_of_two_forms_is_one_range() -> None:
    from kartoteka.extract.dates import DateContext, find_dates, resolve

    def read(text: str) -> list[tuple[str, str, bool]]:
        spans = [resolve(m, DateContext()) for m in find_dates(text)]
        return [(s.start, s.end, s.period) for s in spans if s]

    assert read("в 1930-х годах") == [("1930", "1939", True)]
    assert read("в 1930-е годы") == [("1930", "1939", True)]
    assert read("from the autumn of 1936 to November 1938") == [("1936", "1938-11", False)]
    assert read("с осени 1936 года по ноябрь 1938 года") == [("1936", "1938-11", False)]
    assert read("In 1937 and in 1938") == [("1937", "1937", False), ("1938", "1938", False)]


def test_between_two_full_dates_is_one_range() -> None:
    from kartoteka.extract.dates import DateContext, find_dates, resolve
    spans = [resolve(m, DateContext()) for m in find_dates(
        "Between 8 August 1937 and 19 October 1938, 20,761 people were shot.")]
    assert [(s.start, s.end) for s in spans if s] == [("1937-08-08", "1938-10-19")]
    spans = [resolve(m, DateContext()) for m in find_dates("On 8 August 1937 and on 19 October 1938")]
    assert [(s.start, s.end) for s in spans if s] == [("1937-08-08", "1937-08-08"),
                                                      ("1938-10-19", "1938-10-19")]


def test_a_publication_word_must_be_whole_to_exclude_a_date() -> None:
    # our own sentences: "disappeared" holds "appeared"
    assert dates_in("30,000 people disappeared between 1976 and 1983.") == [("1976", "1983")]
    assert dates_in("His memoir appeared in 1931.") == []
