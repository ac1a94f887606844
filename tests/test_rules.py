"""The rule extractor on short real-style passages: context, clauses and what is not an event."""

from __future__ import annotations

from pathlib import Path

from kartoteka.extract.names import find_aliases
from kartoteka.extract.rules import RuleExtractor
from kartoteka.ingest import read_document
from kartoteka.models import Document, Extraction


def read(text: str, fmt: str = "txt", **meta: object) -> Extraction:
    """What the rule extractor reads in a document holding `text`."""
    return RuleExtractor().extract(Document(f"d.{fmt}", f"d.{fmt}", text, "0", fmt, **meta))


def extract(text: str, **meta: object) -> list[tuple[str | None, str]]:
    return [(m.date.start if m.date else None, m.type) for m in read(text, **meta).mentions]


def test_dates_carry_from_headings_bullets_and_earlier_sentences() -> None:
    text = ("Kronstadt, 1921\n\n• 1 March 1921 A mass meeting endorses the resolution.\n"
            "• 7 March The Red Army begins its assault.\n\n"
            "In 1919 the Cheka raided the Putilov works. On March 16 it arrested 900 strikers.")
    assert extract(text) == [("1921-03-01", "strike"), ("1921-03-07", "attack"),
                              ("1919", "raid"), ("1919-03-16", "arrest")]


def test_time_reference_and_quoted_words_do_not_set_the_type() -> None:
    assert extract("In 1918 around 800 members were executed in the months following "
                   "Lenin's attempted assassination.") == [("1918", "execution")]
    assert extract('On 3 September 1918 the party declared: "We must crush the hydra."') == [
        ("1918-09-03", "decree")]


def test_publications_citations_and_the_writers_present_are_not_events() -> None:
    assert extract("Serge wrote up his findings on the repression in 1921.") == []
    assert extract("Augustí Guillamón, El terror estalinista en Barcelona 1938") == []
    text = ("Posted on: 10 November 2017\n\nThis October 2017, a hundred years after the "
            "revolution, we remember. In 1918 the Cheka executed hostages. In 1919 it shot "
            "strikers in Astrakhan. In 1921 it crushed Kronstadt.")
    assert [d for d, _ in extract(text)] == ["1918", "1919", "1921"]


def test_what_a_book_tells_is_dated_by_its_story_not_by_its_publication() -> None:
    # the date after the verb that tells what the book is about dates the story it tells
    text = ("The historian's short book reconstructs the two days of April 1903 hour by "
            "hour. The dead he puts at 49, the badly wounded at 92.")
    assert extract(text) == [("1903-04", "killing")]
    assert extract("The book describes the executions of April 1903 in detail.") == [
        ("1903-04", "execution")]
    # the book's own year is no event's
    assert extract("In his 1992 book he describes the executions in the cellars.") == []


def test_a_dispatch_s_dateline_and_a_sentence_s_first_word_are_no_people() -> None:
    found = read("ST. PETERSBURG, April 28. — Letters from the south speak of 47 killed. "
                 "Several hundred arrests have since been made.", date="1903-04-28")
    assert [n.form for n in found.names if n.type == "person"] == []
    assert [m.places for m in found.mentions] == [["Petrograd"], ["Petrograd"]]


def test_a_feast_names_no_place() -> None:
    found = read("In April 1903 the Easter riots left 47 dead in Kishinev.")
    assert [m.places for m in found.mentions] == [["Chisinau"]]


def test_a_figure_without_a_date_is_still_a_mention() -> None:
    assert extract("Within months, the Cheka executed at least 10,000 people.") == [
        (None, "execution")]


def test_a_date_belongs_to_the_event_it_modifies() -> None:
    text = ("After the assassination of Tsar Alexander II on 13 March 1881, the government "
            "created a security department in 1881.")
    assert extract(text) == [("1881-03-13", "assassination"), ("1881", "founding")], (
        "the time reference 'After the assassination' must not hide the first event")


def test_each_date_keeps_its_own_verb_and_a_tenure_is_not_carried() -> None:
    assert extract("Yezhov was arrested in April 1939 and executed on 4 February 1940.") == [
        ("1939-04", "arrest"), ("1940-02-04", "execution")]
    text = ("Nikolai Yezhov, head of the NKVD from 1936 to 1938, signed Order 00447 on "
            "30 July 1937. The order set quotas: 75,950 people were to be shot.")
    assert [d for d, _ in extract(text)] == ["1937-07-30", "1937-07-30"]


def test_reported_speech_is_not_a_publication() -> None:
    text = "In 1918 the arrests never stopped. My mother wrote that forty hostages were held."
    assert extract(text) == [("1918", "arrest"), ("1918", "hostage_taking")]


def test_a_decade_is_a_period_not_an_events_date() -> None:
    (m,) = read("In the 1870s hundreds of populists were arrested.").mentions
    assert m.date is None and (m.period.start, m.period.end) == ("1870", "1879")
    assert [(f.low, f.kind) for f in m.figures] == [(100, "arrested")]


def test_one_persons_death_is_not_an_event_but_many_deaths_are() -> None:
    assert extract("Serge died in Mexico City in 1947.") == []
    assert extract("In 1921 five million peasants died.") == [("1921", "killing")]


def test_references_and_notes_date_books_not_events() -> None:
    text = ("In 1921 the Cheka crushed the rising.\n\nReferences\n\n"
            "1. Landis, Erik (2008). Bandits and Partisans: the Antonov movement in the Civil War.")
    assert extract(text) == [("1921", "attack")]


def test_it_took_place_stands_for_the_event_just_named() -> None:
    text = ("The Tambov Rebellion was one of the largest peasant uprisings against the Bolsheviks. "
            "It took place in Tambov Governorate between August 1920 and June 1921.")
    (mention,) = read(text).mentions
    assert (mention.date.start, mention.date.end, mention.type) == ("1920-08", "1921-06", "uprising")
    assert extract("It was a cold winter. It took place in 1920.") == []


def test_a_later_date_in_the_sentence_takes_the_year_of_an_earlier_one() -> None:
    text = ("By 1921 the Cheka had grown. After the assassination of Uritsky on 30 August 1918, "
            "the Council of People's Commissars decreed the Red Terror on 5 September.")
    assert extract(text)[-2:] == [("1918-08-30", "assassination"), ("1918-09-05", "decree")]


def test_a_semicolon_not_an_apposition_comma_ends_a_dates_clause() -> None:
    text = ("On 17 August 1918 (O.S.) Moisei Uritsky, head of the Petrograd Cheka, was "
            "assassinated by Leonid Kannegisser; in 1919 the Cheka raided the Putilov works.")
    assert extract(text) == [("1918-08-30", "assassination"), ("1919", "raid")]


def test_the_event_a_subject_underwent_is_dated_even_in_a_sentence_about_a_book() -> None:
    text = ("The book tells the story of the Extraordinary Commission from its founding in "
            "December 1917.")
    assert extract(text) == [("1917-12", "founding")]


def test_chronology_in_the_present_tense_and_one_person_against_another() -> None:
    found = read((
        "- 1878 — Vera Zasulich shoots the governor of St Petersburg, Fyodor Trepov, wounding "
        "him; a jury acquits her.\n"
        "- 1 September 1911 — Dmitry Bogrov shoots Pyotr Stolypin in the Kiev opera house.\n"
        "- 3 September 1918 — the Cheka shot Fanny Kaplan in the Kremlin.\n"
        "- February 1917 — crowds burn the offices of the Okhrana.\n"), "md")
    got = [(m.date.start, m.type, m.attempt) for m in found.mentions]
    assert got == [("1878", "assassination", True), ("1878", "trial", False),  # the acquittal
                   ("1911-09-01", "assassination", False),
                   ("1918-09-03", "execution", False), ("1917-02", "attack", False)]


def test_wikipedia_dual_dates_bracketed_dates_and_estimates() -> None:
    text = ("The Cheka was established on 20 December [O.S. 7 December] 1917 by a decree.\n\n"
            "In 1918 the Cheka took part in the suppression of the Left SR uprising in Moscow "
            "(6–7 July 1918).\n\n"
            "Estimates of the number of people killed by the Cheka vary widely. Conquest put "
            "the number of executions at 140,000 for 1917–1922; Gerson gave a figure of 12,733 "
            "for 1918–1920. Chamberlin suggested about 50,000.")
    mentions = read(text).mentions
    assert [(m.date.start if m.date else None, m.type) for m in mentions][:3] == [
        ("1917-12-20", "founding"), ("1918", "attack"), ("1918-07-06", "uprising")]
    assert [(f.low, f.kind) for m in mentions for f in m.figures] == [
        (140000, "killed"), (12733, "killed"), (50000, "killed")]
    treaties = extract("Trade treaties followed, with Britain (1921) and Germany (1922).")
    assert ("1922", "other") not in treaties, "a bracketed year dates no diplomacy"


def test_it_stands_for_the_body_named_before() -> None:
    text = ("The Cheka was the first Soviet secret police.\n\nEstablished on 20 December 1917 "
            "by a decree, it was led by Felix Dzerzhinsky. On 6 February 1922 it was abolished.")
    mentions = read(text).mentions
    assert [(m.date.start, m.type, [(a.role, a.name.form) for a in m.actors]) for m in mentions] == [
        ("1917-12-20", "founding", [("perpetrator", "Felix Dzerzhinsky"), ("target", "Cheka")]),
        ("1922-02-06", "ban", [("target", "Cheka")])]


def test_russian_decrees_risings_and_camps() -> None:
    text = ("5 сентября 1918 года Совнарком принял постановление «О красном терроре».\n\n"
            "В марте 1921 года восстали матросы Кронштадта. После подавления восстания "
            "расстреляно около 2 100 человек, свыше 6 000 отправлены в лагеря.")
    mentions = read(text).mentions
    assert [(m.date.start, m.type) for m in mentions] == [
        ("1918-09-05", "decree"), ("1921-03", "uprising"), ("1921-03", "execution")]
    assert [(f.low, f.high, f.kind) for f in mentions[-1].figures] == [
        (2100, 2100, "killed"), (6000, None, "deported")]


