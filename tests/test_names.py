from kartoteka.extract.names import find_aliases, find_names


def forms(text: str) -> list[tuple[str, str]]:
    return [(n.form, n.type) for n in find_names(text)]


def test_people_organisations_and_places_with_titles_stripped() -> None:
    text = ("October 1918 Cheka leader Martyn Latsis declared the Red Terror a class war, "
            "and the Council of People’s Commissars met in Moscow.")
    assert forms(text) == [("Cheka", "organization"), ("Martyn Latsis", "person"),
                           ("Red Terror", "event"),
                           ("Council of People’s Commissars", "organization"),
                           ("Moscow", "place")]


def test_possessive_and_adjectives_are_not_names() -> None:
    assert forms("Sergei Melgunov's book on Russian repression") == [("Sergei Melgunov", "person")]


def test_a_man_before_a_body_a_ruler_s_epithet_and_compound_adjectives() -> None:
    assert forms("Under Dzerzhinsky the Extraordinary Commission shot thousands.") == [
        ("Dzerzhinsky", "person"), ("Extraordinary Commission", "organization")]
    assert forms("Under Ivan the Terrible the oprichnina killed thousands.") == [
        ("Ivan the Terrible", "person")]
    assert forms("In Moscow the Bolsheviks won.") == [("Moscow", "place"), ("Bolsheviks", "organization")]
    assert forms("Dzierżyński, the Polish-born founder of the Cheka, died.") == [
        ("Dzierżyński", "person"), ("Cheka", "organization")]
    assert forms("He joined the Union of the Russian People.") == [
        ("Union of the Russian People", "organization")]


def test_a_person_shaped_name_before_a_building_word_is_the_building() -> None:
    assert forms("Military coup; La Moneda palace bombed by air force jets.") == [
        ("La Moneda palace", "organization")]


def test_a_list_s_inverted_name_and_a_quoted_body_are_one_name() -> None:
    assert forms("Bukharin, Nikolai Ivanovich — shot 15 March 1938") == [
        ("Nikolai Ivanovich Bukharin", "person")]
    assert forms('the trial of the "Bloc of Rights and Trotskyites" ended.') == [
        ("Bloc of Rights and Trotskyites", "organization")]
    assert forms("Stalin and Molotov signed it.") == [("Stalin", "person"), ("Molotov", "person")]


def test_a_language_label_and_a_lower_case_extended_latin_letter_open_no_name() -> None:
    assert forms("The deportation (Crimean Tatar: Qırımtatar halqınıñ sürgünligi) began.") == [
        ("Qırımtatar", "person")]


def test_particles_join_names_and_listed_names_share_the_head_after_them() -> None:
    assert ("Ernst vom Rath", "person") in forms("The pretext was the killing of Ernst vom Rath.")
    assert forms("They were sent to the Dachau, Buchenwald and Sachsenhausen concentration "
                 "camps.") == [("Dachau", "organization"), ("Buchenwald", "organization"),
                               ("Sachsenhausen", "organization")]


def test_a_russian_nickname_is_an_alias() -> None:
    assert [(a.form, a.alias) for a in find_aliases(
        "Дзержинский был прозван «Железным Феликсом».")] == [("Дзержинский", "Железным Феликсом")]


def test_a_company_a_mined_river_and_a_book_title_name_no_people() -> None:
    assert forms("Workers of the Lena Gold Mining Company struck.") == [
        ("Lena Gold Mining Company", "organization")]
    assert forms("Troops fired on strikers at the Lena gold mines.") == [("Lena", "place")]
    # a title's common words are not people; a nickname quoted alone still names one
    assert forms('A review of "Gold and Blood in Siberia" by Anna Petrova') == [
        ("Siberia", "place"), ("Anna Petrova", "person")]
    assert ("Iron Felix", "person") in forms("Dzerzhinsky, known as “Iron Felix”, was there.")


def test_aliases_stated_by_the_text() -> None:
    text = ("One organiser was Yan Karlovich Berzin (1889–1938), whose real name was "
            "Pēteris Ķuzis.")
    (claim,) = find_aliases(text)
    assert (claim.form, claim.alias, claim.relation) == (
        "Yan Karlovich Berzin", "Pēteris Ķuzis", "real_name")
    assert claim.quote in text


