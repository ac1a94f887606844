"""Counts of people in a sentence, following the CONTRACT table (low/high/approximate/kind).

A number is a figure only when the words around it say it counts people: a people noun
("2,000 workers"), a kind verb ("executed 800", "900 were arrested") or a toll phrase
("the number of victims … 50,000"). Numbers of places, money, years and ages are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number

from ..models import Figure
from . import lexicon
from .dates import DAY_SEP, MONTH
from .morphology import (
    CYRILLIC_WORD,
    is_adjective,
    is_of_people,
    is_people_noun,
    is_thing_noun,
    lemma,
)
from .prefilter import Prefiltered

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "mln": 1_000_000, "dozen": 12}
_VAGUE = [  # longest first; (pattern, value)
    (r"hundreds\s+of\s+thousands", 100_000), (r"tens\s+of\s+thousands", 10_000),
    (r"tens\s+of\s+millions", 10_000_000), (r"hundreds\s+of\s+millions", 100_000_000),
    (r"(?:several|many|a\s+few)\s+hundreds?", 100), (r"(?:several|many|a\s+few)\s+thousands?", 1000),
    (r"(?:several|many|a\s+few)\s+dozens?", 12), (r"(?:several|many|a\s+few)\s+millions?", 1_000_000),
    (r"dozens", 12), (r"scores", 20), (r"hundreds", 100), (r"thousands", 1000),
    (r"millions", 1_000_000), (r"tens", 10),
    # Russian, in every case: "десятки тысяч", "сотен тысяч", "несколько тысяч", "полтора миллиона"
    (r"десятк\w*\s+тысяч\w*", 10_000), (r"сот(?:ни|ен|нями)\s+тысяч\w*", 100_000),
    (r"десятк\w*\s+миллион\w*", 10_000_000), (r"полу?тор[аы]\s+миллион\w*", 1_500_000),
    (r"полу?тор[аы]\s+тысяч\w*", 1_500), (r"пол(?:у)?миллион\w*", 500_000), (r"нескольк\w*\s+тысяч\w*", 1000),
    (r"нескольк\w*\s+сот(?:ен|ни|ням\w*)", 100), (r"нескольк\w*\s+миллион\w*", 1_000_000),
    (r"нескольк\w*\s+десятк\w*", 10), (r"тысяч(?:и|ами)", 1000), (r"сот(?:ни|нями)", 100),
    (r"миллион(?:ы|ами)", 1_000_000), (r"десятк(?:и|ами)", 10),
]
_VAGUE_RX = [(re.compile(p, re.I), v) for p, v in _VAGUE]
_ONE_AND_A_HALF = re.compile(r"полу?тор|полу?миллион", re.I)
_LETTERS = re.compile(r"[a-z]+")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_NUMBER_PART = re.compile(r"[\d.,\s]+\d|\d")
_PUNCT = re.compile(r"[,;:.()]")
_WORD = r"(?:" + "|".join(sorted((k for k in _UNITS if len(k) > 2), key=len, reverse=True)) + r")"
_SCALE = r"(?:hundred|thousand|million|billion|mln|dozen)"
_NUM_PATTERN = (
    r"(?P<vague>\b(?:" + "|".join(p for p, _ in _VAGUE) + r")\b)"
    # digits: not inside a word, a decimal or a code ("T-34"), but "10-15 thousand" is a range
    r"|(?P<digits>(?<![\w.,/\[])(?<![^\d]-)(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,])|"
    r"\d{1,3}(?:\s\d{3})+(?!\d)|\d+(?:[.,]\d+)?)"
    r"(?:\s*(?P<dscale>" + _SCALE + r"s?\b|тысяч\w*|тыс\b\.?|миллион\w*|млн\b\.?)|(?P<mscale>mn?|bn)\b)?"
    r"(?!\s*%|\d|/\d|-?(?:st|nd|rd|th)\b|-(?!\d)(?![хх]\b)\w|\]|[^\W\d_]))"
    r"|(?P<words>\b(?:an?\s+|half\s+an?\s+|(?:a\s+)?quarter\s+of\s+an?\s+)?(?:" + _WORD + r"(?:[\s-]+" + _WORD + r")?\s+)?"
    r"(?:" + _SCALE + r")s?\b(?:\s+and\s+" + _WORD + r"(?:[\s-]+" + _WORD + r")?\b)?"
    r"|\b(?:" + _WORD + r")(?:[\s-]+" + _WORD + r")?\b(?!-[^\W\d_]))")
_NUM = Prefiltered(_NUM_PATTERN, ignore_case=True, together=True)

_LOW_ONLY = r"(?:более|свыше|не\s+менее|at\s+least|more\s+than|over|no\s+fewer\s+than|not\s+less\s+than|no\s+less\s+than|" \
            r"upwards\s+of|in\s+excess\s+of|well\s+over|well\s+above|above|a\s+minimum\s+of|" \
            r"not\s+fewer\s+than|fewer\s+than\s+no)"
_HIGH_ONLY = r"(?:до|не\s+более|up\s+to|as\s+many\s+as|no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than|" \
             r"at\s+most|a\s+maximum\s+of|under|as\s+much\s+as)"
_APPROX = r"(?:около|примерно|приблизительно|some|about|around|roughly|approximately|nearly|almost|c\.|ca\.|circa|an\s+estimated|" \
          r"estimated|perhaps|possibly|close\s+to|an\s+approximate|approx\.|just\s+under|just\s+over)"
_LOW_ONLY_RX = re.compile(_LOW_ONLY, re.I)
_OWN_COUNT = re.compile(rf"\s+(?:(?:{_LOW_ONLY}|{_HIGH_ONLY}|{_APPROX})\s+)?", re.I)  # verb → its number
_HIGH_ONLY_RX = re.compile(_HIGH_ONLY, re.I)
_QUAL = re.compile(rf"\b(?P<q>{_LOW_ONLY}|{_HIGH_ONLY}|{_APPROX})\s+(?:only\s+)?$", re.I)
_RANGE_PRE = re.compile(r"(?:\b(?:between|from)|(?<!\w)от)\s+$", re.I)
_SPREAD_PRE = re.compile(r"\b(?:(?:rang|var)\w*\s+(?:from|between)|between)\s+$", re.I)
_RANGE_SEP = re.compile(r"^\s*(?:[–—-]|to|and|or|до)\s*$", re.I)

# Nouns that make a number a count of people, with the kind they imply (None: ask the verbs),
# and nouns of things; both kept in data/lexicon/en/people.yaml.
_LEXICON = lexicon.load("en", "people")
PEOPLE: dict[str, str | None] = {noun: group["kind"] for group in _LEXICON["people"]
                                 for noun in group["nouns"]}
NOT_PEOPLE: set[str] = set(_LEXICON["not_people"]["nouns"])
CAPTIVES: set[str] = set(_LEXICON["captives"]["nouns"])
_RU_COUNTED: dict[str, str | None] = _LEXICON["ru_counted_as_people"]["lemmas"]
NEXT_WORD = re.compile(r"\s+([\w-]+)")  # the word after a position
_AGENTS = _LEXICON["agents"]
_AGENT_PLURAL = re.compile(rf"[a-z]{{{_AGENTS['min_length'] - 3},}}" + "(?:"
                           + "|".join(_AGENTS["endings"]) + ")")
_AGENT_THINGS = frozenset(_AGENTS["things"])


def is_agent_plural(word: str) -> bool:
    """A plural of the shape agents' nouns take ("ringleaders", "detainees", "gunmen") and not
    one of the common things with such an ending: a person where no list names the noun."""
    return len(word) >= _AGENTS["min_length"] and word not in _AGENT_THINGS \
        and bool(_AGENT_PLURAL.fullmatch(word))


KIND_VERBS = [
    ("killed", r"расстрел\w*|убит\w*|убил\w*|убива\w*|застрел\w*|замуч\w*|повеш\w*|повесил\w*|"
               r"утопил\w*|утоплен\w*|уничтож\w*|погиб\w*|гибел\w*|"
               r"(?:унес|унёс|стои)\w*\s+(?:\w+\s+)?жизн\w*|"  # "унёс жизни", "стоил жизни"
               r"умер(?:л[аио]?|ш\w*)?|умира\w*|скончал\w*|казн[её]н\w*|казнил\w*|казнь|казни|kill\w*|execut\w*|shot(?!\s+at\b)|(?<=were\s)shot|(?<=was\s)shot|shoot\w*|murder\w*|massacr\w*|died|die|dying|perish\w*|"
               r"slaughter\w*|liquidat\w*|hang\w*|hanged|drown\w*|lost|starved|deaths?|dead|"
               r"burn(?:ed|t)\s+alive|сожж\w*\s+заживо|"
               r"victims?|annihilat\w*|exterminat\w*|gunned|butcher\w*|toll|claimed(?=[^.;]{0,40}\blives\b)|"
               # a death sentence carried out: "приговор … приведён в исполнение", "ВМН"
               r"привед\w*\s+в\s+исполнение|высш\w*\s+мер\w*|в\.?\s?м\.?\s?н\b|"
               r"sentences?\s+(?:was|were)\s+carried\s+out|carried\s+out\s+the\s+(?:death\s+)?sentences?"),
    ("arrested", r"арестова\w*|arrest\w*|detain\w*|detention|imprison\w*|jailed|incarcerat\w*|rounded\s+up|"
                 r"taken\s+prisoner|captured|seized|abduct\w*|kidnapp?\w*|похищ\w*|taken\s+(?:away\s+)?from\s+their\s+homes|задержа\w*"),
    ("deported", r"deport\w*|expuls\w*|exil\w*|banish\w*|intern\w*|высл\w*|(?:to|in|into)\s+(?:the\s+)?"
                 r"(?:concentration\s+|labou?r\s+|prison\s+)?camps?|(?:labou?r|through\s+the)\s+camps?|"
                 r"(?:to|in|into)\s+\w+lag\b|"
                 r"resettl\w*|expell\w*|gulag|transferr\w*|transport\w*|loaded\s+onto|"
                 r"(?:to|into)\s+(?:siberia|kazakhstan|central\s+asia|the\s+urals|kolyma)|"
                 r"(?:to|in|into)\s+exile|"
                 r"(?:в|во)\s+(?:конц)?лагер\w*|концлагер\w*|сосла\w*|ссыл\w*|депорт\w*|высел\w*"),
    ("wounded", r"wound\w*|injur\w*|hospitali[sz]ed|ранен\w*|ранил\w*|ранено|искалеч\w*|пострада\w*"),
    ("hostages", r"hostages?"),
    # those who got away are counted, but nothing of the act befell them
    # and those fired at, whom no word says were hit
    ("other", r"fled|flee\w*|escaped|emigrat\w*|refugees?|бежал\w*|бежали|эмигрирова\w*|"
              r"shot\s+at|fired\s+at|"
              r"осужд[её]н\w*|осуждено|осудил\w*"),  # the convicted, not yet the shot among them
    ("strength", r"mobili[sz]\w*|fielded|recruit\w*|joined|enlist\w*|number(?:ed|ing)|armed|involv\w*|"
                 r"strik\w*|struck|workforce|went\s+on\s+strike|downed\s+(?:their\s+)?tools|stopped\s+work|walked\s+out|"
                 r"бастова\w*|стачк\w*|забастов\w*|присоедин\w*|protest\w*|demonstrat\w*|marched|"
                 r"participat\w*|участвова\w*|участник\w*|вышл\w*|собрал\w*|gathered|took\s+part|employ\w*|staff\w*|meetings?|rall(?:y|ies)|crowds?"),
]
_KIND_ALL = Prefiltered(r"\b(?:" + "|".join(f"(?P<{kind}>{rx})" for kind, rx in KIND_VERBS) + r")\b",
                        ignore_case=True, together=True)
_TOLL = re.compile(r"\b(?:victims|death\s+toll|toll|dead|deaths|killed|executed|executions|"
                   r"жертв|погибших|убитых|расстрелянных|казнённых|казненных)\b"
                   r"[^.;]{0,60}$", re.I)
_STOP = {"without", "in", "by", "for", "at", "from", "with", "to", "on", "during", "after",
         "before", "and", "or", "were", "was", "had", "have", "has", "who", "which", "that", "as",
         "more", "are", "is", "be", "been", "would", "will", "within", "into", "across", "per"}
_WORDS = re.compile(r"[\w’'-]+")
_YEAR_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|in|of|since|by|from|until|to|during|"
                          r"year|spring|summer|autumn|winter|early|late)\s+$", re.I)
_KIND_BEFORE = re.compile(r"\b(?:kill\w*|execut\w*|shot|arrest\w*|deport\w*|exil\w*|"
                          r"murder\w*|detain\w*|took|held|sent|mobili[sz]\w*|fielded)\s+"
                          r"(?:(?:some|about|around|over|nearly|almost|at\s+least|more\s+than|"
                          r"between)\s+)?$", re.I)
_VICTIMS_OF = re.compile(r"\s+of\s+(?:the\s+|political\s+|state\s+)?(?:torture|repressions?|"
                         r"persecution|abuse|violence|political\s+repression)\b", re.I)
_GENERIC_VICTIMS = re.compile(r"\s+(?:\w+\s+)?victims?", re.I)
# the verbs of one who gives a figure ("Conquest estimated", "Memorial counted")
REPORTING = (r"estimat\w*|suggest\w*|put\s+(?:the\s+)?(?:number|toll|total)|gave|gives|count\w*|"
             r"reckon\w*|calculat\w*|stat(?:e|es|ed)|claim(?:s|ed)?|cit(?:e|es|ed)|report(?:s|ed)?|"
             r"spea(?:k|ks)\s+of|spoke\s+of|mention(?:s|ed)?")
_ESTIMATE = re.compile(rf"\b(?:figure|number|sources|{REPORTING})\b[^.;]*$", re.I)
# what a paragraph counts: "estimates of the number of people killed", "the toll of executions"
_TOPIC = Prefiltered(r"\b(?:(?:numbers?|estimates?|toll|total|figures?|count)(?:\s+of)?|how\s+many)\s+"
                     r"(?:\w+\s+){0,3}?"
                     r"(?P<word>killed|executed|executions|victims|deaths|dead|died|perished|arrests|"
                     r"arrested|detained|deported|deportations|hostages)\b", ignore_case=True, together=True)
_TOPIC_KIND = {"arrests": "arrested", "arrested": "arrested", "detained": "arrested", "deported": "deported",
               "deportations": "deported", "hostages": "hostages"}


def counted_kind(sentence: str) -> str | None:
    """The kind a sentence says is being counted ("estimates of the number of people killed")."""
    found = _TOPIC.search(sentence)
    return _TOPIC_KIND.get(found.group("word"), "killed") if found else None


_YEARLIKE = re.compile(r"^(?:1\d{3}|20\d{2})$")


@dataclass
class _Num:
    start: int
    end: int
    value: int
    vague: bool
    yearlike: bool
    scale: int = 1  # the multiplier of a scale word written with the number ("3 million")


def _words_value(text: str) -> int | None:
    tokens = _LETTERS.findall(text.lower())
    total, current = 0, 0
    half = quarter = False
    for tok in tokens:
        if tok == "half":
            half = True
        elif tok == "quarter":
            quarter = True
        elif tok in ("a", "an"):
            current = current or 1  # "a million", "a quarter of a million"
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok.rstrip("s") in _SCALES:
            scale = _SCALES[tok.rstrip("s")]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
    value = total + current
    if half:
        value //= 2
    if quarter:
        value //= 4
    return value or None


_BARE = re.compile(r"\d{1,3}(?:[,.\s]\d{3})+|\d+")


_BARE_RANGE = re.compile(rf"(?P<low>{_BARE.pattern})\s*(?:[–—-]|to)\s*(?P<high>{_BARE.pattern})"
                         rf"|(?P<open>{_BARE.pattern})\s*\+|(?:c\.|ca\.|~|≈)\s*(?P<about>{_BARE.pattern})")


def bare_range(text: str) -> tuple[int | None, int | None, bool] | None:
    """(low, high, approximate) of a cell that holds only a count: "69", "44–400", "1,200+",
    "c. 300"; else None."""
    text = text.strip()
    if _BARE.fullmatch(text):
        value = _digits_value(text, None)
        return value, value, False
    m = _BARE_RANGE.fullmatch(text)
    if m is None:
        return None
    if m.group("low"):
        low, high = _digits_value(m.group("low"), None), _digits_value(m.group("high"), None)
        return (low, high, False) if low <= high else None
    if m.group("open"):
        return _digits_value(m.group("open"), None), None, False
    value = _digits_value(m.group("about"), None)
    return value, value, True


def kind_of(words: str) -> str | None:
    """The kind a column header or label names ("Of whom shot", "Arrested", "Victims")."""
    verb = next(_KIND_ALL.finditer(words), None)
    if verb:
        return verb.lastgroup
    nouns = [PEOPLE.get(w) for w in _WORDS.findall(words.lower())]
    return next((k for k in nouns if k), None)


def _scale(word: str) -> int:
    """The multiplier a scale word names: "thousands", "mln", "1.3m", "тыс.", "миллиона"."""
    low = word.lower().rstrip(".")
    if low.startswith("тыс"):
        return 1000
    if low.startswith(("милл", "млн")) or low in ("m", "mn"):
        return 1_000_000
    return 1_000_000_000 if low == "bn" else _SCALES[low.rstrip("s")]


def _scaled(written: str, value: int, scale: int) -> int:
    """"3.5" of "between 3.5 and 5 million": the written number times the scale, decimals
    kept (`value` is the number rounded, for words such as "two")."""
    raw = written.replace(" ", "")
    raw = raw.replace(",", ".") if _DECIMAL_COMMA.fullmatch(raw) else raw.replace(",", "")
    try:
        return round(float(raw) * scale)
    except ValueError:
        return value * scale


def _digits_value(digits: str, scale: str | None) -> int:
    raw = "".join(digits.split())  # "1 344 923", with plain or no-break spaces
    if scale:
        raw = raw.replace(",", ".") if _DECIMAL_COMMA.fullmatch(raw) else raw.replace(",", "")
        if _DOT_THOUSANDS.fullmatch(raw):
            raw = raw.replace(".", "")
        return round(float(raw) * _scale(scale))
    if _DOT_THOUSANDS.fullmatch(raw):
        return int(raw.replace(".", ""))
    return round(float(raw.replace(",", "")))


# "3 January", "9 (22) January", "18–20 May", "18—20 мая", "the night of 5 to 6 July"
# a day, maybe a span of days, maybe the same days of the other calendar in brackets ("7–8
# (20–21) января"), then the month
_DATE_PART_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:{DAY_SEP}\d{{1,2}}(?:st|nd|rd|th)?)?\s*[)\]]?"
                              rf"(?:\s*[(\[]\s*\d{{1,2}}(?:{DAY_SEP}\d{{1,2}})?\s*[)\]])?"
                              rf"\s+(?:of\s+)?{MONTH}(?![a-zа-я])")
# a share, not a count: "46 %", "18 percent", "от 18 до 46 %"
_PERCENT_AFTER = re.compile(r"(?:\s*(?:[–—-]|to|and|до|и)\s*\d+(?:[.,]\d+)?)?\s*(?:%|per\s*cent|процент)",
                            re.I)
_DATE_PART_BEFORE = re.compile(rf"{MONTH}\.?\s+$")
# "a country of eighty million people": a population, not a count of victims
_POPULATION_BEFORE = re.compile(r"\b(?:country|nation|population|city|town|empire|land|province)\s+"
                                r"of\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$", re.I)
# "at the age of 16", "the average age of those shot was 42", "в возрасте 16 лет"
_AGE_BEFORE = re.compile(r"\b(?:age(?:d|\s+of)|aged|ages?\s+(?:[\w’'-]+\s+){0,4}(?:was|were|is))\s+$|"
                         r"(?<!\w)в\s+возрасте\s+$", re.I)
# a camp in the sentence: the captives it counts are deported (people.yaml, captives)
_CAMP = re.compile(r"\b(?:camps?|Gulag|GULAG|\w+lag|labou?r\s+colon\w+)\b|лагер\w*|ГУЛАГ\w*|"
                   r"Гулаг\w*|лагпункт\w*")
# "Camp No. 5", "order n° 00447", "лагпункт № 5", "under Article 58", "по ст. 58", "§ 129":
# a number that names, not one that counts
_NUMBER_SIGN = re.compile(r"(?:\b(?:No|Nr)\.?|\b(?:no|nr)\.|n°|№|#|§|\bномер|"
                          r"\b(?:[Aa]rticles?|[Aa]rts?\.|[Ss]ections?|[Pp]aragraphs?|[Cc]lauses?|"
                          r"[Oo]rders?|[Dd]ecrees?|[Dd]irectives?|[Rr]esolutions?)|"
                          r"(?<!\w)(?:стать[яеиюёй]\w*|ст\.|пункт\w*|п\.|приказ\w*|постановлени\w*))\s*(?:\d{1,4}[-.])?$")  # and the "10" of "58-10"
_YEAR_RANGE_END = re.compile(r"\b1\d{3}\s*[–—/-]\s*$|\b\d{4}-\d{2}-$")  # "1905–07", "1918-04-12"


# Russian numerals, in any case ("семь", "двух тысяч", "более ста"): number-parser reads
# them; the collective ones that count people ("семеро", "двое") it does not know
_RU_WORD = re.compile(r"(?<![\w-])[а-яё]+(?![\w-])", re.I)
_COLLECTIVE_RU = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
                  "восьмеро": 8, "девятеро": 9, "десятеро": 10}


@lru_cache(maxsize=4096)
def _ru_numeral(word: str) -> int | None:
    return _COLLECTIVE_RU.get(word) or parse_number(word, language="ru")


def _russian_numbers(text: str, taken: list[_Num]) -> list[_Num]:
    """Runs of Russian numeral words outside the numbers already found; a lone "one" is
    an article-like "один из", as in English."""
    runs: list[list[re.Match[str]]] = []
    for m in _RU_WORD.finditer(text):
        if _ru_numeral(m.group().lower()) is None or any(
                n.start < m.end() and m.start() < n.end for n in taken):
            continue
        if runs and text[runs[-1][-1].end():m.start()].isspace():
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        words = [m.group().lower() for m in run]
        value = parse_number(" ".join(words), language="ru") if len(words) > 1 else None
        value = value or _ru_numeral(words[0])
        if value and value > 1:
            scale = max((v for w in words if (v := _ru_numeral(w) or 0) >= 1000), default=1)
            out.append(_Num(run[0].start(), run[-1].end(), value, False, False, scale))
    return out


_FOOTNOTED_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)\.\d{1,3}$")
_CAPITAL_NEXT = re.compile(r"\s+[A-ZА-ЯЁ]")


def _numbers(text: str) -> list[_Num]:
    out = []
    for m in _NUM.finditer(text):
        if m.group("digits") and (_DATE_PART_AFTER.match(text[m.end():m.end() + 24])
                                  or _DATE_PART_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                                  or _AGE_BEFORE.search(text[max(0, m.start() - 50):m.start()])
                                  or _YEAR_RANGE_END.search(text[max(0, m.start() - 9):m.start()])
                                  or _NUMBER_SIGN.search(text[max(0, m.start() - 14):m.start()])
                                  or m.group("digits").startswith("0")
                                  or _PERCENT_AFTER.match(text, m.end())):
            # a date's day, the "07" of "1905–07", a numbered camp or order; "1905-07
            # thousands" still counts its thousands
            if m.group("dscale") and m.group(0).endswith("s"):
                out.append(_Num(m.start("dscale"), m.end(), _scale(m.group("dscale")), True, False))
            continue
        if m.group("vague"):
            value = next(v for p, v in _VAGUE_RX if p.fullmatch(m.group("vague")))
            # "полтора миллиона" is one and a half million, a number, not a vague count
            out.append(_Num(m.start(), m.end(), value, not _ONE_AND_A_HALF.match(m.group()), False))
        elif m.group("digits"):
            digits = m.group("digits")
            number = _NUMBER_PART.match(digits)
            assert number
            scale = m.group("dscale") or m.group("mscale")
            if scale and _YEARLIKE.match(number.group(0)) and m.group(0).endswith("s"):
                # "in 1918 thousands were shot": a year, then a vague count
                out.append(_Num(m.start("dscale"), m.end(), _scale(scale), True, False))
                continue
            footnoted = _FOOTNOTED_YEAR.match(digits.strip())
            if footnoted and not scale and _CAPITAL_NEXT.match(text, m.end()):
                # "in 1951 and 1952.11 When Stalin died": a year, and its footnote's number
                out.append(_Num(m.start(), m.start() + 4, int(footnoted.group(1)), False, True))
                continue
            value = _digits_value(number.group(0).strip(), scale)
            out.append(_Num(m.start(), m.end(), value, False,
                            bool(_YEARLIKE.match(digits.strip())) and not scale,
                            _scale(scale) if scale else 1))
        else:
            words = m.group("words")
            low = words.lower().strip()
            if low in ("a", "an", "one", "a dozen", "dozen"):
                if low in ("a dozen", "dozen"):
                    out.append(_Num(m.start(), m.end(), 12, False, False))
                continue
            spelled = _words_value(words)
            if spelled:
                scales = [_SCALES[w.rstrip("s")] for w in _LETTERS.findall(low)
                          if w.rstrip("s") in _SCALES]
                out.append(_Num(m.start(), m.end(), spelled, False, False, max(scales or [1])))
    if CYRILLIC_WORD.search(text):
        out = sorted(out + _russian_numbers(text, out), key=lambda n: n.start)
    return out


# an infobox's label and its value ("Deaths: 165", "| Injuries | 3,515"), and the next label
_LABEL_GAP = re.compile(rf"[ \t]*[:|][ \t]*(?:(?:{_LOW_ONLY}|{_HIGH_ONLY}|{_APPROX})[ \t]+)?", re.I)
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t|]*$")  # the kind word opens its line
_LABEL_LINE = re.compile(r"[ \t]*[:|][^\n|]*")
_NEXT_LABEL = re.compile(r"\n[ \t]*\|?[ \t]*[A-ZА-ЯЁ][\w ]{0,30}?[ \t]*[:|]")
_BEFELL = {"killed", "arrested", "deported", "wounded", "hostages"}
_COORDINATOR_END = re.compile(r"\b(?:and|or|и)\s+$", re.I)
_COORDINATED = re.compile(r"^\s*(?:,|and\b|or\b|и(?!\w))\s*(?:(?:and|и)\s+)?", re.I)


def _own_verb_after(text: str, end: int) -> bool:
    """Whether a kind word follows the count's noun in its clause ("… and 300 workers fled"):
    the count has a verb of its own, not the one it is coordinated with."""
    window = re.split(r"[,;:.()]", text[end:end + 30], maxsplit=1)[0]
    return bool(_KIND_ALL.search(window))
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|although|though|when|who|which)\b|"
                           r"\b(?:while|whereas|although)\b", re.I)


_KIND_RIGHT_AFTER = re.compile(r"\s+(?:(?:were|was|had\s+been|more|others?|people|persons)\s+)?(?:"
                               + "|".join(rx for _, rx in KIND_VERBS) + r")\b", re.I)  # "333 wounded"
_KIND_AT = re.compile(r"\b(?:dead|killed|wounded|injured|arrested|deported|executed)\s+at\s+(?:\w+\s+){0,3}$",
                      re.I)  # "… and the wounded at several thousand": labelled right there
_PUT_AT = re.compile(r"\s+at\s+(?:(?:not\s+(?:fewer|less)\s+than|no\s+(?:fewer|less)\s+than|at\s+least|"
                     r"about|some|around|over|more\s+than|nearly|almost|up\s+to|roughly)\s+)?", re.I)


def _kind_near(text: str, start: int, end: int, kind_words: list[re.Match[str]],
               others: list[tuple[int, int]] | None = None,
               noun_end: int | None = None) -> tuple[str | None, bool]:
    """(kind, adjacent): the kind word nearest the number inside its clause; adjacent when
    within 4 words ("executed 800", "900 were arrested"). A kind word with another number
    between, or just after another number, belongs to that number ("75,950 to be shot and
    186,500 sent to camps")."""
    best: tuple[int, str] | None = None
    for m in kind_words:
        if noun_end is not None and end <= m.start() < noun_end and (
                m.end() >= noun_end or m.group().lower().endswith("ing")):
            # the counted noun itself ("hostages") speaks through its own kind, and "striking
            # workers" says what they did; "5,000 executed individuals" what befell them
            continue
        if m.start() >= end and " " not in m.group() and any(
                0 < a - m.end() <= 30 and _OWN_COUNT.fullmatch(text, m.end(), a)
                for a, _ in others or []):
            continue  # "shot at five prisoners and killed two", "…, killing at least 19"
        if m.start() >= end:
            gap_start, gap_end = end, m.start()
        elif m.end() <= start:
            gap_start, gap_end = m.end(), start
        else:
            continue
        gap = text[gap_start:gap_end]
        # "Injuries: 3,515", "Deaths: 187 (official); 300–1,500 (other estimates)": an
        # infobox line's label counts every number on its line
        label = m.end() <= start and bool(_LABEL_GAP.fullmatch(gap) or _LINE_LABEL.search(
            text, max(0, m.start() - 8), m.start()) and _LABEL_LINE.fullmatch(gap))
        if not label and (_CLAUSE_BREAK.search(gap) or any(
                gap_start <= a and b <= gap_end for a, b in others or [])) or _NEXT_LABEL.search(
                text, gap_start, min(len(text), max(gap_end, m.end()) + 3)):
            continue  # another clause, or another line of an infobox
        put_at = m.end() <= start and bool(_PUT_AT.fullmatch(gap))
        if not put_at and m.end() <= start and _WORDS.search(gap) and any(  # "N1 … shot and N2": N1's
                b <= m.start() and len(_WORDS.findall(text[b:m.start()])) <= 6
                and not _CLAUSE_BREAK.search(text[b:m.start()])
                # but "N1 people and shot N2", "N1 человек, ранено около N2", "N1 arrested, of
                # whom … shot N2": the verb opens N2's own predicate
                and not _COORDINATOR_END.search(text[b:m.start()])
                and "," not in text[b:m.start()] and "\n" not in text[b:m.start()]
                for _, b in others or []):
            continue
        # "24 killed, 69 severely wounded": a comma between is half a clause break; "put
        # the dead at 500 and the wounded at several thousand": the word before "at" labels
        distance = -1 if put_at else len(_WORDS.findall(gap)) + (3 if "," in gap else 0)
        if noun_end is not None and m.start() >= noun_end and _COORDINATED.search(
                text[noun_end:m.start()]):
            distance += 5  # "arrests and executions": another noun, not what befell them
        if best is None or distance < best[0]:
            best = (distance, m.lastgroup or "other")
    if best is None:
        return None, False
    return best[1], best[0] <= 4


def _kind_before(text: str, start: int) -> str | None:
    """The kind words anywhere before `start` name what an estimate counts ("the state
    executed few opponents: estimates … run to several thousand"); the dead first, as
    historians' estimates mostly count them."""
    found = [m.lastgroup for m in _KIND_ALL.finditer(text[:start]) if m.lastgroup != "strength"]
    return "killed" if "killed" in found else found[-1] if found else None


def _people_next(text: str, end: int) -> bool:
    """Whether the word right after a number is a people noun ("1111 человек"); after "the"
    or a preposition, or closing a date, the number is a year ("the 1937 victims", "в 1937
    заключённые")."""
    noun = _noun_after(text, end)
    return bool(noun and noun[0] == "people" and len(text[end:noun[2]].split()) == 1
                and not _THE_BEFORE.search(text, max(0, end - 20), end))


_THE_BEFORE = re.compile(r"(?:\b(?:the|The|its|their)|(?<!\w)[вВсСкК]|[)\]\d,]|"
                         rf"{MONTH}\.?)\s+\d+$")  # "[O.S. 9 January] 1905 troops": a date


def _noun_after(text: str, end: int) -> tuple[str, str | None, int] | None:
    """The first noun after the number (skipping up to 4 modifiers and 'of').

    Returns (class, kind, end offset of the noun) or None when no known noun follows.
    """
    for n, word in enumerate(_WORDS.finditer(text, end, end + 80)):
        low = word.group(0).lower().strip("’'")
        if n >= 5 or _PUNCT.search(text, end, word.start()) or low in _STOP or \
                not low or low[0].isdigit():
            break
        if low in NOT_PEOPLE or (low.endswith("s") and low[:-1] in NOT_PEOPLE):
            return "thing", None, word.end()
        if low in PEOPLE:
            return "people", PEOPLE[low], word.end()
        if CYRILLIC_WORD.fullmatch(low) and is_people_noun(low) or is_agent_plural(low) \
                and not word.group(0)[0].isupper():  # not a name: "1989 Tiananmen Square"
            return "people", None, word.end()  # "53 руководителей", "40 activists"
        if not CYRILLIC_WORD.fullmatch(low):
            continue
        if lemma(low) in _RU_COUNTED:
            return "people", _RU_COUNTED[lemma(low)], word.end()  # "250 семей", "300 трупов"
        if len(low) > 2 and not is_adjective(low):
            # "105 лет", "в 5 лагерях": the noun a Russian count takes comes after its
            # adjectives only; any other word ("13 были приговорены") ends the search; but
            # "119 фамилий погибших" names people: the things are theirs
            whose = NEXT_WORD.match(text, word.end())
            if whose and CYRILLIC_WORD.fullmatch(whose.group(1)) and is_of_people(
                    whose.group(1).lower()):
                return "people", kind_of(whose.group(1)), whose.end()  # their kind: "погибших"
            return ("thing", None, word.end()) if is_thing_noun(low) else None
    return None


# held in a place of a camp text, not taken into custody: "30,000 imprisoned at Kem"
HELD_IN_CAMP = re.compile(r"\b(?:imprisoned|incarcerated|confined|held)\s+(?:at|in|on)\b", re.I)


def about_camps(text: str) -> bool:
    """Whether a document is about camps (it names them again and again): the prisoners it
    counts are held in them, deported in CONTRACT's terms, wherever a sentence omits the camp."""
    return len(_CAMP.findall(text)) >= _CAMP_TEXT


_CAMP_TEXT = 5


_APPOSED = re.compile(r"\b(?P<who>[a-z]+),\s+(?:(?:about|some|nearly|over|around|more\s+than|almost|roughly)\s+)?$",
                      re.I)
_APPOSITION_END = re.compile(r"(?:\s+in\s+all|\s+altogether|\s+in\s+total)?\s*,")
# "a third of the 3,000 inmates", "40 per cent of the 12,000 deportees", "половина из 300":
# the whole a share is taken of; what befell the share did not befall them all
_SHARE_OF_BEFORE = re.compile(r"\b(?:half|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|"
                              r"\d+(?:[.,]\d+)?\s*(?:per\s*cent|percent|%)|majority|most)\s+of\s+"
                              r"(?:the\s+|these\s+|its\s+|their\s+|some\s+|about\s+)?$|"
                              r"(?<!\w)(?:половин\w*|треть|четверть|большинство)\s+(?:из\s+)?$", re.I)
_AS_WERE = re.compile(r",?\s+as\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?$", re.I)
# "among them 2,000 priests", "of whom some 1,400", "из них около 1400": a part of the count
# told before (its kind, and no year), a qualifier it may have before it
_AMONG_BEFORE = re.compile(r"(?:\bamong\s+(?:them|whom)|\bincluding|\bof\s+(?:them|whom)|"
                           r"(?<!\w)(?:среди|из)\s+них|(?<!\w)в\s+том\s+числе)[,\s]+"
                           rf"(?:(?:{_LOW_ONLY}|{_HIGH_ONLY}|{_APPROX})\s+)?$", re.I)
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|whom)|из\s+(?:них|которых))\b", re.I)
_BASE_BEFORE = re.compile(r"(?:^|[,;(:—–]\s*)(?:из|of|out\s+of)\s+(?:the\s+)?$", re.I)  # opens its clause
_BASE_TO_PART = re.compile(r"\s+(?!(?:and|or|и|или)\b)[\w-]+(?:\s+(?!(?:and|or|и|или)\b)[\w-]+)?"
                           r"\s*,?\s*", re.I)