def test_orders_by_number_memoir_arrests_and_estimates_after_a_colon() -> None:
    assert extract("The operations were launched by NKVD Order No. 00447 of 30 July 1937, "
                   "which set quotas for executions.") == [("1937-07-30", "decree")]
    assert extract("After the February Revolution of 1917 the Provisional Government abolished "
                   "the Okhrana.") == [("1917", "ban")]
    found = read(
        "On the night of 24 February 1921 more than 200 workers were taken from their homes. "
        "The Tsarist state executed few opponents: estimates for 1866–1917 run to several "
        "thousand.")
    mentions = found.mentions
    assert [(m.type, [(f.low, f.high, f.kind) for f in m.figures]) for m in mentions] == [
        ("arrest", [(200, None, "arrested")]), ("execution", [(1000, None, "killed")])]


def test_a_surname_opening_a_sentence_is_still_a_name() -> None:
    forms = [n.form for n in read("Dzerzhinsky was succeeded by Menzhinsky. Nonetheless, "
                                  "little changed.").names]
    assert forms == ["Dzerzhinsky", "Menzhinsky"]


def test_a_pamphlet_dates_no_event() -> None:
    assert extract("Serge wrote up his findings in 1921, and in 1926 expanded them into a "
                   "pamphlet called Behind the Red Terror.") == []


def test_a_bare_date_after_a_comma_dates_the_event_before_it() -> None:
    assert extract("The trial took place in the summer of 1922, from 8 June to 7 August.") == [
        ("1922", "trial"), ("1922-06-08", "trial")]
    assert extract("Arrested 30/08/1918, she was shot four days later.") == [
        ("1918-08-30", "arrest"), ("1918-09-03", "execution")]
    assert extract("On 9 (22) January 1905 troops fired on the crowd.") == [("1905-01-22", "killing")]


def test_the_following_months_keep_the_year_and_official_names_with_and() -> None:
    text = ("On 16 March 1921 the fortress fell to the Red Army.\n\nAftermath\n\n"
            "In the following months, hundreds of prisoners were shot.")
    assert extract(text)[-1] == ("1921", "execution")
    claims = find_aliases("The Department for Protecting the Public Security and Order "
                          "(Russian: Охранное отделение), usually called the Okhrana, spied.")
    assert {(claim.form, claim.alias) for claim in claims} == {
        ("Department for Protecting the Public Security and Order", "Okhrana"),
        ("Department for Protecting the Public Security and Order", "Охранное отделение")}


def test_a_transliteration_in_the_bracket_is_the_name_it_spells() -> None:
    out = read("Bloody Sunday (Russian: Кровавое воскресенье, Krovavoye voskresenye) was the "
               "shooting of marchers in St Petersburg on 22 January 1905.")
    assert {(a.form, a.alias) for a in out.aliases} == {
        ("Bloody Sunday", "Кровавое воскресенье"), ("Bloody Sunday", "Krovavoye voskresenye")}
    assert {(n.form, n.type) for n in out.names if n.form.startswith("Krov")} == {
        ("Krovavoye voskresenye", "event")}


def test_an_act_dated_is_dated_a_letter_dated_is_not_an_event() -> None:
    assert extract("The order was given in a proposal by Beria dated 5 March 1940 and "
                   "approved by the Politburo.") == [("1940-03-05", "decree")]
    assert extract("In a letter dated 5 March 1940 he complained.") == []


def test_a_day_without_its_year_takes_the_next_date_s_year() -> None:
    assert extract("In 1904 the war went badly. The strike began on 20 January; on 21 "
                   "January 1905 it was crushed.")[-2:] == [("1905-01-20", "strike"),
                                                             ("1905-01-21", "attack")]
    assert extract("On 20 December the strike began, and on 3 January 1905 troops "
                   "crushed it.") == [("1904-12-20", "strike"), ("1905-01-03", "attack")]


def test_an_anniversary_piece_dates_by_the_day_it_was_written() -> None:
    # our own commemorative pieces, written on the New Style anniversary of the Lena shooting
    assert extract("On this day in 1912, troops opened fire on striking miners at the Lena "
                   "goldfields. Today, 105 years later, the massacre is barely remembered. At "
                   "least 270 were killed.", date="2017-04-17") == [
        ("1912-04-17", "killing"), ("1912-04-17", "killing")]
    out = read("Ровно 105 лет назад, 17 апреля 1912 года, на Ленских приисках солдаты "
               "расстреляли рабочих.", date="2017-04-17")
    assert [m.date.start for m in out.mentions] == ["1912-04-17"]
    assert all(n.form != "Ровно" for n in out.names)  # an adverb, not the town


def test_a_chronology_s_abbreviated_months_and_listed_towns() -> None:
    # our own chronology of the Chilean coup
    out = read("1973\n12 Sept. Thousands detained in Santiago.\n16–19 Oct. Troops kill 26 "
               "prisoners in La Serena, Copiapó and Antofagasta.\n1974\n30 Sept. Prats and his "
               "wife killed by a car bomb in Buenos Aires.")
    assert [(m.date.start, m.type) for m in out.mentions] == [
        ("1973-09-12", "arrest"), ("1973-10-16", "killing"), ("1974-09-30", "killing")]
    assert not {n.form for n in out.names} & {"Sept", "Oct", "Sept. Thousands"}
    assert out.mentions[1].places == ["La Serena", "Copiapó", "Antofagasta"]
    assert [(a.role, a.name.form) for a in out.mentions[2].actors] == [("target", "Prats")]


def test_two_months_without_a_year_are_a_range_of_the_year_told() -> None:
    last = read("In 1973 the junta ruled. Some 7,000 prisoners were held in the stadium in "
                "September and October alone.").mentions[-1]
    assert (last.date.start, last.date.end) == ("1973-09", "1973-10")


def test_a_mass_operation_s_course_is_an_event() -> None:
    assert extract("The operation began in most regions on 5 August 1937.") == [
        ("1937-08-05", "other")]


def test_the_shooting_of_protesters_is_a_killing_and_what_came_later_is_undated() -> None:
    # our own summary of the Novocherkassk shooting
    out = read("The massacre was the shooting of unarmed workers protesting against higher "
               "prices in Novocherkassk on 2 June 1962. Twenty-six people were killed and 87 "
               "wounded; seven men were later sentenced to death and shot.")
    assert [(m.date.start if m.date else None, m.type, [(f.kind, f.low) for f in m.figures])
            for m in out.mentions] == [
        ("1962-06-02", "killing", []),
        ("1962-06-02", "killing", [("killed", 26), ("wounded", 87)]),
        (None, "trial", [("killed", 7)])]


def test_a_victim_list_s_entry_and_a_russian_passive_s_agent() -> None:
    (entry,) = read("Bukharin, Nikolai Ivanovich — shot 15 March 1938").mentions
    assert [(a.role, a.name.form) for a in entry.actors] == [("target", "Nikolai Ivanovich Bukharin")]
    for text in ("Осуждён тройкой УНКВД 20 сентября 1937 г.",
                 "В 1938 году рабочие были арестованы НКВД.",
                 "Убийства, совершённые сотрудниками НКВД весной 1940 года."):
        (mention,) = read(text).mentions
        assert [(a.role, a.name.form) for a in mention.actors][:1] in (
            [("perpetrator", "УНКВД")], [("perpetrator", "НКВД")]), text


def test_the_leader_under_whom_it_was_done_is_a_perpetrator() -> None:
    (mention,) = read("In 1937 the Cheka under Dzerzhinsky shot the hostages.").mentions
    assert {(a.role, a.name.form) for a in mention.actors} == {
        ("perpetrator", "Cheka"), ("perpetrator", "Dzerzhinsky")}


def test_an_infobox_pasted_with_tabs_is_one_event() -> None:
    (mention,) = read("Kengir uprising\nDate\t16 May – 26 June 1954\nLocation\tKengir, Kazakh "
                      "SSR\nResult\tuprising suppressed\nCasualties\t37 killed (official)").mentions
    assert (mention.date.start, mention.date.end, [(f.kind, f.low) for f in mention.figures]) == (
        "1954-05-16", "1954-06-26", [("killed", 37)])


def test_the_body_that_issued_an_act_is_its_perpetrator() -> None:
    for text, bodies in (("• 17 ноября 1938 — постановление СНК и ЦК о прекращении операций.",
                          {"СНК", "ЦК"}),
                         ("On 5 September 1918 the decree of the Sovnarkom was issued.",
                          {"Sovnarkom"})):
        (mention,) = read(text).mentions
        assert {a.name.form for a in mention.actors if a.role == "perpetrator"} == bodies


def test_an_invasion_its_armies_a_decision_to_invade_and_a_self_immolation() -> None:
    # our own sentences on August 1968
    (invasion,) = read("On 21 August 1968 some 250,000 troops of the Soviet Union crossed into "
                       "Czechoslovakia.").mentions
    assert invasion.type == "attack"
    assert ("perpetrator", "Soviet Union") in {(a.role, a.name.form) for a in invasion.actors}
    assert extract("The decision to invade was taken in Moscow on 17 August 1968.") == [
        ("1968-08-17", "decree")]
    assert extract("On 16 January 1969 a student set himself on fire in the square in "
                   "protest.") == [("1969-01-16", "other")]


def test_russian_roles_follow_case_and_agreement_not_word_order() -> None:
    def roles(text: str) -> set[tuple[str, str]]:
        (mention,) = read(text).mentions
        return {(a.role, a.name.form) for a in mention.actors}
    assert roles("Тухачевского арестовали 22 мая 1937 года.") == {("target", "Тухачевского")}
    assert roles("Кирова убил Николаев 1 декабря 1934 года.") == {
        ("target", "Кирова"), ("perpetrator", "Николаев")}
    assert roles("1 декабря 1934 года Николаев убил Кирова.") == {
        ("perpetrator", "Николаев"), ("target", "Кирова")}


