"""Russian morphology (pymorphy3 and its dictionary): names are inflected, keys must not be.

"Ежова", "Ежову", "Ежовым" are one surname; "в Москве" names Moscow. The lemma folds a word to
its nominative, preferring a reading as a proper name, and the name tags say what kind of
name the dictionary takes a word for (surname, given name, place, organisation).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

# Latin letters that OCR and careless typing put into Cyrillic words ("Hовочеркасск")
_LOOKALIKE = str.maketrans("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху")
_MIXED = re.compile(r"(?=[\w’'-]*[а-яёА-ЯЁ])[\w’'-]*[A-Za-z][\w’'-]*|"
                    r"(?=[\w’'-]*[A-Za-z])[\w’'-]*[а-яёА-ЯЁ][\w’'-]*")
CYRILLIC_WORD = re.compile(r"[\w’'-]*[а-яёА-ЯЁ][\w’'-]*")
# pymorphy3's grammemes of a proper name: surname, given name, patronymic, place,
# organisation, abbreviation
_NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr"})
_KIND = {"Surn": "person", "Name": "person", "Patr": "person", "Geox": "place",
         "Orgn": "organization", "Abbr": "organization"}


@lru_cache(maxsize=1)
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def unmixed(word: str) -> str:
    """A Cyrillic word with the Latin look-alike letters in it made Cyrillic ("HЭВЗ" -> "НЭВЗ")
    and without the stress marks dictionaries print ("Ша́хтинское")."""
    return _MIXED.sub(lambda m: m.group().translate(_LOOKALIKE), word.replace("\u0301", ""))


# the endings of a Russian surname in any case, and in its masculine nominative
_SURNAME_FORM = re.compile(r"(?:[оеё]в|[иы]н)(?:а|у|ым|ой|е|ых|ыми)?$|ск(?:ий|ая|ого|ому|им|ом|ой)$")
_SURNAME_NOMINATIVE = re.compile(r"(?:[оеё]в|[иы]н|ский)$")
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"}


@lru_cache(maxsize=200_000)
def _best(word: str) -> tuple[str, str | None]:
    parses = _morph().parse(unmixed(word))
    if not parses:
        return word.lower(), None
    if parses[0].tag.POS in _FUNCTION_POS:  # "По данным НКВД": a preposition, whatever
        return parses[0].normal_form, None  # rare abbreviation it also spells
    named = [p for p in parses if _NAME_TAGS & p.tag.grammemes]
    known = _morph().word_is_known(unmixed(word).lower())  # not a guess ("НЭВЗа")
    if known and word[:1].isupper() and not named and all("plur" in p.tag for p in parses):
        return word.lower(), None  # "Палах": a surname, not the plural of a common noun ("пал")
    if word[:1].isupper() and _SURNAME_FORM.search(word):
        # a surname's shape: its reading as a surname first ("Савинкова" is Савинков's, not
        # a place), and one the dictionary lacks in its nominative is itself ("Перхуров",
        # not the plural of a guessed "Перхур")
        surname = next((p for p in named if "Surn" in p.tag.grammemes), None)
        if surname is not None:
            return surname.normal_form, _kind(named[0])
        if not known and _SURNAME_NOMINATIVE.search(word):
            return unmixed(word).lower(), _kind(named[0]) if named else None
    if word[:1].isupper() and named and all(
            "Name" in p.tag.grammemes and ("plur" in p.tag or "voct" in p.tag) for p in named):
        return unmixed(word).lower(), "person"  # "Надь" (Nagy): no plural of the name "Надя"
    # a name already in its nominative stays itself: "Якир", not the plural of "Якира"
    best = next((p for p in named if known and {"nomn", "sing"} <= p.tag.grammemes
                 and p.word == unmixed(word).lower()), None) or (named or parses)[0]
    return best.normal_form, _kind(best) if named else None


def _kind(parse: pymorphy3.analyzer.Parse) -> str | None:
    return next((_KIND[t] for t in ("Geox", "Surn", "Name", "Patr", "Orgn", "Abbr")
                 if t in parse.tag.grammemes), None)


@lru_cache(maxsize=200_000)
def is_common_word(word: str) -> bool:
    """A word the dictionary knows and never reads as a name ("Он", "Большой", "Приказ"):
    capitalised only because it opens a sentence."""
    morph = _morph()
    parses = morph.parse(word)
    return morph.word_is_known(word.lower()) and (
        bool(parses) and parses[0].tag.POS in _FUNCTION_POS
        or not any(_NAME_TAGS & p.tag.grammemes for p in parses))


@lru_cache(maxsize=200_000)
def is_instrumental(word: str) -> bool:
    """"тройкой", "сотрудниками", "Сталиным": the dictionary's best reading is a noun in the
    instrumental, the case of a passive's agent."""
    parses = _morph().parse(unmixed(word))
    return bool(parses) and parses[0].tag.POS == "NOUN" and "ablt" in parses[0].tag


@lru_cache(maxsize=200_000)
def is_nominative(word: str) -> bool:
    """"Николаев", not "Кирова": the dictionary's best reading of the word is a nominative."""
    parses = _morph().parse(unmixed(word))
    return bool(parses) and "nomn" in parses[0].tag