def test_a_spelling_in_parentheses_is_an_alias() -> None:
    (claim,) = find_aliases("1908: Burtsev exposes Yevno Azef (also spelled Azev) as an agent.")
    assert (claim.form, claim.alias, claim.relation) == ("Yevno Azef", "Azev", "parenthesis")


def test_or_apposition_and_description_aliases() -> None:
    pairs = {(a.form, a.alias) for text in [
        "the Council of People’s Commissars, or Sovnarkom, which ruled",
        "pressuring the KPD—the German Communist Party, the strongest",
        "even though the imperial secret police, the Okhrana, continued",
    ] for a in find_aliases(text)}
    assert pairs == {("Council of People’s Commissars", "Sovnarkom"),
                     ("KPD", "German Communist Party"), ("Okhrana", "imperial secret police")}


def test_a_choice_is_not_an_alias_but_an_acronym_is() -> None:
    pairs = {(a.form, a.alias) for text in [
        "whether in Russia or Spain, the result was the same",
        "the Leninist or Trotskyist version of events",
        "the esery (Socialist Revolutionaries or SRs) held that",
        "the NKVD—the Soviet secret police—began",
    ] for a in find_aliases(text)}
    assert pairs == {("Socialist Revolutionaries", "SRs"), ("NKVD", "Soviet secret police")}


def test_role_words_split_a_run_and_left_modifiers_are_kept() -> None:
    assert forms("defeat for White Army General Pyotr Wrangel. And then") == [
        ("White Army", "organization"), ("Pyotr Wrangel", "person")]
    assert forms("revolutionaries from the left SRs who rose") == [("left SRs", "organization")]
    assert ("Left Socialist-Revolutionaries", "organization") in forms(
        "at the request of the Central Committee of the Left Socialist-Revolutionaries, who")


def test_pronoun_alias_points_to_the_person_just_named() -> None:
    from kartoteka.extract.rules import RuleExtractor
    from kartoteka.models import Document

    text = ("Victor Serge wrote the book in 1925. He was born Viktor Lvovich Kibalchich in "
            "1890 in Brussels.")
    aliases = RuleExtractor().extract(Document("d.txt", "d.txt", text, "0", "txt")).aliases
    assert [(a.form, a.alias, a.relation) for a in aliases] == [
        ("Victor Serge", "Viktor Lvovich Kibalchich", "real_name")]


def test_surnames_in_is_are_people_and_governorates_are_places() -> None:
    assert forms("He met Latsis in the Vilna Governorate.") == [
        ("Latsis", "person"), ("Vilna Governorate", "place")]


def test_a_name_before_a_lower_case_word_for_a_place_is_a_place() -> None:
    assert forms("Miners on the Lena river struck; Lena herself left.") == [
        ("Lena", "place"), ("Lena", "person")]
    assert ("Volga", "place") in forms("Famine struck the Volga region in 1921.")
    assert ("Andreevsky", "place") in forms("The strike began at the Andreevsky mine.")
    # a place names a massacre, a rising or a strike; a person names a murder or an affair
    assert ("Lena", "place") in forms("News of the Lena massacre reached the Duma.")
    assert ("Kirov", "person") in forms("After the Kirov murder the terror grew.")
    assert [f for f in forms("Крестьяне Тамбовской губернии восстали.") if f[1] == "place"] == [
        ("Тамбовской губернии", "place")]
    # stored in the nominative, the adjective agreeing with its noun
    from kartoteka.extract.places import label
    assert label("Тамбовской губернии", "крестьяне ") == "Тамбовская Губерния"


def test_abbreviated_and_commonly_known_as_after_a_parenthesis() -> None:
    text = ("The All-Russian Extraordinary Commission (Russian: Всероссийская чрезвычайная "
            "комиссия), abbreviated as VChK and commonly known as the Cheka, was the first.")
    assert [(c.form, c.alias) for c in find_aliases(text)] == [
        ("All-Russian Extraordinary Commission", "VChK"),
        ("All-Russian Extraordinary Commission", "Cheka"),
        # Russian capitalises only a name's first word: the whole name is the alias
        ("All-Russian Extraordinary Commission", "Всероссийская чрезвычайная комиссия")]