def test_a_judgment_under_articles_of_a_code_and_a_day_named_by_another_event() -> None:
    # our own summaries of a verdict and of a monitors' report
    (verdict,) = read("The Military Collegium, sitting on 11 June 1937, found M. N. Tukhachevsky "
                      "and I. E. Yakir guilty under articles 58-1b and 58-8 of the Criminal Code "
                      "and sentenced them to death.").mentions
    assert (verdict.date.start, verdict.type) == ("1937-06-11", "trial")
    assert {a.name.form for a in verdict.actors if a.role == "target"} >= {
        "M. N. Tukhachevsky", "I. E. Yakir"}
    (report,) = read("Monitors recorded the detention of at least 1,700 people at anti-war "
                     "protests in 53 cities on 24 February 2022, the day the invasion began.").mentions
    assert (report.type, [(f.kind, f.low) for f in report.figures]) == ("arrest", [("arrested", 1700)])


def test_names_joined_to_an_agent_are_agents() -> None:
    (mention,) = read("In 1934 the purge was carried out by the SS and the Gestapo.").mentions
    assert {(a.role, a.name.form) for a in mention.actors} == {
        ("perpetrator", "SS"), ("perpetrator", "Gestapo")}


def test_a_dispatch_with_an_agency_and_no_year_takes_its_title_s_year() -> None:
    # our own dispatches, in the style of the wire services of the 1930s
    out = read("BERLIN, July 1 (AP) — Hitler's lieutenants carried out a purge of the Storm "
               "Troop leadership today.", title="The purge of the SA, 1934")
    assert [(m.date.start, m.places) for m in out.mentions] == [("1934-07-01", ["Berlin"])]
    assert "AP" not in {n.form for n in out.names}
    out = read("МОСКВА, 12 июня. (ТАСС). Сегодня суд приговорил к расстрелу Тухачевского и Якира.",
               title="Приговор 1937 года")
    assert [m.date.start for m in out.mentions] == ["1937-06-12"]
    assert {(a.role, a.name.form) for a in out.mentions[0].actors} >= {
        ("target", "Тухачевского"), ("target", "Якира")}


def test_the_day_a_referred_to_act_began_is_that_act_s() -> None:
    assert extract("On 2 June 1962 troops fired. The massacre took place during a strike that "
                   "began the previous day at the works.")[-1] == ("1962-06-01", "strike")


def test_where_the_people_came_from_is_not_where_it_befell_them() -> None:
    out = read("In 1937 thousands were shot in Karelia. Between 27 October and 4 November 1937, "
               "1,111 prisoners from Solovki were shot there.")
    assert out.mentions[-1].places == ["Karelia"]


def test_a_word_inside_a_book_s_title_tells_no_act() -> None:
    assert extract("In 1954 the author puts the dead at 37, following Solzhenitsyn's account in "
                   "The Gulag Archipelago.") == [("1954", "killing")]


def test_counts_in_words_make_a_tally_and_detention_without_trial_is_no_trial() -> None:
    (mention,) = read("In 1965 between 500,000 and one million alleged communists were killed, "
                      "and hundreds of thousands more were detained without trial.").mentions
    assert mention.type == "killing"


def test_the_agent_of_a_passive_killing_is_its_perpetrator() -> None:
    (mention,) = read("In March 1906 Gapon was killed by members of the Socialist "
                      "Revolutionary Party.").mentions
    assert mention.type == "assassination"
    assert {(a.role, a.name.form) for a in mention.actors} == {
        ("target", "Gapon"), ("perpetrator", "Socialist Revolutionary Party")}


def test_a_verb_dated_after_a_short_phrase_owns_the_date() -> None:
    assert extract("The Terror was a policy of liquidation, as they declared in their newspaper "
                   "on September 3, 1918: crush the hydra through mass arrests.") == [
        ("1918-09-03", "decree")]


def test_a_communique_reprisal_relative_clause_and_yesterday() -> None:
    found = read(
        "PETROGRAD, Sept. 6, 1918. — The Commission announces that in reply to the murder of "
        "Uritsky and the attempt on the life of Lenin, 512 counter-revolutionaries have been "
        "shot.\n\nMOSCOW, Sept. 3, 1918. — Fanny Kaplan, who shot at Lenin, was executed "
        "yesterday. A further list of hostages will be published.")
    got = [(m.date.start, m.type, [f.low for f in m.figures], m.modality)
           for m in found.mentions]
    assert got == [("1918-09-06", "execution", [512], "asserted"),
                   ("1918-09-02", "execution", [], "asserted"),
                   ("1918-09-02", "hostage_taking", [], "hypothetical")]


def test_a_biography_age_sentence_and_burning() -> None:
    found = read(
        "In 1906, at the age of 16, she was arrested in Kiev. She was sentenced to death by a "
        "tribunal, a sentence commuted to life imprisonment with hard labour (katorga). "
        "Her remains were burned. In 1920 the Whites burned the villages of the region.")
    mentions = found.mentions
    assert [(m.date.start, m.type, [f.low for f in m.figures]) for m in mentions] == [
        ("1906", "arrest", []), ("1906", "trial", []), ("1920", "attack", [])]


def test_chronology_entries_led_by_a_month() -> None:
    text = ("1919\n\n• March: strikes at the Putilov works; some 900 workers arrested.\n"
            "• 16 March: the Cheka shoots some 200 of the arrested strikers.\n\n1920\n\n"
            "• January — the Cheka reports 2,000 arrests.\n• 1920–21: mass searches of workers' "
            "flats.\n")
    # the strikes and, after the semicolon, the arrests: two acts of the same month
    assert extract(text) == [("1919-03", "strike"), ("1919-03", "arrest"), ("1919-03-16", "execution"),
                             ("1920-01", "arrest"), ("1920", "raid")]
    assert names_aliases("• January — the Cheka reports 2,000 arrests.") == []


def names_aliases(text: str) -> list[tuple[str, str]]:
    return [(c.form, c.alias) for c in find_aliases(text)]


def test_a_new_month_starts_without_the_last_sentences_place() -> None:
    found = read(
        "Between 12 and 14 March 1919 the Cheka massacred striking workers in Astrakhan. In "
        "November 1920 the Red Army crushed the Makhnovists. Between 1 and 18 March 1921 the "
        "garrison of Kronstadt held out. After the suppression on 18 March 1921 the Cheka "
        "executed 2,000 rebels.")
    got = [(m.date.start, m.type, m.places, m.places_carried)
           for m in found.mentions]
    assert got == [("1919-03-12", "killing", ["Astrakhan"], False),
                   ("1920-11", "attack", [], False),
                   ("1921-03-01", "other", ["Kronstadt"], False),
                   ("1921-03-18", "attack", ["Kronstadt"], True),  # "after the suppression on"
                   ("1921-03-18", "execution", ["Kronstadt"], True)]


def test_hostages_who_were_shot_make_an_execution() -> None:
    assert extract("In the last days of August 1918 hostages were shot in Petrograd.") == [
        ("1918-08", "execution")]
    assert extract("In September 1918 the Cheka took 500 hostages.") == [
        ("1918-09", "hostage_taking")]


def test_the_subject_behind_an_apposition_and_estimates_count_the_dead() -> None:
    assert extract("- 1 September 1911 — Dmitry Bogrov, an Okhrana informer, shoots Pyotr "
                   "Stolypin in the Kiev opera house.") == [("1911-09-01", "assassination")]
    (mention,) = read("On 22 January 1905 troops fired on the crowd; official figures give "
                      "96 killed and 333 wounded, while opponents spoke of thousands.").mentions
    assert [(f.low, f.kind) for f in mention.figures] == [(96, "killed"), (333, "wounded"),
                                                          (1000, "killed")]


def test_nested_bullets_keep_their_parents_date_and_questions_set_what_is_counted() -> None:
    found = read((
        "Key dates\n\n• 20 December 1917: Cheka founded under Felix Dzerzhinsky.\n"
        "  • Initially around 40 staff in Petrograd.\n\n"
        "How many people were executed in the autumn of 1918? (Estimates range from 10,000 to "
        "15,000.)\n"), "md")
    got = [(m.date.start, [(f.low, f.high, f.kind) for f in m.figures])
           for m in found.mentions]
    assert got == [("1917-12-20", []), ("1917-12-20", [(40, 40, "strength")]), ("1918", []),
                   ("1918", [(10000, 15000, "killed")])]


def test_a_date_that_opens_its_clause_takes_the_event_words_after_it() -> None:
    """Written for this test: the first date opens the sentence, the second and third name
    their own events ("formed in 1924", "the murder of Petrov in May 1927")."""
    text = ("In March–April 1930, Ivanov, Sidorov and nine others were convicted of having "
            "led a group that had been formed in 1924 and was blamed for the murder of Petrov "
            "in May 1927.")
    assert extract(text) == [("1930-03", "trial"), ("1924", "founding"),
                             ("1927-05", "killing")]
    text = ("During 1931 and 1932, the OGPU detained 20,000 people, of whom 3,000 were shot "
            "(by contrast, from 1880 to 1890 the courts executed 40 people).")
    got = read(text).mentions
    assert [(m.date.start, m.date.end, m.type, [f.low for f in m.figures]) for m in got] == [
        ("1931", "1932", "execution", [20000, 3000]), ("1880", "1890", "execution", [40])]


def test_dates_listed_after_one_another_tell_the_same_kind_of_event() -> None:
    text = "Its public face was the show trials (May 1930, June 1931 and July 1932) in Kharkov."
    assert extract(text) == [("1930-05", "trial"), ("1931-06", "trial"), ("1932-07", "trial")]


