from kartoteka.extract.sentences import split


def test_offsets_index_the_text_and_abbreviations_do_not_split() -> None:
    text = ("A Heading\n\nGen. Wrangel fled in c. 1920. The Cheka (VChK) acted on 5 Sept. 1918.\n"
            "• 1919 Bullet line.\nA line hard-wrapped\nacross two lines.")
    parts = split(text)
    assert all(text[s.start:s.end] == s.text for s in parts)
    assert [s.text for s in parts] == [
        "A Heading", "Gen. Wrangel fled in c. 1920.", "The Cheka (VChK) acted on 5 Sept. 1918.",
        "• 1919 Bullet line.", "A line hard-wrapped\nacross two lines."]
    assert parts[0].heading and not parts[1].heading
    assert parts[3].bullet


def test_a_footnote_marker_after_the_stop_still_ends_the_sentence() -> None:
    text = "In 1937 the NKVD arrested the leaders.[1] They were shot in 1938.[2][3] Later on."
    assert [s.text for s in split(text)] == [
        "In 1937 the NKVD arrested the leaders.[1]", "They were shot in 1938.[2][3]", "Later on."]


def test_a_long_wrapped_line_goes_on_in_a_line_that_opens_with_a_name() -> None:
    text = ("without recourse to defence lawyers or appeals, as the law then said. In 1936 "
            "Stalin made\nNikolai Yezhov head of the NKVD, citing lax work.\n"
            "— Zinoviev, Kamenev and others confessed to a conspiracy and were executed\n"
            "January 1937: Trial of the Anti-Soviet Trotskyite Centre\n")
    parts = [s.text for s in split(text)]
    assert "In 1936 Stalin made\nNikolai Yezhov head of the NKVD, citing lax work." in parts
    assert parts[-1] == "January 1937: Trial of the Anti-Soviet Trotskyite Centre"


def test_glued_initials_end_no_sentence_but_a_closing_acronym_does() -> None:
    text = ("In 1937 K.E. Voroshiloff signed the list. "
            "The leaders of the U.S.S.R. In 1938 the list grew.")
    assert [s.text for s in split(text)] == [
        "In 1937 K.E. Voroshiloff signed the list.", "The leaders of the U.S.S.R.",
        "In 1938 the list grew."]


def test_russian_abbreviations_before_a_capital_or_a_digit_end_no_sentence() -> None:
    # our own sentences: "н. ст." (New Style), "ст. 58" (an article of the code)
    text = "Шествие расстреляли 9 января (22 января по н. ст.) 1905 года. Его судили по ст. 58 УК."
    assert [s.text for s in split(text)] == [
        "Шествие расстреляли 9 января (22 января по н. ст.) 1905 года.",
        "Его судили по ст. 58 УК."]


def test_a_years_mark_before_a_capital_ends_the_sentence_initials_do_not() -> None:
    # our own entry of a book of remembrance
    text = ("Арестован 12 августа 1937 г. Осуждён тройкой по Ленинградской обл. 20 сентября "
            "1937 г. Расстрелян. А. С. Пушкин родился в 1799 г. в Москве.")
    assert [s.text for s in split(text)] == [
        "Арестован 12 августа 1937 г.", "Осуждён тройкой по Ленинградской обл. 20 сентября 1937 г.",
        "Расстрелян.", "А. С. Пушкин родился в 1799 г. в Москве."]


def test_a_wrapped_line_ending_on_a_function_word_goes_on_into_a_number() -> None:
    # our own hard-wrapped paragraph: the count opens the next line
    text = ("Communist Party. The first plans of the operation called for the arrest of\n"
            "250,000 men and women.\n"
            "The chronology of the terror in the first years was as follows\n1918 The Cheka is founded.")
    assert [s.text for s in split(text)] == [
        "Communist Party.", "The first plans of the operation called for the arrest of\n250,000 men and women.",
        "The chronology of the terror in the first years was as follows", "1918 The Cheka is founded."]


def test_a_paper_s_plain_footnote_number_after_the_stop_ends_the_sentence() -> None:
    # our own sentences, with footnote numbers as a PDF's text layer leaves them
    text = ("The famine killed between 3.5 and 5 million people.2 Grain quotas were raised "
            "that summer.13 By 1933.5 it had peaked.")
    assert [s.text for s in split(text)] == [
        "The famine killed between 3.5 and 5 million people.2",
        "Grain quotas were raised that summer.13", "By 1933.5 it had peaked."]