def test_dotted_acronyms_are_the_bodies_they_abbreviate() -> None:
    assert forms("The O.G.P.U. was merged into the N.K.V.D. in 1934.") == [
        ("O.G.P.U", "organization"), ("N.K.V.D", "organization")]


def test_authority_phrases_with_lower_case_words_are_found_whole() -> None:
    assert forms("5 сентября 1918 года Совет народных комиссаров принял постановление.") == [
        ("Совет народных комиссаров", "organization")]


def test_descriptions_first_and_noms_de_guerre() -> None:
    got = [(c.form, c.alias) for t in (
        "The Bolshevik secret police, the Cheka, arrested thousands.",
        "Koba, the party name of Ioseb Jughashvili, robbed a bank.",
        "Writing under the pseudonym Victor Serge, Kibalchich wrote novels.") for c in find_aliases(t)]
    assert got == [("Cheka", "Bolshevik secret police"), ("Ioseb Jughashvili", "Koba"),
                   ("Kibalchich", "Victor Serge")]


def test_ships_are_not_towns_and_particles_stay_in_a_name() -> None:
    assert forms("The crews of the battleships Petropavlovsk and Sevastopol met.") == [
        ("Petropavlovsk", "organization"), ("Sevastopol", "organization")]
    assert forms("Azev organised the murder of the minister Vyacheslav von Plehve.") == [
        ("Azev", "person"), ("Vyacheslav von Plehve", "person")]


def test_plural_nouns_for_people_are_no_names_but_parties_are() -> None:
    assert forms("Peasants revolted. Thousands were shot. Mensheviks protested.") == [
        ("Mensheviks", "group")]


def test_a_tab_separates_columns_not_the_words_of_a_name() -> None:
    assert ("Tambov Governorate", "place") in forms("Location\tTambov Governorate")
    assert not any("\t" in form for form, _ in forms("Location\tTambov Governorate"))


def test_russian_names_are_typed_by_the_dictionary_and_cut_at_an_acronym() -> None:
    from kartoteka.extract.names import find_names

    found = [(n.form, n.type) for n in find_names(
        "Он доложил, что капитан НКВД Михаил Матвеев был в Москве; директору НЭВЗа Курочкину "
        "сказали.")]
    assert ("Он", "person") not in found  # a sentence's first word, no name
    assert ("НКВД", "organization") in found and ("Михаил Матвеев", "person") in found
    assert ("Москве", "place") in found
    assert ("НЭВЗа", "organization") in found and ("Курочкину", "person") in found


def test_a_name_particle_stays_inside_a_list_of_names() -> None:
    from kartoteka.extract.names import find_names

    forms = [n.form for n in find_names("They held Peter Palchinsky, Nikolai von Meck and "
                                        "A. F. Velichko for months.")]
    assert "Nikolai von Meck" in forms and "A. F. Velichko" in forms


def test_a_headline_names_only_what_running_text_capitalises() -> None:
    """In a Title Case headline every word is capitalised; the names in it are the words the
    story's own sentences capitalise (an invented cable, written for this test)."""
    from kartoteka.extract.rules import RuleExtractor
    from kartoteka.models import Document

    text = ("Petrov and Sidoroff Admit Guilt, Accuse Volkov\n\n"
            "Moscow, May 3.—Ivan Petrov and Pavel Sidoroff told the court that Boris Volkov "
            "had given the orders.\n")
    doc = Document(name="cable.txt", path="cable.txt", text=text, sha256="x", format="text")
    forms = {n.form for n in RuleExtractor().extract(doc).names}
    assert {"Petrov", "Sidoroff", "Volkov"} <= forms
    assert not forms & {"Admit Guilt", "Accuse Volkov", "Petrov and Sidoroff Admit Guilt"}