def test_a_russian_source_dates_the_empire_in_the_old_style() -> None:
    """Written for this test: Russian sources give pre-1918 days in the Julian calendar, an
    English one does when it writes its dual dates Old Style first."""
    assert extract("9 января 1905 года войска стреляли в рабочих у Зимнего дворца.") == [
        ("1905-01-22", "killing")]
    assert extract("5 сентября 1918 года был издан декрет о терроре.") == [
        ("1918-09-05", "decree")]
    # an English source that writes one dual date Old Style first gives its plain days New
    # Style; one that says it dates in the Old Style does not
    text = ("The strike began on 3 (16) January 1905. On 22 January troops fired on the "
            "marchers.")
    assert extract(text) == [("1905-01-16", "strike"), ("1905-01-22", "killing")]
    text = ("All dates are given in the Old Style. The strike began on 3 January 1905. On 9 "
            "January troops fired on the marchers.")
    assert extract(text) == [("1905-01-16", "strike"), ("1905-01-22", "killing")]
    text = ("On 22 January [O.S. 9 January] 1905 troops fired on the marchers. On 3 March "
            "the strikes spread.")
    assert extract(text) == [("1905-01-22", "killing"), ("1905-03-03", "strike")]


def test_a_named_event_tells_its_type_where_no_trigger_word_does() -> None:
    assert extract("On 22 January 1905, Bloody Sunday left the capital in mourning.") == [
        ("1905-01-22", "killing")]


def test_shooting_at_a_group_is_an_attack_at_one_person_an_assassination() -> None:
    """Written for this test."""
    assert extract("On 25 May 1953 a camp guard shot at five prisoners.") == [
        ("1953-05-25", "attack")]
    assert extract("On 30 August 1918 Kaplan shot at Lenin.") == [("1918-08-30", "assassination")]


def test_a_papers_dateline_gives_the_year_of_a_dispatch_dated_by_its_day() -> None:
    """Written for this test: the paper's line dates the cable below it."""
    text = ("EVENING STAR, March 3, 1938\n\nMoscow, March 2.—The court sentenced eighteen "
            "defendants to be shot.\n")
    assert extract(text) == [("1938-03-02", "trial")]


def test_a_sentence_that_opens_with_its_date_tells_an_event_without_a_trigger_word() -> None:
    # after the history of the Solovki camp (Wikipedia, "Solovki prison camp"), retold
    assert extract("In 1926 the island camp was turned into a political prison for the "
                   "whole north.") == [("1926", "other")]
    assert extract("31 мая 1962 года рабочие завода узнали о новых ценах на мясо.") == [
        ("1962-05-31", "other")]
    assert extract("Утром 9 (22) января 1905 года колонны рабочих двинулись к дворцу.") == [
        ("1905-01-22", "other")]
    assert extract("On the morning of 22 January 1905 columns of workers set off.") == [
        ("1905-01-22", "other")]
    assert extract("## 1937\n\n- March: the February plenum demands vigilance from all.\n") == [
        ("1937-03", "other")]
    # a date that does not open the sentence, or one with too little after it, is no event
    assert extract("The camp, people said, was quiet until 1926 and the years after it.") == []
    assert extract("In 1926 and later.") == []


def test_a_finer_date_in_the_next_sentence_dates_the_event_told_before_it() -> None:
    # after the NKVD execution report on the Solovki transport (Republic, 2017), retold
    text = ("Осенью 1937 года тройка вынесла новые решения. Приговор приведён в исполнение "
            "на 1111 человек. На это ушло девять дней, с 27 октября по 4 ноября.")
    found = read(text).mentions
    assert [(m.date.start, m.date.end, m.type) for m in found] == [
        ("1937", "1937", "other"), ("1937-10-27", "1937-11-04", "execution")]
    assert found[1].quote.endswith("с 27 октября по 4 ноября.")
    assert text[found[1].start:found[1].end] == found[1].quote
    # a date outside the inherited one tells something else
    other = read("Осенью 1937 года тройка вынесла решения. Приговор приведён в исполнение "
                 "на 1111 человек. Потом, с 2 по 9 марта 1938 года, шли дожди.").mentions
    assert other[-1].date.start == "1937"


def test_texts_on_other_repressions_read_as_the_soviet_ones_do() -> None:
    # our own summaries (after the Wikipedia articles on each event)
    chechens = read("On 23 February 1944 the NKVD began the deportation of the entire Chechen "
                    "and Ingush population to Central Asia.").mentions[0]
    assert (chechens.type, chechens.places) == ("deportation", ["Central Asia"])
    assert [a.name.form for a in chechens.actors] == ["NKVD"]  # no "Chechen" person
    hungary = read("The Soviet intervention in Hungary began on 4 November 1956, when 17 "
                   "divisions entered Budapest.").mentions[0]
    assert (hungary.date.start, hungary.type) == ("1956-11-04", "attack")
    prague = read("During the night of 20–21 August 1968, Warsaw Pact troops invaded "
                  "Czechoslovakia.").mentions[0]
    assert (prague.type, prague.places, prague.actors) == ("attack", ["Czechoslovakia"], [])
    famine = read("In 1932–33 a famine killed between 3.5 and 5 million people.").mentions[0]
    assert [(f.low, f.high, f.kind) for f in famine.figures] == [(3_500_000, 5_000_000, "killed")]


def test_an_infobox_is_one_event_with_its_date_place_toll_and_perpetrator() -> None:
    # the shape of an encyclopedia's infobox, our own values (after "Katyn massacre", Wikipedia)
    text = ("Katyn massacre\n\nDate: April–May 1940\nLocation: Katyn forest, Kharkiv\n"
            "Attack type: Mass murder\nDeaths: 21,857–22,000\nPerpetrators: NKVD\n\n"
            "The massacre was denied for decades.\n")
    (box,) = read(text).mentions
    assert (box.date.start, box.date.end, box.type) == ("1940-04", "1940-05", "killing")
    assert [(f.low, f.high, f.kind) for f in box.figures] == [(21_857, 22_000, "killed")]
    assert [(a.role, a.name.form) for a in box.actors] == [("perpetrator", "NKVD")]
    assert box.places == ["Katyn", "Kharkiv"]
    assert text[box.start:box.end] == box.quote and box.quote.startswith("Date:")
    # key–value lines without a date line stay lines of their own
    assert [m.type for m in read("Location: Moscow\nDeaths: 12 killed\n").mentions] == ["killing"]


def test_a_finer_date_later_in_the_sentence_dates_the_event_it_told() -> None:
    # after the killing of the imperial family (Wikipedia, "Murder of the Romanov family")
    (m,) = read("In the summer of 1918 the Bolsheviks executed the former Tsar and his family "
                "at Yekaterinburg on the night of 16–17 July.").mentions
    assert (m.date.start, m.date.end, m.type) == ("1918-07-16", "1918-07-17", "execution")
    # a date of its own event is no refinement
    assert extract("In 1921 the Cheka shot 300 hostages, and on 5 May it arrested 40 sailors.") == [
        ("1921", "execution"), ("1921-05-05", "arrest")]


def test_a_russian_text_on_the_1944_deportations() -> None:
    # our own sentence, after the Russian Wikipedia article on the deportation
    (m,) = read("23 февраля 1944 года началась депортация чеченцев и ингушей в Среднюю Азию; "
                "за неделю выселили около 500 тысяч человек.").mentions
    assert (m.date.start, m.type, m.places, m.actors) == (
        "1944-02-23", "deportation", ["Central Asia"], [])
    assert [(f.kind, f.low) for f in m.figures] == [("deported", 500_000)]


def test_who_tells_a_figure_is_a_source_not_an_actor() -> None:
    for text in ("Michael Ellman estimates that in 1937–1938 some 950,000 people were killed.",
                 "According to Conquest, 1.5 million were shot in 1937–1938."):
        (m,) = read(text).mentions
        assert m.actors == [] and m.figures, text
    (m,) = read("In 1937 Yezhov ordered the arrests.").mentions
    assert [(a.role, a.name.form) for a in m.actors] == [("perpetrator", "Yezhov")]


def test_a_quotation_in_guillemets_opens_a_sentence() -> None:
    from kartoteka.extract.sentences import split
    text = "Он отрапортовал начальству. «Приговор приведён в исполнение», — писал он."
    assert [s.text for s in split(text)] == [
        "Он отрапортовал начальству.", "«Приговор приведён в исполнение», — писал он."]


def test_prisoners_loaded_onto_barges_and_taken_away_were_deported() -> None:
    # our own sentence after the history of the Solovki transport (Memorial's account)
    (m,) = read("On 27 October 1937, 1,116 prisoners were loaded onto three barges and taken "
                "from the islands to the mainland for their sentences.").mentions
    assert (m.type, [(f.kind, f.low) for f in m.figures]) == ("deportation", [("deported", 1116)])


def test_unrest_through_a_month_and_a_day_after_then() -> None:
    # our own lines after the Norilsk uprising (Wikipedia), retold
    got = read("In May 1953 the camp was tense. Unrest spread throughout the month of May. "
               "Then, on June 4 , a group of prisoners broke down the wooden barrier.").mentions
    assert [(m.date.start, m.type) for m in got] == [
        ("1953-05", "other"), ("1953-05", "strike"), ("1953-06-04", "other")]
    assert all(a.name.form != "Unrest" for m in got for a in m.actors)


def test_the_subject_of_a_passive_act_is_its_target_and_a_leader_only_takes_part() -> None:
    roles = [[(a.role, a.name.form) for a in m.actors] for m in read(
        "Fanny Kaplan was shot on 3 September 1918 by the Cheka.\n\n"
        "On 9 January 1905 soldiers fired on a procession led by Father Gapon.").mentions]
    assert roles == [[("target", "Fanny Kaplan"), ("perpetrator", "Cheka")],
                     [("participant", "Father Gapon")]]


def test_a_possessor_a_searcher_and_a_far_name_are_no_targets() -> None:
    roles = [[(a.role, a.name.form) for a in m.actors] for m in read(
        "Among those shot in 1929 was Nikolai von Meck, Tchaikovsky's nephew by marriage.\n\n"
        "In 1997 Yuri Dmitriev searched for the prisoners who were executed in 1937.\n\n"
        "On 1 December 1934 Kirov was killed, a murder that historians since Robert Conquest "
        "have blamed on Stalin.").mentions]
    assert roles[0] == [("target", "Nikolai von Meck"), ("participant", "Tchaikovsky")]
    assert ("target", "Yuri Dmitriev") not in roles[1]
    assert roles[2][0] == ("target", "Kirov") and ("participant", "Stalin") in roles[2]