def opens_as_adverb(word: str) -> bool:
    """"Ровно 105 лет назад": a sentence's first word the dictionary reads first as an
    adverb, though a town is spelled so too (Rovno)."""
    parses = _morph().parse(word)
    return bool(parses) and parses[0].tag.POS == "ADVB"


@lru_cache(maxsize=200_000)
def is_adjective(word: str) -> bool:
    """"Соловецкой", "Шахтинское": the dictionary's best reading is an adjective."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in _morph().parse(unmixed(word)))


@lru_cache(maxsize=200_000)
def is_accusative(word: str) -> bool:
    """"в Москву" (whither), not "в Москве" (where): every reading of the word is accusative."""
    parses = _morph().parse(unmixed(word))
    return bool(parses) and all("accs" in p.tag for p in parses[:3])


@lru_cache(maxsize=200_000)
def is_genitive_noun(word: str) -> bool:
    """"лагерей" in "Главное управление лагерей": a complement that stays in the name (never
    a preposition the dictionary also reads as an abbreviated noun, "в", nor a word that is
    first of all a verb, "были" in "в Тамбовской губернии были созданы")."""
    parses = _morph().parse(unmixed(word))
    return len(word) > 2 and parses[0].tag.POS not in _NOT_A_COMPLEMENT and any(
        p.tag.POS == "NOUN" and "gent" in p.tag for p in parses)


@lru_cache(maxsize=200_000)
def is_locative(word: str) -> bool:
    """"в Кремле", "на Соловках": a noun read in the prepositional case, where a thing is."""
    return any(p.tag.POS == "NOUN" and ("loct" in p.tag or "loc2" in p.tag)
               for p in _morph().parse(unmixed(word))[:3])


@lru_cache(maxsize=200_000)
def is_verb(word: str) -> bool:
    """"открыли", "были": the dictionary's best reading is a finite verb."""
    parses = _morph().parse(unmixed(word))
    return bool(parses) and parses[0].tag.POS == "VERB"


@lru_cache(maxsize=200_000)
def may_be_subject(word: str) -> bool:
    """"войска" (troops, nominative plural, as well as "of the army"), not "лагерей": a noun
    the dictionary may also read in the nominative."""
    return any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in _morph().parse(unmixed(word)))


_NOT_A_COMPLEMENT = frozenset({"VERB", "INFN", "PRTS", "GRND", "PRCL", "CONJ", "PREP", "ADVB"})


@lru_cache(maxsize=200_000)
def is_thing_noun(word: str) -> bool:
    """"лет", "лагерях", "дней": the dictionary's best reading is an inanimate noun, what a
    count of things, not of people, takes."""
    morph = _morph()
    parses = morph.parse(unmixed(word))
    return bool(parses) and parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag \
        and morph.word_is_known(unmixed(word).lower()) \
        and not _NAME_TAGS & parses[0].tag.grammemes


@lru_cache(maxsize=200_000)
def is_people_noun(word: str) -> bool:
    """"руководителей", "крестьян", "рабочих", "заключённых": the dictionary reads an animate
    noun (or a participle or adjective it marks as used as one) in the plural or genitive,
    what Russian counts take."""
    for p in _morph().parse(unmixed(word))[:3]:
        tag = p.tag
        if tag.POS == "NOUN" and "anim" in tag and ("plur" in tag or "gent" in tag) \
                and not _NAME_TAGS & tag.grammemes:
            return True
        # a participle used as a noun: "1111 заключённых" (prisoners), "арестованных"
        if tag.POS in ("PRTF", "ADJF") and "Subx" in tag and "plur" in tag:
            return True
    return False


@lru_cache(maxsize=200_000)
def is_of_people(word: str) -> bool:
    """"погибших", "расстрелянных", "рабочих": whose — a people noun, or a plural genitive
    participle standing for the people it describes ("фамилий погибших")."""
    return is_people_noun(word) or any(
        p.tag.POS == "PRTF" and "plur" in p.tag and "gent" in p.tag
        for p in _morph().parse(unmixed(word))[:3])


def lemma(word: str) -> str:
    """Ежова -> ежов, ГУЛАГа -> гулаг, Николаю -> николай, Москве -> москва."""
    return _best(word)[0]


def name_kind(word: str) -> str | None:
    """person / place / organization, as the dictionary reads a Russian word, else None."""
    return _best(word)[1]


def uninflected(form: str) -> str:
    """Every Cyrillic word of `form` in its nominative (Latin words untouched); adjectives
    before their noun agree with it ("Тамбовской губернии" -> тамбовская губерния)."""
    words = list(CYRILLIC_WORD.finditer(form))
    agreed = {w.start(): lemma(w.group()) for w in words}
    noun = next((i for i, w in enumerate(words) if not is_adjective(w.group())), None)
    if noun:
        head = next((p for p in _morph().parse(unmixed(words[noun].group()))
                     if p.tag.POS == "NOUN"), None)
        gender = head.normalized.tag.gender if head else None
        for w in words[:noun]:
            parse = next(p for p in _morph().parse(unmixed(w.group()))
                         if p.tag.POS in ("ADJF", "PRTF"))
            nominative = parse.inflect({"nomn", "sing", gender}) if gender else None
            if nominative:
                agreed[w.start()] = nominative.word
    return CYRILLIC_WORD.sub(lambda m: agreed[m.start()], form)