_PARTITIVE = re.compile(r"\s+(?:of|из)\s+(?:the\s+|its\s+|their\s+)?", re.I)
# "…, 15,000 from Latvia", "из Литвы — более 17 000": a count whose noun and verb the list
# leaves out, told of another place
_LIST_BEFORE = re.compile(r"(?:,|\band\b|(?<!\w)и\b|[—–])\s*$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:from|in|at)\s+(?:the\s+)?[A-Z]")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:из|в|во|from|in)\s+[A-ZА-ЯЁ][\w-]+\s*[—–]?\s*$")


def _parallel(text: str, found: list[Figure], start: int, end: int, offset: int) -> bool:
    """Whether the number goes on a list the figure before it opened, with its noun and verb
    left out ("some 10,000 people were deported from Estonia, 15,000 from Latvia")."""
    if not found:
        return False
    between = text[found[-1].end - offset:start]
    return not _CLAUSE_BREAK.search(between) and (
        bool(_LIST_BEFORE.search(between)) and bool(_PLACE_AFTER.match(text, end))
        or bool(_PLACE_BEFORE.search(between)) and bool(_LIST_BEFORE.search(
            between[:_PLACE_BEFORE.search(between).start()])))


def listed_counts(text: str, offset: int, kind: str, taken: list[tuple[int, int]]) -> list[Figure]:
    """The bare counts of a list item under a heading that says what they count ("Soviet
    deportations …": "- Karachays: 2 November 1943, some 69,000"): every number not a year
    and outside `taken` (the item's dates, in document offsets) is one of `kind`."""
    out = []
    for n in _numbers(text):
        start, end = n.start + offset, n.end + offset
        if n.yearlike or n.value < 2 or any(a < end and start < b for a, b in taken):
            continue
        qual = _QUAL.search(text[max(0, n.start - 30):n.start])
        low: int | None = n.value
        high: int | None = n.value
        q = " ".join(qual.group("q").lower().split()) if qual else ""
        if _LOW_ONLY_RX.fullmatch(q):
            high = None
        elif _HIGH_ONLY_RX.fullmatch(q):
            low = None
        first = start - len(qual.group(0)) if qual else start
        out.append(Figure(kind, low, high, n.vague or bool(q) and high is not None and low is not None,
                          text[first - offset:n.end], first, end))
    return out