def test_a_chronicle_of_another_country_in_chronology_and_press_styles() -> None:
    # our own summary of the repression after the Chilean coup of 1973 (facts as the Rettig
    # and Valech commissions reported them)
    mentions = read(
        "- 12 September 1973: Víctor Jara detained and taken to Estadio Chile.\n"
        "- 16 September 1973: Jara killed; his body, found with 44 bullet wounds, is left "
        "near the cemetery.\n"
        "- October 1973: a military delegation known as the Caravan of Death executes at "
        "least 75 prisoners.\n\n"
        "In 2004 the Valech Commission counted more than 28,000 victims of torture.\n\n"
        "Folk singer Victor Jara was reported killed on 16 September 1973.").mentions
    roles = [[(a.role, a.name.form) for a in m.actors] for m in mentions]
    assert roles[0] == [("target", "Víctor Jara"), ("participant", "Estadio Chile")]
    assert roles[1] == [("target", "Jara")] and mentions[1].figures == []
    assert roles[2] == [("perpetrator", "Caravan of Death")]
    assert [(f.kind, f.low) for f in mentions[3].figures] == [("other", 28000)]
    assert roles[4] == [("target", "Victor Jara")]


def test_a_total_over_a_whole_regime_takes_no_date_from_its_paragraph() -> None:
    mentions = read("In October 1973 at least 75 prisoners were executed in the provinces. "
                    "The commission later documented 2,279 deaths for the whole dictatorship.")\
        .mentions
    assert [(m.date.start if m.date else None, [f.low for f in m.figures]) for m in mentions] \
        == [("1973-10", [75]), (None, [2279])]


def test_a_region_after_its_town_a_title_alone_and_a_body_inside_a_body() -> None:
    # our own summary of the Amritsar massacre of 13 April 1919
    out = read("On 13 April 1919 troops of the British Indian Army under Reginald Dyer fired "
               "on a crowd in Amritsar, Punjab. In 1940 Udham Singh shot Michael O'Dwyer, the "
               "former Lieutenant Governor, in London.")
    first, second = out.mentions
    assert first.places == ["Amritsar", "Punjab"]
    assert ("perpetrator", "British Indian Army") in [(a.role, a.name.form) for a in first.actors]
    assert "Lieutenant Governor" not in [n.form for n in out.names]
    assert [(a.role, a.name.form) for a in second.actors] == [
        ("perpetrator", "Udham Singh"), ("target", "Michael O'Dwyer")]


def test_a_russian_account_of_the_1944_deportation() -> None:
    # our own summary of the deportation of the Chechens and Ingush (February 1944)
    out = read("23 февраля 1944 г. началась операция «Чечевица»: из Чечено-Ингушской АССР "
               "выселили около 500 тыс. человек. По данным НКВД, в пути погибли 1272 "
               "человека. В селении Хайбах 27 февраля 1944 года были сожжены заживо более "
               "700 жителей.")
    names = {(n.form, n.type) for n in out.names}
    assert ("Чечевица", "event") in names and ("Хайбах", "place") in names
    assert not any(form == "По" for form, _ in names), "a preposition opening a sentence"
    assert "Чечено-Ингушская АССР" in out.mentions[0].places
    assert [(f.kind, f.low) for f in out.mentions[-1].figures] == [("killed", 700)]


def test_a_tribunal_acts_by_its_verb_and_a_prison_code_is_a_body() -> None:
    # our own summary of the trial of the head of the Khmer Rouge prison S-21
    out = read("In July 2010 the Khmer Rouge Tribunal sentenced Duch to 35 years. S-21 "
               "held perhaps 18,000 people between 1976 and 1979.")
    assert [(a.role, a.name.form) for a in out.mentions[0].actors] == [
        ("perpetrator", "Khmer Rouge Tribunal"), ("target", "Duch")]
    assert ("S-21", "organization") in {(n.form, n.type) for n in out.names}


def test_a_commemoration_is_no_new_killing_but_an_act_on_an_anniversary_is() -> None:
    assert extract("On 17 April 2012 the town marked the 100th anniversary of the massacre.\n\n"
                   "A memorial to the victims was unveiled on 1 May 2018.\n\n"
                   "В 2012 году отмечалась столетняя годовщина расстрела.\n\n"
                   "On the anniversary of the revolution, in November 1918, the Cheka shot 50 "
                   "hostages.") == [("1918-11", "execution")]


def test_an_infobox_as_a_pipe_table_or_labels_takes_each_figures_kind_from_its_line() -> None:
    # our own infobox for the Gwangju uprising of May 1980, in both styles
    labelled = ("Date: 18–27 May 1980\nLocation: Gwangju, South Korea\n"
                "Deaths: 165–606 (official count 165)\nInjuries: 3,515\nArrested: 1,394\n")
    piped = "| | |\n|---|---|\n" + "".join(
        f"| {key} | {value} |\n" for key, value in
        (line.split(": ", 1) for line in labelled.splitlines()))
    for text in (labelled, piped):
        (m,) = read(text).mentions
        assert (m.date.start, m.date.end) == ("1980-05-18", "1980-05-27")
        assert m.places == ["Gwangju", "South Korea"]
        assert [(f.kind, f.low, f.high) for f in m.figures] == [
            ("killed", 165, 606), ("killed", 165, 165), ("wounded", 3515, 3515),
            ("arrested", 1394, 1394)]


def test_an_act_named_in_an_opening_phrase_with_its_own_date_is_an_event_too() -> None:
    # our own sentences: Plehve was killed in St Petersburg in July 1904; what followed
    out = read("Following Plehve's assassination in July 1904, the police arrested 300 "
               "students.\n\nAfter the murder of the governor in March 1905, the tsar banned "
               "all meetings.\n\nAfter the revolution the new government abolished the police.")
    assert [(m.date.start, m.type) for m in out.mentions] == [
        ("1904-07", "assassination"), ("1904-07", "arrest"), ("1905-03", "killing"),
        ("1905-03", "ban")]
    assert [(a.role, a.name.form) for a in out.mentions[0].actors] == [("target", "Plehve")]
    # the act that followed keeps its own roles; the one it followed is not its target
    assert ("target", "Plehve") not in [(a.role, a.name.form) for a in out.mentions[1].actors]


def test_a_date_after_a_reference_phrase_dates_the_main_clause_not_the_act_referred_to() -> None:
    # our own sentences: workers react to a price rise; a plant's workers after the revolution
    assert extract("В мае 1962 года цены выросли. Узнав о повышении цен, 1 июня рабочие завода "
                   "отправились к директору за объяснениями.") == [("1962-06-01", "other")]
    assert extract("After the revolution, on 5 May 1917, the workers of the plant went "
                   "home.") == [("1917-05-05", "other")]
    # a date the referred act holds itself still dates that act
    assert extract("После ареста Зиновьева в декабре 1934 года начались аресты его сторонников.") \
        [0] == ("1934-12", "arrest")


def test_an_act_a_plot_aimed_at_is_not_the_act_that_took_place() -> None:
    # our own wire-report sentence on a show trial, and a plain one where a plot is only named
    out = read("Moscow, March 2, 1938.—A story of plots to overthrow the state by assassinating "
               "its leaders was told as Bukharin and twenty others went on trial.\n\n"
               "Having uncovered such plots, the Cheka arrested 40 officers on 3 May 1919.")
    assert [(m.type, m.modality) for m in out.mentions] == [
        ("trial", "asserted"), ("arrest", "asserted")]
    assert [(a.role, a.name.form) for a in out.mentions[0].actors] == [("target", "Bukharin")]
    (m,) = read("In 1937 they admitted plotting the assassination of Stalin.").mentions
    assert m.modality == "hypothetical"


def test_an_act_in_an_aside_describes_and_the_date_dates_the_main_clause() -> None:
    # our own sentences on Azef, Zasulich and Bukharin
    assert extract("In 1909 it emerged that Azef – a party leader, who had organised its "
                   "assassinations – had been a police agent.") == [("1909", "other")]
    assert extract("Zasulich (tried in a famous 1878 trial for shooting the governor) later "
                   "founded a group.") == [("1878", "trial")]
    assert extract("Bukharin (shot in 1938) wrote in 1928 that the peasants must be won "
                   "over.") == [("1938", "execution")]
    # the dash of the date's own range opens no aside ("April – May"), in either script
    for text in ("В апреле — мае 1940 г. сотрудники НКВД расстреляли пленных — офицеров и "
                 "полицейских.",
                 "From 1937 – 1938 the NKVD shot prisoners – peasants and priests – in the town."):
        (m,) = read(text).mentions
        assert (m.type, [(a.role, a.name.form) for a in m.actors]) == (
            "execution", [("perpetrator", "НКВД" if "НКВД" in text else "NKVD")]), text


def test_order_as_a_system_or_a_purpose_is_no_decree_and_continents_are_places() -> None:
    assert extract("In 1923 he left in order to study.") == [("1923", "other")]
    out = read("At the beginning of 1923, the capitalist order in Europe seemed stable.")
    assert [m.type for m in out.mentions] == [] and [(n.form, n.type) for n in out.names] == [
        ("Europe", "place")]
    assert extract("On 30 July 1937 the NKVD issued an order to arrest 250,000 people.") == [
        ("1937-07-30", "decree")]


def test_the_one_on_whose_orders_it_was_done_is_a_perpetrator() -> None:
    for text in ("On the orders of Stalin, the NKVD shot 21,857 Polish prisoners in April 1940.",
                 "По решению Политбюро 5 марта 1940 года расстреляли 21 857 человек."):
        (m,) = read(text).mentions
        assert m.actors[0].role == "perpetrator", text