def test_an_acronym_run_into_the_next_word_by_ocr_is_cut_off() -> None:
    from kartoteka.extract.names import find_names

    assert [n.form for n in find_names("figures given by the KGBin the 1960s")] == ["KGB"]


def test_a_gulag_camps_name_is_a_body_not_a_person() -> None:
    """Written for this test: camp names end in -lag (Norillag, Steplag, Норильлаг)."""
    from kartoteka.extract.names import find_names
    for text, form in [("The Norillag held miners in the north.", "Norillag"),
                       ("Prisoners of Steplag struck in 1954.", "Steplag"),
                       ("Памятник узникам Норильлага.", "Норильлага")]:
        assert (form, "organization") in [(n.form, n.type) for n in find_names(text)]


def test_a_name_before_lower_case_words_for_a_body_names_that_body() -> None:
    assert ("Memorial research centre", "organization") in forms(
        "He chaired the Memorial research centre in St Petersburg.")
    assert ("Norilsk forced labour camp", "organization") in forms(
        "The Norilsk forced labour camp held many thousands.")
    # a verb or a function word between them: a person and a body, not one name
    assert forms("Stalin purged party members.") == [("Stalin", "person")]
    assert forms("Yezhov orders police to act.") == [("Yezhov", "person")]
    assert forms("Lenin told the party to wait.") == [("Lenin", "person")]


def test_a_russian_name_ends_before_a_preposition() -> None:
    assert ("Красный террор", "event") in forms("Красный террор в Крыму длился всю зиму.")


def test_a_city_in_any_script_or_case_is_stored_under_one_name() -> None:
    from kartoteka.extract.places import label
    assert {label(f, "в ") for f in ("Санкт-Петербурге", "Петрограде", "Ленинграде")} | {
        label("St Petersburg", "in ")} == {"Petrograd"}


def test_a_place_the_gazetteer_lacks_is_told_by_where_it_lies() -> None:
    assert ("Kurapaty", "place") in forms("Mass graves at Kurapaty, near Minsk, hold thousands.")
    assert ("Levashovo", "place") in forms("In 1937 thousands were shot near Levashovo.")
    assert ("Stalin", "person") in forms("In 1938 he was arrested near Stalin's dacha.")


def test_a_body_named_in_older_lower_case_style() -> None:
    # a 1930s press style: the head word of a body's name is not capitalised
    text = ("He was a secretary of the Russian Communist party and a member of the "
            "Communist political bureau; Ukrainian peasants were deported.")
    assert [(n.form, n.type) for n in find_names(text, 0)] == [
        ("Russian Communist party", "organization"), ("Communist political bureau", "organization")]


def test_a_camp_and_its_administration_written_together_are_two_names() -> None:
    assert [n.form for n in find_names("A strike by inmates at the Norilag Gulag in 1953.", 0)
            if n.type == "organization"] == ["Norilag", "Gulag"]


def test_a_bodys_acronym_in_brackets_is_its_alias_even_in_words_no_pattern_reads() -> None:
    from kartoteka.extract.names import abbreviates
    from kartoteka.extract.rules import RuleExtractor
    from kartoteka.models import Document

    assert abbreviates("НЭВЗ", "Новочеркасского электровозостроительного завода")
    assert abbreviates("HЭВЗ", "Hовочеркасского электровозостроительного завода")  # Latin H
    assert not abbreviates("ОГПУ", "Новочеркасского электровозостроительного завода")
    # our own sentences (a Novocherkassk plant; the Solovki camp in transliteration)
    text = ("Рабочие Новочеркасского электровозостроительного завода (НЭВЗ) вышли на улицы. "
            "The Solovetsky Lager Osobogo Naznacheniya (SLON) opened in 1923.")
    out = RuleExtractor().extract(Document("d.txt", "d.txt", text, "0", "txt"))
    assert [(a.form, a.alias) for a in out.aliases] == [
        ("Новочеркасского электровозостроительного завода", "НЭВЗ"),
        ("Solovetsky Lager Osobogo Naznacheniya", "SLON")]