def find_figures(text: str, offset: int = 0, topic: str | None = None,
                 in_camps: bool = False) -> list[Figure]:
    """Figures in a sentence; offsets are shifted by `offset` (the sentence's start).

    `topic` is the kind the paragraph is counting ("estimates of the number killed …"): a bare
    number a historian gives as an estimate takes it. `in_camps`: the text is about camps
    (`about_camps`)."""
    nums = _numbers(text)
    if not nums:
        return []
    kind_words: list[re.Match[str]] | None = None  # read when a number is not a year
    owners: list[_Num] | None = None
    figures: list[Figure] = []
    i = 0
    while i < len(nums):
        first = nums[i]
        last = first
        is_range = False
        if i + 1 < len(nums) and _RANGE_SEP.match(text[first.end:nums[i + 1].start]):
            sep = text[first.end:nums[i + 1].start].strip().lower()
            pre = bool(_RANGE_PRE.search(text, max(0, first.start - 40), first.start))
            second = nums[i + 1]
            once = _scaled(text[first.start:first.end], first.value, second.scale)
            if (pre or sep in ("–", "—", "-", "to")) and second.scale > 1 and first.scale == 1 \
                    and once <= second.value:
                # "two to three million", "between 3.5 and 5 million": the scale is written
                # once, on the second number
                first = _Num(first.start, first.end, once, first.vague, False, second.scale)
            magnitude = re.search(r"of\s+(thousands|millions)$", text[second.start:second.end]) \
                if first.vague and second.vague else None
            if magnitude:  # "between tens and hundreds of thousands": written once
                scaled = first.value * (1000 if magnitude.group(1) == "thousands" else 10**6)
                if scaled < second.value:
                    first = _Num(first.start, first.end, scaled, True, False, 1)
            if (pre or sep in ("–", "—", "-", "to")) and second.value >= first.value:
                last, is_range = second, True
            elif _SPREAD_PRE.search(text, max(0, first.start - 40), first.start) \
                    and second.value < first.value and second.scale == first.scale:
                # "estimates range from 120,000 to 50,000": a spread, written high to low
                first, last = (_Num(first.start, first.end, second.value, second.vague, False),
                               _Num(second.start, second.end, first.value, first.vague, False))
                is_range = True
        i += 2 if is_range else 1
        if not is_range and i < len(nums) and not nums[i].yearlike and _BASE_BEFORE.search(
                text, max(0, first.start - 12), first.start) and _BASE_TO_PART.fullmatch(
                text, first.end, nums[i].start) and (_noun_after(text, first.end) or ("",))[0] \
                == "people":
            continue  # "Из 17 подсудимых 13 …", "Of the 17 defendants, 13 …": the base
        # "Five of 15 members were shot", "98 of 134": the part is the count, the whole its base
        whole = nums[i] if not is_range and i < len(nums) and first.value >= 2 and \
            _PARTITIVE.fullmatch(text, first.end, nums[i].start) else None
        if whole is not None:
            i += 1
        counted_end = whole.end if whole is not None else last.end
        part = bool(figures) and bool(_AMONG_BEFORE.search(text, max(0, first.start - 30), first.start))
        if first.yearlike and not part \
                and (is_range and last.yearlike or not _noun_after(text, last.end)
                               or _YEAR_BEFORE.search(text, max(0, first.start - 60), first.start)
                               or not (_KIND_BEFORE.search(text[max(0, first.start - 40):first.start])
                                       or _people_next(text, first.end))):
            continue  # "1918 to 1921", "In 1918 75%": years, unless a count verb precedes or
            # the next word is people ("1111 человек", "1172 prisoners were shot")
        start = first.start
        qual = _QUAL.search(text[max(0, start - 30):start])
        range_pre = _RANGE_PRE.search(text, max(0, start - 40), start) if is_range else None
        if qual:
            start = start - len(text[max(0, start - 30):start]) + qual.start()
        elif range_pre:
            start = range_pre.start()
        noun = _noun_after(text, counted_end)
        if kind_words is None:
            kind_words = list(_KIND_ALL.finditer(text))
        if owners is None:  # the counts a kind word may belong to: not "ten years", a term
            owners = [n for n in nums if not n.yearlike
                      and (_noun_after(text, n.end) or ("",))[0] != "thing"]
        verb_kind, adjacent = _kind_near(text, first.start, counted_end, kind_words,
                                         [(n.start, n.end) for n in owners
                                          if n.end <= first.start or n.start >= counted_end],
                                         noun[2] if noun else None)
        if noun and noun[0] == "thing":
            continue
        apposed = _APPOSED.search(text, max(0, first.start - 60), first.start) if noun is None else None
        if apposed and apposed.group("who").lower() in PEOPLE and _APPOSITION_END.match(text, counted_end):
            # "a large group of prisoners, about 1,200 in all, had been transferred": the count
            # stands beside its noun, and the clause's verb after the apposition says its kind
            noun = ("people", PEOPLE[apposed.group("who").lower()], counted_end)
            after = _KIND_ALL.search(text[counted_end:counted_end + 60].split(";")[0])
            if after is not None:
                verb_kind, adjacent = after.lastgroup, True
        if _SHARE_OF_BEFORE.search(text, max(0, first.start - 40), first.start):
            verb_kind, adjacent = None, False  # "a third of the 3,000 inmates died": the base
        toll = _TOLL.search(text, max(0, first.start - 90), first.start)
        # "Gerson gave a figure of 12,733": an estimate in a paragraph about the dead
        estimate = (_kind_before(text, first.start) or topic) if noun is None and not verb_kind \
            and _ESTIMATE.search(text[max(0, first.start - 140):first.start]) else None
        parallel = noun is None and not adjacent and _parallel(text, figures, start, last.end,
                                                              offset)
        if noun is None and not adjacent and not toll and not (is_range and verb_kind) \
                and not estimate and not parallel and not part:
            continue
        if first.value == 0 or (first.value < 2 and not first.vague):
            continue
        stated = _TOPIC.search(text[:first.start]) if noun is None and not _KIND_AT.search(
            text, max(0, first.start - 40), first.start) and not _KIND_RIGHT_AFTER.match(
            text, counted_end) else None
        if stated is not None and not parallel:
            # "Estimates of the number who died … range from about 18,000": the sentence
            # names what it counts, whatever word stands nearer ("the first years of exile")
            kind = _TOPIC_KIND.get(stated.group("word").lower(), "killed")
        elif parallel:
            kind = figures[-1].kind  # "10,000 deported from Estonia, 15,000 from Latvia"
        elif figures and not adjacent and (_OF_THEM.match(text, last.end) or part):
            kind = figures[-1].kind  # "nine doctors, six of them Jews", "among them 2,000 priests"
        elif estimate:
            kind = estimate
        elif noun and noun[1] in ("killed", "wounded") and not (
                adjacent and verb_kind and _GENERIC_VICTIMS.fullmatch(text[first.end:noun[2]])):
            kind = noun[1]  # "69 severely wounded", "300 victims": the noun says it, unless
            # a verb right before says what befell them ("detained 1,548,367 victims")
        elif adjacent and verb_kind or verb_kind and noun and noun[1] == "strength" \
                and verb_kind != "strength":
            kind = verb_kind  # "five members of a student group … are hanged": what befell them
        else:
            kind = (noun[1] if noun and noun[1] else None) or verb_kind or (
                "killed" if toll else "other")
        if kind == "killed" and noun and _VICTIMS_OF.match(text, noun[2]) \
                and text[last.end:noun[2]].split()[-1].lower().startswith("victim"):
            kind = "other"  # "28,000 victims of torture": what befell them was not death
        if kind == "other" and not (adjacent and verb_kind) and noun and noun[0] == "people" \
                and text[last.end:noun[2]].split()[-1].lower().strip("’'") in CAPTIVES \
                and (in_camps or _CAMP.search(text)):
            kind = "deported"  # "the camps held 25,000 inmates": sent to camps (CONTRACT)
        if kind == "arrested" and in_camps and HELD_IN_CAMP.search(text, last.end, last.end + 40):
            kind = "deported"  # "another 30,000 imprisoned at the transit point": held in camps
        if kind == "other" and _POPULATION_BEFORE.search(text[max(0, start - 40):start]):
            continue  # "a country of eighty million people"; but "a population of 150,000 was deported"
        low: int | None = first.value
        high: int | None = last.value
        approximate = first.vague
        q = qual.group("q").lower() if qual else ""
        q = " ".join(q.split())
        if _LOW_ONLY_RX.fullmatch(q) and not is_range:
            high = None
            approximate = q.startswith("well")
        elif _HIGH_ONLY_RX.fullmatch(q) and not is_range:
            low = None
        elif q:
            approximate = True
        if first.vague and not is_range:
            high = None
        if text[last.end:last.end + 1] == "+" and not is_range:
            high = None  # "140+ agents": at least 140
        if text[max(0, first.start - 1):first.start] == "~":
            approximate, start = True, min(start, first.start - 1)  # "~3,000 troops"
        end = noun[2] if noun else counted_end
        figures.append(Figure(kind=kind, low=low, high=high, approximate=approximate,
                              quote=text[start:end], start=start + offset, end=end + offset))
    # "over 1,000 officers and 500 priests were shot", "144 civilians, 22 soldiers and 4
    # policemen had been killed": coordinated counts share the verb, whatever their nouns
    # say the people were (soldiers count an army's strength only where nothing befell them)
    for earlier, later in reversed(list(zip(figures, figures[1:], strict=False))):
        if (earlier.kind == "other" or earlier.kind == "strength" and later.kind in _BEFELL) \
                and _COORDINATED.fullmatch(text[earlier.end - offset:later.start - offset]):
            earlier.kind = later.kind
    # "~3,000 troops, ~300 MVD troops, tanks, 140+ KGB agents": a list counts one kind;
    # "shot 12 officers, 30 sailors and 5 civilians" too
    for earlier, later in zip(figures, figures[1:], strict=False):
        between = text[earlier.end - offset:later.start - offset]
        if _AS_WERE.search(between) and earlier.kind in _BEFELL:
            later.kind = earlier.kind  # "Five … were shot, as were 98 of 134 members"
            continue
        if later.kind == "strength" and earlier.kind in _BEFELL and _COORDINATED.fullmatch(
                between) and not _own_verb_after(text, later.end - offset):
            later.kind = earlier.kind  # "killed 2,500 Hungarians and 700 Soviet soldiers"
            continue
        if later.kind == "other" and earlier.kind != "other" \
                and ("," in between or _COORDINATED.fullmatch(between)) \
                and not _CLAUSE_BREAK.search(between) and not _KIND_ALL.search(between) \
                and not _own_verb_after(text, later.end - offset):
            later.kind = earlier.kind
    return figures