def test_a_group_attacking_property_is_an_attack_and_a_march_is_a_protest() -> None:
    # our own sentences on the November 1938 pogrom and the Buenos Aires mothers
    assert extract("On the night of 9–10 November 1938, SA men attacked Jewish homes and shops "
                   "across Germany.") == [("1938-11-09", "attack")]
    assert extract("In 1878 Zasulich shot the governor.") == [("1878", "assassination")]
    assert extract("On 30 April 1977 fourteen mothers marched in the square.") == [
        ("1977-04-30", "strike")]
    assert extract("In the early hours of June 4, 1989, troops cleared the square of "
                   "students.") == [("1989-06-04", "other")]


def test_one_person_killed_by_a_named_agent_in_the_passive_is_an_assassination() -> None:
    # our own sentences
    assert extract("In 1881 Alexander II was killed by a bomb thrown by a member of Narodnaya "
                   "Volya.") == [("1881", "assassination")]
    assert extract("In 1921 Gumilev was shot by the Cheka.") == [("1921", "execution")]
    assert extract("In 1937 the peasants were killed by the NKVD.") == [("1937", "killing")]


def test_sent_to_a_camp_is_a_deportation() -> None:
    # our own sentence
    assert extract("In 1937 his wife was sent to a camp in Kazakhstan.") == [
        ("1937", "deportation")]


def test_a_dispatch_dateline_takes_its_year_from_when_it_was_filed_and_gives_its_place() -> None:
    # our own dispatch on Sharpeville, filed on 22 March 1960
    text = ("SHARPEVILLE, March 21 — Police fired on a crowd outside the station today, "
            "killing at least 56 people. Two more were killed in Cape Town.")
    out = read(text, date="1960-03-22")
    assert [(m.date.start if m.date else None, m.places, m.places_carried)
            for m in out.mentions] == [("1960-03-21", ["Sharpeville"], True),
                                       ("1960-03-21", ["Cape Town"], False)]
    assert read(text, date="1961-01-03").mentions[0].date.start == "1960-03-21"  # filed later
    assert read(text).mentions[0].date is None  # no year anywhere: none is guessed


def test_a_chronology_line_with_two_acts_is_two_events_of_one_day_each_with_its_place() -> None:
    # our own chronology lines, in Russian and English
    out = read("1918 год\n30 августа — убийство Урицкого в Петрограде; покушение на Ленина в "
               "Москве.\nНоябрь — расстрелы заложников в Пятигорске.")
    assert [(m.date.start, m.type, m.attempt, m.places) for m in out.mentions] == [
        ("1918-08-30", "killing", False, ["Petrograd"]),
        ("1918-08-30", "assassination", True, ["Moscow"]),
        ("1918-11", "execution", False, ["Pyatigorsk"])]
    # a month and year opening the line, capitalised; the entry's dash opens no aside, and
    # a dash standing for the repeated verb is no aside's end
    out = read("Август 1962 г. — на процессе семеро приговорены к расстрелу, более ста — к "
               "заключению.\n2 июня 1962 г. — рабочие завода прекратили работу.")
    assert [(m.date.start, m.type, [f.low for f in m.figures]) for m in out.mentions] == [
        ("1962-08", "execution", [7]), ("1962-06-02", "strike", [])]
    out = read("On 1 March 1921 the sailors rose in revolt; 2,000 of them were later shot.")
    assert [(m.type, [f.low for f in m.figures]) for m in out.mentions] == [
        ("uprising", []), ("execution", [2000])]


def test_a_dispatch_counts_ago_and_weekdays_from_its_dateline_and_a_history_does_not() -> None:
    # our own dispatch, filed on Thursday 20 September 1973
    text = ("SANTIAGO, September 20 — On Sunday soldiers shot the singer Victor Jara, witnesses "
            "said. Two days ago the junta banned all parties of the left.")
    assert extract(text, date="1973-09-20") == [("1973-09-16", "killing"),
                                                ("1973-09-18", "ban")]
    # in a history "ago" counts from the author's present, which the text does not give
    assert extract("In 1937 the NKVD shot 1,000 prisoners. Eighty years ago the camp was "
                   "closed; on Sunday the archive was banned.") == [("1937", "execution")]


def test_the_year_of_an_archival_find_dates_no_later_sentence() -> None:
    # our own sentences: the lists were found decades after the shooting they record
    assert extract("On 27 October 1937 a convoy of prisoners was taken from the island. Only "
                   "in 1991 were the lists found in the archives. They show that 500 of them "
                   "were shot in the forest.") == [("1937-10-27", "other"),
                                                  ("1937-10-27", "execution")]
    assert extract("Осенью 1937 года из лагеря вывезли 1111 заключённых. Лишь в 1996 году в "
                   "архиве обнаружили их списки. Все они были расстреляны.") == [
        ("1937", "deportation"), ("1937", "execution")]


def test_a_span_of_days_after_an_inherited_date_dates_the_claim_and_a_caption_sets_no_era() -> None:
    # our own text under a photograph's caption, repeated as scraped pages repeat it: the
    # caption's year is not the year the running text's "from 20 to 27 February" lies in
    out = read("The camp road near Magadan, 2015\n\nThe camp road near Magadan, 2015\n\n"
               "On 3 March 1938 the commandant reported to Moscow. The sentences were carried "
               "out on 250 prisoners. It took his men a week, from 20 to 27 February.")
    assert [(m.date.start, m.date.end, m.type, [f.low for f in m.figures])
            for m in out.mentions] == [("1938-03-03", "1938-03-03", "other", []),
                                       ("1938-02-20", "1938-02-27", "execution", [250])]
    assert out.mentions[1].quote.endswith("from 20 to 27 February.")


def test_a_phrase_between_the_lead_date_and_the_main_clause_keeps_its_own_date() -> None:
    # our own sentences: the lead date dates the main clause, the interposed phrase its act
    assert extract("On 5 September 1918, following the attempt on Lenin's life on 30 August, "
                   "the Sovnarkom issued the decree on Red Terror.") == [
        ("1918-09-05", "decree"), ("1918-08-30", "assassination")]
    out = read("In the spring of 1940, acting on an order signed by Stalin in early March, "
               "the NKVD murdered nearly 22,000 Poles.")
    assert [(m.date.start, m.type, [f.low for f in m.figures],
             [a.name.form for a in m.actors if a.role == "perpetrator"])
            for m in out.mentions] == [("1940", "killing", [22000], ["NKVD"]),
                                       ("1940-03", "decree", [], ["Stalin"])]
    assert extract("In January 1905, after the strike at the Putilov works began on 3 January, "
                   "troops fired on a procession in the capital.") == [
        ("1905-01", "killing"), ("1905-01-03", "strike")]


def test_a_dispatch_dates_its_events_by_their_own_words_not_by_its_dateline() -> None:
    # our own dispatch, filed on Tuesday 6 June 1989
    text = ("BEIJING, June 6 — Army units that forced their way into the capital early Sunday "
            "have killed hundreds of people, doctors said today. On Saturday night troops "
            "moved toward the square, firing into crowds.")
    assert extract(text, date="1989-06-06") == [("1989-06-04", "killing"),
                                                ("1989-06-03", "killing")]


def test_what_followed_the_paragraphs_date_is_dated_by_its_month_or_year() -> None:
    # our own sentences: "in the weeks that followed" is after the night, not on it
    assert extract("On the night of 3–4 June 1989 the army killed hundreds in the square. In "
                   "the weeks that followed several workers were executed. In the days after, "
                   "students were arrested.") == [
        ("1989-06-03", "killing"), ("1989", "execution"), ("1989-06", "arrest")]


def test_the_troops_nation_is_not_the_place_and_a_russian_whither_is_not_where() -> None:
    # our own sentences on August 1968
    for text in ("On 21 August 1968 troops of the Soviet Union, Poland and Hungary invaded "
                 "Czechoslovakia.",
                 "21 августа 1968 года войска СССР, Польши и Венгрии вошли в Чехословакию."):
        (m,) = read(text).mentions
        assert (m.type, m.places) == ("attack", ["Czechoslovakia"]), text
    (m,) = read("22 августа 1968 года Дубчек был арестован и вывезен в Москву.").mentions
    assert (m.type, m.places) == ("arrest", [])


def test_a_day_of_the_told_month_and_a_date_in_a_trailing_clause() -> None:
    # our own memoir and history sentences
    assert extract("I was nineteen in August 1968. We woke on the 21st to the sound of "
                   "aircraft, and by noon soldiers had shot two students.") == [
        ("1968-08-21", "killing")]
    assert extract("On 21 August 1968 tanks entered the city. The leaders were arrested and "
                   "flown to Moscow, where they had to accept a protocol on 26 August.") == [
        ("1968-08-21", "attack"), ("1968-08-21", "arrest")]


def test_a_scanned_pages_running_head_and_number_are_no_text() -> None:
    # our own page of a book on June 1941, its running head and page number kept by the scan
    out = read("THE JUNE DEPORTATIONS                                        17\n\n"
               "On 14 June 1941 the NKVD deported 15,000 people from Latvia.\n\n"
               "                                                              18\n"
               "After the war a second wave followed.")
    assert [(m.date.start if m.date else None, m.type, [f.low for f in m.figures])
            for m in out.mentions] == [("1941-06-14", "deportation", [15000])]


def test_a_measure_told_on_a_day_is_dated_by_that_day_not_by_when_it_takes_effect() -> None:
    # our own sentence: the workers learned on 31 May of prices raised from 1 June
    assert extract("31 мая 1962 года рабочие завода узнали о том, что с 1 июня правительство "
                   "повышает на 30 % цены на мясо.") == [("1962-05-31", "decree")]


def test_a_pictures_credit_is_no_text_and_a_which_clause_keeps_its_own_date() -> None:
    # our own caption over our own paragraph: the credit's years date no event
    out = read("A barrack of a labour camp. 1936–1937 / City Library / Wikimedia Commons\n"
               "In 1953 the prisoners of the camp went on strike.")
    assert [(m.date.start, m.type) for m in out.mentions] == [("1953", "strike")]
    # the date in the relative clause is the speech's, not the purge's
    assert extract("In 1937 the purge struck the officer corps. It was a massacre of the elites, "
                   "which Khrushchev exposed in his speech of 25 February 1956.") == [
        ("1937", "killing"), ("1937", "killing")]