def test_a_russian_sentence_opening_preposition_or_a_verb_is_no_part_of_a_name() -> None:
    from kartoteka.extract.names import find_names

    def found(text: str) -> list[tuple[str, str]]:
        return [(n.form, n.type) for n in find_names(text, 0)]

    # our own sentences
    assert found("В Катыни весной 1940 года расстреляли офицеров.") == [("Катыни", "place")]
    assert found("Под Ленинградом расстреляли многих.") == [("Ленинградом", "place")]
    assert found("Летом 1921 года в Тамбовской губернии были созданы лагеря.") == [
        ("Тамбовской губернии", "place")]


def test_a_run_with_a_particle_but_nothing_it_joins_is_read_without_looping() -> None:
    from kartoteka.extract.names import find_names

    # our own sentence: the Buenos Aires mothers' first march (it recursed without end)
    found = [(n.form, n.type) for n in find_names(
        "The first Mothers of the Plaza de Mayo marched on 30 April 1977.", 0)]
    assert ("Plaza de Mayo", "place") in found or ("Mayo", "person") in found


def test_a_word_after_in_is_a_place_and_a_nations_word_before_its_forces_no_person() -> None:
    from kartoteka.extract.names import find_names

    def found(text: str) -> list[tuple[str, str]]:
        return [(n.form, n.type) for n in find_names(text, 0)]

    # our own sentences: towns no gazetteer of cities holds
    assert found("In 1988 the army gassed the people in Halabja.") == [("Halabja", "place")]
    assert found("The strike began in Bodaybo.") == [("Bodaybo", "place")]
    assert ("Punjab", "place") in found("Martial law was proclaimed across the Punjab.")
    assert found("Iraqi jets bombed the town.") == []
    # but "in Serge’s telling" is his
    assert ("Serge", "place") not in found("The general, in Serge’s telling, was shot.")


def test_a_russian_names_genitive_chain_stops_at_the_subject_of_a_verb() -> None:
    from kartoteka.extract.names import find_names
    # our own sentences: "войска" reads as "of the army" and as "troops", and here it acts
    assert [n.form for n in find_names("На Ленских золотых приисках войска открыли огонь.")
            ] == ["Ленских золотых приисках"]
    assert [n.form for n in find_names("Главное управление лагерей было создано в 1930 году.")
            ] == ["Главное управление лагерей"]


def test_the_town_its_people_are_of_is_a_place() -> None:
    from kartoteka.extract.names import find_names
    # our own sentence: a town in the gazetteer and one it lacks
    assert [(n.form, n.type) for n in find_names(
        "In 1953 the prisoners of Norilsk struck; in 1954 the inmates of Kengir rose.")] == [
        ("Norilsk", "place"), ("Kengir", "place")]


def test_a_surname_joined_to_a_persons_name_is_no_town_named_after_him() -> None:
    from kartoteka.extract.names import find_names
    # our own sentence: Molotov was the name of Perm in 1940–1957
    assert [(n.form, n.type) for n in find_names(
        "Директива Сталина и Молотова запретила выезд крестьян с Украины.")] == [
        ("Сталина", "person"), ("Молотова", "person"), ("Украины", "place")]


def test_russian_real_names_in_brackets_places_in_the_locative_and_bodies_by_acronym() -> None:
    from kartoteka.extract.names import find_aliases, find_names
    # our own sentences on Kaplan and Beria
    aliases = find_aliases("30 августа 1918 года Фанни Каплан (настоящее имя — Фейга Хаимовна "
                           "Ройтблат) стреляла в Ленина.")
    assert [(a.form, a.alias) for a in aliases] == [("Фанни Каплан", "Фейга Хаимовна Ройтблат")]
    assert ("Кремле", "place") in [(n.form, n.type) for n in find_names(
        "3 сентября 1918 года Каплан была расстреляна в Кремле.")]
    assert ("Ленина", "person") in [(n.form, n.type) for n in find_names("Она стреляла в Ленина.")]
    assert ("Президиума ЦК", "organization") in [(n.form, n.type) for n in find_names(
        "Берия был арестован на заседании Президиума ЦК.")]
    assert ("Николаю II", "person") in [(n.form, n.type) for n in find_names(
        "Рабочие несли петицию Николаю II.")]