def test_a_crowd_acted_on_is_the_victim_and_the_day_of_a_statement_dates_no_event() -> None:
    # our own dispatch: the rally was attacked "yesterday"; "said today" is the statement's day
    out = read("TBILISI, April 10 — Soldiers with clubs attacked thousands of demonstrators "
               "early yesterday, killing at least 19 people, officials said today.",
               date="1989-04-10")
    assert [(m.date.start, m.type, [(f.kind, f.low) for f in m.figures if f.kind == "killed"])
            for m in out.mentions] == [("1989-04-09", "attack", [("killed", 19)])]
    assert extract("On 9 April 1989 troops broke up the rally with spades.") == [
        ("1989-04-09", "attack")]
    assert extract("On 21 March 1960 police shot into a crowd protesting the pass laws.") == [
        ("1960-03-21", "killing")]
    # what a protest is against is its object: the event is the protest
    assert extract("On 1 March 1921 sailors protested against the arrests.") == [
        ("1921-03-01", "strike")]


def test_what_happened_later_lies_in_the_year_and_knowledge_of_an_event_is_not_the_event() -> None:
    # our own sentences on the Novocherkassk shooting of 2 June 1962
    assert extract("On 2 June 1962 troops fired on the crowd. Later seven of the strikers were "
                   "sentenced to death. Later that day ten were arrested.") == [
        ("1962-06-02", "killing"), ("1962", "trial"), ("1962-06-02", "arrest")]
    assert extract("Сведения о расстреле оставались засекреченными до 1989 года. News of the "
                   "massacre reached London on 20 April 1919.") == []


def test_an_anchor_phrase_opening_a_sentence_dates_its_main_clause_from_the_date_before() -> None:
    # our own sentences: two days after the killing told before, not two days before it
    assert extract("On 30 August 1918 Uritsky was killed in Petrograd. Two days after the "
                   "assassination, the Cheka shot 500 hostages.") == [
        ("1918-08-30", "killing"), ("1918-09-01", "execution")]


def test_under_a_dated_heading_an_opening_anchor_phrase_keeps_the_sections_day(
        tmp_path: Path) -> None:
    path = tmp_path / "night.md"
    path.write_text("# Tlatelolco\n\n## The night of 2 October 1968\n\nTen days before the "
                    "Games opened, soldiers opened fire on the students.\n", encoding="utf-8")
    out = RuleExtractor().extract(read_document(path))
    assert [(m.date.start, m.type) for m in out.mentions] == [("1968-10-02", "killing")]


def test_a_publications_finding_is_told_in_the_time_of_the_story() -> None:
    # our own sentence: the report's year dates the report, its count the invasion
    out = read("In August 1968 the troops invaded. A report published in 2008 found that "
               "137 civilians had been killed.")
    assert [(m.date.start, [f.low for f in m.figures]) for m in out.mentions] == [
        ("1968-08", []), ("1968-08", [137])]


def test_a_name_modifying_the_acts_noun_or_cited_in_brackets_makes_no_assassination() -> None:
    # our own sentence: "the Anfal campaign against …" is a campaign, "(Hiltermann 2007)" a work
    assert extract("Between February and September 1988 the army conducted the Anfal "
                   "campaign against the countryside (Hiltermann 2007: 105).") == [
        ("1988-02", "attack")]


def test_a_report_counts_ago_from_its_own_date_and_paragraphs_go_on_after_a_flashback() -> None:
    # our own report, dated in its metadata
    assert extract("A year ago, on the evening of 13 May, troops opened fire on the crowd.",
                   date="2006-05-11") == [("2005-05-13", "killing")]
    # the night before is an aside; the toll after it is of the paragraph's day
    assert extract("The massacre took place on 13 May 2005. The protest had begun after the "
                   "prison was stormed the night before. Estimates of those killed range from "
                   "187 to 300.") == [("2005-05-13", "killing"), ("2005-05-12", "strike"),
                                      ("2005-05-13", "killing")]
    # a paragraph that opens "in the months that followed" goes on from the last one
    assert extract("The massacre took place on 13 May 2005.\n\nIn the months that followed, "
                   "the authorities detained 400 people.\n\nSince then 15 men have been sentenced."
                   ) == [("2005-05-13", "killing"), ("2005", "arrest"), ("2005", "trial")]


def test_a_clause_opened_by_when_is_the_next_dates_and_fire_at_a_crowd_is_no_assassination() -> None:
    # our own sentences on the Vorkuta strike of 1953
    out = read("The Vorkuta strike of July 1953 ended when guards shot 53 strikers on 1 August.")
    assert [(m.date.start, m.type, [f.low for f in m.figures]) for m in out.mentions] == [
        ("1953-07", "strike", []), ("1953-08-01", "killing", [53])]
    assert extract("On 1 August 1953 a guard fired at the men standing by the gate.") == [
        ("1953-08-01", "attack")]
    assert extract("On 1 August 1953 the guards fired at the men standing by the gate.") == [
        ("1953-08-01", "killing")]
    assert extract("On 13 March 1881 a student shot at the governor.") == [
        ("1881-03-13", "assassination")]
    assert extract("In 1953 the prisoners of Norilsk struck for more than two months.") == [
        ("1953", "strike")]


def test_a_counted_entry_of_a_list_is_one_of_the_events_its_heading_names(tmp_path: Path) -> None:
    # our own list of the deportations of 1943–1944 (figures rounded from the NKVD's)
    path = tmp_path / "list.md"
    path.write_text("# Deportations of whole peoples, 1943–1944\n\n"
                    "- Karachays: 2 November 1943, some 69,000.\n"
                    "- Kalmyks: 28–29 December 1943, about 93,000.\n"
                    "- A quotation — said by a deputy in mid-September 1943\n", encoding="utf-8")
    out = RuleExtractor().extract(read_document(path))
    assert [(m.date.start, m.type, [(f.kind, f.low) for f in m.figures])
            for m in out.mentions if m.date.start != "1943"] == [
        ("1943-11-02", "deportation", [("deported", 69000)]),
        ("1943-12-28", "deportation", [("deported", 93000)])]


def test_russian_deaths_by_famine_are_a_killing_count() -> None:
    # our own sentence with the demographers' estimate for Ukraine
    out = read("В 1933 году на Украине от голода умерли около 3,9 млн человек.")
    assert [(m.date.start, m.type, [(f.kind, f.low) for f in m.figures]) for m in out.mentions
            ] == [("1933", "killing", [("killed", 3900000)])]


def test_an_alias_after_born_is_no_birth_date_and_a_russian_shot_at_one_man_is_an_attempt() -> None:
    # our own sentences
    assert extract("Fanya Kaplan, born Feiga Roitblat, shot Lenin in Moscow on 30 August "
                   "1918.") == [("1918-08-30", "assassination")]
    assert extract("30 августа 1918 года Фанни Каплан (настоящее имя — Фейга Ройтблат) "
                   "стреляла в Ленина.") == [("1918-08-30", "assassination")]
    assert extract("In 1929 Trotsky was expelled from the USSR.") == [("1929", "deportation")]


def test_a_day_of_the_month_after_the_morning_of_and_troops_who_fired() -> None:
    # our own sentences on 9 January 1905
    assert extract("By 3 January 1905 the plant was on strike. On the morning of the 9th "
                   "troops fired without warning.") == [("1905-01-03", "strike"),
                                                          ("1905-01-09", "killing")]


def test_an_order_to_open_fire_tells_the_firing_and_an_order_of_a_policy_stays_a_decree() -> None:
    # our own sentences
    assert extract("On 14 December 1825 the new tsar ordered artillery to fire on them.") == [
        ("1825-12-14", "killing")]
    assert extract("In August 1918 Lenin ordered the use of mass terror.") == [
        ("1918-08", "decree")]


def test_a_report_on_its_own_days_counts_last_week_and_friday_from_its_date() -> None:
    # our own news report dated Tuesday 26 November 2019 in its metadata, no dateline
    out = read("Security forces killed at least 143 protesters during last week's unrest. "
               "Protests broke out on Friday.", date="2019-11-26")
    assert [(m.date.start, m.date.end) for m in out.mentions] == [
        ("2019-11-18", "2019-11-24"), ("2019-11-22", "2019-11-22")]
    # a history written long after the story it tells counts no weekday from its date
    out = read("In March 1921 the workers went on strike. On Friday the police arrested 300.",
               date="2019-11-26")
    assert [m.date.start if m.date else None for m in out.mentions] == ["1921-03", None]
    out = read("In March 1921 the workers went on strike. Last week the police arrested 300.",
               date="2019-11-26")
    assert [m.date.start if m.date else None for m in out.mentions] == ["1921-03", None]


def test_remembering_an_act_is_no_act_and_the_authors_present_sets_no_era() -> None:
    # our own anniversary article, dated 2017 in its metadata
    for text in ("On 17 April 2017 the town remembered the victims of the Lena shooting.",
                 "17 апреля 2017 года исполнилось 105 лет со дня Ленского расстрела.",
                 "On 17 April 2017, the town marked 105 years since the shooting of the miners."):
        assert extract("In 1912 the miners struck. " + text, date="2017-04-18") == [
            ("1912", "strike")], text
    out = read("In 2017 the town unveiled a memorial to the miners. The strike had begun in "
               "late February 1912. On 17 April troops fired on the miners; 270 were killed.",
               date="2017-04-17")
    assert [(m.date.start, m.type) for m in out.mentions][-1] == ("1912-04-17", "killing")


def test_a_lone_day_that_is_a_dual_dates_new_style_side_is_not_converted_again() -> None:
    # our own Old Style text on the Lena shooting
    assert extract("The strike began on 29 February (13 March) 1912. On 4 (17) April 1912 troops "
                   "fired on the miners. The shooting of 17 April shocked Russia; 270 were killed. On 4 "
                   "April the gendarmes had arrested the strike committee.") == [
        ("1912-03-13", "strike"), ("1912-04-17", "killing"), ("1912-04-17", "killing"),
        ("1912-04-17", "arrest")]


def test_a_birth_told_as_an_aside_neither_hides_the_acts_nor_gives_them_its_place() -> None:
    # our own biography
    out = read("Born in 1890 in Minsk, Ivan Petrov was arrested in Moscow in 1937 and shot on "
               "30 October 1937. He was born in Vitebsk in 1879. In March he was arrested.")
    assert [(m.date.start, m.type, m.places) for m in out.mentions] == [
        ("1937", "arrest", ["Moscow"]), ("1937-10-30", "execution", ["Moscow"]),
        ("1937-03", "arrest", ["Moscow"])]


def test_years_ago_in_words_count_from_the_day_written_and_news_of_an_act_sets_off_the_next() -> None:
    # our own anniversary piece, dated in its metadata
    assert extract("One hundred and five years ago today, on April 17, soldiers opened fire on "
                   "the miners.", date="2017-04-17") == [("1912-04-17", "killing")]
    assert extract("Fifty years ago troops fired on the strikers.", date="2012-06-02") == [
        ("1962", "killing")]
    # what the news told is no event of the sentence; the strikes it set off are
    assert extract("News of the shooting provoked strikes across the empire in April and May "
                   "1912.") == [("1912-04", "strike")]
    out = read("Известие о расстреле вызвало забастовки: в апреле и мае 1912 года в них "
               "участвовали около 300 тысяч рабочих.")
    assert [(m.date.start, m.date.end, m.type, [(f.kind, f.low) for f in m.figures])
            for m in out.mentions] == [("1912-04", "1912-05", "strike", [("strength", 300000)])]


def test_a_russian_month_of_the_year_being_told_takes_no_day_from_the_sentence_before() -> None:
    # our own Russian text on the Lena strike, in the Old Style
    assert extract("Забастовка началась 29 февраля 1912 года. К середине марта бастовали более "
                   "6000 рабочих. В конце марта забастовка охватила все прииски.") == [
        ("1912-03-13", "strike"), ("1912-03", "strike"), ("1912-03", "strike")]


def test_two_dated_acts_joined_by_russian_and_and_years_ago_this_week() -> None:
    # our own sentences on Imre Nagy and 1956
    assert extract("Имре Надь был арестован 22 ноября 1956 года и казнён 16 июня 1958 года.") == [
        ("1956-11-22", "arrest"), ("1958-06-16", "execution")]
    assert extract("В 1937 году его арестовали, а в 1938 году расстреляли.") == [
        ("1937", "arrest"), ("1938", "execution")]
    assert extract("Fifty years ago this week, Hungarians rose against Soviet rule.",
                   date="2006-10-20") == [("1956-10", "uprising")]
    assert extract("On 22 November 1956 Imre Nagy is seized by Soviet troops.") == [
        ("1956-11-22", "arrest")]


def test_a_sentence_without_a_date_takes_the_lead_event_date_of_the_paragraph_before() -> None:
    # our own dispatch: the second paragraph tells the same night
    text = ("BEIJING, June 4 — Troops pushed into the square early this morning, killing "
            "scores of students.\n\nHospital staff said at least 300 people had died.\n\n"
            "The square was closed for weeks.")
    assert extract(text, date="1989-06-04") == [("1989-06-04", "killing"), ("1989-06-04", "killing")]
    # the lead event, not a flashback told after it; a heading between ends the story
    text = ("On 17 April 1912 soldiers opened fire on the miners. The miners had been on strike "
            "since early March.\n\nOfficially 170 people died.\n\nAftermath\n\n"
            "Thousands were arrested.")
    assert extract(text) == [("1912-04-17", "killing"), ("1912-03", "strike"),
                             ("1912-04-17", "killing"), (None, "arrest")]


def test_a_statements_date_dates_none_of_what_it_tells_and_a_decision_on_an_act_is_a_decree() -> None:
    # our own sentences on Katyn
    assert extract("In 1990 the archives confirmed that 21,857 prisoners had been shot in "
                   "1940.") == [("1940", "execution")]
    assert extract("Serge wrote that in 1918 the Cheka shot 500 hostages.") == [
        ("1918", "execution")]
    assert extract("13 апреля 1990 года ТАСС сообщило, что расстрел совершил НКВД.") == []
    assert extract("On 5 March 1940 Beria proposed to Stalin that the prisoners be shot.") == [
        ("1940-03-05", "decree")]
    assert extract("5 марта 1940 года Политбюро приняло решение о расстреле польских "
                   "офицеров.") == [("1940-03-05", "decree")]


def test_an_interviews_answer_tells_the_act_its_question_asks_about() -> None:
    # our own oral history
    text = ("Q: When were you arrested?\nA: In March 1949. They took me to the MGB office.\n\n"
            "Q: When were you freed?\nA: In 1955.\n\nQ: Where were you sent?\n"
            "A: In September 1949 I was sent to Karlag with about 200 others.")
    out = read(text)
    assert [(m.date.start, m.type, [(f.kind, f.low) for f in m.figures]) for m in out.mentions] == [
        ("1949-03", "arrest", []), ("1949-09", "deportation", [("deported", 200)])]


def test_a_day_written_as_the_new_style_day_of_the_same_act_told_in_the_old_style_stays() -> None:
    # our own Russian text on the Lena shooting: a title in the New Style, the text in the Old
    text = ("Ленский расстрел (17 апреля 1912 года)\n\nДнём 4 апреля колонна рабочих "
            "направилась к прииску, и солдаты открыли огонь. 17 апреля 1912 года начались аресты.")
    assert extract(text) == [("1912-04-17", "killing"), ("1912-04-17", "killing"),
                             ("1912-04-30", "arrest")]


def test_a_finding_told_today_dates_none_of_it_and_a_later_death_is_a_trailing_clause() -> None:
    # our own dispatch and article on Derry, 1972
    assert extract("LONDON, June 15 — The inquiry concluded today that none of the 13 people "
                   "shot dead by soldiers in Derry 38 years ago was armed.",
                   date="2010-06-15") == [("1972", "execution")]
    assert extract("On 30 January 1972 soldiers shot 26 civilians in Derry. Fourteen people died: "
                   "thirteen were killed outright, while another man died four months later.") == [
        ("1972-01-30", "killing"), ("1972-01-30", "killing")]
    # a finding in another clause leaves the date before it alone, and is no act of its own
    assert extract("A second inquiry was established in 1998; its report found that the "
                   "killings were unjustified.") == [("1998", "founding")]


def test_where_the_orders_came_from_is_not_where_the_act_was_done() -> None:
    # our own sentence on Mongolia, 1937
    (m,) = read("In September 1937 the Interior Ministry, acting on instructions from Moscow, "
                "began mass arrests of lamas in Ulaanbaatar.").mentions
    # (stored under the gazetteer's name, whichever spelling the text uses)
    assert (m.date.start, m.type, m.places) == ("1937-09", "arrest", ["Ulan Bator"])


def test_a_russian_report_counts_its_days_from_its_date_and_a_part_of_a_count_is_no_year() -> None:
    # our own report, dated in its metadata
    text = ("В субботу, 23 января, в десятках городов прошли акции протеста. Полиция задержала "
            "более 3700 человек, из них около 1400 — в Москве.\n\nВчера вечером в Петербурге "
            "задержали ещё 300 участников шествия.")
    out = read(text, date="2021-01-24")
    assert [(m.date.start, m.type, [(f.kind, f.low) for f in m.figures]) for m in out.mentions] == [
        ("2021-01-23", "strike", []), ("2021-01-23", "arrest", [("arrested", 3700), ("arrested", 1400)]),
        ("2021-01-23", "arrest", [("arrested", 300)])]


def test_a_season_leads_a_chronology_entry_and_each_clause_keeps_its_own_act() -> None:
    # our own chronology of 1921
    text = ("1921\n\n- March 7–17: The Red Army storms the Kronstadt naval base; about 2,100 "
            "rebels are executed afterwards.\n- Summer: the troops use poison gas against the "
            "Tambov rebels.\n")
    assert extract(text) == [("1921-03-07", "attack"), ("1921-03-07", "execution"), ("1921", "attack")]


def test_a_date_opening_its_own_clause_after_a_semicolon_is_no_item_of_a_list() -> None:
    # our own sentences: the first arrests, then the case turned political
    assert extract("Первые аресты прошли в июне 1927 года; в марте 1928, после решения Политбюро, "
                   "дело стало политическим.") == [("1927-06", "arrest"), ("1928-03", "other")]
    assert extract("The Moscow trials (August 1936, January 1937 and March 1938) shocked the world.") == [
        ("1936-08", "trial"), ("1937-01", "trial"), ("1938-03", "trial")]


def test_people_counted_in_a_strike_with_nothing_befalling_them_are_its_strength() -> None:
    # our own sentences on the Lena strike
    (m,) = read("The strike, which eventually included more than 6,000 workers, began on 13 "
                "March 1912.").mentions
    assert (m.type, [(f.kind, f.low, f.high) for f in m.figures]) == ("strike", [("strength", 6000, None)])
    (m,) = read("In 1921 the uprising was crushed and 8,000 rebels fled to Finland.").mentions
    assert [(f.kind, f.low) for f in m.figures] == [("other", 8000)]


def test_a_period_that_dates_the_research_leaves_the_count_in_the_time_of_the_story() -> None:
    # our own sentences on Guangxi, 1968
    assert extract("In the summer of 1968 the violence in the province reached its height. "
                   "Official investigations in the 1980s counted between 100,000 and 150,000 "
                   "deaths.") == [("1968", "other"), ("1968", "killing")]
    # a period of the story's own keeps the sentence from the paragraph's year
    assert extract("In 1968 the NKVD archive was opened. In the 1930s the NKVD shot thousands "
                   "of priests.")[-1] == (None, "execution")