def test_a_small_foreign_towns_russian_name_is_no_russian_rivers_locative() -> None:
    from kartoteka.extract.names import find_names
    # our own sentence: "на Лене" is on the Lena, not in Löhne (Westphalia)
    assert ("Лене", "place") in [(n.form, n.type) for n in find_names(
        "В 1912 году на Лене бастовали рабочие.")]
    from kartoteka.extract.places import label
    assert label("Лене", "на ") == "Лена"
    assert label("Новочеркасске", "в ") == "Novocherkassk"


def test_a_body_of_the_state_is_no_place_though_its_name_ends_in_the_states() -> None:
    from kartoteka.extract.names import find_names
    # our own sentences
    assert [(n.form, n.type) for n in find_names(
        "Расстрел осуществили весной 1940 года сотрудники НКВД СССР.")] == [
        ("НКВД СССР", "organization")]
    assert [(n.form, n.type) for n in find_names("Жители Украинской ССР голодали.")] == [
        ("Украинской ССР", "place")]


def test_where_a_people_was_moved_to_is_a_place_a_person_sent_to_is_not() -> None:
    from kartoteka.extract.names import find_names
    # our own sentences
    assert ("Karaganda", "place") in [(n.form, n.type) for n in find_names(
        "In 1944 they were deported from Grozny to Karaganda.")]
    assert [(n.form, n.type) for n in find_names("He was sent to Yezhov for questioning.")] == [
        ("Yezhov", "person")]


def test_a_name_taken_or_used_as_a_pseudonym_is_an_alias() -> None:
    from kartoteka.extract.names import find_aliases
    # our own sentences
    assert [(a.form, a.alias) for a in find_aliases(
        "Vladimir Ulyanov, who took the name Lenin, was exiled in 1897.")] == [
        ("Vladimir Ulyanov", "Lenin")]
    assert [(a.form, a.alias) for a in find_aliases("In 1901 Ulyanov adopted the pseudonym Lenin.")] == [
        ("Ulyanov", "Lenin")]


def test_a_common_word_capitalised_after_in_is_no_place_and_no_person() -> None:
    from kartoteka.extract.names import find_names
    # our own sentences: a heading's capitals, a historian named by a common word
    assert find_names("The strike began in History.") == []
    assert [(n.form, n.type) for n in find_names("In 1912 the miners struck in Bodaybo.")] == [
        ("Bodaybo", "place")]
    assert [(n.form, n.type) for n in find_names("The figures of Conquest are higher.")] == [
        ("Conquest", "person")]


def test_a_town_before_the_people_it_names_is_a_place() -> None:
    from kartoteka.extract.names import find_names
    # our own sentences: "the Tambov rebels", "the Kronstadt sailors"
    assert [(n.form, n.type) for n in find_names(
        "The troops used poison gas against the Tambov rebels.")] == [("Tambov", "place")]
    assert [(n.form, n.type) for n in find_names("The Kronstadt sailors rose in March.")] == [
        ("Kronstadt", "place")]


def test_a_country_named_in_russian_is_the_gazetteers_country() -> None:
    from kartoteka.extract.places import label
    # iso-codes' translations (pycountry), and the usual short names places.yaml adds
    assert [label(form, "в ") for form in ("Венгрии", "Польше", "Молдавии", "России", "США")] == [
        "Hungary", "Poland", "Moldova", "Russia", "United States"]


def test_towns_listed_with_a_place_are_places_and_quoted_common_words_no_people() -> None:
    assert forms("In 1918 the union raised Yaroslavl, Rybinsk and Murom.") == [
        ("Yaroslavl", "place"), ("Rybinsk", "place"), ("Murom", "place")]
    # a town's former name that is a man's is not promoted by the list ("Wrangel")
    assert ("Wrangel", "place") not in forms("Troops of Moscow and Wrangel met.")
    assert forms("Восстание подготовил «Союз защиты Родины и Свободы».") == []
    assert ("Ягоде", "person") in forms("Приказ был направлен Ягоде.")
